#include "export/exportrequest.h"
#include "views/language.h"
#include "views/viewregistry.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestExportRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void parseSize_data();
    void parseSize();
    void parseScale_data();
    void parseScale();
    void parseFormat_data();
    void parseFormat();
    void parseQuality_data();
    void parseQuality();
    void parseViews_data();
    void parseViews();
    void parseLanguages_data();
    void parseLanguages();
    void parseTheme();
    void pixelSize_data();
    void pixelSize();
    void validate_data();
    void validate();
    void validateLists();
};

void TestExportRequest::defaults()
{
    const ExportRequest request;
    QCOMPARE(request.size, QSize(1920, 1080));
    QCOMPARE(request.scale, 1.0);
    QCOMPARE(request.format, ExportRequest::Format::Png);
    QCOMPARE(request.languages, QStringList{u"en"_s});
    QCOMPARE(request.theme, Theme::Id::Dark);
    QCOMPARE(request.quality, ExportRequest::DefaultQuality);
    QVERIFY(!request.overwrite);
}

void TestExportRequest::parseSize_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QSize>("expected"); // invalid: refused
    QTest::addColumn<QString>("reason"); // a word the refusal must contain

    QTest::newRow("full hd") << u"1920x1080"_s << QSize(1920, 1080) << QString();
    QTest::newRow("portrait") << u"1080x1920"_s << QSize(1080, 1920) << QString();
    QTest::newRow("capital X") << u"3840X2160"_s << QSize(3840, 2160) << QString();
    QTest::newRow("times sign") << u"1080×1080"_s << QSize(1080, 1080) << QString();
    QTest::newRow("smallest") << u"1x1"_s << QSize(1, 1) << QString();
    QTest::newRow("largest") << u"16384x16384"_s << QSize(16384, 16384) << QString();
    QTest::newRow("leading zeros") << u"0640x0480"_s << QSize(640, 480) << QString();

    const QString notSize = u"WIDTHxHEIGHT"_s;
    QTest::newRow("empty") << QString() << QSize() << notSize;
    QTest::newRow("one number") << u"1920"_s << QSize() << notSize;
    QTest::newRow("no height") << u"1920x"_s << QSize() << notSize;
    QTest::newRow("no width") << u"x1080"_s << QSize() << notSize;
    QTest::newRow("three numbers") << u"1920x1080x2"_s << QSize() << notSize;
    QTest::newRow("spaces") << u"1920 x 1080"_s << QSize() << notSize;
    QTest::newRow("line break after") << u"1920x1080\n"_s << QSize() << notSize;
    QTest::newRow("negative") << u"-1920x1080"_s << QSize() << notSize;
    QTest::newRow("fraction") << u"1920.5x1080"_s << QSize() << notSize;
    QTest::newRow("comma") << u"1920,1080"_s << QSize() << notSize;
    QTest::newRow("words") << u"widexhigh"_s << QSize() << notSize;
    QTest::newRow("digits overflow") << u"99999999999x1"_s << QSize() << notSize;
    QTest::newRow("zero width") << u"0x1080"_s << QSize() << u"zero"_s;
    QTest::newRow("zero height") << u"1920x0"_s << QSize() << u"zero"_s;
    QTest::newRow("zero both") << u"0x0"_s << QSize() << u"zero"_s;
    QTest::newRow("too wide") << u"16385x1080"_s << QSize() << u"16384"_s;
    QTest::newRow("too high") << u"1920x16385"_s << QSize() << u"16384"_s;
    QTest::newRow("far too big") << u"100000x100000"_s << QSize() << u"16384"_s;
}

void TestExportRequest::parseSize()
{
    QFETCH(QString, text);
    QFETCH(QSize, expected);
    QFETCH(QString, reason);
    QString error;
    const std::optional<QSize> size = ExportRequest::parseSize(text, &error);
    if (expected.isValid()) {
        QVERIFY2(size.has_value(), qPrintable(error));
        QCOMPARE(*size, expected);
        QVERIFY(error.isEmpty());
    } else {
        QVERIFY(!size.has_value());
        QVERIFY2(error.contains(reason), qPrintable(error));
        QVERIFY2(error.contains(text), "the refusal quotes what was given");
        // One line, unless the text given breaks it.
        QVERIFY(text.contains(u'\n') || !error.contains(u'\n'));
    }
}

void TestExportRequest::parseScale_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("expected"); // 0: refused

    QTest::newRow("1") << u"1"_s << 1.0;
    QTest::newRow("2") << u"2"_s << 2.0;
    QTest::newRow("1.5") << u"1.5"_s << 1.5;
    QTest::newRow("smallest") << u"0.25"_s << 0.25;
    QTest::newRow("largest") << u"8"_s << 8.0;
    QTest::newRow("zero") << u"0"_s << 0.0;
    QTest::newRow("negative") << u"-1"_s << 0.0;
    QTest::newRow("too small") << u"0.1"_s << 0.0;
    QTest::newRow("too large") << u"9"_s << 0.0;
    QTest::newRow("word") << u"double"_s << 0.0;
    QTest::newRow("empty") << QString() << 0.0;
    QTest::newRow("not a number") << u"nan"_s << 0.0;
    QTest::newRow("infinity") << u"inf"_s << 0.0;
    QTest::newRow("decimal comma") << u"1,5"_s << 0.0;
}

void TestExportRequest::parseScale()
{
    QFETCH(QString, text);
    QFETCH(double, expected);
    QString error;
    const std::optional<double> scale = ExportRequest::parseScale(text, &error);
    if (expected > 0) {
        QVERIFY2(scale.has_value(), qPrintable(error));
        QCOMPARE(*scale, expected);
    } else {
        QVERIFY(!scale.has_value());
        QVERIFY2(error.contains(u"scale"), qPrintable(error));
    }
}

void TestExportRequest::parseFormat_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected"); // -1: refused

    QTest::newRow("png") << u"png"_s << int(ExportRequest::Format::Png);
    QTest::newRow("PNG") << u"PNG"_s << int(ExportRequest::Format::Png);
    QTest::newRow("jpg") << u"jpg"_s << int(ExportRequest::Format::Jpeg);
    QTest::newRow("jpeg") << u"jpeg"_s << int(ExportRequest::Format::Jpeg);
    QTest::newRow("pdf") << u"pdf"_s << int(ExportRequest::Format::Pdf);
    QTest::newRow("svg") << u"svg"_s << int(ExportRequest::Format::Svg);
    QTest::newRow("gif") << u"gif"_s << -1;
    QTest::newRow("tiff") << u"tiff"_s << -1;
    QTest::newRow("empty") << QString() << -1;
}

void TestExportRequest::parseFormat()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    QString error;
    const auto format = ExportRequest::parseFormat(text, &error);
    if (expected >= 0) {
        QVERIFY2(format.has_value(), qPrintable(error));
        QCOMPARE(int(*format), expected);
    } else {
        QVERIFY(!format.has_value());
        QVERIFY2(error.contains(u"unknown format") && error.contains(u"png, jpg, pdf, svg"),
                 qPrintable(error));
    }
}

void TestExportRequest::parseQuality_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected"); // -1: refused

    QTest::newRow("0") << u"0"_s << 0;
    QTest::newRow("90") << u"90"_s << 90;
    QTest::newRow("100") << u"100"_s << 100;
    QTest::newRow("negative") << u"-1"_s << -1;
    QTest::newRow("over") << u"101"_s << -1;
    QTest::newRow("fraction") << u"90.5"_s << -1;
    QTest::newRow("word") << u"high"_s << -1;
}

void TestExportRequest::parseQuality()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    QString error;
    const auto quality = ExportRequest::parseQuality(text, &error);
    if (expected >= 0) {
        QVERIFY2(quality.has_value(), qPrintable(error));
        QCOMPARE(*quality, expected);
    } else {
        QVERIFY(!quality.has_value());
        QVERIFY2(error.contains(u"quality"), qPrintable(error));
    }
}

void TestExportRequest::parseViews_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // empty: refused
    QTest::addColumn<QString>("reason");

    QTest::newRow("all") << u"all"_s << ViewRegistry::names() << QString();
    QTest::newRow("one") << u"timeline"_s << QStringList{u"timeline"_s} << QString();
    QTest::newRow("order kept") << u"reviews,hardware"_s << QStringList{u"reviews"_s, u"hardware"_s}
                                << QString();
    QTest::newRow("spaces") << u"reviews, hardware"_s << QStringList{u"reviews"_s, u"hardware"_s}
                            << QString();
    QTest::newRow("duplicates") << u"hardware,hardware"_s << QStringList{u"hardware"_s}
                                << QString();
    QTest::newRow("unknown") << u"kitchen"_s << QStringList() << u"unknown view “kitchen”"_s;
    QTest::newRow("capitals") << u"Hardware"_s << QStringList() << u"unknown view"_s;
    QTest::newRow("empty entry") << u"hardware,,timeline"_s << QStringList() << u"empty entry"_s;
    QTest::newRow("trailing comma") << u"hardware,"_s << QStringList() << u"empty entry"_s;
    QTest::newRow("empty") << QString() << QStringList() << u"empty entry"_s;
}

void TestExportRequest::parseViews()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QFETCH(QString, reason);
    QString error;
    const auto views = ExportRequest::parseViews(text, &error);
    if (!expected.isEmpty()) {
        QVERIFY2(views.has_value(), qPrintable(error));
        QCOMPARE(*views, expected);
    } else {
        QVERIFY(!views.has_value());
        QVERIFY2(error.contains(reason), qPrintable(error));
    }
}

void TestExportRequest::parseLanguages_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // empty: refused

    QTest::newRow("en") << u"en"_s << QStringList{u"en"_s};
    QTest::newRow("de,ja") << u"de,ja"_s << QStringList{u"de"_s, u"ja"_s};
    QTest::newRow("chinese") << u"zh_CN"_s << QStringList{u"zh_CN"_s};
    QTest::newRow("all") << u"all"_s << Language::available();
    QTest::newRow("unknown") << u"xx"_s << QStringList();
    QTest::newRow("one unknown") << u"de,klingon"_s << QStringList();
    QTest::newRow("empty entry") << u"de,"_s << QStringList();
}

void TestExportRequest::parseLanguages()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QString error;
    const auto languages = ExportRequest::parseLanguages(text, &error);
    if (!expected.isEmpty()) {
        QVERIFY2(languages.has_value(), qPrintable(error));
        QCOMPARE(*languages, expected);
    } else {
        QVERIFY(!languages.has_value());
        QVERIFY2(error.contains(u"language"), qPrintable(error));
    }
}

void TestExportRequest::parseTheme()
{
    QCOMPARE(ExportRequest::parseTheme(u"dark"_s), Theme::Id::Dark);
    QCOMPARE(ExportRequest::parseTheme(u"light"_s), Theme::Id::Light);
    QCOMPARE(ExportRequest::parseTheme(u"high-contrast"_s), Theme::Id::HighContrast);
    QString error;
    QVERIFY(!ExportRequest::parseTheme(u"sepia"_s, &error));
    QVERIFY2(error.contains(u"unknown theme “sepia”"), qPrintable(error));
}

void TestExportRequest::pixelSize_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<double>("scale");
    QTest::addColumn<int>("format");
    QTest::addColumn<QSize>("expected");

    const int png = int(ExportRequest::Format::Png);
    QTest::newRow("1x") << QSize(1920, 1080) << 1.0 << png << QSize(1920, 1080);
    QTest::newRow("2x doubles") << QSize(1920, 1080) << 2.0 << png << QSize(3840, 2160);
    QTest::newRow("1.5x") << QSize(1920, 1080) << 1.5 << png << QSize(2880, 1620);
    QTest::newRow("jpeg 2x") << QSize(1080, 1920) << 2.0 << int(ExportRequest::Format::Jpeg)
                             << QSize(2160, 3840);
    QTest::newRow("pdf ignores scale")
            << QSize(1920, 1080) << 2.0 << int(ExportRequest::Format::Pdf) << QSize(1920, 1080);
}

void TestExportRequest::pixelSize()
{
    QFETCH(QSize, size);
    QFETCH(double, scale);
    QFETCH(int, format);
    QFETCH(QSize, expected);
    ExportRequest request;
    request.size = size;
    request.scale = scale;
    request.format = ExportRequest::Format(format);
    QCOMPARE(request.pixelSize(), expected);
}

void TestExportRequest::validate_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<double>("scale");
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("reason"); // empty: valid

    const int png = int(ExportRequest::Format::Png);
    QTest::newRow("defaults") << QSize(1920, 1080) << 1.0 << png << QString();
    QTest::newRow("4k at 2x") << QSize(3840, 2160) << 2.0 << png << QString();
    QTest::newRow("100 megapixels") << QSize(10000, 10000) << 1.0 << png << QString();
    QTest::newRow("just over 100 megapixels")
            << QSize(10001, 10000) << 1.0 << png << u"megapixels"_s;
    QTest::newRow("over after scaling") << QSize(7680, 4320) << 2.0 << png << u"megapixels"_s;
    QTest::newRow("largest side at 2x") << QSize(16384, 1000) << 2.0 << png << QString();
    QTest::newRow("largest square") << QSize(16384, 16384) << 1.0 << png << u"megapixels"_s;
    QTest::newRow("vector ignores scale")
            << QSize(7680, 4320) << 2.0 << int(ExportRequest::Format::Svg) << QString();
    QTest::newRow("zero") << QSize(0, 1080) << 1.0 << png << u"zero"_s;
    QTest::newRow("over a side") << QSize(20000, 100) << 1.0 << png << u"16384"_s;
    QTest::newRow("scale too small") << QSize(1920, 1080) << 0.1 << png << u"scale"_s;
    QTest::newRow("scale too large") << QSize(100, 100) << 9.0 << png << u"scale"_s;
}

void TestExportRequest::validate()
{
    QFETCH(QSize, size);
    QFETCH(double, scale);
    QFETCH(int, format);
    QFETCH(QString, reason);
    ExportRequest request;
    request.views = ViewRegistry::names();
    request.size = size;
    request.scale = scale;
    request.format = ExportRequest::Format(format);
    const QString error = request.validate();
    if (reason.isEmpty())
        QVERIFY2(error.isEmpty(), qPrintable(error));
    else
        QVERIFY2(error.contains(reason), qPrintable(error));
}

void TestExportRequest::validateLists()
{
    ExportRequest request;
    QVERIFY(request.validate().contains(u"no view"));
    request.views = {u"hardware"_s};
    QVERIFY2(request.validate().isEmpty(), qPrintable(request.validate()));
    request.views = {u"kitchen"_s};
    QVERIFY(request.validate().contains(u"unknown view"));
    request.views = {u"hardware"_s};
    request.languages.clear();
    QVERIFY(request.validate().contains(u"no language"));
    request.languages = {u"xx"_s};
    QVERIFY(request.validate().contains(u"unknown language"));
    request.languages = {u"en"_s};
    request.quality = 101;
    QVERIFY(request.validate().contains(u"quality"));
}

QTEST_GUILESS_MAIN(TestExportRequest)
#include "tst_exportrequest.moc"
