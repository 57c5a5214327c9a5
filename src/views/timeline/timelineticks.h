#pragma once

#include "timelinescale.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>

#include <vector>

// The calendar along the timeline's axis: which unit a stretch of the axis
// ticks in, which days get a tick, and what each tick and fold says, in the
// reader's language. Dates and lengths in, dates and words out; it neither
// measures nor paints.
class TimelineTicks
{
    // The words belong with the rest of the timeline's in the translations.
    Q_DECLARE_TR_FUNCTIONS(TimelineItemView)

public:
    enum class Unit { Day, Week, Month, Quarter, Year, Years };

    // A tick every unit, or every \a years years for Unit::Years.
    struct Step
    {
        Unit unit = Unit::Year;
        int years = 1;

        friend bool operator==(const Step &a, const Step &b)
        {
            return a.unit == b.unit && a.years == b.years;
        }
    };

    // The shortest stretch of axis one label of each unit needs.
    struct Room
    {
        double day = 0;
        double week = 0;
        double month = 0;
        double quarter = 0;
        double year = 0; // also for a label every few years
    };

    // What the line beneath a day's number says.
    enum class DayContext {
        MonthAndYear, // "October 2025", where the line is long
        Month,        // "Oct", in a narrow column
    };

    struct Tick
    {
        QDate date;
        QString major; // the day, month or year
        QString minor; // the month or year it belongs to, on the first of them
        // The first tick whose stretch reaches into view: it carries the month or
        // year even when it is not the first of them, so that the reader always
        // has one.
        bool context = false;
        // Days, and the first of each month, get a longer tick.
        bool emphasised = false;
    };

    // The finest step whose labels fit where a day takes \a dayLength.
    static Step step(double dayLength, const Room &room);
    // The first tick of \a step on or after \a date.
    static QDate align(QDate date, Step step);
    // The tick after \a date.
    static QDate next(QDate date, Step step);

    // The ticks of \a step in a stretch of the axis from \a first to \a last
    // (inclusive) of which the days \a visibleFirst to \a visibleLast show.
    // Starts up to a quarter before what shows, so that a label that begins
    // off-screen still reaches in.
    static std::vector<Tick> ticks(QDate first, QDate visibleFirst, QDate visibleLast, Step step,
                                   const QLocale &locale,
                                   DayContext context = DayContext::MonthAndYear);

    // "2025", with no group separator.
    static QString yearText(int year, const QLocale &locale);
    // "Oct".
    static QString monthText(int month, const QLocale &locale);
    // "October 2025".
    static QString monthYearText(QDate date, const QLocale &locale);
    // The years a fold in the axis hides: "2017–2024".
    static QString foldYears(const TimelineScale::Segment &fold, const QLocale &locale);
    // How long a fold is: "one year", "8 years".
    static QString foldLength(const TimelineScale::Segment &fold);

    // A year as wide as any the axis shows, for measuring labels.
    static constexpr int SampleYear = 2000;

    static constexpr double DaysPerWeek = 7;
    static constexpr double DaysPerMonth = 30.4; // on average, a little under
    static constexpr double DaysPerQuarter = 91.3;
    static constexpr double DaysPerYear = 365.25;
};
