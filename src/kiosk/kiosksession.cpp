#include "kiosksession.h"

#include "attractloop.h"
#include "content/contentwatcher.h"
#include "core/logging.h"
#include "pathtrust.h"
#include "prometheustext.h"
#include "views/showcaseview.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>
#include <QMetaEnum>

using namespace Qt::StringLiterals;

namespace {

// Logs how a write of a status file to \a path went, \a problem being empty
// when it succeeded, and returns whether it did. A failure is said once
// (\a failed), not every interval, until the problem changes or a write
// succeeds again (\a recovered); \a lastProblem keeps the one said.
bool reportWrite(const QString &problem, const QString &path, const char *failed,
                 const char *recovered, QString *lastProblem, QString *error)
{
    if (!problem.isEmpty()) {
        if (problem != *lastProblem)
            qCWarning(lcKiosk).noquote() << failed << path << ":" << problem;
        *lastProblem = problem;
        if (error)
            *error = problem;
        return false;
    }
    if (!lastProblem->isEmpty())
        qCInfo(lcKiosk) << recovered << path;
    lastProblem->clear();
    return true;
}

} // namespace

KioskSession::KioskSession(const KioskConfig &config, QWidget *window,
                           const QList<ShowcaseView *> &views, Language *language, QObject *parent)
    : QObject(parent)
    , m_controller(new KioskController(config, window, views, language, this))
{
    connect(m_controller->loop(), &AttractLoop::viewRequested, this, [this](ShowcaseView *view) {
        if (m_showView)
            m_showView(view);
    });
    connect(m_controller, &KioskController::exitRequested, this, [this](int code) {
        m_heartbeatTimer.stop();
        Q_EMIT exitRequested(code);
    });
    // New settings may move the files or change the interval.
    connect(m_controller, &KioskController::configApplied, this, &KioskSession::applyStatusTimer);
    connect(&m_heartbeatTimer, &QTimer::timeout, this, &KioskSession::writeStatus);
    m_heartbeatTimer.setInterval(config.heartbeatInterval * 1000);
}

KioskSession::~KioskSession() = default;

void KioskSession::setLoader(KioskController::Loader loader)
{
    m_controller->setLoader(std::move(loader));
}

void KioskSession::setContentWatcher(ContentWatcher *watcher)
{
    if (m_contentWatcher)
        disconnect(m_contentWatcher, nullptr, this, nullptr);
    m_contentWatcher = watcher;
    m_controller->setContentWatcher(watcher);
    if (!watcher)
        return;
    // Each reload, good or bad, is in the heartbeat at once.
    connect(watcher, &ContentWatcher::reloaded, this, [this] {
        if (m_controller->isStarted() && !m_controller->isExiting())
            writeStatus();
    });
}

void KioskSession::start()
{
    if (m_controller->isStarted())
        return;
    m_controller->start();
    applyStatusTimer();
}

void KioskSession::applyStatusTimer()
{
    m_heartbeatTimer.setInterval(config().heartbeatInterval * 1000);
    if (!m_controller->isStarted() || m_controller->isExiting())
        return;
    if (config().heartbeatFile.isEmpty() && config().prometheusFile.isEmpty()) {
        m_heartbeatTimer.stop();
    } else {
        writeStatus();
        m_heartbeatTimer.start();
    }
}

void KioskSession::writeStatus()
{
    if (!config().heartbeatFile.isEmpty())
        writeHeartbeat();
    if (!config().prometheusFile.isEmpty())
        writeMetrics();
}

QByteArray KioskSession::metricsText()
{
    const KioskController &kiosk = *m_controller;
    AttractLoop *loop = kiosk.loop();
    const QDateTime startTime = kiosk.startTime();
    PrometheusText text;
    text.metric(u"spark_showcase_up"_s, PrometheusText::Gauge,
                u"1 while the kiosk runs; the file is rewritten every heartbeat interval."_s, 1);
    text.metric(u"spark_showcase_start_time_seconds"_s, PrometheusText::Gauge,
                u"When the kiosk started, in seconds since the Unix epoch."_s,
                startTime.isValid() ? double(startTime.toMSecsSinceEpoch()) / 1000.0 : 0);
    text.metric(u"spark_showcase_heartbeat_timestamp_seconds"_s, PrometheusText::Gauge,
                u"When this file was written, in seconds since the Unix epoch."_s,
                double(QDateTime::currentMSecsSinceEpoch()) / 1000.0);
    text.metric(u"spark_showcase_loops_completed_total"_s, PrometheusText::Counter,
                u"Attract loops completed: tours of every view."_s, loop->loopCount());

    // One of touring, paused (a visitor is there), countdown ("Touch to
    // stay") or locked (the operator keypad after wrong PINs) is 1.
    QString state;
    if (m_controller->lockout().isLocked()) {
        state = u"locked"_s;
    } else {
        switch (loop->state()) {
        case AttractLoop::State::Running:
            state = u"touring"_s;
            break;
        case AttractLoop::State::Paused:
            state = u"paused"_s;
            break;
        case AttractLoop::State::CountingDown:
            state = u"countdown"_s;
            break;
        case AttractLoop::State::Stopped:
            break;
        }
    }
    text.family(u"spark_showcase_state"_s, PrometheusText::Gauge,
                u"The kiosk's state: 1 for the current one."_s);
    for (const QString &name : {u"touring"_s, u"paused"_s, u"countdown"_s, u"locked"_s})
        text.sample(name == state ? 1 : 0, {{u"state"_s, name}});

    text.metric(u"spark_showcase_idle_resets_total"_s, PrometheusText::Counter,
                u"Resets after a visitor left: the countdown ran out."_s, kiosk.idleResets());
    text.metric(u"spark_showcase_visitor_sessions_total"_s, PrometheusText::Counter,
                u"Visitor sessions: touches or clicks that stopped the tour."_s,
                kiosk.visitorSessions());
    text.metric(u"spark_showcase_wrong_pins_total"_s, PrometheusText::Counter,
                u"Wrong operator PINs entered."_s, kiosk.wrongPinsTotal());
    text.metric(u"spark_showcase_pin_lockouts_total"_s, PrometheusText::Counter,
                u"Times the operator keypad locked after wrong PINs."_s, kiosk.lockouts());

    text.family(u"spark_showcase_view_seconds_total"_s, PrometheusText::Counter,
                u"Seconds each view was on screen."_s);
    for (ShowcaseView *view : kiosk.views())
        text.sample(m_controller->viewSeconds(view->name()), {{u"view"_s, view->name()}});
    text.family(u"spark_showcase_view_touches_total"_s, PrometheusText::Counter,
                u"Touches and clicks on each view."_s);
    for (ShowcaseView *view : kiosk.views())
        text.sample(kiosk.viewTouches(view->name()), {{u"view"_s, view->name()}});

    if (m_contentWatcher) {
        const ContentWatcher::Status &content = m_contentWatcher->status();
        text.family(u"spark_showcase_content_revision_info"_s, PrometheusText::Gauge,
                    u"The content on screen: a hash over the four content files in use."_s);
        text.sample(1, {{u"revision"_s, content.revision}});
        text.metric(u"spark_showcase_content_reload_ok"_s, PrometheusText::Gauge,
                    u"1 when every file of the content folder was valid at the last reload."_s,
                    content.ok ? 1 : 0);
        text.metric(u"spark_showcase_content_last_reload_timestamp_seconds"_s,
                    PrometheusText::Gauge,
                    u"When the content folder was last read, in seconds since the Unix epoch."_s,
                    double(content.lastAttempt.toMSecsSinceEpoch()) / 1000.0);
        text.family(u"spark_showcase_content_reloads_total"_s, PrometheusText::Counter,
                    u"Reads of the content folder, by result."_s);
        text.sample(content.attempts - content.failures, {{u"result"_s, u"ok"_s}});
        text.sample(content.failures, {{u"result"_s, u"failed"_s}});
    }
    return text.toUtf8();
}

bool KioskSession::writeMetrics(QString *error)
{
    const QString path = config().prometheusFile;
    const QString problem = path.isEmpty() ? u"no Prometheus file configured"_s
                                           : PathTrust::writeFile(path, metricsText(), 0644);
    return reportWrite(problem, path, "Cannot write the Prometheus file",
                       "Prometheus file written again to", &m_lastMetricsError, error);
}

bool KioskSession::writeHeartbeat(QString *error)
{
    const QString path = config().heartbeatFile;
    QString problem;
    if (path.isEmpty()) {
        problem = u"no heartbeat file configured"_s;
    } else {
        const AttractLoop *loop = m_controller->loop();
        const QString state = QString::fromLatin1(
                QMetaEnum::fromType<AttractLoop::State>().valueToKey(int(loop->state())));
        QString text = u"timestamp=%1\nloops=%2\nstate=%3\npid=%4\n"_s.arg(
                QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                QString::number(loop->loopCount()), state.toLower(),
                QString::number(QCoreApplication::applicationPid()));
        if (m_contentWatcher) {
            // The content folder's last reload: which content is shown, when the
            // folder was last read and whether every file in it was good.
            const ContentWatcher::Status &content = m_contentWatcher->status();
            text += u"content_revision=%1\ncontent_reload_time=%2\ncontent_reload=%3\n"_s.arg(
                    content.revision, content.lastAttempt.toString(Qt::ISODateWithMs),
                    content.ok ? u"ok"_s : u"failed"_s);
        }
        problem = PathTrust::writeFile(path, text.toUtf8(), 0644);
    }
    return reportWrite(problem, path, "Cannot write the heartbeat", "Heartbeat written again to",
                       &m_lastHeartbeatError, error);
}
