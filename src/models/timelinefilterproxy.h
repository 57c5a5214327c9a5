#pragma once

#include "itemfilterproxy.h"
#include "searchindex.h"

#include <QSet>

// The timeline's events, narrowed to the categories a visitor picked and to
// the words searched for in their title, place, people or story, ignoring
// case and accents.
class TimelineFilterProxy : public ItemFilterProxy
{
    Q_OBJECT

public:
    explicit TimelineFilterProxy(QObject *parent = nullptr);

    // Also follows the source model's changes, for the search.
    void setSourceModel(QAbstractItemModel *model) override;

    // Shows only events of these categories; an empty set shows every event.
    void setCategories(const QSet<QString> &categories);
    QSet<QString> categories() const { return m_categories; }

    // Every word must appear; empty shows every event.
    void setSearchText(const QString &text);
    QString searchText() const { return m_search.text(); }

    // Whether the source row \a sourceRow holds every word of the search,
    // whatever its category: the category chips count these.
    bool matchesSearch(int sourceRow) const;
    // Folds the text of up to \a rows more rows for the search now; true
    // once every row is (SearchIndex::prepare).
    bool prepareSearch(int rows = std::numeric_limits<int>::max()) const
    {
        return m_search.prepare(rows);
    }

Q_SIGNALS:
    void categoriesChanged();
    void searchTextChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QSet<QString> m_categories;
    SearchIndex m_search;
};
