#include "timelineticks.h"

#include "content/partialdate.h"

#include <algorithm>
#include <cmath>

TimelineTicks::Step TimelineTicks::step(double dayLength, const Room &room)
{
    const auto fits = [dayLength](double days, double needed) {
        return dayLength * days >= needed;
    };
    if (fits(1, room.day))
        return {Unit::Day, 1};
    if (fits(DaysPerWeek, room.week))
        return {Unit::Week, 1};
    if (fits(DaysPerMonth, room.month))
        return {Unit::Month, 1};
    if (fits(DaysPerQuarter, room.quarter))
        return {Unit::Quarter, 1};
    if (fits(DaysPerYear, room.year))
        return {Unit::Year, 1};
    // A hundredth of a pixel a year at the least, so that an empty stretch still
    // gets a finite step.
    const double year = std::max(0.01, dayLength * DaysPerYear);
    return {Unit::Years, std::max(2, int(std::ceil(room.year / year)))};
}

QDate TimelineTicks::next(QDate date, Step step)
{
    switch (step.unit) {
    case Unit::Day:
        return date.addDays(1);
    case Unit::Week:
        return date.addDays(7);
    case Unit::Month:
        return date.addMonths(1);
    case Unit::Quarter:
        return date.addMonths(3);
    case Unit::Year:
        return date.addYears(1);
    case Unit::Years:
        return date.addYears(step.years);
    }
    return date.addDays(1);
}

QDate TimelineTicks::align(QDate date, Step step)
{
    switch (step.unit) {
    case Unit::Day:
        return date;
    case Unit::Week:
        // Weeks start on Monday.
        return date.addDays((8 - date.dayOfWeek()) % 7);
    case Unit::Month:
        return date.day() == 1 ? date : QDate(date.year(), date.month(), 1).addMonths(1);
    case Unit::Quarter: {
        QDate d = QDate(date.year(), date.month(), 1);
        if (d < date)
            d = d.addMonths(1);
        while ((d.month() - 1) % 3 != 0)
            d = d.addMonths(1);
        return d;
    }
    case Unit::Year:
    case Unit::Years: {
        QDate d(date.year(), 1, 1);
        if (d < date)
            d = d.addYears(1);
        // Every few years on years divisible by the step: 2020, 2025, 2030.
        while (step.unit == Unit::Years && d.year() % step.years != 0)
            d = d.addYears(1);
        return d;
    }
    }
    return date;
}

std::vector<TimelineTicks::Tick> TimelineTicks::ticks(QDate first, QDate visibleFirst,
                                                      QDate visibleLast, Step step,
                                                      const QLocale &locale, DayContext context)
{
    std::vector<Tick> result;
    QDate date = align(step.unit == Unit::Day ? visibleFirst
                                              : std::max(first, visibleFirst.addMonths(-3)),
                       step);
    bool contextShown = false;
    for (; date.isValid() && date <= visibleLast; date = next(date, step)) {
        Tick tick;
        tick.date = date;
        tick.context = !contextShown && next(date, step) > visibleFirst;
        contextShown = contextShown || tick.context;
        tick.emphasised = step.unit == Unit::Day || date.day() == 1;
        switch (step.unit) {
        case Unit::Day:
        case Unit::Week:
            tick.major = locale.toString(date.day());
            // A week's tick lands on the first seven days of a month once a month.
            if (tick.context || date.day() == 1 || (step.unit == Unit::Week && date.day() <= 7))
                tick.minor = context == DayContext::Month ? monthText(date.month(), locale)
                                                          : monthYearText(date, locale);
            break;
        case Unit::Month:
        case Unit::Quarter:
            tick.major = monthText(date.month(), locale);
            if (tick.context || date.month() == 1)
                tick.minor = yearText(date.year(), locale);
            break;
        case Unit::Year:
        case Unit::Years:
            tick.major = yearText(date.year(), locale);
            break;
        }
        result.push_back(std::move(tick));
    }
    return result;
}

QString TimelineTicks::yearText(int year, const QLocale &locale)
{
    QLocale plain = locale;
    plain.setNumberOptions(QLocale::OmitGroupSeparator);
    return plain.toString(year);
}

QString TimelineTicks::monthText(int month, const QLocale &locale)
{
    return locale.standaloneMonthName(month, QLocale::ShortFormat);
}

QString TimelineTicks::monthYearText(QDate date, const QLocale &locale)
{
    return PartialDate(date.year(), date.month()).toDisplayString(locale);
}

QString TimelineTicks::foldYears(const TimelineScale::Segment &fold, const QLocale &locale)
{
    if (fold.first.year() == fold.last.year())
        return yearText(fold.first.year(), locale);
    //: The first and the last year hidden by a fold in the time axis
    return tr("%1–%2").arg(yearText(fold.first.year(), locale), yearText(fold.last.year(), locale));
}

QString TimelineTicks::foldLength(const TimelineScale::Segment &fold)
{
    const int count = int(std::lround(double(fold.days()) / DaysPerYear));
    //: Beneath a fold in the time axis that hides a single year without events
    return count < 2 ? tr("one year")
                     //: Beneath a fold in the time axis: how many years
                     //: without events it hides
                     : tr("%n years", "", count);
}
