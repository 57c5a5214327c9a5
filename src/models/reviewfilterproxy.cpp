#include "reviewfilterproxy.h"

#include "reviewmodel.h"
#include "searchtext.h"

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

void ReviewFilterProxy::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    m_terms = SearchText::fold(text).split(u' ', Qt::SkipEmptyParts);
    invalidateRowsFilter();
    Q_EMIT filterChanged();
}

void ReviewFilterProxy::setSourceModel(QAbstractItemModel *model)
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

QString ReviewFilterProxy::searchKey(int sourceRow) const
{
    const int rows = sourceModel()->rowCount();
    if (m_searchKeys.size() != rows) {
        m_searchKeys.clear();
        m_searchKeys.reserve(rows);
        for (int row = 0; row < rows; ++row) {
            const QModelIndex index = sourceModel()->index(row, 0);
            QStringList parts;
            for (ReviewModel::Role role :
                 {ReviewModel::Role::Outlet, ReviewModel::Role::Byline,
                  ReviewModel::Role::QuoteText, ReviewModel::Role::QuoteTranslation,
                  ReviewModel::Role::Summary, ReviewModel::Role::ReviewTitle,
                  ReviewModel::Role::Award, ReviewModel::Role::KindName}) {
                parts << index.data(int(role)).toString();
            }
            m_searchKeys << SearchText::fold(parts.join(u'\n'));
        }
    }
    return m_searchKeys.value(sourceRow);
}

bool ReviewFilterProxy::matchesSearch(int sourceRow) const
{
    if (m_terms.isEmpty())
        return true;
    if (!sourceModel())
        return false;
    const QString key = searchKey(sourceRow);
    for (const QString &term : m_terms) {
        if (!key.contains(term))
            return false;
    }
    return true;
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
    if (!sourceParent.isValid() && !matchesSearch(sourceRow))
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
