#include "itemfilterproxy.h"

#include "itemrows.h"

ItemFilterProxy::ItemFilterProxy(int idRole, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_idRole(idRole)
{}

int ItemFilterProxy::rowOf(const QString &id) const
{
    const QAbstractItemModel *model = sourceModel();
    if (!model)
        return -1;
    int source = -1;
    if (const auto *rows = dynamic_cast<const ItemRows *>(model)) {
        source = rows->rowOf(id);
    } else {
        for (int row = 0; row < model->rowCount() && source < 0; ++row) {
            if (model->index(row, 0).data(m_idRole).toString() == id)
                source = row;
        }
    }
    return source < 0 ? -1 : mapFromSource(model->index(source, 0)).row();
}

void ItemFilterProxy::refilter()
{
    // The proxies never sort, so this only filters again; persistent indexes
    // of rows that stay follow them, those of rows that go become invalid.
    invalidate();
}
