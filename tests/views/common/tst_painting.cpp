#include "views/common/painting.h"

#include <QImage>
#include <QPainter>
#include <QTest>

class TestPainting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scalesMetrics();
    void mixesColours();
    void paintsCardStates();
};

void TestPainting::scalesMetrics()
{
    const Painting::Metrics one = Painting::Metrics::forScale(1.0);
    const Painting::Metrics two = Painting::Metrics::forScale(2.0);
    QCOMPARE(one.margin, 48.0);
    QCOMPARE(two.margin, 96.0);
    QVERIFY(one.gutter < one.margin);
    QVERIFY(Painting::Metrics::forScale(0.1).hairline >= 1.0);
    QVERIFY(Painting::Metrics::forScale(0.1).ring >= 2.0);
}

void TestPainting::mixesColours()
{
    QCOMPARE(Painting::mix(Qt::black, Qt::white, 0.0), QColor(Qt::black));
    QCOMPARE(Painting::mix(Qt::black, Qt::white, 1.0), QColor(Qt::white));
    QCOMPARE(Painting::mix(Qt::black, Qt::white, 2.0), QColor(Qt::white));
    const QColor middle = Painting::mix(Qt::black, Qt::white, 0.5);
    QVERIFY(qAbs(middle.redF() - 0.5) < 0.01);
}

void TestPainting::paintsCardStates()
{
    const Theme theme = Theme::dark();
    QImage image(200, 120, QImage::Format_ARGB32);
    const QRectF card(20, 20, 160, 80);
    const auto paint = [&](Painting::CardStates states) {
        image.fill(theme.background);
        QPainter painter(&image);
        Painting::card(&painter, card, theme, 1.0, states);
    };
    paint(Painting::Normal);
    QCOMPARE(image.pixelColor(100, 60), theme.surface);
    paint(Painting::Hovered);
    QCOMPARE(image.pixelColor(100, 60), theme.surfaceRaised);
    paint(Painting::Selected);
    QCOMPARE(image.pixelColor(100, 21), theme.accent);
    paint(Painting::Focused);
    // The ring sits outside the card.
    QCOMPARE(image.pixelColor(100, 15), theme.focus);
}

QTEST_MAIN(TestPainting)
#include "tst_painting.moc"
