#include "timelinelayout.h"

#include "timelineticks.h"

#include <QFontMetricsF>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>

// --- input -----------------------------------------------------------------------

void TimelineLayout::setAxis(const std::vector<TimelineScale::EventSpan> &events,
                             const std::vector<TimelineScale::EraSpan> &eras)
{
    const double zoom = m_timeScale.zoom();
    m_timeScale.build(events, eras);
    m_timeScale.setGeometry(m_geometry.fitLength, m_geometry.breakLength, zoom);
    m_dirty |= GeometryDirty;
}

void TimelineLayout::setEvents(std::vector<Event> events)
{
    m_events = std::move(events);
    const size_t rows = m_events.size();
    m_order.resize(rows);
    std::iota(m_order.begin(), m_order.end(), 0);
    std::stable_sort(m_order.begin(), m_order.end(), [this](int a, int b) {
        return m_events[static_cast<size_t>(a)].date < m_events[static_cast<size_t>(b)].date;
    });
    m_rank.resize(rows);
    for (size_t i = 0; i < rows; ++i)
        m_rank[static_cast<size_t>(m_order[i])] = static_cast<int>(i);
    m_dirty |= MetricsDirty;
}

void TimelineLayout::setMetrics(const TimelineMetrics &metrics)
{
    m_metrics = metrics;
    m_dirty |= MetricsDirty;
}

void TimelineLayout::setViewport(const Viewport &viewport)
{
    m_viewport = viewport;
    m_dirty |= GeometryDirty;
}

void TimelineLayout::setZoom(double zoom)
{
    m_timeScale.setGeometry(m_geometry.fitLength, m_geometry.breakLength, zoom);
    m_dirty |= ItemsDirty;
}

void TimelineLayout::update()
{
    if (m_dirty & MetricsDirty) {
        measureEvents();
        m_dirty |= GeometryDirty;
    }
    if (m_dirty & GeometryDirty) {
        computeGeometry();
        m_dirty |= ItemsDirty;
    }
    if (m_dirty & ItemsDirty)
        computeItems();
    m_dirty = 0;
}

// --- layout ----------------------------------------------------------------------

void TimelineLayout::measureEvents()
{
    const TimelineMetrics::Card &card = m_metrics.card;
    const QFont &dateFont = m_metrics.fonts.label;
    const QFont &titleFont = m_metrics.fonts.title;
    const double maxInner = card.maxWidth - 2 * card.padH - card.strip - card.slack;
    // Widths are kept by text for as long as the fonts and the card's width
    // stay, so that a filter or a new content set measures only what it has
    // not met, and a title met before is one lookup.
    if (m_measuredFonts != std::pair(dateFont, titleFont)) {
        m_measuredFonts = {dateFont, titleFont};
        m_dateWidths.clear();
        m_titleWidths.clear();
        m_titles.clear();
    }
    if (m_measuredInner != maxInner) {
        m_measuredInner = maxInner;
        m_titles.clear();
    }
    const QFontMetricsF dateMetrics(dateFont);
    const QFontMetricsF titleMetrics(titleFont);
    const auto measured = [](QHash<QString, double> &cache, const QFontMetricsF &metrics,
                             const QString &text) {
        const auto found = cache.constFind(text);
        if (found != cache.constEnd())
            return *found;
        return *cache.insert(text, metrics.horizontalAdvance(text));
    };
    const double space = titleMetrics.horizontalAdvance(u' ');
    const auto measureTitle = [&](const QString &title) {
        TitleWidths result;
        // Titles are measured word by word: many share their words.
        const QStringList words = title.split(u' ', Qt::SkipEmptyParts);
        QList<double> widths;
        double total = words.isEmpty() ? 0 : -space;
        for (const QString &word : words) {
            widths.append(measured(m_titleWidths, titleMetrics, word));
            total += widths.last() + space;
        }
        result.oneLine = total + TimelineMetrics::Card::TitleRounding;
        if (result.oneLine <= maxInner)
            return result;
        // The narrowest width that takes the title in two lines, broken at a
        // space (or anywhere, for scripts without spaces).
        double narrowest = result.oneLine / 2 +
                           TimelineMetrics::Card::WrapCharacters * titleMetrics.averageCharWidth();
        if (words.size() > 1) {
            narrowest = result.oneLine;
            double first = -space;
            for (qsizetype k = 0; k + 1 < words.size(); ++k) {
                first += widths.at(k) + space;
                narrowest = std::min(narrowest, std::max(first, total - first - space));
            }
        }
        result.wrap = narrowest + TimelineMetrics::Card::WrapRounding;
        return result;
    };
    for (Event &event : m_events) {
        event.dateWidth = measured(m_dateWidths, dateMetrics, event.dateText);
        TitleWidths title;
        const auto known = m_titles.constFind(event.title);
        if (known != m_titles.constEnd()) {
            title = *known;
        } else {
            title = measureTitle(event.title);
            m_titles.insert(event.title, title);
        }
        event.titleWidth = title.oneLine;
        event.wrapWidth = title.wrap;
    }
}

void TimelineLayout::computeGeometry()
{
    const TimelineMetrics &m = m_metrics;
    const QLocale &locale = m_viewport.locale;
    Geometry g;
    const QSizeF size = m_viewport.size;
    g.size = size;
    const double width = size.width();
    const double height = size.height();
    const QFontMetricsF caption(m.fonts.caption);
    const double bar = m.overview.bar;

    // Folds are as long as their label.
    const QFontMetricsF foldMetrics(m.foldFont);
    double breakLength = m.axis.breakMinimum;
    for (const TimelineScale::Segment &segment : m_timeScale.segments()) {
        if (segment.kind == TimelineScale::Segment::Kind::Break)
            breakLength = std::max(breakLength, foldMetrics.horizontalAdvance(
                                                        TimelineTicks::foldYears(segment, locale)) +
                                                        m.axis.breakLabelPad);
    }

    if (isHorizontal()) {
        const TimelineMetrics::Lane &lane = m.across;
        g.pad = lane.pad;
        const double overviewHeight = caption.height() + m.overview.labelGap + bar;
        g.overview = QRectF(0, 0, width, overviewHeight);
        g.overviewBar = QRectF(g.pad, overviewHeight - bar, std::max(1.0, width - 2 * g.pad), bar);
        const double connector = lane.connector;
        g.lane = QRectF(0, overviewHeight + connector, width,
                        std::max(0.0, height - overviewHeight - connector));
        g.eraStrip = QRectF(0, g.lane.top(), width, m.labelHeight + m.axis.eraPad);
        const double tickArea = 2 * caption.height() + m.axis.tickAreaPad;
        g.axisCross = g.lane.bottom() - tickArea;
        g.axisStart = g.pad;
        g.fitLength = std::max(TimelineMetrics::MinimumAxisLength, width - 2 * g.pad);
        g.stem = lane.stem;
        g.trackGap = lane.trackGap;
        g.trackCross = m.card.height(2);
        const double available = g.axisCross - g.eraStrip.bottom() - lane.clearance - g.stem;
        g.tracks = std::max(
                0, int(std::floor((available + g.trackGap) / (g.trackCross + g.trackGap))));
    } else {
        const TimelineMetrics::Lane &column = m.down;
        const bool rtl = isRightToLeft();
        const auto mirrored = [&](const QRectF &r) {
            return rtl ? QRectF(width - r.right(), r.top(), r.width(), r.height()) : r;
        };
        g.pad = column.pad;
        const QString sampleYear = TimelineTicks::yearText(TimelineTicks::SampleYear, locale);
        const double yearWidth = caption.horizontalAdvance(sampleYear) + m.overview.columnGap;
        const double overviewWidth = yearWidth + bar;
        g.overview = mirrored(QRectF(0, 0, overviewWidth, height));
        g.overviewBar = mirrored(QRectF(yearWidth, g.pad, bar, std::max(1.0, height - 2 * g.pad)));
        const double connector = column.connector;
        const QRectF lane(overviewWidth + connector, 0,
                          std::max(0.0, width - overviewWidth - connector), height);
        g.lane = mirrored(lane);
        const double eraWidth = m.labelHeight + m.axis.eraPad;
        g.eraStrip = mirrored(QRectF(lane.right() - eraWidth, 0, eraWidth, height));
        // The column of tick labels takes the widest month, year or fold label.
        double tickArea = 0;
        for (int month = 1; month <= 12; ++month)
            tickArea = std::max(tickArea,
                                caption.horizontalAdvance(TimelineTicks::monthText(month, locale)));
        tickArea = std::max(tickArea, caption.horizontalAdvance(sampleYear));
        for (const TimelineScale::Segment &segment : m_timeScale.segments()) {
            if (segment.kind == TimelineScale::Segment::Kind::Break)
                tickArea = std::max(tickArea, foldMetrics.horizontalAdvance(
                                                      TimelineTicks::foldYears(segment, locale)));
        }
        tickArea += m.axis.tickColumnPad;
        const double axis = lane.left() + tickArea;
        g.axisCross = rtl ? width - axis : axis;
        g.axisStart = g.pad;
        g.fitLength = std::max(TimelineMetrics::MinimumAxisLength, height - 2 * g.pad);
        g.stem = column.stem;
        g.trackGap = column.trackGap;
        const double available = (lane.right() - eraWidth - column.clearance) - axis - g.stem;
        const double widest = m.columnWidest;
        const double narrowest = m.columnNarrowest;
        g.tracks = std::clamp(int(std::floor((available + g.trackGap) / (narrowest + g.trackGap))),
                              available > 0 ? 1 : 0, TimelineMetrics::MaximumColumns);
        if (g.tracks > 0) {
            g.trackCross = std::min(widest, (available - (g.tracks - 1) * g.trackGap) / g.tracks);
            // Wide lanes keep one generous track rather than many thin ones.
            if (g.tracks > 1 && available >= widest * 2 + g.trackGap)
                g.trackCross = widest;
        }
    }
    g.breakLength = breakLength;
    m_geometry = g;
    const double zoom = std::max(m_timeScale.zoom(), MinimumZoom);
    m_timeScale.setGeometry(g.fitLength, breakLength, zoom);
    // The longest useful zoom depends on the length; keep inside it.
    const double limit = maximumZoom();
    if (m_timeScale.zoom() > limit)
        m_timeScale.setGeometry(g.fitLength, breakLength, limit);
}

void TimelineLayout::computeItems()
{
    ++m_revision;
    const Geometry &g = m_geometry;
    const TimelineMetrics::Card &card = m_metrics.card;
    m_items.assign(m_events.size(), Item());
    m_maxSpanReach = 0;
    m_maxCardMain = 0;
    for (size_t row = 0; row < m_events.size(); ++row) {
        const Event &event = m_events[row];
        Item &item = m_items[row];
        item.marker = m_timeScale.center(event.date);
        item.spanStart = m_timeScale.position(event.earliest);
        item.spanEnd = m_timeScale.endPosition(event.latest);
        m_maxSpanReach = std::max(
                {m_maxSpanReach, item.marker - item.spanStart, item.spanEnd - item.marker});
        if (isHorizontal()) {
            // A long title widens its card a little rather than lose words.
            const double grow = TimelineMetrics::LongTitleGrowth;
            const double maxInner = card.maxWidth - 2 * card.padH - card.strip - card.slack;
            item.titleLines = event.wrapWidth > 0 ? 2 : 1;
            const double inner =
                    std::max(event.dateWidth, event.wrapWidth > 0
                                                      ? std::min(event.wrapWidth, maxInner * grow)
                                                      : event.titleWidth);
            item.cardMain = std::clamp(inner + 2 * card.padH + card.strip + card.slack,
                                       card.minWidth, card.maxWidth * grow);
            item.cardCross = card.height(item.titleLines);
        } else {
            const double maxInner = g.trackCross - 2 * card.padH - card.strip;
            item.titleLines = event.titleWidth <= maxInner  ? 1
                              : event.wrapWidth <= maxInner ? 2
                                                            : TimelineMetrics::MaximumTitleLines;
            item.cardMain = card.height(item.titleLines);
            item.cardCross = g.trackCross;
        }
        m_maxCardMain = std::max(m_maxCardMain, item.cardMain);
    }

    const double inset = cardInset();
    const double mainGap = m_metrics.events.cardGap;
    const double limitStart = -g.pad;
    const double limitEnd = m_timeScale.length() + g.pad;
    // A card over a fold seems to speak of the years it hides.
    std::vector<std::pair<double, double>> folds;
    for (const TimelineScale::Segment &segment : m_timeScale.segments()) {
        if (segment.kind == TimelineScale::Segment::Kind::Break)
            folds.emplace_back(segment.start, segment.start + segment.length);
    }
    const auto foldOverlap = [&folds](double a, double b) {
        double overlap = 0;
        for (const auto &fold : folds)
            overlap += std::max(0.0, std::min(b, fold.second) - std::max(a, fold.first));
        return overlap;
    };
    // What placing a card on \a track costs, \a slide away from where it would
    // be, starting at \a start: each penalty in card lengths.
    const auto placementCost = [&foldOverlap](int track, double slide, double start,
                                              double length) {
        using M = TimelineMetrics;
        return track * M::TrackPenalty + M::SlidePenalty * slide / length +
               M::FoldPenalty * foldOverlap(start, start + length) / length;
    };
    // The track where \a item costs least: \a startOn gives where its card
    // would start on a track, or nothing where it does not fit; the first of
    // equally cheap tracks wins.
    struct TrackChoice
    {
        int track = -1;
        double start = 0;
    };
    const auto cheapestTrack = [&placementCost, &g](const Item &item, double preferred,
                                                    const auto &startOn) {
        TrackChoice best;
        double bestCost = 0;
        for (int track = 0; track < g.tracks; ++track) {
            const std::optional<double> start = startOn(track);
            if (!start)
                continue;
            const double cost =
                    placementCost(track, std::abs(*start - preferred), *start, item.cardMain);
            if (best.track < 0 || cost < bestCost) {
                best = {track, *start};
                bestCost = cost;
            }
        }
        return best;
    };

    if (isHorizontal()) {
        // Across the screen, a stem rises straight from the marker and must meet
        // its card. Cards go on tracks from the latest event back, each as close
        // to its marker as the card after it allows.
        std::vector<double> freeUntil(static_cast<size_t>(g.tracks), limitEnd + mainGap);
        for (auto it = m_order.rbegin(); it != m_order.rend(); ++it) {
            Item &item = m_items[static_cast<size_t>(*it)];
            const double preferred = item.marker - inset;
            const double lowest = std::max(item.marker + inset - item.cardMain, limitStart);
            const TrackChoice choice =
                    cheapestTrack(item, preferred, [&](int track) -> std::optional<double> {
                        const double highest =
                                freeUntil[static_cast<size_t>(track)] - mainGap - item.cardMain;
                        const double start = std::min(preferred, highest);
                        if (start < lowest)
                            return std::nullopt;
                        return start;
                    });
            if (choice.track >= 0) {
                item.track = choice.track;
                item.cardStart = choice.start;
                freeUntil[static_cast<size_t>(choice.track)] = choice.start;
            }
        }
    } else {
        // Down the screen, a card may move away from its marker, joined to it by
        // an elbow. Each goes to the track where it sits closest to its date;
        // then the cards of each track settle where they are least displaced in
        // all (isotonic regression), so that a crowded week spreads both ways.
        std::vector<std::vector<int>> tracks(static_cast<size_t>(g.tracks));
        std::vector<double> trackEnd(static_cast<size_t>(g.tracks), limitStart - mainGap);
        for (int row : m_order) {
            Item &item = m_items[static_cast<size_t>(row)];
            const double preferred = std::max(item.marker - inset, limitStart);
            const double reach = TimelineMetrics::MaximumPush * item.cardMain;
            const TrackChoice choice =
                    cheapestTrack(item, preferred, [&](int track) -> std::optional<double> {
                        const double start =
                                std::max(preferred, trackEnd[static_cast<size_t>(track)] + mainGap);
                        if (start - preferred > reach)
                            return std::nullopt;
                        return start;
                    });
            if (choice.track >= 0) {
                item.track = choice.track;
                item.cardStart = choice.start;
                trackEnd[static_cast<size_t>(choice.track)] = choice.start + item.cardMain;
                tracks[static_cast<size_t>(choice.track)].push_back(row);
            }
        }
        for (const std::vector<int> &rows : tracks)
            settle(rows, inset, mainGap, limitStart, limitEnd);
    }

    m_cards.clear();
    m_marks.clear();
    for (int row : m_order) {
        const Item &item = m_items[static_cast<size_t>(row)];
        if (item.track >= 0) {
            m_cards.push_back(row);
        } else {
            // Marks are drawn on whole pixels: one per pixel, counting the events.
            const double position = std::round(item.marker);
            if (!m_marks.empty() && m_marks.back().position == position)
                ++m_marks.back().count;
            else
                m_marks.push_back({position, 1});
        }
    }
    std::stable_sort(m_cards.begin(), m_cards.end(), [this](int a, int b) {
        return m_items[static_cast<size_t>(a)].cardStart <
               m_items[static_cast<size_t>(b)].cardStart;
    });
}

// Moves the cards of one track (in time order, not overlapping) to where the sum
// of their squared distances from their markers is least, keeping their order,
// their gaps and the ends of the axis: pool adjacent violators.
void TimelineLayout::settle(const std::vector<int> &rows, double inset, double gap,
                            double limitStart, double limitEnd)
{
    if (rows.empty())
        return;
    // Shifted so that "no overlap" becomes "never decreasing".
    std::vector<double> offsets(rows.size());
    std::vector<double> wanted(rows.size());
    double offset = 0;
    for (size_t i = 0; i < rows.size(); ++i) {
        const Item &item = m_items[static_cast<size_t>(rows[i])];
        offsets[i] = offset;
        wanted[i] = item.marker - inset - offset;
        offset += item.cardMain + gap;
    }
    struct Block
    {
        double sum;
        int count;
        double mean() const { return sum / count; }
    };
    std::vector<Block> blocks;
    for (double value : wanted) {
        blocks.push_back({value, 1});
        while (blocks.size() > 1 && blocks[blocks.size() - 2].mean() > blocks.back().mean()) {
            blocks[blocks.size() - 2].sum += blocks.back().sum;
            blocks[blocks.size() - 2].count += blocks.back().count;
            blocks.pop_back();
        }
    }
    const Item &last = m_items[static_cast<size_t>(rows.back())];
    const double highest = limitEnd - last.cardMain - offsets.back();
    size_t i = 0;
    for (const Block &block : blocks) {
        const double value = std::max(std::min(block.mean(), highest), limitStart);
        for (int n = 0; n < block.count; ++n, ++i)
            m_items[static_cast<size_t>(rows[i])].cardStart = value + offsets[i];
    }
}

double TimelineLayout::maximumZoom() const
{
    if (m_timeScale.isEmpty() || m_geometry.fitLength <= 0)
        return MinimumZoom;
    const double dayAtFit = m_timeScale.maximumDayLength() / m_timeScale.zoom();
    if (dayAtFit <= 0)
        return MinimumZoom;
    return std::max(MinimumZoom, TimelineMetrics::UsefulDayShare * m_geometry.fitLength / dayAtFit);
}

double TimelineLayout::maximumOffset() const
{
    return std::max(0.0, m_timeScale.length() - m_geometry.fitLength);
}

double TimelineLayout::cardInset() const
{
    // Across, the stem meets the card inside its rounded corner; down, it meets
    // the card's date line.
    const TimelineMetrics::Card &card = m_metrics.card;
    return isHorizontal() ? card.radius : card.padV + card.dateHeight / 2;
}

// --- coordinates -----------------------------------------------------------------

double TimelineLayout::toView(double main, double offset) const
{
    const double along = m_geometry.axisStart + main - offset;
    if (isHorizontal() && isRightToLeft())
        return m_geometry.size.width() - along;
    return along;
}

double TimelineLayout::toContent(double viewMain, double offset) const
{
    double along = viewMain;
    if (isHorizontal() && isRightToLeft())
        along = m_geometry.size.width() - viewMain;
    return along - m_geometry.axisStart + offset;
}

double TimelineLayout::offsetFor(double main, double at) const
{
    double along = at;
    if (isHorizontal() && isRightToLeft())
        along = m_geometry.size.width() - at;
    return m_geometry.axisStart + main - along;
}

QRectF TimelineLayout::alongAxis(double main0, double main1, double cross0, double cross1,
                                 double offset) const
{
    const double a = toView(main0, offset);
    const double b = toView(main1, offset);
    const double lo = std::min(a, b);
    const double hi = std::max(a, b);
    const double axis = m_geometry.axisCross;
    if (isHorizontal())
        return QRectF(lo, axis - cross1, hi - lo, cross1 - cross0);
    if (isRightToLeft())
        return QRectF(axis - cross1, lo, cross1 - cross0, hi - lo);
    return QRectF(axis + cross0, lo, cross1 - cross0, hi - lo);
}

QRectF TimelineLayout::cardRect(int row, double offset) const
{
    const Item &item = this->item(row);
    if (item.track < 0)
        return {};
    const Geometry &g = m_geometry;
    const double cross = g.stem + item.track * (g.trackCross + g.trackGap);
    return alongAxis(item.cardStart, item.cardStart + item.cardMain, cross, cross + item.cardCross,
                     offset);
}

QRectF TimelineLayout::spanRect(int row, double offset) const
{
    const Item &item = this->item(row);
    const double half = m_metrics.events.spanHalf;
    return alongAxis(item.spanStart, item.spanEnd, -half, half, offset);
}

QPointF TimelineLayout::markerCenter(int row, double offset) const
{
    const Item &item = this->item(row);
    if (isHorizontal())
        return {toView(item.marker, offset), m_geometry.axisCross};
    return {m_geometry.axisCross, toView(item.marker, offset)};
}

QRectF TimelineLayout::floatingCardRect(int row, double offset) const
{
    const Item &item = this->item(row);
    const double inset = cardInset();
    const double windowStart = offset - m_geometry.pad;
    const double windowEnd = offset + m_geometry.fitLength + m_geometry.pad;
    const double start = std::clamp(item.marker - inset, std::min(windowStart, item.marker),
                                    std::max(windowStart, windowEnd - item.cardMain));
    const double cross = m_geometry.stem;
    return alongAxis(start, start + item.cardMain, cross, cross + item.cardCross, offset);
}

QRectF TimelineLayout::drawnCardRect(int row, double offset) const
{
    return item(row).track >= 0 ? cardRect(row, offset) : floatingCardRect(row, offset);
}

QRectF TimelineLayout::itemRect(int row, double offset, bool floating) const
{
    const double r = m_metrics.events.hit;
    const QPointF marker = markerCenter(row, offset);
    QRectF rect(marker.x() - r, marker.y() - r, 2 * r, 2 * r);
    rect |= spanRect(row, offset);
    QRectF card = cardRect(row, offset);
    if (card.isNull() && floating)
        card = floatingCardRect(row, offset);
    if (!card.isNull())
        rect |= card;
    return rect;
}

double TimelineLayout::overviewPosition(QDate date) const
{
    const QRectF &bar = m_geometry.overviewBar;
    if (m_timeScale.isEmpty())
        return isHorizontal() ? bar.left() : bar.top();
    const double days = double(m_timeScale.first().daysTo(m_timeScale.last().addDays(1)));
    const double t = double(m_timeScale.first().daysTo(date)) / days;
    if (isHorizontal())
        return isRightToLeft() ? bar.right() - t * bar.width() : bar.left() + t * bar.width();
    return bar.top() + t * bar.height();
}

QDate TimelineLayout::overviewDateAt(const QPointF &point) const
{
    const QRectF &bar = m_geometry.overviewBar;
    double t = isHorizontal() ? (point.x() - bar.left()) / bar.width()
                              : (point.y() - bar.top()) / bar.height();
    if (isHorizontal() && isRightToLeft())
        t = 1 - t;
    t = std::clamp(t, 0.0, 1.0);
    const qint64 days = m_timeScale.first().daysTo(m_timeScale.last());
    return m_timeScale.first().addDays(qint64(std::llround(t * double(days))));
}

QDate TimelineLayout::firstVisibleDate(double offset) const
{
    return m_timeScale.dateAt(std::max(0.0, offset));
}

QDate TimelineLayout::lastVisibleDate(double offset) const
{
    const double end = std::min(m_timeScale.length(), offset + m_geometry.fitLength);
    // Just before the end: the end itself belongs to the next day.
    return m_timeScale.dateAt(end - 0.01);
}

std::pair<size_t, size_t> TimelineLayout::cardsBetween(double main0, double main1) const
{
    const auto first = std::lower_bound(
            m_cards.begin(), m_cards.end(), main0 - m_maxCardMain,
            [this](int row, double m) { return m_items[static_cast<size_t>(row)].cardStart < m; });
    const auto last = std::upper_bound(first, m_cards.end(), main1, [this](double m, int row) {
        return m < m_items[static_cast<size_t>(row)].cardStart;
    });
    return {size_t(first - m_cards.begin()), size_t(last - m_cards.begin())};
}

std::pair<size_t, size_t> TimelineLayout::markersBetween(double main0, double main1) const
{
    const auto first =
            std::lower_bound(m_order.begin(), m_order.end(), main0, [this](int row, double m) {
                return m_items[static_cast<size_t>(row)].marker < m;
            });
    const auto last = std::upper_bound(first, m_order.end(), main1, [this](double m, int row) {
        return m < m_items[static_cast<size_t>(row)].marker;
    });
    return {size_t(first - m_order.begin()), size_t(last - m_order.begin())};
}

int TimelineLayout::rowAtMarker(double main, double tolerance) const
{
    auto it = std::lower_bound(
            m_order.begin(), m_order.end(), main - tolerance,
            [this](int row, double m) { return m_items[static_cast<size_t>(row)].marker < m; });
    int best = -1;
    double bestDistance = tolerance;
    for (; it != m_order.end(); ++it) {
        const double marker = m_items[static_cast<size_t>(*it)].marker;
        if (marker > main + tolerance)
            break;
        const double distance = std::abs(marker - main);
        if (distance <= bestDistance) {
            best = *it;
            bestDistance = distance;
        }
    }
    return best;
}

// --- hit testing and navigation --------------------------------------------------

int TimelineLayout::rowAt(const QPoint &point, double offset, int currentRow) const
{
    const Geometry &g = m_geometry;
    if (!g.lane.contains(point))
        return -1;
    // The current card first: it is drawn over the others.
    if (currentRow >= 0 && itemRect(currentRow, offset, true).toAlignedRect().contains(point) &&
        drawnCardRect(currentRow, offset).contains(point))
        return currentRow;
    // Then the cards, the last drawn first.
    const double main = toContent(mainOf(point), offset);
    const auto [first, last] = cardsBetween(main - 1, main + 1);
    for (size_t i = last; i > first; --i) {
        const int row = m_cards[i - 1];
        if (cardRect(row, offset).contains(point))
            return row;
    }
    // Near the axis: the closest marker, then any span under the point.
    const TimelineMetrics::Events &m = m_metrics.events;
    const double cross = isHorizontal() ? point.y() : point.x();
    if (std::abs(cross - g.axisCross) <= m.hitAxis) {
        const int row = rowAtMarker(main, m.hitMarker);
        if (row >= 0)
            return row;
        for (size_t i = first; i < last; ++i) {
            const int r = m_cards[i];
            if (spanRect(r, offset).contains(point))
                return r;
        }
    }
    return -1;
}

std::vector<int> TimelineLayout::rowsIn(const QRectF &area, double offset) const
{
    // What is drawn of an event, not the box around it, decides: the box of a
    // card high up also covers the stems of its neighbours.
    std::vector<int> rows;
    const double r = m_metrics.events.hit;
    const auto [first, last] =
            markersBetween(offset - m_geometry.pad, offset + m_geometry.fitLength + m_geometry.pad);
    for (size_t i = first; i < last; ++i) {
        const int row = m_order[i];
        const QPointF marker = markerCenter(row, offset);
        if (cardRect(row, offset).intersects(area) || spanRect(row, offset).intersects(area) ||
            QRectF(marker.x() - r, marker.y() - r, 2 * r, 2 * r).intersects(area))
            rows.push_back(row);
    }
    return rows;
}

std::pair<double, double> TimelineLayout::extent(int row) const
{
    const Item &item = this->item(row);
    double first = std::min(item.spanStart, item.marker);
    double last = std::max(item.spanEnd, item.marker);
    if (item.track >= 0) {
        first = std::min(first, item.cardStart);
        last = std::max(last, item.cardStart + item.cardMain);
    }
    return {first, last};
}

int TimelineLayout::nextStretch(int rank) const
{
    const int count = int(m_order.size());
    const auto segmentOf = [this](int r) {
        return m_timeScale.segmentOf(event(m_order[size_t(r)]).date);
    };
    const int segment = segmentOf(rank);
    for (int r = rank + 1; r < count; ++r) {
        if (segmentOf(r) != segment)
            return r;
    }
    return count - 1;
}

int TimelineLayout::previousStretch(int rank) const
{
    const auto segmentOf = [this](int r) {
        return m_timeScale.segmentOf(event(m_order[size_t(r)]).date);
    };
    int r = rank;
    // Back to the start of this stretch; from there, to the start of the previous one.
    if (r > 0 && segmentOf(r - 1) == segmentOf(r)) {
        while (r > 0 && segmentOf(r - 1) == segmentOf(rank))
            --r;
        return r;
    }
    if (r == 0)
        return 0;
    const int segment = segmentOf(r - 1);
    r = r - 1;
    while (r > 0 && segmentOf(r - 1) == segment)
        --r;
    return r;
}

double TimelineLayout::zoomAnchor(int currentRow, double offset) const
{
    const Geometry &g = m_geometry;
    double anchor = g.axisStart + g.fitLength / 2;
    if (isHorizontal() && isRightToLeft())
        anchor = g.size.width() - anchor;
    if (currentRow >= 0) {
        const double marker = mainOf(markerCenter(currentRow, offset));
        const double lo = isHorizontal() ? g.lane.left() : g.lane.top();
        const double hi = isHorizontal() ? g.lane.right() : g.lane.bottom();
        if (marker >= lo && marker <= hi)
            anchor = marker;
    }
    return anchor;
}

double TimelineLayout::zoomAbout(double zoom, double anchor, double offset)
{
    // The moment under the anchor, as a share of its segment, stays there.
    const double before = toContent(anchor, offset);
    const int index = m_timeScale.segmentAt(before);
    const TimelineScale::Segment old = m_timeScale.segments()[static_cast<size_t>(index)];
    const double share = old.length > 0 ? (before - old.start) / old.length : 0.0;
    setZoom(zoom);
    const TimelineScale::Segment &now = m_timeScale.segments()[static_cast<size_t>(index)];
    const double after = now.start + share * now.length;
    return offsetFor(after, anchor);
}
