#pragma once

#include "content/content.h"
#include "formatting.h"
#include "itemrows.h"
#include "localizedmodel.h"

#include <QByteArray>
#include <QHash>
#include <QVariant>

#include <utility>
#include <vector>

// The base of the list models of items with ids that cite sources: the
// timeline's events, the partners and the reviews (Item has an id, sources
// and a confidence). It keeps the items and the sources of their content,
// counts and finds rows, and serves the roles every item has: its id, its
// sources as a list and as citations, and its confidence. The model serves
// the rest of an item's roles in itemRoleData().
template<class Item>
class ItemListModel
    : public LocalizedModel<QAbstractListModel>
    , public ItemRows
{
public:
    // The numbers of the roles every item has in the model's Role, and the
    // name of its id role ("eventId").
    struct SharedRoles
    {
        int id;
        const char *idName;
        int sources;
        int sourceText;
        int confidence;
    };

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_items.size());
    }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const Item &item = m_items[static_cast<size_t>(index.row())];
        if (role == m_roles.id)
            return item.id;
        if (role == m_roles.sources)
            return Formatting::sourceList(m_sources, item.sources, m_locale);
        if (role == m_roles.sourceText)
            return Formatting::citations(m_sources, item.sources, m_locale);
        if (role == m_roles.confidence)
            return int(item.confidence);
        return itemRoleData(item, index.row(), role);
    }

    QHash<int, QByteArray> roleNames() const override
    {
        QHash<int, QByteArray> names = itemRoleNames();
        names.insert(m_roles.id, m_roles.idName);
        names.insert(m_roles.sources, "sources");
        names.insert(m_roles.sourceText, "sourceText");
        names.insert(m_roles.confidence, "confidence");
        return names;
    }

    int rowOf(const QString &id) const override { return rowOfId(m_items, id); }

    // The item of row \a row (0 <= row < rowCount()), for a view or a filter
    // that reads every row, without a QVariant a role.
    const Item &item(int row) const { return m_items[static_cast<size_t>(row)]; }

protected:
    ItemListModel(const SharedRoles &roles, QObject *parent)
        : LocalizedModel(parent)
        , m_roles(roles)
    {}

    // The data of \a role for \a item in row \a row, for the roles that are
    // not shared.
    virtual QVariant itemRoleData(const Item &item, int row, int role) const = 0;
    // The names of Qt's roles and the model's own but the shared ones.
    virtual QHash<int, QByteArray> itemRoleNames() const = 0;

    // Shows \a items, which cite \a sources, in one reset; \a keep() runs
    // before views hear of it, to keep more of the content.
    template<class Keep>
    void resetItems(std::vector<Item> items, std::vector<Source> sources, Keep keep)
    {
        beginResetModel();
        m_items = std::move(items);
        m_sources = std::move(sources);
        keep();
        endResetModel();
    }

    const std::vector<Item> &items() const { return m_items; }

private:
    SharedRoles m_roles;
    std::vector<Item> m_items;
    std::vector<Source> m_sources;
};
