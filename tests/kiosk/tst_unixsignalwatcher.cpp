#include "kiosk/unixsignalwatcher.h"

#include <QSignalSpy>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

class TestUnixSignalWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void turnsSignalsIntoQtSignals_data();
    void turnsSignalsIntoQtSignals();
    void watchesOnceAtATime();
    void restoresTheHandlers();
};

void TestUnixSignalWatcher::turnsSignalsIntoQtSignals_data()
{
    QTest::addColumn<int>("signal");
    QTest::addColumn<QString>("name");
    QTest::newRow("SIGTERM") << int(SIGTERM) << u"SIGTERM"_s;
    QTest::newRow("SIGINT") << int(SIGINT) << u"SIGINT"_s;
    // Daemons reload their settings on SIGHUP; without a handler it would end
    // the process with the status of a clean stop.
    QTest::newRow("SIGHUP") << int(SIGHUP) << u"SIGHUP"_s;
}

void TestUnixSignalWatcher::turnsSignalsIntoQtSignals()
{
    QFETCH(int, signal);
    QFETCH(QString, name);
    UnixSignalWatcher watcher;
    QVERIFY(watcher.isWatching());
    QSignalSpy received(&watcher, &UnixSignalWatcher::received);
    QVERIFY(::raise(signal) == 0);
    QVERIFY(received.wait(2000));
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.at(0).at(0).toInt(), signal);
    QCOMPARE(received.at(0).at(1).toString(), name);
}

void TestUnixSignalWatcher::watchesOnceAtATime()
{
    auto first = std::make_unique<UnixSignalWatcher>();
    QVERIFY(first->isWatching());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"watched already"_s));
    UnixSignalWatcher second;
    QVERIFY(!second.isWatching());
    first.reset();
    // Once the first is gone a new one can watch again.
    UnixSignalWatcher third;
    QVERIFY(third.isWatching());
}

void TestUnixSignalWatcher::restoresTheHandlers()
{
    struct sigaction before = {};
    QCOMPARE(::sigaction(SIGHUP, nullptr, &before), 0);
    {
        UnixSignalWatcher watcher;
        QVERIFY(watcher.isWatching());
        struct sigaction during = {};
        QCOMPARE(::sigaction(SIGHUP, nullptr, &during), 0);
        QVERIFY(during.sa_handler != before.sa_handler);
    }
    struct sigaction after = {};
    QCOMPARE(::sigaction(SIGHUP, nullptr, &after), 0);
    QVERIFY(after.sa_handler == before.sa_handler);
}

QTEST_GUILESS_MAIN(TestUnixSignalWatcher)
#include "tst_unixsignalwatcher.moc"
