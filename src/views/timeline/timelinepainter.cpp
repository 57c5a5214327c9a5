#include "timelinepainter.h"

#include "timelinepainter_p.h"
#include "views/common/painting.h"
#include "views/theme.h"

#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>

using TimelinePainting::Palette;
using TimelinePainting::pixelRatio;

TimelinePainter::TimelinePainter(const TimelineLayout *layout)
    : m_layout(layout)
{}

TimelinePainter::~TimelinePainter() = default;

void TimelinePainter::paint(QPainter *painter, const Frame &frame)
{
    // Card pictures and words belong to one layout.
    if (m_layout->revision() != m_revision) {
        m_revision = m_layout->revision();
        m_cardTexts.clear();
        m_cardPixmaps.clear();
    }
    Pass(*this, painter, frame).paint();
}

void TimelinePainter::Pass::paint()
{
    m_painter->fillRect(m_frame.rect, m_theme.background);
    m_painter->setRenderHint(QPainter::Antialiasing);
    m_painter->setRenderHint(QPainter::TextAntialiasing);
    if (m_layout.timeScale().isEmpty()) {
        paintEmpty();
        return;
    }
    paintOverview();
    paintConnectors();
    m_painter->save();
    m_painter->setClipRect(m_geometry.lane);
    paintBands();
    paintTicks();
    paintEvents();
    m_painter->restore();
    if (m_layout.items().empty())
        paintEmpty();
    if (m_frame.laneFocused) {
        // Keyboard focus with no event chosen yet: the ring goes round the lane.
        const double inset = m_metrics.card.ring * TimelineMetrics::Events::FocusInset;
        const QRectF lane = m_geometry.lane.adjusted(inset, inset, -inset, -inset);
        Painting::focusRing(m_painter, lane, m_theme, m_scale, m_metrics.events.focusRadius);
    }
}

void TimelinePainter::Pass::paintEmpty()
{
    const QFont &title = m_metrics.fonts.title;
    const QFont &body = m_metrics.fonts.body;
    const double inset = m_metrics.empty.inset;
    const double gap = m_metrics.empty.gap;
    QRectF area = m_geometry.lane.isEmpty() ? QRectF(m_frame.rect) : m_geometry.lane;
    area.adjust(inset, 0, -inset, 0);
    // With an axis but no rows, a filter hides every event.
    const bool filtered = !m_layout.timeScale().isEmpty();
    //: Shown on the timeline when no event matches the chosen categories
    const QString heading = filtered ? tr("No events in these categories")
                                     //: Shown on the timeline when the content has no events
                                     : tr("No events to show");
    //: Beneath "No events in these categories"
    const QString hint = filtered ? tr("Choose another category, or all events.") : QString();
    const QFontMetricsF headingMetrics(title);
    const QFontMetricsF hintMetrics(body);
    const double total =
            headingMetrics.height() + (hint.isEmpty() ? 0 : hintMetrics.height() + gap);
    double y = area.center().y() - total / 2;
    m_painter->setFont(title);
    m_painter->setPen(m_theme.text);
    m_painter->drawText(QRectF(area.left(), y, area.width(), headingMetrics.height()),
                        Qt::AlignCenter, heading);
    y += headingMetrics.height() + gap;
    if (!hint.isEmpty()) {
        m_painter->setFont(body);
        m_painter->setPen(m_theme.textMuted);
        m_painter->drawText(QRectF(area.left(), y, area.width(), hintMetrics.height()),
                            Qt::AlignCenter, hint);
    }
}

// --- the overview and its joins to the lane ---------------------------------------

void TimelinePainter::Pass::paintOverview()
{
    // Everything but the current event and the lane's window changes rarely: it
    // is drawn once into a picture.
    QPixmap &cache = m_owner.m_overviewCache;
    const qreal dpr = pixelRatio(m_painter);
    const QSize pixels = (m_geometry.overview.size() * dpr).toSize();
    if (m_owner.m_overviewDirty || cache.size() != pixels ||
        !qFuzzyCompare(cache.devicePixelRatio(), dpr)) {
        cache = QPixmap(pixels.expandedTo(QSize(1, 1)));
        cache.setDevicePixelRatio(dpr);
        cache.fill(Qt::transparent);
        QPainter painter(&cache);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        painter.translate(-m_geometry.overview.topLeft());
        paintOverviewCache(&painter);
        m_owner.m_overviewDirty = false;
    }
    m_painter->drawPixmap(m_geometry.overview.topLeft(), cache);

    const TimelineMetrics::Overview &m = m_metrics.overview;
    const QRectF &bar = m_geometry.overviewBar;
    // The current event.
    if (m_frame.currentRow >= 0) {
        const double p = m_layout.overviewPosition(m_layout.event(m_frame.currentRow).date);
        const QPointF centre =
                isHorizontal() ? QPointF(p, bar.center().y()) : QPointF(bar.center().x(), p);
        m_painter->setPen(QPen(m_theme.background, m.currentRing));
        m_painter->setBrush(m_theme.accent);
        m_painter->drawEllipse(centre, m.current, m.current);
    }
    // The stretch the lane shows, once it is not all of it.
    if (m_layout.timeScale().zoom() > TimelineLayout::MinimumZoom + 1e-6 || offset() > 0) {
        const double a = m_layout.overviewPosition(m_layout.firstVisibleDate(offset()));
        const double b = m_layout.overviewPosition(m_layout.lastVisibleDate(offset()).addDays(1));
        const double lo = std::min(a, b);
        const double hi = std::max(std::max(a, b), lo + m.window);
        const double grow = m.windowGrow;
        const QRectF window =
                isHorizontal() ? QRectF(lo, bar.top() - grow, hi - lo, bar.height() + 2 * grow)
                               : QRectF(bar.left() - grow, lo, bar.width() + 2 * grow, hi - lo);
        m_painter->setPen(QPen(m_theme.accentInk, m.windowPen));
        m_painter->setBrush(m_palette.window);
        m_painter->drawRoundedRect(window, m.windowRadius, m.windowRadius);
    }
}

void TimelinePainter::Pass::paintOverviewCache(QPainter *painter) const
{
    const TimelineMetrics::Overview &m = m_metrics.overview;
    const TimelineScale &timeScale = m_layout.timeScale();
    const QRectF &bar = m_geometry.overviewBar;
    const QFontMetricsF metrics(m_metrics.fonts.caption);
    const auto across = [&](double a, double b, double grow) {
        const double lo = std::min(a, b);
        const double hi = std::max(a, b);
        return isHorizontal() ? QRectF(lo, bar.top() - grow, hi - lo, bar.height() + 2 * grow)
                              : QRectF(bar.left() - grow, lo, bar.width() + 2 * grow, hi - lo);
    };
    const auto position = [this](QDate date) { return m_layout.overviewPosition(date); };

    painter->setPen(Qt::NoPen);
    painter->setBrush(m_palette.overviewBar);
    painter->drawRoundedRect(bar, std::min(bar.width(), bar.height()) / 2,
                             std::min(bar.width(), bar.height()) / 2);
    // Eras, as slightly brighter stretches of the bar.
    for (const TimelineScale::Segment &segment : timeScale.segments()) {
        if (segment.kind != TimelineScale::Segment::Kind::Era)
            continue;
        const QRectF r = across(position(segment.first), position(segment.last.addDays(1)), 0);
        painter->setBrush(m_palette.overviewEra);
        painter->drawRect(r);
    }

    // Years: a tick at each New Year and as many labels as fit.
    const int firstYear = timeScale.first().year();
    const int lastYear = timeScale.last().year() + 1;
    const double yearLength =
            std::abs(position(QDate(firstYear + 1, 1, 1)) - position(QDate(firstYear, 1, 1)));
    const double labelLength = isHorizontal() ? metrics.horizontalAdvance(TimelineTicks::yearText(
                                                        TimelineTicks::SampleYear, m_locale)) +
                                                        m.yearSpacing
                                              : metrics.height() + m.yearSpacingV;
    const int step = std::max(1, int(std::ceil(labelLength / std::max(1.0, yearLength))));
    painter->setFont(m_metrics.fonts.caption);
    const QRectF &overview = m_geometry.overview;
    for (int year = firstYear; year <= lastYear; ++year) {
        const double p = position(QDate(year, 1, 1));
        painter->setPen(QPen(m_palette.overviewTick, m_metrics.hairline));
        if (isHorizontal())
            painter->drawLine(QPointF(p, bar.top() - m.yearTick), QPointF(p, bar.bottom()));
        else
            painter->drawLine(QPointF(bar.left() - m.yearTick, p), QPointF(bar.right(), p));
        if ((year - firstYear) % step != 0 || year == lastYear)
            continue;
        painter->setPen(m_theme.textMuted);
        const QString text = TimelineTicks::yearText(year, m_locale);
        if (isHorizontal()) {
            const double w = metrics.horizontalAdvance(text);
            const double x = isRightToLeft() ? p - m.yearOffset - w : p + m.yearOffset;
            painter->drawText(QRectF(x, overview.top(), w, metrics.height()),
                              Qt::AlignLeft | Qt::AlignTop, text);
        } else {
            // Beside the bar, on the side away from the lane.
            const double x = isRightToLeft() ? bar.right() + m.yearSide : overview.left();
            const double w = isRightToLeft() ? overview.right() - x
                                             : bar.left() - m.yearSide - overview.left();
            painter->drawText(QRectF(x, p, std::max(0.0, w), metrics.height()),
                              (isRightToLeft() ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignTop |
                                      Qt::AlignAbsolute,
                              text);
        }
    }

    // Every event of the lane, as a dot (or a short bar over a month).
    painter->setPen(Qt::NoPen);
    const double r = m.dot;
    const Theme &theme = m_theme;
    for (const TimelineLayout::Event &event : m_layout.events()) {
        painter->setBrush(theme.category(event.category));
        const double a = position(event.earliest);
        const double b = position(event.latest.addDays(1));
        if (std::abs(b - a) > 2 * r) {
            painter->drawRoundedRect(
                    across(a, b, r - (isHorizontal() ? bar.height() : bar.width()) / 2), r, r);
        } else {
            const double p = position(event.date);
            painter->drawEllipse(isHorizontal() ? QPointF(p, bar.center().y())
                                                : QPointF(bar.center().x(), p),
                                 r, r);
        }
    }
}

void TimelinePainter::Pass::paintConnectors()
{
    // Each stretch of the lane is joined to the same dates on the overview, so
    // that the reader sees which years were folded and which days were widened.
    const TimelineLayout::Geometry &g = m_geometry;
    const TimelineScale &timeScale = m_layout.timeScale();
    const double windowStart = offset();
    const double windowEnd = offset() + g.fitLength;
    const double barEdge =
            isHorizontal() ? g.overviewBar.bottom()
                           : (isRightToLeft() ? g.overviewBar.left() : g.overviewBar.right());
    const double laneEdge =
            isHorizontal() ? g.lane.top() : (isRightToLeft() ? g.lane.right() : g.lane.left());
    const auto point = [&](double main, double cross) {
        return isHorizontal() ? QPointF(main, cross) : QPointF(cross, main);
    };
    const QPen edge(m_palette.edge, m_metrics.hairline);
    int eraParity = 0;
    for (const TimelineScale::Segment &segment : timeScale.segments()) {
        const bool era = segment.kind == TimelineScale::Segment::Kind::Era;
        if (era)
            ++eraParity;
        const double start = std::max(segment.start, windowStart);
        const double end = std::min(segment.start + segment.length, windowEnd);
        if (end <= start)
            continue;
        const QDate first = start <= segment.start ? segment.first : timeScale.dateAt(start);
        const QDate last = end >= segment.start + segment.length ? segment.last.addDays(1)
                                                                 : timeScale.dateAt(end);
        const double o0 = m_layout.overviewPosition(first);
        const double o1 = m_layout.overviewPosition(last);
        const bool isFirst = &segment == &timeScale.segments().front();
        const bool isLast = &segment == &timeScale.segments().back();
        // The lane's bands reach into the room at either end; so do their joins.
        const double l0 = toView(start - (isFirst && start <= segment.start ? g.pad : 0));
        const double l1 =
                toView(end + (isLast && end >= segment.start + segment.length ? g.pad : 0));
        QPolygonF shape;
        shape << point(o0, barEdge) << point(o1, barEdge) << point(l1, laneEdge)
              << point(l0, laneEdge);
        // Eras join in their tint; plain stretches and folds only by their edges.
        const QColor fill = era ? m_palette.era(eraParity) : QColor(Qt::transparent);
        m_painter->setPen(Qt::NoPen);
        m_painter->setBrush(fill);
        m_painter->drawPolygon(shape);
        m_painter->setPen(edge);
        if (start <= segment.start && !isFirst)
            m_painter->drawLine(point(o0, barEdge), point(toView(start), laneEdge));
        if (end >= segment.start + segment.length && !isLast)
            m_painter->drawLine(point(o1, barEdge), point(toView(end), laneEdge));
    }
}

// --- events ----------------------------------------------------------------------------

void TimelinePainter::Pass::paintEvents()
{
    const TimelineLayout::Geometry &g = m_geometry;
    const double windowStart = offset() - g.pad - m_layout.maximumSpanReach();
    const double windowEnd = offset() + g.fitLength + g.pad + m_layout.maximumSpanReach();
    const int currentRow = m_frame.currentRow;
    paintMarks(windowStart, windowEnd);

    const auto [first, last] =
            m_layout.cardsBetween(offset() - g.pad, offset() + g.fitLength + g.pad);
    const std::vector<int> &cards = m_layout.cards();
    std::vector<int> rows(cards.begin() + long(first), cards.begin() + long(last));
    // The current event is drawn with its card, floating when it has no track.
    if (currentRow >= 0 && std::find(rows.begin(), rows.end(), currentRow) == rows.end()) {
        const TimelineLayout::Item &item = m_layout.item(currentRow);
        if (item.spanEnd >= windowStart && item.spanStart <= windowEnd)
            rows.push_back(currentRow);
    }
    paintSpans(rows);
    paintStems(rows);
    paintMarkers(rows);
    // Cards, the current one last so that it is never covered.
    for (int row : rows) {
        if (row == currentRow)
            continue;
        if (m_layout.item(row).track >= 0)
            paintCard(row, m_layout.cardRect(row, offset()), false);
    }
    if (currentRow >= 0 && std::find(rows.begin(), rows.end(), currentRow) != rows.end()) {
        const bool floating = m_layout.item(currentRow).track < 0;
        const QRectF rect = m_layout.drawnCardRect(currentRow, offset());
        paintCard(currentRow, rect, floating);
        if (m_frame.focused)
            Painting::focusRing(m_painter, rect, m_theme, m_scale, m_metrics.card.radius);
    }
}

// Events without a card: a short mark each, taller where they crowd.
void TimelinePainter::Pass::paintMarks(double windowStart, double windowEnd)
{
    const TimelineLayout::Geometry &g = m_geometry;
    const double gap = m_metrics.events.markGap;
    const std::vector<TimelineLayout::Mark> &all = m_layout.marks();
    const auto firstMark = std::lower_bound(
            all.begin(), all.end(), windowStart,
            [](const TimelineLayout::Mark &mark, double m) { return mark.position < m; });
    QVarLengthArray<QLineF, 256> marks;
    for (auto it = firstMark; it != all.end() && it->position <= windowEnd; ++it) {
        // On the middle of a pixel, so that each mark is one crisp line.
        const double p = std::round(toView(it->position)) + 0.5;
        const double h = m_metrics.markHeight(it->count);
        if (isHorizontal())
            marks.append(QLineF(p, g.axisCross - gap, p, g.axisCross - gap - h));
        else
            marks.append(QLineF(g.axisCross + (isRightToLeft() ? -gap : gap), p,
                                g.axisCross + (isRightToLeft() ? -1 : 1) * (gap + h), p));
    }
    if (marks.isEmpty())
        return;
    // Up to one mark per pixel: drawn in one go, on the pixel grid.
    m_painter->save();
    m_painter->setRenderHint(QPainter::Antialiasing, false);
    m_painter->setPen(QPen(m_palette.mark, m_metrics.hairline));
    m_painter->drawLines(marks.constData(), int(marks.size()));
    m_painter->restore();
}

// The days an event may have happened on.
void TimelinePainter::Pass::paintSpans(const std::vector<int> &rows)
{
    const TimelineMetrics::Events &m = m_metrics.events;
    for (int row : rows) {
        const TimelineLayout::Item &item = m_layout.item(row);
        const TimelineLayout::Event &event = m_layout.event(row);
        const QRectF span = m_layout.spanRect(row, offset());
        const double along = isHorizontal() ? span.width() : span.height();
        if (event.exactDay && along < m.spanMinimum)
            continue;
        const QColor colour = m_theme.category(event.category);
        m_painter->setPen(Qt::NoPen);
        m_painter->setBrush(Palette::span(colour, event.exactDay));
        const double radius = std::min(span.width(), span.height()) / 2;
        m_painter->drawRoundedRect(span, radius, radius);
        if (event.exactDay)
            continue;
        // Brackets at both ends: the first and the last possible day.
        m_painter->setPen(QPen(colour, m.bracketPen, Qt::SolidLine, Qt::RoundCap));
        const double c = m_geometry.axisCross;
        const double h = m.bracket;
        for (double p : {toView(item.spanStart), toView(item.spanEnd)}) {
            if (isHorizontal())
                m_painter->drawLine(QPointF(p, c - h), QPointF(p, c + h));
            else
                m_painter->drawLine(QPointF(c - h, p), QPointF(c + h, p));
        }
    }
}

// Stems from the markers to the cards.
void TimelinePainter::Pass::paintStems(const std::vector<int> &rows)
{
    const TimelineMetrics::Events &m = m_metrics.events;
    const TimelineMetrics::Card &cardMetrics = m_metrics.card;
    const double cardInset = cardMetrics.padV + cardMetrics.dateHeight / 2;
    for (int row : rows) {
        const QRectF card = m_layout.drawnCardRect(row, offset());
        const QPointF marker = m_layout.markerCenter(row, offset());
        const bool current = isCurrent(row);
        m_painter->setPen(
                QPen(current ? m_theme.accent : m_palette.stem, current ? m.stemSelected : m.stem));
        if (isHorizontal()) {
            // Straight up, then along the card's edge if the card had to slide
            // past its marker (a pixel inside its corners).
            const double x = std::clamp(marker.x(), card.left() + 1, card.right() - 1);
            m_painter->drawLine(QPointF(marker.x(), marker.y()),
                                QPointF(marker.x(), card.bottom()));
            if (std::abs(x - marker.x()) > 0.5)
                m_painter->drawLine(QPointF(marker.x(), card.bottom()), QPointF(x, card.bottom()));
        } else {
            const double edge = isRightToLeft() ? card.right() : card.left();
            const double anchor = card.top() + cardInset;
            // Level with the card's body (not its corners): a straight stem.
            if (marker.y() >= card.top() + cardInset / 2 && marker.y() <= card.bottom() - 2) {
                m_painter->drawLine(marker, QPointF(edge, marker.y()));
            } else {
                // An elbow: out from the axis halfway to the nearest track, along
                // to the card's date, into the card.
                const double bend =
                        m_geometry.axisCross + (isRightToLeft() ? -1 : 1) * m_geometry.stem * 0.5;
                QPainterPath path(marker);
                path.lineTo(bend, marker.y());
                path.lineTo(bend, anchor);
                path.lineTo(edge, anchor);
                m_painter->setBrush(Qt::NoBrush);
                m_painter->drawPath(path);
            }
        }
    }
}

// Markers: filled on the day; hollow where only the month is known.
void TimelinePainter::Pass::paintMarkers(const std::vector<int> &rows)
{
    const TimelineMetrics::Events &m = m_metrics.events;
    for (int row : rows) {
        const TimelineLayout::Event &event = m_layout.event(row);
        const QPointF centre = m_layout.markerCenter(row, offset());
        const bool selected = isCurrent(row);
        const double r = selected ? m.markerSelected : m.marker;
        const QColor colour = m_theme.category(event.category);
        if (selected) {
            m_painter->setPen(Qt::NoPen);
            m_painter->setBrush(m_palette.halo);
            m_painter->drawEllipse(centre, r + m.halo, r + m.halo);
        }
        if (event.exactDay) {
            m_painter->setPen(QPen(m_theme.background, m.markerRing));
            m_painter->setBrush(colour);
        } else {
            m_painter->setPen(QPen(colour, m.hollowRing));
            m_painter->setBrush(m_theme.background);
        }
        m_painter->drawEllipse(centre, r, r);
    }
}

// --- cards ------------------------------------------------------------------------------

void TimelinePainter::Pass::paintCard(int row, const QRectF &rect, bool floating)
{
    if (floating) {
        drawCard(m_painter, row, rect, true);
        return;
    }
    // Cards change only with the layout, the theme, the selection and the
    // pointer: each is drawn once into a pixmap and blitted from then on.
    const int state = (isCurrent(row) ? 1 : 0) | (row == m_frame.hoverRow ? 2 : 0);
    const qreal dpr = pixelRatio(m_painter);
    const QSize pixels = (rect.size() * dpr).toSize().expandedTo(QSize(1, 1));
    QHash<quint64, QPixmap> &pixmaps = m_owner.m_cardPixmaps;
    if (pixmaps.size() > TimelineMetrics::CardCacheLimit)
        pixmaps.clear();
    QPixmap &pixmap = pixmaps[(quint64(row) << 2) | quint64(state)];
    if (pixmap.size() != pixels || !qFuzzyCompare(pixmap.devicePixelRatio(), dpr)) {
        pixmap = QPixmap(pixels);
        pixmap.setDevicePixelRatio(dpr);
        pixmap.fill(Qt::transparent);
        QPainter cache(&pixmap);
        cache.setRenderHints(m_painter->renderHints());
        drawCard(&cache, row, QRectF(QPointF(0, 0), rect.size()), false);
    }
    m_painter->drawPixmap(rect.topLeft(), pixmap);
}

void TimelinePainter::Pass::drawCard(QPainter *painter, int row, const QRectF &rect, bool floating)
{
    const TimelineMetrics::Card &card = m_metrics.card;
    const TimelineLayout::Event &event = m_layout.event(row);
    const bool selected = isCurrent(row);
    const bool hovered = row == m_frame.hoverRow;
    const bool rtl = isRightToLeft();

    painter->save();
    if (floating) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_palette.shadow);
        painter->drawRoundedRect(rect.translated(0, card.shadow), card.radius, card.radius);
    }
    const double ring = selected ? card.ring : m_metrics.hairline;
    painter->setPen(QPen(selected ? m_theme.accent : m_theme.border, ring));
    painter->setBrush(selected || hovered ? m_palette.cardHighlighted : m_palette.card);
    const QRectF body = rect.adjusted(ring / 2, ring / 2, -ring / 2, -ring / 2);
    painter->drawRoundedRect(body, card.radius, card.radius);

    // The category's colour along the leading edge: the card's own rounded
    // shape, cut by a rectangle (far cheaper than clipping to a path).
    const QRectF strip =
            rtl ? QRectF(body.right() - card.strip, body.top(), card.strip, body.height())
                : QRectF(body.left(), body.top(), card.strip, body.height());
    painter->setClipRect(strip, Qt::IntersectClip);
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_theme.category(event.category));
    painter->drawRoundedRect(body, card.radius, card.radius);
    painter->setClipping(false);

    const CardText &text = cardText(row);
    const double left = rtl ? body.left() + card.padH : body.left() + card.strip + card.padH;
    const double width = body.width() - card.strip - 2 * card.padH;
    const auto leadingX = [&](const QStaticText &line) {
        return rtl ? left + width - line.size().width() : left;
    };
    // The text sits as if the outline were a hairline, whatever its width.
    double y = body.top() + card.padV - ring / 2 + m_metrics.hairline / 2;
    painter->setFont(m_metrics.fonts.label);
    painter->setPen(selected ? m_theme.accentInk : m_theme.textMuted);
    painter->drawStaticText(QPointF(leadingX(text.date), y), text.date);
    y += card.dateHeight + card.lineGap;
    painter->setFont(m_metrics.fonts.title);
    painter->setPen(m_theme.text);
    for (const QStaticText &line : text.title) {
        painter->drawStaticText(QPointF(leadingX(line), y), line);
        y += card.titleHeight;
    }
    painter->restore();
}

// The words of a card, laid out once per layout: its date and the lines of its
// title, the last ending in an ellipsis when words are left over.
const TimelinePainter::CardText &TimelinePainter::Pass::cardText(int row)
{
    QHash<int, CardText> &texts = m_owner.m_cardTexts;
    const auto found = texts.constFind(row);
    if (found != texts.constEnd())
        return *found;
    const TimelineMetrics::Card &card = m_metrics.card;
    const QFont &dateFont = m_metrics.fonts.label;
    const QFont &titleFont = m_metrics.fonts.title;
    const TimelineLayout::Event &event = m_layout.event(row);
    const TimelineLayout::Item &item = m_layout.item(row);
    const double width = (isHorizontal() ? item.cardMain : item.cardCross) - card.strip -
                         2 * card.padH - card.slack + TimelineMetrics::Card::TextSlack;
    const auto prepared = [](const QString &words, const QFont &font) {
        QStaticText text(words);
        text.setTextFormat(Qt::PlainText);
        text.prepare(QTransform(), font);
        return text;
    };
    CardText text;
    QString date = event.dateText;
    if (event.approximate)
        //: A date on a timeline card whose fact is uncertain; %1 is the date
        date = tr("%1 (approximate)").arg(date);
    text.date = prepared(QFontMetricsF(dateFont).elidedText(date, Qt::ElideRight, width), dateFont);
    const QFontMetricsF titleMetrics(titleFont);
    QTextLayout layout(event.title, titleFont);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    for (int n = 0; n < item.titleLines; ++n) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        const QString words = n == item.titleLines - 1
                                      ? event.title.mid(line.textStart())
                                      : event.title.mid(line.textStart(), line.textLength());
        text.title.append(prepared(titleMetrics.elidedText(words.trimmed(), Qt::ElideRight, width),
                                   titleFont));
    }
    layout.endLayout();
    return *texts.insert(row, text);
}
