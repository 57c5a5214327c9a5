#include "reviewfilterproxy.h"

#include "reviewmodel.h"

ReviewFilterProxy::ReviewFilterProxy(QObject *parent)
    : SearchFilterProxy(int(ReviewModel::Role::Id),
                        {int(ReviewModel::Role::Outlet), int(ReviewModel::Role::Byline),
                         int(ReviewModel::Role::QuoteText),
                         int(ReviewModel::Role::QuoteTranslation), int(ReviewModel::Role::Summary),
                         int(ReviewModel::Role::ReviewTitle), int(ReviewModel::Role::Award),
                         int(ReviewModel::Role::KindName)},
                        parent)
{}

void ReviewFilterProxy::setOutlet(const QString &outlet)
{
    if (refilterWith(m_outlet, outlet))
        Q_EMIT filterChanged();
}

void ReviewFilterProxy::setKind(const QString &kind)
{
    if (refilterWith(m_kind, kind))
        Q_EMIT filterChanged();
}

void ReviewFilterProxy::setSearchText(const QString &text)
{
    if (search(text))
        Q_EMIT filterChanged();
}

void ReviewFilterProxy::setFeaturedOnly(bool featuredOnly)
{
    if (refilterWith(m_featuredOnly, featuredOnly))
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
