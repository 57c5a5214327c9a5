#include "carditemview.h"

#include <QScrollBar>

CardItemView::CardItemView(QWidget *parent)
    : QAbstractItemView(parent)
{
    // One card at a time is current and selected; cards are read, never edited.
    setSelectionMode(SingleSelection);
    setSelectionBehavior(SelectRows);
    setEditTriggers(NoEditTriggers);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
}

QRect CardItemView::visualRect(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != model() || index.parent() != rootIndex())
        return {};
    return rowRect(index.row());
}

QModelIndex CardItemView::indexAt(const QPoint &point) const
{
    if (!model())
        return {};
    const int row = rowAt(point);
    return row >= 0 ? model()->index(row, 0, rootIndex()) : QModelIndex();
}

int CardItemView::horizontalOffset() const
{
    return scrollOrientation() == Qt::Horizontal ? horizontalScrollBar()->value() : 0;
}

int CardItemView::verticalOffset() const
{
    return scrollOrientation() == Qt::Vertical ? verticalScrollBar()->value() : 0;
}

bool CardItemView::isIndexHidden(const QModelIndex &) const
{
    return false;
}

void CardItemView::setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command)
{
    if (!model() || !selectionModel())
        return;
    QItemSelection selection;
    for (int row : rowsIn(rect.normalized())) {
        const QModelIndex index = model()->index(row, 0, rootIndex());
        selection.select(index, index);
    }
    selectionModel()->select(selection, command);
}

QRegion CardItemView::visualRegionForSelection(const QItemSelection &selection) const
{
    QRegion region;
    const int bleed = rowBleed();
    for (const QItemSelectionRange &range : selection) {
        for (int row = range.top(); row <= range.bottom(); ++row) {
            const QModelIndex index = model()->index(row, 0, rootIndex());
            region += visualRect(index).adjusted(-bleed, -bleed, bleed, bleed);
        }
    }
    return region;
}
