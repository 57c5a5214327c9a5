#pragma once

#include <QSortFilterProxyModel>

// The base of the views' filters over a model of items with ids (partners,
// quotes, events): the views select and step through items by id.
class ItemFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    // The proxy row of the item \a id, or -1 when it is filtered out or unknown.
    int rowOf(const QString &id) const;

protected:
    // \a idRole is the source model's role that holds an item's id.
    explicit ItemFilterProxy(int idRole, QObject *parent = nullptr);

    // Filters every row again after the filter's terms changed, announced as
    // one layout change. QSortFilterProxyModel::invalidateRowsFilter() tells
    // each run of rows that comes or goes on its own and rebuilds its whole
    // map after each: a chip that keeps every fourth of 10,000 items sent
    // thousands of signals and cost more than the frame's painting.
    void refilter();

    // Sets \a field, a term of the filter, to \a value and filters again;
    // false, and nothing happens, when it holds \a value already.
    template<typename T>
    bool refilterWith(T &field, const T &value)
    {
        if (field == value)
            return false;
        field = value;
        refilter();
        return true;
    }

private:
    int m_idRole;
};
