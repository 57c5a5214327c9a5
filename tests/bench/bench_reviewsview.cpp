// Paint and layout time of the Reviews view at 1920x1080: the bundled quotes
// and ten thousand generated ones. Goal: at most 16 ms a frame.
#include "../views/reviews/reviewfixtures.h"

#include "content/contentloader.h"
#include "models/catalog.h"
#include "models/reviewfilterproxy.h"
#include "models/reviewmodel.h"
#include "views/common/chipbar.h"
#include "views/common/searchfield.h"
#include "views/common/searchpreparation.h"
#include "views/reviews/quotewall.h"
#include "views/reviews/reviewsview.h"
#include "views/theme.h"

#include <QImage>
#include <QScrollBar>
#include <QTest>

using namespace Qt::StringLiterals;

class bench_ReviewsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Appearance::loadFonts(); }
    void interaction_data();
    void interaction();
    void paint_data();
    void paint();
    void scrolledPaint_data();
    void scrolledPaint();
    void layoutTenThousand();
    void filterTenThousand();
};

namespace {

ContentSet contentFor(const QString &which)
{
    if (which == u"bundled")
        return ContentLoader::load().content;
    ContentSet content;
    content.reviews = ReviewFixtures::generated(10000);
    return content;
}

} // namespace

void bench_ReviewsView::paint_data()
{
    QTest::addColumn<QString>("content");
    QTest::newRow("bundled") << u"bundled"_s;
    QTest::newRow("10000 quotes") << u"generated"_s;
}

void bench_ReviewsView::paint()
{
    QFETCH(QString, content);
    Catalog catalog;
    catalog.setContent(contentFor(content));
    ReviewsView view(&catalog);
    view.resize(1920, 1080);
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    view.render(&image); // lays out
    QBENCHMARK
    {
        view.render(&image);
    }
}

void bench_ReviewsView::scrolledPaint_data()
{
    paint_data();
}

void bench_ReviewsView::scrolledPaint()
{
    // The wall alone, one wheel step further each frame: what scrolling costs.
    QFETCH(QString, content);
    Catalog catalog;
    catalog.setContent(contentFor(content));
    ReviewsView view(&catalog);
    view.resize(1920, 1080);
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    view.render(&image);
    QuoteWall *wall = view.wall();
    QImage wallImage(wall->size(), QImage::Format_ARGB32_Premultiplied);
    QScrollBar *bar = wall->verticalScrollBar();
    int step = 0;
    QBENCHMARK
    {
        bar->setValue((step++ * bar->singleStep()) % std::max(1, bar->maximum()));
        wall->render(&wallImage);
    }
}

void bench_ReviewsView::layoutTenThousand()
{
    Catalog catalog;
    catalog.setContent(contentFor(u"generated"_s));
    QuoteWall wall;
    wall.setModel(catalog.reviews());
    int width = 1150;
    QImage image(1300, 900, QImage::Format_ARGB32_Premultiplied);
    QBENCHMARK
    {
        // A new width measures again, as far as the screen shows.
        wall.resize(width++, 900);
        wall.render(&image);
    }
}

void bench_ReviewsView::filterTenThousand()
{
    Catalog catalog;
    catalog.setContent(contentFor(u"generated"_s));
    ReviewFilterProxy proxy;
    proxy.setSourceModel(catalog.reviews());
    QuoteWall wall;
    wall.setModel(&proxy);
    wall.resize(1150, 900);
    wall.ensureLayout();
    bool review = false;
    QImage image(wall.size(), QImage::Format_ARGB32_Premultiplied);
    QBENCHMARK
    {
        // Heights are kept by quote: filtering places cards again and
        // measures only what comes on screen for the first time.
        proxy.setKind((review = !review) ? u"review"_s : QString());
        wall.render(&image);
    }
}

void bench_ReviewsView::interaction_data()
{
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("action");
    for (const QString &content : {u"bundled"_s, u"generated"_s}) {
        for (const QString &action : {u"first keystroke"_s, u"search keystroke"_s, u"filter chip"_s,
                                      u"selection"_s, u"search index slice while idle"_s}) {
            QTest::addRow("%s, %s", content == u"bundled" ? "bundled" : "10000", qPrintable(action))
                    << content << action;
        }
    }
}

// One step of what a visitor does, and the whole view's frame after it: the
// first letter typed after the view showed, the next digit ("1" to "12"), a
// chip of the filter, another item chosen; and the search index the view
// builds a moment after it shows, so that the first keystroke does not. A
// view of its own each run, so that each first keystroke is one.
void bench_ReviewsView::interaction()
{
    QFETCH(QString, content);
    QFETCH(QString, action);
    Catalog catalog;
    catalog.setContent(contentFor(content));
    ReviewsView view(&catalog);
    view.resize(1920, 1080);
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    const auto &items = catalog.content().reviews.items;
    QVERIFY(items.size() > 1);
    if (action == u"search keystroke")
        view.searchField()->setText(u"1"_s);
    view.setAttribute(Qt::WA_DontShowOnScreen);
    view.show();
    view.render(&image); // laid out and painted once, outside the measurement
    if (action == u"search index slice while idle") {
        QBENCHMARK_ONCE
        {
            view.wallProxy()->prepareSearch(SearchPreparation::Slice);
        }
        return;
    }
    // What the view does once shown and left alone for a moment.
    QTest::qWait(SearchPreparation::Delay + 100);
    QBENCHMARK_ONCE
    {
        if (action == u"first keystroke")
            view.searchField()->setText(u"e"_s);
        else if (action == u"search keystroke")
            view.searchField()->setText(u"12"_s);
        else if (action == u"filter chip")
            view.kindFilter()->setSelection({catalog.content().reviews.kinds.at(0).id});
        else
            QVERIFY(view.selectItem(items.at(1).id));
        view.render(&image);
    }
}

QTEST_MAIN(bench_ReviewsView)
#include "bench_reviewsview.moc"
