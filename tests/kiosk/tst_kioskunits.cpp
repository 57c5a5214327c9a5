// The systemd units and the watchdog script that run the kiosk for days:
// they agree with each other and with the app, and the watchdog restarts a
// kiosk whose heartbeat is stale, and only then. systemctl is played by a
// script that answers the watchdog's questions and records restarts.
#include "kiosk/kioskconfig.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString source(const QString &path)
{
    return QStringLiteral(SPARK_SOURCE_DIR) + u"/resources/kiosk/"_s + path;
}

QString read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

// The values of every KEY= line in a unit.
QStringList values(const QString &unit, const QString &key)
{
    QStringList found;
    for (const QString &line : unit.split(u'\n')) {
        if (line.startsWith(key + u'='))
            found.append(line.mid(key.size() + 1));
    }
    return found;
}

qint64 uptimeMicroseconds()
{
    QFile uptime(u"/proc/uptime"_s);
    if (!uptime.open(QIODevice::ReadOnly))
        return 0;
    return qint64(uptime.readAll().split(' ').value(0).toDouble() * 1e6);
}

} // namespace

class TestKioskUnits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void unitsNameTheHeartbeatOnce();
    void watchdogThresholdMatchesTheApp();
    void restartsOnWhatTheOperatorDidNotAsk();
    void cageUnitRunsTheKioskAlone();
    void cageUnitNamesTheHeartbeatOnce();
    void watchdog_data();
    void watchdog();

private:
    QTemporaryDir m_dir;
};

void TestKioskUnits::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QFile fake(m_dir.filePath(u"bin/systemctl"_s));
    QVERIFY(QDir().mkpath(m_dir.filePath(u"bin"_s)));
    QVERIFY(fake.open(QIODevice::WriteOnly));
    fake.write("#!/bin/sh\n"
               "# systemctl --user, as far as the watchdog asks it\n"
               "case \"$*\" in\n"
               "    *is-active*) exit \"$FAKE_ACTIVE\" ;;\n"
               "    *ActiveEnterTimestampMonotonic*) echo \"$FAKE_SINCE\" ;;\n"
               "    *Environment*) echo \"QT_QPA_PLATFORM=xcb $FAKE_ENVIRONMENT\" ;;\n"
               "    *restart*) echo \"$*\" >>\"$FAKE_RESTARTS\" ;;\n"
               "esac\n");
    fake.close();
    QVERIFY(fake.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
}

void TestKioskUnits::unitsNameTheHeartbeatOnce()
{
    const QString kiosk = read(source(u"spark-showcase-kiosk.service"_s));
    const QString watchdog = read(source(u"spark-showcase-kiosk-watchdog.service"_s));
    QVERIFY(!kiosk.isEmpty());
    QVERIFY(!watchdog.isEmpty());
    // The kiosk unit names the file, under its own runtime directory, and
    // passes it on the command line.
    QCOMPARE(values(kiosk, u"Environment"_s).filter(u"HEARTBEAT="_s),
             QStringList{u"HEARTBEAT=%t/spark-showcase/heartbeat"_s});
    QCOMPARE(values(kiosk, u"RuntimeDirectory"_s), QStringList{u"spark-showcase"_s});
    const QStringList execStart = values(kiosk, u"ExecStart"_s);
    QCOMPARE(execStart.size(), 1);
    QVERIFY2(execStart.constFirst().contains(u" --heartbeat ${HEARTBEAT}"_s),
             qPrintable(execStart.constFirst()));
    // The watchdog reads it from the kiosk unit, and names no file itself.
    QVERIFY(!watchdog.contains(u"spark-showcase/heartbeat"_s));
    QVERIFY(values(watchdog, u"Environment"_s).filter(u"HEARTBEAT="_s).isEmpty());
    QCOMPARE(values(watchdog, u"Environment"_s).filter(u"KIOSK_UNIT="_s),
             QStringList{u"KIOSK_UNIT=spark-showcase-kiosk.service"_s});
    // Nor does the example settings file, nor does it hard-code a user's
    // runtime folder.
    const QString example = read(source(u"kiosk.ini.example"_s));
    QVERIFY(!example.contains(u"/run/user/"_s));
    QVERIFY(!QRegularExpression(u"^file\\s*="_s, QRegularExpression::MultilineOption)
                     .match(example)
                     .hasMatch());
}

void TestKioskUnits::watchdogThresholdMatchesTheApp()
{
    const QString watchdog = read(source(u"spark-showcase-kiosk-watchdog.service"_s));
    QCOMPARE(values(watchdog, u"Environment"_s).filter(u"MAX_AGE="_s),
             QStringList{u"MAX_AGE=%1"_s.arg(KioskConfig::WatchdogMaxAge)});
    // A healthy kiosk writes at least three heartbeats per threshold.
    QVERIFY(KioskConfig::MaximumHeartbeatInterval * 3 <= KioskConfig::WatchdogMaxAge);
    // The timer looks at least twice per threshold.
    const QString timer = read(source(u"spark-showcase-kiosk-watchdog.timer"_s));
    const QStringList period = values(timer, u"OnUnitActiveSec"_s);
    QCOMPARE(period.size(), 1);
    QVERIFY(period.constFirst().toInt() * 2 <= KioskConfig::WatchdogMaxAge);
}

void TestKioskUnits::restartsOnWhatTheOperatorDidNotAsk()
{
    const QString kiosk = read(source(u"spark-showcase-kiosk.service"_s));
    // Any end but a clean one (the PIN, SIGTERM: status 0) restarts it,
    // crashes and stray signals included; it never gives up.
    QCOMPARE(values(kiosk, u"Restart"_s), QStringList{u"always"_s});
    QCOMPARE(values(kiosk, u"RestartPreventExitStatus"_s), QStringList{u"0"_s});
    QCOMPARE(values(kiosk, u"StartLimitIntervalSec"_s), QStringList{u"0"_s});
    // systemctl reload sends what the app reloads on.
    QCOMPARE(values(kiosk, u"ExecReload"_s), QStringList{u"/bin/kill -HUP $MAINPID"_s});
}

void TestKioskUnits::cageUnitRunsTheKioskAlone()
{
    const QString cage = read(source(u"spark-showcase-cage.service"_s));
    QVERIFY(!cage.isEmpty());
    // cage with the kiosk as its only client, on a virtual terminal, in a
    // login session of the dedicated user the package creates.
    const QStringList execStart = values(cage, u"ExecStart"_s);
    QCOMPARE(execStart.size(), 1);
    QVERIFY2(execStart.constFirst().startsWith(u"/usr/bin/cage "_s),
             qPrintable(execStart.constFirst()));
    QVERIFY2(execStart.constFirst().contains(u" -- /usr/bin/spark-showcase --kiosk "_s),
             qPrintable(execStart.constFirst()));
    QCOMPARE(values(cage, u"Environment"_s).filter(u"QT_QPA_PLATFORM="_s),
             QStringList{u"QT_QPA_PLATFORM=wayland"_s});
    QCOMPARE(values(cage, u"PAMName"_s), QStringList{u"login"_s});
    QCOMPARE(values(cage, u"TTYPath"_s), QStringList{u"/dev/tty7"_s});
    QCOMPARE(values(cage, u"StandardInput"_s), QStringList{u"tty"_s});
    QCOMPARE(values(cage, u"Conflicts"_s), QStringList{u"getty@tty7.service"_s});
    const QStringList user = values(cage, u"User"_s);
    QCOMPARE(user.size(), 1);
    QVERIFY(user.constFirst() != u"root"_s);
    const QString sysusers = read(source(u"spark-showcase.sysusers"_s));
    QVERIFY2(QRegularExpression(u"^u %1 "_s.arg(user.constFirst()),
                                QRegularExpression::MultilineOption)
                     .match(sysusers)
                     .hasMatch(),
             qPrintable(sysusers));
    // cage ends with status 0 however the app ended, so every end restarts,
    // within a second, and it never gives up.
    QCOMPARE(values(cage, u"Restart"_s), QStringList{u"always"_s});
    QVERIFY(values(cage, u"RestartPreventExitStatus"_s).isEmpty());
    const QStringList restartSec = values(cage, u"RestartSec"_s);
    QCOMPARE(restartSec.size(), 1);
    bool number = false;
    QVERIFY(restartSec.constFirst().toDouble(&number) <= 1.0);
    QVERIFY(number);
    QCOMPARE(values(cage, u"StartLimitIntervalSec"_s), QStringList{u"0"_s});
}

void TestKioskUnits::cageUnitNamesTheHeartbeatOnce()
{
    const QString cage = read(source(u"spark-showcase-cage.service"_s));
    const QString watchdog = read(source(u"spark-showcase-cage-watchdog.service"_s));
    QVERIFY(!watchdog.isEmpty());
    QCOMPARE(values(cage, u"Environment"_s).filter(u"HEARTBEAT="_s),
             QStringList{u"HEARTBEAT=%t/spark-showcase/heartbeat"_s});
    QCOMPARE(values(cage, u"RuntimeDirectory"_s), QStringList{u"spark-showcase"_s});
    QVERIFY(values(cage, u"ExecStart"_s).constFirst().endsWith(u" --heartbeat ${HEARTBEAT}"_s));
    QVERIFY(!watchdog.contains(u"spark-showcase/heartbeat"_s));
    QCOMPARE(values(watchdog, u"Environment"_s).filter(u"KIOSK_UNIT="_s),
             QStringList{u"KIOSK_UNIT=spark-showcase-cage.service"_s});
    QCOMPARE(values(watchdog, u"Environment"_s).filter(u"KIOSK_SCOPE="_s),
             QStringList{u"KIOSK_SCOPE=system"_s});
    QCOMPARE(values(watchdog, u"Environment"_s).filter(u"MAX_AGE="_s),
             QStringList{u"MAX_AGE=%1"_s.arg(KioskConfig::WatchdogMaxAge)});
    const QString timer = read(source(u"spark-showcase-cage-watchdog.timer"_s));
    QCOMPARE(values(timer, u"OnUnitActiveSec"_s), QStringList{u"30"_s});
}

void TestKioskUnits::watchdog_data()
{
    QTest::addColumn<QString>("heartbeat"); // file content; "(missing)", "(folder)"
    QTest::addColumn<int>("activeFor");     // seconds the unit has been active
    QTest::addColumn<bool>("active");
    QTest::addColumn<bool>("restart");
    QTest::addColumn<QString>("scope"); // KIOSK_SCOPE: user or system
    const QString fresh = u"timestamp=%1\nloops=3\nstate=running\npid=42\n"_s.arg(
            QDateTime::currentDateTimeUtc().addSecs(-5).toString(Qt::ISODateWithMs));
    const QString stale = u"timestamp=%1\nloops=3\nstate=running\npid=42\n"_s.arg(
            QDateTime::currentDateTimeUtc().addSecs(-61).toString(Qt::ISODateWithMs));
    QTest::newRow("fresh") << fresh << 600 << true << false << u"user"_s;
    QTest::newRow("older than MAX_AGE") << stale << 600 << true << true << u"user"_s;
    QTest::newRow("missing") << u"(missing)"_s << 600 << true << true << u"user"_s;
    QTest::newRow("unreadable") << u"(folder)"_s << 600 << true << true << u"user"_s;
    QTest::newRow("no timestamp") << u"loops=3\nstate=running\n"_s << 600 << true << true
                                  << u"user"_s;
    QTest::newRow("bad timestamp")
            << u"timestamp=yesterday\n"_s << 600 << true << true << u"user"_s;
    QTest::newRow("missing, but just started")
            << u"(missing)"_s << 10 << true << false << u"user"_s;
    QTest::newRow("stale, but just started") << stale << 10 << true << false << u"user"_s;
    QTest::newRow("missing, and stopped by the operator")
            << u"(missing)"_s << 600 << false << false << u"user"_s;
    // The cage unit is the system's: the watchdog asks the system manager.
    QTest::newRow("system unit, fresh") << fresh << 600 << true << false << u"system"_s;
    QTest::newRow("system unit, older than MAX_AGE") << stale << 600 << true << true << u"system"_s;
    QTest::newRow("system unit, stopped") << stale << 600 << false << false << u"system"_s;
}

void TestKioskUnits::watchdog()
{
    QFETCH(QString, heartbeat);
    QFETCH(int, activeFor);
    QFETCH(bool, active);
    QFETCH(bool, restart);
    QFETCH(QString, scope);
    const QString unit = scope == u"system"_s ? u"spark-showcase-cage.service"_s
                                              : u"spark-showcase-kiosk.service"_s;
    QTemporaryDir run;
    const QString path = run.filePath(u"spark-showcase/heartbeat"_s);
    QVERIFY(QDir().mkpath(run.filePath(u"spark-showcase"_s)));
    if (heartbeat == u"(folder)"_s) {
        QVERIFY(QDir().mkpath(path));
    } else if (heartbeat != u"(missing)"_s) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(heartbeat.toUtf8());
    }
    const QString restarts = run.filePath(u"restarts"_s);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"PATH"_s, m_dir.filePath(u"bin"_s) + u':' + environment.value(u"PATH"_s));
    environment.insert(u"FAKE_ACTIVE"_s, active ? u"0"_s : u"3"_s);
    environment.insert(u"FAKE_SINCE"_s,
                       QString::number(uptimeMicroseconds() - qint64(activeFor) * 1000000));
    // The heartbeat as the kiosk unit's environment names it.
    environment.insert(u"FAKE_ENVIRONMENT"_s, u"HEARTBEAT="_s + path);
    environment.insert(u"FAKE_RESTARTS"_s, restarts);
    environment.insert(u"MAX_AGE"_s, u"60"_s);
    environment.insert(u"GRACE"_s, u"60"_s);
    environment.insert(u"KIOSK_SCOPE"_s, scope);
    environment.insert(u"KIOSK_UNIT"_s, unit);
    environment.remove(u"HEARTBEAT"_s);
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(u"/bin/sh"_s, {source(u"kiosk-watchdog"_s)});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    const QString said = QString::fromUtf8(process.readAllStandardOutput());
    QCOMPARE(QFile::exists(restarts), restart);
    if (restart) {
        QCOMPARE(read(restarts), u"--%1 restart %2\n"_s.arg(scope, unit));
        QVERIFY2(said.startsWith(u"heartbeat "_s + path), qPrintable(said));
    } else {
        QVERIFY2(said.isEmpty(), qPrintable(said));
    }
}

QTEST_GUILESS_MAIN(TestKioskUnits)
#include "tst_kioskunits.moc"
