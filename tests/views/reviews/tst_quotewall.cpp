#include "reviewfixtures.h"

#include "content/contentloader.h"
#include "models/catalog.h"
#include "models/reviewfilterproxy.h"
#include "models/reviewmodel.h"
#include "views/common/linkopener.h"
#include "views/reviews/quotewall.h"
#include "views/theme.h"

#include <QImage>
#include <QScrollBar>
#include <QSignalSpy>
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
    void filterChangeThatKeepsEveryQuote();
    void emptyWall();
    void rendersUnshown();
    void largeModel();
    void sourceLineIsALink_data();
    void sourceLineIsALink();
    void enterOpensTheSource();
    void noLinksInText();

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

void tst_QuoteWall::filterChangeThatKeepsEveryQuote()
{
    // A filter's change comes as a layout change; one that keeps every quote
    // keeps the wall, one that does not lays it out again, hover included.
    ReviewFilterProxy proxy;
    proxy.setSourceModel(m_catalog.reviews());
    QuoteWall wall;
    wall.setModel(&proxy);
    wall.resize(1150, 3000);
    const QList<QRect> before = wall.masonry().rects();
    QCOMPARE(before.size(), m_catalog.reviews()->rowCount());
    QSignalSpy layouts(&proxy, &QAbstractItemModel::layoutChanged);
    proxy.setSearchText(u" "_s); // no word: every quote
    QCOMPARE(layouts.size(), 1);
    QCOMPARE(wall.masonry().rects(), before);
    proxy.setKind(u"review"_s);
    QCOMPARE(layouts.size(), 2);
    QCOMPARE(wall.masonry().count(), proxy.rowCount());
    QVERIFY(wall.masonry().count() < before.size());
    // The delayed layout that follows a layout change keeps it too.
    QCoreApplication::processEvents();
    QCOMPARE(wall.masonry().count(), proxy.rowCount());
    proxy.setKind(QString());
    QCoreApplication::processEvents();
    QCOMPARE(wall.masonry().rects(), before);
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

namespace {

// Where the source line of the card in \a row is, in the wall's viewport.
QPoint sourceLine(QuoteWall &wall, int row)
{
    const QModelIndex index = wall.model()->index(row, 0);
    wall.scrollTo(index);
    const QRect card = wall.visualRect(index);
    const QuoteCard::Style style(wall.scale(), true);
    for (const QuoteCard::Block &block : QuoteCard::blocks(index, card.width(), style)) {
        if (block.part != QuoteCard::Part::Source)
            continue;
        // On the first line: a card may cite more than one source.
        QPoint point = card.topLeft() + block.rect.topLeft() +
                       QPoint(12, style.captionMetrics.height() / 2);
        if (wall.layoutDirection() == Qt::RightToLeft)
            point.setX(card.left() + card.right() - point.x());
        return point;
    }
    return {};
}

} // namespace

void tst_QuoteWall::sourceLineIsALink_data()
{
    QTest::addColumn<bool>("rightToLeft");
    QTest::newRow("left to right") << false;
    QTest::newRow("right to left") << true;
}

void tst_QuoteWall::sourceLineIsALink()
{
    QFETCH(bool, rightToLeft);
    QuoteWall wall;
    wall.setModel(m_catalog.reviews());
    wall.setSourceStyle(SourceStyle::Links);
    wall.setLayoutDirection(rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    wall.resize(1150, 800);
    wall.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wall));
    QList<QUrl> opened;
    ScopedLinkHandler handler([&](const QUrl &url) {
        opened.append(url);
        return true;
    });
    ReviewModel *reviews = m_catalog.reviews();
    for (int row = 0; row < reviews->rowCount(); ++row) {
        const QModelIndex index = reviews->index(row);
        const QString url = QuoteCard::sourceUrl(index);
        QVERIFY2(!url.isEmpty(), qPrintable(index.data(int(ReviewModel::Role::Id)).toString()));
        const QPoint point = sourceLine(wall, row);
        QCOMPARE(wall.linkAt(point), url);
        opened.clear();
        QTest::mouseClick(wall.viewport(), Qt::LeftButton, {}, point);
        QCOMPARE(opened, QList<QUrl>{QUrl(url)});
        // The quote itself is not the link.
        QCOMPARE(wall.linkAt(wall.visualRect(index).topLeft() + QPoint(30, 30)), QString());
    }
}

void tst_QuoteWall::enterOpensTheSource()
{
    QuoteWall wall;
    wall.setModel(m_catalog.reviews());
    wall.setSourceStyle(SourceStyle::Links);
    wall.resize(1150, 800);
    QList<QUrl> opened;
    ScopedLinkHandler handler([&](const QUrl &url) {
        opened.append(url);
        return true;
    });
    // The first quote, whichever the content holds, and its first address.
    const QModelIndex index = m_catalog.reviews()->index(0);
    QString url;
    for (const QVariant &source : index.data(int(ReviewModel::Role::Sources)).toList()) {
        url = source.toMap().value(u"url"_s).toString();
        if (!url.isEmpty())
            break;
    }
    QVERIFY(!url.isEmpty());
    wall.setCurrentIndex(index);
    wall.setFocus();
    QTest::keyClick(&wall, Qt::Key_Return);
    QCOMPARE(opened, QList<QUrl>{QUrl(url)});
    // Screen readers hear where Enter leads.
    QVERIFY(QuoteCard::accessibleDescription(index, true).contains(url));
}

void tst_QuoteWall::noLinksInText()
{
    QuoteWall wall;
    wall.setModel(m_catalog.reviews());
    wall.resize(1150, 800);
    QCOMPARE(wall.sourceStyle(), SourceStyle::Text);
    QList<QUrl> opened;
    ScopedLinkHandler handler([&](const QUrl &url) {
        opened.append(url);
        return true;
    });
    wall.setCurrentIndex(m_catalog.reviews()->index(0));
    QTest::keyClick(&wall, Qt::Key_Return);
    QCOMPARE(wall.linkAt(sourceLine(wall, 0)), QString());
    QVERIFY(opened.isEmpty());
}

QTEST_MAIN(tst_QuoteWall)
#include "tst_quotewall.moc"
