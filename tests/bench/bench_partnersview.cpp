// Paint time of the Partners view at 1920x1080: the bundled partners and ten
// thousand generated ones. Goal: at most 16 ms a frame.
#include "../views/partners/partnerfixtures.h"

#include "content/contentloader.h"
#include "models/catalog.h"
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

QTEST_MAIN(bench_PartnersView)
#include "bench_partnersview.moc"
