#pragma once

#include <QList>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include "views/showcaseview.h"

// The kiosk's self-running tour: shows each view in turn for its view dwell
// and, inside it, steps through its items every item dwell. Any input pauses
// it; after the idle timeout a countdown runs, then every view is reset, the
// language goes back to the first one and the tour starts again.
//
//   Running --input--> Paused --idle timeout--> CountingDown --0--> reset, Running
//                        ^                           |
//                        +---------- input ----------+
//
// Time is counted in item steps: a view is left after the step whose total
// reaches its view dwell. An item dwell of 0 counts as 1 ms, so benchmarks can
// run the tour as fast as the event loop turns.
class AttractLoop : public QObject
{
    Q_OBJECT

public:
    enum class State { Stopped, Running, Paused, CountingDown };
    Q_ENUM(State)

    struct Entry
    {
        ShowcaseView *view = nullptr;
        int viewDwellMs = 45000;
        int itemDwellMs = 8000;
    };

    explicit AttractLoop(QObject *parent = nullptr);

    // The views of the tour, in order.
    void setEntries(const QList<Entry> &entries);
    QList<Entry> entries() const { return m_entries; }
    // Languages shown in turn, one loop each; a reset returns to the first.
    // One language: no rotation, but a reset still returns to it.
    void setLanguages(const QStringList &languages) { m_languages = languages; }
    QStringList languages() const { return m_languages; }
    void setIdleTimeout(int milliseconds) { m_idleTimer.setInterval(milliseconds); }
    int idleTimeout() const { return m_idleTimer.interval(); }
    void setCountdownSeconds(int seconds) { m_countdownSeconds = seconds; }
    int countdownSeconds() const { return m_countdownSeconds; }
    // How long one second of the countdown lasts: 1000 but in tests.
    void setSecondLength(int milliseconds) { m_tickTimer.setInterval(milliseconds); }

    State state() const { return m_state; }
    // Loops completed since start() (resets do not count).
    int loopCount() const { return m_loopCount; }
    int currentIndex() const { return m_index; }
    ShowcaseView *currentView() const;
    int secondsLeft() const { return m_secondsLeft; }
    // What is armed to happen next: the next item step, the idle timeout, the
    // next second of the countdown. Tests read them to see that a paused or
    // stopped tour will do nothing, without waiting for it.
    bool isStepPending() const { return m_stepTimer.isActive(); }
    bool isIdlePending() const { return m_idleTimer.isActive(); }
    bool isCountdownPending() const { return m_tickTimer.isActive(); }

public Q_SLOTS:
    // Starts the tour on its first view.
    void start();
    void stop();
    // A visitor touched, clicked, typed or moved: pause, and count down again
    // from the idle timeout.
    void notifyInput();
    // One item step, what the dwell timer does: the next item, or the next
    // view when this one's dwell is used up. Does nothing unless running.
    void step();
    // The end of the countdown: reset every view and the language, resume.
    void resetAndResume();

Q_SIGNALS:
    void stateChanged(AttractLoop::State state);
    // The tour moved to \a view: the window shows it.
    void viewRequested(ShowcaseView *view);
    void itemAdvanced(ShowcaseView *view);
    // Emitted when the tour wraps around to its first view.
    void loopCompleted(int count);
    void languageRequested(const QString &code);
    // The countdown shows \a secondsLeft (from the configured seconds down to 1).
    void countdown(int secondsLeft);
    // Input during the countdown: the visitor stays.
    void countdownCanceled();
    void resetDone();

private:
    void setState(State state);
    void enterView(int index);
    void armStep();
    void beginCountdown();
    void tick();

    QList<Entry> m_entries;
    QStringList m_languages;
    QTimer m_stepTimer;
    QTimer m_idleTimer;
    QTimer m_tickTimer;
    State m_state = State::Stopped;
    int m_index = 0;
    int m_elapsedMs = 0;
    int m_loopCount = 0;
    int m_languageIndex = 0;
    int m_countdownSeconds = 10;
    int m_secondsLeft = 0;
};
