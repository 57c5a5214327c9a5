#include "timelinefilterproxy.h"

#include "timelinemodel.h"

TimelineFilterProxy::TimelineFilterProxy(QObject *parent)
    : SearchFilterProxy(int(TimelineModel::Role::Id),
                        {int(TimelineModel::Role::Title), int(TimelineModel::Role::Place),
                         int(TimelineModel::Role::Description), int(TimelineModel::Role::QuoteBy),
                         int(TimelineModel::Role::CategoryName), int(TimelineModel::Role::People)},
                        parent)
{}

void TimelineFilterProxy::setCategories(const QSet<QString> &categories)
{
    if (refilterWith(m_categories, categories))
        Q_EMIT categoriesChanged();
}

void TimelineFilterProxy::setSearchText(const QString &text)
{
    if (search(text))
        Q_EMIT searchTextChanged();
}

bool TimelineFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    if (!matchesSearch(sourceRow))
        return false;
    if (m_categories.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return m_categories.contains(index.data(int(TimelineModel::Role::Category)).toString());
}
