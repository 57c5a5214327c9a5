#pragma once

#include "content/content.h"
#include "itemrows.h"
#include "localizedmodel.h"

// A category list that the content defines for itself: partner categories,
// timeline categories, review kinds, hardware groups. Filter chips read it.
class CategoryModel
    : public LocalizedModel<QAbstractListModel>
    , public ItemRows
{
    Q_OBJECT

public:
    enum class Role { Id = Qt::UserRole, Name };

    explicit CategoryModel(QObject *parent = nullptr);

    void setCategories(std::vector<Category> categories);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int rowOf(const QString &id) const override { return rowOfId(m_categories, id); }
    // The name of \a id in the current language, or \a id itself when unknown.
    QString name(const QString &id) const;

protected:
    QList<int> textRoles() const override;

private:
    std::vector<Category> m_categories;
};
