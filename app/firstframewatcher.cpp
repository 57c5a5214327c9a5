#include "firstframewatcher.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

FirstFrameWatcher::FirstFrameWatcher(QWidget *widget)
    : QObject(widget)
{
    widget->installEventFilter(this);
}

bool FirstFrameWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_seen) {
        m_seen = true;
        watched->removeEventFilter(this);
        // The paint event is still being delivered: signal once it has finished
        // and the frame has reached the window.
        QTimer::singleShot(0, this, &FirstFrameWatcher::firstFramePainted);
    }
    return QObject::eventFilter(watched, event);
}
