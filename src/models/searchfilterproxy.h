#pragma once

#include "itemfilterproxy.h"
#include "searchindex.h"

#include <QList>

#include <limits>

// The base of the filters over a model of items with ids that search the text
// of each row, ignoring case and accents (SearchIndex): the timeline's and the
// quote wall's.
class SearchFilterProxy : public ItemFilterProxy
{
    Q_OBJECT

public:
    // Also follows the source model's changes, for the search.
    void setSourceModel(QAbstractItemModel *model) override;

    QString searchText() const { return m_search.text(); }
    // Whether the source row \a sourceRow holds every word of the search,
    // whatever the other filters: the counts on the filter chips.
    bool matchesSearch(int sourceRow) const;
    // Folds the text of up to \a rows more rows for the search now; true
    // once every row is (SearchIndex::prepare).
    bool prepareSearch(int rows = std::numeric_limits<int>::max()) const
    {
        return m_search.prepare(rows);
    }

protected:
    // A source row is searched by the texts of its \a searchRoles: strings
    // or string lists.
    SearchFilterProxy(int idRole, const QList<int> &searchRoles, QObject *parent);

    // Searches for every word of \a text (all rows for none) and filters
    // again; false, and nothing happens, when it is the text already.
    bool search(const QString &text);

private:
    SearchIndex m_search;
};
