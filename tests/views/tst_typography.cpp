#include "views/theme.h"

#include <QTest>

class TestTypography : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scalesWithTheShortSide_data();
    void scalesWithTheShortSide();
    void keepsAHierarchy();
    void neverGoesIllegible();
};

void TestTypography::scalesWithTheShortSide_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<double>("scale");
    QTest::newRow("1080p") << QSize(1920, 1080) << 1.0;
    QTest::newRow("portrait 1080p") << QSize(1080, 1920) << 1.0;
    QTest::newRow("4K") << QSize(3840, 2160) << 2.0;
    QTest::newRow("laptop") << QSize(1280, 800) << 800 / 1080.0;
    QTest::newRow("tiny") << QSize(300, 200) << 0.6;
    QTest::newRow("empty") << QSize() << 1.0;
}

void TestTypography::scalesWithTheShortSide()
{
    QFETCH(QSize, size);
    QFETCH(double, scale);
    QCOMPARE(Typography::scaleFor(size), scale);
}

void TestTypography::keepsAHierarchy()
{
    for (double scale : {0.6, 0.74, 1.0, 2.0}) {
        const int display = Typography::pixelSize(Typography::Role::Display, scale);
        const int headline = Typography::pixelSize(Typography::Role::Headline, scale);
        const int title = Typography::pixelSize(Typography::Role::Title, scale);
        const int body = Typography::pixelSize(Typography::Role::Body, scale);
        const int caption = Typography::pixelSize(Typography::Role::Caption, scale);
        QVERIFY(display > headline);
        QVERIFY(headline > title);
        QVERIFY(title > body);
        QVERIFY(body > caption);
    }
    QCOMPARE(Typography::pixelSize(Typography::Role::Body, 1.0), 20);
    QCOMPARE(Typography::pixelSize(Typography::Role::Body, 2.0), 40);
}

void TestTypography::neverGoesIllegible()
{
    QVERIFY(Typography::pixelSize(Typography::Role::Caption, 0.1) >= 11);
    QVERIFY(Typography::pixelSize(Typography::Role::Body, 0.1) >= 13);
}

QTEST_GUILESS_MAIN(TestTypography)
#include "tst_typography.moc"
