#include "cliexport.h"

#include "export/exporter.h"
#include "views/theme.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {

// What a run printed and returned.
struct Run
{
    int status = -1;
    QString progress;
    QString errors;
};

Run runExport(const ExportRequest &request, const QString &content = QString(),
              const std::function<void(CliExport *, int)> &onFile = {})
{
    Run run;
    QTextStream progress(&run.progress);
    QTextStream errors(&run.errors);
    CliExport cli(&progress, &errors);
    if (onFile) {
        QObject::connect(&cli, &CliExport::fileWritten, &cli,
                         [&](const QString &, int number, int) { onFile(&cli, number); });
    }
    run.status = cli.run(content, request);
    return run;
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

int signalsSeen = 0;
extern "C" void countSignal(int)
{
    ++signalsSeen;
}

} // namespace

class TestCliExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void writesEveryFile();
    void drawsEachLanguageAsAlone();
    void refusesBadRequests_data();
    void refusesBadRequests();
    void refusesUnwritableFolder();
    void refusesFilesThatExist();
    void refusesInvalidContent();
    void stopsOnSignal_data();
    void stopsOnSignal();

private:
    ExportRequest request() const;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliExport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

ExportRequest TestCliExport::request() const
{
    ExportRequest request;
    request.views = {u"reviews"_s};
    request.size = QSize(480, 320);
    request.languages = {u"en"_s};
    request.outputDirectory = m_dir->filePath(u"out"_s);
    return request;
}

void TestCliExport::writesEveryFile()
{
    ExportRequest request = this->request();
    request.views = {u"hardware"_s, u"partners"_s};
    request.languages = {u"en"_s, u"de"_s};
    request.theme = Theme::Id::Light;
    const Run run = runExport(request);
    QCOMPARE(run.status, 0);
    QVERIFY2(run.errors.isEmpty(), qPrintable(run.errors));
    const QStringList expected{u"hardware_de_480x320@1x.png"_s, u"hardware_en_480x320@1x.png"_s,
                               u"partners_de_480x320@1x.png"_s, u"partners_en_480x320@1x.png"_s};
    QCOMPARE(filesIn(request.outputDirectory), expected);
    // One progress line per file, numbered, naming the file.
    const QStringList lines = run.progress.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    for (int i = 0; i < lines.size(); ++i) {
        QVERIFY2(lines.at(i).startsWith(u"[%1/4] "_s.arg(i + 1)), qPrintable(lines.at(i)));
        QVERIFY(lines.at(i).endsWith(u".png"_s));
    }
    const QImage image(QDir(request.outputDirectory).filePath(expected.constFirst()));
    QCOMPARE(image.size(), QSize(480, 320));
    // The theme asked for is the application's for the run.
    QCOMPARE(Appearance::instance()->theme().id, Theme::Id::Light);
    QVERIFY(Appearance::instance()->reducedMotion());

    // The same request gives the same bytes.
    QFile first(QDir(request.outputDirectory).filePath(expected.constFirst()));
    QVERIFY(first.open(QIODevice::ReadOnly));
    const QByteArray bytes = first.readAll();
    first.close();
    request.overwrite = true;
    QCOMPARE(runExport(request).status, 0);
    QVERIFY(first.open(QIODevice::ReadOnly));
    QCOMPARE(first.readAll(), bytes);
}

void TestCliExport::drawsEachLanguageAsAlone()
{
    // Without a program to start per language, the languages are drawn in this
    // process one after the other. Each must still come out as the executable
    // draws it alone: Qt fixes a font engine's antialiasing from the first glyph
    // drawn with it, and Reviews at 1080p in Arabic and Spanish after English
    // came out about a hundred pixels apart.
    ExportRequest request = this->request();
    request.size = QSize(1920, 1080);
    request.languages = {u"en"_s, u"ar"_s, u"es"_s};
    QCOMPARE(runExport(request).status, 0);

    const QString alone = m_dir->filePath(u"alone"_s);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"config"_s));
    for (const QString &language : {u"ar"_s, u"es"_s}) {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(SPARK_EXECUTABLE),
                      {u"--export"_s, u"reviews"_s, u"--size"_s, u"1920x1080"_s, u"--lang"_s,
                       language, u"--out"_s, alone});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QString name = u"reviews_%1_1920x1080@1x.png"_s.arg(language);
        QFile together(QDir(request.outputDirectory).filePath(name));
        QFile single(QDir(alone).filePath(name));
        QVERIFY(together.open(QIODevice::ReadOnly));
        QVERIFY(single.open(QIODevice::ReadOnly));
        QVERIFY2(together.readAll() == single.readAll(), qPrintable(name));
    }
}

void TestCliExport::refusesBadRequests_data()
{
    QTest::addColumn<QStringList>("views");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("item");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown view") << QStringList{u"gallery"_s} << QSize(480, 320) << QString()
                                  << u"gallery"_s;
    QTest::newRow("no view") << QStringList() << QSize(480, 320) << QString() << QString();
    QTest::newRow("bad size") << QStringList{u"reviews"_s} << QSize(0, 320) << QString()
                              << QString();
    QTest::newRow("unknown item") << QStringList{u"reviews"_s} << QSize(480, 320)
                                  << u"no-such-item"_s << u"no-such-item"_s;
}

void TestCliExport::refusesBadRequests()
{
    QFETCH(QStringList, views);
    QFETCH(QSize, size);
    QFETCH(QString, item);
    QFETCH(QString, message);
    ExportRequest request = this->request();
    request.views = views;
    request.size = size;
    request.item = item;
    const Run run = runExport(request);
    QCOMPARE(run.status, int(Exporter::Status::InvalidRequest));
    QCOMPARE(run.status, 2);
    // One line that says why; nothing written.
    QVERIFY(run.progress.isEmpty());
    QVERIFY2(run.errors.startsWith(u"spark-showcase: "_s), qPrintable(run.errors));
    QCOMPARE(run.errors.count(u'\n'), 1);
    QVERIFY2(run.errors.contains(message), qPrintable(run.errors));
    QVERIFY(filesIn(request.outputDirectory).isEmpty());
}

void TestCliExport::refusesUnwritableFolder()
{
    // A file where the folder should be.
    QFile blocker(m_dir->filePath(u"out"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    ExportRequest request = this->request();
    request.outputDirectory = m_dir->filePath(u"out/press"_s);
    const Run run = runExport(request);
    QCOMPARE(run.status, int(Exporter::Status::OutputUnwritable));
    QVERIFY2(run.errors.contains(u"out/press"_s), qPrintable(run.errors));
    QVERIFY(run.progress.isEmpty());
}

void TestCliExport::refusesFilesThatExist()
{
    const ExportRequest request = this->request();
    QCOMPARE(runExport(request).status, 0);
    const Run again = runExport(request);
    QCOMPARE(again.status, int(Exporter::Status::FilesExist));
    QVERIFY2(again.errors.contains(u"nothing written, add --force to replace them"_s),
             qPrintable(again.errors));
    QCOMPARE(again.errors.count(u'\n'), 1);
    QVERIFY(again.progress.isEmpty());
}

void TestCliExport::refusesInvalidContent()
{
    // The caller's own content is broken: no press kit from the bundled files.
    const QString content = m_dir->filePath(u"content"_s);
    QVERIFY(QDir().mkpath(content));
    QFile broken(QDir(content).filePath(u"reviews.json"_s));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{ \"schemaVersion\": 1, \"items\": [");
    broken.close();
    const ExportRequest request = this->request();
    const Run run = runExport(request, content);
    QCOMPARE(run.status, 1);
    QVERIFY2(run.errors.contains(u"invalid content in "_s + broken.fileName() + u';'),
             qPrintable(run.errors));
    QVERIFY2(run.errors.contains(u"--check-content "_s + content), qPrintable(run.errors));
    QVERIFY(!QFileInfo::exists(request.outputDirectory));
}

void TestCliExport::stopsOnSignal_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("SIGINT") << SIGINT;
    QTest::newRow("SIGTERM") << SIGTERM;
    QTest::newRow("cancel()") << 0;
}

void TestCliExport::stopsOnSignal()
{
    QFETCH(int, signal);
    // The test's own handlers stand for whatever the process had before.
    signalsSeen = 0;
    struct sigaction own = {};
    own.sa_handler = countSignal;
    sigemptyset(&own.sa_mask);
    struct sigaction previousInt = {};
    struct sigaction previousTerm = {};
    sigaction(SIGINT, &own, &previousInt);
    sigaction(SIGTERM, &own, &previousTerm);

    ExportRequest request = this->request();
    request.views = {u"reviews"_s, u"partners"_s, u"timeline"_s};
    const Run run = runExport(request, QString(), [signal](CliExport *cli, int number) {
        if (number != 1)
            return;
        if (signal)
            std::raise(signal);
        else
            cli->cancel();
    });
    QCOMPARE(run.status, int(Exporter::Status::Canceled));
    // The file saved when the signal came stays, whole; nothing else is written.
    QCOMPARE(filesIn(request.outputDirectory), QStringList{u"reviews_en_480x320@1x.png"_s});
    QVERIFY(!QImage(QDir(request.outputDirectory).filePath(u"reviews_en_480x320@1x.png"_s))
                     .isNull());
    QCOMPARE(run.progress.count(u'\n'), 1);
    QCOMPARE(signalsSeen, 0);

    // The handlers from before the export are back.
    if (signal) {
        std::raise(signal);
        QCOMPARE(signalsSeen, 1);
    }
    sigaction(SIGINT, &previousInt, nullptr);
    sigaction(SIGTERM, &previousTerm, nullptr);
}

QTEST_MAIN(TestCliExport)
#include "tst_cliexport.moc"
