// TimelineItemView's input: keys, the wheel, the mouse and touch, each turned
// into a pan, a zoom or a choice of event. The item-view overrides, layout
// and painting are in timelineitemview.cpp.
#include "timelineitemview.h"

#include "timelinescroller.h"

#include <QApplication>
#include <QKeyEvent>
#include <QScrollBar>
#include <QTouchEvent>

#include <cmath>

using namespace Qt::StringLiterals;

void TimelineItemView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        event->accept();
        return;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        zoomOut();
        event->accept();
        return;
    case Qt::Key_0:
        setZoom(MinimumZoom);
        event->accept();
        return;
    default:
        break;
    }
    // Moving between events selects the event moved to, and nothing else; the
    // base class would also select whatever lies under the centre of its rect.
    static const QHash<int, CursorAction> moves = {
            {Qt::Key_Left, MoveLeft},     {Qt::Key_Right, MoveRight},       {Qt::Key_Up, MoveUp},
            {Qt::Key_Down, MoveDown},     {Qt::Key_Home, MoveHome},         {Qt::Key_End, MoveEnd},
            {Qt::Key_PageUp, MovePageUp}, {Qt::Key_PageDown, MovePageDown},
    };
    // With Ctrl, Alt or Meta the keys belong to the window (Ctrl+Page Down
    // changes tabs).
    const bool plain =
            !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    const auto move = moves.constFind(event->key());
    if (plain && move != moves.constEnd() && selectionModel()) {
        const QModelIndex next = moveCursor(*move, event->modifiers());
        if (next.isValid() && next != currentIndex()) {
            selectionModel()->setCurrentIndex(next, QItemSelectionModel::ClearAndSelect |
                                                            QItemSelectionModel::Rows);
            scrollTo(next, EnsureVisible);
        }
        event->accept();
        return;
    }
    CardItemView::keyPressEvent(event);
}

void TimelineItemView::wheelEvent(QWheelEvent *event)
{
    const QPoint angle = event->angleDelta();
    const QPoint pixels = event->pixelDelta();
    const double notch = QWheelEvent::DefaultDeltasPerStep;
    if (event->modifiers() & Qt::ControlModifier) {
        const double steps = (angle.y() != 0 ? angle.y() : angle.x()) / notch;
        if (steps != 0)
            zoomBy(std::pow(TimelineMetrics::WheelZoomStep, steps), event->position());
        event->accept();
        return;
    }
    ensureLayout();
    double delta = 0;
    if (!pixels.isNull()) {
        delta = std::abs(pixels.x()) > std::abs(pixels.y()) ? pixels.x() : pixels.y();
    } else {
        const int notches = std::abs(angle.x()) > std::abs(angle.y()) ? angle.x() : angle.y();
        delta = notches / notch * m_layout.geometry().fitLength /
                TimelineMetrics::WheelStepsPerLane;
    }
    // A wheel turned away from the reader moves on in time.
    m_scroller->stop();
    setOffset(offset() - delta);
    event->accept();
}

void TimelineItemView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        event->ignore();
        return;
    }
    ensureLayout();
    m_pressed = true;
    m_panning = false;
    m_pressPoint = event->position().toPoint();
    m_lastPoint = m_pressPoint;
    m_scroller->stop();
    // Across the screen, a press just below the overview still grabs it.
    const double grip = isHorizontal() ? m_layout.metrics().overview.grip : 0;
    m_overviewDrag =
            m_layout.geometry().overview.adjusted(0, 0, 0, grip).contains(event->position());
    if (m_overviewDrag)
        centreOnOverview(event->position(), false);
    event->accept();
}

void TimelineItemView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint point = event->position().toPoint();
    if (!m_pressed) {
        const QModelIndex hovered = indexAt(point);
        const int row = hovered.isValid() ? hovered.row() : -1;
        if (row != m_hoverRow) {
            m_hoverRow = row;
            viewport()->setCursor(row >= 0 ? Qt::PointingHandCursor : Qt::OpenHandCursor);
            viewport()->update();
        }
        return;
    }
    if (m_overviewDrag) {
        centreOnOverview(event->position(), false);
        return;
    }
    if (!m_panning &&
        (point - m_pressPoint).manhattanLength() >= QApplication::startDragDistance()) {
        m_panning = true;
        viewport()->setCursor(Qt::ClosedHandCursor);
    }
    if (m_panning)
        panBy(m_layout.mainOf(point) - m_layout.mainOf(m_lastPoint));
    m_lastPoint = point;
}

void TimelineItemView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressed) {
        event->ignore();
        return;
    }
    m_pressed = false;
    if (!m_panning && !m_overviewDrag)
        selectAt(event->position().toPoint());
    m_panning = false;
    m_overviewDrag = false;
    viewport()->setCursor(m_hoverRow >= 0 ? Qt::PointingHandCursor : Qt::OpenHandCursor);
}

void TimelineItemView::mouseDoubleClickEvent(QMouseEvent *event)
{
    // A double click zooms in on the spot, like a map.
    if (event->button() == Qt::LeftButton && m_layout.geometry().lane.contains(event->position())) {
        zoomBy(TimelineMetrics::DoubleClickZoom, event->position());
        event->accept();
        return;
    }
    event->ignore();
}

void TimelineItemView::selectAt(const QPoint &point)
{
    const QModelIndex index = indexAt(point);
    if (!index.isValid())
        return;
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                     QItemSelectionModel::Rows);
    scrollTo(index, EnsureVisible);
    Q_EMIT clicked(index);
}

bool TimelineItemView::viewportEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::TouchCancel:
        handleTouch(static_cast<QTouchEvent *>(event));
        return true;
    case QEvent::Leave:
        if (m_hoverRow >= 0) {
            m_hoverRow = -1;
            viewport()->update();
        }
        break;
    default:
        break;
    }
    return CardItemView::viewportEvent(event);
}

void TimelineItemView::handleTouch(QTouchEvent *event)
{
    event->accept();
    ensureLayout();
    if (event->type() == QEvent::TouchBegin)
        m_scroller->stop();
    QList<QPointF> down;
    for (const QEventPoint &point : event->points()) {
        if (point.state() != QEventPoint::Released)
            down.append(point.position());
    }
    const std::optional<QPointF> first =
            event->points().isEmpty() ? std::nullopt
                                      : std::optional(event->points().first().position());
    const TimelineTouch::Action action =
            m_touch.handle(event->type(), down, first, QApplication::startDragDistance());
    switch (action.kind) {
    case TimelineTouch::Action::Kind::None:
        break;
    case TimelineTouch::Action::Kind::Tap:
        // On the overview, a tap goes there; on the lane, it selects.
        if (m_layout.geometry().overview.contains(action.point))
            centreOnOverview(action.point, true);
        else
            selectAt(action.point.toPoint());
        break;
    case TimelineTouch::Action::Kind::Move:
        if (action.zoom)
            zoomBy(*action.zoom, action.point);
        panBy(m_layout.mainOf(action.pan));
        break;
    }
}
