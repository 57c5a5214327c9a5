#include "itemfilterproxy.h"

ItemFilterProxy::ItemFilterProxy(int idRole, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_idRole(idRole)
{}

int ItemFilterProxy::rowOf(const QString &id) const
{
    const QAbstractItemModel *model = sourceModel();
    const int source = model ? sourceRowOf(id) : -1;
    return source < 0 ? -1 : mapFromSource(model->index(source, 0)).row();
}

int ItemFilterProxy::sourceRowOf(const QString &id) const
{
    const QAbstractItemModel *model = sourceModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(m_idRole).toString() == id)
            return row;
    }
    return -1;
}

void ItemFilterProxy::refilter()
{
    // The proxies never sort, so this only filters again; persistent indexes
    // of rows that stay follow them, those of rows that go become invalid.
    invalidate();
}
