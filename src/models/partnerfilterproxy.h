#pragma once

#include "itemfilterproxy.h"

#include <QHash>

// The partner grid's filter: one category (or all) and type-to-search that
// ignores case and accents.
class PartnerFilterProxy : public ItemFilterProxy
{
    Q_OBJECT

public:
    explicit PartnerFilterProxy(QObject *parent = nullptr);

    // An empty id shows every category.
    void setCategory(const QString &category);
    QString category() const { return m_category; }

    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }

    // How many partners of \a category (all when empty) match the search text,
    // whatever the category filter: the counts on the filter chips.
    int matchCount(const QString &category = QString()) const;
    // The same for every category at once, in one pass over the partners:
    // category id to count, and in \a total the count of all.
    QHash<QString, int> matchCounts(int *total) const;

Q_SIGNALS:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool matches(int sourceRow, const QString &category) const;
    bool matchesSearch(const QString &key) const;

    QString m_category;
    QString m_searchText;
    QStringList m_terms; // folded words of the search text
};
