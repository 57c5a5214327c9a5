#include "export/pngencoder.h"

#include "content/contentloader.h"
#include "export/viewrenderer.h"
#include "models/catalog.h"
#include "views/theme.h"
#include "views/viewregistry.h"

#include <QBuffer>
#include <QColorSpace>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// What Qt's own writer makes of \a image, with its defaults.
QByteArray qtPngBytes(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    if (!writer.write(image))
        return {};
    return bytes;
}

// Pictures of every kind a row filter meets: noise (no filter helps), smooth
// gradients (Average, Paeth), flat areas with edges (None, Sub, Up), and
// antialiased text and shapes, as exports have.
QImage pictureOf(const QString &kind, QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    image.setDotsPerMeterX(7559);
    image.setDotsPerMeterY(3780);
    QRandomGenerator random(15);
    for (int y = 0; y < size.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < size.width(); ++x) {
            if (kind == u"noise")
                line[x] = random.generate() | 0xff000000U;
            else if (kind == u"gradient")
                line[x] = qRgb((x * 255) / size.width(), (y * 255) / size.height(), (x + y) % 256);
            else
                line[x] = ((x / 17 + y / 11) % 3) ? qRgb(24, 26, 33) : qRgb(240, 240, 235);
        }
    }
    if (kind == u"drawing") {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        painter.setPen(QColor(118, 185, 0));
        painter.setFont(QFont(u"Inter"_s, 14));
        for (int y = 0; y < size.height(); y += 24)
            painter.drawText(QPoint(y % 40, y + 18), u"DGX Spark · 128 GB · Grace Blackwell"_s);
        painter.setBrush(QColor(30, 120, 200, 128));
        painter.drawEllipse(QRectF(QPointF(), QSizeF(size)).adjusted(10, 10, -10, -10));
    }
    return image;
}

} // namespace

class TestPngEncoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameBytesAsQt_data();
    void sameBytesAsQt();
    void sameBytesAsQtForEveryView_data();
    void sameBytesAsQtForEveryView();
    void leavesOtherPicturesAlone_data();
    void leavesOtherPicturesAlone();
};

void TestPngEncoder::sameBytesAsQt_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QSize>("size");
    for (const QString &kind : {u"noise"_s, u"gradient"_s, u"blocks"_s, u"drawing"_s}) {
        // Odd widths, two pixels high or wide, and a size past one IDAT chunk.
        for (const QSize size :
             {QSize(640, 360), QSize(333, 217), QSize(2, 4000), QSize(3000, 2), QSize(1921, 61)}) {
            QTest::addRow("%s %dx%d", qPrintable(kind), size.width(), size.height())
                    << kind << size;
        }
    }
}

void TestPngEncoder::sameBytesAsQt()
{
    QFETCH(QString, kind);
    QFETCH(QSize, size);
    const QImage image = pictureOf(kind, size);
    QVERIFY(PngEncoder::canEncode(image));
    const QByteArray mine = PngEncoder::encode(image);
    QVERIFY(!mine.isEmpty());
    QCOMPARE(mine.size(), qtPngBytes(image).size());
    QVERIFY(mine == qtPngBytes(image));
    // And it reads back as the same picture, resolution included.
    QBuffer buffer;
    buffer.setData(mine);
    QImageReader reader(&buffer, "png");
    const QImage back = reader.read().convertToFormat(QImage::Format_RGB32);
    QCOMPARE(back, image);
    QCOMPARE(back.dotsPerMeterX(), 7559);
    QCOMPARE(back.dotsPerMeterY(), 3780);
}

void TestPngEncoder::sameBytesAsQtForEveryView_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<Theme::Id>("theme");
    for (const QString &view : ViewRegistry::names()) {
        QTest::addRow("%s dark", qPrintable(view)) << view << Theme::Id::Dark;
        QTest::addRow("%s light", qPrintable(view)) << view << Theme::Id::Light;
    }
}

void TestPngEncoder::sameBytesAsQtForEveryView()
{
    QFETCH(QString, view);
    QFETCH(Theme::Id, theme);
    Appearance::loadFonts();
    Catalog catalog;
    catalog.setContent(ContentLoader::load().content);
    Appearance::instance()->setTheme(theme);
    const ViewRenderer renderer(view, &catalog, QSize(960, 540));
    QVERIFY(renderer.isValid());
    const QImage image = renderer.renderImage(1.5);
    QVERIFY(PngEncoder::canEncode(image));
    QVERIFY(PngEncoder::encode(image) == qtPngBytes(image));
}

void TestPngEncoder::leavesOtherPicturesAlone_data()
{
    QTest::addColumn<QImage>("image");
    const QImage opaque = pictureOf(u"gradient"_s, QSize(200, 100));
    QTest::newRow("alpha") << opaque.convertToFormat(QImage::Format_ARGB32);
    QTest::newRow("RGB888") << opaque.convertToFormat(QImage::Format_RGB888);
    QTest::newRow("one pixel wide") << pictureOf(u"noise"_s, QSize(1, 9000));
    QTest::newRow("one pixel high") << pictureOf(u"noise"_s, QSize(9000, 1));
    // 64x48: 9,264 bytes of rows, where libpng narrows the zlib window.
    QTest::newRow("small") << pictureOf(u"noise"_s, QSize(64, 48));
    QImage withColorSpace = opaque;
    withColorSpace.setColorSpace(QColorSpace::SRgb);
    QTest::newRow("colour space") << withColorSpace;
    QImage withText = opaque;
    withText.setText(u"Title"_s, u"Spark"_s);
    QTest::newRow("text") << withText;
    QTest::newRow("null") << QImage();
}

void TestPngEncoder::leavesOtherPicturesAlone()
{
    QFETCH(QImage, image);
    QVERIFY(!PngEncoder::canEncode(image));
    QVERIFY(PngEncoder::encode(image).isEmpty());
}

QTEST_MAIN(TestPngEncoder)
#include "tst_pngencoder.moc"
