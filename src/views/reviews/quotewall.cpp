#include "quotewall.h"

#include "quotecard.h"
#include "quotewallaccessible.h"
#include "views/common/linkopener.h"
#include "views/common/painting.h"
#include "views/theme.h"

#include <QAbstractProxyModel>
#include <QAccessible>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QStyle>
#include <QUrl>

QuoteWall::QuoteWall(QWidget *parent)
    : CardItemView(parent)
{
    QuoteWallAccessible::install();
    setVerticalScrollMode(ScrollPerPixel);
    viewport()->setMouseTracking(true);
    viewport()->setAutoFillBackground(false);
    setAutoFillBackground(false);
    connect(Appearance::instance(), &Appearance::themeChanged, this, [this] {
        Painting::styleScrollBar(verticalScrollBar(), m_scale);
        viewport()->update();
    });
    Painting::styleScrollBar(verticalScrollBar(), m_scale);
    connect(Appearance::instance(), &Appearance::fontsChanged, this, [this] {
        m_heightCache.clear();
        m_blockCache.clear();
        invalidateLayout();
    });
    // Enter on a card (or a double click) opens its source, in the window.
    connect(this, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (m_sourceStyle != SourceStyle::Links)
            return;
        if (const QString url = QuoteCard::sourceUrl(index); !url.isEmpty())
            LinkOpener::open(QUrl(url, QUrl::StrictMode));
    });
}

void QuoteWall::setSourceStyle(SourceStyle style)
{
    if (style == m_sourceStyle)
        return;
    m_sourceStyle = style;
    m_blockCache.clear(); // laid out in the other style's type
    viewport()->unsetCursor();
    viewport()->update();
}

QString QuoteWall::linkAt(const QPoint &point) const
{
    if (m_sourceStyle != SourceStyle::Links || !model())
        return {};
    const QModelIndex index = indexAt(point);
    if (!index.isValid())
        return {};
    const QRect card = visualRect(index);
    // Cards are laid out left to right and mirrored when painted.
    const int x = layoutDirection() == Qt::RightToLeft ? card.left() + card.right() - point.x()
                                                       : point.x();
    const QuoteCard::Style style(m_scale, true);
    const QList<QuoteCard::Block> blocks = QuoteCard::blocks(index, card.width(), style);
    return QuoteCard::sourceUrlAt(index, blocks, style,
                                  QPoint(x - card.left(), point.y() - card.top()));
}

void QuoteWall::mousePressEvent(QMouseEvent *event)
{
    m_pressedLink =
            event->button() == Qt::LeftButton ? linkAt(event->position().toPoint()) : QString();
    CardItemView::mousePressEvent(event);
}

void QuoteWall::mouseReleaseEvent(QMouseEvent *event)
{
    const QString link =
            event->button() == Qt::LeftButton ? linkAt(event->position().toPoint()) : QString();
    CardItemView::mouseReleaseEvent(event);
    // A press and a release on the same source line: a click on the link.
    if (!link.isEmpty() && link == m_pressedLink)
        LinkOpener::open(QUrl(link, QUrl::StrictMode));
    m_pressedLink.clear();
}

QuoteWall::~QuoteWall() = default;

void QuoteWall::setScale(double scale)
{
    if (qFuzzyCompare(scale, m_scale))
        return;
    m_scale = scale;
    m_heightCache.clear();
    m_blockCache.clear();
    Painting::styleScrollBar(verticalScrollBar(), m_scale);
    invalidateLayout();
}

void QuoteWall::setMinimumColumnWidth(int width)
{
    m_minimumColumnWidth = width;
    invalidateLayout();
}

void QuoteWall::setMaximumColumns(int columns)
{
    m_maximumColumns = columns;
    invalidateLayout();
}

int QuoteWall::columnCount() const
{
    ensureLayout();
    return m_masonry.columnCount();
}

void QuoteWall::setEmptyText(const QString &text)
{
    m_emptyText = text;
    viewport()->update();
}

const MasonryLayout &QuoteWall::masonry() const
{
    ensureLayout();
    measureUpTo(static_cast<int>(m_heights.size()) - 1);
    return m_masonry;
}

int QuoteWall::inset() const
{
    // Room for the focus ring, which is drawn just outside a card.
    return static_cast<int>(std::ceil(Painting::Metrics::forScale(m_scale).ring * 3));
}

void QuoteWall::invalidateLayout()
{
    // Only marks the layout stale: a filter emits many small row changes in a
    // row, and laying out ten thousand cards after each would be quadratic.
    // Whoever needs positions next (painting, hit-testing, scrolling) lays out.
    m_layoutDirty = true;
    if (!m_geometriesPending) {
        m_geometriesPending = true;
        QMetaObject::invokeMethod(
                this,
                [this] {
                    m_geometriesPending = false;
                    updateGeometries();
                },
                Qt::QueuedConnection);
    }
    viewport()->update();
}

QSize QuoteWall::viewportSize() const
{
    // From the wall's own size rather than the viewport's: a wall that was
    // resized but never shown has not laid out its viewport yet. The scroll
    // bar's width is kept free whether it shows or not, so that its coming
    // and going never changes the number of columns.
    const int frame = 2 * frameWidth();
    const int bar =
            std::max(style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, verticalScrollBar()),
                     verticalScrollBar()->sizeHint().width());
    return {std::max(0, width() - frame - bar), std::max(0, height() - frame)};
}

void QuoteWall::ensureLayout() const
{
    const int width = viewportSize().width() - 2 * inset();
    const Painting::Metrics metrics = Painting::Metrics::forScale(m_scale);
    const int gutter = static_cast<int>(std::lround(metrics.gutter));
    const int columns = MasonryLayout::columnsFor(
            width, static_cast<int>(m_minimumColumnWidth * m_scale), gutter, m_maximumColumns);
    if (!m_layoutDirty && width == m_masonry.width() && columns == m_masonry.columnCount() &&
        layoutDirection() == m_masonry.layoutDirection()) {
        return;
    }
    m_masonry.setWidth(width);
    m_masonry.setGutter(gutter);
    m_masonry.setColumnCount(columns);
    m_masonry.setLayoutDirection(layoutDirection());
    const int columnWidth = m_masonry.columnWidth();
    if (columnWidth != m_laidOutWidth) {
        m_heightCache.clear();
        m_blockCache.clear();
        m_laidOutWidth = columnWidth;
    }
    // Heights known from before (by quote id) are used as they are; the rest
    // are estimated and measured when the wall scrolls near them.
    QAbstractItemModel *source = model();
    const int rows = source ? source->rowCount(rootIndex()) : 0;
    m_ids.resize(rows);
    m_heights.resize(rows);
    m_known.resize(rows);
    qint64 knownTotal = 0;
    int knownCount = 0;
    const auto *filter = qobject_cast<const QAbstractProxyModel *>(source);
    m_sourceRows.clear();
    if (filter)
        m_sourceRows.reserve(rows);
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = source->index(row, 0, rootIndex());
        if (filter)
            m_sourceRows.append(filter->mapToSource(index).row());
        m_ids[row] = index.data(Qt::UserRole).toString();
        const auto cached = m_heightCache.constFind(m_ids.at(row));
        m_known[row] = cached != m_heightCache.constEnd();
        if (m_known.at(row)) {
            m_heights[row] = *cached;
            knownTotal += *cached;
            ++knownCount;
        }
    }
    m_estimate = knownCount > 0 ? static_cast<int>(knownTotal / knownCount)
                                : static_cast<int>(300 * m_scale);
    m_measuredUpTo = 0;
    for (int row = 0; row < rows; ++row) {
        if (!m_known.at(row))
            m_heights[row] = m_estimate;
        else if (m_measuredUpTo == row)
            ++m_measuredUpTo;
    }
    m_masonry.place(m_heights);
    m_layoutDirty = false;
    syncScrollRange();
}

void QuoteWall::measureUpTo(int row) const
{
    const int rows = static_cast<int>(m_heights.size());
    row = std::min(row, rows - 1);
    if (row < m_measuredUpTo)
        return;
    const QuoteCard::Style style(m_scale);
    const int columnWidth = m_masonry.columnWidth();
    QAbstractItemModel *source = model();
    for (int r = m_measuredUpTo; r <= row; ++r) {
        if (m_known.at(r))
            continue;
        const int height = QuoteCard::height(source->index(r, 0, rootIndex()), columnWidth, style);
        m_heightCache.insert(m_ids.at(r), height);
        m_heights[r] = height;
        m_known[r] = true;
    }
    m_measuredUpTo = row + 1;
    while (m_measuredUpTo < rows && m_known.at(m_measuredUpTo))
        ++m_measuredUpTo;
    m_masonry.place(m_heights);
    syncScrollRange();
}

void QuoteWall::measureThrough(int y) const
{
    // Measure in steps of a few rows until every card that starts above y
    // (in content coordinates) has its real height; placing is cheap.
    const int rows = static_cast<int>(m_heights.size());
    const int step = m_masonry.columnCount() * 4;
    while (m_measuredUpTo < rows && m_masonry.rect(m_measuredUpTo).top() <= y)
        measureUpTo(m_measuredUpTo + step - 1);
}

void QuoteWall::syncScrollRange() const
{
    const int content = m_masonry.height() + 2 * inset();
    const int visible = viewportSize().height();
    QScrollBar *bar = verticalScrollBar();
    const int maximum = std::max(0, content - visible);
    if (bar->maximum() != maximum || bar->pageStep() != visible) {
        bar->setRange(0, maximum);
        bar->setPageStep(visible);
    }
}

QRect QuoteWall::contentRect(int row) const
{
    ensureLayout();
    measureUpTo(row + m_masonry.columnCount());
    return m_masonry.rect(row).translated(inset(), inset());
}

QRect QuoteWall::rowRect(int row) const
{
    return contentRect(row).translated(-horizontalOffset(), -verticalOffset());
}

void QuoteWall::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    if (!index.isValid())
        return;
    const QRect rect = contentRect(index.row());
    measureThrough(rect.bottom() + viewportSize().height());
    const int padding = inset();
    const int viewHeight = viewportSize().height();
    const int top = verticalOffset();
    int value = top;
    switch (hint) {
    case PositionAtTop:
        value = rect.top() - padding;
        break;
    case PositionAtBottom:
        value = rect.bottom() + padding - viewHeight;
        break;
    case PositionAtCenter:
        value = rect.center().y() - viewHeight / 2;
        break;
    case EnsureVisible:
        if (rect.top() - padding < top || rect.height() + 2 * padding > viewHeight)
            value = rect.top() - padding;
        else if (rect.bottom() + padding > top + viewHeight)
            value = rect.bottom() + padding - viewHeight;
        break;
    }
    verticalScrollBar()->setValue(value);
}

int QuoteWall::rowAt(const QPoint &point) const
{
    ensureLayout();
    const QPoint content =
            point + QPoint(horizontalOffset(), verticalOffset()) - QPoint(inset(), inset());
    const QList<int> rows = m_masonry.itemsIn(QRect(content, QSize(1, 1)));
    return rows.isEmpty() ? -1 : rows.constFirst();
}

QList<int> QuoteWall::rowsIn(const QRect &rect) const
{
    ensureLayout();
    return m_masonry.itemsIn(
            rect.translated(horizontalOffset() - inset(), verticalOffset() - inset()));
}

bool QuoteWall::showsTheRowsLaidOut() const
{
    const auto *filter = qobject_cast<const QAbstractProxyModel *>(model());
    if (m_layoutDirty || !filter)
        return false;
    const int rows = filter->rowCount(rootIndex());
    if (rows != m_sourceRows.size())
        return false;
    for (int row = 0; row < rows; ++row) {
        if (filter->mapToSource(filter->index(row, 0, rootIndex())).row() != m_sourceRows.at(row))
            return false;
    }
    return true;
}

void QuoteWall::setModel(QAbstractItemModel *model)
{
    disconnect(m_layoutConnection);
    CardItemView::setModel(model);
    if (model) {
        // A filter's change comes as one layout change: other cards, in
        // other places, and another card under the pointer.
        m_layoutConnection = connect(model, &QAbstractItemModel::layoutChanged, this, [this] {
            m_hoveredRow = -1;
            // A keystroke that keeps every quote keeps the wall as it is,
            // also through the layout QAbstractItemView asks for after it.
            m_keepLayout = showsTheRowsLaidOut();
            if (!m_keepLayout)
                invalidateLayout();
            viewport()->update();
        });
    }
    m_heightCache.clear();
    m_blockCache.clear();
    invalidateLayout();
}

QSize QuoteWall::sizeHint() const
{
    return QSize(static_cast<int>(m_minimumColumnWidth * m_scale * 2), 400);
}

QModelIndex QuoteWall::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers)
{
    QAbstractItemModel *source = model();
    if (!source)
        return {};
    const int rows = source->rowCount(rootIndex());
    if (rows == 0)
        return {};
    ensureLayout();
    const int current = currentIndex().isValid() ? currentIndex().row() : -1;
    if (cursorAction == MoveEnd)
        measureUpTo(rows - 1);
    else if (current >= 0)
        measureThrough(m_masonry.rect(current).bottom() + 2 * viewportSize().height());
    if (current < 0)
        return source->index(0, 0, rootIndex());
    // Left and Right follow the reading direction, which is mirrored in Arabic.
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    int next = current;
    switch (cursorAction) {
    case MoveLeft:
        next = rtl ? current + 1 : current - 1;
        break;
    case MoveRight:
        next = rtl ? current - 1 : current + 1;
        break;
    case MovePrevious:
        next = current - 1;
        break;
    case MoveNext:
        next = current + 1;
        break;
    case MoveUp:
        next = m_masonry.itemInColumn(current, -1);
        break;
    case MoveDown:
        next = m_masonry.itemInColumn(current, +1);
        break;
    case MoveHome:
        next = 0;
        break;
    case MoveEnd:
        next = rows - 1;
        break;
    case MovePageUp:
    case MovePageDown: {
        const int step = cursorAction == MovePageDown ? 1 : -1;
        const int target = m_masonry.rect(current).top() + step * viewportSize().height();
        for (int candidate = current;;) {
            const int further = m_masonry.itemInColumn(candidate, step);
            if (further < 0)
                break;
            candidate = further;
            next = candidate;
            if (step > 0 ? m_masonry.rect(candidate).top() >= target
                         : m_masonry.rect(candidate).top() <= target) {
                break;
            }
        }
        break;
    }
    }
    if (next < 0 || next >= rows)
        next = current;
    return source->index(next, 0, rootIndex());
}

void QuoteWall::updateGeometries()
{
    ensureLayout();
    measureThrough(verticalOffset() + 2 * viewportSize().height());
    syncScrollRange();
    verticalScrollBar()->setSingleStep(static_cast<int>(48 * m_scale));
    CardItemView::updateGeometries();
}

void QuoteWall::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                            const QList<int> &roles)
{
    // Any change of text can change a card's height, so measure again.
    m_heightCache.clear();
    m_blockCache.clear();
    invalidateLayout();
    CardItemView::dataChanged(topLeft, bottomRight, roles);
}

void QuoteWall::rowsInserted(const QModelIndex &parent, int start, int end)
{
    invalidateLayout();
    CardItemView::rowsInserted(parent, start, end);
}

void QuoteWall::rowsAboutToBeRemoved(const QModelIndex &parent, int start, int end)
{
    m_layoutDirty = true;
    if (m_hoveredRow >= start)
        m_hoveredRow = -1;
    CardItemView::rowsAboutToBeRemoved(parent, start, end);
    viewport()->update();
}

void QuoteWall::reset()
{
    m_hoveredRow = -1;
    m_heightCache.clear();
    m_blockCache.clear();
    CardItemView::reset();
    invalidateLayout();
    QuoteWallAccessible::notifyModelReset(this);
}

void QuoteWall::doItemsLayout()
{
    // Not after a filter's change (a layout change) that kept every card.
    if (!m_keepLayout)
        m_layoutDirty = true;
    m_keepLayout = false;
    CardItemView::doItemsLayout();
    updateGeometries();
    viewport()->update();
}

void QuoteWall::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    CardItemView::currentChanged(current, previous);
    if (current.isValid() && hasFocus())
        QuoteWallAccessible::notifyFocus(this, current.row());
}

void QuoteWall::paintEvent(QPaintEvent *event)
{
    ensureLayout();
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const Theme &theme = Appearance::instance()->theme();
    QAbstractItemModel *source = model();
    if (!source || source->rowCount(rootIndex()) == 0) {
        if (!m_emptyText.isEmpty()) {
            painter.setFont(Appearance::instance()->font(Typography::Role::Title, m_scale));
            painter.setPen(theme.textMuted);
            const QRect area = viewport()->rect().adjusted(inset() * 4, inset() * 4, -inset() * 4,
                                                           -inset() * 4);
            painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
        }
        return;
    }
    const int scroll = verticalOffset();
    const int pad = inset();
    const QRect area = event->rect().translated(0, scroll).translated(-pad, -pad);
    measureThrough(area.bottom() + pad);
    const QuoteCard::Style style(m_scale, m_sourceStyle == SourceStyle::Links);
    const QModelIndex current = currentIndex();
    const bool focused = hasFocus();
    for (int row : m_masonry.itemsIn(area.adjusted(-pad, -pad, pad, pad))) {
        const QModelIndex index = source->index(row, 0, rootIndex());
        Painting::CardStates states = Painting::Normal;
        if (row == m_hoveredRow)
            states |= Painting::Hovered;
        if (selectionModel() && selectionModel()->isSelected(index))
            states |= Painting::Selected;
        if (focused && index == current)
            states |= Painting::Focused;
        const QRect rect = m_masonry.rect(row).translated(pad, pad - scroll);
        // The blocks of the cards on screen are kept: scrolling repaints them
        // without laying their text out again.
        const QString &id = m_ids.at(row);
        auto blocks = m_blockCache.find(id);
        if (blocks == m_blockCache.end()) {
            if (m_blockCache.size() > 512)
                m_blockCache.clear();
            blocks = m_blockCache.insert(id, QuoteCard::blocks(index, rect.width(), style));
        }
        QuoteCard::paint(&painter, rect, index, style, states, layoutDirection(), &*blocks);
    }
}

void QuoteWall::resizeEvent(QResizeEvent *event)
{
    CardItemView::resizeEvent(event);
    updateGeometries();
}

void QuoteWall::mouseMoveEvent(QMouseEvent *event)
{
    setHoveredRow(indexAt(event->position().toPoint()).row());
    if (m_sourceStyle == SourceStyle::Links) {
        if (linkAt(event->position().toPoint()).isEmpty())
            viewport()->unsetCursor();
        else
            viewport()->setCursor(Qt::PointingHandCursor);
    }
    CardItemView::mouseMoveEvent(event);
}

void QuoteWall::leaveEvent(QEvent *event)
{
    setHoveredRow(-1);
    CardItemView::leaveEvent(event);
}

void QuoteWall::setHoveredRow(int row)
{
    if (row == m_hoveredRow)
        return;
    const int previous = m_hoveredRow;
    m_hoveredRow = row;
    const int grow = inset();
    for (int r : {previous, row}) {
        if (r >= 0 && model() && r < model()->rowCount(rootIndex())) {
            viewport()->update(visualRect(model()->index(r, 0, rootIndex()))
                                       .adjusted(-grow, -grow, grow, grow));
        }
    }
}

void QuoteWall::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LayoutDirectionChange)
        invalidateLayout();
    CardItemView::changeEvent(event);
}

bool QuoteWall::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::Leave)
        setHoveredRow(-1);
    return CardItemView::viewportEvent(event);
}
