#include "views/timeline/timelineticks.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(TimelineTicks::Unit)

namespace {

QLocale english()
{
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

// The room of the timeline across the screen at scale 1.
const TimelineTicks::Room Across{34, 40, 46, 46, 52};

TimelineScale::Segment fold(QDate first, QDate last)
{
    TimelineScale::Segment segment;
    segment.kind = TimelineScale::Segment::Kind::Break;
    segment.first = first;
    segment.last = last;
    return segment;
}

QStringList majors(const std::vector<TimelineTicks::Tick> &ticks)
{
    QStringList result;
    for (const TimelineTicks::Tick &tick : ticks)
        result << tick.major;
    return result;
}

QStringList minors(const std::vector<TimelineTicks::Tick> &ticks)
{
    QStringList result;
    for (const TimelineTicks::Tick &tick : ticks)
        result << tick.minor;
    return result;
}

} // namespace

class tst_TimelineTicks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void step_data();
    void step();
    void emptyStretch();
    void stepDownTheScreen();
    void align_data();
    void align();
    void next();
    void monthTicks();
    void dayTicks();
    void weekTicks();
    void yearTicks();
    void contextOnlyOnce();
    void noTicksOutsideTheWindow();
    void texts();
    void folds_data();
    void folds();
};

void tst_TimelineTicks::step_data()
{
    QTest::addColumn<double>("dayLength");
    QTest::addColumn<TimelineTicks::Unit>("unit");
    QTest::addColumn<int>("years");
    // Each unit once a label fits its stretch.
    QTest::newRow("a day fits a label") << 34.0 << TimelineTicks::Unit::Day << 1;
    QTest::newRow("just short of a day") << 33.9 << TimelineTicks::Unit::Week << 1;
    QTest::newRow("a week") << 6.0 << TimelineTicks::Unit::Week << 1;
    QTest::newRow("a month") << 2.0 << TimelineTicks::Unit::Month << 1;
    QTest::newRow("a quarter") << 0.6 << TimelineTicks::Unit::Quarter << 1;
    QTest::newRow("a year") << 0.2 << TimelineTicks::Unit::Year << 1;
    // 0.05 px a day is 18 px a year: a label every three years.
    QTest::newRow("every few years") << 0.05 << TimelineTicks::Unit::Years << 3;
    QTest::newRow("never every year twice") << 0.1 << TimelineTicks::Unit::Years << 2;
}

void tst_TimelineTicks::step()
{
    QFETCH(double, dayLength);
    QFETCH(TimelineTicks::Unit, unit);
    QFETCH(int, years);
    const TimelineTicks::Step step = TimelineTicks::step(dayLength, Across);
    QCOMPARE(step.unit, unit);
    QCOMPARE(step.years, years);
}

void tst_TimelineTicks::emptyStretch()
{
    // A stretch with no length still gets a finite step.
    const TimelineTicks::Step step = TimelineTicks::step(0, Across);
    QCOMPARE(step.unit, TimelineTicks::Unit::Years);
    QVERIFY(step.years > 1000);
}

void tst_TimelineTicks::stepDownTheScreen()
{
    // Down the screen every label needs the same two lines.
    const TimelineTicks::Room down{40, 40, 40, 40, 40};
    QCOMPARE(TimelineTicks::step(40, down).unit, TimelineTicks::Unit::Day);
    QCOMPARE(TimelineTicks::step(39, down).unit, TimelineTicks::Unit::Week);
    QCOMPARE(TimelineTicks::step(6, down).unit, TimelineTicks::Unit::Week);
    QCOMPARE(TimelineTicks::step(5, down).unit, TimelineTicks::Unit::Month);
}

void tst_TimelineTicks::align_data()
{
    QTest::addColumn<TimelineTicks::Unit>("unit");
    QTest::addColumn<int>("years");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QDate>("aligned");
    using U = TimelineTicks::Unit;
    QTest::newRow("day") << U::Day << 1 << QDate(2025, 10, 13) << QDate(2025, 10, 13);
    // 13 October 2025 is a Monday.
    QTest::newRow("week, on a Monday")
            << U::Week << 1 << QDate(2025, 10, 13) << QDate(2025, 10, 13);
    QTest::newRow("week, on a Tuesday")
            << U::Week << 1 << QDate(2025, 10, 14) << QDate(2025, 10, 20);
    QTest::newRow("week, on a Sunday")
            << U::Week << 1 << QDate(2025, 10, 19) << QDate(2025, 10, 20);
    QTest::newRow("month, on the first")
            << U::Month << 1 << QDate(2025, 10, 1) << QDate(2025, 10, 1);
    QTest::newRow("month") << U::Month << 1 << QDate(2025, 10, 2) << QDate(2025, 11, 1);
    QTest::newRow("month, across a year")
            << U::Month << 1 << QDate(2025, 12, 2) << QDate(2026, 1, 1);
    QTest::newRow("quarter") << U::Quarter << 1 << QDate(2025, 5, 20) << QDate(2025, 7, 1);
    QTest::newRow("quarter, on one") << U::Quarter << 1 << QDate(2025, 4, 1) << QDate(2025, 4, 1);
    QTest::newRow("quarter, late") << U::Quarter << 1 << QDate(2025, 10, 2) << QDate(2026, 1, 1);
    QTest::newRow("year") << U::Year << 1 << QDate(2025, 1, 2) << QDate(2026, 1, 1);
    QTest::newRow("year, on New Year") << U::Year << 1 << QDate(2025, 1, 1) << QDate(2025, 1, 1);
    QTest::newRow("every five years") << U::Years << 5 << QDate(2016, 3, 1) << QDate(2020, 1, 1);
    QTest::newRow("every two years") << U::Years << 2 << QDate(2016, 1, 1) << QDate(2016, 1, 1);
}

void tst_TimelineTicks::align()
{
    QFETCH(TimelineTicks::Unit, unit);
    QFETCH(int, years);
    QFETCH(QDate, date);
    QFETCH(QDate, aligned);
    QCOMPARE(TimelineTicks::align(date, {unit, years}), aligned);
    // Aligning a tick leaves it where it is.
    QCOMPARE(TimelineTicks::align(aligned, {unit, years}), aligned);
}

void tst_TimelineTicks::next()
{
    using U = TimelineTicks::Unit;
    const QDate date(2024, 1, 31);
    QCOMPARE(TimelineTicks::next(date, {U::Day, 1}), QDate(2024, 2, 1));
    QCOMPARE(TimelineTicks::next(date, {U::Week, 1}), QDate(2024, 2, 7));
    QCOMPARE(TimelineTicks::next(QDate(2024, 1, 1), {U::Month, 1}), QDate(2024, 2, 1));
    QCOMPARE(TimelineTicks::next(QDate(2024, 1, 1), {U::Quarter, 1}), QDate(2024, 4, 1));
    QCOMPARE(TimelineTicks::next(QDate(2024, 1, 1), {U::Year, 1}), QDate(2025, 1, 1));
    QCOMPARE(TimelineTicks::next(QDate(2020, 1, 1), {U::Years, 5}), QDate(2025, 1, 1));
}

void tst_TimelineTicks::monthTicks()
{
    // March to June 2025 show; the ticks start up to a quarter earlier, within
    // the stretch, so that the January label can reach in.
    const auto ticks =
            TimelineTicks::ticks(QDate(2025, 1, 1), QDate(2025, 3, 10), QDate(2025, 6, 20),
                                 {TimelineTicks::Unit::Month, 1}, english());
    QCOMPARE(majors(ticks),
             (QStringList{u"Jan"_s, u"Feb"_s, u"Mar"_s, u"Apr"_s, u"May"_s, u"Jun"_s}));
    // The year under January, and under March, the first month to reach into view.
    QCOMPARE(minors(ticks), (QStringList{u"2025"_s, {}, u"2025"_s, {}, {}, {}}));
    QVERIFY(!ticks[0].context);
    QVERIFY(ticks[2].context);
    for (const TimelineTicks::Tick &tick : ticks)
        QVERIFY(tick.emphasised);
}

void tst_TimelineTicks::dayTicks()
{
    const auto ticks =
            TimelineTicks::ticks(QDate(2025, 1, 1), QDate(2025, 10, 29), QDate(2025, 11, 2),
                                 {TimelineTicks::Unit::Day, 1}, english());
    // Days start where the view starts.
    QCOMPARE(majors(ticks), (QStringList{u"29"_s, u"30"_s, u"31"_s, u"1"_s, u"2"_s}));
    QCOMPARE(minors(ticks), (QStringList{u"October 2025"_s, {}, {}, u"November 2025"_s, {}}));
    for (const TimelineTicks::Tick &tick : ticks)
        QVERIFY(tick.emphasised);
    // In a narrow column the month alone.
    const auto narrow = TimelineTicks::ticks(QDate(2025, 1, 1), QDate(2025, 10, 29),
                                             QDate(2025, 11, 2), {TimelineTicks::Unit::Day, 1},
                                             english(), TimelineTicks::DayContext::Month);
    QCOMPARE(minors(narrow), (QStringList{u"Oct"_s, {}, {}, u"Nov"_s, {}}));
}

void tst_TimelineTicks::weekTicks()
{
    const auto ticks =
            TimelineTicks::ticks(QDate(2025, 1, 1), QDate(2025, 9, 20), QDate(2025, 10, 20),
                                 {TimelineTicks::Unit::Week, 1}, english());
    // Mondays, from up to a quarter back.
    for (const TimelineTicks::Tick &tick : ticks) {
        QCOMPARE(tick.date.dayOfWeek(), 1);
        QCOMPARE(tick.emphasised, tick.date.day() == 1);
        // The month under its first week, and under the first week in view.
        QCOMPARE(!tick.minor.isEmpty(), tick.date.day() <= 7 || tick.context);
    }
    QCOMPARE(ticks.front().date, QDate(2025, 6, 23));
    QCOMPARE(ticks.back().date, QDate(2025, 10, 20));
}

void tst_TimelineTicks::yearTicks()
{
    const auto years =
            TimelineTicks::ticks(QDate(2016, 1, 1), QDate(2016, 1, 1), QDate(2026, 12, 31),
                                 {TimelineTicks::Unit::Years, 5}, english());
    QCOMPARE(majors(years), (QStringList{u"2020"_s, u"2025"_s}));
    QCOMPARE(minors(years), (QStringList{{}, {}}));
    const auto each =
            TimelineTicks::ticks(QDate(2016, 1, 1), QDate(2016, 1, 1), QDate(2018, 12, 31),
                                 {TimelineTicks::Unit::Year, 1}, english());
    QCOMPARE(majors(each), (QStringList{u"2016"_s, u"2017"_s, u"2018"_s}));
}

void tst_TimelineTicks::contextOnlyOnce()
{
    const auto ticks = TimelineTicks::ticks(QDate(2020, 1, 1), QDate(2021, 5, 5), QDate(2022, 2, 1),
                                            {TimelineTicks::Unit::Quarter, 1}, english());
    int context = 0;
    for (const TimelineTicks::Tick &tick : ticks)
        context += tick.context ? 1 : 0;
    QCOMPARE(context, 1);
    QCOMPARE(majors(ticks), (QStringList{u"Apr"_s, u"Jul"_s, u"Oct"_s, u"Jan"_s}));
    // April's stretch reaches into view: it names the year.
    QCOMPARE(minors(ticks), (QStringList{u"2021"_s, {}, {}, u"2022"_s}));
}

void tst_TimelineTicks::noTicksOutsideTheWindow()
{
    const auto ticks =
            TimelineTicks::ticks(QDate(2025, 1, 1), QDate(2025, 3, 10), QDate(2025, 3, 9),
                                 {TimelineTicks::Unit::Day, 1}, english());
    QVERIFY(ticks.empty());
    // Never before the stretch's first day.
    const auto early = TimelineTicks::ticks(QDate(2025, 2, 1), QDate(2025, 2, 1), QDate(2025, 4, 1),
                                            {TimelineTicks::Unit::Month, 1}, english());
    QCOMPARE(early.front().date, QDate(2025, 2, 1));
}

void tst_TimelineTicks::texts()
{
    // Years never take a group separator, whatever the language.
    QCOMPARE(TimelineTicks::yearText(2025, QLocale(QLocale::German)), u"2025"_s);
    QCOMPARE(TimelineTicks::yearText(2025, english()), u"2025"_s);
    QCOMPARE(TimelineTicks::monthText(10, english()), u"Oct"_s);
    QCOMPARE(TimelineTicks::monthYearText(QDate(2025, 10, 13), english()), u"October 2025"_s);
    // Arabic digits where the locale has them.
    QCOMPARE(TimelineTicks::yearText(2025, QLocale(QLocale::Arabic, QLocale::Egypt)),
             QLocale(QLocale::Arabic, QLocale::Egypt)
                     .toString(2025)
                     .remove(QLocale(QLocale::Arabic, QLocale::Egypt).groupSeparator()));
}

void tst_TimelineTicks::folds_data()
{
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<QString>("years");
    QTest::addColumn<QString>("length");
    QTest::newRow("one year") << QDate(2019, 1, 1) << QDate(2019, 12, 31) << u"2019"_s
                              << u"one year"_s;
    QTest::newRow("eight years") << QDate(2017, 1, 1) << QDate(2024, 12, 31) << u"2017–2024"_s
                                 << u"8 years"_s;
    QTest::newRow("a year and a half: one year")
            << QDate(2017, 1, 1) << QDate(2018, 6, 30) << u"2017–2018"_s << u"one year"_s;
    QTest::newRow("a year and eight months: two")
            << QDate(2017, 1, 1) << QDate(2018, 8, 31) << u"2017–2018"_s << u"2 years"_s;
}

void tst_TimelineTicks::folds()
{
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(QString, years);
    QFETCH(QString, length);
    QCOMPARE(TimelineTicks::foldYears(fold(first, last), english()), years);
    QCOMPARE(TimelineTicks::foldLength(fold(first, last)), length);
}

QTEST_MAIN(tst_TimelineTicks)
#include "tst_timelineticks.moc"
