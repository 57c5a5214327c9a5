#pragma once

#include "timelinemetrics.h"
#include "timelinescale.h"

#include <QDate>
#include <QHash>
#include <QLocale>
#include <QPoint>
#include <QRectF>
#include <QString>

#include <utility>
#include <vector>

// Where everything on the timeline goes: the strips of the view, the time axis,
// and for each event its marker, the span of days it may have happened on and
// its label card on a track. Events, eras, metrics and a viewport in; positions
// and rectangles out. It measures text but neither paints nor handles input,
// and it knows no widget or model: TimelineItemView feeds it, TimelinePainter
// and the view's hit tests read it.
//
// Positions along the axis ("main") are in content coordinates, from the axis
// origin at 0 to timeScale().length(). The rectangle functions take the scroll
// offset and return viewport coordinates, mirrored in right-to-left layouts.
class TimelineLayout
{
public:
    static constexpr double MinimumZoom = TimelineMetrics::MinimumZoom;

    // What the layout needs of an event.
    struct Event
    {
        QDate date;     // where it sits on the axis
        QDate earliest; // the first and the last day it may have happened on
        QDate latest;
        QString dateText;
        QString title;
        int category = -1; // a row of the category model, for the colour
        bool exactDay = true;
        bool approximate = false;
        // Set by the layout, in pixels:
        double dateWidth = 0;
        double titleWidth = 0;
        double wrapWidth = 0; // the narrowest width that takes the title in two lines
    };

    // Where an event goes.
    struct Item
    {
        double marker = 0;    // centre of the axis date, along the axis
        double spanStart = 0; // start of the earliest day
        double spanEnd = 0;   // end of the latest day
        double cardStart = 0; // where the card starts along the axis
        double cardMain = 0;  // card extent along the axis
        double cardCross = 0; // card extent across the axis
        int titleLines = 1;
        int track = -1; // -1: no room for a card
    };

    // Events without a card that share a pixel of the axis.
    struct Mark
    {
        double position;
        int count;
    };

    // The strips of the view, in viewport coordinates.
    struct Geometry
    {
        QSizeF size;        // the viewport
        QRectF overview;    // the whole overview strip
        QRectF overviewBar; // its bar
        QRectF lane;
        QRectF eraStrip;       // era names, along the lane's far side
        double axisStart = 0;  // viewport main coordinate of the axis origin
        double axisCross = 0;  // the axis line: y when horizontal, x when vertical
        double pad = 0;        // room before the axis start and after its end
        double fitLength = 0;  // the length of the whole axis at zoom 1
        double stem = 0;       // shortest stem, from the axis to track 0
        double trackCross = 0; // card slot across the axis
        double trackGap = 0;
        int tracks = 0;
        double breakLength = 0;
    };

    // What the widget tells the layout about itself.
    struct Viewport
    {
        QSizeF size;
        Qt::Orientation orientation = Qt::Horizontal;
        Qt::LayoutDirection direction = Qt::LeftToRight;
        QLocale locale;
    };

    // --- Input. Call update() after any of these before reading the results. ---

    // The events and eras that shape the axis (all of them, unfiltered).
    void setAxis(const std::vector<TimelineScale::EventSpan> &events,
                 const std::vector<TimelineScale::EraSpan> &eras);
    // The events shown, by row.
    void setEvents(std::vector<Event> events);
    void setMetrics(const TimelineMetrics &metrics);
    void setViewport(const Viewport &viewport);
    // Stretches the axis: 1 fits it in the lane. Takes effect at once on the
    // time scale; call it on an updated layout.
    void setZoom(double zoom);
    // Recomputes what the inputs changed.
    void update();
    // Increases whenever the items are laid out again.
    int revision() const { return m_revision; }

    // --- Results -----------------------------------------------------------------

    const TimelineMetrics &metrics() const { return m_metrics; }
    const Viewport &viewport() const { return m_viewport; }
    const Geometry &geometry() const { return m_geometry; }
    const TimelineScale &timeScale() const { return m_timeScale; }
    bool isHorizontal() const { return m_viewport.orientation == Qt::Horizontal; }
    bool isRightToLeft() const { return m_viewport.direction == Qt::RightToLeft; }

    const std::vector<Event> &events() const { return m_events; }
    const std::vector<Item> &items() const { return m_items; }
    int count() const { return int(m_items.size()); }
    const Event &event(int row) const { return m_events[static_cast<size_t>(row)]; }
    const Item &item(int row) const { return m_items[static_cast<size_t>(row)]; }
    // Rows by axis date, and the position of each row in that order.
    const std::vector<int> &order() const { return m_order; }
    int rank(int row) const { return m_rank[static_cast<size_t>(row)]; }
    // Rows with a card, by card start.
    const std::vector<int> &cards() const { return m_cards; }
    // Events without a card, by position.
    const std::vector<Mark> &marks() const { return m_marks; }
    double maximumCardLength() const { return m_maxCardMain; }
    // How far any span reaches from its marker.
    double maximumSpanReach() const { return m_maxSpanReach; }

    // The zoom at which the most stretched day fills a useful share of the lane.
    double maximumZoom() const;
    // The longest scroll offset.
    double maximumOffset() const;
    // How far a card starts before its marker when nothing pushes it.
    double cardInset() const;

    // --- Coordinates ---------------------------------------------------------------

    // Content position along the axis <-> viewport main coordinate.
    double toView(double main, double offset) const;
    double toContent(double viewMain, double offset) const;
    // The offset that puts content position \a main at viewport main coordinate \a at.
    double offsetFor(double main, double at) const;
    // x when horizontal, y when vertical.
    double mainOf(const QPointF &point) const { return isHorizontal() ? point.x() : point.y(); }
    // A rectangle from \a main0 to \a main1 along the axis and from \a cross0 to
    // \a cross1 away from it, on the cards' side.
    QRectF alongAxis(double main0, double main1, double cross0, double cross1, double offset) const;

    QRectF cardRect(int row, double offset) const;
    QRectF spanRect(int row, double offset) const;
    QPointF markerCenter(int row, double offset) const;
    // The card of an event that has no room on a track, when it is current:
    // over the first track, as close to its marker as the lane allows.
    QRectF floatingCardRect(int row, double offset) const;
    // The card where it is drawn: on its track, or floating.
    QRectF drawnCardRect(int row, double offset) const;
    // Marker, span and card: everything drawn of the event; with \a floating, its
    // floating card when it has none on a track.
    QRectF itemRect(int row, double offset, bool floating) const;

    // Where \a date starts on the overview's uniform scale.
    double overviewPosition(QDate date) const;
    // The day at \a point on the overview's bar, within the axis.
    QDate overviewDateAt(const QPointF &point) const;
    // The first and the last day the lane shows.
    QDate firstVisibleDate(double offset) const;
    QDate lastVisibleDate(double offset) const;

    // The range of cards() whose cards may overlap content positions \a main0 to \a main1.
    std::pair<size_t, size_t> cardsBetween(double main0, double main1) const;
    // The range of order() whose markers lie from \a main0 to \a main1.
    std::pair<size_t, size_t> markersBetween(double main0, double main1) const;
    // The row whose marker is nearest \a main, within \a tolerance; -1 when none is.
    int rowAtMarker(double main, double tolerance) const;

    // --- Hit testing and navigation ---------------------------------------------------

    // The event drawn at \a point: the current event's card (\a currentRow, or
    // -1), then the topmost card, then near the axis the nearest marker or a
    // span. -1 when there is none.
    int rowAt(const QPoint &point, double offset, int currentRow) const;
    // The events in view whose card, span or marker meets \a area.
    std::vector<int> rowsIn(const QRectF &area, double offset) const;
    // The first and the last position along the axis the event takes: its span,
    // its marker and its card.
    std::pair<double, double> extent(int row) const;
    // By rank, in time order: the first event of the next stretch of the axis
    // that has any, and the first of this stretch (from there, of the previous).
    int nextStretch(int rank) const;
    int previousStretch(int rank) const;
    // Where zooming holds still, as a viewport main coordinate: the current
    // event's marker (\a currentRow, or -1) while it is in the lane, else the
    // middle of the lane.
    double zoomAnchor(int currentRow, double offset) const;
    // Zooms to \a zoom keeping the moment at viewport coordinate \a anchor in
    // place, and returns the scroll offset that does. Call update() after it.
    double zoomAbout(double zoom, double anchor, double offset);

private:
    enum Dirty {
        MetricsDirty = 0x1,  // events or fonts: measure the text
        GeometryDirty = 0x2, // size, orientation, language or axis
        ItemsDirty = 0x4,    // zoom
    };
    void measureEvents();
    void computeGeometry();
    void computeItems();
    // Moves the cards of one track to where they are least displaced in all.
    void settle(const std::vector<int> &rows, double inset, double gap, double limitStart,
                double limitEnd);

    TimelineMetrics m_metrics;
    Viewport m_viewport;
    TimelineScale m_timeScale;
    Geometry m_geometry;
    std::vector<Event> m_events; // by row
    std::vector<Item> m_items;   // by row
    std::vector<int> m_order;
    std::vector<int> m_rank;
    std::vector<int> m_cards;
    std::vector<Mark> m_marks;
    double m_maxCardMain = 0;
    double m_maxSpanReach = 0;
    // Widths by text, for as long as the fonts and the card's width stay:
    // of dates, of the words of titles, and of whole titles (their width on
    // one line and the narrowest on two).
    struct TitleWidths
    {
        double oneLine = 0;
        double wrap = 0;
    };
    std::pair<QFont, QFont> m_measuredFonts;
    double m_measuredInner = 0;
    QHash<QString, double> m_dateWidths;
    QHash<QString, double> m_titleWidths;
    QHash<QString, TitleWidths> m_titles;
    int m_dirty = MetricsDirty | GeometryDirty | ItemsDirty;
    int m_revision = 0;
};
