#include "reviewfilterproxy.h"

#include "reviewmodel.h"

ReviewFilterProxy::ReviewFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{}

void ReviewFilterProxy::setOutlet(const QString &outlet)
{
    if (outlet == m_outlet)
        return;
    m_outlet = outlet;
    invalidateRowsFilter();
    Q_EMIT filterChanged();
}

void ReviewFilterProxy::setKind(const QString &kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateRowsFilter();
    Q_EMIT filterChanged();
}

void ReviewFilterProxy::setFeaturedOnly(bool featuredOnly)
{
    if (featuredOnly == m_featuredOnly)
        return;
    m_featuredOnly = featuredOnly;
    invalidateRowsFilter();
    Q_EMIT filterChanged();
}

bool ReviewFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_outlet.isEmpty() && index.data(int(ReviewModel::Role::Outlet)).toString() != m_outlet)
        return false;
    if (!m_kind.isEmpty() && index.data(int(ReviewModel::Role::Kind)).toString() != m_kind)
        return false;
    return !m_featuredOnly || index.data(int(ReviewModel::Role::Featured)).toBool();
}

int ReviewFilterProxy::rowOf(const QString &id) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (index(row, 0).data(int(ReviewModel::Role::Id)).toString() == id)
            return row;
    }
    return -1;
}
