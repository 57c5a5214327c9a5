#include "views/common/viewheader.h"
#include "views/theme.h"

#include <QBoxLayout>
#include <QImage>
#include <QTest>

using namespace Qt::StringLiterals;

class TestViewHeader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Appearance::loadFonts(); }
    void growsWithItsLines();
    void setTextsSetsTheThreeLines();
    void wrapsWhenNarrow();
    void getsItsHeightInALayoutAfterResizes();
    void scalesWithTheView();
    void namesItselfForAccessibility();
    void alignsToTheReadersSide();
};

void TestViewHeader::growsWithItsLines()
{
    ViewHeader header;
    header.setTitle(u"Inside DGX Spark"_s);
    const int title = header.heightForWidth(1000);
    QVERIFY(title > 0);
    header.setEyebrow(u"Hardware"_s);
    const int withEyebrow = header.heightForWidth(1000);
    QVERIFY(withEyebrow > title);
    header.setSubtitle(u"Select a part to see what it does."_s);
    QVERIFY(header.heightForWidth(1000) > withEyebrow);
}

void TestViewHeader::setTextsSetsTheThreeLines()
{
    ViewHeader one;
    one.setEyebrow(u"Hardware"_s);
    one.setTitle(u"Inside DGX Spark"_s);
    one.setSubtitle(u"Select a part to see what it does."_s);
    ViewHeader all;
    all.setTexts(u"Hardware"_s, u"Inside DGX Spark"_s, u"Select a part to see what it does."_s);
    QCOMPARE(all.title(), u"Inside DGX Spark"_s);
    QCOMPARE(all.accessibleName(), one.accessibleName());
    QCOMPARE(all.accessibleDescription(), one.accessibleDescription());
    QCOMPARE(all.heightForWidth(600), one.heightForWidth(600));
    QVERIFY(all.heightForWidth(600) > 0);
}

void TestViewHeader::wrapsWhenNarrow()
{
    ViewHeader header;
    header.setTitle(u"A headline long enough to need more than one line when narrow"_s);
    QVERIFY(header.heightForWidth(200) > header.heightForWidth(3000));
}

void TestViewHeader::getsItsHeightInALayoutAfterResizes()
{
    // A header over a stretching body, the way the timeline lays it out: after
    // the window narrows (or widens), the header has the height its new width
    // needs, not the one it had before.
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *header = new ViewHeader;
    header->setTitle(u"How DGX Spark came to be"_s);
    header->setSubtitle(u"A real time axis: quiet years fold away, and the busiest days open up "
                        "so that every event can be read."_s);
    layout->addWidget(header);
    layout->addWidget(new QWidget, 1);
    window.resize(1600, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (int width : {1600, 700, 420, 1600, 380}) {
        window.resize(width, 900);
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QCOMPARE(header->height(), header->heightForWidth(header->width()));
    }
    QVERIFY(header->heightForWidth(380) > header->heightForWidth(1600));
}

void TestViewHeader::scalesWithTheView()
{
    ViewHeader header;
    header.setTitle(u"Inside DGX Spark"_s);
    const int small = header.heightForWidth(3000);
    header.setScale(2.0);
    QVERIFY(header.heightForWidth(3000) > small * 3 / 2);
    header.resize(600, header.heightForWidth(600));
    QImage image(header.size(), QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    header.render(&image);
    bool painted = false;
    for (int x = 0; x < image.width() && !painted; ++x)
        painted = image.pixelColor(x, image.height() / 2).alpha() > 0;
    QVERIFY(painted);
}

void TestViewHeader::namesItselfForAccessibility()
{
    ViewHeader header;
    header.setTitle(u"Timeline"_s);
    header.setSubtitle(u"From DGX-1 to DGX Spark"_s);
    QCOMPARE(header.accessibleName(), u"Timeline"_s);
    QCOMPARE(header.accessibleDescription(), u"From DGX-1 to DGX Spark"_s);
    QCOMPARE(header.title(), u"Timeline"_s);
}

void TestViewHeader::alignsToTheReadersSide()
{
    // English words in an Arabic layout: the paragraph sits on the right.
    const auto inkColumns = [](Qt::LayoutDirection direction) {
        ViewHeader header;
        header.setLayoutDirection(direction);
        header.setTitle(u"Inside"_s);
        header.resize(800, header.heightForWidth(800));
        QImage image(header.size(), QImage::Format_ARGB32);
        image.fill(Qt::transparent);
        header.render(&image, {}, {}, QWidget::DrawChildren);
        int first = image.width();
        int last = -1;
        for (int x = 0; x < image.width(); ++x) {
            for (int y = 0; y < image.height(); ++y) {
                if (image.pixelColor(x, y).alpha() > 0) {
                    first = std::min(first, x);
                    last = std::max(last, x);
                }
            }
        }
        return std::make_pair(first, last);
    };
    const auto [ltrFirst, ltrLast] = inkColumns(Qt::LeftToRight);
    const auto [rtlFirst, rtlLast] = inkColumns(Qt::RightToLeft);
    QVERIFY(ltrFirst < 20);
    QVERIFY(ltrLast < 400);
    QVERIFY(rtlLast > 780);
    QVERIFY(rtlFirst > 400);
}

QTEST_MAIN(TestViewHeader)
#include "tst_viewheader.moc"
