#pragma once

#include "content/content.h"

#include <QFont>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <array>
#include <vector>

// Where the parts of the illustrated hardware diagram and their callout labels
// go at one size: geometry only, with no widget and no painting, so that it can
// be tested and measured on its own.
//
// Parts arrive in the 100 x 100 design space of the content. The layout finds
// which part holds which, scales the union of all parts into the room left
// between two label gutters, and places the labels: the chassis gets a
// dimension line on top, parts on the rear panel get labels underneath in up to
// two rows, and every other part a label on its nearer side, stacked by the
// height of what it points at. A side or a row with more labels than it could
// ever hold is thinned out: the labels that cannot get room of their own are
// left out rather than piled on top of each other.
//
// Cost: finding the holders looks only at the parts that share a cell of a grid
// over the design space; placing n labels is one sort per side and linear
// passes, n log n, and measures at most the labels that can get room, a number
// set by the size of the area, not by n.
class HardwareDiagramLayout
{
public:
    enum class LabelSide { Top, Left, Right, Bottom };

    // One part as the content places it. The rectangle must not be empty.
    struct Placement
    {
        DiagramShape shape = DiagramShape::Chassis;
        QRectF design; // in the design space
        int count = 1; // connectors, packages or cores the shape shows
        QString name;  // the label
    };

    struct Part
    {
        DiagramShape shape = DiagramShape::Chassis;
        QRectF design;
        int count = 1;
        QString name;
        int container = -1;      // the smallest part that holds this one, or -1
        bool holdsParts = false; // whether it is the container of another part
        // Laid out, in the coordinates of the area given to layout():
        QRectF rect;
        QPointF anchor; // where the leader line touches the part
        LabelSide side = LabelSide::Left;
        QRectF label;       // the label's text, or empty when it got no room
        QPointF labelPoint; // where the leader line meets the label
    };

    // Takes the parts, in the order the diagram lists them.
    void setParts(std::vector<Placement> placements);
    // Renames a part; its label moves at the next layout().
    void setName(int part, const QString &name);
    // Lays the parts and labels out in an area of \a size, with labels set in
    // \a font and spacing for the typographic \a scale.
    void layout(const QSizeF &size, double scale, const QFont &font);

    int count() const { return static_cast<int>(m_parts.size()); }
    const Part &part(int index) const { return m_parts[static_cast<size_t>(index)]; }
    const std::vector<Part> &parts() const { return m_parts; }

    // The union of every part, in design units.
    QRectF designBounds() const { return m_designBounds; }
    // Pixels per design unit, and where the design bounds landed.
    double unit() const { return m_unit; }
    QRectF drawnRect() const { return {m_origin, m_designBounds.size() * m_unit}; }
    QPointF toArea(const QPointF &design) const;
    QRectF toArea(const QRectF &design) const;

    // The first part of \a shape, or -1.
    int firstOf(DiagramShape shape) const;
    // The union of the parts that \a part holds directly, laid out; empty if none.
    QRectF heldBounds(int part) const;
    // Every part from the largest to the smallest: the order they are drawn in,
    // so that what sits inside a part is drawn over it.
    const std::vector<int> &paintOrder() const { return m_paintOrder; }

    // How many label texts the last layout() measured: the costly step, done
    // only for the labels that may get room.
    int measuredLabels() const { return m_measured; }

    // The topmost part at \a position, labels first, or -1.
    int partAt(const QPointF &position) const;
    // The part that the arrow key \a direction moves to from \a part, or -1:
    // the nearest one ahead, preferring what lies straight ahead.
    int neighbour(int part, Qt::Key direction) const;

private:
    void findContainers();
    void placeSide(std::vector<int> parts, LabelSide side);
    void placeBottom(std::vector<int> parts);
    void placeCaption(int chassis);
    QSizeF labelSize(const QString &name, double width);

    std::vector<Part> m_parts;
    std::vector<int> m_paintOrder;
    std::array<int, 16> m_first{}; // the first part of each shape, or -1
    std::vector<QRectF> m_held;
    QRectF m_designBounds;
    double m_unit = 1.0;
    QPointF m_origin;
    int m_measured = 0;

    // Measures of the current layout() call.
    struct Measures
    {
        QFont font;
        double line = 0;      // the height of one line of label text
        double gap = 0;       // the basic spacing
        double stub = 0;      // the horizontal run of a side leader
        double wrapWidth = 0; // the widest a side label may be
        QSizeF area;
    };
    Measures m_measures;
};
