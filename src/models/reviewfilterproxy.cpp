#include "reviewfilterproxy.h"

#include "reviewmodel.h"

ReviewFilterProxy::ReviewFilterProxy(QObject *parent)
    : ItemFilterProxy(int(ReviewModel::Role::Id), parent)
    , m_search(this, [](const QModelIndex &index) {
        QStringList parts;
        for (ReviewModel::Role role :
             {ReviewModel::Role::Outlet, ReviewModel::Role::Byline, ReviewModel::Role::QuoteText,
              ReviewModel::Role::QuoteTranslation, ReviewModel::Role::Summary,
              ReviewModel::Role::ReviewTitle, ReviewModel::Role::Award,
              ReviewModel::Role::KindName}) {
            parts << index.data(int(role)).toString();
        }
        return parts.join(u'\n');
    })
{}

void ReviewFilterProxy::setOutlet(const QString &outlet)
{
    if (outlet == m_outlet)
        return;
    m_outlet = outlet;
    refilter();
    Q_EMIT filterChanged();
}

void ReviewFilterProxy::setKind(const QString &kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    refilter();
    Q_EMIT filterChanged();
}

void ReviewFilterProxy::setSearchText(const QString &text)
{
    if (!m_search.setText(text))
        return;
    refilter();
    Q_EMIT filterChanged();
}

void ReviewFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    // New content or a new language: new words to search. Followed before
    // the proxy's own handlers, so that it filters with the new words.
    m_search.setModel(model);
    ItemFilterProxy::setSourceModel(model);
}

bool ReviewFilterProxy::matchesSearch(int sourceRow) const
{
    return m_search.matches(sourceRow);
}

void ReviewFilterProxy::setFeaturedOnly(bool featuredOnly)
{
    if (featuredOnly == m_featuredOnly)
        return;
    m_featuredOnly = featuredOnly;
    refilter();
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
