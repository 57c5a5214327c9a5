// Paint time of the Partners view at 1920x1080: the bundled partners and ten
// thousand generated ones. Goal: at most 16 ms a frame.
#include "../views/partners/partnerfixtures.h"

#include "content/contentloader.h"
#include "models/catalog.h"
#include "views/common/chipbar.h"
#include "views/common/searchfield.h"
#include "views/partners/partnergrid.h"
#include "views/partners/partnersview.h"
#include "views/theme.h"

#include <QImage>
#include <QLineEdit>
#include <QScrollBar>
#include <QTest>

using namespace Qt::StringLiterals;

class bench_PartnersView : public QObject
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
    void searchTenThousand();
};

namespace {

ContentSet contentFor(const QString &which)
{
    if (which == u"bundled")
        return ContentLoader::load().content;
    ContentSet content;
    content.partners = PartnerFixtures::generated(10000);
    return content;
}

} // namespace

void bench_PartnersView::paint_data()
{
    QTest::addColumn<QString>("content");
    QTest::newRow("bundled") << u"bundled"_s;
    QTest::newRow("10000 partners") << u"generated"_s;
}

void bench_PartnersView::paint()
{
    QFETCH(QString, content);
    Catalog catalog;
    catalog.setContent(contentFor(content));
    PartnersView view(&catalog);
    view.resize(1920, 1080);
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    view.render(&image); // lays out
    QBENCHMARK
    {
        view.render(&image);
    }
}

void bench_PartnersView::scrolledPaint_data()
{
    paint_data();
}

void bench_PartnersView::scrolledPaint()
{
    QFETCH(QString, content);
    Catalog catalog;
    catalog.setContent(contentFor(content));
    PartnersView view(&catalog);
    view.resize(1920, 1080);
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    view.render(&image);
    PartnerGrid *grid = view.grid();
    QImage gridImage(grid->size(), QImage::Format_ARGB32_Premultiplied);
    QScrollBar *bar = grid->verticalScrollBar();
    int step = 0;
    QBENCHMARK
    {
        bar->setValue((step++ * bar->singleStep()) % std::max(1, bar->maximum()));
        grid->render(&gridImage);
    }
}

void bench_PartnersView::searchTenThousand()
{
    // One keystroke: filter, recount the chips, lay the grid out again.
    Catalog catalog;
    catalog.setContent(contentFor(u"generated"_s));
    PartnersView view(&catalog);
    view.resize(1920, 1080);
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    view.render(&image);
    bool on = false;
    QBENCHMARK
    {
        view.searchField()->setText((on = !on) ? u"malmo"_s : QString());
        view.grid()->doItemsLayout();
    }
}

void bench_PartnersView::interaction_data()
{
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("action");
    for (const QString &content : {u"bundled"_s, u"generated"_s}) {
        for (const QString &action :
             {u"first keystroke"_s, u"search keystroke"_s, u"filter chip"_s, u"selection"_s}) {
            QTest::addRow("%s, %s", content == u"bundled" ? "bundled" : "10000", qPrintable(action))
                    << content << action;
        }
    }
}

// One step of what a visitor does, and the whole view's frame after it: the
// first letter typed after the content came, the next digit ("1" to "12"),
// a chip of the filter, another item chosen. A view of its own each run,
// so that the first keystroke pays for whatever the search builds first.
void bench_PartnersView::interaction()
{
    QFETCH(QString, content);
    QFETCH(QString, action);
    Catalog catalog;
    catalog.setContent(contentFor(content));
    PartnersView view(&catalog);
    view.resize(1920, 1080);
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    const auto &items = catalog.content().partners.items;
    QVERIFY(items.size() > 1);
    if (action == u"search keystroke")
        view.searchField()->setText(u"1"_s);
    view.render(&image); // laid out and painted once, outside the measurement
    QBENCHMARK_ONCE
    {
        if (action == u"first keystroke")
            view.searchField()->setText(u"e"_s);
        else if (action == u"search keystroke")
            view.searchField()->setText(u"12"_s);
        else if (action == u"filter chip")
            view.categoryFilter()->setSelection({catalog.content().partners.categories.at(0).id});
        else
            QVERIFY(view.selectItem(items.at(1).id));
        view.render(&image);
    }
}

QTEST_MAIN(bench_PartnersView)
#include "bench_partnersview.moc"
