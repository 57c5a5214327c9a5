#include "timelineitemview.h"

#include "core/logging.h"
#include "timelineaccessible.h"
#include "timelinemodelreader.h"
#include "timelinescroller.h"
#include "views/theme.h"

#include <QAbstractProxyModel>
#include <QApplication>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTouchEvent>
#include <QWindow>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

void disconnectAll(QList<QMetaObject::Connection> &connections)
{
    for (const QMetaObject::Connection &connection : std::as_const(connections))
        QObject::disconnect(connection);
    connections.clear();
}

} // namespace

TimelineItemView::TimelineItemView(QWidget *parent)
    : CardItemView(parent)
    , m_painter(&m_layout)
    , m_scroller(new TimelineScroller([this](double offset) { setOffset(offset); }, this))
{
    TimelineAccessible::install();
    setObjectName(u"timelineItemView"_s);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setAutoScroll(true);
    setTabKeyNavigation(false);
    viewport()->setAttribute(Qt::WA_AcceptTouchEvents);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    viewport()->setCursor(Qt::OpenHandCursor);

    Appearance *appearance = Appearance::instance();
    connect(appearance, &Appearance::themeChanged, this, [this] {
        m_painter.invalidateOverview();
        m_painter.invalidateCards();
        viewport()->update();
    });
    connect(appearance, &Appearance::fontsChanged, this,
            [this] { invalidate(MetricsDirty | GeometryDirty); });
    connect(appearance, &Appearance::reducedMotionChanged, this, [this](bool reduced) {
        if (reduced)
            finishAnimation();
    });
}

TimelineItemView::~TimelineItemView() = default;

// --- models ------------------------------------------------------------------------

void TimelineItemView::setModel(QAbstractItemModel *model)
{
    // Only the view's own connections go: QAbstractItemView keeps its own, and
    // keeps them when the same model is set again.
    disconnectAll(m_modelConnections);
    CardItemView::setModel(model);
    followSource();
    if (model) {
        // Rows that move or are filtered out change the whole layout.
        m_modelConnections = {
                connect(model, &QAbstractItemModel::rowsRemoved, this,
                        [this] {
                            ++m_generation;
                            invalidate(EventsDirty);
                        }),
                connect(model, &QAbstractItemModel::layoutChanged, this,
                        [this] {
                            // A filter's change: the rows under the pointer may be others.
                            m_hoverRow = -1;
                            ++m_generation;
                            invalidate(EventsDirty);
                        }),
                connect(model, &QAbstractItemModel::modelReset, this,
                        [this] {
                            if (!m_axisModel)
                                invalidate(ScaleDirty);
                        }),
        };
    }
    ++m_generation;
    invalidate(EventsDirty | ScaleDirty);
}

void TimelineItemView::followSource()
{
    // Any change of the source model's rows or data, or another source model,
    // reads its events again; a change of the filter alone does not.
    disconnectAll(m_sourceConnections);
    forgetSourceEvents();
    auto *filter = qobject_cast<QAbstractProxyModel *>(model());
    if (!filter)
        return;
    m_sourceConnections.append(connect(filter, &QAbstractProxyModel::sourceModelChanged, this,
                                       &TimelineItemView::followSource));
    QAbstractItemModel *source = filter->sourceModel();
    if (!source)
        return;
    const auto forget = [this] {
        forgetSourceEvents();
        invalidate(EventsDirty);
    };
    m_sourceConnections += {
            connect(source, &QAbstractItemModel::dataChanged, this, forget),
            connect(source, &QAbstractItemModel::rowsInserted, this, forget),
            connect(source, &QAbstractItemModel::rowsRemoved, this, forget),
            connect(source, &QAbstractItemModel::rowsMoved, this, forget),
            connect(source, &QAbstractItemModel::layoutChanged, this, forget),
            connect(source, &QAbstractItemModel::modelReset, this, forget),
    };
}

void TimelineItemView::setAxisModel(QAbstractItemModel *model)
{
    m_axisFollower.setModel(model);
    m_axisModel = model;
    invalidate(ScaleDirty);
}

void TimelineItemView::setEraModel(QAbstractItemModel *model)
{
    m_eraFollower.setModel(model);
    m_eraModel = model;
    invalidate(ScaleDirty);
}

void TimelineItemView::setCategoryModel(QAbstractItemModel *model)
{
    m_categoryFollower.setModel(model);
    m_categoryModel = model;
    rebuildCategories();
}

void TimelineItemView::rebuildCategories()
{
    m_categories = TimelineModelReader::categories(m_categoryModel);
    forgetSourceEvents(); // their colours
    invalidate(EventsDirty);
}

void TimelineItemView::setOrientation(Qt::Orientation orientation)
{
    if (orientation == m_orientation)
        return;
    finishAnimation();
    m_orientation = orientation;
    invalidate(GeometryDirty | MetricsDirty);
    updateGeometries();
}

void TimelineItemView::setScale(double scale)
{
    if (qFuzzyCompare(scale, m_scale))
        return;
    m_scale = scale;
    invalidate(GeometryDirty | MetricsDirty);
    updateGeometry();
}

// --- layout ------------------------------------------------------------------------

void TimelineItemView::invalidate(int what)
{
    m_dirty |= what;
    m_painter.invalidateOverview();
    viewport()->update();
    // The scroll range follows the layout; recompute it once events settle.
    if (what & (ScaleDirty | GeometryDirty | EventsDirty))
        QMetaObject::invokeMethod(this, &TimelineItemView::updateGeometries, Qt::QueuedConnection);
}

void TimelineItemView::ensureLayout() const
{
    // The viewport's size, known even before a hidden view has laid it out: a
    // hidden view gets no resize events, so its size is checked here instead.
    const QSizeF size = maximumViewportSize();
    if (size != m_layout.geometry().size)
        m_dirty |= GeometryDirty;
    if (m_dirty != 0) {
        if (m_dirty & ScaleDirty) {
            m_layout.setAxis(TimelineModelReader::axis(m_axisModel ? m_axisModel.data() : model()),
                             TimelineModelReader::eras(m_eraModel));
            qCDebug(lcViews) << "Timeline axis:" << m_layout.timeScale().segments().size()
                             << "segments from" << m_layout.timeScale().first() << "to"
                             << m_layout.timeScale().last();
        }
        if (m_dirty & EventsDirty) {
            const auto *filter = qobject_cast<const QAbstractProxyModel *>(model());
            if (filter && filter->sourceModel() && !rootIndex().isValid()) {
                if (!m_sourceEventsRead) {
                    m_sourceEvents =
                            TimelineModelReader::events(filter->sourceModel(), {}, m_categories);
                    m_sourceEventsRead = true;
                }
                m_layout.setEvents(TimelineModelReader::filtered(filter, m_sourceEvents));
            } else {
                m_layout.setEvents(TimelineModelReader::events(model(), rootIndex(), m_categories));
            }
        }
        if (m_dirty & MetricsDirty)
            m_layout.setMetrics(TimelineMetrics::forScale(m_scale));
        // Every change reaches the geometry.
        m_layout.setViewport({size, m_orientation, layoutDirection(), locale()});
        m_dirty = 0;
    }
    m_layout.update();
}

void TimelineItemView::updateScrollRange()
{
    ensureLayout();
    QScrollBar *active = isHorizontal() ? horizontalScrollBar() : verticalScrollBar();
    QScrollBar *other = isHorizontal() ? verticalScrollBar() : horizontalScrollBar();
    other->setRange(0, 0);
    const double fitLength = m_layout.geometry().fitLength;
    const int maximum = int(std::ceil(m_layout.maximumOffset()));
    active->setRange(0, maximum);
    active->setPageStep(int(fitLength));
    active->setSingleStep(std::max(1, int(fitLength / TimelineMetrics::ScrollStepsPerLane)));
}

void TimelineItemView::updateGeometries()
{
    updateScrollRange();
    if (m_pendingScroll.isValid() && !maximumViewportSize().isEmpty()) {
        const QModelIndex index = m_pendingScroll;
        m_pendingScroll = QPersistentModelIndex();
        scrollTo(index, m_pendingHint);
    }
    CardItemView::updateGeometries();
}

// --- coordinates -------------------------------------------------------------------

const TimelineScale &TimelineItemView::timeScale() const
{
    ensureLayout();
    return m_layout.timeScale();
}

double TimelineItemView::offset() const
{
    return isHorizontal() ? horizontalScrollBar()->value() : verticalScrollBar()->value();
}

void TimelineItemView::setOffset(double offset)
{
    QScrollBar *bar = isHorizontal() ? horizontalScrollBar() : verticalScrollBar();
    bar->setValue(int(std::lround(std::clamp(offset, 0.0, m_layout.maximumOffset()))));
}

int TimelineItemView::currentRow() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() && current.row() < m_layout.count() ? current.row() : -1;
}

bool TimelineItemView::isLaidOut(const QModelIndex &index) const
{
    return index.isValid() && index.model() == model() && index.row() < m_layout.count();
}

QRect TimelineItemView::rowRect(int row) const
{
    ensureLayout();
    if (row < 0 || row >= m_layout.count())
        return {};
    const QModelIndex current = currentIndex();
    const bool floating = current.isValid() && current.row() == row;
    return m_layout.itemRect(row, offset(), floating).toAlignedRect();
}

double TimelineItemView::axisPosition(QDate date) const
{
    ensureLayout();
    return m_layout.toView(m_layout.timeScale().position(date), offset());
}

double TimelineItemView::overviewPosition(QDate date) const
{
    ensureLayout();
    return m_layout.overviewPosition(date);
}

QDate TimelineItemView::dateAt(const QPoint &point) const
{
    ensureLayout();
    return m_layout.timeScale().dateAt(m_layout.toContent(m_layout.mainOf(point), offset()));
}

QDate TimelineItemView::firstVisibleDate() const
{
    ensureLayout();
    return m_layout.firstVisibleDate(offset());
}

QDate TimelineItemView::lastVisibleDate() const
{
    ensureLayout();
    return m_layout.lastVisibleDate(offset());
}

QRect TimelineItemView::overviewRect() const
{
    ensureLayout();
    return m_layout.geometry().overview.toAlignedRect();
}

QRect TimelineItemView::laneRect() const
{
    ensureLayout();
    return m_layout.geometry().lane.toAlignedRect();
}

QRectF TimelineItemView::spanRect(const QModelIndex &index) const
{
    ensureLayout();
    return isLaidOut(index) ? m_layout.spanRect(index.row(), offset()) : QRectF();
}

QRectF TimelineItemView::cardRect(const QModelIndex &index) const
{
    ensureLayout();
    return isLaidOut(index) ? m_layout.cardRect(index.row(), offset()) : QRectF();
}

QPointF TimelineItemView::markerCenter(const QModelIndex &index) const
{
    ensureLayout();
    return isLaidOut(index) ? m_layout.markerCenter(index.row(), offset()) : QPointF();
}

QModelIndexList TimelineItemView::visibleIndexes() const
{
    ensureLayout();
    QModelIndexList result;
    if (!model())
        return result;
    const TimelineLayout::Geometry &g = m_layout.geometry();
    const auto [first, last] =
            m_layout.markersBetween(offset() - g.pad, offset() + g.fitLength + g.pad);
    for (size_t i = first; i < last; ++i)
        result.append(model()->index(m_layout.order()[i], 0, rootIndex()));
    return result;
}

// --- QAbstractItemView ---------------------------------------------------------------

int TimelineItemView::rowAt(const QPoint &point) const
{
    ensureLayout();
    return m_layout.rowAt(point, offset(), currentRow());
}

QList<int> TimelineItemView::rowsIn(const QRect &rect) const
{
    ensureLayout();
    const QRectF area = QRectF(rect).adjusted(-0.5, -0.5, 0.5, 0.5);
    const std::vector<int> rows = m_layout.rowsIn(area, offset());
    return QList<int>(rows.begin(), rows.end());
}

void TimelineItemView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    if (!index.isValid() || index.model() != model())
        return;
    if (maximumViewportSize().isEmpty()) {
        m_pendingScroll = index;
        m_pendingHint = hint;
        return;
    }
    ensureLayout();
    updateScrollRange();
    if (index.row() >= m_layout.count())
        return;
    const TimelineLayout::Geometry &g = m_layout.geometry();
    const double length = g.fitLength;
    const auto [first, last] = m_layout.extent(index.row());
    const double margin = std::min(m_layout.metrics().events.scrollMargin,
                                   length / TimelineMetrics::ScrollMarginDivisor);
    const double current = m_scroller->isRunning() ? m_scroller->target() : offset();
    double target = current;
    switch (hint) {
    case EnsureVisible:
        if (first < current - g.pad || last > current + length + g.pad)
            target = (first + last) / 2 - length / 2;
        break;
    case PositionAtTop:
        target = first - margin;
        break;
    case PositionAtBottom:
        target = last - length + margin;
        break;
    case PositionAtCenter:
        target = m_layout.item(index.row()).marker - length / 2;
        break;
    }
    animateTo(std::clamp(target, 0.0, m_layout.maximumOffset()));
}

void TimelineItemView::reset()
{
    finishAnimation();
    m_pendingScroll = QPersistentModelIndex();
    m_hoverRow = -1;
    ++m_generation;
    CardItemView::reset();
    invalidate(EventsDirty);
}

QModelIndex TimelineItemView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers)
{
    ensureLayout();
    const std::vector<int> &order = m_layout.order();
    if (!model() || order.empty())
        return {};
    const QModelIndex current = currentIndex();
    const int count = int(order.size());
    const int rank = current.isValid() && current.row() < count ? m_layout.rank(current.row()) : -1;
    const auto at = [&](int r) {
        return model()->index(order[static_cast<size_t>(std::clamp(r, 0, count - 1))], 0,
                              rootIndex());
    };
    const auto next = [&] { return rank < 0 ? at(0) : at(rank + 1); };
    const auto previous = [&] { return rank < 0 ? at(count - 1) : at(rank - 1); };
    // Left and right follow the screen: time runs leftwards right to left.
    const bool mirrored = isRightToLeft();
    switch (cursorAction) {
    case MoveLeft:
        return mirrored ? next() : previous();
    case MoveRight:
        return mirrored ? previous() : next();
    case MoveUp:
    case MovePrevious:
        return previous();
    case MoveDown:
    case MoveNext:
        return next();
    case MoveHome:
        return at(0);
    case MoveEnd:
        return at(count - 1);
    case MovePageDown:
        // The first event of the next era (or stretch) that has any.
        return rank < 0 ? at(0) : at(m_layout.nextStretch(rank));
    case MovePageUp:
        // Back to the start of this era; from there, to the start of the previous one.
        return rank < 0 ? at(0) : at(m_layout.previousStretch(rank));
    }
    return current;
}

void TimelineItemView::scrollContentsBy(int, int)
{
    // The overview and the connectors stay; everything is repainted.
    viewport()->update();
}

void TimelineItemView::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                   const QList<int> &roles)
{
    CardItemView::dataChanged(topLeft, bottomRight, roles);
    invalidate(EventsDirty);
}

void TimelineItemView::rowsInserted(const QModelIndex &parent, int start, int end)
{
    CardItemView::rowsInserted(parent, start, end);
    ++m_generation;
    invalidate(EventsDirty);
}

void TimelineItemView::rowsAboutToBeRemoved(const QModelIndex &parent, int start, int end)
{
    CardItemView::rowsAboutToBeRemoved(parent, start, end);
    m_hoverRow = -1;
}

void TimelineItemView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    // One event at a time is both current and selected, so that the detail
    // card, the focus ring and the selection never disagree.
    if (current.isValid() && selectionModel() && !selectionModel()->isSelected(current))
        selectionModel()->select(current,
                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    CardItemView::currentChanged(current, previous);
    viewport()->update();
    TimelineAccessible::notifyCurrent(this, current);
}

void TimelineItemView::selectionChanged(const QItemSelection &selected,
                                        const QItemSelection &deselected)
{
    CardItemView::selectionChanged(selected, deselected);
    viewport()->update();
}

// --- zoom and scroll -------------------------------------------------------------------

double TimelineItemView::maximumZoom() const
{
    return m_layout.maximumZoom();
}

void TimelineItemView::setZoom(double zoom)
{
    ensureLayout();
    zoomAround(zoom, m_layout.zoomAnchor(currentRow(), offset()));
}

void TimelineItemView::zoomIn()
{
    setZoom(zoom() * TimelineMetrics::ZoomStep);
}

void TimelineItemView::zoomOut()
{
    setZoom(zoom() / TimelineMetrics::ZoomStep);
}

void TimelineItemView::zoomBy(double factor, const QPointF &anchor)
{
    ensureLayout();
    zoomAround(zoom() * factor, m_layout.mainOf(anchor));
}

void TimelineItemView::zoomAround(double zoom, double anchor)
{
    ensureLayout();
    const TimelineScale &timeScale = m_layout.timeScale();
    if (timeScale.isEmpty())
        return;
    zoom = std::clamp(zoom, MinimumZoom, m_layout.maximumZoom());
    if (std::abs(zoom - timeScale.zoom()) < 1e-9)
        return;
    finishAnimation();
    const double target = m_layout.zoomAbout(zoom, anchor, offset());
    ensureLayout();
    updateScrollRange();
    setOffset(target);
    viewport()->update();
    Q_EMIT zoomChanged(zoom);
}

bool TimelineItemView::isOnScreen() const
{
    const QWidget *top = window();
    return isVisible() && !top->testAttribute(Qt::WA_DontShowOnScreen) && top->windowHandle() &&
           top->windowHandle()->isExposed();
}

void TimelineItemView::animateTo(double target)
{
    const bool instant = Appearance::instance()->reducedMotion() || !isOnScreen();
    m_scroller->scroll(offset(), std::clamp(target, 0.0, m_layout.maximumOffset()), instant);
}

bool TimelineItemView::isAnimating() const
{
    return m_scroller->isRunning();
}

void TimelineItemView::finishAnimation()
{
    m_scroller->finish();
}

void TimelineItemView::panBy(double viewportDelta)
{
    m_scroller->stop();
    // Dragging content towards the end of time shows earlier events.
    const double sign = (isHorizontal() && isRightToLeft()) ? 1.0 : -1.0;
    setOffset(offset() + sign * viewportDelta);
}

void TimelineItemView::centreOnOverview(const QPointF &point, bool animate)
{
    ensureLayout();
    const TimelineScale &timeScale = m_layout.timeScale();
    if (timeScale.isEmpty())
        return;
    const QDate date = m_layout.overviewDateAt(point);
    const double target = timeScale.center(date) - m_layout.geometry().fitLength / 2;
    if (animate) {
        animateTo(target);
    } else {
        m_scroller->stop();
        setOffset(target);
    }
}

void TimelineItemView::focusInEvent(QFocusEvent *event)
{
    // Unlike other item views, focus alone chooses no event: the detail card
    // keeps its introduction until the reader picks one (an arrow key does).
    QAbstractScrollArea::focusInEvent(event);
    viewport()->update();
}

void TimelineItemView::focusOutEvent(QFocusEvent *event)
{
    CardItemView::focusOutEvent(event);
    viewport()->update();
}

void TimelineItemView::resizeEvent(QResizeEvent *event)
{
    CardItemView::resizeEvent(event);
    // Keep the moment at the centre of the lane where it was.
    const double fitLength = m_layout.geometry().fitLength;
    const bool hadLayout = !(m_dirty & GeometryDirty) && fitLength > 0;
    const double centre = hadLayout ? offset() + fitLength / 2 : 0;
    const QDate centreDate = hadLayout ? m_layout.timeScale().dateAt(centre) : QDate();
    m_dirty |= GeometryDirty;
    ensureLayout();
    updateScrollRange();
    if (centreDate.isValid())
        setOffset(m_layout.timeScale().center(centreDate) - m_layout.geometry().fitLength / 2);
    m_painter.invalidateOverview();
}

void TimelineItemView::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::LayoutDirectionChange:
        finishAnimation();
        invalidate(GeometryDirty);
        break;
    case QEvent::LanguageChange:
    case QEvent::LocaleChange:
        invalidate(MetricsDirty | GeometryDirty);
        break;
    default:
        break;
    }
    CardItemView::changeEvent(event);
}

QSize TimelineItemView::sizeHint() const
{
    return TimelineMetrics::PreferredSize * m_scale;
}

QSize TimelineItemView::minimumSizeHint() const
{
    return TimelineMetrics::MinimumSize * std::min(m_scale, 1.0);
}

// --- painting ----------------------------------------------------------------------------

void TimelineItemView::paintEvent(QPaintEvent *)
{
    ensureLayout();
    QPainter painter(viewport());
    TimelinePainter::Frame frame;
    frame.rect = viewport()->rect();
    frame.offset = offset();
    frame.currentRow = currentRow();
    frame.hoverRow = m_hoverRow;
    frame.focused = hasFocus();
    frame.laneFocused = hasFocus() && !currentIndex().isValid();
    frame.eras = m_eraModel;
    m_painter.paint(&painter, frame);
}
