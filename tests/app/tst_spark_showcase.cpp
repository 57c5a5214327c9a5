#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The spark-showcase executable as a user runs it: exit codes and what it prints.
class TestSparkShowcase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void checksValidContent();
    void checksBrokenContent();
    void refusesBadArguments_data();
    void refusesBadArguments();
    void quitsAfterTheFirstFrame();
    void fallsBackFromBadOverrides();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &arguments, int timeout = 60000);

    QTemporaryDir m_home;
};

void TestSparkShowcase::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY(QFile::exists(QStringLiteral(SPARK_EXECUTABLE)));
}

TestSparkShowcase::Run TestSparkShowcase::run(const QStringList &arguments, int timeout)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"XDG_CONFIG_HOME"_s, m_home.path());
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
    return result;
}

void TestSparkShowcase::checksValidContent()
{
    const Run result =
            run({u"--check-content"_s, QStringLiteral(SPARK_SOURCE_DIR "/resources/data")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, u"4 content file(s) checked: all valid.\n"_s);
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
    QVERIFY(result.out.endsWith(u"1 problem(s) found.\n"_s));

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
            << QStringList{u"--view"_s, u"timeline"_s, u"--item"_s, u"memory"_s}
            << u"spark-showcase: the timeline view has no item “memory”"_s;
    QTest::newRow("unknown option")
            << QStringList{u"--frobnicate"_s} << u"spark-showcase: Unknown option 'frobnicate'."_s;
}

void TestSparkShowcase::refusesBadArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    const Run result = run(arguments);
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
    const Run result = run({u"--quit-after-first-frame"_s, u"--view"_s, u"timeline"_s, u"--item"_s,
                            u"starbase-delivery"_s});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
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

QTEST_GUILESS_MAIN(TestSparkShowcase)
#include "tst_spark_showcase.moc"
