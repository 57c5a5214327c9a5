#include "reviewfixtures.h"

#include "content/contentloader.h"
#include "models/catalog.h"
#include "models/reviewfilterproxy.h"
#include "models/reviewmodel.h"
#include "views/reviews/quotewall.h"
#include "views/theme.h"

#include <QImage>
#include <QScrollBar>
#include <QTest>

#include <numeric>

using namespace Qt::StringLiterals;

class tst_QuoteWall : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void columnsFollowWidth_data();
    void columnsFollowWidth();
    void visualRectAndIndexAt();
    void readingOrderOnScreen();
    void keyboard();
    void scrollTo();
    void filterKeepsOrder();
    void emptyWall();
    void rendersUnshown();
    void largeModel();

private:
    Catalog m_catalog;
};

void tst_QuoteWall::initTestCase()
{
    Appearance::loadFonts();
    m_catalog.setContent(ContentLoader::load().content);
}

void tst_QuoteWall::columnsFollowWidth_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<double>("scale");
    QTest::addColumn<int>("columns");
    QTest::newRow("phone-narrow") << 360 << 1.0 << 1;
    QTest::newRow("two") << 800 << 1.0 << 2;
    QTest::newRow("three") << 1150 << 1.0 << 3;
    QTest::newRow("4K keeps the count") << 2300 << 2.0 << 3;
}

void tst_QuoteWall::columnsFollowWidth()
{
    QFETCH(int, width);
    QFETCH(double, scale);
    QFETCH(int, columns);
    QuoteWall wall;
    wall.setModel(m_catalog.reviews());
    wall.setScale(scale);
    wall.resize(width, 600);
    QCOMPARE(wall.columnCount(), columns);
}

void tst_QuoteWall::visualRectAndIndexAt()
{
    QuoteWall wall;
    wall.setModel(m_catalog.reviews());
    wall.resize(900, 2000);
    for (int row = 0; row < m_catalog.reviews()->rowCount(); ++row) {
        const QModelIndex index = m_catalog.reviews()->index(row);
        const QRect rect = wall.visualRect(index);
        QVERIFY(rect.isValid());
        QCOMPARE(wall.indexAt(rect.center()), index);
    }
    // Between cards: nothing.
    QVERIFY(!wall.indexAt(QPoint(1, 1)).isValid());
}

void tst_QuoteWall::readingOrderOnScreen()
{
    QuoteWall wall;
    wall.setModel(m_catalog.reviews());
    wall.resize(1150, 3000);
    QList<QRect> rects;
    for (int row = 0; row < m_catalog.reviews()->rowCount(); ++row)
        rects << wall.visualRect(m_catalog.reviews()->index(row));
    QList<int> expected(rects.size());
    std::iota(expected.begin(), expected.end(), 0);
    QCOMPARE(MasonryLayout::readingOrder(rects, Qt::LeftToRight), expected);
}

void tst_QuoteWall::keyboard()
{
    QuoteWall wall;
    wall.setModel(m_catalog.reviews());
    wall.resize(1150, 800);
    QCOMPARE(wall.columnCount(), 3);
    wall.setCurrentIndex(m_catalog.reviews()->index(0));
    QTest::keyClick(&wall, Qt::Key_Right);
    QCOMPARE(wall.currentIndex().row(), 1);
    QTest::keyClick(&wall, Qt::Key_Down);
    QCOMPARE(wall.currentIndex().row(), 4);
    QTest::keyClick(&wall, Qt::Key_Left);
    QCOMPARE(wall.currentIndex().row(), 3);
    QTest::keyClick(&wall, Qt::Key_Up);
    QCOMPARE(wall.currentIndex().row(), 0);
    QTest::keyClick(&wall, Qt::Key_End);
    QCOMPARE(wall.currentIndex().row(), m_catalog.reviews()->rowCount() - 1);
    QTest::keyClick(&wall, Qt::Key_Home);
    QCOMPARE(wall.currentIndex().row(), 0);

    // Mirrored: Right goes back in reading order.
    wall.setLayoutDirection(Qt::RightToLeft);
    wall.setCurrentIndex(m_catalog.reviews()->index(2));
    QTest::keyClick(&wall, Qt::Key_Right);
    QCOMPARE(wall.currentIndex().row(), 1);
}

void tst_QuoteWall::scrollTo()
{
    QuoteWall wall;
    wall.setModel(m_catalog.reviews());
    wall.resize(700, 400);
    const QModelIndex last = m_catalog.reviews()->index(m_catalog.reviews()->rowCount() - 1);
    wall.scrollTo(last);
    QVERIFY(wall.verticalScrollBar()->value() > 0);
    QVERIFY(wall.viewport()->rect().intersects(wall.visualRect(last)));
}

void tst_QuoteWall::filterKeepsOrder()
{
    ReviewFilterProxy proxy;
    proxy.setSourceModel(m_catalog.reviews());
    QuoteWall wall;
    wall.setModel(&proxy);
    wall.resize(1150, 3000);
    proxy.setKind(u"review"_s);
    QVERIFY(proxy.rowCount() > 0);
    QCOMPARE(wall.masonry().count(), proxy.rowCount());
    QList<int> expected(proxy.rowCount());
    std::iota(expected.begin(), expected.end(), 0);
    QCOMPARE(MasonryLayout::readingOrder(wall.masonry().rects(), Qt::LeftToRight), expected);
    proxy.setKind(QString());
    QCOMPARE(wall.masonry().count(), m_catalog.reviews()->rowCount());
}

void tst_QuoteWall::emptyWall()
{
    ReviewFilterProxy proxy;
    proxy.setSourceModel(m_catalog.reviews());
    proxy.setOutlet(u"No such outlet"_s);
    QuoteWall wall;
    wall.setModel(&proxy);
    wall.setEmptyText(u"Nothing here"_s);
    wall.resize(600, 400);
    QCOMPARE(wall.masonry().count(), 0);
    QVERIFY(!wall.indexAt(QPoint(300, 200)).isValid());
    QImage image(600, 400, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::black);
    wall.render(&image);
    bool painted = false;
    for (int x = 0; x < 600 && !painted; ++x)
        painted = image.pixelColor(x, 200) != QColor(Qt::black);
    QVERIFY(painted);
}

void tst_QuoteWall::rendersUnshown()
{
    // The exporter renders without showing: the layout must not wait for
    // a show or a resize event.
    QuoteWall wall;
    wall.setModel(m_catalog.reviews());
    wall.resize(900, 700);
    QVERIFY(!wall.isVisible());
    QImage first(900, 700, QImage::Format_ARGB32_Premultiplied);
    first.fill(Qt::black);
    wall.render(&first);
    QImage second(900, 700, QImage::Format_ARGB32_Premultiplied);
    second.fill(Qt::black);
    wall.render(&second);
    QCOMPARE(first, second);
    QVERIFY(first.pixelColor(wall.visualRect(m_catalog.reviews()->index(0)).center()) !=
            QColor(Qt::black));
}

void tst_QuoteWall::largeModel()
{
    Catalog catalog;
    ContentSet content;
    content.reviews = ReviewFixtures::generated(10000);
    catalog.setContent(content);
    QuoteWall wall;
    wall.setModel(catalog.reviews());
    wall.resize(1150, 800);
    QCOMPARE(wall.masonry().count(), 10000);
    QVERIFY(wall.verticalScrollBar()->maximum() > 100000);
    const QModelIndex last = catalog.reviews()->index(9999);
    wall.scrollTo(last);
    QCOMPARE(wall.indexAt(wall.visualRect(last).center()), last);
}

QTEST_MAIN(tst_QuoteWall)
#include "tst_quotewall.moc"
