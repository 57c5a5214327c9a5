#include "kiosk/pinlockout.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

class TestPinLockout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void fiveWrongPinsLock();
    void lockoutsDoubleUpToFifteenMinutes();
    void rightPinStartsAgain();
    void survivesARestart();
    void spoiledStateCountsAsALockout_data();
    void spoiledStateCountsAsALockout();
    void missingStateIsAFreshStart();
    void clockSetBackCannotStretchALockout();
    void stateFileIsPrivate();
    void defaultFileFollowsXdgStateHome();

private:
    PinLockout make();

    std::unique_ptr<QTemporaryDir> m_dir;
    QDateTime m_now;
};

void TestPinLockout::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_now = QDateTime(QDate(2025, 10, 15), QTime(9, 0), Qt::UTC);
}

PinLockout TestPinLockout::make()
{
    PinLockout lockout(m_dir->filePath(u"state/pin-lockout"_s));
    lockout.setClock([this] { return m_now; });
    return lockout;
}

void TestPinLockout::fiveWrongPinsLock()
{
    PinLockout lockout = make();
    QVERIFY(lockout.load());
    for (int i = 1; i < PinLockout::WrongPinsBeforeLockout; ++i) {
        QCOMPARE(lockout.recordWrong(), 0);
        QVERIFY(!lockout.isLocked());
    }
    QCOMPARE(lockout.recordWrong(), 60);
    QVERIFY(lockout.isLocked());
    QCOMPARE(lockout.secondsLeft(), 60);
    m_now = m_now.addSecs(59);
    QCOMPARE(lockout.secondsLeft(), 1);
    m_now = m_now.addMSecs(1001);
    QVERIFY(!lockout.isLocked());
}

void TestPinLockout::lockoutsDoubleUpToFifteenMinutes()
{
    PinLockout lockout = make();
    QList<int> lockouts;
    for (int i = 0; i < 40; ++i) {
        if (const int seconds = lockout.recordWrong())
            lockouts.append(seconds);
    }
    QCOMPARE(lockouts, (QList<int>{60, 120, 240, 480, 900, 900, 900, 900}));
}

void TestPinLockout::rightPinStartsAgain()
{
    PinLockout lockout = make();
    for (int i = 0; i < 4; ++i)
        lockout.recordWrong();
    lockout.recordRight();
    QCOMPARE(lockout.wrongPins(), 0);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(lockout.recordWrong(), 0);
}

void TestPinLockout::survivesARestart()
{
    {
        PinLockout lockout = make();
        for (int i = 0; i < 5; ++i)
            lockout.recordWrong();
        QVERIFY(lockout.isLocked());
    }
    // A crash or a restart: a new process reads the file back.
    m_now = m_now.addSecs(20);
    PinLockout restarted = make();
    QString error;
    QVERIFY2(restarted.load(&error), qPrintable(error));
    QCOMPARE(restarted.wrongPins(), 5);
    QCOMPARE(restarted.secondsLeft(), 40);
    // The count goes on: five more make the second, longer lockout.
    m_now = m_now.addSecs(40);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(restarted.recordWrong(), 0);
    QCOMPARE(restarted.recordWrong(), 120);
    QFile file(restarted.stateFile());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("wrongPins=10\nlockedUntil=2025-10-15T09:03:00.000Z\n"));
}

void TestPinLockout::spoiledStateCountsAsALockout_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("garbage") << QByteArray("\x01\x02garbage");
    QTest::newRow("count cleared") << QByteArray("wrongPins=\nlockedUntil=\n");
    QTest::newRow("bad date") << QByteArray("wrongPins=0\nlockedUntil=soon\n");
}

void TestPinLockout::spoiledStateCountsAsALockout()
{
    QFETCH(QByteArray, content);
    QVERIFY(QDir().mkpath(m_dir->filePath(u"state"_s)));
    QFile file(m_dir->filePath(u"state/pin-lockout"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    PinLockout lockout = make();
    QString error;
    QVERIFY(!lockout.load(&error));
    QVERIFY2(error.contains(u"not a PIN lockout state"_s), qPrintable(error));
    QVERIFY(lockout.isLocked());
    QCOMPARE(lockout.secondsLeft(), PinLockout::DefaultFirstLockout);
}

void TestPinLockout::missingStateIsAFreshStart()
{
    PinLockout lockout = make();
    QVERIFY(lockout.load());
    QCOMPARE(lockout.wrongPins(), 0);
    QVERIFY(!lockout.isLocked());
    // Nothing written until something happens.
    QVERIFY(!QFile::exists(lockout.stateFile()));
}

void TestPinLockout::clockSetBackCannotStretchALockout()
{
    PinLockout lockout = make();
    for (int i = 0; i < 5; ++i)
        lockout.recordWrong();
    m_now = m_now.addYears(-3);
    QCOMPARE(lockout.secondsLeft(), PinLockout::MaximumLockout);
}

void TestPinLockout::stateFileIsPrivate()
{
    PinLockout lockout = make();
    lockout.recordWrong();
    struct stat info = {};
    QCOMPARE(::stat(QFile::encodeName(lockout.stateFile()).constData(), &info), 0);
    QCOMPARE(info.st_mode & 07777, mode_t(0600));
    // A state file that others could have written is not trusted.
    QCOMPARE(::chmod(QFile::encodeName(lockout.stateFile()).constData(), 0666), 0);
    PinLockout again = make();
    QString error;
    QVERIFY(!again.load(&error));
    QVERIFY2(error.contains(u"can be written by others"_s), qPrintable(error));
    QVERIFY(again.isLocked());
}

void TestPinLockout::defaultFileFollowsXdgStateHome()
{
    const QByteArray saved = qgetenv("XDG_STATE_HOME");
    qputenv("XDG_STATE_HOME", "/var/tmp/state-home");
    QCOMPARE(PinLockout::defaultStateFile(), u"/var/tmp/state-home/spark-showcase/pin-lockout"_s);
    qunsetenv("XDG_STATE_HOME");
    QCOMPARE(PinLockout::defaultStateFile(),
             QDir::homePath() + u"/.local/state/spark-showcase/pin-lockout"_s);
    if (!saved.isNull())
        qputenv("XDG_STATE_HOME", saved);
}

QTEST_GUILESS_MAIN(TestPinLockout)
#include "tst_pinlockout.moc"
