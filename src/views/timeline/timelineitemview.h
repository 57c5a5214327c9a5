#pragma once

#include "timelinescale.h"

#include <QAbstractItemView>
#include <QHash>
#include <QPixmap>
#include <QPointer>
#include <QStaticText>

#include <vector>

class QTouchEvent;
class QVariantAnimation;

// The timeline's events on a real time axis: an item view over TimelineModel
// (or a proxy of it) that paints every event itself, with no widget per event.
//
// Two strips share the space. The overview shows the whole span on a uniform
// scale, with the part the lane shows outlined. The lane below (or beside it,
// when vertical) is zoomable and pannable; its scale is a TimelineScale, so that
// empty years fold into a marked break and a busy week gets room to be read.
// Each event has a marker on the axis, a bar over the days it may have happened
// on when only its month is known, and a label card on one of several tracks.
// Layout is cached per zoom and size; painting touches only visible events.
class TimelineItemView : public QAbstractItemView
{
    Q_OBJECT

public:
    static constexpr double MinimumZoom = 1.0;

    explicit TimelineItemView(QWidget *parent = nullptr);
    ~TimelineItemView() override;

    void setModel(QAbstractItemModel *model) override;
    // The events that shape the axis: all of them, unfiltered, so that a filter
    // never moves the axis under the reader. Defaults to the view's model.
    void setAxisModel(QAbstractItemModel *model);
    // The eras (EraModel roles Start, End and the display name).
    void setEraModel(QAbstractItemModel *model);
    // The categories (CategoryModel), whose rows pick the theme's category colours.
    void setCategoryModel(QAbstractItemModel *model);

    Qt::Orientation orientation() const { return m_orientation; }
    void setOrientation(Qt::Orientation orientation);
    // The typographic scale (Typography::scaleFor of the whole view).
    double scale() const { return m_scale; }
    void setScale(double scale);

    // 1 shows the whole span; more shows less of it, larger.
    double zoom() const { return m_timeScale.zoom(); }
    // As far as zooming goes: the most stretched day of the axis fills a quarter
    // of the lane.
    double maximumZoom() const;
    // Zooms about the current event when it is on screen, else about the centre.
    void setZoom(double zoom);
    void zoomIn();
    void zoomOut();
    // Zooms by \a factor keeping the date under \a anchor (viewport coordinates) in place.
    void zoomBy(double factor, const QPointF &anchor);

    const TimelineScale &timeScale() const;
    // Where \a date starts along the axis, in viewport coordinates: x when
    // horizontal (decreasing with time when right to left), y when vertical.
    double axisPosition(QDate date) const;
    // The same on the overview's uniform scale.
    double overviewPosition(QDate date) const;
    QDate dateAt(const QPoint &point) const;
    // The first and the last day the lane shows.
    QDate firstVisibleDate() const;
    QDate lastVisibleDate() const;

    QRect overviewRect() const;
    QRect laneRect() const;
    // The days the event may have happened on, drawn along the axis.
    QRectF spanRect(const QModelIndex &index) const;
    // The event's label card; empty when the lane has no room for it.
    QRectF cardRect(const QModelIndex &index) const;
    QPointF markerCenter(const QModelIndex &index) const;
    // The events whose marker lies within the lane, in time order.
    QModelIndexList visibleIndexes() const;

    bool isAnimating() const;
    // Increases whenever rows come, go or move.
    int generation() const { return m_generation; }
    // Jumps to the end of a running scroll animation.
    void finishAnimation();

    QRect visualRect(const QModelIndex &index) const override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    QModelIndex indexAt(const QPoint &point) const override;
    void reset() override;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void zoomChanged(double zoom);

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    int horizontalOffset() const override;
    int verticalOffset() const override;
    bool isIndexHidden(const QModelIndex &index) const override;
    void setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command) override;
    QRegion visualRegionForSelection(const QItemSelection &selection) const override;
    void updateGeometries() override;
    void scrollContentsBy(int dx, int dy) override;

    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                     const QList<int> &roles = QList<int>()) override;
    void rowsInserted(const QModelIndex &parent, int start, int end) override;
    void rowsAboutToBeRemoved(const QModelIndex &parent, int start, int end) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;
    void selectionChanged(const QItemSelection &selected,
                          const QItemSelection &deselected) override;

    bool viewportEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
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
    // What the layout needs of an event, read from the model once per change.
    struct Event
    {
        QDate date;
        QDate earliest;
        QDate latest;
        QString dateText;
        QString title;
        double dateWidth = 0;
        double titleWidth = 0;
        double wrapWidth = 0; // the narrowest width that takes the title in two lines
        int category = -1;
        bool exactDay = true;
        bool approximate = false;
    };
    struct CardText
    {
        QStaticText date;
        QList<QStaticText> title;
    };
    struct Mark
    {
        double position;
        int count;
    };
    struct Geometry
    {
        QSizeF size;        // the viewport
        QRectF overview;    // the whole overview strip
        QRectF overviewBar; // its bar
        QRectF lane;
        QRectF eraStrip;      // era names, along the lane's far side
        double axisStart = 0; // viewport main coordinate of the axis origin
        double axisCross = 0; // the axis line: y when horizontal, x when vertical
        double pad = 0;       // room before the axis start and after its end
        double fitLength = 0;
        double stem = 0;       // shortest stem, from the axis to track 0
        double trackCross = 0; // card slot across the axis
        double trackGap = 0;
        int tracks = 0;
        double breakLength = 0;
    };

    bool isHorizontal() const { return m_orientation == Qt::Horizontal; }
    bool isOnScreen() const;
    enum Dirty {
        ScaleDirty = 0x1,    // the axis model or the eras changed
        EventsDirty = 0x2,   // the model's rows or data changed
        MetricsDirty = 0x4,  // fonts, scale or language changed
        GeometryDirty = 0x8, // size or orientation changed
        ItemsDirty = 0x10,   // zoom changed
        AllDirty = 0x1f,
    };
    void invalidate(int what);
    void ensureLayout() const;
    void readScale() const;
    void readEvents() const;
    void measureEvents() const;
    void computeGeometry() const;
    void computeItems() const;
    void settle(const std::vector<int> &rows, double inset, double gap, double limitStart,
                double limitEnd) const;
    void rebuildCategories();
    void updateScrollRange();
    void zoomAround(double zoom, double anchor);

    double offset() const;
    void setOffset(double offset);
    double maximumOffset() const;
    void animateTo(double offset);
    void panBy(double viewportDelta);
    // The offset that puts content position \a main at viewport main coordinate \a at.
    double offsetFor(double main, double at) const;

    // Content position along the axis <-> viewport main coordinate.
    double toView(double main) const;
    double toContent(double viewMain) const;
    double mainOf(const QPointF &point) const;
    QRectF alongAxis(double main0, double main1, double cross0, double cross1) const;
    QRectF cardRectOf(const Item &item) const;
    QRectF spanRectOf(const Item &item) const;
    QPointF markerOf(const Item &item) const;
    QRectF floatingCardOf(int row) const;
    QRect itemRect(int row) const;
    int rowAtMarker(double main, double tolerance) const;
    std::pair<size_t, size_t> visibleCards(double main0, double main1) const;
    QColor categoryColor(int category) const;
    const CardText &cardText(int row) const;

    void paintOverview(QPainter *painter) const;
    void paintOverviewCache(QPainter *painter) const;
    void paintConnectors(QPainter *painter) const;
    void paintBands(QPainter *painter) const;
    void paintTicks(QPainter *painter) const;
    void paintEvents(QPainter *painter) const;
    void paintCard(QPainter *painter, int row, const QRectF &rect, bool floating) const;
    void drawCard(QPainter *painter, int row, const QRectF &rect, bool floating) const;
    static qreal pixelRatio(const QPainter *painter);
    void paintEmpty(QPainter *painter) const;

    void handleTouch(QTouchEvent *event);
    void selectAt(const QPoint &point);
    void centreOnOverview(const QPointF &point, bool animate);
    void notifyAccessibleFocus(const QModelIndex &index);

    QPointer<QAbstractItemModel> m_axisModel;
    QPointer<QAbstractItemModel> m_eraModel;
    QPointer<QAbstractItemModel> m_categoryModel;
    QHash<QString, int> m_categories;
    Qt::Orientation m_orientation = Qt::Horizontal;
    double m_scale = 1.0;

    // The cached layout, rebuilt when size, zoom, scale or the events change.
    mutable TimelineScale m_timeScale;
    mutable Geometry m_geometry;
    mutable std::vector<Item> m_items;               // by row
    mutable std::vector<Event> m_events;             // by row
    mutable std::vector<int> m_order;                // rows by axis date
    mutable std::vector<int> m_rank;                 // position of each row in m_order
    mutable std::vector<int> m_cards;                // rows with a card, by card start
    mutable std::vector<Mark> m_marks;               // events without a card, by position
    mutable QHash<int, CardText> m_cardTexts;        // by row, for the cards painted so far
    mutable QHash<quint64, QPixmap> m_cardPixmaps;   // by row and state
    mutable std::pair<QFont, QFont> m_measuredFonts; // of the widths below
    mutable QHash<QString, double> m_dateWidths;
    mutable QHash<QString, double> m_titleWidths;
    mutable double m_maxCardMain = 0;
    mutable double m_maxSpanReach = 0;
    mutable int m_dirty = AllDirty;
    mutable QPixmap m_overviewCache;
    mutable bool m_overviewDirty = true;
    QPersistentModelIndex m_pendingScroll; // scrollTo before the view had a size
    ScrollHint m_pendingHint = EnsureVisible;
    int m_generation = 0; // counts changes of the rows, for the accessible children

    QVariantAnimation *m_animation;
    // Mouse and touch state.
    QPoint m_pressPoint;
    QPoint m_lastPoint;
    bool m_pressed = false;
    bool m_panning = false;
    bool m_overviewDrag = false;
    int m_hoverRow = -1;
    QPointF m_touchCentroid;
    double m_touchDistance = 0;
    int m_touchPoints = 0;
    bool m_touchMoved = false;
    QPointF m_touchStart;
};
