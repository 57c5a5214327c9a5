#include "models/catalog.h"
#include "models/categorymodel.h"
#include "models/eramodel.h"
#include "models/timelinefilterproxy.h"
#include "models/timelinemodel.h"
#include "timelinefixtures.h"
#include "views/theme.h"
#include "views/timeline/timelineitemview.h"

#include <QImage>
#include <QPointingDevice>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The timeline view as TimelineView wires it: the proxy as its model, the
// unfiltered events shaping the axis, eras and category colours.
struct Fixture
{
    Catalog catalog;
    TimelineFilterProxy proxy;
    TimelineItemView view;

    explicit Fixture(const ContentSet &content = TimelineFixtures::contentSet(),
                     QSize size = QSize(1240, 800))
    {
        catalog.setContent(content);
        view.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
        proxy.setSourceModel(catalog.timeline());
        view.setAxisModel(catalog.timeline());
        view.setEraModel(catalog.eras());
        view.setCategoryModel(catalog.timelineCategories());
        view.setModel(&proxy);
        view.resize(size);
    }

    QModelIndex index(const QString &id) const { return proxy.index(proxy.rowOf(id), 0); }
    QString current() const
    {
        return view.currentIndex().data(int(TimelineModel::Role::Id)).toString();
    }
    void select(const QString &id)
    {
        view.selectionModel()->setCurrentIndex(index(id), QItemSelectionModel::ClearAndSelect);
    }
};

// Events a day apart from 2016 on, for the limits of what the view can hold.
ContentSet generatedEvents(int count)
{
    ContentSet content = TimelineFixtures::contentSet();
    content.timeline.items.clear();
    content.timeline.eras.clear();
    const QDate start(2016, 1, 1);
    for (int i = 0; i < count; ++i) {
        TimelineEvent event;
        event.id = u"event-%1"_s.arg(i);
        const QDate date = start.addDays(i * 4000 / count);
        event.date = i % 7 == 0 ? PartialDate(date.year(), date.month())
                                : PartialDate(date.year(), date.month(), date.day());
        event.category = content.timeline.categories.at(size_t(i) % 3).id;
        event.title = LocalizedText(u"Generated event %1"_s.arg(i));
        event.description = LocalizedText(u"Description %1"_s.arg(i));
        event.confidence = i % 5 == 0 ? Confidence::Low : Confidence::High;
        content.timeline.items.push_back(event);
    }
    return content;
}

// An event for a plain model, with the roles the view reads.
QList<QStandardItem *> eventRow(QDate date, const QString &title)
{
    auto *item = new QStandardItem(title);
    for (TimelineModel::Role role :
         {TimelineModel::Role::Date, TimelineModel::Role::Earliest, TimelineModel::Role::Latest})
        item->setData(date, int(role));
    item->setData(int(PartialDate::Precision::Day), int(TimelineModel::Role::Precision));
    item->setData(date.toString(Qt::ISODate), int(TimelineModel::Role::DateText));
    item->setData(title, int(TimelineModel::Role::Title));
    return {item};
}

} // namespace

class tst_TimelineItemView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void ordering();
    void everyEventHasACard();
    void indexAtFindsEachEvent();
    void keyboard_data();
    void keyboard();
    void zoomLimits();
    void zoomKeys();
    void ctrlWheelZooms();
    void wheelAndDragPan();
    void clickSelects();
    void touch();
    void monthPrecisionSpansTheMonth_data();
    void monthPrecisionSpansTheMonth();
    void rightToLeftRunsFromTheRight();
    void vertical();
    void scrollToCentres();
    void scrollAnimation();
    void filterRelayouts();
    void empty();
    void tenThousandEvents();
    void paintsDeterministically();
    void followsTheModelSetTwice();
    void filterPicksFromTheSourceEvents();
};

void tst_TimelineItemView::initTestCase()
{
    Appearance::loadFonts();
}

void tst_TimelineItemView::init()
{
    Appearance::instance()->setReducedMotion(false);
    Appearance::instance()->setTheme(Theme::Id::Dark);
    QGuiApplication::setLayoutDirection(Qt::LeftToRight);
}

void tst_TimelineItemView::ordering()
{
    Fixture f;
    QCOMPARE(f.proxy.rowCount(), 12);
    double previous = -1;
    QDate previousDate;
    for (int row = 0; row < f.proxy.rowCount(); ++row) {
        const QModelIndex index = f.proxy.index(row, 0);
        const QDate date = index.data(int(TimelineModel::Role::Date)).toDate();
        const double marker = f.view.markerCenter(index).x();
        QVERIFY2(marker >= previous, qPrintable(index.data().toString()));
        if (previousDate.isValid() && date > previousDate)
            QVERIFY(marker > previous);
        previous = marker;
        previousDate = date;
    }
    QCOMPARE(f.proxy.index(0, 0).data(int(TimelineModel::Role::Id)).toString(), u"announced"_s);
}

void tst_TimelineItemView::everyEventHasACard()
{
    // The lane's sizes in the designed landscape screens, at scale 1.
    for (const QSize size : {QSize(1240, 800), QSize(1240, 700)}) {
        Fixture f(TimelineFixtures::contentSet(), size);
        for (int row = 0; row < f.proxy.rowCount(); ++row) {
            const QModelIndex index = f.proxy.index(row, 0);
            const QRectF card = f.view.cardRect(index);
            QVERIFY2(!card.isEmpty(), qPrintable(index.data().toString()));
            QVERIFY(f.view.rect().contains(card.toAlignedRect()));
            // The stem from the marker meets the card.
            const double marker = f.view.markerCenter(index).x();
            QVERIFY(marker >= card.left() && marker <= card.right());
            QVERIFY(f.view.visualRect(index).contains(card.toAlignedRect()));
        }
    }
}

void tst_TimelineItemView::indexAtFindsEachEvent()
{
    Fixture f;
    for (int row = 0; row < f.proxy.rowCount(); ++row) {
        const QModelIndex index = f.proxy.index(row, 0);
        // The card's top edge is not covered by any card of a lower track.
        const QRectF card = f.view.cardRect(index);
        const QPoint top(int(card.center().x()), int(card.top()) + 4);
        QCOMPARE(f.view.indexAt(top), index);
    }
    QVERIFY(!f.view.indexAt(f.view.overviewRect().center()).isValid());
    QVERIFY(!f.view.indexAt(QPoint(-10, -10)).isValid());
}

void tst_TimelineItemView::keyboard_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<int>("key");
    QTest::addColumn<bool>("rightToLeft");
    QTest::addColumn<QString>("to");
    QTest::newRow("right from nothing")
            << QString() << int(Qt::Key_Right) << false << u"announced"_s;
    QTest::newRow("right") << u"announced"_s << int(Qt::Key_Right) << false << u"first-delivery"_s;
    QTest::newRow("left") << u"first-delivery"_s << int(Qt::Key_Left) << false << u"announced"_s;
    QTest::newRow("left at the start")
            << u"announced"_s << int(Qt::Key_Left) << false << u"announced"_s;
    QTest::newRow("right at the end") << u"price"_s << int(Qt::Key_Right) << false << u"price"_s;
    QTest::newRow("same day") << u"pad-delivery"_s << int(Qt::Key_Right) << false << u"flight"_s;
    QTest::newRow("home") << u"on-sale"_s << int(Qt::Key_Home) << false << u"announced"_s;
    QTest::newRow("end") << u"first-delivery"_s << int(Qt::Key_End) << false << u"price"_s;
    QTest::newRow("down") << u"chips"_s << int(Qt::Key_Down) << false << u"pad-delivery"_s;
    QTest::newRow("up") << u"chips"_s << int(Qt::Key_Up) << false << u"partners"_s;
    QTest::newRow("page down: next era")
            << u"announced"_s << int(Qt::Key_PageDown) << false << u"show"_s;
    QTest::newRow("page up: start of era")
            << u"chips"_s << int(Qt::Key_PageUp) << false << u"show"_s;
    QTest::newRow("page up: previous era")
            << u"show"_s << int(Qt::Key_PageUp) << false << u"announced"_s;
    QTest::newRow("rtl: left is later")
            << u"announced"_s << int(Qt::Key_Left) << true << u"first-delivery"_s;
    QTest::newRow("rtl: right is earlier")
            << u"first-delivery"_s << int(Qt::Key_Right) << true << u"announced"_s;
}

void tst_TimelineItemView::keyboard()
{
    QFETCH(QString, from);
    QFETCH(int, key);
    QFETCH(bool, rightToLeft);
    QFETCH(QString, to);
    Fixture f;
    f.view.setLayoutDirection(rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    if (!from.isEmpty())
        f.select(from);
    QTest::keyClick(&f.view, Qt::Key(key));
    QCOMPARE(f.current(), to);
    // The current event is also the one selected.
    QCOMPARE(f.view.selectionModel()->selectedIndexes(), QModelIndexList{f.index(to)});
}

void tst_TimelineItemView::zoomLimits()
{
    Fixture f;
    QSignalSpy zoomed(&f.view, &TimelineItemView::zoomChanged);
    QCOMPARE(f.view.zoom(), 1.0);
    f.view.setZoom(0.25);
    QCOMPARE(f.view.zoom(), 1.0);
    QCOMPARE(zoomed.count(), 0);
    // At zoom 1 the whole span fits: nothing to scroll.
    QCOMPARE(f.view.horizontalScrollBar()->maximum(), 0);
    QCOMPARE(f.view.firstVisibleDate(), QDate(2016, 1, 1));
    QCOMPARE(f.view.lastVisibleDate(), QDate(2026, 12, 31));

    const double maximum = f.view.maximumZoom();
    QVERIFY(maximum > 2);
    f.view.setZoom(1e9);
    QCOMPARE(f.view.zoom(), maximum);
    QCOMPARE(zoomed.count(), 1);
    // At the limit, the most stretched day fills about a quarter of the lane.
    const double lane = f.view.laneRect().width();
    const double day = f.view.timeScale().maximumDayLength();
    QVERIFY2(day > lane / 5 && day < lane / 3, qPrintable(QString::number(day)));
    f.view.zoomIn();
    QCOMPARE(f.view.zoom(), maximum);
    QVERIFY(f.view.horizontalScrollBar()->maximum() > 0);
}

void tst_TimelineItemView::zoomKeys()
{
    Fixture f;
    QTest::keyClick(&f.view, Qt::Key_Plus);
    QCOMPARE(f.view.zoom(), 1.5);
    QTest::keyClick(&f.view, Qt::Key_Equal);
    QCOMPARE(f.view.zoom(), 2.25);
    QTest::keyClick(&f.view, Qt::Key_Minus);
    QCOMPARE(f.view.zoom(), 1.5);
    QTest::keyClick(&f.view, Qt::Key_0);
    QCOMPARE(f.view.zoom(), 1.0);
    QTest::keyClick(&f.view, Qt::Key_Minus);
    QCOMPARE(f.view.zoom(), 1.0);

    // Zooming keeps the current event where it was.
    f.select(u"on-sale"_s);
    const double before = f.view.markerCenter(f.index(u"on-sale"_s)).x();
    QTest::keyClick(&f.view, Qt::Key_Plus);
    QTest::keyClick(&f.view, Qt::Key_Plus);
    QCOMPARE(f.view.zoom(), 2.25);
    QVERIFY(qAbs(f.view.markerCenter(f.index(u"on-sale"_s)).x() - before) <= 1.5);
}

void tst_TimelineItemView::ctrlWheelZooms()
{
    Fixture f;
    const QPointF at = f.view.markerCenter(f.index(u"pad-delivery"_s));
    const QDate date = f.view.dateAt(at.toPoint());
    QWheelEvent in(at, f.view.viewport()->mapToGlobal(at), QPoint(), QPoint(0, 240), Qt::NoButton,
                   Qt::ControlModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(f.view.viewport(), &in);
    QVERIFY(f.view.zoom() > 1.5);
    // The moment under the pointer stays under it.
    QCOMPARE(f.view.dateAt(at.toPoint()), date);
    QWheelEvent out(at, f.view.viewport()->mapToGlobal(at), QPoint(), QPoint(0, -2400),
                    Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(f.view.viewport(), &out);
    QCOMPARE(f.view.zoom(), 1.0);
}

void tst_TimelineItemView::wheelAndDragPan()
{
    Fixture f;
    const QPoint middle = f.view.laneRect().center();
    QWheelEvent still(middle, f.view.viewport()->mapToGlobal(middle), QPoint(), QPoint(0, -120),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(f.view.viewport(), &still);
    QCOMPARE(f.view.horizontalScrollBar()->value(), 0);

    f.view.setZoom(4);
    const int start = f.view.horizontalScrollBar()->value();
    QWheelEvent on(middle, f.view.viewport()->mapToGlobal(middle), QPoint(), QPoint(0, -120),
                   Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(f.view.viewport(), &on);
    QVERIFY(f.view.horizontalScrollBar()->value() > start);

    // Dragging the lane to the right shows earlier times; it selects nothing.
    const int before = f.view.horizontalScrollBar()->value();
    const QPoint from(middle.x(), f.view.laneRect().top() + 10);
    QTest::mousePress(f.view.viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(f.view.viewport(), from + QPoint(60, 0));
    QTest::mouseMove(f.view.viewport(), from + QPoint(120, 0));
    QTest::mouseRelease(f.view.viewport(), Qt::LeftButton, {}, from + QPoint(120, 0));
    QCOMPARE(f.view.horizontalScrollBar()->value(), before - 120);
    QVERIFY(!f.view.currentIndex().isValid());
}

void tst_TimelineItemView::clickSelects()
{
    Fixture f;
    QSignalSpy clicked(&f.view, &QAbstractItemView::clicked);
    const QModelIndex index = f.index(u"chips"_s);
    const QRectF card = f.view.cardRect(index);
    QTest::mouseClick(f.view.viewport(), Qt::LeftButton, {},
                      QPoint(int(card.center().x()), int(card.top()) + 4));
    QCOMPARE(f.current(), u"chips"_s);
    QCOMPARE(clicked.count(), 1);
    // A click on the marker works too.
    const QModelIndex other = f.index(u"announced"_s);
    QTest::mouseClick(f.view.viewport(), Qt::LeftButton, {}, f.view.markerCenter(other).toPoint());
    QCOMPARE(f.current(), u"announced"_s);
    // A click on empty lane keeps the selection.
    QTest::mouseClick(f.view.viewport(), Qt::LeftButton, {},
                      QPoint(f.view.laneRect().center().x(), f.view.laneRect().top() + 2));
    QCOMPARE(f.current(), u"announced"_s);
}

void tst_TimelineItemView::touch()
{
    Fixture f;
    f.view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    Appearance::instance()->setReducedMotion(true);
    QPointingDevice *device = QTest::createTouchDevice();
    QWidget *viewport = f.view.viewport();

    // A tap selects.
    const QRectF card = f.view.cardRect(f.index(u"show"_s));
    const QPoint tap(int(card.center().x()), int(card.top()) + 4);
    QTest::touchEvent(viewport, device).press(0, tap);
    QTest::touchEvent(viewport, device).release(0, tap);
    QCOMPARE(f.current(), u"show"_s);

    // Two fingers spreading apart zoom in.
    const QPoint centre = f.view.laneRect().center();
    QTest::touchEvent(viewport, device)
            .press(0, centre - QPoint(50, 0))
            .press(1, centre + QPoint(50, 0));
    QTest::touchEvent(viewport, device)
            .move(0, centre - QPoint(80, 0))
            .move(1, centre + QPoint(80, 0));
    QTest::touchEvent(viewport, device)
            .move(0, centre - QPoint(100, 0))
            .move(1, centre + QPoint(100, 0));
    QTest::touchEvent(viewport, device)
            .release(0, centre - QPoint(100, 0))
            .release(1, centre + QPoint(100, 0));
    QVERIFY2(f.view.zoom() > 1.9 && f.view.zoom() < 2.1,
             qPrintable(QString::number(f.view.zoom())));
    QCOMPARE(f.current(), u"show"_s);

    // One finger swiping pans, without selecting.
    const int before = f.view.horizontalScrollBar()->value();
    const QPoint from(centre.x(), f.view.laneRect().top() + 10);
    QTest::touchEvent(viewport, device).press(0, from);
    QTest::touchEvent(viewport, device).move(0, from - QPoint(40, 0));
    QTest::touchEvent(viewport, device).move(0, from - QPoint(100, 0));
    QTest::touchEvent(viewport, device).release(0, from - QPoint(100, 0));
    QVERIFY(f.view.horizontalScrollBar()->value() > before);
    QCOMPARE(f.current(), u"show"_s);
}

void tst_TimelineItemView::monthPrecisionSpansTheMonth_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<QString>("dateText");
    QTest::newRow("a whole month")
            << u"chips"_s << QDate(2025, 8, 1) << QDate(2025, 8, 31) << u"August 2025"_s;
    QTest::newRow("no later than a post")
            << u"first-delivery"_s << QDate(2016, 8, 1) << QDate(2016, 8, 15) << u"August 2016"_s;
    QTest::newRow("narrowed by sources")
            << u"lab-delivery"_s << QDate(2025, 10, 13) << QDate(2025, 10, 15) << u"October 2025"_s;
    QTest::newRow("a day") << u"on-sale"_s << QDate(2025, 10, 15) << QDate(2025, 10, 15)
                           << u"October 15, 2025"_s;
}

void tst_TimelineItemView::monthPrecisionSpansTheMonth()
{
    QFETCH(QString, id);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(QString, dateText);
    Fixture f;
    const QModelIndex index = f.index(id);
    // The label says what is known, never a made-up day.
    QCOMPARE(index.data(int(TimelineModel::Role::DateText)).toString(), dateText);
    for (double zoom : {1.0, 3.0}) {
        f.view.setZoom(zoom);
        f.view.scrollTo(index, QAbstractItemView::PositionAtCenter);
        const QRectF span = f.view.spanRect(index);
        QCOMPARE(span.left(), f.view.axisPosition(first));
        QCOMPARE(span.right(), f.view.axisPosition(last.addDays(1)));
        QVERIFY(f.view.visualRect(index).contains(span.toAlignedRect().adjusted(1, 0, -1, 0)));
        // The marker sits inside the span, at the axis date.
        const double marker = f.view.markerCenter(index).x();
        QVERIFY(marker > span.left() && marker < span.right());
        // Where a day is a few pixels wide, the point under the marker is its day.
        const QDate date = index.data(int(TimelineModel::Role::Date)).toDate();
        const auto &segments = f.view.timeScale().segments();
        if (segments[size_t(f.view.timeScale().segmentOf(date))].dayLength() >= 3)
            QCOMPARE(f.view.dateAt(f.view.markerCenter(index).toPoint()), date);
    }
}

void tst_TimelineItemView::rightToLeftRunsFromTheRight()
{
    Fixture f;
    f.view.setLayoutDirection(Qt::RightToLeft);
    QVERIFY(f.view.axisPosition(QDate(2025, 10, 15)) < f.view.axisPosition(QDate(2025, 10, 13)));
    QVERIFY(f.view.axisPosition(QDate(2016, 4, 5)) > f.view.axisPosition(QDate(2025, 1, 6)));
    QVERIFY(f.view.overviewPosition(QDate(2016, 1, 1)) >
            f.view.overviewPosition(QDate(2026, 1, 1)));
    QVERIFY(f.view.markerCenter(f.index(u"announced"_s)).x() > f.view.width() * 0.8);
    double previous = f.view.width() + 1.0;
    for (int row = 0; row < f.proxy.rowCount(); ++row) {
        const QModelIndex index = f.proxy.index(row, 0);
        const double marker = f.view.markerCenter(index).x();
        QVERIFY(marker <= previous);
        previous = marker;
        // Cards open towards later times: their leading edge is on the right.
        const QRectF card = f.view.cardRect(index);
        QVERIFY(marker >= card.left() && marker <= card.right());
    }
    // Spans run right to left too.
    const QModelIndex month = f.index(u"chips"_s);
    QCOMPARE(f.view.spanRect(month).right(), f.view.axisPosition(QDate(2025, 8, 1)));
    QCOMPARE(f.view.spanRect(month).left(), f.view.axisPosition(QDate(2025, 9, 1)));
    // Dragging to the left shows earlier times, as the content follows the finger.
    f.view.setZoom(4);
    f.view.horizontalScrollBar()->setValue(200);
    const QPoint from(f.view.laneRect().center().x(), f.view.laneRect().top() + 10);
    QTest::mousePress(f.view.viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(f.view.viewport(), from + QPoint(-50, 0));
    QTest::mouseMove(f.view.viewport(), from + QPoint(-100, 0));
    QTest::mouseRelease(f.view.viewport(), Qt::LeftButton, {}, from + QPoint(-100, 0));
    QCOMPARE(f.view.horizontalScrollBar()->value(), 100);
}

void tst_TimelineItemView::vertical()
{
    Fixture f(TimelineFixtures::contentSet(), QSize(900, 1300));
    f.view.setOrientation(Qt::Vertical);
    QCOMPARE(f.view.orientation(), Qt::Vertical);
    QVERIFY(f.view.axisPosition(QDate(2025, 10, 15)) > f.view.axisPosition(QDate(2025, 10, 13)));
    const QRect viewport = f.view.rect();
    for (int row = 0; row < f.proxy.rowCount(); ++row) {
        const QModelIndex index = f.proxy.index(row, 0);
        const QRectF card = f.view.cardRect(index);
        QVERIFY2(!card.isEmpty(), qPrintable(index.data().toString()));
        QVERIFY(viewport.contains(card.toAlignedRect()));
        // Cards lie beside the axis, after the marker's side.
        QVERIFY(card.left() > f.view.markerCenter(index).x());
    }
    f.view.setZoom(3);
    QVERIFY(f.view.verticalScrollBar()->maximum() > 0);
    QCOMPARE(f.view.horizontalScrollBar()->maximum(), 0);
    f.select(u"announced"_s);
    QTest::keyClick(&f.view, Qt::Key_Down);
    QCOMPARE(f.current(), u"first-delivery"_s);
}

void tst_TimelineItemView::scrollToCentres()
{
    Fixture f;
    f.view.setZoom(f.view.maximumZoom());
    for (const QString &id : {u"price"_s, u"announced"_s, u"on-sale"_s}) {
        const QModelIndex index = f.index(id);
        f.view.scrollTo(index, QAbstractItemView::PositionAtCenter);
        QVERIFY(!f.view.isAnimating()); // never shown: no animation
        const QRect lane = f.view.laneRect();
        QVERIFY2(lane.contains(f.view.markerCenter(index).toPoint()), qPrintable(id));
        QVERIFY(f.view.visibleIndexes().contains(index));
    }
    // EnsureVisible leaves a visible event where it is.
    const int value = f.view.horizontalScrollBar()->value();
    f.view.scrollTo(f.index(u"on-sale"_s));
    QCOMPARE(f.view.horizontalScrollBar()->value(), value);
}

void tst_TimelineItemView::scrollAnimation()
{
    Fixture f;
    f.view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    f.view.setZoom(f.view.maximumZoom());
    const QModelIndex last = f.index(u"price"_s);
    f.view.scrollTo(last, QAbstractItemView::PositionAtCenter);
    QVERIFY(f.view.isAnimating());
    QTRY_VERIFY(!f.view.isAnimating());
    QVERIFY(f.view.laneRect().contains(f.view.markerCenter(last).toPoint()));

    // Under reduced motion the view jumps.
    Appearance::instance()->setReducedMotion(true);
    const QModelIndex first = f.index(u"announced"_s);
    f.view.scrollTo(first, QAbstractItemView::PositionAtCenter);
    QVERIFY(!f.view.isAnimating());
    QVERIFY(f.view.laneRect().contains(f.view.markerCenter(first).toPoint()));

    // Turning reduced motion on ends a running animation at its target.
    Appearance::instance()->setReducedMotion(false);
    f.view.scrollTo(last, QAbstractItemView::PositionAtCenter);
    QVERIFY(f.view.isAnimating());
    Appearance::instance()->setReducedMotion(true);
    QVERIFY(!f.view.isAnimating());
    QVERIFY(f.view.laneRect().contains(f.view.markerCenter(last).toPoint()));
}

void tst_TimelineItemView::filterRelayouts()
{
    Fixture f;
    const double axisBefore = f.view.axisPosition(QDate(2025, 10, 13));
    f.proxy.setCategories({u"delivery"_s});
    QCOMPARE(f.view.visibleIndexes().size(), 4);
    // The axis does not move under a filter.
    QCOMPARE(f.view.axisPosition(QDate(2025, 10, 13)), axisBefore);
    for (const QModelIndex &index : f.view.visibleIndexes())
        QVERIFY(!f.view.cardRect(index).isEmpty());
    f.proxy.setCategories({});
    QCOMPARE(f.view.visibleIndexes().size(), 12);
}

void tst_TimelineItemView::empty()
{
    Fixture f;
    f.proxy.setCategories({u"no-such-category"_s});
    QCOMPARE(f.proxy.rowCount(), 0);
    QVERIFY(f.view.visibleIndexes().isEmpty());
    QTest::keyClick(&f.view, Qt::Key_Right);
    QVERIFY(!f.view.currentIndex().isValid());
    QImage image(f.view.size(), QImage::Format_ARGB32_Premultiplied);
    f.view.render(&image);

    TimelineItemView bare;
    bare.resize(400, 300);
    QImage small(bare.size(), QImage::Format_ARGB32_Premultiplied);
    bare.render(&small);
    QCOMPARE(bare.zoom(), 1.0);
    bare.setZoom(3);
    QCOMPARE(bare.zoom(), 1.0);
}

void tst_TimelineItemView::tenThousandEvents()
{
    Fixture f(generatedEvents(10000), QSize(1400, 700));
    QCOMPARE(f.proxy.rowCount(), 10000);
    // Many events share the lane: some get a card, the others a mark.
    int cards = 0;
    for (const QModelIndex &index : f.view.visibleIndexes())
        cards += f.view.cardRect(index).isEmpty() ? 0 : 1;
    QVERIFY(cards > 10);
    QVERIFY(cards < 200);
    // Every event stays reachable by keyboard, and the current one is always drawn
    // with its card.
    const auto idAt = [&f](int row) {
        return f.proxy.index(row, 0).data(int(TimelineModel::Role::Id)).toString();
    };
    f.select(idAt(5000));
    QTest::keyClick(&f.view, Qt::Key_Right);
    QCOMPARE(f.current(), idAt(5001));
    QTest::keyClick(&f.view, Qt::Key_End);
    QCOMPARE(f.current(), idAt(9999));
    QVERIFY(!f.view.visualRect(f.view.currentIndex()).isEmpty());
    f.view.setZoom(f.view.maximumZoom());
    f.view.scrollTo(f.view.currentIndex(), QAbstractItemView::PositionAtCenter);
    QVERIFY(f.view.visibleIndexes().size() < 50);
    QVERIFY(f.view.visibleIndexes().contains(f.view.currentIndex()));
}

void tst_TimelineItemView::paintsDeterministically()
{
    Fixture f;
    f.select(u"pad-delivery"_s);
    QImage a(f.view.size(), QImage::Format_ARGB32_Premultiplied);
    QImage b(f.view.size(), QImage::Format_ARGB32_Premultiplied);
    a.fill(Qt::black);
    b.fill(Qt::black);
    f.view.render(&a);
    f.view.render(&b);
    QCOMPARE(a, b);
    // Another selection repaints both cards; going back gives the same picture.
    f.select(u"chips"_s);
    QImage other(f.view.size(), QImage::Format_ARGB32_Premultiplied);
    other.fill(Qt::black);
    f.view.render(&other);
    QVERIFY(other != a);
    f.select(u"pad-delivery"_s);
    b.fill(Qt::black);
    f.view.render(&b);
    QCOMPARE(b, a);
    // Each theme paints in its own colours.
    Appearance::instance()->setTheme(Theme::Id::Light);
    QImage light(f.view.size(), QImage::Format_ARGB32_Premultiplied);
    light.fill(Qt::black);
    f.view.render(&light);
    QCOMPARE(light.pixelColor(2, 2), Appearance::instance()->theme().background);
    QVERIFY(light != a);
}

void tst_TimelineItemView::followsTheModelSetTwice()
{
    QStandardItemModel model;
    for (int month = 1; month <= 3; ++month)
        model.appendRow(eventRow(QDate(2020, month, 10), u"Event %1"_s.arg(month)));
    TimelineItemView view;
    view.resize(1240, 800);
    view.setModel(&model);
    // Setting the same model again keeps QAbstractItemView's own connections:
    // rows, data and resets still reach the view.
    view.setModel(&model);
    QCOMPARE(view.visibleIndexes().size(), 3);
    const int generation = view.generation();
    model.appendRow(eventRow(QDate(2020, 6, 10), u"Fourth"_s));
    QCOMPARE(view.visibleIndexes().size(), 4);
    QVERIFY(view.generation() > generation);
    const double before = view.markerCenter(model.index(3, 0)).x();
    model.setData(model.index(3, 0), QDate(2020, 6, 20), int(TimelineModel::Role::Date));
    QVERIFY(view.markerCenter(model.index(3, 0)).x() > before);
    view.setCurrentIndex(model.index(1, 0));
    model.clear();
    QVERIFY(!view.currentIndex().isValid());
    QVERIFY(view.visibleIndexes().isEmpty());

    // Another model: the first one is no longer followed.
    QStandardItemModel other;
    other.appendRow(eventRow(QDate(2021, 5, 1), u"Other"_s));
    view.setModel(&other);
    const int settled = view.generation();
    model.appendRow(eventRow(QDate(2020, 2, 2), u"Unseen"_s));
    QCOMPARE(view.generation(), settled);
    QCOMPARE(view.visibleIndexes().size(), 1);
}

void tst_TimelineItemView::filterPicksFromTheSourceEvents()
{
    // A filter's change picks the events read from its source model; a
    // change of that model's data, rows or the source model itself reads it
    // again.
    QStandardItemModel model;
    for (int month = 1; month <= 6; ++month) {
        QList<QStandardItem *> row = eventRow(QDate(2020, month, 10), u"Event %1"_s.arg(month));
        row.first()->setData(month % 2 == 0 ? u"even"_s : u"odd"_s,
                             int(TimelineModel::Role::Category));
        model.appendRow(row);
    }
    TimelineFilterProxy proxy;
    proxy.setSourceModel(&model);
    TimelineItemView view;
    view.resize(1240, 800);
    view.setAxisModel(&model);
    view.setModel(&proxy);
    QCOMPARE(view.visibleIndexes().size(), 6);
    const auto marker = [&](int sourceRow) {
        return view.markerCenter(proxy.mapFromSource(model.index(sourceRow, 0))).x();
    };
    const double fourth = marker(3);
    proxy.setCategories({u"even"_s});
    QCOMPARE(view.visibleIndexes().size(), 3);
    QCOMPARE(proxy.index(1, 0).data(int(TimelineModel::Role::Title)).toString(), u"Event 4"_s);
    QCOMPARE(marker(3), fourth);
    // The data of a row shown changes while filtered: read again.
    model.setData(model.index(3, 0), QDate(2020, 4, 25), int(TimelineModel::Role::Date));
    QVERIFY(marker(3) > fourth);
    const double moved = marker(3);
    proxy.setCategories({});
    QCOMPARE(view.visibleIndexes().size(), 6);
    QCOMPARE(marker(3), moved);
    // A row added to the source while filtered.
    proxy.setCategories({u"odd"_s});
    QList<QStandardItem *> added = eventRow(QDate(2020, 8, 1), u"Added"_s);
    added.first()->setData(u"odd"_s, int(TimelineModel::Role::Category));
    model.appendRow(added);
    QCOMPARE(view.visibleIndexes().size(), 4);
    QVERIFY(!view.cardRect(proxy.mapFromSource(model.index(6, 0))).isEmpty());
    // Another source model.
    QStandardItemModel other;
    other.appendRow(eventRow(QDate(2020, 5, 1), u"Other"_s)); // within the axis
    other.item(0)->setData(u"odd"_s, int(TimelineModel::Role::Category));
    proxy.setSourceModel(&other);
    QCOMPARE(view.visibleIndexes().size(), 1);
    QCOMPARE(view.visibleIndexes().constFirst().data(int(TimelineModel::Role::Title)).toString(),
             u"Other"_s);
}

QTEST_MAIN(tst_TimelineItemView)
#include "tst_timelineitemview.moc"
