#pragma once

#include <QList>
#include <QRect>

// Places cards of known heights in columns, masonry style, without losing the
// reading order: a reader scanning left to right, top to bottom (right to left
// in a mirrored layout) meets the cards in the order they were given.
//
// Plain masonry drops each card into the shortest column, so card 5 can end up
// above card 4 on the other side of the screen. Here the cards fill the columns
// row by row (card i goes to column i mod columns), no card starts above the
// card before it, and the first card of a row starts below the middle of the
// last card of the row before. Each row therefore reads across, each row
// plainly follows the one before, and a column only leaves a gap where keeping
// the order needs one.
class MasonryLayout
{
public:
    MasonryLayout() = default;

    // Columns that fit in \a width when a column is at least \a minimumColumnWidth
    // wide, between 1 and \a maximumColumns.
    static int columnsFor(int width, int minimumColumnWidth, int gutter, int maximumColumns);

    void setWidth(int width);
    int width() const { return m_width; }
    void setColumnCount(int columns);
    int columnCount() const { return m_columns; }
    void setGutter(int gutter);
    int gutter() const { return m_gutter; }
    void setLayoutDirection(Qt::LayoutDirection direction);
    Qt::LayoutDirection layoutDirection() const { return m_direction; }

    // The width every card gets.
    int columnWidth() const;

    // Places cards of \a heights; the result is kept until the next call.
    void place(const QList<int> &heights);

    int count() const { return static_cast<int>(m_rects.size()); }
    QRect rect(int item) const { return m_rects.value(item); }
    const QList<QRect> &rects() const { return m_rects; }
    int column(int item) const;
    // The height of the whole wall (the bottom of the lowest card).
    int height() const { return m_height; }

    // The items whose rectangles intersect \a area, in order.
    QList<int> itemsIn(const QRect &area) const;
    // The nearest item in the next or previous row of the column of \a item
    // (\a step = +1 down, -1 up), or -1.
    int itemInColumn(int item, int step) const;

    // The order in which a reader meets the cards: by top edge, then from the
    // leading edge. place() guarantees that this is 0, 1, 2, ...
    static QList<int> readingOrder(const QList<QRect> &rects, Qt::LayoutDirection direction);

private:
    int columnLeft(int column) const;

    int m_width = 0;
    int m_columns = 1;
    int m_gutter = 0;
    Qt::LayoutDirection m_direction = Qt::LeftToRight;
    QList<QRect> m_rects; // tops never decrease, which lets itemsIn() binary search
    int m_height = 0;
};
