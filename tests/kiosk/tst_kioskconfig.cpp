#include "kiosk/kioskconfig.h"

#include "views/viewregistry.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

class TestKioskConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsWithoutFile();
    void missingFileKeepsDefaults();
    void readsEveryKey();
    void relativePathsFollowTheFile();
    void perViewDwell();
    void reportsBadValues_data();
    void reportsBadValues();
    void reportsEveryProblem();
    void syntaxProblemsNameTheLine();
    void acceptsWhatQSettingsWrote();
    void pinForms_data();
    void pinForms();
    void operatorIgnoredWhenOthersCanWrite_data();
    void operatorIgnoredWhenOthersCanWrite();
    void heartbeatIntervalKeepsToTheWatchdog();
    void appearanceComesFromTheFile();
    void exampleFileIsValid();

private:
    QString write(const QByteArray &text);

    QTemporaryDir m_dir;
    int m_files = 0;
};

QString TestKioskConfig::write(const QByteArray &text)
{
    const QString path = m_dir.filePath(u"kiosk-%1.ini"_s.arg(++m_files));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s: %s", qPrintable(path), qPrintable(file.errorString()));
    file.write(text);
    file.close();
    // Private, as the README asks: otherwise [operator] would be ignored.
    ::chmod(QFile::encodeName(path).constData(), 0600);
    return path;
}

void TestKioskConfig::defaultsWithoutFile()
{
    const KioskConfig::Loaded loaded = KioskConfig::load(QString());
    QVERIFY(loaded.problems.isEmpty());
    const KioskConfig &config = loaded.config;
    QCOMPARE(config.views, ViewRegistry::names());
    QCOMPARE(config.viewDwell, KioskConfig::DefaultViewDwell);
    QCOMPARE(config.itemDwell, KioskConfig::DefaultItemDwell);
    QCOMPARE(config.idleTimeout, 60);
    QCOMPARE(config.countdown, 10);
    QVERIFY(config.languages.isEmpty());
    QCOMPARE(config.screen, 0);
    QVERIFY(!config.pixelShift);
    QVERIFY(config.heartbeatFile.isEmpty());
    QVERIFY(config.prometheusFile.isEmpty());
    QVERIFY(config.snapshotFolder.isEmpty());
    QCOMPARE(config.snapshotKeep, 20);
    QCOMPARE(config.theme, Theme::Id::Dark);
    QVERIFY(!config.reducedMotion);
    QVERIFY(!config.hasPin());
    QVERIFY(!config.checkPin(QString()));
}

void TestKioskConfig::missingFileKeepsDefaults()
{
    const QString path = m_dir.filePath(u"absent.ini"_s);
    const KioskConfig::Loaded loaded = KioskConfig::load(path);
    QCOMPARE(loaded.problems.size(), 1);
    QVERIFY2(loaded.problems.constFirst().startsWith(path + u": cannot read the file ("_s),
             qPrintable(loaded.problems.constFirst()));
    QCOMPARE(loaded.config.idleTimeout, 60);
}

void TestKioskConfig::readsEveryKey()
{
    const PinHash pin = PinHash::create(u"2468"_s, PinHash::MinimumIterations);
    const QString path = write("; a kiosk at a trade show\n"
                               "[loop]\n"
                               "views = reviews, hardware\n"
                               "viewDwell = 30\n"
                               "itemDwell = 5\n"
                               "languages = de, en, ja\n"
                               "[idle]\n"
                               "timeout = 90\n"
                               "countdown = 5\n"
                               "[screen]\n"
                               "index = 1\n"
                               "pixelShift = yes\n"
                               "pixelShiftPeriod = 600\n"
                               "pixelShiftPixels = 6\n"
                               "[appearance]\n"
                               "theme = high-contrast\n"
                               "reducedMotion = on\n"
                               "[heartbeat]\n"
                               "file = /tmp/beat\n"
                               "interval = 15\n"
                               "prometheusFile = /tmp/textfile/spark-showcase.prom\n"
                               "[snapshot]\n"
                               "folder = /tmp/snaps\n"
                               "interval = 60\n"
                               "keep = 7\n"
                               "[operator]\n"
                               "pin = " +
                               pin.toString().toUtf8() + "\n");
    const KioskConfig::Loaded loaded = KioskConfig::load(path);
    QVERIFY2(loaded.problems.isEmpty(), qPrintable(loaded.problems.join(u'\n')));
    const KioskConfig &config = loaded.config;
    QCOMPARE(config.views, (QStringList{u"reviews"_s, u"hardware"_s}));
    QCOMPARE(config.viewDwell, 30);
    QCOMPARE(config.itemDwell, 5);
    QCOMPARE(config.languages, (QStringList{u"de"_s, u"en"_s, u"ja"_s}));
    QCOMPARE(config.idleTimeout, 90);
    QCOMPARE(config.countdown, 5);
    QCOMPARE(config.screen, 1);
    QVERIFY(config.pixelShift);
    QCOMPARE(config.pixelShiftPeriod, 600);
    QCOMPARE(config.pixelShiftPixels, 6);
    QCOMPARE(config.heartbeatFile, u"/tmp/beat"_s);
    QCOMPARE(config.heartbeatInterval, 15);
    QCOMPARE(config.prometheusFile, u"/tmp/textfile/spark-showcase.prom"_s);
    QCOMPARE(config.snapshotFolder, u"/tmp/snaps"_s);
    QCOMPARE(config.snapshotInterval, 60);
    QCOMPARE(config.snapshotKeep, 7);
    QCOMPARE(config.theme, Theme::Id::HighContrast);
    QVERIFY(config.reducedMotion);
    QVERIFY(config.hasPin());
    QCOMPARE(config.pin, pin);
}

void TestKioskConfig::relativePathsFollowTheFile()
{
    const QString path = write("[heartbeat]\nfile = run/beat\nprometheusFile = run/kiosk.prom\n"
                               "[snapshot]\nfolder = snaps\n");
    const KioskConfig::Loaded loaded = KioskConfig::load(path);
    QVERIFY(loaded.problems.isEmpty());
    QCOMPARE(loaded.config.heartbeatFile, m_dir.filePath(u"run/beat"_s));
    QCOMPARE(loaded.config.prometheusFile, m_dir.filePath(u"run/kiosk.prom"_s));
    QCOMPARE(loaded.config.snapshotFolder, m_dir.filePath(u"snaps"_s));
}

void TestKioskConfig::perViewDwell()
{
    const QString path = write("[loop]\nviewDwell = 20\nitemDwell = 4\n"
                               "[timeline]\nviewDwell = 60\nitemDwell = 6\n"
                               "[partners]\nitemDwell = 2\n");
    const KioskConfig::Loaded loaded = KioskConfig::load(path);
    QVERIFY(loaded.problems.isEmpty());
    const KioskConfig &config = loaded.config;
    QCOMPARE(config.viewDwellOf(u"timeline"_s), 60);
    QCOMPARE(config.itemDwellOf(u"timeline"_s), 6);
    QCOMPARE(config.viewDwellOf(u"partners"_s), 20);
    QCOMPARE(config.itemDwellOf(u"partners"_s), 2);
    QCOMPARE(config.viewDwellOf(u"hardware"_s), 20);
    QCOMPARE(config.itemDwellOf(u"hardware"_s), 4);
}

void TestKioskConfig::reportsBadValues_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("problem"); // after "FILE:LINE: "
    QTest::addColumn<int>("idleTimeout");
    QTest::addColumn<QStringList>("views");

    const QStringList all = ViewRegistry::names();
    QTest::newRow("non-number") << QByteArray("[idle]\ntimeout = soon\n")
                                << u"[idle] timeout: “soon” is not a whole number; expected 5 to "
                                   u"86400, keeping 60"_s
                                << 60 << all;
    QTest::newRow("decimal") << QByteArray("[idle]\ntimeout = 7.5\n")
                             << u"[idle] timeout: “7.5” is not a whole number; expected 5 to "
                                u"86400, keeping 60"_s
                             << 60 << all;
    QTest::newRow("too small") << QByteArray("[idle]\ntimeout = 1\n")
                               << u"[idle] timeout: 1 is out of range; expected 5 to 86400, "
                                  u"keeping 60"_s
                               << 60 << all;
    QTest::newRow("negative countdown")
            << QByteArray("[idle]\ncountdown = -3\ntimeout = 30\n")
            << u"[idle] countdown: -3 is out of range; expected 1 to 120, keeping 10"_s << 30
            << all;
    QTest::newRow("unknown view") << QByteArray("[loop]\nviews = hardware, gallery\n")
                                  << u"[loop] views: unknown view “gallery”, skipped; expected "_s +
                                             all.join(u", "_s)
                                  << 60 << QStringList{u"hardware"_s};
    QTest::newRow("view twice") << QByteArray("[loop]\nviews = reviews, reviews\n")
                                << u"[loop] views: “reviews” is listed twice, skipped"_s << 60
                                << QStringList{u"reviews"_s};
    QTest::newRow("no view left") << QByteArray("[loop]\nviews = gallery\n")
                                  << u"[loop] views: no view left to show; showing every view"_s
                                  << 60 << all;
    QTest::newRow("unknown language")
            << QByteArray("[loop]\nlanguages = de, xx\n")
            << u"[loop] languages: unknown language “xx”, skipped; expected "_s << 60 << all;
    QTest::newRow("not a boolean")
            << QByteArray("[screen]\npixelShift = sometimes\n")
            << u"[screen] pixelShift: “sometimes” is not true or false"_s << 60 << all;
    QTest::newRow("short hash")
            << QByteArray("[operator]\npin = salt:abcdef\n")
            << u"[operator] pin: not a PIN hash; expected pbkdf2-sha256$ITERATIONS$SALT$HASH"_s
            << 60 << all;
    QTest::newRow("hash without salt")
            << QByteArray("[operator]\npin = "
                          "03ac674216f3e15c761ee1a5e255f067953623c8b388b4459e13f978d7c846f4\n")
            << u"[operator] pin: not a PIN hash"_s << 60 << all;
    QTest::newRow("hash not hex")
            << QByteArray("[operator]\npin = s:"
                          "zzac674216f3e15c761ee1a5e255f067953623c8b388b4459e13f978d7c846f4\n")
            << u"[operator] pin: not a PIN hash"_s << 60 << all;
    QTest::newRow("unknown key") << QByteArray("[idle]\ntimeOut = 30\n")
                                 << u"[idle] timeOut: unknown key, ignored"_s << 60 << all;
    QTest::newRow("unknown group") << QByteArray("[display]\nbrightness = 3\n")
                                   << u"[display] brightness: unknown key, ignored"_s << 60 << all;
    QTest::newRow("key outside groups")
            << QByteArray("timeout = 30\n") << u"[General] timeout: unknown key, ignored"_s << 60
            << all;
    QTest::newRow("too few iterations")
            << QByteArray("[operator]\npin = pbkdf2-sha256$1000$RXhhbXBsZVNhbHRPbmx5IQ$"
                          "LxJXzRAkK+3+IhDfu810BcfsV2JRC4/wkIrNB7Knxfk\n")
            << u"[operator] pin: 1000 iterations are too few to slow down a guess"_s << 60 << all;
    QTest::newRow("unknown theme")
            << QByteArray("[appearance]\ntheme = sepia\n")
            << u"[appearance] theme: unknown theme “sepia”; expected dark, light, high-contrast, "
               u"keeping dark"_s
            << 60 << all;
    QTest::newRow("snapshots kept out of range")
            << QByteArray("[snapshot]\nkeep = 0\n")
            << u"[snapshot] keep: 0 is out of range; expected 1 to 1000, keeping 20"_s << 60 << all;
    QTest::newRow("view dwell out of range")
            << QByteArray("[timeline]\nviewDwell = 0\n")
            << u"[timeline] viewDwell: 0 is out of range; expected 3 to 3600, keeping 45"_s << 60
            << all;
}

void TestKioskConfig::reportsBadValues()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, problem);
    QFETCH(int, idleTimeout);
    QFETCH(QStringList, views);

    const QString path = write(text);
    const KioskConfig::Loaded loaded = KioskConfig::load(path);
    // The bad key is on the line after its group's, or first outside groups.
    const QString line = text.startsWith('[') ? u"2"_s : u"1"_s;
    // "no view left" follows the report of the unknown view that was skipped.
    QCOMPARE(loaded.problems.size(), QTest::currentDataTag() == QByteArray("no view left") ? 2 : 1);
    QVERIFY2(loaded.problems.constLast().startsWith(path + u':' + line + u": "_s + problem),
             qPrintable(loaded.problems.constLast()));
    QCOMPARE(loaded.config.idleTimeout, idleTimeout);
    QCOMPARE(loaded.config.views, views);
    QVERIFY(!loaded.config.hasPin());
    QVERIFY(!loaded.config.pixelShift);
    QCOMPARE(loaded.config.countdown, 10);
}

void TestKioskConfig::reportsEveryProblem()
{
    // One bad value does not hide the next one, and good values survive.
    const QString path = write("[loop]\nitemDwell = x\nviewDwell = 20\n"
                               "[idle]\ntimeout = 2\ncountdown = 7\n"
                               "[operator]\npin = nope\n");
    const KioskConfig::Loaded loaded = KioskConfig::load(path);
    QCOMPARE(loaded.problems.size(), 3);
    QVERIFY2(loaded.problems.at(0).startsWith(path + u":2: [loop] itemDwell: "_s),
             qPrintable(loaded.problems.at(0)));
    QVERIFY2(loaded.problems.at(1).startsWith(path + u":5: [idle] timeout: "_s),
             qPrintable(loaded.problems.at(1)));
    QVERIFY2(loaded.problems.at(2).startsWith(path + u":8: [operator] pin: "_s),
             qPrintable(loaded.problems.at(2)));
    QCOMPARE(loaded.config.viewDwell, 20);
    QCOMPARE(loaded.config.itemDwell, KioskConfig::DefaultItemDwell);
    QCOMPARE(loaded.config.idleTimeout, 60);
    QCOMPARE(loaded.config.countdown, 7);
}

void TestKioskConfig::syntaxProblemsNameTheLine()
{
    // A line the reader cannot take is left out with its line named; the
    // rest of the file still counts.
    const QString path = write("; kiosk\n"
                               "[idle]\n"
                               "timeout = \"30\n"
                               "countdown = 7\n"
                               "[snapshot]\n"
                               "folder = @Variant(\\0\\0\\0\\x0b\\x0b\\xeb\\xc2\\0)\n"
                               "keep = 3\n"
                               "[screen\n"
                               "index = 2\n");
    const KioskConfig::Loaded loaded = KioskConfig::load(path);
    QCOMPARE(loaded.problems,
             (QStringList{path + u":3: [idle] timeout: a quote that is not closed; the key is "
                                 u"ignored"_s,
                          path + u":6: [snapshot] folder: “@Variant(…” is a value in Qt's own "
                                 u"encoding, which is not read; the key is ignored"_s,
                          path + u":8: a group name without its closing ]; the keys up to the "
                                 u"next group are ignored"_s}));
    QCOMPARE(loaded.config.idleTimeout, KioskConfig::DefaultIdleTimeout);
    QCOMPARE(loaded.config.countdown, 7);
    QVERIFY(loaded.config.snapshotFolder.isEmpty());
    QCOMPARE(loaded.config.snapshotKeep, 3);
    QCOMPARE(loaded.config.screen, 0);
}

void TestKioskConfig::acceptsWhatQSettingsWrote()
{
    // Files written for the QSettings reader of earlier versions read the
    // same: comments after values, quotes, comma lists, escapes, CRLF.
    const QString path = write("[loop]\r\n"
                               "views = \"timeline, reviews\" ; the two that move\r\n"
                               "languages = \"ar\", ja\r\n"
                               "[General]\r\n"
                               "[heartbeat]\r\n"
                               "file = \"beat\\x00e9\"\r\n"
                               "[snapshot]\r\n"
                               "folder = @@snaps\r\n");
    const KioskConfig::Loaded loaded = KioskConfig::load(path);
    QVERIFY2(loaded.problems.isEmpty(), qPrintable(loaded.problems.join(u'\n')));
    QCOMPARE(loaded.config.views, (QStringList{u"timeline"_s, u"reviews"_s}));
    QCOMPARE(loaded.config.languages, (QStringList{u"ar"_s, u"ja"_s}));
    QCOMPARE(loaded.config.heartbeatFile, m_dir.filePath(u"beaté"_s));
    QCOMPARE(loaded.config.snapshotFolder, m_dir.filePath(u"@snaps"_s));
}

void TestKioskConfig::pinForms_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("problem"); // empty: none
    const PinHash hash = PinHash::create(u"480516"_s, PinHash::MinimumIterations);
    QTest::newRow("pbkdf2") << hash.toString() << true << QString();
    QTest::newRow("legacy SALT:HEX")
            << PinHash::legacyLine(u"s4lt"_s, u"2468"_s) << true
            << u"[operator] pin: an old SALT:HEX hash, a single SHA-256 round that an offline "
               u"guess breaks at once; still accepted, but hash the PIN again with "
               u"spark-showcase --kiosk-hash-pin"_s;
    const QString example = u"[operator] pin: this is the documentation's example, the PIN 1234, "
                            u"which anyone can look up; set your own with spark-showcase "
                            u"--kiosk-hash-pin; the exit chord is off"_s;
    QTest::newRow("documented example") << PinHash::exampleLines().at(0) << false << example;
    QTest::newRow("earlier documented example")
            << PinHash::exampleLines().at(1) << false << example;
    QTest::newRow("legacy hash of the example PIN")
            << PinHash::legacyLine(u"mysalt"_s, u"1234"_s) << false << example;
    QTest::newRow("garbage") << u"letmein"_s << false
                             << u"[operator] pin: not a PIN hash; expected "
                                u"pbkdf2-sha256$ITERATIONS$SALT$HASH as spark-showcase "
                                u"--kiosk-hash-pin prints it; the exit chord is off"_s;
}

void TestKioskConfig::pinForms()
{
    QFETCH(QString, line);
    QFETCH(bool, accepted);
    QFETCH(QString, problem);
    const QString path = write("[operator]\npin = " + line.toUtf8() + "\n");
    const KioskConfig::Loaded loaded = KioskConfig::load(path);
    QCOMPARE(loaded.config.hasPin(), accepted);
    if (problem.isEmpty()) {
        QVERIFY2(loaded.problems.isEmpty(), qPrintable(loaded.problems.join(u'\n')));
    } else {
        QCOMPARE(loaded.problems.size(), 1);
        QCOMPARE(loaded.problems.constFirst(), path + u":2: "_s + problem);
    }
    if (accepted)
        QCOMPARE(loaded.config.pin.toString().compare(line, Qt::CaseInsensitive), 0);
}

void TestKioskConfig::operatorIgnoredWhenOthersCanWrite_data()
{
    QTest::addColumn<int>("fileMode");
    QTest::addColumn<int>("folderMode");
    QTest::addColumn<bool>("fileNamed"); // the problem names the file, else the folder
    QTest::newRow("group-writable file") << 0660 << 0700 << true;
    QTest::newRow("world-writable file") << 0606 << 0700 << true;
    QTest::newRow("world-writable folder") << 0600 << 0777 << false;
    QTest::newRow("sticky shared folder") << 0600 << 01777 << false;
}

void TestKioskConfig::operatorIgnoredWhenOthersCanWrite()
{
    QFETCH(int, fileMode);
    QFETCH(int, folderMode);
    QFETCH(bool, fileNamed);
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"conf"_s);
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + u"/kiosk.ini"_s;
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[idle]\ntimeout = 30\n[operator]\npin = " +
               PinHash::create(u"480516"_s, PinHash::MinimumIterations).toString().toUtf8() + "\n");
    file.close();
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), mode_t(fileMode)), 0);
    QCOMPARE(::chmod(QFile::encodeName(folder).constData(), mode_t(folderMode)), 0);
    const KioskConfig::Loaded loaded = KioskConfig::load(path);
    ::chmod(QFile::encodeName(folder).constData(), 0700);
    QVERIFY(!loaded.config.hasPin());
    // The rest of the file still counts.
    QCOMPARE(loaded.config.idleTimeout, 30);
    QCOMPARE(loaded.problems.size(), 1);
    const QString named = fileNamed ? path : folder;
    QVERIFY2(loaded.problems.constFirst().startsWith(
                     path +
                     u":4: [operator] pin: ignored with the whole [operator] section, because "_s +
                     named + u" can be written by others than its owner and root (mode 0"_s),
             qPrintable(loaded.problems.constFirst()));
    QVERIFY(loaded.problems.constFirst().endsWith(u"; the exit chord is off"_s));
}

void TestKioskConfig::heartbeatIntervalKeepsToTheWatchdog()
{
    QCOMPARE(KioskConfig::MaximumHeartbeatInterval, KioskConfig::WatchdogMaxAge / 3);
    KioskConfig::Loaded loaded = KioskConfig::load(write("[heartbeat]\ninterval = 20\n"));
    QVERIFY(loaded.problems.isEmpty());
    QCOMPARE(loaded.config.heartbeatInterval, 20);
    const QString path = write("[heartbeat]\ninterval = 30\n");
    loaded = KioskConfig::load(path);
    QCOMPARE(loaded.config.heartbeatInterval, KioskConfig::DefaultHeartbeatInterval);
    QCOMPARE(loaded.problems,
             QStringList{path + u":2: [heartbeat] interval: 30 s is more than a third of the "
                                u"watchdog's 60 s threshold, so a working kiosk could be "
                                u"restarted; expected 1 to 20, keeping 10"_s});
}

void TestKioskConfig::appearanceComesFromTheFile()
{
    const KioskConfig::Loaded loaded =
            KioskConfig::load(write("[appearance]\ntheme = light\nreducedMotion = yes\n"));
    QVERIFY(loaded.problems.isEmpty());
    QCOMPARE(loaded.config.theme, Theme::Id::Light);
    QVERIFY(loaded.config.reducedMotion);
}

void TestKioskConfig::exampleFileIsValid()
{
    // The example the README points to reads without a single problem and
    // states the defaults it claims to.
    // Copied as the README says: private to its owner.
    QFile example(QStringLiteral(SPARK_SOURCE_DIR "/resources/kiosk/kiosk.ini.example"));
    QVERIFY(example.open(QIODevice::ReadOnly));
    const QByteArray text = example.readAll();
    const QString path = write(text);
    const qsizetype pinLine = text.left(text.indexOf("\npin = ")).count('\n') + 2;
    const KioskConfig::Loaded loaded = KioskConfig::load(path);
    // Its only problem is the documented PIN, which is never accepted.
    QCOMPARE(loaded.problems.size(), 1);
    QVERIFY2(loaded.problems.constFirst().startsWith(
                     u"%1:%2: [operator] pin: this is the documentation's example"_s.arg(
                             path, QString::number(pinLine))),
             qPrintable(loaded.problems.constFirst()));
    QVERIFY(!loaded.config.hasPin());
    const KioskConfig &config = loaded.config;
    const KioskConfig defaults;
    QCOMPARE(config.views, defaults.views);
    QCOMPARE(config.viewDwell, defaults.viewDwell);
    QCOMPARE(config.itemDwell, defaults.itemDwell);
    QCOMPARE(config.idleTimeout, defaults.idleTimeout);
    QCOMPARE(config.countdown, defaults.countdown);
    QCOMPARE(config.pixelShift, defaults.pixelShift);
    QCOMPARE(config.pixelShiftPeriod, defaults.pixelShiftPeriod);
    QCOMPARE(config.pixelShiftPixels, defaults.pixelShiftPixels);
    QCOMPARE(config.heartbeatInterval, defaults.heartbeatInterval);
    QCOMPARE(config.snapshotInterval, defaults.snapshotInterval);
    QCOMPARE(config.snapshotKeep, defaults.snapshotKeep);
    QCOMPARE(config.theme, defaults.theme);
    QCOMPARE(config.reducedMotion, defaults.reducedMotion);
    QVERIFY(config.snapshotFolder.isEmpty());
    // The systemd unit passes the heartbeat file; the example names none.
    QVERIFY(config.heartbeatFile.isEmpty());
    QVERIFY(config.languages.isEmpty());
    QCOMPARE(config.itemDwellOf(u"timeline"_s), 10);
    QCOMPARE(config.viewDwellOf(u"reviews"_s), 60);
}

QTEST_GUILESS_MAIN(TestKioskConfig)
#include "tst_kioskconfig.moc"
