#include "eramodel.h"

#include <algorithm>

EraModel::EraModel(QObject *parent)
    : LocalizedModel(parent)
{}

void EraModel::setEras(std::vector<Era> eras)
{
    std::stable_sort(eras.begin(), eras.end(),
                     [](const Era &a, const Era &b) { return a.start.first() < b.start.first(); });
    beginResetModel();
    m_eras = std::move(eras);
    endResetModel();
}

QList<int> EraModel::textRoles() const
{
    return {Qt::DisplayRole, Qt::AccessibleTextRole, int(Role::Name)};
}

int EraModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_eras.size());
}

QVariant EraModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Era &era = m_eras[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
    case int(Role::Name):
        return era.name.text(m_language);
    case int(Role::Id):
        return era.id;
    case int(Role::Start):
        return era.start.first();
    case int(Role::End):
        return era.end.last();
    default:
        return {};
    }
}

QHash<int, QByteArray> EraModel::roleNames() const
{
    return roleNamesWith<Role>({{Role::Id, "eraId"},
                                {Role::Name, "name"},
                                {Role::Start, "start"},
                                {Role::End, "end"}});
}

QString EraModel::eraAt(QDate date) const
{
    for (const Era &era : m_eras) {
        if (date >= era.start.first() && date <= era.end.last())
            return era.id;
    }
    return {};
}
