#include "timelinefilterproxy.h"

#include "timelinemodel.h"

TimelineFilterProxy::TimelineFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{}

void TimelineFilterProxy::setCategories(const QSet<QString> &categories)
{
    if (categories == m_categories)
        return;
    m_categories = categories;
    invalidateRowsFilter();
    Q_EMIT categoriesChanged();
}

bool TimelineFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_categories.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return m_categories.contains(index.data(int(TimelineModel::Role::Category)).toString());
}

int TimelineFilterProxy::rowOf(const QString &id) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (index(row, 0).data(int(TimelineModel::Role::Id)).toString() == id)
            return row;
    }
    return -1;
}
