#include "timelinefilterproxy.h"

#include "searchtext.h"
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

void TimelineFilterProxy::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    m_terms = SearchText::fold(text).split(u' ', Qt::SkipEmptyParts);
    invalidateRowsFilter();
    Q_EMIT searchTextChanged();
}

void TimelineFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    m_searchKeys.clear();
    // New content or a new language: new words to search. Connected before
    // the proxy's own handlers, so that it filters with the new words.
    const auto forget = [this] { m_searchKeys.clear(); };
    if (model) {
        m_sourceConnections = {
                connect(model, &QAbstractItemModel::modelAboutToBeReset, this, forget),
                connect(model, &QAbstractItemModel::dataChanged, this, forget),
                connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, forget),
                connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, forget),
                connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, forget)};
    }
    QSortFilterProxyModel::setSourceModel(model);
}

bool TimelineFilterProxy::matchesSearch(int sourceRow) const
{
    if (m_terms.isEmpty())
        return true;
    const int rows = sourceModel()->rowCount();
    if (m_searchKeys.size() != rows) {
        m_searchKeys.clear();
        m_searchKeys.reserve(rows);
        for (int row = 0; row < rows; ++row) {
            const QModelIndex index = sourceModel()->index(row, 0);
            QStringList parts;
            for (TimelineModel::Role role :
                 {TimelineModel::Role::Title, TimelineModel::Role::Place,
                  TimelineModel::Role::Description, TimelineModel::Role::QuoteBy,
                  TimelineModel::Role::CategoryName}) {
                parts << index.data(int(role)).toString();
            }
            parts << index.data(int(TimelineModel::Role::People)).toStringList();
            m_searchKeys << SearchText::fold(parts.join(u'\n'));
        }
    }
    const QString &key = m_searchKeys.at(sourceRow);
    for (const QString &term : m_terms) {
        if (!key.contains(term))
            return false;
    }
    return true;
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

int TimelineFilterProxy::rowOf(const QString &id) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (index(row, 0).data(int(TimelineModel::Role::Id)).toString() == id)
            return row;
    }
    return -1;
}
