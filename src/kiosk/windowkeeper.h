#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

class QScreen;
class QWidget;

// Keeps the kiosk window where it belongs: full screen, raised and active on
// its screen. Whatever moves it away (minimised by the window manager or
// xdotool, resized, moved, taken out of full screen, hidden, or deactivated
// behind another window) is undone within a second, with a log line naming
// what changed.
//
// The screen is chosen by index (--screen N, [screen] index) and then followed
// by name: when it is unplugged the window goes to the primary screen, and
// when a screen of that name comes back the window returns to it. Each move is
// logged.
class WindowKeeper : public QObject
{
    Q_OBJECT

public:
    // How often the window is checked even without an event that says it
    // changed (stacking changes send none), and how long a burst of events is
    // let settle before the window is put back.
    static constexpr int CheckInterval = 500;
    static constexpr int SettleDelay = 100;

    explicit WindowKeeper(QWidget *window, QObject *parent = nullptr);
    ~WindowKeeper() override;

    // The screen to fill, counted from 0 in QGuiApplication::screens().
    void setScreenIndex(int index);
    int screenIndex() const { return m_index; }
    // The screen the window should be on now: the chosen one when it is
    // there, else the primary screen.
    QScreen *targetScreen() const;

    // Shows the window full screen on its screen and starts watching.
    void start();
    // Stops watching, for the way out of kiosk mode.
    void stop();
    bool isWatching() const { return m_watching; }

    // Why the window needs putting back now, such as "minimised" or "not
    // active"; empty when it is where it belongs.
    QStringList problems() const;
    // Puts the window back now: screen, geometry, full screen, raised, active.
    void restore();

    int restoreCount() const { return m_restores; }

Q_SIGNALS:
    // The window was put back; \a reasons say what had changed.
    void restored(const QStringList &reasons);
    // The window moved to \a screen because its screen went or came back.
    void screenChanged(QScreen *screen);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void scheduleCheck();
    void check();
    void screensChanged();
    QScreen *chosenScreen() const;
    static QString describe(const QScreen *screen);

    QPointer<QWidget> m_window;
    int m_index = 0;
    QString m_screenName; // the chosen screen's name, once it has been seen
    QPointer<QScreen> m_current;
    QTimer m_settle;
    QTimer m_poll;
    QStringList m_lastReasons;
    int m_restores = 0;
    int m_sameAgain = 0; // checks in a row that found the same problems
    bool m_watching = false;
    bool m_restoring = false;
};
