#include "commandline.h"

#include "export/exportplan.h"
#include "views/viewregistry.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void browseByDefault();
    void exportDefaults();
    void exportOptions();
    void exportRefusals_data();
    void exportRefusals();
    void helpListsExport();
    void isExport_data();
    void isExport();
};

static CommandLine::Result parse(const QStringList &arguments)
{
    return CommandLine::parse(QStringList{u"spark-showcase"_s} + arguments);
}

void TestCommandLine::browseByDefault()
{
    const CommandLine::Result result = parse({});
    QVERIFY(!result.exit);
    QCOMPARE(result.options.mode, Options::Mode::Browse);
}

void TestCommandLine::exportDefaults()
{
    const CommandLine::Result result = parse({u"--export"_s, u"all"_s, u"--out"_s, u"out"_s});
    QVERIFY2(!result.exit, qPrintable(result.error));
    QCOMPARE(result.options.mode, Options::Mode::Export);
    const ExportRequest &request = result.options.exportRequest;
    QCOMPARE(request.views, ViewRegistry::names());
    QCOMPARE(request.outputDirectory, u"out"_s);
    QCOMPARE(request.size, QSize(1920, 1080));
    QCOMPARE(request.scale, 1.0);
    QCOMPARE(request.format, ExportRequest::Format::Png);
    QCOMPARE(request.languages, QStringList{u"en"_s});
    QCOMPARE(request.theme, Theme::Id::Dark);
    QCOMPARE(request.quality, ExportRequest::DefaultQuality);
    QVERIFY(request.item.isEmpty());
    QVERIFY(request.namePattern.isEmpty());
    QVERIFY(!request.overwrite);
}

void TestCommandLine::exportOptions()
{
    const CommandLine::Result result = parse({u"--export"_s,
                                              u"timeline,hardware"_s,
                                              u"--out"_s,
                                              u"press"_s,
                                              u"--size"_s,
                                              u"1080x1920"_s,
                                              u"--scale"_s,
                                              u"2"_s,
                                              u"--format"_s,
                                              u"jpg"_s,
                                              u"--quality"_s,
                                              u"75"_s,
                                              u"--lang"_s,
                                              u"de,ja"_s,
                                              u"--theme"_s,
                                              u"light"_s,
                                              u"--item"_s,
                                              u"memory"_s,
                                              u"--force"_s,
                                              u"--name-pattern"_s,
                                              u"{lang}-{view}.{ext}"_s});
    QVERIFY2(!result.exit, qPrintable(result.error));
    const ExportRequest &request = result.options.exportRequest;
    QCOMPARE(request.views, (QStringList{u"timeline"_s, u"hardware"_s}));
    QCOMPARE(request.outputDirectory, u"press"_s);
    QCOMPARE(request.size, QSize(1080, 1920));
    QCOMPARE(request.scale, 2.0);
    QCOMPARE(request.format, ExportRequest::Format::Jpeg);
    QCOMPARE(request.quality, 75);
    QCOMPARE(request.languages, (QStringList{u"de"_s, u"ja"_s}));
    QCOMPARE(request.theme, Theme::Id::Light);
    QCOMPARE(request.item, u"memory"_s);
    QVERIFY(request.overwrite);
    QCOMPARE(request.namePattern, u"{lang}-{view}.{ext}"_s);
}

void TestCommandLine::exportRefusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("reason");

    const QStringList base = {u"--export"_s, u"all"_s, u"--out"_s, u"out"_s};
    QTest::newRow("no out") << QStringList{u"--export"_s, u"all"_s} << u"--out"_s;
    QTest::newRow("size not WxH") << base + QStringList{u"--size"_s, u"1920"_s}
                                  << u"WIDTHxHEIGHT"_s;
    QTest::newRow("size zero") << base + QStringList{u"--size"_s, u"0x1080"_s} << u"zero"_s;
    QTest::newRow("size too big") << base + QStringList{u"--size"_s, u"20000x1080"_s} << u"16384"_s;
    QTest::newRow("too many pixels")
            << base + QStringList{u"--size"_s, u"16000x9000"_s, u"--scale"_s, u"2"_s}
            << u"megapixels"_s;
    QTest::newRow("bad scale") << base + QStringList{u"--scale"_s, u"0"_s} << u"scale"_s;
    QTest::newRow("unknown view") << QStringList{u"--export"_s, u"kitchen"_s, u"--out"_s, u"o"_s}
                                  << u"unknown view “kitchen”"_s;
    QTest::newRow("unknown format")
            << base + QStringList{u"--format"_s, u"gif"_s} << u"unknown format “gif”"_s;
    QTest::newRow("unknown language")
            << base + QStringList{u"--lang"_s, u"de,xx"_s} << u"unknown language “xx”"_s;
    QTest::newRow("unknown theme")
            << base + QStringList{u"--theme"_s, u"sepia"_s} << u"unknown theme"_s;
    QTest::newRow("bad quality") << base + QStringList{u"--quality"_s, u"101"_s} << u"quality"_s;
    QTest::newRow("bad pattern") << base + QStringList{u"--name-pattern"_s, u"{date}.png"_s}
                                 << u"placeholder"_s;
    QTest::newRow("pattern collides")
            << base + QStringList{u"--name-pattern"_s, u"same.png"_s} << u"names two files"_s;
    QTest::newRow("with --view") << base + QStringList{u"--view"_s, u"timeline"_s}
                                 << u"--view does not go with --export"_s;
    QTest::newRow("with --check-content")
            << base + QStringList{u"--check-content"_s, u"."_s} << u"--check-content"_s;
    QTest::newRow("out without export")
            << QStringList{u"--out"_s, u"o"_s} << u"--out works only with --export"_s;
    QTest::newRow("force without export") << QStringList{u"--force"_s} << u"--force"_s;
    QTest::newRow("size without export") << QStringList{u"--size"_s, u"10x10"_s} << u"--size"_s;
}

void TestCommandLine::exportRefusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, reason);
    const CommandLine::Result result = parse(arguments);
    QVERIFY(result.exit);
    QCOMPARE(result.exitCode, int(CommandLine::UsageError));
    QVERIFY2(result.error.contains(reason), qPrintable(result.error));
    QVERIFY2(!result.error.contains(u'\n'), "one line");
    QVERIFY(result.output.isEmpty());
}

void TestCommandLine::helpListsExport()
{
    const CommandLine::Result result = parse({u"--help"_s});
    QVERIFY(result.exit);
    for (const char *option : {"--export", "--out", "--size", "--scale", "--format", "--quality",
                               "--name-pattern", "--force"})
        QVERIFY2(result.output.contains(QLatin1String(option)), option);
    QVERIFY(result.output.contains(ExportPlan::defaultPattern()));
}

void TestCommandLine::isExport_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("expected");
    QTest::newRow("none") << QStringList{} << false;
    QTest::newRow("export") << QStringList{u"--export"_s, u"all"_s} << true;
    QTest::newRow("export=") << QStringList{u"--export=all"_s} << true;
    QTest::newRow("browse") << QStringList{u"--view"_s, u"timeline"_s} << false;
    QTest::newRow("exporter") << QStringList{u"--exporter"_s} << false;
}

void TestCommandLine::isExport()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, expected);
    QList<QByteArray> bytes{"spark-showcase"};
    for (const QString &argument : arguments)
        bytes << argument.toUtf8();
    QList<char *> argv;
    for (QByteArray &argument : bytes)
        argv << argument.data();
    QCOMPARE(CommandLine::isExport(int(argv.size()), argv.data()), expected);
}

QTEST_MAIN(TestCommandLine)
#include "tst_commandline.moc"
