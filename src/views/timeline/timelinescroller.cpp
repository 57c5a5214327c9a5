#include "timelinescroller.h"

#include "timelinemetrics.h"

#include <QVariantAnimation>

#include <cmath>

namespace {

// Closer than this, a move is already there.
constexpr double HalfPixel = 0.5;

} // namespace

TimelineScroller::TimelineScroller(std::function<void(double)> apply, QObject *parent)
    : QObject(parent)
    , m_apply(std::move(apply))
    , m_animation(new QVariantAnimation(this))
{
    m_animation->setDuration(TimelineMetrics::ScrollDuration);
    m_animation->setEasingCurve(QEasingCurve::OutCubic);
    connect(m_animation, &QVariantAnimation::valueChanged, this,
            [this](const QVariant &value) { m_apply(value.toDouble()); });
}

void TimelineScroller::scroll(double from, double to, bool instant)
{
    if (instant) {
        m_animation->stop();
        m_apply(to);
        return;
    }
    if (isRunning()) {
        if (std::abs(target() - to) < HalfPixel)
            return;
        m_animation->stop();
    }
    if (std::abs(to - from) < HalfPixel) {
        m_apply(to);
        return;
    }
    m_animation->setStartValue(from);
    m_animation->setEndValue(to);
    m_animation->start();
}

bool TimelineScroller::isRunning() const
{
    return m_animation->state() == QAbstractAnimation::Running;
}

double TimelineScroller::target() const
{
    return m_animation->endValue().toDouble();
}

void TimelineScroller::finish()
{
    if (!isRunning())
        return;
    const double end = target();
    m_animation->stop();
    m_apply(end);
}

void TimelineScroller::stop()
{
    m_animation->stop();
}
