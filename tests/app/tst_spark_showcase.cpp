#include "kiosk/pinhash.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include "contentbuilder.h"
#include "contentgenerator.h"
#include "qrdecoder.h"

#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// Content of its own for the runs that name an item (--content): a part, two
// events, the second citing a source the QR code must read back, a partner
// and a quote.
const QString flightLog = QStringLiteral("https://example.com/flight-log");

bool writeContent(const QString &directory)
{
    using namespace Fixtures;
    ContentSetBuilder set;
    set.hardware.part(PartBuilder(u"part"_s));
    set.timeline.source(SourceBuilder(u"log"_s).url(flightLog))
            .event(TimelineEventBuilder(u"first"_s).date(u"2016-04-05"_s))
            .event(TimelineEventBuilder(u"flight"_s).sources({u"log"_s}));
    set.partners.partner(PartnerBuilder(u"partner"_s));
    set.reviews.review(ReviewBuilder(u"quote"_s));
    return set.write(directory);
}

} // namespace

// The spark-showcase executable as a user runs it: exit codes and what it prints.
class TestSparkShowcase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void checksValidContent();
    void checksBrokenContent();
    void checksEverySourceCanBeFollowed();
    void refusesBadArguments_data();
    void refusesBadArguments();
    void quitsAfterTheFirstFrame();
    void findsAnItemOfALargeFileWhenItArrives();
    void fallsBackFromBadOverrides();
    void commandLineContentWinsOverTheRememberedFolder();
    void exportWritesFilesWithProgress();
    void exportIsHeadlessWithoutPlatform();
    void sameCommandSameBytes();
    void aLanguageExportsAsAlone();
    void aFailedLanguageStopsTheOthers();
    void scaleTwoDoublesPixels();
    void refusals_data();
    void refusals();
    void existingFilesNeedForce();
    void unwritableFolder();
    void invalidContentRefused();
    void interruptStopsCleanly();
    void hashesAPinFromStandardInput();
    void hashPinRefuses_data();
    void hashPinRefuses();
    void hashesAPinFromATerminalUnseen();
    void kioskIgnoresDesktopSettingsAndReloads();
    void exportQrCodesReadBack();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
        // stderr without log lines of other modules ("spark.views: ..."),
        // which are not an export's to judge
        QStringList errorLines;
    };
    Run run(const QStringList &arguments, int timeout = 60000);
    Run run(const QStringList &arguments, const QProcessEnvironment &environment,
            int timeout = 60000);
    QProcessEnvironment environment() const;
    static QStringList entries(const QString &folder);

    QTemporaryDir m_home;
};

void TestSparkShowcase::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY(QFile::exists(QStringLiteral(SPARK_EXECUTABLE)));
}

QProcessEnvironment TestSparkShowcase::environment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"XDG_CONFIG_HOME"_s, m_home.path());
    return environment;
}

TestSparkShowcase::Run TestSparkShowcase::run(const QStringList &arguments, int timeout)
{
    return run(arguments, environment(), timeout);
}

TestSparkShowcase::Run TestSparkShowcase::run(const QStringList &arguments,
                                              const QProcessEnvironment &environment, int timeout)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SPARK_EXECUTABLE), arguments);
    Run result;
    if (!process.waitForFinished(timeout)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    static const QRegularExpression logLine(u"^spark\\.[a-z]+: "_s);
    result.errorLines = result.err.split(u'\n', Qt::SkipEmptyParts);
    result.errorLines.removeIf([](const QString &line) { return logLine.match(line).hasMatch(); });
    return result;
}

QStringList TestSparkShowcase::entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot,
                                  QDir::Name);
}

void TestSparkShowcase::checksValidContent()
{
    const Run result =
            run({u"--check-content"_s, QStringLiteral(SPARK_SOURCE_DIR "/resources/data")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, u"4 content files checked: all valid.\n"_s);
}

void TestSparkShowcase::checksBrokenContent()
{
    QTemporaryDir dir;
    QFile bundled(QStringLiteral(SPARK_SOURCE_DIR "/resources/data/timeline.json"));
    QVERIFY(bundled.open(QIODevice::ReadOnly));
    QFile truncated(dir.filePath(u"timeline.json"_s));
    QVERIFY(truncated.open(QIODevice::WriteOnly));
    QVERIFY(truncated.write(bundled.read(bundled.size() / 2)) > 0);
    truncated.close();
    const Run result = run({u"--check-content"_s, dir.path()});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.out.startsWith(dir.filePath(u"timeline.json"_s) +
                                   u": /: invalid JSON at line"_s),
             qPrintable(result.out));
    QVERIFY(result.out.endsWith(u"1 problem found.\n"_s));

    const Run missing = run({u"--check-content"_s, dir.filePath(u"nothing-here"_s)});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.out.contains(u"the folder does not exist"_s));
}

void TestSparkShowcase::refusesBadArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown view") << QStringList{u"--view"_s, u"gallery"_s}
                                  << u"spark-showcase: unknown view “gallery”"_s;
    QTest::newRow("unknown item") << QStringList{u"--item"_s, u"flux-capacitor"_s}
                                  << u"spark-showcase: no view has an item “flux-capacitor”"_s;
    QTest::newRow("item of another view")
            << QStringList{u"--view"_s, u"timeline"_s, u"--item"_s, u"part"_s}
            << u"spark-showcase: the timeline view has no item “part”"_s;
    QTest::newRow("unknown option")
            << QStringList{u"--frobnicate"_s} << u"spark-showcase: Unknown option 'frobnicate'."_s;
}

void TestSparkShowcase::refusesBadArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    QTemporaryDir content;
    QVERIFY(writeContent(content.path()));
    const Run result = run(QStringList{u"--content"_s, content.path()} + arguments);
    QCOMPARE(result.exitCode, 2);
    const QStringList lines = result.err.split(u'\n', Qt::SkipEmptyParts);
    QStringList errors;
    for (const QString &line : lines) {
        if (line.startsWith(u"spark-showcase: "_s))
            errors.append(line);
    }
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.constFirst().startsWith(error), qPrintable(result.err));
}

void TestSparkShowcase::quitsAfterTheFirstFrame()
{
    QTemporaryDir content;
    QVERIFY(writeContent(content.path()));
    const Run result = run({u"--content"_s, content.path(), u"--quit-after-first-frame"_s,
                            u"--view"_s, u"timeline"_s, u"--item"_s, u"flight"_s});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
}

// A large partners file is read after the first frame: --item waits for it.
void TestSparkShowcase::findsAnItemOfALargeFileWhenItArrives()
{
    QTemporaryDir content;
    QString error;
    QVERIFY2(ContentGenerator::write(content.path(), {u"partners"_s}, 3000, &error),
             qPrintable(error));
    Run result = run({u"--content"_s, content.path(), u"--item"_s, u"item-02999"_s,
                      u"--quit-after-content"_s});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.err.contains(u"reading partners.json in the background"_s),
             qPrintable(result.err));
    // An item no file has: the usual error, once the file is in.
    result = run({u"--content"_s, content.path(), u"--item"_s, u"item-99999"_s});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(u"spark-showcase: no view has an item “item-99999”"_s),
             qPrintable(result.err));
}

void TestSparkShowcase::fallsBackFromBadOverrides()
{
    QTemporaryDir dir;
    QFile broken(dir.filePath(u"partners.json"_s));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{\"schemaVersion\": 9, \"items\": []}");
    broken.close();
    const Run result = run({u"--content"_s, dir.path(), u"--quit-after-first-frame"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.contains(dir.filePath(u"partners.json"_s) +
                                 u": /schemaVersion: schema version 9 is newer"_s),
             qPrintable(result.err));
}

// The folder chosen in the window is used at the next start; --content wins
// for its run and leaves it remembered; a remembered folder that is gone
// falls back to the bundled content.
void TestSparkShowcase::commandLineContentWinsOverTheRememberedFolder()
{
    QTemporaryDir config;
    QTemporaryDir remembered;
    QTemporaryDir given;
    // Each folder's partners.json is bad in its own way, which the log names.
    for (const QTemporaryDir *dir : {&remembered, &given}) {
        QFile broken(dir->filePath(u"partners.json"_s));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"schemaVersion\": 9, \"items\": []}");
    }
    const QString settingsFile = config.filePath(u"Spark Showcase/spark-showcase.conf"_s);
    {
        QSettings settings(settingsFile, QSettings::IniFormat);
        settings.setValue(u"contentFolder"_s, remembered.path());
    }
    QProcessEnvironment environment = this->environment();
    environment.insert(u"XDG_CONFIG_HOME"_s, config.path());
    const QString problem = u"/partners.json: /schemaVersion: schema version 9 is newer"_s;

    Run result = run({u"--quit-after-first-frame"_s}, environment);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.err.contains(remembered.path() + problem), qPrintable(result.err));

    result = run({u"--content"_s, given.path(), u"--quit-after-first-frame"_s}, environment);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.err.contains(given.path() + problem), qPrintable(result.err));
    QVERIFY2(!result.err.contains(remembered.path()), qPrintable(result.err));
    QCOMPARE(QSettings(settingsFile, QSettings::IniFormat).value(u"contentFolder"_s).toString(),
             remembered.path());

    const QString gone = remembered.path();
    remembered.remove();
    result = run({u"--quit-after-first-frame"_s}, environment);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.err.contains(u"The content folder %1 no longer exists"_s.arg(gone)),
             qPrintable(result.err));
    QVERIFY(!QSettings(settingsFile, QSettings::IniFormat).contains(u"contentFolder"_s));
}

void TestSparkShowcase::exportWritesFilesWithProgress()
{
    QTemporaryDir directory;
    QTemporaryDir config;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_CONFIG_HOME"_s, config.path());
    const QString out = directory.filePath(u"press kit"_s);
    const Run result = run({u"--export"_s, u"hardware,reviews"_s, u"--out"_s, out, u"--size"_s,
                            u"640x360"_s, u"--lang"_s, u"en,de"_s},
                           environment);
    QCOMPARE(result.exitCode, 0);
    // Exports depend on their options alone: no settings read or written.
    QVERIFY(entries(config.path()).isEmpty());
    const QStringList expected = {
            u"[1/4] %1/hardware_en_640x360@1x.png"_s.arg(out),
            u"[2/4] %1/reviews_en_640x360@1x.png"_s.arg(out),
            u"[3/4] %1/hardware_de_640x360@1x.png"_s.arg(out),
            u"[4/4] %1/reviews_de_640x360@1x.png"_s.arg(out),
    };
    // One line per file and nothing else.
    QCOMPARE(result.errorLines, expected);
    QVERIFY(result.out.isEmpty());
    QCOMPARE(entries(out).size(), 4);
    QCOMPARE(QImageReader(QDir(out).filePath(u"reviews_de_640x360@1x.png"_s)).size(),
             QSize(640, 360));
}

void TestSparkShowcase::exportIsHeadlessWithoutPlatform()
{
    // No platform chosen and no display: the export picks offscreen itself.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        environment.remove(QString::fromLatin1(name));
    QTemporaryDir directory;
    const Run result = run(
            {u"--export"_s, u"timeline"_s, u"--out"_s, directory.path(), u"--size"_s, u"320x200"_s},
            environment);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.errorLines.size(), 1);
    QCOMPARE(entries(directory.path()), QStringList{u"timeline_en_320x200@1x.png"_s});
}

void TestSparkShowcase::sameCommandSameBytes()
{
    QTemporaryDir first;
    QTemporaryDir second;
    for (const QString &format : {u"png"_s, u"pdf"_s, u"svg"_s}) {
        const QStringList arguments = {u"--export"_s, u"all"_s,   u"--size"_s, u"480x320"_s,
                                       u"--format"_s, format,     u"--lang"_s, u"ar,zh_CN"_s,
                                       u"--theme"_s,  u"light"_s, u"--out"_s};
        QCOMPARE(run(arguments + QStringList{first.path()}).exitCode, 0);
        QCOMPARE(run(arguments + QStringList{second.path()}).exitCode, 0);
    }
    const QStringList files = entries(first.path());
    QCOMPARE(files.size(), 24);
    QCOMPARE(entries(second.path()), files);
    for (const QString &file : files) {
        QFile a(QDir(first.path()).filePath(file));
        QFile b(QDir(second.path()).filePath(file));
        QVERIFY(a.open(QIODevice::ReadOnly));
        QVERIFY(b.open(QIODevice::ReadOnly));
        QVERIFY2(a.readAll() == b.readAll(), qPrintable(file));
    }
}

void TestSparkShowcase::aLanguageExportsAsAlone()
{
    // Qt sets up a font's antialiasing from the first glyph a process draws
    // with it: in one process, Reviews in Arabic, Spanish and Japanese came out
    // a hundred pixels or so apart from the same files exported alone. 1080p
    // is where that showed.
    QTemporaryDir together;
    QTemporaryDir alone;
    const QStringList arguments = {u"--export"_s, u"reviews"_s, u"--size"_s, u"1920x1080"_s,
                                   u"--lang"_s};
    const Run all = run(arguments + QStringList{u"all"_s, u"--out"_s, together.path()});
    QCOMPARE(all.exitCode, 0);
    const QStringList files = entries(together.path());
    QCOMPARE(files.size(), 7);
    QCOMPARE(all.errorLines.size(), 7);
    for (const QString &language :
         {u"en"_s, u"ar"_s, u"de"_s, u"es"_s, u"fr"_s, u"ja"_s, u"zh_CN"_s}) {
        QCOMPARE(run(arguments + QStringList{language, u"--out"_s, alone.path()}).exitCode, 0);
        const QString file = u"reviews_%1_1920x1080@1x.png"_s.arg(language);
        QFile a(QDir(together.path()).filePath(file));
        QFile b(QDir(alone.path()).filePath(file));
        QVERIFY2(a.open(QIODevice::ReadOnly), qPrintable(file));
        QVERIFY2(b.open(QIODevice::ReadOnly), qPrintable(file));
        QVERIFY2(a.readAll() == b.readAll(), qPrintable(file));
    }
}

void TestSparkShowcase::aFailedLanguageStopsTheOthers()
{
    // The German file cannot be saved: a folder has its name.
    QTemporaryDir directory;
    const QString blocked = directory.filePath(u"hardware_de_320x200@1x.png"_s);
    QVERIFY(QDir().mkpath(blocked));
    const Run result = run({u"--export"_s, u"hardware"_s, u"--size"_s, u"320x200"_s, u"--lang"_s,
                            u"en,de,fr"_s, u"--force"_s, u"--out"_s, directory.path()});
    QCOMPARE(result.exitCode, 5);
    QVERIFY(!result.errorLines.isEmpty());
    // One line on the failure, last, naming the file; one before it for each
    // file written, which is whole; no temporary file left.
    const QString failure = result.errorLines.constLast();
    QVERIFY2(failure.startsWith(u"spark-showcase: cannot save “%1”: "_s.arg(blocked)),
             qPrintable(failure));
    // English and French may or may not be out before the failure stops
    // them, as they run alongside.
    QStringList files = entries(directory.path());
    files.removeOne(u"hardware_de_320x200@1x.png"_s);
    QCOMPARE(files.size(), result.errorLines.size() - 1);
    for (const QString &file : std::as_const(files)) {
        QCOMPARE(QImageReader(QDir(directory.path()).filePath(file)).size(), QSize(320, 200));
        QVERIFY(result.errorLines.contains(u"[1/3] "_s + directory.filePath(file)) ||
                result.errorLines.contains(u"[2/3] "_s + directory.filePath(file)));
    }
}

void TestSparkShowcase::scaleTwoDoublesPixels()
{
    QTemporaryDir directory;
    const Run result =
            run({u"--export"_s, u"partners"_s, u"--out"_s, directory.path(), u"--scale"_s, u"2"_s,
                 u"--format"_s, u"jpg"_s, u"--quality"_s, u"80"_s});
    QCOMPARE(result.exitCode, 0);
    const QString file = directory.filePath(u"partners_en_1920x1080@2x.jpg"_s);
    QCOMPARE(result.errorLines, QStringList{u"[1/1] "_s + file});
    QImageReader reader(file);
    QCOMPARE(reader.format(), QByteArray("jpeg"));
    QCOMPARE(reader.size(), QSize(3840, 2160));
}

void TestSparkShowcase::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("reason");

    const QStringList all = {u"--export"_s, u"all"_s};
    QTest::newRow("size not WxH") << all + QStringList{u"--size"_s, u"big"_s} << 2
                                  << u"WIDTHxHEIGHT"_s;
    QTest::newRow("size zero") << all + QStringList{u"--size"_s, u"1920x0"_s} << 2 << u"zero"_s;
    QTest::newRow("size over 16384")
            << all + QStringList{u"--size"_s, u"16385x100"_s} << 2 << u"16384"_s;
    QTest::newRow("over 100 megapixels")
            << all + QStringList{u"--size"_s, u"8000x8000"_s, u"--scale"_s, u"2"_s} << 2
            << u"megapixels"_s;
    QTest::newRow("unknown view") << QStringList{u"--export"_s, u"kitchen"_s} << 2
                                  << u"unknown view"_s;
    QTest::newRow("unknown format")
            << all + QStringList{u"--format"_s, u"bmp"_s} << 2 << u"unknown format"_s;
    QTest::newRow("unknown language")
            << all + QStringList{u"--lang"_s, u"tlh"_s} << 2 << u"unknown language"_s;
    QTest::newRow("unknown item") << all + QStringList{u"--item"_s, u"no-such-item"_s} << 2
                                  << u"no-such-item"_s;
}

void TestSparkShowcase::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, reason);
    QTemporaryDir directory;
    const QString out = directory.filePath(u"out"_s);
    const Run result = run(arguments + QStringList{u"--out"_s, out});
    QCOMPARE(result.exitCode, exitCode);
    QCOMPARE(result.errorLines.size(), 1);
    QVERIFY2(result.errorLines.constFirst().startsWith(u"spark-showcase: "_s),
             qPrintable(result.errorLines.constFirst()));
    QVERIFY2(result.errorLines.constFirst().contains(reason),
             qPrintable(result.errorLines.constFirst()));
    QVERIFY2(!QFileInfo::exists(out), "nothing written");
}

void TestSparkShowcase::existingFilesNeedForce()
{
    QTemporaryDir directory;
    const QStringList arguments = {u"--export"_s, u"hardware,timeline"_s,
                                   u"--out"_s,    directory.path(),
                                   u"--size"_s,   u"320x200"_s};
    QCOMPARE(run(arguments).exitCode, 0);
    const QString hardware = directory.filePath(u"hardware_en_320x200@1x.png"_s);
    QVERIFY(QFile::remove(directory.filePath(u"timeline_en_320x200@1x.png"_s)));
    const QDateTime before = QFileInfo(hardware).lastModified();

    const Run refused = run(arguments);
    QCOMPARE(refused.exitCode, 4);
    QCOMPARE(refused.errorLines.size(), 1);
    QVERIFY2(refused.errorLines.constFirst().contains(hardware) &&
                     refused.errorLines.constFirst().contains(u"--force"_s),
             qPrintable(refused.errorLines.constFirst()));
    // Nothing written: the free name stays free, the taken one untouched.
    QCOMPARE(entries(directory.path()), QStringList{u"hardware_en_320x200@1x.png"_s});
    QCOMPARE(QFileInfo(hardware).lastModified(), before);

    const Run forced = run(arguments + QStringList{u"--force"_s});
    QCOMPARE(forced.exitCode, 0);
    QCOMPARE(entries(directory.path()).size(), 2);
}

void TestSparkShowcase::unwritableFolder()
{
    QTemporaryDir directory;
    QFile blocker(directory.filePath(u"file"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString out = directory.filePath(u"file/out"_s);
    const Run result = run({u"--export"_s, u"all"_s, u"--out"_s, out});
    QCOMPARE(result.exitCode, 3);
    QCOMPARE(result.errorLines.size(), 1);
    QVERIFY2(result.errorLines.constFirst().contains(out),
             qPrintable(result.errorLines.constFirst()));
    QCOMPARE(entries(directory.path()), QStringList{u"file"_s});
}

void TestSparkShowcase::invalidContentRefused()
{
    QTemporaryDir content;
    QFile bad(content.filePath(u"timeline.json"_s));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("{ not json");
    bad.close();
    QTemporaryDir directory;
    const QString out = directory.filePath(u"out"_s);
    const Run result =
            run({u"--export"_s, u"all"_s, u"--out"_s, out, u"--content"_s, content.path()});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(!result.errorLines.isEmpty());
    QVERIFY2(result.errorLines.constLast().contains(u"timeline.json"_s),
             qPrintable(result.errorLines.join(u'\n')));
    QVERIFY(!QFileInfo::exists(out));
}

void TestSparkShowcase::interruptStopsCleanly()
{
    QTemporaryDir directory;
    QProcess process;
    process.setReadChannel(QProcess::StandardError);
    process.start(QStringLiteral(SPARK_EXECUTABLE),
                  {u"--export"_s, u"all"_s, u"--lang"_s, u"en,de,fr"_s, u"--size"_s, u"3840x2160"_s,
                   u"--out"_s, directory.path()});
    // Interrupted as soon as the first file is out, with eleven to go.
    QByteArray errors;
    while (!errors.contains("[1/12] ") && process.waitForReadyRead(60'000))
        errors += process.readAllStandardError();
    QVERIFY2(errors.contains("[1/12] "), errors.constData());
    ::kill(pid_t(process.processId()), SIGINT);
    QVERIFY(process.waitForFinished(60'000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 6);
    errors += process.readAllStandardError();
    QStringList lines = QString::fromUtf8(errors).split(u'\n', Qt::SkipEmptyParts);
    lines.removeIf([](const QString &line) { return line.startsWith(u"spark."_s); });
    QVERIFY2(lines.constLast().contains(u"canceled"_s), qPrintable(lines.constLast()));
    // Only whole files, one per progress line; nothing half written or temporary.
    const QStringList files = entries(directory.path());
    QCOMPARE(files.size(), lines.size() - 1);
    QVERIFY(files.size() < 12);
    for (const QString &file : files)
        QCOMPARE(QImageReader(QDir(directory.path()).filePath(file)).size(), QSize(3840, 2160));
}

void TestSparkShowcase::hashesAPinFromStandardInput()
{
    QProcess process;
    process.start(QStringLiteral(SPARK_EXECUTABLE), {u"--kiosk-hash-pin"_s});
    process.write("480516\n480516\n");
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(60'000));
    QCOMPARE(process.exitCode(), 0);
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(out.startsWith(u"pin = pbkdf2-sha256$100000$"_s), qPrintable(out));
    QVERIFY(out.endsWith(u'\n'));
    // No prompts on a pipe; the line is what the settings reader takes.
    QCOMPARE(process.readAllStandardError(), QByteArray());
    const std::optional<PinHash> hash = PinHash::parse(out.mid(6).trimmed());
    QVERIFY(hash);
    QVERIFY(hash->verify(u"480516"_s));
    QVERIFY(!hash->verify(u"480517"_s));
}

void TestSparkShowcase::hashPinRefuses_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message");
    QTest::newRow("different") << QByteArray("480516\n480517\n")
                               << u"spark-showcase: the two PINs differ; nothing printed"_s;
    QTest::newRow("only once") << QByteArray("480516\n")
                               << u"spark-showcase: no PIN read twice; nothing printed"_s;
    QTest::newRow("nothing") << QByteArray() << u"spark-showcase: no PIN read twice"_s;
    QTest::newRow("example") << QByteArray("1234\n1234\n")
                             << u"spark-showcase: 1234 is the example PIN of the documentation"_s;
    QTest::newRow("letters") << QByteArray("abcd\nabcd\n")
                             << u"spark-showcase: the PIN may hold only the digits"_s;
    QTest::newRow("short") << QByteArray("482\n482\n")
                           << u"spark-showcase: the PIN needs 4 to 12 digits"_s;
}

void TestSparkShowcase::hashPinRefuses()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, message);
    QProcess process;
    process.start(QStringLiteral(SPARK_EXECUTABLE), {u"--kiosk-hash-pin"_s});
    process.write(input);
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(60'000));
    QCOMPARE(process.exitCode(), 1);
    QCOMPARE(process.readAllStandardOutput(), QByteArray());
    const QString error = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(error.startsWith(message), qPrintable(error));
}

void TestSparkShowcase::hashesAPinFromATerminalUnseen()
{
    // A pseudo-terminal stands in for the operator's: it echoes what is typed
    // unless the program turns echo off.
    int master = -1;
    int slave = -1;
    QCOMPARE(::openpty(&master, &slave, nullptr, nullptr, nullptr), 0);
    struct termios before = {};
    QCOMPARE(::tcgetattr(slave, &before), 0);
    QVERIFY(before.c_lflag & ECHO);
    QProcess process;
    process.setChildProcessModifier([slave] {
        ::setsid();
        ::ioctl(slave, TIOCSCTTY, 0);
        ::dup2(slave, 0);
        ::dup2(slave, 1);
        ::dup2(slave, 2);
    });
    process.start(QStringLiteral(SPARK_EXECUTABLE), {u"--kiosk-hash-pin"_s});
    QVERIFY(process.waitForStarted());
    QByteArray screen;
    const auto readUntil = [&](const QByteArray &text) {
        QElapsedTimer timer;
        timer.start();
        while (!screen.contains(text) && timer.elapsed() < 60'000) {
            struct pollfd fd = {master, POLLIN, 0};
            if (::poll(&fd, 1, 100) > 0) {
                char buffer[512];
                const ssize_t size = ::read(master, buffer, sizeof buffer);
                if (size > 0)
                    screen.append(buffer, size);
            }
        }
        return screen.contains(text);
    };
    QVERIFY2(readUntil("Operator PIN"), screen.constData());
    QCOMPARE(::write(master, "480516\n", 7), ssize_t(7));
    QVERIFY2(readUntil("The same PIN again"), screen.constData());
    QCOMPARE(::write(master, "480516\n", 7), ssize_t(7));
    QVERIFY2(readUntil("[operator] section"), screen.constData());
    QVERIFY(process.waitForFinished(60'000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY2(screen.contains("pin = pbkdf2-sha256$100000$"), screen.constData());
    // Typed twice, shown never.
    QVERIFY2(!screen.contains("480516"), screen.constData());
    // And the terminal echoes again afterwards.
    struct termios after = {};
    QCOMPARE(::tcgetattr(slave, &after), 0);
    QVERIFY(after.c_lflag & ECHO);
    ::close(master);
    ::close(slave);
}

void TestSparkShowcase::kioskIgnoresDesktopSettingsAndReloads()
{
    // What a desktop user of the same account left behind.
    QTemporaryDir home;
    QVERIFY(QDir().mkpath(home.filePath(u"config/Spark Showcase"_s)));
    const QString remembered = home.filePath(u"config/Spark Showcase/spark-showcase.conf"_s);
    QFile settings(remembered);
    QVERIFY(settings.open(QIODevice::WriteOnly));
    settings.write("[General]\nlanguage=de\ntheme=light\nreducedMotion=true\nview=reviews\n");
    settings.close();
    QFile kiosk(home.filePath(u"kiosk.ini"_s));
    QVERIFY(kiosk.open(QIODevice::WriteOnly));
    kiosk.write("[appearance]\ntheme = high-contrast\n");
    kiosk.close();
    kiosk.setPermissions(QFile::ReadOwner | QFile::WriteOwner);

    QProcessEnvironment environment = this->environment();
    environment.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    environment.insert(u"XDG_STATE_HOME"_s, home.filePath(u"state"_s));
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setReadChannel(QProcess::StandardError);
    process.start(QStringLiteral(SPARK_EXECUTABLE),
                  {u"--kiosk"_s, u"--kiosk-config"_s, kiosk.fileName()});
    QByteArray log;
    const auto readUntil = [&](const QByteArray &text) {
        while (!log.contains(text) && process.waitForReadyRead(60'000))
            log += process.readAllStandardError();
        return log.contains(text);
    };
    QVERIFY2(readUntil("Kiosk mode started"), log.constData());
    QVERIFY2(log.contains("theme high-contrast, motion on, language en"), log.constData());

    // SIGHUP reads the settings again and goes on.
    ::kill(pid_t(process.processId()), SIGHUP);
    QVERIFY2(readUntil("Kiosk settings reloaded"), log.constData());
    QCOMPARE(process.state(), QProcess::Running);

    ::kill(pid_t(process.processId()), SIGTERM);
    QVERIFY(process.waitForFinished(60'000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    // Nothing written back either.
    QVERIFY(settings.open(QIODevice::ReadOnly));
    QCOMPARE(settings.readAll(),
             QByteArray("[General]\nlanguage=de\ntheme=light\nreducedMotion=true\nview=reviews\n"));
}

void TestSparkShowcase::checksEverySourceCanBeFollowed()
{
    // A source with neither an address nor a note, and one nothing cites:
    // --check-content names the file, the place and the problem.
    QTemporaryDir dir;
    QFile bundled(QStringLiteral(SPARK_SOURCE_DIR "/resources/data/hardware.json"));
    QVERIFY(bundled.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(bundled.readAll()).object();
    QJsonArray sources = root.value(u"sources"_s).toArray();
    QJsonObject third = sources.at(3).toObject();
    third.remove(u"url"_s);
    sources[3] = third;
    sources.append(QJsonObject{{u"id"_s, u"old-post"_s},
                               {u"title"_s, u"An old post"_s},
                               {u"publisher"_s, u"Somebody"_s},
                               {u"url"_s, u"https://example.com/old"_s}});
    root.insert(u"sources"_s, sources);
    QFile edited(dir.filePath(u"hardware.json"_s));
    QVERIFY(edited.open(QIODevice::WriteOnly));
    QVERIFY(edited.write(QJsonDocument(root).toJson()) > 0);
    edited.close();
    const Run result = run({u"--check-content"_s, dir.path()});
    QCOMPARE(result.exitCode, 1);
    const QString file = dir.filePath(u"hardware.json"_s);
    QVERIFY2(result.out.contains(file + u": /sources/3: no url and no note"_s),
             qPrintable(result.out));
    QVERIFY2(result.out.contains(file +
                                 u": /sources/%1: source “old-post” is cited by nothing"_s.arg(
                                         sources.size() - 1)),
             qPrintable(result.out));
    QVERIFY(result.out.endsWith(u"2 problems found.\n"_s));
}

void TestSparkShowcase::exportQrCodesReadBack()
{
    // The command a press kit is made with, read back by a real decoder.
    if (QrDecoder::program().isEmpty())
        QFAIL("zbarimg is missing: install zbar-tools (scripts/dev test does)");
    QTemporaryDir directory;
    QTemporaryDir content;
    QVERIFY(writeContent(content.path()));
    const Run result =
            run({u"--content"_s, content.path(), u"--export"_s, u"timeline"_s, u"--item"_s,
                 u"flight"_s, u"--qr"_s, u"--theme"_s, u"light"_s, u"--out"_s, directory.path()});
    QCOMPARE(result.exitCode, 0);
    QString error;
    QCOMPARE(QrDecoder::decodeFile(directory.filePath(u"timeline_en_1920x1080@1x.png"_s), &error),
             QStringList{flightLog});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Without --qr, no code.
    const Run plain = run({u"--content"_s, content.path(), u"--export"_s, u"timeline"_s,
                           u"--item"_s, u"flight"_s, u"--theme"_s, u"light"_s, u"--out"_s,
                           directory.path(), u"--force"_s});
    QCOMPARE(plain.exitCode, 0);
    QCOMPARE(QrDecoder::decodeFile(directory.filePath(u"timeline_en_1920x1080@1x.png"_s), &error),
             QStringList());
}

QTEST_GUILESS_MAIN(TestSparkShowcase)
#include "tst_spark_showcase.moc"
