// Paint and scroll times of the Timeline view at 1920x1080, with the bundled
// events and with 10,000 generated ones. The goal is under 16 ms a frame.
#include "content/contentloader.h"
#include "models/catalog.h"
#include "models/timelinefilterproxy.h"
#include "models/timelinemodel.h"
#include "views/common/chipbar.h"
#include "views/common/searchfield.h"
#include "views/common/searchpreparation.h"
#include "views/theme.h"
#include "views/timeline/timelineitemview.h"
#include "views/timeline/timelineview.h"

#include <QImage>
#include <QScrollBar>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The bundled content with its timeline replaced by \a count events spread over
// 2016 to 2026, every seventh known only to the month, in the bundled categories.
ContentSet generated(int count)
{
    ContentSet content = ContentLoader::load().content;
    TimelineContent &timeline = content.timeline;
    timeline.items.clear();
    const QDate start(2016, 1, 1);
    const qint64 days = start.daysTo(QDate(2026, 12, 31));
    for (int i = 0; i < count; ++i) {
        TimelineEvent event;
        event.id = u"generated-%1"_s.arg(i);
        const QDate date = start.addDays(i * days / count);
        event.date = i % 7 == 0 ? PartialDate(date.year(), date.month())
                                : PartialDate(date.year(), date.month(), date.day());
        event.category = timeline.categories.at(size_t(i) % timeline.categories.size()).id;
        event.title = LocalizedText(u"Generated event number %1"_s.arg(i));
        event.description = LocalizedText(u"What happened on the %1th day."_s.arg(i));
        event.sources = {timeline.sources.front().id};
        timeline.items.push_back(event);
    }
    return content;
}

} // namespace

class bench_TimelineView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void paint_data();
    void paint();
    void scrollStep_data();
    void scrollStep();
    void interaction_data();
    void interaction();
    void firstSearchKeystroke_data();
    void firstSearchKeystroke();

private:
    // One view per content set, made once: the runs stay short.
    TimelineView *view(bool many) const { return many ? m_many : m_bundled; }

    Catalog m_bundledCatalog;
    Catalog m_manyCatalog;
    TimelineView *m_bundled = nullptr;
    TimelineView *m_many = nullptr;
};

void bench_TimelineView::initTestCase()
{
    Appearance::loadFonts();
    m_bundledCatalog.setContent(ContentLoader::load().content);
    m_manyCatalog.setContent(generated(10000));
    m_bundled = new TimelineView(&m_bundledCatalog);
    m_many = new TimelineView(&m_manyCatalog);
    for (TimelineView *view : {m_bundled, m_many}) {
        view->setAttribute(Qt::WA_DontShowOnScreen);
        view->resize(1920, 1080);
        view->show();
    }
    QVERIFY(m_bundled->selectItem(u"starbase-delivery"_s));
    QVERIFY(m_many->selectItem(u"generated-5000"_s));
}

void bench_TimelineView::cleanupTestCase()
{
    delete m_bundled;
    delete m_many;
}

void bench_TimelineView::paint_data()
{
    QTest::addColumn<bool>("many");
    QTest::addColumn<double>("zoom");
    QTest::newRow("bundled, whole span") << false << 1.0;
    QTest::newRow("bundled, zoomed in") << false << 4.0;
    QTest::newRow("10000 events, whole span") << true << 1.0;
    QTest::newRow("10000 events, zoomed in") << true << 40.0;
}

// One full frame of the whole view: heading, chips, timeline and card.
void bench_TimelineView::paint()
{
    QFETCH(bool, many);
    QFETCH(double, zoom);
    TimelineView *view = this->view(many);
    view->itemView()->setZoom(zoom);
    view->itemView()->scrollTo(view->itemView()->currentIndex(),
                               QAbstractItemView::PositionAtCenter);
    QImage image(view->size(), QImage::Format_ARGB32_Premultiplied);
    view->render(&image); // layout and caches, outside the measurement
    QBENCHMARK
    {
        view->render(&image);
    }
}

void bench_TimelineView::scrollStep_data()
{
    QTest::addColumn<bool>("many");
    QTest::addColumn<double>("zoom");
    QTest::newRow("bundled") << false << 4.0;
    QTest::newRow("10000 events") << true << 40.0;
}

// One wheel step along the axis and the timeline's repaint.
void bench_TimelineView::scrollStep()
{
    QFETCH(bool, many);
    QFETCH(double, zoom);
    TimelineItemView *items = view(many)->itemView();
    items->setZoom(zoom);
    QScrollBar *bar = items->horizontalScrollBar();
    QVERIFY(bar->maximum() > 0);
    QImage image(items->size(), QImage::Format_ARGB32_Premultiplied);
    items->render(&image);
    const int step = std::max(1, bar->pageStep() / 10);
    int direction = 1;
    QBENCHMARK
    {
        if (bar->value() + direction * step > bar->maximum() || bar->value() + direction * step < 0)
            direction = -direction;
        bar->setValue(bar->value() + direction * step);
        items->render(&image);
    }
}

void bench_TimelineView::interaction_data()
{
    QTest::addColumn<bool>("many");
    QTest::addColumn<QString>("action");
    for (const bool many : {false, true}) {
        for (const QString &action :
             {u"search keystroke"_s, u"category filter"_s, u"selection"_s, u"zoom step"_s}) {
            QTest::addRow("%s, %s", many ? "10000 events" : "bundled", qPrintable(action))
                    << many << action;
        }
    }
}

// One step of what a visitor does, and the whole view's frame after it: a
// digit typed into the search field, narrowing "1" to "12" (the index of
// every event's text already built; firstSearchKeystroke() builds it), a
// category chip, another event chosen, one zoom step. Each run goes one way,
// the next back.
void bench_TimelineView::interaction()
{
    QFETCH(bool, many);
    QFETCH(QString, action);
    TimelineView *view = this->view(many);
    const Catalog &catalog = many ? m_manyCatalog : m_bundledCatalog;
    view->itemView()->setZoom(many ? 40.0 : 4.0);
    QImage image(view->size(), QImage::Format_ARGB32_Premultiplied);
    const QString first = catalog.content().timeline.items.at(0).id;
    const QString second = catalog.content().timeline.items.at(1).id;
    const QString category = catalog.content().timeline.categories.at(0).id;
    // The state each run starts from, laid out and painted outside the measurement.
    const auto settle = [&] {
        view->searchField()->setText(action == u"search keystroke" ? u"1"_s : QString());
        view->chipBar()->setSelection({});
        QVERIFY(view->selectItem(first));
        view->render(&image);
    };
    settle();
    bool there = false;
    QBENCHMARK
    {
        there = !there;
        if (action == u"search keystroke")
            view->searchField()->setText(there ? u"12"_s : u"1"_s);
        else if (action == u"category filter")
            view->chipBar()->setSelection(there ? QSet<QString>{category} : QSet<QString>{});
        else if (action == u"selection")
            view->selectItem(there ? second : first);
        else
            view->itemView()->setZoom(view->itemView()->zoom() * (there ? 1.25 : 0.8));
        view->render(&image);
    }
    view->searchField()->clear();
    view->chipBar()->setSelection({});
}

// The first letter typed after the view showed: the events filtered and the
// view painted, with the search index the view built a moment after it
// showed; and one slice of that index, as the view builds it while idle. A
// view of its own each run, so that each first keystroke is one.
void bench_TimelineView::firstSearchKeystroke_data()
{
    QTest::addColumn<bool>("indexOnly");
    QTest::newRow("10000 events, keystroke") << false;
    QTest::newRow("10000 events, search index slice while idle") << true;
}

void bench_TimelineView::firstSearchKeystroke()
{
    QFETCH(bool, indexOnly);
    TimelineView view(&m_manyCatalog);
    view.setAttribute(Qt::WA_DontShowOnScreen);
    view.resize(1920, 1080);
    view.show();
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    view.render(&image);
    if (indexOnly) {
        QBENCHMARK_ONCE
        {
            view.proxy()->prepareSearch(SearchPreparation::Slice);
        }
        return;
    }
    QTest::qWait(SearchPreparation::Delay + 100);
    QBENCHMARK_ONCE
    {
        view.searchField()->setText(u"e"_s);
        view.render(&image);
    }
}

QTEST_MAIN(bench_TimelineView)
#include "bench_timelineview.moc"
