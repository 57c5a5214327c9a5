#include "timelinepainter_p.h"

#include "views/common/leadingedge.h"

#include <QAbstractItemModel>

#include <algorithm>
#include <cmath>

// --- the lane's background: eras and folds ------------------------------------------

void TimelinePainter::Pass::paintBands()
{
    const TimelineLayout::Geometry &g = m_geometry;
    const std::vector<TimelineScale::Segment> &segments = m_layout.timeScale().segments();
    const double windowStart = offset() - g.pad;
    const double windowEnd = offset() + g.fitLength + g.pad;
    // Bands reach across the whole lane.
    const auto band = [&](double a, double b) {
        const double lo = std::min(toView(a), toView(b));
        const double hi = std::max(toView(a), toView(b));
        return isHorizontal() ? QRectF(lo, g.lane.top(), hi - lo, g.lane.height())
                              : QRectF(g.lane.left(), lo, g.lane.width(), hi - lo);
    };
    int eraParity = 0;
    const QPen edge(m_palette.edge, m_metrics.hairline);
    for (const TimelineScale::Segment &segment : segments) {
        const bool era = segment.kind == TimelineScale::Segment::Kind::Era;
        if (era)
            ++eraParity;
        // The first and the last stretch reach into the room around the axis.
        const double a = segment.start - (&segment == &segments.front() ? g.pad : 0);
        const double b =
                segment.start + segment.length + (&segment == &segments.back() ? g.pad : 0);
        if (b < windowStart || a > windowEnd)
            continue;
        const QRectF rect = band(a, b);
        if (era)
            m_painter->fillRect(rect, m_palette.era(eraParity));
        if (segment.kind == TimelineScale::Segment::Kind::Break) {
            // Hatching up to the axis: time folded away. Its label goes beside it,
            // with the tick labels.
            m_painter->save();
            QRectF hatched = rect;
            if (isHorizontal())
                hatched.setBottom(g.axisCross);
            else if (isRightToLeft())
                hatched.setRight(g.axisCross);
            else
                hatched.setLeft(g.axisCross);
            m_painter->setClipRect(hatched);
            m_painter->setPen(QPen(m_palette.hatch, m_metrics.hairline));
            const double step = m_metrics.axis.hatchStep;
            const double extent = rect.width() + rect.height();
            for (double d = -extent; d < extent; d += step) {
                m_painter->drawLine(QPointF(rect.left() + d, rect.bottom()),
                                    QPointF(rect.left() + d + rect.height(), rect.top()));
            }
            m_painter->restore();
        }
        // Edges between stretches of different scale.
        m_painter->setPen(edge);
        const double p = toView(segment.start);
        if (isHorizontal())
            m_painter->drawLine(QPointF(p, g.lane.top()), QPointF(p, g.axisCross));
        else
            m_painter->drawLine(QPointF(g.lane.left(), p), QPointF(g.lane.right(), p));
    }
    if (m_frame.eras)
        paintEraNames();
}

void TimelinePainter::Pass::paintEraNames()
{
    // Along the far side, kept in view while their era is.
    const TimelineLayout::Geometry &g = m_geometry;
    const double windowStart = offset() - g.pad;
    const double windowEnd = offset() + g.fitLength + g.pad;
    const QFont &font = m_metrics.fonts.label;
    const QFontMetricsF metrics(font);
    m_painter->setFont(font);
    const std::vector<TimelineScale::Segment> &segments = m_layout.timeScale().segments();
    for (size_t i = 0; i < segments.size(); ++i) {
        const TimelineScale::Segment &segment = segments[i];
        if (segment.kind != TimelineScale::Segment::Kind::Era)
            continue;
        // The last era's name may run on into the room after the axis.
        double end = segment.start + segment.length;
        if (i + 1 == segments.size())
            end += g.pad;
        const double a = std::max(segment.start, windowStart + g.pad);
        const double b = std::min(end, windowEnd);
        const double inset = m_metrics.axis.eraInset;
        const double available = b - a - 2 * inset;
        if (available < m_metrics.axis.eraMinimum)
            continue;
        const QString name = m_frame.eras->index(segment.era, 0).data().toString();
        const QString text = metrics.elidedText(name, Qt::ElideRight, available);
        m_painter->setPen(m_theme.textMuted);
        if (isHorizontal()) {
            const double x0 = std::min(toView(a), toView(b)) + inset;
            m_painter->drawText(QRectF(x0, g.eraStrip.top(), available, g.eraStrip.height()),
                                Qt::AlignVCenter | leadingEdge(m_layout.viewport().direction),
                                text);
        } else {
            // Read top to bottom along the strip.
            m_painter->save();
            const QRectF strip = g.eraStrip;
            m_painter->translate(strip.center().x(), toView(a) + inset);
            m_painter->rotate(90);
            m_painter->drawText(QRectF(0, -strip.width() / 2, available, strip.width()),
                                Qt::AlignVCenter | Qt::AlignLeft | Qt::AlignAbsolute, text);
            m_painter->restore();
        }
    }
}

// --- the axis and its calendar -------------------------------------------------------

void TimelinePainter::Pass::paintTicks()
{
    const TimelineLayout::Geometry &g = m_geometry;
    const std::vector<TimelineScale::Segment> &segments = m_layout.timeScale().segments();
    const double windowStart = offset() - g.pad;
    const double windowEnd = offset() + g.fitLength + g.pad;
    m_painter->setFont(m_metrics.fonts.caption);
    for (const TimelineScale::Segment &segment : segments) {
        const double a = segment.start;
        const double b = segment.start + segment.length;
        if (b < windowStart || a > windowEnd)
            continue;
        const double lo = std::min(toView(a), toView(b));
        const double hi = std::max(toView(a), toView(b));
        if (segment.kind == TimelineScale::Segment::Kind::Break) {
            paintFold(segment, lo, hi);
            continue;
        }
        // The axis line, on into the room at either end.
        m_painter->setPen(QPen(m_palette.axis, m_metrics.axis.pen, Qt::SolidLine, Qt::FlatCap));
        const double first = &segment == &segments.front() ? -g.pad : 0;
        const double last = &segment == &segments.back() ? g.pad : 0;
        const double p0 = toView(a + first);
        const double p1 = toView(b + last);
        if (isHorizontal())
            m_painter->drawLine(QPointF(p0, g.axisCross), QPointF(p1, g.axisCross));
        else
            m_painter->drawLine(QPointF(g.axisCross, p0), QPointF(g.axisCross, p1));
        paintCalendar(segment, lo, hi);
    }
}

// The axis stops at a fold, marked by two slanted strokes; beneath it, like a
// tick label, the years it hides and how many.
void TimelinePainter::Pass::paintFold(const TimelineScale::Segment &segment, double lo, double hi)
{
    const TimelineLayout::Geometry &g = m_geometry;
    const TimelineMetrics::Axis &m = m_metrics.axis;
    m_painter->setPen(QPen(m_palette.axis, m.pen, Qt::SolidLine, Qt::RoundCap));
    const double d = m.foldStroke;
    const double c = g.axisCross;
    for (double p : {lo + m.foldStrokeInset, hi - m.foldStrokeInset}) {
        for (double o : {-m.foldStrokeGap, m.foldStrokeGap}) {
            if (isHorizontal())
                m_painter->drawLine(QPointF(p + o - d / 2, c + d), QPointF(p + o + d / 2, c - d));
            else
                m_painter->drawLine(QPointF(c - d, p + o - d / 2), QPointF(c + d, p + o + d / 2));
        }
    }
    const QString years = TimelineTicks::foldYears(segment, m_locale);
    const QString span = TimelineTicks::foldLength(segment);
    const double line = m_metrics.captionHeight;
    QRectF first;
    QRectF second;
    if (isHorizontal()) {
        first = QRectF(lo - m.foldOverhang, g.axisCross + m.labelTop, hi - lo + 2 * m.foldOverhang,
                       line);
        second = first.translated(0, line);
    } else {
        // Down the screen, in the column of the tick labels, beside the axis.
        const double x = isRightToLeft() ? g.axisCross + m.labelColumnGap : g.lane.left();
        const double w = isRightToLeft() ? g.lane.right() - x
                                         : g.axisCross - m.labelColumnGap - g.lane.left();
        first = QRectF(x, (lo + hi) / 2 - line, w, line);
        second = first.translated(0, line);
    }
    const Qt::Alignment align = isHorizontal()
                                        ? Qt::Alignment(Qt::AlignCenter)
                                        : (Qt::AlignVCenter | Qt::AlignAbsolute |
                                           (isRightToLeft() ? Qt::AlignLeft : Qt::AlignRight));
    m_painter->setFont(m_metrics.foldFont);
    m_painter->setPen(m_theme.text);
    m_painter->drawText(first, align, years);
    m_painter->setFont(m_metrics.fonts.caption);
    m_painter->setPen(m_theme.textMuted);
    m_painter->drawText(second, align, span);
}

// The ticks of one stretch between \a lo and \a hi, in the finest calendar unit
// whose labels fit its scale.
void TimelinePainter::Pass::paintCalendar(const TimelineScale::Segment &segment, double lo,
                                          double hi)
{
    const TimelineLayout::Geometry &g = m_geometry;
    const TimelineMetrics::Axis &m = m_metrics.axis;
    const TimelineScale &timeScale = m_layout.timeScale();
    const double windowStart = offset() - g.pad;
    const double windowEnd = offset() + g.fitLength + g.pad;
    const double a = segment.start;
    const double b = segment.start + segment.length;
    // Across, a label needs its own width; down the screen, two lines of height.
    const TimelineTicks::Room room =
            isHorizontal() ? TimelineTicks::Room{m.dayLabel, m.weekLabel, m.monthLabel,
                                                 m.quarterLabel, m.yearLabel}
                           : TimelineTicks::Room{m.lineSpacing, m.lineSpacing, m.lineSpacing,
                                                 m.lineSpacing, m.lineSpacing};
    const TimelineTicks::Step step = TimelineTicks::step(segment.dayLength(), room);

    m_painter->save();
    const QRectF clip = isHorizontal() ? QRectF(lo, g.lane.top(), hi - lo, g.lane.height())
                                       : QRectF(g.lane.left(), lo, g.lane.width(), hi - lo);
    m_painter->setClipRect(clip, Qt::IntersectClip);
    const QDate visibleFirst = std::max(segment.first, timeScale.dateAt(std::max(a, windowStart)));
    const QDate visibleLast =
            std::min(segment.last, timeScale.dateAt(std::min(b, windowEnd) - 0.01));
    // Down the screen the column is narrow: days name only their month.
    const auto context = isHorizontal() ? TimelineTicks::DayContext::MonthAndYear
                                        : TimelineTicks::DayContext::Month;
    const QPen tickPen(m_palette.axis, m_metrics.hairline);
    for (const TimelineTicks::Tick &tick :
         TimelineTicks::ticks(segment.first, visibleFirst, visibleLast, step, m_locale, context)) {
        const double p = toView(timeScale.position(tick.date));
        const double pEnd = toView(timeScale.endPosition(tick.date));
        m_painter->setPen(tickPen);
        const double length = tick.emphasised ? m.tickLong : m.tickShort;
        if (isHorizontal())
            m_painter->drawLine(QPointF(p, g.axisCross), QPointF(p, g.axisCross + length));
        else
            m_painter->drawLine(QPointF(g.axisCross, p),
                                QPointF(g.axisCross + (isRightToLeft() ? length : -length), p));
        m_painter->setPen(m_theme.textMuted);
        if (isHorizontal())
            paintTickLabelAcross(tick, step, p, pEnd, lo, hi);
        else
            paintTickLabelDown(tick, step, p, pEnd, lo, hi);
    }
    m_painter->restore();
}

// Below the axis: the day centred on its stretch, or the month or year beside
// its tick; beneath, the month or year it belongs to.
void TimelinePainter::Pass::paintTickLabelAcross(const TimelineTicks::Tick &tick,
                                                 TimelineTicks::Step step, double p, double pEnd,
                                                 double lo, double hi)
{
    const TimelineMetrics::Axis &m = m_metrics.axis;
    const QFontMetricsF metrics(m_metrics.fonts.caption);
    const bool rtl = isRightToLeft();
    const double lineHeight = m_metrics.captionHeight;
    const double top = m_geometry.axisCross + m.labelTop;
    if (step.unit == TimelineTicks::Unit::Day) {
        const double l = std::min(p, pEnd);
        const double w = std::abs(pEnd - p);
        m_painter->drawText(QRectF(l, top, w, lineHeight), Qt::AlignCenter, tick.major);
        if (tick.minor.isEmpty())
            return;
        // The month stays in view while any of its days are, within its stretch
        // of the axis.
        const double mw = metrics.horizontalAdvance(tick.minor);
        double x = rtl ? std::max(p, pEnd) - mw : l;
        const double laneStart = toView(offset()) - (rtl ? mw : 0);
        if (tick.context)
            x = rtl ? std::min(x, laneStart) : std::max(x, laneStart);
        x = std::clamp(x, lo, std::max(lo, hi - mw));
        m_painter->drawText(QRectF(x + (rtl ? -m.contextOffset : m.contextOffset), top + lineHeight,
                                   mw, lineHeight),
                            Qt::AlignLeft | Qt::AlignAbsolute, tick.minor);
        return;
    }
    const double w =
            std::max(metrics.horizontalAdvance(tick.major), metrics.horizontalAdvance(tick.minor));
    const double x = rtl ? p - m.labelOffset - w : p + m.labelOffset;
    // A label that would run past its stretch is left out, not cut.
    if (x < lo - 0.5 || x + w > hi + 0.5)
        return;
    const Qt::Alignment align = Qt::AlignAbsolute | (rtl ? Qt::AlignRight : Qt::AlignLeft);
    m_painter->drawText(QRectF(x, top, w, lineHeight), align, tick.major);
    if (tick.minor.isEmpty())
        return;
    // The month or year stays in view while the window shows it.
    double mx = x;
    const double laneStart = toView(offset()) - (rtl ? w : 0);
    if (tick.context)
        mx = rtl ? std::min(mx, laneStart) : std::max(mx, laneStart);
    mx = std::clamp(mx, lo, std::max(lo, hi - w));
    m_painter->drawText(QRectF(mx, top + lineHeight, w, lineHeight), align, tick.minor);
}

// In the column beside the axis: a day centred on its stretch, anything longer
// just below its tick; the month or year beneath.
void TimelinePainter::Pass::paintTickLabelDown(const TimelineTicks::Tick &tick,
                                               TimelineTicks::Step step, double p, double pEnd,
                                               double lo, double hi)
{
    const TimelineLayout::Geometry &g = m_geometry;
    const TimelineMetrics::Axis &m = m_metrics.axis;
    const bool rtl = isRightToLeft();
    const double lineHeight = m_metrics.captionHeight;
    const double room = rtl ? g.lane.right() - g.axisCross - m.labelColumnGap
                            : g.axisCross - g.lane.left() - m.labelColumnGap;
    const double x = rtl ? g.axisCross + m.labelColumnGap : g.lane.left();
    const Qt::Alignment align = Qt::AlignAbsolute | (rtl ? Qt::AlignLeft : Qt::AlignRight);
    const bool oneLine = tick.minor.isEmpty();
    const double top = step.unit == TimelineTicks::Unit::Day
                               ? (p + pEnd) / 2 - (oneLine ? lineHeight / 2 : lineHeight)
                               : p + m.labelDrop;
    if (top < lo - 0.5 || top + (oneLine ? 1 : 2) * lineHeight > hi + 0.5)
        return;
    m_painter->drawText(QRectF(x, top, room, lineHeight), align | Qt::AlignTop, tick.major);
    if (!oneLine)
        m_painter->drawText(QRectF(x, top + lineHeight, room, lineHeight), align | Qt::AlignTop,
                            tick.minor);
}
