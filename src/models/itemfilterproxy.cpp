#include "itemfilterproxy.h"

ItemFilterProxy::ItemFilterProxy(int idRole, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_idRole(idRole)
{}

int ItemFilterProxy::rowOf(const QString &id) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (index(row, 0).data(m_idRole).toString() == id)
            return row;
    }
    return -1;
}
