#pragma once

#include "itemfilterproxy.h"

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

Q_SIGNALS:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool matches(int sourceRow, const QString &category) const;

    QString m_category;
    QString m_searchText;
    QStringList m_terms; // folded words of the search text
};
