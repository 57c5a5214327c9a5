#include "masonrylayout.h"

#include <algorithm>
#include <numeric>

int MasonryLayout::columnsFor(int width, int minimumColumnWidth, int gutter, int maximumColumns)
{
    if (minimumColumnWidth <= 0)
        return 1;
    const int fit = (width + gutter) / (minimumColumnWidth + gutter);
    return std::clamp(fit, 1, std::max(1, maximumColumns));
}

void MasonryLayout::setWidth(int width)
{
    m_width = std::max(0, width);
}

void MasonryLayout::setColumnCount(int columns)
{
    m_columns = std::max(1, columns);
}

void MasonryLayout::setGutter(int gutter)
{
    m_gutter = std::max(0, gutter);
}

void MasonryLayout::setLayoutDirection(Qt::LayoutDirection direction)
{
    m_direction = direction;
}

int MasonryLayout::columnWidth() const
{
    return std::max(1, (m_width - (m_columns - 1) * m_gutter) / m_columns);
}

int MasonryLayout::columnLeft(int column) const
{
    // Column 0 sits at the leading edge: the left, or the right when mirrored.
    const int leading = column * (columnWidth() + m_gutter);
    return m_direction == Qt::RightToLeft ? m_width - leading - columnWidth() : leading;
}

void MasonryLayout::place(const QList<int> &heights)
{
    m_rects.clear();
    m_rects.reserve(heights.size());
    QList<int> bottoms(m_columns, 0); // where the next card of each column may start
    int previousTop = 0;
    int previousHeight = 0;
    m_height = 0;
    const int width = columnWidth();
    for (qsizetype i = 0; i < heights.size(); ++i) {
        const int column = static_cast<int>(i % m_columns);
        // Never above the card before: that is what keeps the reading order.
        int floor = previousTop;
        // A new row starts back at the leading edge. Level with the last card
        // of the row before, it would read first; below that card's middle, it
        // plainly comes after it.
        if (column == 0 && i > 0)
            floor = previousTop + std::max(1, previousHeight / 2);
        const int top = std::max(bottoms.at(column), floor);
        const int height = std::max(0, heights.at(i));
        m_rects.append(QRect(columnLeft(column), top, width, height));
        bottoms[column] = top + height + m_gutter;
        previousTop = top;
        previousHeight = height;
        m_height = std::max(m_height, top + height);
    }
}

int MasonryLayout::column(int item) const
{
    return item < 0 || item >= count() ? -1 : item % m_columns;
}

QList<int> MasonryLayout::itemsIn(const QRect &area) const
{
    QList<int> result;
    if (m_rects.isEmpty() || area.isEmpty())
        return result;
    // Tops never decrease, so every card from the first one whose top is below
    // the area onwards is outside it. Cards that start above the area can still
    // reach into it: no card is taller than the wall, so step back from the
    // first top inside the area until a whole row of columns ends above it.
    const auto firstBelow =
            std::upper_bound(m_rects.cbegin(), m_rects.cend(), area.bottom(),
                             [](int y, const QRect &rect) { return y < rect.top(); });
    const int end = static_cast<int>(firstBelow - m_rects.cbegin());
    int start = end;
    int aboveInARow = 0;
    while (start > 0 && aboveInARow < m_columns) {
        --start;
        if (m_rects.at(start).bottom() < area.top())
            ++aboveInARow;
        else
            aboveInARow = 0;
    }
    for (int i = start; i < end; ++i) {
        if (m_rects.at(i).intersects(area))
            result.append(i);
    }
    return result;
}

int MasonryLayout::itemInColumn(int item, int step) const
{
    if (item < 0 || item >= count())
        return -1;
    const int next = item + step * m_columns;
    return next >= 0 && next < count() ? next : -1;
}

QList<int> MasonryLayout::readingOrder(const QList<QRect> &rects, Qt::LayoutDirection direction)
{
    QList<int> order(rects.size());
    std::iota(order.begin(), order.end(), 0);
    const bool rtl = direction == Qt::RightToLeft;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const QRect &ra = rects.at(a);
        const QRect &rb = rects.at(b);
        if (ra.top() != rb.top())
            return ra.top() < rb.top();
        return rtl ? ra.right() > rb.right() : ra.left() < rb.left();
    });
    return order;
}
