#pragma once

#include "kioskconfig.h"
#include "kioskcontroller.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class ContentWatcher;
class Language;
class ShowcaseView;

// A kiosk around one window, from start to exit: the KioskController (the
// lockdown, the attract loop and its countdown, the window keeper, the
// operator's PIN, snapshots and pixel shift), the settings it reads again on
// SIGHUP, the content folder it follows, the view the loop asks for, and what
// it tells the world while it runs: the heartbeat file a watchdog reads and
// the Prometheus file a fleet is watched through, both rewritten every
// heartbeat interval, at once after each content reload.
class KioskSession : public QObject
{
    Q_OBJECT

public:
    // Shows \a view in the window: the loop's next stop.
    using ViewShower = std::function<void(ShowcaseView *view)>;

    // See KioskController for \a window, \a views and \a language.
    KioskSession(const KioskConfig &config, QWidget *window, const QList<ShowcaseView *> &views,
                 Language *language, QObject *parent = nullptr);
    ~KioskSession() override;

    KioskController *controller() const { return m_controller; }
    const KioskConfig &config() const { return m_controller->config(); }

    // What SIGHUP reads: the settings file and the command line again.
    void setLoader(KioskController::Loader loader);
    // The content folder the kiosk follows (--content); not owned.
    void setContentWatcher(ContentWatcher *watcher);
    // How the window shows the view the loop asks for; without one the loop
    // only selects items in the view shown.
    void setViewShower(ViewShower shower) { m_showView = std::move(shower); }

    // Starts the controller, then writes the first heartbeat and metrics and
    // keeps writing them.
    void start();

    // Writes the heartbeat file now; false with \a error set when it failed.
    bool writeHeartbeat(QString *error = nullptr);
    // Writes [heartbeat] prometheusFile now; false with \a error set when it
    // failed.
    bool writeMetrics(QString *error = nullptr);
    // The kiosk's figures in Prometheus' text format, as writeMetrics()
    // writes them. Anonymous: counts and times, nothing about a person.
    QByteArray metricsText();
    // Whether the heartbeat and metrics are being rewritten, and how often
    // (milliseconds).
    bool isReporting() const { return m_heartbeatTimer.isActive(); }
    int reportInterval() const { return m_heartbeatTimer.interval(); }

Q_SIGNALS:
    // The kiosk should end with \a code: the operator entered the PIN, or a
    // SIGTERM/SIGINT arrived. main() ends the event loop with it.
    void exitRequested(int code);

private:
    void applyStatusTimer();
    void writeStatus();

    KioskController *m_controller;
    QPointer<ContentWatcher> m_contentWatcher;
    ViewShower m_showView;
    QTimer m_heartbeatTimer;
    QString m_lastHeartbeatError;
    QString m_lastMetricsError;
};
