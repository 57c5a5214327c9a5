#include "commandline.h"

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
          u"--quit-after-first-frame"_s}) {
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

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
