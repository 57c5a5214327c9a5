#include "timelinescale.h"

#include <algorithm>
#include <cmath>

namespace {

QDate monthStartOnOrAfter(QDate date)
{
    if (date.day() == 1)
        return date;
    return QDate(date.year(), date.month(), 1).addMonths(1);
}

QDate monthEndOnOrBefore(QDate date)
{
    if (date.day() == date.daysInMonth())
        return date;
    return QDate(date.year(), date.month(), 1).addDays(-1);
}

} // namespace

void TimelineScale::build(const std::vector<EventSpan> &events, const std::vector<EraSpan> &eras)
{
    m_segments.clear();

    QDate lowest;
    QDate highest;
    const auto extend = [&](QDate first, QDate last) {
        if (!first.isValid() || !last.isValid() || last < first)
            return;
        if (!lowest.isValid() || first < lowest)
            lowest = first;
        if (!highest.isValid() || last > highest)
            highest = last;
    };
    for (const EventSpan &event : events)
        extend(event.earliest, event.latest);
    for (const EraSpan &era : eras)
        extend(era.first, era.last);
    if (!lowest.isValid())
        return;
    const QDate domainFirst(lowest.year(), 1, 1);
    const QDate domainLast(highest.year(), 12, 31);

    // The days covered by some event, merged into disjoint stretches.
    std::vector<std::pair<QDate, QDate>> covered;
    covered.reserve(events.size());
    for (const EventSpan &event : events) {
        if (event.earliest.isValid() && event.latest.isValid() && event.earliest <= event.latest)
            covered.emplace_back(event.earliest, event.latest);
    }
    std::sort(covered.begin(), covered.end());
    std::vector<std::pair<QDate, QDate>> merged;
    for (const auto &span : covered) {
        if (!merged.empty() && span.first <= merged.back().second.addDays(1))
            merged.back().second = std::max(merged.back().second, span.second);
        else
            merged.push_back(span);
    }

    const auto addSegment = [this](Segment::Kind kind, QDate first, QDate last, int era) {
        if (first > last)
            return;
        Segment segment;
        segment.kind = kind;
        segment.first = first;
        segment.last = last;
        segment.era = era;
        m_segments.push_back(segment);
    };
    // A stretch outside every era: plain, except for long empty runs, which fold
    // into breaks cut at month boundaries.
    const auto addPlain = [&](QDate first, QDate last) {
        QDate cursor = first;
        auto it = std::lower_bound(
                merged.begin(), merged.end(), first,
                [](const std::pair<QDate, QDate> &span, QDate date) { return span.second < date; });
        while (cursor <= last) {
            const QDate gapEnd =
                    (it == merged.end() || it->first > last) ? last : it->first.addDays(-1);
            if (gapEnd >= cursor) {
                const QDate breakFirst = monthStartOnOrAfter(cursor);
                const QDate breakLast = monthEndOnOrBefore(gapEnd);
                if (breakFirst <= breakLast &&
                    breakFirst.daysTo(breakLast) + 1 >= MinimumBreakDays) {
                    addSegment(Segment::Kind::Plain, cursor, breakFirst.addDays(-1), -1);
                    addSegment(Segment::Kind::Break, breakFirst, breakLast, -1);
                    addSegment(Segment::Kind::Plain, breakLast.addDays(1), gapEnd, -1);
                } else {
                    addSegment(Segment::Kind::Plain, cursor, gapEnd, -1);
                }
            }
            if (it == merged.end() || it->first > last)
                break;
            const QDate coveredEnd = std::min(it->second, last);
            addSegment(Segment::Kind::Plain, std::max(it->first, cursor), coveredEnd, -1);
            cursor = coveredEnd.addDays(1);
            ++it;
        }
    };

    struct Slot
    {
        QDate first;
        QDate last;
        int index;
    };
    std::vector<Slot> slots;
    for (size_t i = 0; i < eras.size(); ++i) {
        const EraSpan &era = eras[i];
        if (era.first.isValid() && era.last.isValid() && era.first <= era.last)
            slots.push_back({era.first, era.last, static_cast<int>(i)});
    }
    std::stable_sort(slots.begin(), slots.end(),
                     [](const Slot &a, const Slot &b) { return a.first < b.first; });
    QDate cursor = domainFirst;
    for (const Slot &slot : slots) {
        // Overlapping eras: the earlier one keeps the shared days.
        const QDate first = std::max(slot.first, cursor);
        if (first > slot.last)
            continue;
        if (first > cursor)
            addPlain(cursor, first.addDays(-1));
        addSegment(Segment::Kind::Era, first, slot.last, slot.index);
        cursor = slot.last.addDays(1);
    }
    if (cursor <= domainLast)
        addPlain(cursor, domainLast);

    // Neighbouring plain pieces (split around covered stretches) join again.
    std::vector<Segment> joined;
    for (const Segment &segment : m_segments) {
        if (!joined.empty() && joined.back().kind == Segment::Kind::Plain &&
            segment.kind == Segment::Kind::Plain &&
            joined.back().last.addDays(1) == segment.first) {
            joined.back().last = segment.last;
        } else {
            joined.push_back(segment);
        }
    }
    m_segments = std::move(joined);

    for (const EventSpan &event : events) {
        const int index = segmentOf(event.date);
        if (index >= 0 && event.date.isValid())
            ++m_segments[static_cast<size_t>(index)].events;
    }
    setGeometry(m_fitLength, m_breakLength, m_zoom);
}

void TimelineScale::setGeometry(double fitLength, double breakLength, double zoom)
{
    m_fitLength = std::max(0.0, fitLength);
    m_breakLength = std::max(0.0, breakLength);
    m_zoom = std::max(zoom, 1e-6);
    if (m_segments.empty())
        return;
    int breaks = 0;
    double weights = 0;
    for (const Segment &segment : m_segments) {
        if (segment.kind == Segment::Kind::Break)
            ++breaks;
        else
            weights += std::max(EmptyWeight, double(segment.events));
    }
    // Breaks never take more than a quarter of the fitted axis.
    const double fold = breaks > 0 ? std::min(m_breakLength, 0.25 * m_fitLength / breaks) : 0.0;
    const double rest = std::max(1.0, m_fitLength - breaks * fold) * m_zoom;
    double start = 0;
    for (Segment &segment : m_segments) {
        segment.start = start;
        if (segment.kind == Segment::Kind::Break)
            segment.length = fold;
        else
            segment.length =
                    weights > 0 ? rest * std::max(EmptyWeight, double(segment.events)) / weights
                                : 0.0;
        start += segment.length;
    }
}

QDate TimelineScale::first() const
{
    return m_segments.empty() ? QDate() : m_segments.front().first;
}

QDate TimelineScale::last() const
{
    return m_segments.empty() ? QDate() : m_segments.back().last;
}

double TimelineScale::length() const
{
    return m_segments.empty() ? 0.0 : m_segments.back().start + m_segments.back().length;
}

int TimelineScale::segmentOf(QDate date) const
{
    if (m_segments.empty())
        return -1;
    const auto it = std::upper_bound(m_segments.begin(), m_segments.end(), date,
                                     [](QDate d, const Segment &s) { return d < s.first; });
    return std::max(0, static_cast<int>(it - m_segments.begin()) - 1);
}

int TimelineScale::segmentAt(double position) const
{
    if (m_segments.empty())
        return -1;
    const auto it = std::upper_bound(m_segments.begin(), m_segments.end(), position,
                                     [](double p, const Segment &s) { return p < s.start; });
    return std::max(0, static_cast<int>(it - m_segments.begin()) - 1);
}

double TimelineScale::position(QDate date) const
{
    const int index = segmentOf(date);
    if (index < 0 || !date.isValid())
        return 0;
    const Segment &segment = m_segments[static_cast<size_t>(index)];
    return segment.start +
           segment.length * double(segment.first.daysTo(date)) / double(segment.days());
}

QDate TimelineScale::dateAt(double position) const
{
    const int index = segmentAt(position);
    if (index < 0)
        return {};
    const Segment &segment = m_segments[static_cast<size_t>(index)];
    if (segment.length <= 0)
        return segment.first;
    const double days = (position - segment.start) / segment.length * double(segment.days());
    return segment.first.addDays(static_cast<qint64>(std::floor(days)));
}

double TimelineScale::maximumDayLength() const
{
    double longest = 0;
    for (const Segment &segment : m_segments)
        longest = std::max(longest, segment.dayLength());
    return longest;
}
