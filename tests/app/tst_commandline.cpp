#include "commandline.h"

#include "export/exportplan.h"
#include "export/exportrequest.h"
#include "views/viewregistry.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();
    void printsHelpAndVersion();
    void spotsConsoleOnlyArguments_data();
    void spotsConsoleOnlyArguments();
    void exportDefaults();
    void exportOptions();
    void exportRefusals_data();
    void exportRefusals();
    void helpListsExport();
    void exportArgumentsReadBack_data();
    void exportArgumentsReadBack();
    void isExport_data();
    void isExport();
    void kiosk_data();
    void kiosk();
    void kioskRefusals_data();
    void kioskRefusals();
    void hashPin();
};

void TestCommandLine::parses_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("view");
    QTest::addColumn<QString>("item");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("theme");
    QTest::addColumn<bool>("quit");
    QTest::newRow("nothing") << QStringList{} << QString() << QString() << QString() << QString()
                             << false;
    QTest::newRow("view") << QStringList{u"--view"_s, u"timeline"_s} << u"timeline"_s << QString()
                          << QString() << QString() << false;
    QTest::newRow("view with =") << QStringList{u"--view=partners"_s} << u"partners"_s << QString()
                                 << QString() << QString() << false;
    QTest::newRow("item alone") << QStringList{u"--item"_s, u"memory"_s} << QString() << u"memory"_s
                                << QString() << QString() << false;
    QTest::newRow("everything")
            << QStringList{u"--view"_s,  u"hardware"_s, u"--item"_s,
                           u"gb10"_s,    u"--lang"_s,   u"ja"_s,
                           u"--theme"_s, u"light"_s,    u"--quit-after-first-frame"_s}
            << u"hardware"_s << u"gb10"_s << u"ja"_s << u"light"_s << true;
    QTest::newRow("high contrast") << QStringList{u"--theme"_s, u"high-contrast"_s} << QString()
                                   << QString() << QString() << u"high-contrast"_s << false;
}

void TestCommandLine::parses()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, view);
    QFETCH(QString, item);
    QFETCH(QString, language);
    QFETCH(QString, theme);
    QFETCH(bool, quit);
    const CommandLine::Result result =
            CommandLine::parse(QStringList{u"spark-showcase"_s} + arguments);
    QVERIFY2(!result.exit, qPrintable(result.error));
    QCOMPARE(result.options.mode, Options::Mode::Browse);
    QCOMPARE(result.options.view, view);
    QCOMPARE(result.options.item, item);
    QCOMPARE(result.options.language, language);
    QCOMPARE(result.options.theme, theme);
    QCOMPARE(result.options.quitAfterFirstFrame, quit);
}

void TestCommandLine::refuses_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown view") << QStringList{u"--view"_s, u"gallery"_s}
                                  << u"unknown view “gallery”; expected one of: hardware, "
                                     u"timeline, partners, reviews"_s;
    QTest::newRow("view without value") << QStringList{u"--view"_s} << u"Missing value"_s;
    QTest::newRow("empty item") << QStringList{u"--item="_s} << u"--item needs an id"_s;
    QTest::newRow("unknown language")
            << QStringList{u"--lang"_s, u"xx"_s} << u"unknown language “xx”"_s;
    QTest::newRow("unknown theme") << QStringList{u"--theme"_s, u"sepia"_s}
                                   << u"unknown theme “sepia”; expected one of: dark, light, "
                                      u"high-contrast"_s;
    QTest::newRow("unknown option")
            << QStringList{u"--fullscreen"_s} << u"Unknown option 'fullscreen'"_s;
    QTest::newRow("stray argument")
            << QStringList{u"timeline"_s} << u"unexpected argument “timeline”"_s;
    QTest::newRow("missing content folder")
            << QStringList{u"--content"_s, u"/nonexistent/folder"_s}
            << u"the content folder “/nonexistent/folder” does not exist"_s;
}

void TestCommandLine::refuses()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CommandLine::Result result =
            CommandLine::parse(QStringList{u"spark-showcase"_s} + arguments);
    QVERIFY(result.exit);
    QCOMPARE(result.exitCode, int(CommandLine::UsageError));
    QVERIFY2(result.error.contains(message), qPrintable(result.error));
    // One line, for one line on stderr.
    QVERIFY(!result.error.contains(u'\n'));
    QVERIFY(result.output.isEmpty());
}

void TestCommandLine::printsHelpAndVersion()
{
    const CommandLine::Result help = CommandLine::parse({u"spark-showcase"_s, u"--help"_s});
    QVERIFY(help.exit);
    QCOMPARE(help.exitCode, 0);
    for (const QString &option :
         {u"--view"_s, u"--item"_s, u"--lang"_s, u"--theme"_s, u"--content"_s, u"--check-content"_s,
          u"--quit-after-first-frame"_s, u"--quit-after-content"_s, u"--kiosk"_s,
          u"--kiosk-config"_s, u"--screen"_s, u"--heartbeat"_s, u"--kiosk-hash-pin"_s}) {
        QVERIFY2(help.output.contains(option), qPrintable(option));
    }
    const CommandLine::Result version = CommandLine::parse({u"spark-showcase"_s, u"--version"_s});
    QVERIFY(version.exit);
    QCOMPARE(version.output, u"spark-showcase " SPARK_VERSION "\n"_s);

    QTemporaryDir dir;
    const CommandLine::Result check =
            CommandLine::parse({u"spark-showcase"_s, u"--check-content"_s, dir.path()});
    QVERIFY(!check.exit);
    QCOMPARE(check.options.mode, Options::Mode::CheckContent);
    QCOMPARE(check.options.checkDirectory, dir.path());
    const CommandLine::Result content =
            CommandLine::parse({u"spark-showcase"_s, u"--content"_s, dir.path()});
    QCOMPARE(content.options.contentDirectory, dir.path());
}

void TestCommandLine::spotsConsoleOnlyArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("console");
    QTest::newRow("none") << QStringList{} << false;
    QTest::newRow("help") << QStringList{u"--help"_s} << true;
    QTest::newRow("version") << QStringList{u"-v"_s} << true;
    QTest::newRow("check") << QStringList{u"--check-content"_s, u"dir"_s} << true;
    QTest::newRow("check with =") << QStringList{u"--check-content=dir"_s} << true;
    QTest::newRow("view") << QStringList{u"--view"_s, u"timeline"_s} << false;
}

void TestCommandLine::spotsConsoleOnlyArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, console);
    QList<QByteArray> storage = {QByteArrayLiteral("spark-showcase")};
    for (const QString &argument : arguments)
        storage.append(argument.toUtf8());
    QList<char *> argv;
    for (QByteArray &argument : storage)
        argv.append(argument.data());
    QCOMPARE(CommandLine::isConsoleOnly(int(argv.size()), argv.data()), console);
}

static CommandLine::Result parse(const QStringList &arguments)
{
    return CommandLine::parse(QStringList{u"spark-showcase"_s} + arguments);
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
    QVERIFY(!request.qrCodes); // the default files stay as they were
}

void TestCommandLine::exportOptions()
{
    const CommandLine::Result result = parse({u"--export"_s,       u"timeline,hardware"_s,
                                              u"--out"_s,          u"press"_s,
                                              u"--size"_s,         u"1080x1920"_s,
                                              u"--scale"_s,        u"2"_s,
                                              u"--format"_s,       u"jpg"_s,
                                              u"--quality"_s,      u"75"_s,
                                              u"--lang"_s,         u"de,ja"_s,
                                              u"--theme"_s,        u"light"_s,
                                              u"--item"_s,         u"memory"_s,
                                              u"--force"_s,        u"--qr"_s,
                                              u"--name-pattern"_s, u"{lang}-{view}.{ext}"_s});
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
    QVERIFY(request.qrCodes);
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
    QTest::newRow("qr without export")
            << QStringList{u"--qr"_s} << u"--qr works only with --export"_s;
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

void TestCommandLine::exportArgumentsReadBack_data()
{
    QTest::addColumn<bool>("everyOption");
    QTest::newRow("defaults") << false;
    QTest::newRow("every option") << true;
}

void TestCommandLine::exportArgumentsReadBack()
{
    QFETCH(bool, everyOption);
    QTemporaryDir content;
    QVERIFY(content.isValid());
    ExportRequest request;
    request.views = {u"reviews"_s, u"hardware"_s};
    request.outputDirectory = u"press"_s;
    if (everyOption) {
        // A folder that looks like an option, a scale with many digits.
        request.outputDirectory = u"-press kit"_s;
        request.size = QSize(1080, 1920);
        request.scale = 1.2345678901;
        request.format = ExportRequest::Format::Jpeg;
        request.quality = 42;
        request.languages = {u"ja"_s, u"ar"_s};
        request.theme = Theme::Id::HighContrast;
        request.item = u"memory"_s;
        request.namePattern = u"{lang}-{view}.{ext}"_s;
        request.overwrite = true;
        request.qrCodes = true;
    }
    const QString folder = everyOption ? content.path() : QString();
    const CommandLine::Result result = parse(CommandLine::exportArguments(request, folder));
    QVERIFY2(!result.exit, qPrintable(result.error));
    QCOMPARE(result.options.mode, Options::Mode::Export);
    QCOMPARE(result.options.contentDirectory, folder);
    const ExportRequest &back = result.options.exportRequest;
    QCOMPARE(back.views, request.views);
    QCOMPARE(back.outputDirectory, request.outputDirectory);
    QCOMPARE(back.size, request.size);
    QVERIFY(back.scale == request.scale); // exactly, not fuzzily
    QCOMPARE(back.format, request.format);
    QCOMPARE(back.quality, request.quality);
    QCOMPARE(back.languages, request.languages);
    QCOMPARE(back.theme, request.theme);
    QCOMPARE(back.item, request.item);
    QCOMPARE(back.namePattern, request.namePattern);
    QCOMPARE(back.overwrite, request.overwrite);
    QCOMPARE(back.qrCodes, request.qrCodes);
}

void TestCommandLine::helpListsExport()
{
    const CommandLine::Result result = parse({u"--help"_s});
    QVERIFY(result.exit);
    for (const char *option : {"--export", "--out", "--size", "--scale", "--format", "--quality",
                               "--name-pattern", "--force", "--qr"})
        QVERIFY2(result.output.contains(QLatin1String(option)), option);
    QVERIFY(result.output.contains(ExportPlan::defaultPattern()));
    // The formats are listed from the image plugins present, for --help only.
    QVERIFY2(result.output.contains(ExportRequest::formatNames().join(u"|"_s)),
             qPrintable(result.output));
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

void TestCommandLine::kiosk_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("kiosk");
    QTest::addColumn<QString>("config");
    QTest::addColumn<int>("screen");
    QTest::newRow("browse") << QStringList{} << false << QString() << -1;
    QTest::newRow("kiosk") << QStringList{u"--kiosk"_s} << true << QString() << -1;
    QTest::newRow("config") << QStringList{u"--kiosk"_s, u"--kiosk-config"_s, u"/etc/k.ini"_s}
                            << true << u"/etc/k.ini"_s << -1;
    QTest::newRow("screen") << QStringList{u"--kiosk"_s, u"--screen"_s, u"1"_s} << true << QString()
                            << 1;
    QTest::newRow("heartbeat") << QStringList{u"--kiosk"_s, u"--heartbeat"_s, u"/run/beat"_s}
                               << true << QString() << -1;
    QTest::newRow("everything") << QStringList{u"--kiosk"_s,    u"--kiosk-config=k.ini"_s,
                                               u"--screen=0"_s, u"--lang"_s,
                                               u"de"_s,         u"--view"_s,
                                               u"timeline"_s}
                                << true << u"k.ini"_s << 0;
}

void TestCommandLine::kiosk()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, kiosk);
    QFETCH(QString, config);
    QFETCH(int, screen);
    const CommandLine::Result result = parse(arguments);
    QVERIFY2(!result.exit, qPrintable(result.error));
    QCOMPARE(result.options.mode, Options::Mode::Browse);
    QCOMPARE(result.options.kiosk, kiosk);
    QCOMPARE(result.options.kioskConfig, config);
    QCOMPARE(result.options.screen, screen);
    QCOMPARE(result.options.heartbeat,
             arguments.contains(u"--heartbeat"_s) ? u"/run/beat"_s : QString());
}

void TestCommandLine::hashPin()
{
    const CommandLine::Result result = parse({u"--kiosk-hash-pin"_s});
    QVERIFY2(!result.exit, qPrintable(result.error));
    QCOMPARE(result.options.mode, Options::Mode::HashPin);
    // It needs no display.
    QByteArray program("spark-showcase");
    QByteArray option("--kiosk-hash-pin");
    char *argv[] = {program.data(), option.data()};
    QVERIFY(CommandLine::isConsoleOnly(2, argv));
}

void TestCommandLine::kioskRefusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("config without kiosk") << QStringList{u"--kiosk-config"_s, u"k.ini"_s}
                                          << u"--kiosk-config works only with --kiosk"_s;
    QTest::newRow("screen without kiosk")
            << QStringList{u"--screen"_s, u"1"_s} << u"--screen works only with --kiosk"_s;
    QTest::newRow("negative screen") << QStringList{u"--kiosk"_s, u"--screen"_s, u"-1"_s}
                                     << u"--screen needs a screen number from 0, not “-1”"_s;
    QTest::newRow("screen not a number") << QStringList{u"--kiosk"_s, u"--screen"_s, u"left"_s}
                                         << u"--screen needs a screen number from 0, not “left”"_s;
    QTest::newRow("empty config") << QStringList{u"--kiosk"_s, u"--kiosk-config="_s}
                                  << u"--kiosk-config needs a file"_s;
    QTest::newRow("kiosk export") << QStringList{u"--kiosk"_s, u"--export"_s, u"all"_s, u"--out"_s,
                                                 u"o"_s}
                                  << u"--kiosk does not go with --export"_s;
    QTest::newRow("kiosk check") << QStringList{u"--kiosk"_s, u"--check-content"_s, u"d"_s}
                                 << u"--check-content does not go with --kiosk"_s;
    QTest::newRow("heartbeat without kiosk")
            << QStringList{u"--heartbeat"_s, u"beat"_s} << u"--heartbeat works only with --kiosk"_s;
    QTest::newRow("empty heartbeat")
            << QStringList{u"--kiosk"_s, u"--heartbeat="_s} << u"--heartbeat needs a file"_s;
    QTest::newRow("hash pin in kiosk") << QStringList{u"--kiosk-hash-pin"_s, u"--kiosk"_s}
                                       << u"--kiosk does not go with --kiosk-hash-pin"_s;
    QTest::newRow("hash pin with a view")
            << QStringList{u"--kiosk-hash-pin"_s, u"--view"_s, u"timeline"_s}
            << u"--view does not go with --kiosk-hash-pin"_s;
}

void TestCommandLine::kioskRefusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CommandLine::Result result = parse(arguments);
    QVERIFY(result.exit);
    QCOMPARE(result.exitCode, int(CommandLine::UsageError));
    QCOMPARE(result.error, message);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
