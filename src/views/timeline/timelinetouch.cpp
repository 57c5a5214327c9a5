#include "timelinetouch.h"

#include <cmath>

TimelineTouch::Action TimelineTouch::handle(QEvent::Type type, const QList<QPointF> &down,
                                            std::optional<QPointF> first, int dragDistance)
{
    Action action;
    if (type == QEvent::TouchBegin) {
        m_moved = false;
        m_points = 0;
        m_start = first.value_or(QPointF());
    }
    if (type == QEvent::TouchCancel) {
        m_points = 0;
        return action;
    }
    if (type == QEvent::TouchEnd || down.isEmpty()) {
        // A tap that did not travel selects what it touched.
        if (!m_moved && first) {
            action.kind = Action::Kind::Tap;
            action.point = *first;
        }
        m_points = 0;
        return action;
    }
    QPointF centroid;
    for (const QPointF &p : down)
        centroid += p;
    centroid /= double(down.size());
    double distance = 0;
    if (down.size() >= 2) {
        const QPointF d = down.at(1) - down.at(0);
        distance = std::hypot(d.x(), d.y());
    }
    if (down.size() != m_points) {
        // Fingers came or went: start measuring afresh.
        m_points = int(down.size());
        m_centroid = centroid;
        m_distance = distance;
        if (down.size() >= 2)
            m_moved = true;
        return action;
    }
    if (!m_moved) {
        const QPointF travelled = centroid - m_start;
        if (travelled.manhattanLength() < dragDistance)
            return action;
        m_moved = true;
    }
    action.kind = Action::Kind::Move;
    action.point = centroid;
    action.pan = centroid - m_centroid;
    if (down.size() >= 2 && m_distance > 0 && distance > 0)
        action.zoom = distance / m_distance;
    m_centroid = centroid;
    m_distance = distance;
    return action;
}
