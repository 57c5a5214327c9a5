#pragma once

#include "itemfilterproxy.h"
#include "searchindex.h"

// The quote wall's filter: by outlet, by kind (review, video, social post,
// press), by words in the quote, its translation, outlet or author, ignoring
// case and accents, and, for the rotating featured quote, featured quotes only.
class ReviewFilterProxy : public ItemFilterProxy
{
    Q_OBJECT

public:
    explicit ReviewFilterProxy(QObject *parent = nullptr);

    // Also follows the source model's changes, for the search.
    void setSourceModel(QAbstractItemModel *model) override;

    // Empty shows every outlet.
    void setOutlet(const QString &outlet);
    QString outlet() const { return m_outlet; }

    // Empty shows every kind.
    void setKind(const QString &kind);
    QString kind() const { return m_kind; }

    // Every word must appear; empty shows every quote.
    void setSearchText(const QString &text);
    QString searchText() const { return m_search.text(); }
    // Whether the quote in \a sourceRow matches the search text, whatever the
    // other filters: the counts on the filter chips.
    bool matchesSearch(int sourceRow) const;
    // Folds the text of up to \a rows more rows for the search now; true
    // once every row is (SearchIndex::prepare).
    bool prepareSearch(int rows = std::numeric_limits<int>::max()) const
    {
        return m_search.prepare(rows);
    }

    void setFeaturedOnly(bool featuredOnly);
    bool featuredOnly() const { return m_featuredOnly; }

Q_SIGNALS:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_outlet;
    QString m_kind;
    SearchIndex m_search;
    bool m_featuredOnly = false;
};
