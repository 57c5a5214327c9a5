#pragma once

#include "models/modelfollower.h"

#include <QModelIndex>
#include <QObject>

#include <vector>

class QTableView;

// Gives the rows of a table with wrapping text their heights. A short table
// measures every row, as QHeaderView::ResizeToContents does, but once for the
// widths the columns end up with rather than at every width they pass
// through while the table lays out. A long one, of
// more than \a measuredRows rows, starts every row at one estimated height and
// measures a row only when it comes within a page of the view, keeping the row
// at the top of the view where it is, so that building and scrolling a table of
// 10,000 rows costs what a page of them costs.
class SpecTableRows : public QObject
{
    Q_OBJECT

public:
    SpecTableRows(QTableView *table, int measuredRows);
    ~SpecTableRows() override;

    bool isLong() const { return m_long; }
    // The heights no longer hold: the font, the scale or the texts changed.
    // They are measured anew by the next measureInView(), which runs by itself
    // once the events of the moment are handled.
    void invalidate();
    // Measures the rows in and near the view (a short table: every row) where
    // their heights no longer hold.
    void measureInView();
    // Measures the rows within a page of \a row, before the view scrolls there.
    void measureAround(int row);
    // Whether the height of \a row is measured rather than estimated.
    bool isMeasured(int row) const;

private:
    void follow();
    void modelChanged();
    void rowsChanged(int first, int last);
    void markStale();
    void measureAll();
    int exactHeight(int row) const;
    void measureFrom(int row, int step, int height);
    void measure(int row);
    int contentHeight(int row) const;
    int estimate() const;

    QTableView *m_table;
    int m_measuredRows;
    bool m_long = false;
    bool m_stale = false;
    bool m_measuring = false;
    bool m_queued = false;        // a measureInView() waits in the event queue
    std::vector<bool> m_measured; // of each row, in a long table
    // Last, so that it lets go of the model first.
    ModelFollower m_follower{
            this, [this] { modelChanged(); },
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &) {
                rowsChanged(topLeft.row(), bottomRight.row());
            }};
};
