#include "timelinemetrics.h"

#include "views/common/painting.h"
#include "views/theme.h"

#include <QFontMetricsF>

#include <cmath>

TimelineMetrics::Fonts TimelineMetrics::Fonts::forScale(double scale)
{
    const Appearance *appearance = Appearance::instance();
    return {appearance->font(Typography::Role::Caption, scale),
            appearance->font(Typography::Role::Label, scale),
            appearance->font(Typography::Role::Title, scale),
            appearance->font(Typography::Role::Body, scale)};
}

TimelineMetrics::TimelineMetrics()
    : TimelineMetrics(1.0, Fonts())
{}

TimelineMetrics::TimelineMetrics(double s, const Fonts &f)
    : scale(s)
    , hairline(std::max(1.0, s))
    , fonts(f)
    , foldFont(f.caption)
{
    const auto scaled = [s](auto &...lengths) { ((lengths *= s), ...); };
    scaled(card.padH, card.padV, card.strip, card.lineGap, card.radius, card.minWidth,
           card.maxWidth, card.shadow);
    for (Lane *lane : {&across, &down})
        scaled(lane->pad, lane->connector, lane->stem, lane->trackGap, lane->clearance);
    scaled(columnWidest, columnNarrowest);
    scaled(overview.bar, overview.labelGap, overview.columnGap, overview.grip, overview.current,
           overview.currentRing, overview.dot, overview.window, overview.windowGrow,
           overview.windowRadius, overview.windowPen, overview.yearTick, overview.yearSpacing,
           overview.yearSpacingV, overview.yearOffset, overview.yearSide);
    scaled(axis.pen, axis.eraPad, axis.eraInset, axis.eraMinimum, axis.tickAreaPad,
           axis.tickColumnPad, axis.tickLong, axis.tickShort, axis.labelTop, axis.labelOffset,
           axis.labelDrop, axis.labelColumnGap, axis.contextOffset, axis.hatchStep,
           axis.breakMinimum, axis.breakLabelPad, axis.foldStroke, axis.foldStrokeInset,
           axis.foldStrokeGap, axis.foldOverhang, axis.dayLabel, axis.weekLabel, axis.monthLabel,
           axis.quarterLabel, axis.yearLabel, axis.labelSpacing);
    scaled(events.cardGap, events.spanHalf, events.spanMinimum, events.bracket, events.bracketPen,
           events.marker, events.markerSelected, events.halo, events.markerRing, events.hollowRing,
           events.stem, events.stemSelected, events.markGap, events.hit, events.hitAxis,
           events.hitMarker, events.scrollMargin, events.focusRadius);
    scaled(empty.inset, empty.gap);

    foldFont.setWeight(QFont::DemiBold);
    captionHeight = QFontMetricsF(fonts.caption).height();
    labelHeight = QFontMetricsF(fonts.label).height();
    card.dateHeight = labelHeight;
    card.titleHeight = QFontMetricsF(fonts.title).height();
    card.ring = Painting::Metrics::forScale(s).ring;
    card.slack = card.ring + Card::TextSlack;
    axis.lineSpacing = 2 * captionHeight + axis.labelSpacing;
}

TimelineMetrics TimelineMetrics::forScale(double scale)
{
    return TimelineMetrics(scale, Fonts::forScale(scale));
}

double TimelineMetrics::markHeight(int count) const
{
    return (Events::MarkBase + Events::MarkGrowth * std::log2(double(count))) * scale;
}
