#include "timelinefilterproxy.h"

#include "timelinemodel.h"

TimelineFilterProxy::TimelineFilterProxy(QObject *parent)
    : ItemFilterProxy(int(TimelineModel::Role::Id), parent)
    , m_search(this, [](const QModelIndex &index) {
        QStringList parts;
        for (TimelineModel::Role role :
             {TimelineModel::Role::Title, TimelineModel::Role::Place,
              TimelineModel::Role::Description, TimelineModel::Role::QuoteBy,
              TimelineModel::Role::CategoryName}) {
            parts << index.data(int(role)).toString();
        }
        parts << index.data(int(TimelineModel::Role::People)).toStringList();
        return parts.join(u'\n');
    })
{}

void TimelineFilterProxy::setCategories(const QSet<QString> &categories)
{
    if (categories == m_categories)
        return;
    m_categories = categories;
    refilter();
    Q_EMIT categoriesChanged();
}

void TimelineFilterProxy::setSearchText(const QString &text)
{
    if (!m_search.setText(text))
        return;
    refilter();
    Q_EMIT searchTextChanged();
}

void TimelineFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    // New content or a new language: new words to search. Followed before
    // the proxy's own handlers, so that it filters with the new words.
    m_search.setModel(model);
    ItemFilterProxy::setSourceModel(model);
}

bool TimelineFilterProxy::matchesSearch(int sourceRow) const
{
    return m_search.matches(sourceRow);
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
