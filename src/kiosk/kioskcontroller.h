#pragma once

#include "content/contentwatcher.h"
#include "countdownoverlay.h"
#include "kioskconfig.h"
#include "pinlockout.h"
#include "pinoverlay.h"
#include "views/common/linkopener.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEvent>
#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QPoint>
#include <QPointer>
#include <QTimer>

#include <functional>

class AttractLoop;
class Language;
class ShowcaseView;
class SnapshotWriter;
class UnixSignalWatcher;
class WindowKeeper;
class QKeyEvent;

// Runs kiosk mode around a window: drives the attract loop, locks the window
// down against visitors and looks after a kiosk that runs for days.
//
// An application-wide event filter reports every touch, click, key and
// movement to the loop, hides the cursor after a few seconds without motion,
// swallows what would close or leave the window (close, Alt+F4, Esc, Ctrl+Q,
// Ctrl+W, F11, context menus) and what would open a window over it (tool
// tips), keeps the clipboard out of reach (copy, cut,
// paste, middle-click paste, text selections that X11 would publish) and
// drag and drop off, and turns dialogs away (errors go to the log). A
// WindowKeeper keeps the window full screen, raised and active on its screen.
// It opens no browser, whatever asks it to (LinkOpener).
//
// Operators leave with Ctrl+Alt+Shift+Q and the PIN, or with SIGTERM/SIGINT;
// SIGHUP reloads the settings and the content folder (when a ContentWatcher
// is set); Ctrl+Alt+Shift+S saves a snapshot of the
// window (one per 10 s at most, the folder keeping the newest files only).
class KioskController : public QObject
{
    Q_OBJECT

public:
    static constexpr int CursorHideDelay = 3000;
    // How long after a start or a reset the state is logged (spark.kiosk.state).
    static constexpr int StateSettleDelay = 1500;
    static constexpr int WrongPinsBeforeLockout = PinLockout::WrongPinsBeforeLockout;

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
    WindowKeeper *windowKeeper() const { return m_keeper; }
    SnapshotWriter *snapshots() const { return m_snapshots; }
    PinLockout &lockout() { return m_lockout; }

    // Whether start() keeps the window full screen and active (default on;
    // tests of other parts turn it off).
    void setKeepWindow(bool keep) { m_keepWindow = keep; }

    // What SIGHUP reads: the settings file and the command line again.
    using Loader = std::function<KioskConfig::Loaded()>;
    void setLoader(Loader loader) { m_loader = std::move(loader); }

    // The content folder the kiosk follows (--content): SIGHUP reads it
    // again. Not owned.
    void setContentWatcher(ContentWatcher *watcher) { m_contentWatcher = watcher; }
    ContentWatcher *contentWatcher() const { return m_contentWatcher; }

    // Installs the event filter, restores the PIN lockout, shows the window
    // where it belongs, starts the loop and the timers.
    void start();
    bool isStarted() const { return m_started; }

    // Takes new settings while running (what SIGHUP does with the loader's):
    // the tour starts again with them, timers, paths, screen, look and PIN
    // follow. Wrong PINs and a running lockout stay.
    void applyConfig(const KioskConfig &config);
    // Reads the settings again with the loader, logs their problems and
    // applies them; reads the content folder again.
    void reload();

    // Opens the operator's PIN panel (what the exit chord does); without a
    // configured PIN it only logs that the exit is off.
    void openOperatorExit();
    // Checks \a pin on a worker thread (a PBKDF2 hash takes a moment) and
    // emits pinChecked(); the right PIN quits with exit code 0. An empty PIN
    // is no try, and nothing is checked while the keypad is locked.
    void submitPin(const QString &pin);
    bool isCheckingPin() const { return m_pinCheck.isRunning(); }

    // What the metrics count since start() (KioskSession reports them).
    const QList<ShowcaseView *> &views() const { return m_views; }
    QDateTime startTime() const { return m_startTime; }
    int idleResets() const { return m_idleResets; }
    int visitorSessions() const { return m_visitorSessions; }
    int wrongPinsTotal() const { return m_wrongPinsTotal; }
    int lockouts() const { return m_lockouts; }
    int viewTouches(const QString &view) const { return m_viewTouches.value(view); }
    double viewSeconds(const QString &view);
    // The periodic snapshot file (replaced each time) and an operator's
    // snapshot (one file per press, named by time).
    QString periodicSnapshotPath() const;
    QString operatorSnapshotPath() const;
    QString snapshotFolder() const;
    // Moves the window's contents to the next pixel-shift position.
    void shiftPixels();
    QPoint pixelShiftOffset() const { return m_shiftOffset; }

    // For tests: shorter cursor hiding, countdown seconds, ...
    void setCursorHideDelay(int milliseconds) { m_cursorTimer.setInterval(milliseconds); }
    bool isCursorHidden() const { return m_cursorHidden; }
    bool isExiting() const { return m_exiting; }
    int rejectedDialogs() const { return m_rejectedDialogs; }
    int wrongPins() const { return m_lockout.wrongPins(); }
    int blockedClipboardKeys() const { return m_blockedClipboard; }
    void setPinLockout(int seconds) { m_lockout.setFirstLockout(seconds); }
    int refusedLinks() const { return m_refusedLinks; }

Q_SIGNALS:
    // The kiosk should end with \a code: the operator entered the PIN, or a
    // SIGTERM/SIGINT arrived. main() ends the event loop with it.
    void exitRequested(int code);
    // A PIN was checked: \a accepted when it was the right one.
    void pinChecked(bool accepted);
    // SIGHUP arrived and the settings were read again (also what a content
    // reload can follow).
    void reloaded();
    // New settings were taken (applyConfig()), before the tour restarts.
    void configApplied();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class KeyAction { None, Block, Clipboard, OperatorExit, Snapshot, CancelPin };
    KeyAction keyAction(const QKeyEvent *event) const;
    void setUpLoop();
    void applyTimers();
    void applyAppearance();
    void finishPinCheck();
    void requestExit(const QString &reason);
    void resetVisitorState();
    void logState(const QString &when);
    void guardLineEdit(QWidget *widget);
    void dropSelection();
    void showCursor();
    void hideCursor();
    void writePeriodicSnapshot();
    void rejectDialog(QWidget *dialog);
    void takeOperatorSnapshot();
    void countInput(QObject *watched, QEvent::Type type);
    void accountViewTime(ShowcaseView *shown);
    ShowcaseView *shownView() const;

    KioskConfig m_config;
    QPointer<QWidget> m_window;
    QList<ShowcaseView *> m_views;
    Language *m_language;
    QPointer<ContentWatcher> m_contentWatcher;
    AttractLoop *m_loop;
    QPointer<CountdownOverlay> m_countdown;
    QPointer<PinOverlay> m_pin;
    WindowKeeper *m_keeper;
    SnapshotWriter *m_snapshots;
    UnixSignalWatcher *m_signals = nullptr;
    PinLockout m_lockout;
    QFutureWatcher<bool> m_pinCheck;
    Loader m_loader;
    QTimer m_cursorTimer;
    QTimer m_snapshotTimer;
    QTimer m_shiftTimer;
    QDateTime m_startTime;
    int m_idleResets = 0;
    int m_visitorSessions = 0;
    int m_wrongPinsTotal = 0;
    int m_lockouts = 0;
    bool m_configReset = false;
    bool m_sessionOpen = false;
    QHash<QString, int> m_viewTouches;
    QHash<QString, qint64> m_viewMilliseconds;
    QPointer<ShowcaseView> m_shownView;
    QElapsedTimer m_shownTimer;
    QPoint m_shiftOffset;
    int m_shiftStep = 0;
    int m_rejectedDialogs = 0;
    int m_blockedClipboard = 0;
    int m_refusedLinks = 0;
    LinkOpener::Handler m_previousLinkHandler;
    bool m_started = false;
    bool m_exiting = false;
    bool m_cursorHidden = false;
    bool m_keepWindow = true;
};
