#pragma once

#include "content/content.h"
#include "itemrows.h"
#include "localizedmodel.h"

#include <QLocale>

// The partners of partners.json: companies, labs and studios that build, sell
// or use DGX Spark.
class PartnerModel
    : public LocalizedModel<QAbstractListModel>
    , public ItemRows
{
    Q_OBJECT

public:
    enum class Role {
        Id = Qt::UserRole,
        Name,
        Monogram, // one to three letters for the typographic tile
        Category,
        CategoryName,
        CategoryIndex, // position of the category in partners.json, for its colour
        Product,
        Description,
        Place,
        People, // QStringList
        Sources,
        SourceText,
        Confidence,
        SearchKey, // case- and accent-folded text that type-to-search matches
    };

    explicit PartnerModel(QObject *parent = nullptr);

    void setContent(const PartnerContent &content);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int rowOf(const QString &id) const override { return rowOfId(m_partners, id); }
    // The category id and the search key (Role::Category, Role::SearchKey) of
    // \a row, which must be valid, without a QVariant: the filter asks them of
    // every partner at each keystroke.
    const QString &category(int row) const { return m_partners[static_cast<size_t>(row)].category; }
    const QString &searchKey(int row) const { return m_searchKeys.at(row); }

    // "Dell Technologies" gives "DT", "Acer" gives "Ac".
    static QString monogramFor(const QString &name);

protected:
    QList<int> textRoles() const override;
    void languageChanged() override;

private:
    void rebuildSearchKeys();
    int categoryIndex(const QString &id) const;

    std::vector<Partner> m_partners;
    std::vector<Source> m_sources;
    std::vector<Category> m_categories;
    QStringList m_searchKeys; // per row, for the current language
};
