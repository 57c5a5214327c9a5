#include "content/contentloader.h"
#include "models/catalog.h"
#include "models/reviewmodel.h"
#include "views/reviews/masonrylayout.h"
#include "views/reviews/quotecard.h"
#include "views/theme.h"

#include <QTest>

#include <algorithm>
#include <numeric>

class tst_MasonryLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Appearance::loadFonts(); }
    void columnsFor_data();
    void columnsFor();
    void knownPositions();
    void mirrored();
    void newRowStartsBelowTheMiddle();
    void readingOrder_data();
    void readingOrder();
    void readingOrderFromModel_data();
    void readingOrderFromModel();
    void rowsNeverOverlap();
    void itemsIn();
    void itemInColumn();
    void empty();
};

void tst_MasonryLayout::columnsFor_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("minimum");
    QTest::addColumn<int>("gutter");
    QTest::addColumn<int>("maximum");
    QTest::addColumn<int>("columns");
    QTest::newRow("narrow") << 200 << 300 << 20 << 6 << 1;
    QTest::newRow("exactly two") << 620 << 300 << 20 << 6 << 2;
    QTest::newRow("just short of two") << 619 << 300 << 20 << 6 << 1;
    QTest::newRow("capped") << 4000 << 300 << 20 << 4 << 4;
    QTest::newRow("no minimum") << 800 << 0 << 20 << 4 << 1;
}

void tst_MasonryLayout::columnsFor()
{
    QFETCH(int, width);
    QFETCH(int, minimum);
    QFETCH(int, gutter);
    QFETCH(int, maximum);
    QFETCH(int, columns);
    QCOMPARE(MasonryLayout::columnsFor(width, minimum, gutter, maximum), columns);
}

void tst_MasonryLayout::knownPositions()
{
    MasonryLayout layout;
    layout.setWidth(320);
    layout.setColumnCount(3);
    layout.setGutter(10);
    QCOMPARE(layout.columnWidth(), 100);
    // Row one: 100, 50, 200 tall. Card 3 (column 0) starts under card 0 at
    // 110; card 4 (column 1) would fit at 60 but must not start above card 3.
    layout.place({100, 50, 200, 30, 30, 30});
    QCOMPARE(layout.rect(0), QRect(0, 0, 100, 100));
    QCOMPARE(layout.rect(1), QRect(110, 0, 100, 50));
    QCOMPARE(layout.rect(2), QRect(220, 0, 100, 200));
    QCOMPARE(layout.rect(3), QRect(0, 110, 100, 30));
    QCOMPARE(layout.rect(4), QRect(110, 110, 100, 30));
    QCOMPARE(layout.rect(5), QRect(220, 210, 100, 30));
    QCOMPARE(layout.height(), 240);
    QCOMPARE(layout.column(5), 2);
}

void tst_MasonryLayout::newRowStartsBelowTheMiddle()
{
    MasonryLayout layout;
    layout.setWidth(320);
    layout.setColumnCount(3);
    layout.setGutter(10);
    // Column 0 is free at 20, but card 2 (the last of row one) is 200 tall:
    // level with it, card 3 would read before it.
    layout.place({10, 10, 200, 10});
    QCOMPARE(layout.rect(3).top(), 100);
}

void tst_MasonryLayout::mirrored()
{
    MasonryLayout layout;
    layout.setWidth(320);
    layout.setColumnCount(3);
    layout.setGutter(10);
    layout.setLayoutDirection(Qt::RightToLeft);
    layout.place({100, 50, 200});
    // Column 0 is at the leading edge: the right.
    QCOMPARE(layout.rect(0), QRect(220, 0, 100, 100));
    QCOMPARE(layout.rect(2), QRect(0, 0, 100, 200));
    QCOMPARE(MasonryLayout::readingOrder(layout.rects(), Qt::RightToLeft), QList<int>({0, 1, 2}));
}

void tst_MasonryLayout::readingOrder_data()
{
    QTest::addColumn<int>("columns");
    QTest::addColumn<int>("direction");
    for (int columns = 1; columns <= 6; ++columns) {
        QTest::addRow("%d columns, left to right", columns) << columns << int(Qt::LeftToRight);
        QTest::addRow("%d columns, right to left", columns) << columns << int(Qt::RightToLeft);
    }
}

void tst_MasonryLayout::readingOrder()
{
    QFETCH(int, columns);
    QFETCH(int, direction);
    // Heights that swing wildly, the case where plain masonry reorders cards.
    QList<int> heights;
    for (int i = 0; i < 200; ++i)
        heights << 40 + (i * 7919) % 400;
    MasonryLayout layout;
    layout.setWidth(1200);
    layout.setGutter(16);
    layout.setColumnCount(columns);
    layout.setLayoutDirection(Qt::LayoutDirection(direction));
    layout.place(heights);
    QList<int> expected(heights.size());
    std::iota(expected.begin(), expected.end(), 0);
    QCOMPARE(MasonryLayout::readingOrder(layout.rects(), Qt::LayoutDirection(direction)), expected);
}

void tst_MasonryLayout::readingOrderFromModel_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<double>("scale");
    QTest::newRow("1080p wall") << 1150 << 1.0;
    QTest::newRow("4K wall") << 2300 << 2.0;
    QTest::newRow("laptop wall") << 700 << 0.74;
    QTest::newRow("portrait wall") << 990 << 1.0;
}

void tst_MasonryLayout::readingOrderFromModel()
{
    QFETCH(int, width);
    QFETCH(double, scale);
    // The bundled quotes, measured as the wall measures them.
    Catalog catalog;
    catalog.setContent(ContentLoader::load().content);
    const ReviewModel *model = catalog.reviews();
    QVERIFY(model->rowCount() >= 15);
    MasonryLayout layout;
    layout.setWidth(width);
    layout.setGutter(static_cast<int>(24 * scale));
    layout.setColumnCount(
            MasonryLayout::columnsFor(width, static_cast<int>(340 * scale), layout.gutter(), 6));
    const QuoteCard::Style style(scale);
    QList<int> heights;
    for (int row = 0; row < model->rowCount(); ++row)
        heights << QuoteCard::height(model->index(row), layout.columnWidth(), style);
    layout.place(heights);
    QList<int> expected(model->rowCount());
    std::iota(expected.begin(), expected.end(), 0);
    QCOMPARE(MasonryLayout::readingOrder(layout.rects(), Qt::LeftToRight), expected);
    // Every row reads across: card i sits in column i mod columns.
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(layout.column(row), row % layout.columnCount());
}

void tst_MasonryLayout::rowsNeverOverlap()
{
    QList<int> heights;
    for (int i = 0; i < 120; ++i)
        heights << 30 + (i * 37) % 250;
    MasonryLayout layout;
    layout.setWidth(1000);
    layout.setGutter(12);
    layout.setColumnCount(4);
    layout.place(heights);
    for (int a = 0; a < layout.count(); ++a) {
        for (int b = a + 1; b < layout.count(); ++b)
            QVERIFY2(!layout.rect(a).intersects(layout.rect(b)),
                     qPrintable(QString::number(a) + QLatin1Char(32) + QString::number(b)));
    }
}

void tst_MasonryLayout::itemsIn()
{
    QList<int> heights;
    for (int i = 0; i < 500; ++i)
        heights << 30 + (i * 131) % 300;
    MasonryLayout layout;
    layout.setWidth(1200);
    layout.setGutter(20);
    layout.setColumnCount(3);
    layout.place(heights);
    for (int top = -100; top < layout.height() + 100; top += 97) {
        const QRect area(0, top, 1200, 333);
        QList<int> expected;
        for (int i = 0; i < layout.count(); ++i) {
            if (layout.rect(i).intersects(area))
                expected << i;
        }
        QCOMPARE(layout.itemsIn(area), expected);
    }
}

void tst_MasonryLayout::itemInColumn()
{
    MasonryLayout layout;
    layout.setWidth(320);
    layout.setColumnCount(3);
    layout.place({10, 10, 10, 10, 10});
    QCOMPARE(layout.itemInColumn(1, +1), 4);
    QCOMPARE(layout.itemInColumn(2, +1), -1);
    QCOMPARE(layout.itemInColumn(4, -1), 1);
    QCOMPARE(layout.itemInColumn(0, -1), -1);
}

void tst_MasonryLayout::empty()
{
    MasonryLayout layout;
    layout.setWidth(100);
    layout.place({});
    QCOMPARE(layout.count(), 0);
    QCOMPARE(layout.height(), 0);
    QVERIFY(layout.itemsIn(QRect(0, 0, 100, 100)).isEmpty());
    QCOMPARE(layout.rect(3), QRect());
}

QTEST_MAIN(tst_MasonryLayout)
#include "tst_masonrylayout.moc"
