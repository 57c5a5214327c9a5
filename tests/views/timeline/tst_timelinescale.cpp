#include "views/timeline/timelinescale.h"

#include <QTest>

using Kind = TimelineScale::Segment::Kind;

namespace {

TimelineScale::EventSpan day(int y, int m, int d)
{
    const QDate date(y, m, d);
    return {date, date, date};
}

TimelineScale::EventSpan month(int y, int m)
{
    const QDate first(y, m, 1);
    const QDate last(y, m, first.daysInMonth());
    return {first, last, first.addDays(first.daysTo(last) / 2)};
}

// The shape of the bundled timeline: two events in 2016, a cluster in 2025.
TimelineScale bundledLike()
{
    TimelineScale scale;
    scale.build({day(2016, 4, 5), month(2016, 8), day(2025, 1, 6), day(2025, 3, 18),
                 day(2025, 10, 13), day(2025, 10, 13), day(2025, 10, 15), month(2026, 2)},
                {{QDate(2016, 4, 1), QDate(2016, 12, 31)},
                 {QDate(2025, 1, 1), QDate(2025, 10, 12)},
                 {QDate(2025, 10, 13), QDate(2025, 10, 19)},
                 {QDate(2025, 10, 20), QDate(2026, 12, 31)}});
    scale.setGeometry(1000, 80, 1);
    return scale;
}

} // namespace

class tst_TimelineScale : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void empty();
    void wholeYears();
    void segments();
    void foldsOnlyLongEmptyStretches_data();
    void foldsOnlyLongEmptyStretches();
    void lengthSharedByEvents();
    void positionsIncrease();
    void dateAtInvertsPosition_data();
    void dateAtInvertsPosition();
    void zoomStretchesAllButFolds();
    void foldsNeverCrowdOut();
    void overlappingErasKeepOrder();
    void segmentLookup();
};

void tst_TimelineScale::empty()
{
    TimelineScale scale;
    scale.build({}, {});
    scale.setGeometry(1000, 80, 1);
    QVERIFY(scale.isEmpty());
    QCOMPARE(scale.length(), 0.0);
    QCOMPARE(scale.segmentOf(QDate(2025, 1, 1)), -1);
    QVERIFY(!scale.dateAt(10).isValid());
    QCOMPARE(scale.position(QDate(2025, 1, 1)), 0.0);
}

void tst_TimelineScale::wholeYears()
{
    const TimelineScale scale = bundledLike();
    QCOMPARE(scale.first(), QDate(2016, 1, 1));
    QCOMPARE(scale.last(), QDate(2026, 12, 31));
    QCOMPARE(scale.position(scale.first()), 0.0);
    QCOMPARE(scale.length(), 1000.0);
}

void tst_TimelineScale::segments()
{
    const TimelineScale scale = bundledLike();
    const std::vector<TimelineScale::Segment> &segments = scale.segments();
    QCOMPARE(segments.size(), size_t(6));
    // Jan-Mar 2016 outside any era, the DGX-1 era, the fold, three eras.
    QCOMPARE(segments[0].kind, Kind::Plain);
    QCOMPARE(segments[0].last, QDate(2016, 3, 31));
    QCOMPARE(segments[1].kind, Kind::Era);
    QCOMPARE(segments[1].era, 0);
    QCOMPARE(segments[2].kind, Kind::Break);
    QCOMPARE(segments[2].first, QDate(2017, 1, 1));
    QCOMPARE(segments[2].last, QDate(2024, 12, 31));
    QCOMPARE(segments[3].era, 1);
    QCOMPARE(segments[4].era, 2);
    QCOMPARE(segments[5].era, 3);
    QCOMPARE(segments[4].events, 3);
    // Every day belongs to exactly one segment.
    for (size_t i = 1; i < segments.size(); ++i)
        QCOMPARE(segments[i].first, segments[i - 1].last.addDays(1));
}

void tst_TimelineScale::foldsOnlyLongEmptyStretches_data()
{
    QTest::addColumn<QDate>("second");
    QTest::addColumn<int>("breaks");
    QTest::newRow("next day") << QDate(2016, 6, 2) << 0;
    QTest::newRow("half a year") << QDate(2016, 12, 1) << 0;
    QTest::newRow("two years") << QDate(2018, 6, 1) << 1;
    QTest::newRow("nine years") << QDate(2025, 10, 13) << 1;
}

void tst_TimelineScale::foldsOnlyLongEmptyStretches()
{
    QFETCH(QDate, second);
    QFETCH(int, breaks);
    TimelineScale scale;
    scale.build({day(2016, 6, 1), {second, second, second}}, {});
    int found = 0;
    for (const TimelineScale::Segment &segment : scale.segments()) {
        if (segment.kind == Kind::Break) {
            ++found;
            // Folds start and end on month boundaries, with no event inside.
            QCOMPARE(segment.first.day(), 1);
            QCOMPARE(segment.last.day(), segment.last.daysInMonth());
            QVERIFY(segment.first > QDate(2016, 6, 1));
            QVERIFY(segment.last < second);
            QVERIFY(segment.days() >= TimelineScale::MinimumBreakDays);
        }
    }
    QCOMPARE(found, breaks);
}

void tst_TimelineScale::lengthSharedByEvents()
{
    const TimelineScale scale = bundledLike();
    const auto &segments = scale.segments();
    // A week with three events gets more room than nine months with two.
    QVERIFY(segments[4].length > segments[1].length);
    QCOMPARE(segments[4].length / segments[3].length, 3.0 / 2.0);
    QCOMPARE(segments[2].length, 80.0);
    QVERIFY(segments[4].dayLength() > 20 * segments[3].dayLength());
    QCOMPARE(scale.maximumDayLength(), segments[4].dayLength());
}

void tst_TimelineScale::positionsIncrease()
{
    const TimelineScale scale = bundledLike();
    double previous = -1;
    for (QDate date = scale.first(); date <= scale.last(); date = date.addDays(1)) {
        const double position = scale.position(date);
        QVERIFY2(position >= previous, qPrintable(date.toString(Qt::ISODate)));
        QVERIFY(scale.center(date) >= position);
        QVERIFY(scale.endPosition(date) >= scale.center(date));
        previous = position;
    }
    QCOMPARE(scale.endPosition(scale.last()), scale.length());
}

void tst_TimelineScale::dateAtInvertsPosition_data()
{
    QTest::addColumn<QDate>("date");
    QTest::newRow("first day") << QDate(2016, 1, 1);
    QTest::newRow("DGX-1") << QDate(2016, 4, 5);
    QTest::newRow("CES") << QDate(2025, 1, 6);
    QTest::newRow("Starbase") << QDate(2025, 10, 13);
    QTest::newRow("GA") << QDate(2025, 10, 15);
    QTest::newRow("last day") << QDate(2026, 12, 31);
}

void tst_TimelineScale::dateAtInvertsPosition()
{
    QFETCH(QDate, date);
    TimelineScale scale = bundledLike();
    for (double zoom : {1.0, 3.0, 40.0}) {
        scale.setGeometry(1000, 80, zoom);
        QCOMPARE(scale.dateAt(scale.center(date)), date);
    }
}

void tst_TimelineScale::zoomStretchesAllButFolds()
{
    TimelineScale scale = bundledLike();
    const double week = scale.segments()[4].length;
    scale.setGeometry(1000, 80, 4);
    QCOMPARE(scale.zoom(), 4.0);
    QCOMPARE(scale.segments()[4].length, 4 * week);
    QCOMPARE(scale.segments()[2].length, 80.0);
    QCOMPARE(scale.length(), 80 + 4 * 920.0);
}

void tst_TimelineScale::foldsNeverCrowdOut()
{
    TimelineScale scale = bundledLike();
    scale.setGeometry(200, 120, 1);
    QCOMPARE(scale.segments()[2].length, 50.0);
    QCOMPARE(scale.length(), 200.0);
}

void tst_TimelineScale::overlappingErasKeepOrder()
{
    TimelineScale scale;
    scale.build({day(2020, 5, 1)},
                {{QDate(2020, 1, 1), QDate(2020, 6, 30)}, {QDate(2020, 3, 1), QDate(2020, 9, 30)}});
    const auto &segments = scale.segments();
    QCOMPARE(segments.size(), size_t(3));
    QCOMPARE(segments[0].last, QDate(2020, 6, 30));
    QCOMPARE(segments[1].first, QDate(2020, 7, 1));
    QCOMPARE(segments[1].era, 1);
    QCOMPARE(segments[2].kind, Kind::Plain);
}

void tst_TimelineScale::segmentLookup()
{
    const TimelineScale scale = bundledLike();
    QCOMPARE(scale.segmentOf(QDate(2016, 2, 1)), 0);
    QCOMPARE(scale.segmentOf(QDate(2020, 2, 1)), 2);
    QCOMPARE(scale.segmentOf(QDate(2025, 10, 14)), 4);
    // Outside the axis: the end segments.
    QCOMPARE(scale.segmentOf(QDate(2010, 1, 1)), 0);
    QCOMPARE(scale.segmentOf(QDate(2030, 1, 1)), 5);
    const auto &segments = scale.segments();
    QCOMPARE(scale.segmentAt(segments[4].start + 1), 4);
    QCOMPARE(scale.segmentAt(-5), 0);
    QCOMPARE(scale.segmentAt(scale.length() + 5), 5);
}

QTEST_GUILESS_MAIN(tst_TimelineScale)
#include "tst_timelinescale.moc"
