#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QAbstractProxyModel;
class QItemSelectionModel;
class QModelIndex;

// Puts a view's current item where it went when a filter's rows left one run
// at a time: on the nearest row above it that stays shown, else the nearest
// below, else none. The filters now tell a change as one layout change, after
// which Qt leaves the current index of a row filtered out invalid, without a
// signal; \a lost is called when no row is left to move to, as
// QItemSelectionModel::currentChanged was.
class FilterCurrent : public QObject
{
    Q_OBJECT

public:
    FilterCurrent(QAbstractProxyModel *filter, QItemSelectionModel *selection,
                  std::function<void()> lost, QObject *parent = nullptr);

private:
    void remember();
    void restore();

    QPointer<QAbstractProxyModel> m_filter;
    QPointer<QItemSelectionModel> m_selection;
    std::function<void()> m_lost;
    QList<int> m_sourceRows; // the filter's rows before the change, as source rows
    int m_currentRow = -1;   // the current row before the change
};
