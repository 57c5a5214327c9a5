#include "partnerfilterproxy.h"

#include "partnermodel.h"
#include "searchtext.h"

PartnerFilterProxy::PartnerFilterProxy(QObject *parent)
    : ItemFilterProxy(int(PartnerModel::Role::Id), parent)
{}

void PartnerFilterProxy::setCategory(const QString &category)
{
    if (category == m_category)
        return;
    m_category = category;
    invalidateRowsFilter();
    Q_EMIT filterChanged();
}

void PartnerFilterProxy::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    m_terms = SearchText::fold(text).split(u' ', Qt::SkipEmptyParts);
    invalidateRowsFilter();
    Q_EMIT filterChanged();
}

bool PartnerFilterProxy::matches(int sourceRow, const QString &category) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0);
    if (!category.isEmpty() &&
        index.data(int(PartnerModel::Role::Category)).toString() != category) {
        return false;
    }
    if (m_terms.isEmpty())
        return true;
    const QString key = index.data(int(PartnerModel::Role::SearchKey)).toString();
    for (const QString &term : m_terms) {
        if (!key.contains(term))
            return false;
    }
    return true;
}

bool PartnerFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    return !sourceParent.isValid() && matches(sourceRow, m_category);
}

int PartnerFilterProxy::matchCount(const QString &category) const
{
    if (!sourceModel())
        return 0;
    int count = 0;
    const int rows = sourceModel()->rowCount();
    for (int row = 0; row < rows; ++row)
        count += matches(row, category) ? 1 : 0;
    return count;
}
