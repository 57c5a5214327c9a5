#pragma once

#include <QEvent>
#include <QList>
#include <QPointF>

#include <optional>

// Reads one touch gesture on the timeline: a tap that did not travel, one
// finger panning, two fingers panning and pinching. Touch points in, what to do
// out; the view acts on it.
class TimelineTouch
{
public:
    struct Action
    {
        enum class Kind {
            None, // nothing yet: a finger came or went, or has not travelled far enough
            Tap,  // at point
            Move, // zoom by zoom about point (two fingers), then pan by pan
        };
        Kind kind = Kind::None;
        QPointF point; // the tap, or where the fingers are now (their centroid)
        QPointF pan;   // how far the fingers moved since the last step
        // With two fingers: how much farther apart they are than at the last step.
        std::optional<double> zoom;
    };

    // One touch event: its \a type (TouchBegin, TouchUpdate, TouchEnd or
    // TouchCancel), the positions of the points still down, and the position
    // of its first point, if it has any. A move starts once the fingers have
    // travelled \a dragDistance.
    Action handle(QEvent::Type type, const QList<QPointF> &down, std::optional<QPointF> first,
                  int dragDistance);

private:
    QPointF m_start;       // where the gesture began
    QPointF m_centroid;    // of the fingers at the last step
    double m_distance = 0; // between the first two fingers at the last step
    int m_points = 0;      // fingers down at the last step
    bool m_moved = false;  // the gesture travelled: no tap at its end
};
