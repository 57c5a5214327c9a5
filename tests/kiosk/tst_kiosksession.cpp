#include "kiosk/kiosksession.h"

#include "content/contentwatcher.h"
#include "fakeview.h"
#include "kiosk/attractloop.h"
#include "views/theme.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMainWindow>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

#include <csignal>
#include <sys/stat.h>

using namespace Qt::StringLiterals;
using KioskTest::FakeView;
using KioskTest::testPin;

class TestKioskSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheViewsTheLoopAsksFor();
    void exitStopsTheHeartbeat();
    void newSettingsMoveTheHeartbeat();
    void heartbeatFileContent();
    void heartbeatFailureIsReported();
    void heartbeatRefusesAnOpenFolder();
    void heartbeatReportsContentReloads();
    void metricsPassPromtool();
    void metricsMoveAsTheKioskRuns();
    void metricsFailureIsReported();
    void failuresAreSaidOnceUntilTheWritesRecover();

private:
    KioskSession *make(const KioskConfig &config = KioskConfig());

    QTemporaryDir m_dir;
    QMainWindow *m_window = nullptr;
    QList<FakeView *> m_views;
    KioskSession *m_session = nullptr;
    KioskController *m_controller = nullptr;
};

void TestKioskSession::initTestCase()
{
    Appearance::loadFonts();
    Appearance::instance()->setReducedMotion(true);
}

void TestKioskSession::init()
{
    m_window = KioskTest::windowWithViews(&m_views);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestKioskSession::cleanup()
{
    delete m_session;
    m_session = nullptr;
    m_controller = nullptr;
    delete m_window;
    m_window = nullptr;
    m_views.clear();
}

KioskSession *TestKioskSession::make(const KioskConfig &config)
{
    m_session = new KioskSession(KioskTest::testConfig(config, QDir(m_dir.path())), m_window,
                                 KioskTest::showcaseViews(m_views), nullptr);
    m_controller = m_session->controller();
    // The window manager's part has tests of its own.
    m_controller->setKeepWindow(false);
    return m_session;
}

void TestKioskSession::showsTheViewsTheLoopAsksFor()
{
    KioskConfig config;
    config.views = {u"timeline"_s, u"reviews"_s};
    make(config);
    QStringList shown;
    m_session->setViewShower([&shown](ShowcaseView *view) { shown.append(view->name()); });
    m_session->start();
    QCOMPARE(m_controller->loop()->entries().size(), 2);
    QCOMPARE(shown, QStringList{u"timeline"_s});
    // Through the timeline's items, then on to the reviews.
    for (int i = 0; i < KioskConfig::DefaultViewDwell / KioskConfig::DefaultItemDwell + 1; ++i)
        m_controller->loop()->step();
    QCOMPARE(shown, (QStringList{u"timeline"_s, u"reviews"_s}));
}

void TestKioskSession::exitStopsTheHeartbeat()
{
    KioskConfig config;
    config.heartbeatFile = m_dir.filePath(u"exit/heartbeat"_s);
    config.heartbeatInterval = 1;
    make(config)->start();
    QVERIFY(QFile::exists(config.heartbeatFile));
    QVERIFY(m_session->isReporting());
    QCOMPARE(m_session->reportInterval(), 1000);
    QSignalSpy exit(m_session, &KioskSession::exitRequested);
    ::raise(SIGTERM);
    QVERIFY(exit.wait(2000));
    QCOMPARE(exit.size(), 1);
    QCOMPARE(exit.at(0).at(0).toInt(), 0);
    // Nothing rewrites the heartbeat of a kiosk on its way out, so that a
    // watchdog sees it stop.
    QVERIFY(!m_session->isReporting());
}

void TestKioskSession::newSettingsMoveTheHeartbeat()
{
    KioskConfig config;
    config.heartbeatFile = m_dir.filePath(u"old/heartbeat"_s);
    make(config)->start();
    QVERIFY(QFile::exists(config.heartbeatFile));

    // SIGHUP reads settings with another heartbeat file and a Prometheus file.
    KioskConfig reloaded = m_session->config();
    reloaded.heartbeatFile = m_dir.filePath(u"new/heartbeat"_s);
    reloaded.prometheusFile = m_dir.filePath(u"new/kiosk.prom"_s);
    reloaded.heartbeatInterval = 7;
    m_session->setLoader([reloaded] { return KioskConfig::Loaded{reloaded, {}}; });
    QSignalSpy done(m_controller, &KioskController::reloaded);
    QVERIFY(::raise(SIGHUP) == 0);
    QVERIFY(done.wait(2000));
    // Written at once where the new settings say.
    QVERIFY(QFile::exists(reloaded.heartbeatFile));
    QVERIFY(QFile::exists(reloaded.prometheusFile));
    QVERIFY(m_session->isReporting());
    QCOMPARE(m_session->reportInterval(), 7000);

    // Settings without either file: nothing more is written.
    KioskConfig quiet = reloaded;
    quiet.heartbeatFile.clear();
    quiet.prometheusFile.clear();
    m_controller->applyConfig(quiet);
    QVERIFY(!m_session->isReporting());
}

void TestKioskSession::heartbeatFileContent()
{
    KioskConfig config;
    config.heartbeatFile = m_dir.filePath(u"run/heartbeat"_s);
    make(config);
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    m_session->start();
    QFile file(config.heartbeatFile);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.at(0).startsWith(u"timestamp="_s));
    const QDateTime stamp = QDateTime::fromString(lines.at(0).mid(10), Qt::ISODateWithMs);
    QVERIFY2(stamp.isValid(), qPrintable(lines.at(0)));
    QVERIFY(stamp >= before);
    QVERIFY(stamp <= QDateTime::currentDateTimeUtc());
    QCOMPARE(lines.at(1), u"loops=0"_s);
    QCOMPARE(lines.at(2), u"state=running"_s);
    QCOMPARE(lines.at(3), u"pid=%1"_s.arg(QCoreApplication::applicationPid()));

    // Written again with the loop count as it grows.
    AttractLoop *loop = m_controller->loop();
    for (int i = 0; i < 4 * (KioskConfig::DefaultViewDwell / KioskConfig::DefaultItemDwell + 1);
         ++i) {
        loop->step();
    }
    QCOMPARE(loop->loopCount(), 1);
    QVERIFY(m_session->writeHeartbeat());
    file.close();
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(file.readAll()).contains(u"\nloops=1\n"_s));
    // Atomic writes leave no temporary file behind.
    QCOMPARE(QDir(m_dir.filePath(u"run"_s)).entryList(QDir::Files), QStringList{u"heartbeat"_s});
}

void TestKioskSession::heartbeatFailureIsReported()
{
    QFile blocker(m_dir.filePath(u"not-a-folder"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    KioskConfig config;
    config.heartbeatFile = m_dir.filePath(u"not-a-folder/heartbeat"_s);
    make(config);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Cannot write the heartbeat"_s));
    QString error;
    QVERIFY(!m_session->writeHeartbeat(&error));
    QVERIFY2(error.contains(u"not-a-folder"_s), qPrintable(error));
}

void TestKioskSession::heartbeatRefusesAnOpenFolder()
{
    const QString folder = m_dir.filePath(u"open"_s);
    QVERIFY(QDir().mkpath(folder));
    QCOMPARE(::chmod(QFile::encodeName(folder).constData(), 0777), 0);
    KioskConfig config;
    config.heartbeatFile = folder + u"/heartbeat"_s;
    make(config);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Cannot write the heartbeat"_s));
    QString error;
    QVERIFY(!m_session->writeHeartbeat(&error));
    QVERIFY2(error.contains(u"can be written by others"_s), qPrintable(error));
    QVERIFY(!QFile::exists(config.heartbeatFile));
}

namespace {

QStringList heartbeatLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
}

QString heartbeatValue(const QString &path, const QString &key)
{
    for (const QString &line : heartbeatLines(path)) {
        if (line.startsWith(key + u'='))
            return line.mid(key.size() + 1);
    }
    return QString();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

} // namespace

void TestKioskSession::heartbeatReportsContentReloads()
{
    QTemporaryDir content;
    QVERIFY(content.isValid());
    ContentWatcher watcher(content.path());
    watcher.setDebounceInterval(50);
    watcher.start();
    KioskConfig config;
    config.heartbeatFile = m_dir.filePath(u"run/heartbeat-content"_s);
    make(config)->setContentWatcher(&watcher);
    m_session->start();
    const QString path = config.heartbeatFile;
    QCOMPARE(heartbeatLines(path).size(), 7);
    QCOMPARE(heartbeatValue(path, u"content_revision"_s), watcher.status().revision);
    QCOMPARE(heartbeatValue(path, u"content_reload"_s), u"ok"_s);
    QCOMPARE(QDateTime::fromString(heartbeatValue(path, u"content_reload_time"_s),
                                   Qt::ISODateWithMs),
             watcher.status().lastAttempt);
    // The watchdog's line stays the first.
    QVERIFY(heartbeatLines(path).at(0).startsWith(u"timestamp="_s));

    // A bad file: written to the heartbeat at once, with the revision kept.
    const QString revision = watcher.status().revision;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"partners\\.json: "_s));
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(u"the bundled partners\\.json is shown"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"read with 1 problem"_s));
    QVERIFY(writeFile(content.filePath(u"partners.json"_s), "{ \"items\": ["));
    QTRY_COMPARE(heartbeatValue(path, u"content_reload"_s), u"failed"_s);
    QCOMPARE(heartbeatValue(path, u"content_revision"_s), revision);

    // Gone again: the bundled file, reported as good.
    QVERIFY(QFile::remove(content.filePath(u"partners.json"_s)));
    QTRY_COMPARE(heartbeatValue(path, u"content_reload"_s), u"ok"_s);
    QCOMPARE(heartbeatValue(path, u"content_revision"_s), revision);
}

namespace {

// The value of the sample \a series ("name" or "name{label=\"value\"}") in
// Prometheus text, or NaN when the file has no such sample.
double sessionMetric(const QByteArray &text, const QString &series)
{
    for (const QString &line : QString::fromUtf8(text).split(u'\n')) {
        if (line.startsWith(series + u' '))
            return line.mid(series.size() + 1).toDouble();
    }
    return qQNaN();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Runs Prometheus' own checker on \a path; its complaints, or an empty string.
QString promtoolCheckFile(const QString &path, bool *ran)
{
    QProcess promtool;
    promtool.setStandardInputFile(path);
    promtool.start(u"promtool"_s, {u"check"_s, u"metrics"_s});
    *ran = promtool.waitForFinished(30000) && promtool.exitStatus() == QProcess::NormalExit;
    const QString output =
            QString::fromUtf8(promtool.readAllStandardOutput() + promtool.readAllStandardError());
    if (!*ran)
        return u"promtool did not run: "_s + promtool.errorString();
    return promtool.exitCode() == 0 ? QString() : output;
}

} // namespace

void TestKioskSession::metricsPassPromtool()
{
    QTemporaryDir content;
    ContentWatcher watcher(content.path());
    watcher.start();
    KioskConfig config;
    config.prometheusFile = m_dir.filePath(u"textfile/spark-showcase.prom"_s);
    make(config)->setContentWatcher(&watcher);
    m_session->start();
    // Written at start, with the heartbeat's timer, without a heartbeat file.
    QVERIFY(QFile::exists(config.prometheusFile));
    bool ran = false;
    const QString problems = promtoolCheckFile(config.prometheusFile, &ran);
    QVERIFY2(ran, qPrintable(problems));
    QVERIFY2(problems.isEmpty(), qPrintable(problems));

    const QByteArray text = readFile(config.prometheusFile);
    QCOMPARE(sessionMetric(text, u"spark_showcase_up"_s), 1.0);
    QCOMPARE(sessionMetric(text, u"spark_showcase_state{state=\"touring\"}"_s), 1.0);
    QCOMPARE(sessionMetric(text, u"spark_showcase_state{state=\"paused\"}"_s), 0.0);
    QCOMPARE(sessionMetric(text, u"spark_showcase_state{state=\"countdown\"}"_s), 0.0);
    QCOMPARE(sessionMetric(text, u"spark_showcase_state{state=\"locked\"}"_s), 0.0);
    QCOMPARE(sessionMetric(text, u"spark_showcase_loops_completed_total"_s), 0.0);
    QCOMPARE(sessionMetric(text, u"spark_showcase_content_reload_ok"_s), 1.0);
    QCOMPARE(sessionMetric(text, u"spark_showcase_content_revision_info{revision=\"%1\"}"_s.arg(
                                         watcher.status().revision)),
             1.0);
    const double now = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
    QVERIFY(qAbs(sessionMetric(text, u"spark_showcase_start_time_seconds"_s) - now) < 60);
    QVERIFY(qAbs(sessionMetric(text, u"spark_showcase_heartbeat_timestamp_seconds"_s) - now) < 60);
    for (const QString &view : {u"hardware"_s, u"timeline"_s, u"partners"_s, u"reviews"_s}) {
        QCOMPARE(sessionMetric(text, u"spark_showcase_view_touches_total{view=\"%1\"}"_s.arg(view)),
                 0.0);
        QVERIFY(sessionMetric(text,
                              u"spark_showcase_view_seconds_total{view=\"%1\"}"_s.arg(view)) >= 0);
    }
    // Every family has its HELP and TYPE, counters end in _total.
    for (const QString &line : QString::fromUtf8(text).split(u'\n')) {
        if (line.startsWith(u"# TYPE "_s) && line.endsWith(u" counter"_s))
            QVERIFY2(line.section(u' ', 2, 2).endsWith(u"_total"_s), qPrintable(line));
    }
    // Atomic: no temporary file left beside it.
    QCOMPARE(QDir(m_dir.filePath(u"textfile"_s)).entryList(QDir::Files),
             QStringList{u"spark-showcase.prom"_s});
}

void TestKioskSession::metricsMoveAsTheKioskRuns()
{
    KioskConfig config;
    config.prometheusFile = m_dir.filePath(u"textfile/moving.prom"_s);
    config.pin = testPin(u"2580"_s);
    make(config);
    // One view on screen at a time, as in the window's tabs.
    for (FakeView *view : std::as_const(m_views))
        view->setVisible(view->name() == u"hardware"_s);
    m_session->start();
    AttractLoop *loop = m_controller->loop();

    // A loop of the tour.
    for (int i = 0; i < 4 * (KioskConfig::DefaultViewDwell / KioskConfig::DefaultItemDwell + 1);
         ++i) {
        loop->step();
    }
    // A visitor touches the hardware view twice, then moves to partners and
    // touches it once: one session.
    QTest::qWait(20);
    QTest::mouseClick(m_window->windowHandle(), Qt::LeftButton, {}, QPoint(100, 100));
    QCOMPARE(loop->state(), AttractLoop::State::Paused);
    QTest::mouseClick(m_window->windowHandle(), Qt::LeftButton, {}, QPoint(120, 100));
    m_views.at(0)->hide();
    m_views.at(2)->show();
    QTest::qWait(20);
    QTest::mouseClick(m_window->windowHandle(), Qt::LeftButton, {}, QPoint(100, 100));
    // The countdown runs out: an idle reset; the next touch is a new session.
    QCOMPARE(m_controller->visitorSessions(), 1);
    loop->resetAndResume();
    QCOMPARE(loop->state(), AttractLoop::State::Running);
    QTest::mouseClick(m_window->windowHandle(), Qt::LeftButton, {}, QPoint(100, 100));
    QCOMPARE(m_controller->visitorSessions(), 2);
    // A wrong PIN.
    QTest::keyClick(m_window, Qt::Key_Q, Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
    QSignalSpy checked(m_controller, &KioskController::pinChecked);
    m_controller->submitPin(u"1111"_s);
    QVERIFY(checked.wait(5000));

    QVERIFY(m_session->writeMetrics());
    const QByteArray text = readFile(config.prometheusFile);
    QCOMPARE(sessionMetric(text, u"spark_showcase_loops_completed_total"_s), 1.0);
    QCOMPARE(sessionMetric(text, u"spark_showcase_visitor_sessions_total"_s), 2.0);
    QCOMPARE(sessionMetric(text, u"spark_showcase_idle_resets_total"_s), 1.0);
    QCOMPARE(sessionMetric(text, u"spark_showcase_wrong_pins_total"_s), 1.0);
    QCOMPARE(sessionMetric(text, u"spark_showcase_pin_lockouts_total"_s), 0.0);
    QCOMPARE(sessionMetric(text, u"spark_showcase_view_touches_total{view=\"hardware\"}"_s), 2.0);
    QCOMPARE(sessionMetric(text, u"spark_showcase_view_touches_total{view=\"partners\"}"_s), 2.0);
    QCOMPARE(sessionMetric(text, u"spark_showcase_view_touches_total{view=\"timeline\"}"_s), 0.0);
    QCOMPARE(sessionMetric(text, u"spark_showcase_state{state=\"paused\"}"_s), 1.0);
    QVERIFY(sessionMetric(text, u"spark_showcase_view_seconds_total{view=\"hardware\"}"_s) >= 0.02);
    QVERIFY(sessionMetric(text, u"spark_showcase_view_seconds_total{view=\"partners\"}"_s) >= 0.02);
    QCOMPARE(sessionMetric(text, u"spark_showcase_view_seconds_total{view=\"timeline\"}"_s), 0.0);
    // Without a content folder there is no content family.
    QVERIFY(qIsNaN(sessionMetric(text, u"spark_showcase_content_reload_ok"_s)));

    // Five wrong PINs lock the keypad: a lockout, and the locked state.
    for (int i = 0; i < KioskController::WrongPinsBeforeLockout - 1; ++i) {
        m_controller->submitPin(u"1111"_s);
        QVERIFY(checked.wait(5000));
    }
    QVERIFY(m_session->writeMetrics());
    const QByteArray locked = readFile(config.prometheusFile);
    QCOMPARE(sessionMetric(locked, u"spark_showcase_wrong_pins_total"_s), 5.0);
    QCOMPARE(sessionMetric(locked, u"spark_showcase_pin_lockouts_total"_s), 1.0);
    QCOMPARE(sessionMetric(locked, u"spark_showcase_state{state=\"locked\"}"_s), 1.0);
    QCOMPARE(sessionMetric(locked, u"spark_showcase_state{state=\"paused\"}"_s), 0.0);
    bool ran = false;
    const QString problems = promtoolCheckFile(config.prometheusFile, &ran);
    QVERIFY2(ran && problems.isEmpty(), qPrintable(problems));
}

void TestKioskSession::metricsFailureIsReported()
{
    KioskConfig config;
    config.prometheusFile = m_dir.filePath(u"not-a-folder-either/metrics.prom"_s);
    QVERIFY(writeFile(m_dir.filePath(u"not-a-folder-either"_s), "a file"));
    make(config);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Cannot write the Prometheus file"_s));
    QString error;
    QVERIFY(!m_session->writeMetrics(&error));
    QVERIFY(!error.isEmpty());
}

void TestKioskSession::failuresAreSaidOnceUntilTheWritesRecover()
{
    const QString folder = m_dir.filePath(u"not-yet-a-folder"_s);
    QVERIFY(writeFile(folder, "a file"));
    KioskConfig config;
    config.heartbeatFile = folder + u"/heartbeat"_s;
    config.prometheusFile = folder + u"/metrics.prom"_s;
    make(config);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Cannot write the heartbeat"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Cannot write the Prometheus file"_s));
    QVERIFY(!m_session->writeHeartbeat());
    QVERIFY(!m_session->writeMetrics());

    // The same problem every interval is not said again.
    QTest::failOnWarning(QRegularExpression(u"Cannot write"_s));
    QString error;
    QVERIFY(!m_session->writeHeartbeat(&error));
    QVERIFY2(error.contains(u"not-yet-a-folder"_s), qPrintable(error));
    QVERIFY(!m_session->writeMetrics(&error));
    QVERIFY(!error.isEmpty());

    // Once the folder is there, each file says once that it is written again.
    QVERIFY(QFile::remove(folder));
    QVERIFY(QDir().mkpath(folder));
    QCOMPARE(::chmod(QFile::encodeName(folder).constData(), 0700), 0);
    QTest::ignoreMessage(QtInfoMsg, QRegularExpression(u"Heartbeat written again to"_s));
    QTest::ignoreMessage(QtInfoMsg, QRegularExpression(u"Prometheus file written again to"_s));
    QVERIFY(m_session->writeHeartbeat());
    QVERIFY(m_session->writeMetrics());
    // ... and not at every write after that.
    static QStringList said;
    said.clear();
    const QtMessageHandler previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &, const QString &message) { said << message; });
    const bool wrote = m_session->writeHeartbeat() && m_session->writeMetrics();
    qInstallMessageHandler(previous);
    QVERIFY(wrote);
    QCOMPARE(said, QStringList());
    QVERIFY(QFile::exists(config.heartbeatFile));
    QVERIFY(QFile::exists(config.prometheusFile));
}

QTEST_MAIN(TestKioskSession)
#include "tst_kiosksession.moc"
