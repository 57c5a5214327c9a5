#include "views/common/qrcode.h"

#include "qrdecoder.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString Blog = u"https://blogs.nvidia.com/blog/live-dgx-spark-delivery/"_s;

// The code at \a module pixels a module, dark on white, with its quiet zone.
QImage picture(const QrCode &code, int module)
{
    const int side = (code.size() + 2 * QrCode::QuietZone) * module;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const int quiet = QrCode::QuietZone * module;
    code.paint(&painter, QRectF(quiet, quiet, code.size() * module, code.size() * module),
               Qt::black);
    return image;
}

// The error correction level the code says it uses, from the format
// information beside its top-left finder pattern (ISO/IEC 18004, 7.9).
int errorCorrectionBits(const QrCode &code)
{
    int bits = 0;
    const auto set = [&](int bit, bool dark) { bits |= int(dark) << bit; };
    for (int i = 0; i <= 5; ++i)
        set(i, code.isDark(8, i));
    set(6, code.isDark(8, 7));
    set(7, code.isDark(8, 8));
    set(8, code.isDark(7, 8));
    for (int i = 9; i < 15; ++i)
        set(i, code.isDark(14 - i, 8));
    bits ^= 0x5412;
    return bits >> 13; // L = 1, M = 0, Q = 3, H = 2
}

} // namespace

class TestQrCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodesTheSmallestVersion();
    void usesMediumErrorCorrection();
    void hasFinderPatternsAndAQuietZone();
    void pathCoversTheDarkModules();
    void decodesBackToTheText_data();
    void decodesBackToTheText();
    void paintsVectorSquares();
    void refusesWhatCannotBeEncoded();
};

void TestQrCode::encodesTheSmallestVersion()
{
    const QrCode short_ = QrCode::encode(u"https://x.io"_s);
    QVERIFY(!short_.isNull());
    QCOMPARE(short_.version(), 1);
    QCOMPARE(short_.size(), 21);
    const QrCode code = QrCode::encode(Blog);
    QCOMPARE(code.size(), 17 + 4 * code.version());
    QVERIFY(code.version() > short_.version());
    QVERIFY(code.version() <= 5);
    QCOMPARE(code.text(), Blog);
}

void TestQrCode::usesMediumErrorCorrection()
{
    QCOMPARE(errorCorrectionBits(QrCode::encode(Blog)), 0);
    QCOMPARE(errorCorrectionBits(QrCode::encode(Blog, QrCode::ErrorCorrection::Low)), 1);
    QCOMPARE(errorCorrectionBits(QrCode::encode(Blog, QrCode::ErrorCorrection::High)), 2);
    QCOMPARE(errorCorrectionBits(QrCode::encode(Blog, QrCode::ErrorCorrection::Quartile)), 3);
}

void TestQrCode::hasFinderPatternsAndAQuietZone()
{
    const QrCode code = QrCode::encode(Blog);
    const int last = code.size() - 1;
    // The three finder patterns: a dark ring, a light ring, a dark 3 x 3 centre.
    for (const QPoint &corner : {QPoint(0, 0), QPoint(last - 6, 0), QPoint(0, last - 6)}) {
        QVERIFY(code.isDark(corner.x(), corner.y()));
        QVERIFY(code.isDark(corner.x() + 6, corner.y() + 6));
        QVERIFY(!code.isDark(corner.x() + 1, corner.y() + 1));
        QVERIFY(code.isDark(corner.x() + 3, corner.y() + 3));
    }
    // Outside the grid is the quiet zone: light.
    for (int i = -QrCode::QuietZone; i < 0; ++i) {
        QVERIFY(!code.isDark(i, 0));
        QVERIFY(!code.isDark(0, i));
        QVERIFY(!code.isDark(last - i, last));
    }
}

void TestQrCode::pathCoversTheDarkModules()
{
    const QrCode code = QrCode::encode(Blog);
    int dark = 0;
    for (int y = 0; y < code.size(); ++y) {
        for (int x = 0; x < code.size(); ++x) {
            const bool inPath = code.path().contains(QPointF(x + 0.5, y + 0.5));
            QCOMPARE(inPath, code.isDark(x, y));
            dark += int(code.isDark(x, y));
        }
    }
    // A real code is roughly half dark, and rows merge into fewer squares.
    QVERIFY(dark > code.size() * code.size() / 3);
    QVERIFY(code.path().elementCount() / 5 < dark);
    QCOMPARE(code.path().boundingRect(), QRectF(0, 0, code.size(), code.size()));
}

void TestQrCode::decodesBackToTheText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("module");
    QTest::newRow("blog") << Blog << 6;
    QTest::newRow("long address")
            << u"https://images.nvidia.com/content/technologies/deep-learning/pdf/"
               u"61681-DB2-Launch-Datasheet-Deep-Learning-Letter-WEB.pdf"_s
            << 4;
    QTest::newRow("mixed case") << u"https://www.theverge.com/News/631957/DGX-Spark"_s << 5;
}

void TestQrCode::decodesBackToTheText()
{
    QFETCH(QString, text);
    QFETCH(int, module);
    if (QrDecoder::program().isEmpty())
        QFAIL("zbarimg is missing: install zbar-tools (scripts/dev test does)");
    QString error;
    const QStringList decoded = QrDecoder::decode(picture(QrCode::encode(text), module), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(decoded, QStringList{text});
}

void TestQrCode::paintsVectorSquares()
{
    // In an SVG the code stays squares: no picture of it is embedded.
    QByteArray svg;
    QBuffer buffer(&svg);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(QSize(400, 400));
    generator.setViewBox(QRect(0, 0, 400, 400));
    {
        QPainter painter(&generator);
        QrCode::encode(Blog).paint(&painter, QRectF(40, 40, 320, 320), Qt::black);
    }
    QVERIFY(svg.contains("<path"));
    QVERIFY(!svg.contains("<image"));
}

void TestQrCode::refusesWhatCannotBeEncoded()
{
    QVERIFY(QrCode::encode(QString()).isNull());
    QVERIFY(QrCode::encode(QString(3000, u'x')).isNull());
    QCOMPARE(QrCode().size(), 0);
    QVERIFY(!QrCode().isDark(0, 0));
}

QTEST_MAIN(TestQrCode)
#include "tst_qrcode.moc"
