#include "views/common/cachedpicture.h"

#include <QPainter>
#include <QPicture>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCachedPicture : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsFromTheFirstPaint();
    void keepsFromTheSecondPaint();
    void drawsVectorPaintersThrough();
};

namespace {

constexpr QSize CachedPictureSize(40, 30);

// What a widget of CachedPictureSize draws: an opaque background and a round shape
// whose antialiased edge blends with it.
void drawPictureScene(QPainter &painter)
{
    painter.fillRect(QRect(QPoint(), CachedPictureSize), QColor(20, 30, 40));
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(118, 185, 0, 200));
    painter.drawEllipse(QRectF(3.3, 2.7, 31.5, 21.2));
}

// Paints \a picture onto a new image as a widget's paint event would, and
// counts the calls of the drawing function in \a draws.
QImage paintPictureThrough(CachedPicture &picture, int *draws)
{
    QImage target(CachedPictureSize, QImage::Format_ARGB32_Premultiplied);
    target.fill(Qt::white);
    QPainter painter(&target);
    picture.paint(painter, CachedPictureSize, [draws](QPainter &p) {
        ++*draws;
        drawPictureScene(p);
    });
    painter.end();
    return target;
}

QImage pictureReference()
{
    QImage image(CachedPictureSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    drawPictureScene(painter);
    return image;
}

} // namespace

void TestCachedPicture::keepsFromTheFirstPaint()
{
    CachedPicture picture(QImage::Format_RGB32, QColor(20, 30, 40));
    int draws = 0;
    QCOMPARE(paintPictureThrough(picture, &draws), pictureReference());
    QCOMPARE(paintPictureThrough(picture, &draws), pictureReference());
    QCOMPARE(draws, 1);
    picture.invalidate();
    QCOMPARE(paintPictureThrough(picture, &draws), pictureReference());
    QCOMPARE(draws, 2);
}

void TestCachedPicture::keepsFromTheSecondPaint()
{
    CachedPicture picture(QImage::Format_RGB32, QColor(20, 30, 40),
                          CachedPicture::Keep::FromSecondPaint);
    int draws = 0;
    // Drawn straight through, then into the kept picture, then copied: the
    // same pixels each time.
    for (int paint = 1; paint <= 3; ++paint) {
        QCOMPARE(paintPictureThrough(picture, &draws), pictureReference());
        QCOMPARE(draws, std::min(paint, 2));
    }
    // Out of date: straight through again, then kept again.
    picture.invalidate();
    QCOMPARE(paintPictureThrough(picture, &draws), pictureReference());
    QCOMPARE(paintPictureThrough(picture, &draws), pictureReference());
    QCOMPARE(paintPictureThrough(picture, &draws), pictureReference());
    QCOMPARE(draws, 4);
}

void TestCachedPicture::drawsVectorPaintersThrough()
{
    CachedPicture picture;
    QPicture vector;
    int draws = 0;
    for (int paint = 0; paint < 2; ++paint) {
        QPainter painter(&vector);
        QVERIFY(!CachedPicture::isRaster(painter));
        picture.paint(painter, CachedPictureSize, [&draws](QPainter &p) {
            ++draws;
            drawPictureScene(p);
        });
    }
    QCOMPARE(draws, 2);
}

QTEST_MAIN(TestCachedPicture)
#include "tst_cachedpicture.moc"
