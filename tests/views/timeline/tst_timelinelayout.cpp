#include "views/theme.h"
#include "views/timeline/timelinelayout.h"
#include "views/timeline/timelineticks.h"

#include <QFontMetricsF>

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Events, eras and the axis they shape, made up for the test.
struct Generated
{
    std::vector<TimelineLayout::Event> events;
    std::vector<TimelineScale::EventSpan> axis;
    std::vector<TimelineScale::EraSpan> eras;
};

// \a count events in two clusters with empty years between them (a fold): a
// tenth in 2016, the rest from 2021 to 2025, the busiest stretch an era. Every
// seventh is known only to the month; every eleventh has a long title.
Generated generated(int count)
{
    Generated g;
    const int early = std::max(1, count / 10);
    const QDate earlyStart(2016, 1, 1);
    const QDate lateStart(2021, 1, 1);
    const qint64 lateDays = lateStart.daysTo(QDate(2025, 12, 31));
    for (int i = 0; i < count; ++i) {
        TimelineLayout::Event event;
        const QDate date =
                i < early ? earlyStart.addDays(i * 365 / early)
                          : lateStart.addDays((i - early) * lateDays / std::max(1, count - early));
        event.date = date;
        event.exactDay = i % 7 != 0;
        event.earliest = event.exactDay ? date : QDate(date.year(), date.month(), 1);
        event.latest = event.exactDay ? date : event.earliest.addMonths(1).addDays(-1);
        event.dateText = date.toString(u"MMMM d, yyyy"_s);
        event.title = i % 11 == 0 ? u"A much longer title for event %1 that needs two lines "
                                    u"on any card"_s.arg(i)
                                  : u"Event %1"_s.arg(i);
        event.category = i % 3;
        event.approximate = i % 5 == 0;
        g.axis.push_back({event.earliest, event.latest, event.date});
        g.events.push_back(event);
    }
    g.eras.push_back({QDate(2023, 1, 1), QDate(2024, 6, 30)});
    return g;
}

struct Options
{
    QSizeF size = QSizeF(1400, 700);
    Qt::Orientation orientation = Qt::Horizontal;
    Qt::LayoutDirection direction = Qt::LeftToRight;
    double zoom = 1;
    double scale = 1;
};

TimelineLayout laidOut(const Generated &g, const Options &options = {})
{
    TimelineLayout layout;
    layout.setMetrics(TimelineMetrics::forScale(options.scale));
    layout.setAxis(g.axis, g.eras);
    layout.setEvents(g.events);
    layout.setViewport({options.size, options.orientation, options.direction,
                        QLocale(QLocale::English, QLocale::UnitedStates)});
    layout.update();
    if (options.zoom != 1) {
        layout.setZoom(std::min(options.zoom, layout.maximumZoom()));
        layout.update();
    }
    return layout;
}

// Card rows by track, each in order along the axis.
std::vector<std::vector<int>> tracksOf(const TimelineLayout &layout)
{
    std::vector<std::vector<int>> tracks(static_cast<size_t>(layout.geometry().tracks));
    for (int row : layout.order()) {
        const int track = layout.item(row).track;
        if (track >= 0)
            tracks[static_cast<size_t>(track)].push_back(row);
    }
    for (std::vector<int> &rows : tracks) {
        std::stable_sort(rows.begin(), rows.end(), [&layout](int a, int b) {
            return layout.item(a).cardStart < layout.item(b).cardStart;
        });
    }
    return tracks;
}

constexpr double Epsilon = 1e-6;

} // namespace

class tst_TimelineLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shapes_data();
    void ordersMarkersByDate_data() { shapes_data(); }
    void ordersMarkersByDate();
    void cardsNeverOverlapOnATrack_data() { shapes_data(); }
    void cardsNeverOverlapOnATrack();
    void cardsStayInTheLane_data() { shapes_data(); }
    void cardsStayInTheLane();
    void everyEventIsACardOrAMark_data() { shapes_data(); }
    void everyEventIsACardOrAMark();
    void acrossTheStemMeetsTheCard_data();
    void acrossTheStemMeetsTheCard();
    void fewEventsAllGetCards();
    void settleSpreadsACrowdBothWays();
    void foldsAreAsLongAsTheirLabel();
    void spansCoverTheUncertainDays();
    void rightToLeftMirrors();
    void verticalColumns_data();
    void verticalColumns();
    void zoomStretchesTheAxis();
    void zoomStopsWhereADayIsUseful();
    void scaleGrowsTheCards();
    void coordinatesRoundTrip();
    void rangeQueriesMatchAScan();
    void rowAtMarkerFindsTheNearest();
    void rowAtFindsWhatIsDrawn();
    void rowAtPrefersTheCurrentCard();
    void rowsInMeetWhatIsDrawn();
    void extentCoversEverythingDrawn();
    void stretchesForPaging();
    void overviewDates();
    void zoomAnchor();
    void zoomAboutKeepsTheAnchor_data();
    void zoomAboutKeepsTheAnchor();
    void revisionCountsLayouts();
    void empty();
    void deterministic();
};

void tst_TimelineLayout::initTestCase()
{
    Appearance::loadFonts();
}

void tst_TimelineLayout::shapes_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("orientation");
    QTest::addColumn<bool>("rightToLeft");
    QTest::addColumn<double>("zoom");
    QTest::addColumn<QSizeF>("size");
    for (int count : {12, 300, 10000}) {
        for (double zoom : {1.0, 6.0}) {
            const QByteArray name =
                    QByteArray::number(count) + " events, zoom " + QByteArray::number(zoom);
            QTest::newRow(QByteArray(name + ", across").constData())
                    << count << int(Qt::Horizontal) << false << zoom << QSizeF(1400, 700);
            QTest::newRow(QByteArray(name + ", across, right to left").constData())
                    << count << int(Qt::Horizontal) << true << zoom << QSizeF(1400, 700);
            QTest::newRow(QByteArray(name + ", down").constData())
                    << count << int(Qt::Vertical) << false << zoom << QSizeF(1080, 1700);
            QTest::newRow(QByteArray(name + ", down, narrow, right to left").constData())
                    << count << int(Qt::Vertical) << true << zoom << QSizeF(700, 1200);
        }
    }
}

#define FETCH_LAYOUT                                                                               \
    QFETCH(int, count);                                                                            \
    QFETCH(int, orientation);                                                                      \
    QFETCH(bool, rightToLeft);                                                                     \
    QFETCH(double, zoom);                                                                          \
    QFETCH(QSizeF, size);                                                                          \
    const TimelineLayout layout = laidOut(                                                         \
            generated(count), {size, Qt::Orientation(orientation),                                 \
                               rightToLeft ? Qt::RightToLeft : Qt::LeftToRight, zoom, 1.0})

void tst_TimelineLayout::ordersMarkersByDate()
{
    FETCH_LAYOUT;
    QCOMPARE(layout.count(), count);
    const std::vector<int> &order = layout.order();
    QCOMPARE(int(order.size()), count);
    for (size_t i = 1; i < order.size(); ++i) {
        const TimelineLayout::Item &a = layout.item(order[i - 1]);
        const TimelineLayout::Item &b = layout.item(order[i]);
        QVERIFY(a.marker <= b.marker);
        if (layout.event(order[i - 1]).date < layout.event(order[i]).date)
            QVERIFY(a.marker < b.marker);
        QCOMPARE(layout.rank(order[i]), int(i));
    }
    // Cards are listed by where they start.
    const std::vector<int> &cards = layout.cards();
    for (size_t i = 1; i < cards.size(); ++i)
        QVERIFY(layout.item(cards[i - 1]).cardStart <= layout.item(cards[i]).cardStart);
}

void tst_TimelineLayout::cardsNeverOverlapOnATrack()
{
    FETCH_LAYOUT;
    const double gap = layout.metrics().events.cardGap;
    for (const std::vector<int> &rows : tracksOf(layout)) {
        for (size_t i = 1; i < rows.size(); ++i) {
            const TimelineLayout::Item &a = layout.item(rows[i - 1]);
            const TimelineLayout::Item &b = layout.item(rows[i]);
            QVERIFY2(a.cardStart + a.cardMain + gap <= b.cardStart + Epsilon,
                     qPrintable(u"%1 and %2"_s.arg(rows[i - 1]).arg(rows[i])));
        }
    }
    // Nor do their rectangles, at any offset.
    const double offset = layout.maximumOffset() / 2;
    for (const std::vector<int> &rows : tracksOf(layout)) {
        for (size_t i = 1; i < rows.size() && i < 200; ++i) {
            const QRectF a = layout.cardRect(rows[i - 1], offset);
            const QRectF b = layout.cardRect(rows[i], offset);
            QVERIFY(!a.adjusted(Epsilon, Epsilon, -Epsilon, -Epsilon).intersects(b));
        }
    }
}

void tst_TimelineLayout::cardsStayInTheLane()
{
    FETCH_LAYOUT;
    const TimelineLayout::Geometry &g = layout.geometry();
    QVERIFY(g.tracks > 0);
    const double start = -g.pad - Epsilon;
    const double end = layout.timeScale().length() + g.pad + Epsilon;
    const double offset = layout.maximumOffset();
    bool alongTheAxis = true;
    for (int row : layout.cards()) {
        const TimelineLayout::Item &item = layout.item(row);
        QVERIFY(item.track >= 0 && item.track < g.tracks);
        // Across the axis, between the axis and the era strip.
        const QRectF card = layout.cardRect(row, offset);
        if (layout.isHorizontal()) {
            QVERIFY(card.bottom() <= g.axisCross - g.stem + Epsilon);
            QVERIFY(card.top() >= g.eraStrip.bottom() - Epsilon);
        } else if (layout.isRightToLeft()) {
            QVERIFY(card.right() <= g.axisCross - g.stem + Epsilon);
            QVERIFY(card.left() >= g.eraStrip.right() - Epsilon);
        } else {
            QVERIFY(card.left() >= g.axisCross + g.stem - Epsilon);
            QVERIFY(card.right() <= g.eraStrip.left() + Epsilon);
        }
        // Along it, within the room at either end of the axis.
        QVERIFY(item.cardStart >= start);
        alongTheAxis = alongTheAxis && item.cardStart + item.cardMain <= end;
    }
    if (!layout.isHorizontal() && count >= 300)
        QEXPECT_FAIL("",
                     "Down the screen, a full column pushes its last cards past the end "
                     "of the axis, where the lane cuts them off",
                     Continue);
    QVERIFY(alongTheAxis);
}

void tst_TimelineLayout::everyEventIsACardOrAMark()
{
    FETCH_LAYOUT;
    int marked = 0;
    double previous = -1e300;
    for (const TimelineLayout::Mark &mark : layout.marks()) {
        QVERIFY(mark.count > 0);
        // One mark per pixel, in order.
        QVERIFY(mark.position > previous);
        QCOMPARE(mark.position, std::round(mark.position));
        previous = mark.position;
        marked += mark.count;
    }
    QCOMPARE(int(layout.cards().size()) + marked, count);
    for (int row : layout.cards())
        QVERIFY(!layout.cardRect(row, 0).isEmpty());
    for (int row = 0; row < count; ++row) {
        if (layout.item(row).track < 0)
            QVERIFY(layout.cardRect(row, 0).isNull());
    }
}

void tst_TimelineLayout::acrossTheStemMeetsTheCard_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<double>("zoom");
    QTest::newRow("12") << 12 << 1.0;
    QTest::newRow("300") << 300 << 1.0;
    QTest::newRow("300, zoomed in") << 300 << 8.0;
    QTest::newRow("10000") << 10000 << 1.0;
}

void tst_TimelineLayout::acrossTheStemMeetsTheCard()
{
    QFETCH(int, count);
    QFETCH(double, zoom);
    const TimelineLayout layout = laidOut(
            generated(count), {QSizeF(1400, 700), Qt::Horizontal, Qt::LeftToRight, zoom, 1.0});
    // A stem rises straight from the marker: the card reaches over it, with the
    // corner's radius to spare.
    const double inset = layout.cardInset();
    for (int row : layout.cards()) {
        const TimelineLayout::Item &item = layout.item(row);
        QVERIFY(item.marker >= item.cardStart + inset - Epsilon);
        QVERIFY(item.marker <= item.cardStart + item.cardMain - inset + Epsilon);
    }
}

void tst_TimelineLayout::fewEventsAllGetCards()
{
    for (const auto &[orientation, size] : {std::pair(Qt::Horizontal, QSizeF(1240, 700)),
                                            std::pair(Qt::Vertical, QSizeF(900, 1300))}) {
        const TimelineLayout layout =
                laidOut(generated(12), {size, orientation, Qt::LeftToRight, 1.0, 1.0});
        QCOMPARE(int(layout.cards().size()), 12);
        QVERIFY(layout.marks().empty());
        // Long titles take more lines than short ones; across the screen, two.
        QCOMPARE(layout.item(1).titleLines, 1);
        QVERIFY(layout.item(0).titleLines > 1);
        if (orientation == Qt::Horizontal) {
            QCOMPARE(layout.item(0).titleLines, 2);
            QVERIFY(layout.item(0).cardCross > layout.item(1).cardCross);
        } else {
            QVERIFY(layout.item(0).cardMain > layout.item(1).cardMain);
        }
    }
}

void tst_TimelineLayout::settleSpreadsACrowdBothWays()
{
    // Events on one day down a narrow screen with one column, far from any
    // other: their cards settle around the day rather than all after it.
    Generated g;
    const auto add = [&g](QDate day, const QString &title) {
        TimelineLayout::Event event;
        event.date = event.earliest = event.latest = day;
        event.dateText = day.toString(u"MMMM d, yyyy"_s);
        event.title = title;
        g.events.push_back(event);
        g.axis.push_back({day, day, day});
    };
    add(QDate(2020, 1, 1), u"Start"_s);
    add(QDate(2026, 12, 31), u"End"_s);
    const QDate day(2024, 3, 15);
    for (int i = 0; i < 7; ++i)
        add(day, u"Crowd %1"_s.arg(i));
    const TimelineLayout layout =
            laidOut(g, {QSizeF(560, 1600), Qt::Vertical, Qt::LeftToRight, 1.0, 1.0});
    QCOMPARE(layout.geometry().tracks, 1);
    const double preferred = layout.timeScale().center(day) - layout.cardInset();
    std::vector<double> starts;
    for (int row = 2; row < layout.count(); ++row) {
        if (layout.item(row).track >= 0)
            starts.push_back(layout.item(row).cardStart);
    }
    // As many as a card and a half of room allows get a card; the rest a mark.
    QCOMPARE(int(starts.size()), 2);
    QCOMPARE(layout.marks().size(), size_t(1));
    QCOMPARE(layout.marks().front().count, 5);
    // Equally far before and after the day.
    const double gap = layout.metrics().events.cardGap;
    const double length = layout.item(2).cardMain;
    QCOMPARE(starts[0], preferred - (length + gap) / 2);
    QCOMPARE(starts[1], preferred + (length + gap) / 2);
}

void tst_TimelineLayout::foldsAreAsLongAsTheirLabel()
{
    const TimelineLayout layout = laidOut(generated(12));
    const std::vector<TimelineScale::Segment> &segments = layout.timeScale().segments();
    const auto fold = std::find_if(segments.begin(), segments.end(), [](const auto &segment) {
        return segment.kind == TimelineScale::Segment::Kind::Break;
    });
    QVERIFY(fold != segments.end());
    const TimelineMetrics &m = layout.metrics();
    const double label = QFontMetricsF(m.foldFont)
                                 .horizontalAdvance(TimelineTicks::foldYears(
                                         *fold, QLocale(QLocale::English, QLocale::UnitedStates)));
    QCOMPARE(layout.geometry().breakLength,
             std::max(m.axis.breakMinimum, label + m.axis.breakLabelPad));
    QCOMPARE(fold->length, layout.geometry().breakLength);
}

void tst_TimelineLayout::spansCoverTheUncertainDays()
{
    const TimelineLayout layout = laidOut(generated(12));
    for (int row = 0; row < layout.count(); ++row) {
        const TimelineLayout::Event &event = layout.event(row);
        const TimelineLayout::Item &item = layout.item(row);
        QCOMPARE(item.spanStart, layout.timeScale().position(event.earliest));
        QCOMPARE(item.spanEnd, layout.timeScale().endPosition(event.latest));
        QVERIFY(item.marker > item.spanStart && item.marker < item.spanEnd);
        const QRectF span = layout.spanRect(row, 0);
        QCOMPARE(span.height(), 2 * layout.metrics().events.spanHalf);
        QCOMPARE(span.center().y(), layout.geometry().axisCross);
    }
    QVERIFY(layout.maximumSpanReach() > 0);
}

void tst_TimelineLayout::rightToLeftMirrors()
{
    const Generated g = generated(300);
    const TimelineLayout ltr = laidOut(g, {QSizeF(1400, 700), Qt::Horizontal, Qt::LeftToRight, 3});
    const TimelineLayout rtl = laidOut(g, {QSizeF(1400, 700), Qt::Horizontal, Qt::RightToLeft, 3});
    const double width = 1400;
    const double offset = 250;
    QCOMPARE(rtl.cards(), ltr.cards());
    for (int row = 0; row < ltr.count(); ++row) {
        QCOMPARE(rtl.toView(ltr.item(row).marker, offset),
                 width - ltr.toView(ltr.item(row).marker, offset));
        const QRectF a = ltr.cardRect(row, offset);
        const QRectF b = rtl.cardRect(row, offset);
        QCOMPARE(b.isNull(), a.isNull());
        if (!a.isNull()) {
            QCOMPARE(b.left(), width - a.right());
            QCOMPARE(b.top(), a.top());
        }
    }
    // The overview runs right to left too.
    QVERIFY(rtl.overviewPosition(QDate(2016, 1, 1)) > rtl.overviewPosition(QDate(2025, 1, 1)));
    QCOMPARE(rtl.overviewPosition(QDate(2020, 5, 1)),
             width - ltr.overviewPosition(QDate(2020, 5, 1)));
}

void tst_TimelineLayout::verticalColumns_data()
{
    QTest::addColumn<double>("width");
    QTest::addColumn<int>("tracks");
    QTest::newRow("narrow: one") << 700.0 << 1;
    QTest::newRow("a portrait screen: two") << 1080.0 << 2;
    QTest::newRow("wide: three") << 2400.0 << 3;
    QTest::newRow("between") << 1400.0 << 3;
}

void tst_TimelineLayout::verticalColumns()
{
    QFETCH(double, width);
    QFETCH(int, tracks);
    const Generated g = generated(300);
    for (Qt::LayoutDirection direction : {Qt::LeftToRight, Qt::RightToLeft}) {
        const TimelineLayout layout =
                laidOut(g, {QSizeF(width, 1600), Qt::Vertical, direction, 1.0, 1.0});
        const TimelineLayout::Geometry &geometry = layout.geometry();
        QCOMPARE(geometry.tracks, tracks);
        QVERIFY(geometry.trackCross <= layout.metrics().columnWidest);
        // The overview is on the reader's starting side, the era names on the
        // other; time runs down.
        if (direction == Qt::LeftToRight) {
            QCOMPARE(geometry.overview.left(), 0.0);
            QCOMPARE(geometry.eraStrip.right(), width);
            QVERIFY(geometry.eraStrip.left() > geometry.axisCross);
        } else {
            QCOMPARE(geometry.overview.right(), width);
            QCOMPARE(geometry.eraStrip.left(), 0.0);
            QVERIFY(geometry.eraStrip.right() < geometry.axisCross);
        }
        QVERIFY(layout.toView(100, 0) < layout.toView(200, 0));
        // Every column fits between the axis and the era strip.
        const double room = direction == Qt::LeftToRight
                                    ? geometry.eraStrip.left() - geometry.axisCross
                                    : geometry.axisCross - geometry.eraStrip.right();
        if (width == 1400.0)
            QEXPECT_FAIL("",
                         "Where two of the widest columns fit but three narrow ones would "
                         "too, the columns take the widest width and the third runs out "
                         "of the lane",
                         Continue);
        QVERIFY2(geometry.stem + geometry.tracks * (geometry.trackCross + geometry.trackGap) -
                                 geometry.trackGap <=
                         room,
                 qPrintable(QString::number(geometry.trackCross)));
    }
}

void tst_TimelineLayout::zoomStretchesTheAxis()
{
    TimelineLayout layout = laidOut(generated(300));
    const double fit = layout.geometry().fitLength;
    QCOMPARE(layout.timeScale().length(), fit);
    QCOMPARE(layout.maximumOffset(), 0.0);
    const int revision = layout.revision();
    layout.setZoom(4);
    layout.update();
    QCOMPARE(layout.revision(), revision + 1);
    // Folds keep their length; everything else stretches.
    const double folds = layout.timeScale().length() - layout.timeScale().fitLength();
    QVERIFY(layout.timeScale().length() > 3 * fit);
    QVERIFY(folds > 0);
    QCOMPARE(layout.maximumOffset(), layout.timeScale().length() - fit);
    QVERIFY(layout.firstVisibleDate(0) < layout.lastVisibleDate(0));
    QVERIFY(layout.lastVisibleDate(0) < layout.lastVisibleDate(layout.maximumOffset()));
    QCOMPARE(layout.lastVisibleDate(layout.maximumOffset()), QDate(2025, 12, 31));
}

void tst_TimelineLayout::zoomStopsWhereADayIsUseful()
{
    TimelineLayout layout = laidOut(generated(12));
    const double maximum = layout.maximumZoom();
    QVERIFY(maximum > 1);
    layout.setZoom(maximum);
    layout.update();
    const double day = layout.timeScale().maximumDayLength();
    QCOMPARE(day / layout.geometry().fitLength, TimelineMetrics::UsefulDayShare);
    // Beyond it, a new geometry brings the zoom back.
    layout.setZoom(maximum * 10);
    layout.setViewport({QSizeF(1300, 700), Qt::Horizontal, Qt::LeftToRight, QLocale::c()});
    layout.update();
    QVERIFY(layout.timeScale().zoom() <= layout.maximumZoom() * (1 + Epsilon));
}

void tst_TimelineLayout::scaleGrowsTheCards()
{
    const Generated g = generated(12);
    const TimelineLayout one = laidOut(g, {QSizeF(2800, 1400), Qt::Horizontal});
    Options options;
    options.size = QSizeF(2800, 1400);
    options.scale = 2;
    const TimelineLayout two = laidOut(g, options);
    QCOMPARE(two.metrics().scale, 2.0);
    QCOMPARE(two.geometry().pad, 2 * one.geometry().pad);
    QCOMPARE(two.geometry().stem, 2 * one.geometry().stem);
    for (int row = 0; row < one.count(); ++row) {
        QVERIFY(two.item(row).cardMain > one.item(row).cardMain * 1.5);
        QVERIFY(two.item(row).cardCross > one.item(row).cardCross * 1.5);
        QVERIFY(one.item(row).cardMain >= one.metrics().card.minWidth);
    }
}

void tst_TimelineLayout::coordinatesRoundTrip()
{
    for (Qt::LayoutDirection direction : {Qt::LeftToRight, Qt::RightToLeft}) {
        for (Qt::Orientation orientation : {Qt::Horizontal, Qt::Vertical}) {
            const TimelineLayout layout =
                    laidOut(generated(300), {QSizeF(1300, 1300), orientation, direction, 5.0, 1.0});
            for (double offset : {0.0, 123.0, layout.maximumOffset()}) {
                for (double main : {0.0, 77.5, 1000.0}) {
                    const double view = layout.toView(main, offset);
                    QCOMPARE(layout.toContent(view, offset), main);
                    QCOMPARE(layout.offsetFor(main, view), offset);
                }
            }
            const QRectF r = layout.alongAxis(10, 30, 5, 25, 0);
            QCOMPARE(orientation == Qt::Horizontal ? r.width() : r.height(), 20.0);
            QCOMPARE(orientation == Qt::Horizontal ? r.height() : r.width(), 20.0);
        }
    }
}

void tst_TimelineLayout::rangeQueriesMatchAScan()
{
    const TimelineLayout layout = laidOut(
            generated(10000), {QSizeF(1400, 700), Qt::Horizontal, Qt::LeftToRight, 30.0, 1.0});
    const double length = layout.timeScale().length();
    for (double from : {-100.0, length / 3, length - 500}) {
        const double to = from + 700;
        const auto [first, last] = layout.markersBetween(from, to);
        int scanned = 0;
        for (int row = 0; row < layout.count(); ++row) {
            const double marker = layout.item(row).marker;
            scanned += marker >= from && marker <= to ? 1 : 0;
        }
        QCOMPARE(int(last - first), scanned);
        for (size_t i = first; i < last; ++i) {
            const double marker = layout.item(layout.order()[i]).marker;
            QVERIFY(marker >= from && marker <= to);
        }
        // Every card that reaches into the range is in the card range.
        const auto [cardsFirst, cardsLast] = layout.cardsBetween(from, to);
        for (size_t i = 0; i < layout.cards().size(); ++i) {
            const TimelineLayout::Item &item = layout.item(layout.cards()[i]);
            if (item.cardStart <= to && item.cardStart + item.cardMain >= from)
                QVERIFY(i >= cardsFirst && i < cardsLast);
        }
    }
}

void tst_TimelineLayout::rowAtMarkerFindsTheNearest()
{
    const TimelineLayout layout = laidOut(generated(12));
    for (int row = 0; row < layout.count(); ++row) {
        const double marker = layout.item(row).marker;
        QCOMPARE(layout.rowAtMarker(marker + 2, 5), row);
    }
    QCOMPARE(layout.rowAtMarker(-1000, 5), -1);
}

void tst_TimelineLayout::rowAtFindsWhatIsDrawn()
{
    const TimelineLayout layout = laidOut(generated(12));
    const double offset = 0;
    for (int row = 0; row < layout.count(); ++row) {
        // The top of each card: no card of a lower track covers it.
        const QRectF card = layout.cardRect(row, offset);
        QCOMPARE(layout.rowAt(QPoint(int(card.center().x()), int(card.top()) + 4), offset, -1),
                 row);
        QCOMPARE(layout.rowAt(layout.markerCenter(row, offset).toPoint(), offset, -1), row);
    }
    // Outside the lane, and in the lane's empty room far from the axis: nothing.
    QCOMPARE(layout.rowAt(layout.geometry().overview.center().toPoint(), offset, -1), -1);
    QCOMPARE(layout.rowAt(QPoint(-10, -10), offset, -1), -1);
    const QRectF &lane = layout.geometry().lane;
    QCOMPARE(layout.rowAt(QPoint(int(lane.left()) + 2, int(lane.top()) + 2), offset, -1), -1);
}

void tst_TimelineLayout::rowAtPrefersTheCurrentCard()
{
    const TimelineLayout layout = laidOut(generated(3000));
    int row = -1;
    for (int r = 0; r < layout.count() && row < 0; ++r) {
        if (layout.item(r).track < 0)
            row = r;
    }
    QVERIFY(row >= 0);
    // An event without a card has one, floating, while it is current.
    const QRectF floating = layout.floatingCardRect(row, 0);
    QVERIFY(!floating.isEmpty());
    QCOMPARE(layout.drawnCardRect(row, 0), floating);
    const QPoint inside = floating.center().toPoint();
    QCOMPARE(layout.rowAt(inside, 0, row), row);
    QVERIFY(layout.rowAt(inside, 0, -1) != row);
    QVERIFY(layout.itemRect(row, 0, true).contains(floating));
    QVERIFY(!layout.itemRect(row, 0, false).contains(floating));
}

void tst_TimelineLayout::rowsInMeetWhatIsDrawn()
{
    const TimelineLayout layout = laidOut(generated(12));
    for (int row = 0; row < layout.count(); ++row) {
        const QRectF card = layout.cardRect(row, 0);
        const QRectF top(card.center().x(), card.top() + 1, 1, 1);
        const std::vector<int> rows = layout.rowsIn(top, 0);
        QVERIFY(std::find(rows.begin(), rows.end(), row) != rows.end());
    }
    const QRectF &lane = layout.geometry().lane;
    QVERIFY(layout.rowsIn(QRectF(lane.left(), lane.top(), 2, 2), 0).empty());
    // All of the lane meets every event in view.
    QCOMPARE(int(layout.rowsIn(lane, 0).size()), layout.count());
}

void tst_TimelineLayout::extentCoversEverythingDrawn()
{
    const TimelineLayout layout = laidOut(generated(300));
    for (int row = 0; row < layout.count(); ++row) {
        const TimelineLayout::Item &item = layout.item(row);
        const auto [first, last] = layout.extent(row);
        QVERIFY(first <= item.spanStart && first <= item.marker);
        QVERIFY(last >= item.spanEnd && last >= item.marker);
        if (item.track >= 0)
            QVERIFY(first <= item.cardStart && last >= item.cardStart + item.cardMain);
    }
}

void tst_TimelineLayout::stretchesForPaging()
{
    const TimelineLayout layout = laidOut(generated(60));
    const int count = layout.count();
    const auto segmentOf = [&layout](int rank) {
        return layout.timeScale().segmentOf(layout.event(layout.order()[size_t(rank)]).date);
    };
    // Several stretches hold events: the early year, the years before the
    // era, the era and the months after it.
    QVERIFY(segmentOf(0) != segmentOf(count - 1));
    for (int rank = 0; rank < count; ++rank) {
        const int next = layout.nextStretch(rank);
        QVERIFY(next > rank || (next == count - 1 && rank == count - 1));
        for (int r = rank + 1; r < next; ++r)
            QCOMPARE(segmentOf(r), segmentOf(rank));
        QVERIFY(next == count - 1 || segmentOf(next) != segmentOf(rank));

        const int previous = layout.previousStretch(rank);
        QVERIFY(previous <= rank);
        // The first of its stretch...
        QVERIFY(previous == 0 || segmentOf(previous - 1) != segmentOf(previous));
        // ...of this stretch, unless the event is the first of it: then the
        // previous one.
        const bool first = rank == 0 || segmentOf(rank - 1) != segmentOf(rank);
        QCOMPARE(segmentOf(previous), first && rank > 0 ? segmentOf(rank - 1) : segmentOf(rank));
    }
}

void tst_TimelineLayout::overviewDates()
{
    const Generated g = generated(12);
    for (Qt::LayoutDirection direction : {Qt::LeftToRight, Qt::RightToLeft}) {
        const TimelineLayout layout =
                laidOut(g, {QSizeF(1400, 700), Qt::Horizontal, direction, 1.0, 1.0});
        const QRectF &bar = layout.geometry().overviewBar;
        const QDate first = layout.timeScale().first();
        const QDate last = layout.timeScale().last();
        const bool rtl = direction == Qt::RightToLeft;
        QCOMPARE(layout.overviewDateAt(QPointF(rtl ? bar.right() : bar.left(), bar.center().y())),
                 first);
        QCOMPARE(layout.overviewDateAt(QPointF(rtl ? bar.left() : bar.right(), bar.center().y())),
                 last);
        // Beyond the bar, the ends of the axis.
        QCOMPARE(layout.overviewDateAt(QPointF(rtl ? 5000 : -5000, 0)), first);
        // At a date's place on the bar, that date (within a day's rounding).
        const QDate date(2023, 5, 17);
        const QDate found =
                layout.overviewDateAt(QPointF(layout.overviewPosition(date), bar.center().y()));
        QVERIFY2(std::abs(found.daysTo(date)) <= 1, qPrintable(found.toString()));
    }
}

void tst_TimelineLayout::zoomAnchor()
{
    const TimelineLayout layout = laidOut(generated(12));
    const TimelineLayout::Geometry &g = layout.geometry();
    // With no current event, the middle of the lane.
    QCOMPARE(layout.zoomAnchor(-1, 0), g.axisStart + g.fitLength / 2);
    // Else the current event's marker.
    QCOMPARE(layout.zoomAnchor(3, 0), layout.markerCenter(3, 0).x());
    // Unless it is out of the lane.
    const TimelineLayout zoomed =
            laidOut(generated(12), {QSizeF(1400, 700), Qt::Horizontal, Qt::LeftToRight, 8.0, 1.0});
    const TimelineLayout::Geometry &z = zoomed.geometry();
    const int last = zoomed.order().back();
    QVERIFY(zoomed.markerCenter(last, 0).x() > z.lane.right());
    QCOMPARE(zoomed.zoomAnchor(last, 0), z.axisStart + z.fitLength / 2);
    const TimelineLayout rtl =
            laidOut(generated(12), {QSizeF(1400, 700), Qt::Horizontal, Qt::RightToLeft, 1.0, 1.0});
    QCOMPARE(rtl.zoomAnchor(-1, 0), 1400 - (g.axisStart + g.fitLength / 2));
}

void tst_TimelineLayout::zoomAboutKeepsTheAnchor_data()
{
    QTest::addColumn<int>("orientation");
    QTest::addColumn<bool>("rightToLeft");
    QTest::newRow("across") << int(Qt::Horizontal) << false;
    QTest::newRow("across, right to left") << int(Qt::Horizontal) << true;
    QTest::newRow("down") << int(Qt::Vertical) << false;
}

void tst_TimelineLayout::zoomAboutKeepsTheAnchor()
{
    QFETCH(int, orientation);
    QFETCH(bool, rightToLeft);
    TimelineLayout layout =
            laidOut(generated(300), {QSizeF(1300, 1300), Qt::Orientation(orientation),
                                     rightToLeft ? Qt::RightToLeft : Qt::LeftToRight, 2.0, 1.0});
    const double offset = 150;
    const int row = layout.order()[200];
    const double anchor = layout.mainOf(layout.markerCenter(row, offset));
    const double zoom = layout.timeScale().zoom() * 3;
    const double after = layout.zoomAbout(zoom, anchor, offset);
    layout.update();
    QCOMPARE(layout.timeScale().zoom(), zoom);
    // The event under the anchor is still there.
    QVERIFY(std::abs(layout.mainOf(layout.markerCenter(row, after)) - anchor) < 1e-6);
}

void tst_TimelineLayout::revisionCountsLayouts()
{
    TimelineLayout layout = laidOut(generated(12));
    const int revision = layout.revision();
    layout.update();
    QCOMPARE(layout.revision(), revision);
    layout.setEvents(generated(13).events);
    layout.update();
    QCOMPARE(layout.revision(), revision + 1);
    QCOMPARE(layout.count(), 13);
}

void tst_TimelineLayout::empty()
{
    TimelineLayout layout;
    layout.setViewport({QSizeF(400, 300), Qt::Horizontal, Qt::LeftToRight, QLocale::c()});
    layout.update();
    QVERIFY(layout.timeScale().isEmpty());
    QCOMPARE(layout.count(), 0);
    QVERIFY(layout.cards().empty());
    QCOMPARE(layout.maximumZoom(), TimelineLayout::MinimumZoom);
    QCOMPARE(layout.maximumOffset(), 0.0);
    QCOMPARE(layout.rowAtMarker(0, 10), -1);
    QCOMPARE(layout.overviewPosition(QDate(2020, 1, 1)), layout.geometry().overviewBar.left());

    // An axis with no events shown: a filter hides them all.
    const Generated g = generated(12);
    layout.setAxis(g.axis, g.eras);
    layout.update();
    QVERIFY(!layout.timeScale().isEmpty());
    QCOMPARE(layout.count(), 0);
}

void tst_TimelineLayout::deterministic()
{
    const Generated g = generated(300);
    const TimelineLayout a = laidOut(g, {QSizeF(1400, 700), Qt::Horizontal, Qt::LeftToRight, 4});
    // The same inputs in another order, through a layout that had others.
    TimelineLayout b = laidOut(generated(50), {QSizeF(900, 900), Qt::Vertical});
    b.setViewport({QSizeF(1400, 700), Qt::Horizontal, Qt::LeftToRight,
                   QLocale(QLocale::English, QLocale::UnitedStates)});
    b.setEvents(g.events);
    b.setAxis(g.axis, g.eras);
    b.update();
    b.setZoom(4);
    b.update();
    QCOMPARE(b.cards(), a.cards());
    for (int row = 0; row < a.count(); ++row) {
        QCOMPARE(b.item(row).cardStart, a.item(row).cardStart);
        QCOMPARE(b.item(row).track, a.item(row).track);
        QCOMPARE(b.item(row).titleLines, a.item(row).titleLines);
    }
}

QTEST_MAIN(tst_TimelineLayout)
#include "tst_timelinelayout.moc"
