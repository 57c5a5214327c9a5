#include "export/exportplan.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestExportPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scaleText_data();
    void scaleText();
    void fileName_data();
    void fileName();
    void targetsLanguageByLanguage();
    void targetNameStartingWithColon();
    void refusals_data();
    void refusals();
    void existingFiles();
};

void TestExportPlan::scaleText_data()
{
    QTest::addColumn<double>("scale");
    QTest::addColumn<QString>("expected");

    QTest::newRow("1") << 1.0 << u"1"_s;
    QTest::newRow("2") << 2.0 << u"2"_s;
    QTest::newRow("1.5") << 1.5 << u"1.5"_s;
    QTest::newRow("0.25") << 0.25 << u"0.25"_s;
    QTest::newRow("thirds") << 4.0 / 3 << u"1.333"_s;
    QTest::newRow("almost 2") << 1.99999999 << u"2"_s;
}

void TestExportPlan::scaleText()
{
    QFETCH(double, scale);
    QFETCH(QString, expected);
    QCOMPARE(ExportPlan::scaleText(scale), expected);
}

void TestExportPlan::fileName_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<double>("scale");
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("expected");

    const int png = int(ExportRequest::Format::Png);
    QTest::newRow("default") << QString() << QSize(1920, 1080) << 1.0 << png
                             << u"timeline_de_1920x1080@1x.png"_s;
    QTest::newRow("2x") << QString() << QSize(1920, 1080) << 2.0 << png
                        << u"timeline_de_1920x1080@2x.png"_s;
    QTest::newRow("1.5x jpeg") << QString() << QSize(1080, 1920) << 1.5
                               << int(ExportRequest::Format::Jpeg)
                               << u"timeline_de_1080x1920@1.5x.jpg"_s;
    QTest::newRow("pdf") << QString() << QSize(1080, 1080) << 1.0 << int(ExportRequest::Format::Pdf)
                         << u"timeline_de_1080x1080@1x.pdf"_s;
    QTest::newRow("theme") << u"{lang}/{theme}-{view}.{ext}"_s << QSize(1, 1) << 1.0 << png
                           << u"de/light-timeline.png"_s;
    QTest::newRow("no placeholders")
            << u"poster.svg"_s << QSize(1, 1) << 1.0 << png << u"poster.svg"_s;
}

void TestExportPlan::fileName()
{
    QFETCH(QString, pattern);
    QFETCH(QSize, size);
    QFETCH(double, scale);
    QFETCH(int, format);
    QFETCH(QString, expected);
    ExportRequest request;
    request.size = size;
    request.scale = scale;
    request.format = ExportRequest::Format(format);
    request.theme = Theme::Id::Light;
    QCOMPARE(ExportPlan::fileName(pattern, request, u"timeline"_s, u"de"_s), expected);
}

void TestExportPlan::targetsLanguageByLanguage()
{
    ExportRequest request;
    request.views = {u"reviews"_s, u"hardware"_s};
    request.languages = {u"de"_s, u"ja"_s};
    request.outputDirectory = u"out"_s;
    QString error;
    const std::optional<ExportPlan> plan = ExportPlan::create(request, &error);
    QVERIFY2(plan, qPrintable(error));
    QCOMPARE(plan->count(), 4);
    QCOMPARE(plan->request().namePattern, ExportPlan::defaultPattern());
    const QList<ExportTarget> &targets = plan->targets();
    // One language switch per language: all views of "de" before any of "ja".
    QCOMPARE(targets.at(0).language, u"de"_s);
    QCOMPARE(targets.at(0).view, u"reviews"_s);
    QCOMPARE(targets.at(1).language, u"de"_s);
    QCOMPARE(targets.at(1).view, u"hardware"_s);
    QCOMPARE(targets.at(2).language, u"ja"_s);
    QCOMPARE(targets.at(3).view, u"hardware"_s);
    QCOMPARE(targets.at(3).fileName, u"hardware_ja_1920x1080@1x.png"_s);
    QCOMPARE(targets.at(3).filePath, u"out/hardware_ja_1920x1080@1x.png"_s);
}

// A name that starts with ':' is a file in the folder, not a Qt resource path.
void TestExportPlan::targetNameStartingWithColon()
{
    ExportRequest request;
    request.views = {u"hardware"_s};
    request.languages = {u"en"_s};
    request.namePattern = u":{view}.{ext}"_s;
    for (const QString &folder : {u"out"_s, u"/tmp/out/"_s, u"/"_s}) {
        request.outputDirectory = folder;
        QString error;
        const std::optional<ExportPlan> plan = ExportPlan::create(request, &error);
        QVERIFY2(plan, qPrintable(error));
        QCOMPARE(plan->targets().at(0).fileName, u":hardware.png"_s);
        const QString expected =
                folder.endsWith(u'/') ? folder + u":hardware.png"_s : folder + u"/:hardware.png"_s;
        QCOMPARE(plan->targets().at(0).filePath, expected);
    }
}

void TestExportPlan::refusals_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("reason");

    QTest::newRow("unknown placeholder")
            << u"{view}-{date}.{ext}"_s << u"out"_s << u"unknown placeholder {date}"_s;
    QTest::newRow("same name twice") << u"{lang}.{ext}"_s << u"out"_s << u"names two files"_s;
    QTest::newRow("parent folder")
            << u"../{view}_{lang}.{ext}"_s << u"out"_s << u"not a file name"_s;
    QTest::newRow("subfolder") << u"{lang}/{view}.{ext}"_s << u"out"_s << u"not a file name"_s;
    QTest::newRow("backslash") << u"{lang}\\{view}.{ext}"_s << u"out"_s << u"not a file name"_s;
    QTest::newRow("dot dot") << u".."_s << u"out"_s << u"not a file name"_s;
    QTest::newRow("no folder") << QString() << QString() << u"no output folder"_s;
}

void TestExportPlan::refusals()
{
    QFETCH(QString, pattern);
    QFETCH(QString, folder);
    QFETCH(QString, reason);
    ExportRequest request;
    request.views = {u"hardware"_s, u"timeline"_s};
    request.outputDirectory = folder;
    request.namePattern = pattern;
    QString error;
    QVERIFY(!ExportPlan::create(request, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));

    request.size = QSize(0, 10);
    QVERIFY(!ExportPlan::create(request, &error));
    QVERIFY2(error.contains(u"zero"), "an invalid request is refused before the pattern");
}

void TestExportPlan::existingFiles()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    ExportRequest request;
    request.views = {u"hardware"_s, u"timeline"_s};
    request.outputDirectory = directory.path();
    const std::optional<ExportPlan> plan = ExportPlan::create(request);
    QVERIFY(plan);
    QVERIFY(plan->existingFiles().isEmpty());
    QFile file(directory.filePath(u"timeline_en_1920x1080@1x.png"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QCOMPARE(plan->existingFiles(), QStringList{file.fileName()});
}

QTEST_GUILESS_MAIN(TestExportPlan)
#include "tst_exportplan.moc"
