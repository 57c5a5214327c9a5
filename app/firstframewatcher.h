#pragma once

#include <QObject>

class QWidget;

// Ends the event loop with status 0 right after a widget has painted for the
// first time: --quit-after-first-frame, for start-up benchmarks and smoke tests.
class FirstFrameWatcher : public QObject
{
    Q_OBJECT

public:
    explicit FirstFrameWatcher(QWidget *widget);

    bool hasSeenFrame() const { return m_seen; }

Q_SIGNALS:
    void firstFramePainted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_seen = false;
};
