#pragma once

#include "hardwarediagramlayout.h"
#include "models/modelfollower.h"

#include <QImage>
#include <QItemSelectionModel>
#include <QMetaObject>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QStaticText>
#include <QWidget>

#include <vector>

class QAbstractItemModel;
struct DiagramPalette;

// The illustrated breakdown of DGX Spark: the box seen from above with its lid
// off and its rear panel folded into view, every part drawn in vector from the
// rows of a HardwareModel that have a diagram placement, with callout labels.
//
// One widget paints every part (no widget per part). Where things go is the
// job of HardwareDiagramLayout, the drawing that of DiagramArt; this widget
// follows the model, owns input and selection, and keeps the drawing in
// pictures so that a repaint is a copy plus the states of hover and focus.
//
// Parts are selected by mouse, touch or keyboard through a QItemSelectionModel
// that the spec table shares, so a selection in either shows in both.
// Keyboard: Tab and Shift+Tab step through the parts in the model's order, the
// arrow keys move spatially, Home and End jump to the first and last part,
// Enter or Space selects.
class HardwareDiagram : public QWidget
{
    Q_OBJECT

public:
    // Where a part's callout label sits.
    using LabelSide = HardwareDiagramLayout::LabelSide;

    explicit HardwareDiagram(QWidget *parent = nullptr);
    ~HardwareDiagram() override;

    // A model with the rows and roles of HardwareModel. The diagram follows
    // it: a reset, a layout change or rows inserted, removed or moved rebuild
    // the parts, and changed data moves the labels or, where a placement
    // changed, rebuilds too. Setting the model it already has changes nothing.
    void setModel(QAbstractItemModel *model);
    QAbstractItemModel *model() const { return m_model.data(); }
    // The selection model of the spec table; the diagram selects whole rows in it.
    void setSelectionModel(QItemSelectionModel *selectionModel);
    QItemSelectionModel *selectionModel() const { return m_selectionModel.data(); }

    // The typographic scale (Typography::scaleFor of the view's size).
    void setScale(double scale);
    double scale() const { return m_scale; }

    // The parts, in the model's order: the order of Tab and of the kiosk tour.
    int partCount() const { return m_layout.count(); }
    int rowOfPart(int part) const;
    int partOfRow(int row) const;
    QString partName(int part) const;
    QString partDescription(int part) const;
    // The part's outline and its callout label, in widget coordinates. A part
    // whose label found no room has an empty label rectangle.
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
    // A part's label, laid out once per layout: plain, and bold for when the
    // part is selected, which runs wider and takes room on the side away
    // from the drawing.
    struct LabelText
    {
        QStaticText text;
        QPointF origin;
        QStaticText strong;
        QPointF strongOrigin;
    };

    void rebuild();
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                     const QList<int> &roles);
    void relayout();
    void ensureLayout() const;
    void setHovered(int part);
    void selectionChanged();
    void activate(int part);
    void announceFocus();

    // The drawing for the current selection: the two layers of the
    // illustration, drawn, copied from their pictures, or drawn one after the
    // other into one picture that is let go afterwards, with the selected
    // part's lit traces between them, then its leader and every label.
    enum class Layers { Drawn, Cached, Passing };
    void paintPicture(QPainter *painter, const DiagramPalette &palette, int selected,
                      Layers layers) const;
    void paintState(QPainter *painter, const DiagramPalette &palette, int part, int selected) const;
    // Hovered or keyboard-focused, and not selected.
    bool isHighlighted(int part, int selected) const;
    std::vector<int> highlightedParts(int selected) const;
    enum class LabelMode { Resting, Highlighted };
    void paintLabels(QPainter *painter, const DiagramPalette &palette, LabelMode mode,
                     int selected) const;

    QPointer<QAbstractItemModel> m_model;
    QPointer<QItemSelectionModel> m_selectionModel;
    std::vector<QMetaObject::Connection> m_selectionConnections;
    HardwareDiagramLayout m_layout;
    std::vector<QPersistentModelIndex> m_indexes; // of each part
    std::vector<int> m_partOfRow;                 // -1 for rows without a part
    double m_scale = 1.0;
    QSize m_laidOutSize;
    bool m_layoutDirty = true;
    int m_focused = -1;
    int m_hovered = -1;
    int m_pressed = -1;
    bool m_showFocus = false;
    std::vector<LabelText> m_labels; // of each part
    QFont m_labelFont;
    QFont m_strongFont;
    // The illustration without states: under and over the traces that light up.
    // Made for the second picture at one size and theme (a new selection),
    // not the first: a view shown once and left needs only its picture.
    QImage m_below;
    QImage m_above;
    QImage m_picture; // both layers and the selection's traces, opaque
    int m_pictureSelection = -1;
    QSize m_cacheSize;
    qreal m_cacheRatio = 0;
    bool m_cacheValid = false;
    // Last, so that it lets go of the model first.
    ModelFollower m_follower{
            this, [this] { rebuild(); },
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight,
                   const QList<int> &roles) { dataChanged(topLeft, bottomRight, roles); }};
};
