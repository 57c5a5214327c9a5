#pragma once

// The insides of TimelinePainter, shared by the files that paint the timeline:
// timelinepainter.cpp (the frame, the overview, the events and their cards) and
// timelineaxispainter.cpp (the lane's eras and folds, the axis and its calendar).

#include "timelinelayout.h"
#include "timelinepainter.h"
#include "timelineticks.h"
#include "views/common/painting.h"
#include "views/theme.h"

#include <QPainter>

#include <cmath>
#include <vector>

namespace TimelinePainting {

// The timeline's colours, all drawn from the theme: how far each blends from
// one theme colour towards another.
struct Palette
{
    explicit Palette(const Theme &theme)
    {
        // High contrast draws its hairlines in white: the overview's bar takes
        // less of it, so that coloured dots still stand out on it.
        const bool stark = theme.id == Theme::Id::HighContrast;
        overviewBar = Painting::mix(theme.background, theme.border, stark ? 0.3 : 0.45);
        overviewEra = Painting::mix(theme.background, theme.border, stark ? 0.5 : 0.9);
        overviewTick = Painting::mix(theme.border, theme.textMuted, 0.5);
        window = theme.accent;
        window.setAlphaF(0.18f);
        edge = Painting::mix(theme.border, theme.textMuted, 0.3);
        hatch = Painting::mix(theme.background, theme.border, 0.8);
        axis = Painting::mix(theme.border, theme.textMuted, 0.55);
        mark = Painting::mix(theme.border, theme.textMuted, 0.6);
        stem = Painting::mix(theme.border, theme.textMuted, 0.45);
        halo = theme.accent;
        halo.setAlphaF(0.3f);
        card = theme.isDark() ? theme.surfaceRaised : theme.surface;
        cardHighlighted = Painting::mix(card, theme.text, 0.07);
        shadow = Qt::black;
        shadow.setAlphaF(theme.isDark() ? 0.5f : 0.18f);
        eraTint = theme.isDark() ? theme.surface : theme.surfaceRaised;
        background = theme.background;
    }

    // Eras alternate between two quiet tints, a step below the cards.
    QColor era(int parity) const
    {
        return Painting::mix(background, eraTint, parity % 2 ? 0.55 : 0.95);
    }

    // A span is a wash of its category's colour, stronger where only the month
    // is known, so that the uncertainty reads as a shape.
    static QColor span(QColor category, bool exactDay)
    {
        category.setAlphaF(exactDay ? 0.22f : 0.32f);
        return category;
    }

    QColor overviewBar;
    QColor overviewEra;
    QColor overviewTick;
    QColor window; // the lane's window on the overview
    QColor edge;   // between stretches of different scale
    QColor hatch;  // a fold
    QColor axis;
    QColor mark;
    QColor stem;
    QColor halo;
    QColor card;
    QColor cardHighlighted; // hovered or selected
    QColor shadow;          // under a floating card
    QColor eraTint;
    QColor background;
};

// The scale of the device painted on: the screen's, or an export's.
inline qreal pixelRatio(const QPainter *painter)
{
    const qreal ratio = std::abs(painter->deviceTransform().m11());
    return ratio > 0 ? ratio : 1.0;
}

} // namespace TimelinePainting

// One frame: the layout, the frame's state and the theme, read once.
class TimelinePainter::Pass
{
public:
    Pass(TimelinePainter &owner, QPainter *painter, const Frame &frame)
        : m_owner(owner)
        , m_layout(*owner.m_layout)
        , m_geometry(m_layout.geometry())
        , m_metrics(m_layout.metrics())
        , m_scale(m_metrics.scale)
        , m_locale(m_layout.viewport().locale)
        , m_painter(painter)
        , m_frame(frame)
        , m_theme(Appearance::instance()->theme())
        , m_palette(m_theme)
    {}

    void paint();

private:
    bool isHorizontal() const { return m_layout.isHorizontal(); }
    bool isRightToLeft() const { return m_layout.isRightToLeft(); }
    double offset() const { return m_frame.offset; }
    double toView(double main) const { return m_layout.toView(main, m_frame.offset); }
    bool isCurrent(int row) const { return row == m_frame.currentRow; }

    // timelinepainter.cpp
    void paintEmpty();
    void paintOverview();
    void paintOverviewCache(QPainter *painter) const;
    void paintConnectors();
    void paintEvents();
    void paintMarks(double windowStart, double windowEnd);
    void paintSpans(const std::vector<int> &rows);
    void paintStems(const std::vector<int> &rows);
    void paintMarkers(const std::vector<int> &rows);
    void paintCard(int row, const QRectF &rect, bool floating);
    void drawCard(QPainter *painter, int row, const QRectF &rect, bool floating);
    const CardText &cardText(int row);

    // timelineaxispainter.cpp
    void paintBands();
    void paintEraNames();
    void paintTicks();
    void paintFold(const TimelineScale::Segment &segment, double lo, double hi);
    void paintCalendar(const TimelineScale::Segment &segment, double lo, double hi);
    void paintTickLabelAcross(const TimelineTicks::Tick &tick, TimelineTicks::Step step, double p,
                              double pEnd, double lo, double hi);
    void paintTickLabelDown(const TimelineTicks::Tick &tick, TimelineTicks::Step step, double p,
                            double pEnd, double lo, double hi);

    TimelinePainter &m_owner;
    const TimelineLayout &m_layout;
    const TimelineLayout::Geometry &m_geometry;
    const TimelineMetrics &m_metrics;
    const double m_scale;
    const QLocale m_locale;
    QPainter *m_painter;
    const Frame &m_frame;
    const Theme &m_theme;
    const TimelinePainting::Palette m_palette;
};
