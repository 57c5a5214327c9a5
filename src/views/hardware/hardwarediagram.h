#pragma once

#include "content/content.h"

#include <QImage>
#include <QPersistentModelIndex>
#include <QStaticText>
#include <QWidget>

class HardwareModel;
class QItemSelection;
class QItemSelectionModel;

// The illustrated breakdown of DGX Spark: the box seen from above with its lid
// off and its rear panel folded into view, every part drawn in vector from the
// HardwareModel rows that have a diagram placement, with callout labels.
//
// One widget paints every part (no widget per part). Parts are selected by
// mouse, touch or keyboard through a QItemSelectionModel that the spec table
// shares, so a selection in either shows in both. Keyboard: Tab and Shift+Tab
// step through the parts in the model's order, the arrow keys move spatially,
// Home and End jump to the first and last part, Enter or Space selects.
class HardwareDiagram : public QWidget
{
    Q_OBJECT

public:
    // Where a part's callout label sits.
    enum class LabelSide { Top, Left, Right, Bottom };

    explicit HardwareDiagram(QWidget *parent = nullptr);
    ~HardwareDiagram() override;

    void setModel(HardwareModel *model);
    HardwareModel *model() const { return m_model; }
    // The selection model of the spec table; the diagram selects whole rows in it.
    void setSelectionModel(QItemSelectionModel *selectionModel);
    QItemSelectionModel *selectionModel() const { return m_selectionModel; }

    // The typographic scale (Typography::scaleFor of the view's size).
    void setScale(double scale);
    double scale() const { return m_scale; }

    // The parts, in the model's order: the order of Tab and of the kiosk tour.
    int partCount() const { return static_cast<int>(m_parts.size()); }
    int rowOfPart(int part) const;
    int partOfRow(int row) const;
    QString partName(int part) const;
    QString partDescription(int part) const;
    // The part's outline and its callout label, in widget coordinates.
    QRectF partRect(int part) const;
    QRectF labelRect(int part) const;
    LabelSide labelSide(int part) const;
    // The topmost part at \a position, its label included, or -1.
    int partAt(const QPointF &position) const;

    int selectedPart() const;
    void selectPart(int part);
    int focusedPart() const { return m_focused; }
    void setFocusedPart(int part);
    int hoveredPart() const { return m_hovered; }

    // The part that an arrow key moves to from \a part, or -1.
    int neighbour(int part, Qt::Key direction) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void focusedPartChanged(int part);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    struct Part
    {
        QPersistentModelIndex index;
        DiagramShape shape = DiagramShape::Chassis;
        QRectF design; // in the 100 x 100 design space
        int count = 1;
        int container = -1; // the smallest part that holds this one
        bool holdsParts = false;
        QString name;
        // Laid out in widget coordinates:
        QRectF rect;
        QPointF anchor;
        LabelSide side = LabelSide::Left;
        QRectF label;
        QPointF labelPoint; // where the leader line meets the label
        QStaticText text;   // the label, plain and bold
        QStaticText strongText;
        QPointF textOrigin;
        QPointF strongOrigin;
    };
    struct Colors;

    void rebuild();
    void relabel();
    void relayout();
    void ensureLayout();
    void setHovered(int part);
    void selectionChanged();
    void activate(int part);
    void announceFocus();

    QPointF toWidget(const QPointF &design) const;
    QRectF toWidget(const QRectF &design) const;
    QPointF navigationPoint(int part) const;
    Colors colors() const;

    void paintBackdrop(QPainter *painter, const Colors &c) const;
    // Under the traces that light up (glow, chassis, board), and over them.
    enum class Layer { Below, Above };
    void paintLayer(QPainter *painter, const Colors &c, Layer layer) const;
    enum class TraceMode { Quiet, Lit };
    void paintTraces(QPainter *painter, const Colors &c, TraceMode mode) const;
    void paintPart(QPainter *painter, const Colors &c, int part) const;
    void paintChassis(QPainter *painter, const Colors &c, const Part &part) const;
    void paintSuperchip(QPainter *painter, const Colors &c, const Part &part) const;
    void paintDie(QPainter *painter, const Colors &c, const Part &part) const;
    void paintLink(QPainter *painter, const Colors &c, const Part &part) const;
    void paintMemory(QPainter *painter, const Colors &c, const Part &part) const;
    void paintModule(QPainter *painter, const Colors &c, const Part &part) const;
    void paintNetwork(QPainter *painter, const Colors &c, const Part &part) const;
    void paintConnectors(QPainter *painter, const Colors &c, const Part &part) const;
    void paintPower(QPainter *painter, const Colors &c, const Part &part) const;
    void paintSoftware(QPainter *painter, const Colors &c, const Part &part) const;
    void paintState(QPainter *painter, const Colors &c, int part) const;
    enum class LeaderMode { Quiet, Selected, Highlighted };
    enum class LabelMode { Resting, Highlighted };
    // Hovered or keyboard-focused, and not selected.
    bool isHighlighted(int part) const;
    void paintLeaders(QPainter *painter, const Colors &c, LeaderMode mode) const;
    void paintLabels(QPainter *painter, const Colors &c, LabelMode mode) const;

    HardwareModel *m_model = nullptr;
    QItemSelectionModel *m_selectionModel = nullptr;
    std::vector<Part> m_parts;
    double m_scale = 1.0;
    double m_unit = 1.0;   // pixels per design unit
    QRectF m_designBounds; // the union of every part, in design units
    QPointF m_origin;      // where the design bounds' top left lands
    QSize m_laidOutSize;
    bool m_layoutDirty = true;
    int m_focused = -1;
    int m_hovered = -1;
    int m_pressed = -1;
    bool m_showFocus = false;
    // The illustration without states: under and over the traces that light up.
    QImage m_below;
    QImage m_above;
    QImage m_picture; // both layers and the selection's traces, opaque
    int m_pictureSelection = -1;
    QFont m_labelFont;
    QFont m_strongFont;
    QSize m_cacheSize;
    qreal m_cacheRatio = 0;
    bool m_cacheValid = false;
};
