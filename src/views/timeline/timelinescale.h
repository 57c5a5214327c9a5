#pragma once

#include <QDate>

#include <vector>

// Maps dates to positions along the timeline's axis and back.
//
// The axis runs over whole calendar years and is cut into segments: one per era,
// one for each stretch between eras, and a break for every long stretch that has
// no event and no era. Time is linear inside each segment. Segments share the
// axis by how many events they hold, so that a week with four events gets as
// much room as nine months with four events; breaks take a fixed length at any
// zoom. The overview strip of the view shows the same dates on a uniform scale,
// so that the reader always sees what was stretched and what was folded.
class TimelineScale
{
public:
    // An empty stretch at least this long, outside every era, becomes a break.
    static constexpr qint64 MinimumBreakDays = 365;
    // The share of a segment without events, relative to one event.
    static constexpr double EmptyWeight = 0.75;

    struct Segment
    {
        enum class Kind { Plain, Era, Break };

        Kind kind = Kind::Plain;
        QDate first;      // first day
        QDate last;       // last day, inclusive
        int era = -1;     // index into the eras given to build(), for Kind::Era
        int events = 0;   // events whose axis date falls inside
        double start = 0; // position where the first day starts
        double length = 0;

        qint64 days() const { return first.daysTo(last) + 1; }
        double dayLength() const { return kind == Kind::Break ? 0.0 : length / double(days()); }
    };

    struct EventSpan
    {
        QDate earliest;
        QDate latest;
        QDate date; // where it sits on the axis
    };

    struct EraSpan
    {
        QDate first;
        QDate last;
    };

    // Cuts the axis into segments for these events and eras (in any order).
    void build(const std::vector<EventSpan> &events, const std::vector<EraSpan> &eras);

    // Lays the segments out: at zoom 1 the whole axis takes \a fitLength; each
    // break takes \a breakLength at every zoom (less when breaks would crowd out
    // the rest).
    void setGeometry(double fitLength, double breakLength, double zoom);

    bool isEmpty() const { return m_segments.empty(); }
    const std::vector<Segment> &segments() const { return m_segments; }
    // The first and the last day of the axis (whole years).
    QDate first() const;
    QDate last() const;

    double zoom() const { return m_zoom; }
    double fitLength() const { return m_fitLength; }
    // The whole axis at the current zoom.
    double length() const;

    // Where \a date starts; dates outside the axis continue its end segments.
    double position(QDate date) const;
    // Where \a date ends (the start of the next day).
    double endPosition(QDate date) const { return position(date.addDays(1)); }
    // The middle of \a date.
    double center(QDate date) const { return (position(date) + endPosition(date)) / 2; }
    // The day at \a position.
    QDate dateAt(double position) const;

    // The segment holding \a date or \a position, or -1 when the axis is empty.
    int segmentOf(QDate date) const;
    int segmentAt(double position) const;

    // The longest day of any segment at the current zoom.
    double maximumDayLength() const;

private:
    std::vector<Segment> m_segments;
    double m_fitLength = 0;
    double m_breakLength = 0;
    double m_zoom = 1;
};
