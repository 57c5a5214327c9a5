#pragma once

#include "kioskconfig.h"
#include "views/common/linkopener.h"

#include <QObject>
#include <QPoint>
#include <QPointer>
#include <QTimer>

class AttractLoop;
class CountdownOverlay;
class Language;
class PinOverlay;
class ShowcaseView;
class UnixSignalWatcher;
class QKeyEvent;

// Runs kiosk mode around a window: drives the attract loop, locks the window
// down against visitors and looks after a kiosk that runs for days.
//
// An application-wide event filter reports every touch, click, key and
// movement to the loop, hides the cursor after a few seconds without motion,
// swallows what would close or leave the window (close, Alt+F4, Esc, Ctrl+Q,
// Ctrl+W, F11, context menus), turns dialogs away (errors go to the log) and
// opens no browser, whatever asks it to (LinkOpener).
// Operators leave with Ctrl+Alt+Shift+Q and the PIN, or with SIGTERM/SIGINT;
// Ctrl+Alt+Shift+S saves a snapshot of the window.
class KioskController : public QObject
{
    Q_OBJECT

public:
    static constexpr int CursorHideDelay = 3000;

    // \a window is the kiosk's top-level window, \a views the views it shows
    // (the loop takes those named in the config, in its order), \a language
    // switches on reset and rotation (may be null).
    KioskController(const KioskConfig &config, QWidget *window, const QList<ShowcaseView *> &views,
                    Language *language, QObject *parent = nullptr);
    ~KioskController() override;

    const KioskConfig &config() const { return m_config; }
    AttractLoop *loop() const { return m_loop; }
    CountdownOverlay *countdownOverlay() const { return m_countdown; }
    PinOverlay *pinOverlay() const { return m_pin; }
    QWidget *window() const { return m_window; }

    // Installs the event filter, starts the loop and the timers, writes the
    // first heartbeat.
    void start();
    bool isStarted() const { return m_started; }

    // Opens the operator's PIN panel (what the exit chord does); without a
    // configured PIN it only logs that the exit is off.
    void openOperatorExit();
    // Checks \a pin: right quits with exit code 0, wrong is logged and refused.
    bool submitPin(const QString &pin);

    // Writes the heartbeat file now; false with \a error set when it failed.
    bool writeHeartbeat(QString *error = nullptr);
    // Saves a picture of the window to \a path, atomically.
    bool saveSnapshot(const QString &path, QString *error = nullptr);
    // The periodic snapshot file (replaced each time) and an operator's
    // snapshot (one file per press, named by time).
    QString periodicSnapshotPath() const;
    QString operatorSnapshotPath() const;
    // Moves the window's contents to the next pixel-shift position.
    void shiftPixels();
    QPoint pixelShiftOffset() const { return m_shiftOffset; }

    // For tests: shorter cursor hiding, countdown seconds, ...
    void setCursorHideDelay(int milliseconds) { m_cursorTimer.setInterval(milliseconds); }
    bool isCursorHidden() const { return m_cursorHidden; }
    bool isExiting() const { return m_exiting; }
    int rejectedDialogs() const { return m_rejectedDialogs; }
    int refusedLinks() const { return m_refusedLinks; }
    int wrongPins() const { return m_wrongPins; }
    // After this many wrong PINs in a row the keypad locks for the lockout time,
    // which doubles with each further lockout up to 15 minutes.
    static constexpr int WrongPinsBeforeLockout = 5;
    void setPinLockout(int seconds) { m_pinLockout = seconds; }

Q_SIGNALS:
    // The kiosk should end with \a code: the operator entered the PIN, or a
    // SIGTERM/SIGINT arrived. main() ends the event loop with it.
    void exitRequested(int code);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class KeyAction { None, Block, OperatorExit, Snapshot };
    KeyAction keyAction(const QKeyEvent *event) const;
    void requestExit(const QString &reason);
    void showCursor();
    void hideCursor();
    void writePeriodicSnapshot();
    void rejectDialog(QWidget *dialog);
    void takeOperatorSnapshot();

    KioskConfig m_config;
    QPointer<QWidget> m_window;
    QList<ShowcaseView *> m_views;
    Language *m_language;
    AttractLoop *m_loop;
    CountdownOverlay *m_countdown;
    PinOverlay *m_pin;
    UnixSignalWatcher *m_signals = nullptr;
    QTimer m_cursorTimer;
    QTimer m_heartbeatTimer;
    QTimer m_snapshotTimer;
    QTimer m_shiftTimer;
    QString m_lastHeartbeatError;
    QPoint m_shiftOffset;
    int m_shiftStep = 0;
    int m_rejectedDialogs = 0;
    int m_refusedLinks = 0;
    LinkOpener::Handler m_previousLinkHandler;
    int m_wrongPins = 0;
    int m_pinLockout = 60;
    bool m_started = false;
    bool m_exiting = false;
    bool m_cursorHidden = false;
};
