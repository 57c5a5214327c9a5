#include "views/common/linkopener.h"
#include "views/common/sourcelinks.h"
#include "views/theme.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QVariantMap source(const QString &citation, const QString &url, const QString &note = QString())
{
    return {{u"citation"_s, citation}, {u"url"_s, url}, {u"note"_s, note}};
}

QVariantList threeSources()
{
    return {source(u"DGX Spark User Guide: Hardware Overview (NVIDIA Docs)"_s,
                   u"https://docs.nvidia.com/dgx/dgx-spark/hardware.html"_s),
            source(u"Tom’s Hardware: Report on GB10 systems shown around Computex 2025"_s,
                   QString(), u"The article’s web address is not on record."_s),
            source(u"Elon Musk Gets Just-Launched NVIDIA DGX Spark: Petaflop AI Supercomputer "
                   u"Lands at SpaceX (NVIDIA Blog, October 13, 2025)"_s,
                   u"https://blogs.nvidia.com/blog/live-dgx-spark-delivery/"_s)};
}

} // namespace

class TestSourceLinks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Appearance::loadFonts(); }
    void listsEverySource();
    void stacksLinksBeneathTheHeading();
    void measuresAheadOfTime();
    void continuesATextColumn();
    void tabsFromLinkToLink();
    void emptiesAgain();
};

void TestSourceLinks::listsEverySource()
{
    SourceLinks links;
    links.setHeading(u"Sources"_s);
    links.setSources(threeSources());
    QCOMPARE(links.links().size(), 3);
    QCOMPARE(links.urls(),
             QStringList({u"https://docs.nvidia.com/dgx/dgx-spark/hardware.html"_s,
                          u"https://blogs.nvidia.com/blog/live-dgx-spark-delivery/"_s}));
    QVERIFY(links.links().at(0)->isLink());
    QVERIFY(!links.links().at(1)->isLink());
    QCOMPARE(links.links().at(1)->note(), u"The article’s web address is not on record."_s);
    QVERIFY(!links.isEmpty());
}

void TestSourceLinks::stacksLinksBeneathTheHeading()
{
    SourceLinks links;
    links.setHeading(u"Sources"_s);
    links.setSources(threeSources());
    links.resize(420, links.heightForWidth(420));
    links.show();
    QVERIFY(QTest::qWaitForWindowExposed(&links));
    const int headingBottom =
            links.bleed() +
            QFontMetrics(Appearance::instance()->font(Typography::Role::Caption, 1.0)).height();
    int previousText = headingBottom;
    for (SourceLink *link : links.links()) {
        // The text of each link starts below the one before; rings may overlap.
        QVERIFY(link->geometry().top() + link->bleed() >= previousText);
        QVERIFY(link->geometry().bottom() <= links.height());
        QCOMPARE(link->width(), links.width());
        previousText = link->geometry().bottom() - link->bleed();
    }
}

void TestSourceLinks::measuresAheadOfTime()
{
    // Cards plan their height from the static measure; it must agree.
    SourceLinks links;
    for (double scale : {0.6, 1.0, 2.0}) {
        links.setScale(scale);
        for (bool heading : {true, false}) {
            links.setHeading(heading ? u"Source"_s : QString());
            links.setSources(threeSources());
            for (int width : {240, 520, 1400}) {
                QCOMPARE(links.heightForWidth(width),
                         SourceLinks::heightFor(threeSources(), heading, width, scale));
            }
        }
    }
    QCOMPARE(SourceLinks::heightFor({}, true, 500, 1.0), 0);
}

void TestSourceLinks::continuesATextColumn()
{
    QWidget card;
    card.resize(800, 600);
    auto *links = new SourceLinks(&card);
    links->placeInColumn(threeSources(), u"Sources"_s, 1.5, QPoint(40, 120), 300);
    QCOMPARE(links->heading(), u"Sources"_s);
    QCOMPARE(links->links().size(), 3);
    // The text lines up with the column; the focus rings' room lies outside it.
    const int bleed = links->bleed();
    QCOMPARE(bleed, SourceLinks::bleedFor(1.5));
    QVERIFY(bleed > 0);
    QCOMPARE(links->geometry(), QRect(40 - bleed, 120 - bleed, 300 + 2 * bleed,
                                      links->heightForWidth(300 + 2 * bleed)));
    QCOMPARE(links->height(), SourceLinks::heightFor(threeSources(), true, 300 + 2 * bleed, 1.5));
    // Placing again follows the new column and sources.
    links->placeInColumn(threeSources().mid(0, 1), u"Source"_s, 1.0, QPoint(10, 20), 500);
    QCOMPARE(links->links().size(), 1);
    QCOMPARE(links->bleed(), SourceLinks::bleedFor(1.0));
    QCOMPARE(links->geometry().topLeft(), QPoint(10, 20) - QPoint(links->bleed(), links->bleed()));
    QCOMPARE(links->width(), 500 + 2 * links->bleed());
}

void TestSourceLinks::tabsFromLinkToLink()
{
    QWidget window;
    auto *links = new SourceLinks(&window);
    links->setSources(threeSources());
    links->setGeometry(0, 0, 600, links->heightForWidth(600));
    window.resize(600, 300);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    links->links().at(0)->setFocus();
    QVERIFY(links->links().at(0)->hasFocus());
    // The plain source takes no focus: Tab goes on to the next link.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY(links->links().at(2)->hasFocus());
    QList<QUrl> opened;
    ScopedLinkHandler handler([&](const QUrl &url) {
        opened.append(url);
        return true;
    });
    QTest::keyClick(links->links().at(2), Qt::Key_Return);
    QCOMPARE(opened,
             QList<QUrl>{QUrl(u"https://blogs.nvidia.com/blog/live-dgx-spark-delivery/"_s)});
}

void TestSourceLinks::emptiesAgain()
{
    SourceLinks links;
    links.setSources(threeSources());
    links.setSources({});
    QVERIFY(links.isEmpty());
    QVERIFY(links.links().isEmpty());
    QCOMPARE(links.heightForWidth(500), 0);
    for (QObject *child : links.children()) {
        if (auto *link = qobject_cast<SourceLink *>(child))
            QVERIFY(link->isHidden());
    }
}

QTEST_MAIN(TestSourceLinks)
#include "tst_sourcelinks.moc"
