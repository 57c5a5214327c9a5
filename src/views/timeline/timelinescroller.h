#pragma once

#include <QObject>

#include <functional>

class QVariantAnimation;

// Moves the timeline's scroll offset to a target: eased over a moment, or at
// once where motion is unwelcome (reduced motion, a view not on screen). The
// view gives it the function that applies an offset.
class TimelineScroller : public QObject
{
    Q_OBJECT

public:
    explicit TimelineScroller(std::function<void(double)> apply, QObject *parent = nullptr);

    // From \a from to \a to; \a instant jumps. A move already under way to
    // within half a pixel of \a to goes on undisturbed.
    void scroll(double from, double to, bool instant);
    bool isRunning() const;
    // Where the running move ends.
    double target() const;
    // Jumps to the end of a running move.
    void finish();
    // Stops where it is, as a hand on the content does.
    void stop();

private:
    std::function<void(double)> m_apply;
    QVariantAnimation *m_animation;
};
