#include "partnerfilterproxy.h"

#include "partnermodel.h"
#include "searchtext.h"

PartnerFilterProxy::PartnerFilterProxy(QObject *parent)
    : ItemFilterProxy(int(PartnerModel::Role::Id), parent)
{}

void PartnerFilterProxy::setCategory(const QString &category)
{
    if (refilterWith(m_category, category))
        Q_EMIT filterChanged();
}

void PartnerFilterProxy::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    m_terms = SearchText::fold(text).split(u' ', Qt::SkipEmptyParts);
    refilter();
    Q_EMIT filterChanged();
}

bool PartnerFilterProxy::matches(int sourceRow, const QString &category) const
{
    // The partner model answers without a QVariant a row; another model
    // through its roles.
    if (const auto *partners = qobject_cast<const PartnerModel *>(sourceModel())) {
        return (category.isEmpty() || partners->category(sourceRow) == category) &&
               matchesSearch(partners->searchKey(sourceRow));
    }
    const QModelIndex index = sourceModel()->index(sourceRow, 0);
    if (!category.isEmpty() &&
        index.data(int(PartnerModel::Role::Category)).toString() != category) {
        return false;
    }
    return m_terms.isEmpty() ||
           matchesSearch(index.data(int(PartnerModel::Role::SearchKey)).toString());
}

bool PartnerFilterProxy::matchesSearch(const QString &key) const
{
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

QHash<QString, int> PartnerFilterProxy::matchCounts(int *total) const
{
    QHash<QString, int> counts;
    int all = 0;
    if (const QAbstractItemModel *model = sourceModel()) {
        const auto *partners = qobject_cast<const PartnerModel *>(model);
        const int rows = model->rowCount();
        for (int row = 0; row < rows; ++row) {
            if (!matches(row, QString()))
                continue;
            ++counts[partners ? partners->category(row)
                              : model->index(row, 0)
                                        .data(int(PartnerModel::Role::Category))
                                        .toString()];
            ++all;
        }
    }
    if (total)
        *total = all;
    return counts;
}
