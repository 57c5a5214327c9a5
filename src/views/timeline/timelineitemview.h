#pragma once

#include "models/modelfollower.h"
#include "timelinelayout.h"
#include "timelinepainter.h"
#include "timelinescale.h"
#include "timelinetouch.h"
#include "views/common/carditemview.h"

#include <QHash>
#include <QList>
#include <QPointer>

#include <vector>

class QTouchEvent;
class TimelineScroller;

// The timeline's events on a real time axis: an item view over TimelineModel
// (or a proxy of it) that paints every event itself, with no widget per event.
//
// Two strips share the space. The overview shows the whole span on a uniform
// scale, with the part the lane shows outlined. The lane below (or beside it,
// when vertical) is zoomable and pannable; its scale is a TimelineScale, so that
// empty years fold into a marked break and a busy week gets room to be read.
// Each event has a marker on the axis, a bar over the days it may have happened
// on when only its month is known, and a label card on one of several tracks.
//
// The view wires three parts together, after KDE Dolphin's item views: it reads
// the models into a TimelineLayout (pure geometry, cached per zoom and size),
// hands each frame to a TimelinePainter (which touches only visible events),
// and keeps the item-view interface, scrolling, zoom and all input itself.
class TimelineItemView : public CardItemView
{
    Q_OBJECT

public:
    static constexpr double MinimumZoom = TimelineLayout::MinimumZoom;

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
    double zoom() const { return m_layout.timeScale().zoom(); }
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

    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    void reset() override;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void zoomChanged(double zoom);

protected:
    // The current event's card floats above the others.
    QRect rowRect(int row) const override;
    int rowAt(const QPoint &point) const override;
    QList<int> rowsIn(const QRect &rect) const override;
    Qt::Orientation scrollOrientation() const override { return m_orientation; }

    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
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
    enum Dirty {
        ScaleDirty = 0x1,    // the axis model or the eras changed
        EventsDirty = 0x2,   // the model's rows or data changed
        MetricsDirty = 0x4,  // fonts, scale or language changed
        GeometryDirty = 0x8, // size, orientation, direction or locale changed
        AllDirty = 0xf,
    };
    bool isHorizontal() const { return m_orientation == Qt::Horizontal; }
    bool isOnScreen() const;
    void invalidate(int what);
    // Feeds the layout what changed in the models and the widget, and updates it.
    void ensureLayout() const;
    void rebuildCategories();
    void updateScrollRange();
    void zoomAround(double zoom, double anchor);

    double offset() const;
    void setOffset(double offset);
    void animateTo(double offset);
    void panBy(double viewportDelta);
    // The current event's row, or -1.
    int currentRow() const;
    // Whether \a index is one of the laid-out events of the model.
    bool isLaidOut(const QModelIndex &index) const;

    void handleTouch(QTouchEvent *event);
    void selectAt(const QPoint &point);
    void centreOnOverview(const QPointF &point, bool animate);

    QPointer<QAbstractItemModel> m_axisModel;
    QPointer<QAbstractItemModel> m_eraModel;
    QPointer<QAbstractItemModel> m_categoryModel;
    // The view's own connections to each model, so that changing a model cuts
    // only these, never those QAbstractItemView keeps.
    QList<QMetaObject::Connection> m_modelConnections;
    // The axis spans the dates of all events, filtered or not; the eras and
    // the categories colour it. Their names change with the language.
    ModelFollower m_axisFollower{this, [this] { invalidate(ScaleDirty); }, [](auto &&...) {}};
    ModelFollower m_eraFollower{this, [this] { invalidate(ScaleDirty); },
                                [this](auto &&...) { viewport()->update(); }};
    ModelFollower m_categoryFollower{this, [this] { rebuildCategories(); }, [](auto &&...) {}};
    QHash<QString, int> m_categories;
    Qt::Orientation m_orientation = Qt::Horizontal;
    double m_scale = 1.0;

    // The layout, brought up to date on demand: reading it never waits for an event.
    mutable TimelineLayout m_layout;
    mutable int m_dirty = AllDirty;
    // The events of the filter's source model by source row, read once while
    // that model's rows, data and the categories stay: a filter's change only
    // picks from them. Empty when unknown.
    mutable std::vector<TimelineLayout::Event> m_sourceEvents;
    mutable bool m_sourceEventsRead = false;
    QList<QMetaObject::Connection> m_sourceConnections;
    void forgetSourceEvents()
    {
        m_sourceEventsRead = false;
        m_sourceEvents.clear();
    }
    void followSource();
    TimelinePainter m_painter;
    QPersistentModelIndex m_pendingScroll; // scrollTo before the view had a size
    ScrollHint m_pendingHint = EnsureVisible;
    int m_generation = 0; // counts changes of the rows, for the accessible children

    TimelineScroller *m_scroller;
    // Mouse and touch state.
    QPoint m_pressPoint;
    QPoint m_lastPoint;
    bool m_pressed = false;
    bool m_panning = false;
    bool m_overviewDrag = false;
    int m_hoverRow = -1;
    TimelineTouch m_touch;
};
