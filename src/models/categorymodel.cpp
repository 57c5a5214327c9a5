#include "categorymodel.h"

CategoryModel::CategoryModel(QObject *parent)
    : LocalizedModel(parent)
{}

void CategoryModel::setCategories(std::vector<Category> categories)
{
    beginResetModel();
    m_categories = std::move(categories);
    endResetModel();
}

QList<int> CategoryModel::textRoles() const
{
    return {Qt::DisplayRole, Qt::AccessibleTextRole, int(Role::Name)};
}

int CategoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_categories.size());
}

QVariant CategoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Category &category = m_categories[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
    case int(Role::Name):
        return category.name.text(m_language);
    case int(Role::Id):
        return category.id;
    default:
        return {};
    }
}

QHash<int, QByteArray> CategoryModel::roleNames() const
{
    return roleNamesWith<Role>({{Role::Id, "categoryId"}, {Role::Name, "name"}});
}

QString CategoryModel::name(const QString &id) const
{
    const int row = rowOf(id);
    return row < 0 ? id : m_categories[static_cast<size_t>(row)].name.text(m_language);
}
