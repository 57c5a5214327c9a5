#include "hardwarediagram.h"

#include "diagramart.h"
#include "hardwarediagramaccessible.h"
#include "models/hardwaremodel.h"
#include "views/common/painting.h"
#include "views/theme.h"

#include <QAbstractItemModel>
#include <QAccessible>
#include <QEvent>
#include <QHelpEvent>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPaintEngine>
#include <QPainter>
#include <QTextOption>
#include <QToolTip>
#include <QTouchEvent>

#include <algorithm>
#include <cmath>
#include <optional>

namespace {

using LabelSide = HardwareDiagramLayout::LabelSide;

int role(HardwareModel::Role role)
{
    return static_cast<int>(role);
}

// What the diagram draws of a row: nothing for a row without a placement.
std::optional<HardwareDiagramLayout::Placement> placementOf(const QModelIndex &index)
{
    if (!index.data(role(HardwareModel::Role::HasDiagram)).toBool())
        return std::nullopt;
    HardwareDiagramLayout::Placement placement;
    placement.shape =
            static_cast<DiagramShape>(index.data(role(HardwareModel::Role::DiagramShape)).toInt());
    placement.design = index.data(role(HardwareModel::Role::DiagramRect)).toRectF();
    placement.count = std::max(1, index.data(role(HardwareModel::Role::DiagramCount)).toInt());
    placement.name = index.data(role(HardwareModel::Role::Name)).toString();
    if (placement.design.isEmpty())
        return std::nullopt;
    return placement;
}

// A label's text laid out in \a box: aligned towards the drawing, wrapped to
// the box, and in its own direction, so that English stays left to right in a
// right-to-left layout and only its alignment follows the layout.
QStaticText labelText(const QString &name, LabelSide side, const QFont &font, const QRectF &box)
{
    Qt::Alignment align = Qt::AlignHCenter;
    if (side == LabelSide::Left)
        align = Qt::AlignRight;
    else if (side == LabelSide::Right)
        align = Qt::AlignLeft;
    QTextOption option(align | Qt::AlignAbsolute);
    option.setWrapMode(QTextOption::WordWrap);
    option.setTextDirection(Qt::LayoutDirectionAuto);
    QStaticText text;
    text.setTextFormat(Qt::PlainText);
    text.setTextOption(option);
    text.setTextWidth(box.width() + 1);
    text.setText(name);
    text.prepare(QTransform(), font);
    return text;
}

} // namespace

HardwareDiagram::HardwareDiagram(QWidget *parent)
    : QWidget(parent)
{
    HardwareDiagramAccessible::install();
    // The model is held in a QPointer, null by then: the parts go.
    m_follower.setRebuildWhenDestroyed(true);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_AcceptTouchEvents);
    // Every pixel is painted: the picture carries the theme's background.
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    //: Accessible name of the illustrated breakdown of the machine
    setAccessibleName(tr("Hardware diagram"));
    setAccessibleDescription(
            //: Accessible description of the hardware diagram
            tr("The parts of the machine. Use the arrow keys to move between parts and Enter "
               "to select one."));
    connect(Appearance::instance(), &Appearance::themeChanged, this, [this] {
        m_cacheValid = false;
        update();
    });
    connect(Appearance::instance(), &Appearance::fontsChanged, this, [this] {
        m_layoutDirty = true;
        update();
    });
}

HardwareDiagram::~HardwareDiagram() = default;

void HardwareDiagram::setModel(QAbstractItemModel *model)
{
    if (!m_follower.setModel(model))
        return;
    m_model = model;
    rebuild();
}

void HardwareDiagram::setSelectionModel(QItemSelectionModel *selectionModel)
{
    if (m_selectionModel == selectionModel)
        return;
    for (const QMetaObject::Connection &connection : m_selectionConnections)
        disconnect(connection);
    m_selectionConnections.clear();
    m_selectionModel = selectionModel;
    if (m_selectionModel) {
        m_selectionConnections = {
                connect(m_selectionModel, &QItemSelectionModel::selectionChanged, this,
                        &HardwareDiagram::selectionChanged),
                connect(m_selectionModel, &QItemSelectionModel::modelChanged, this,
                        &HardwareDiagram::selectionChanged),
        };
    }
    selectionChanged();
}

void HardwareDiagram::setScale(double scale)
{
    if (qFuzzyCompare(scale, m_scale))
        return;
    m_scale = scale;
    m_layoutDirty = true;
    updateGeometry();
    update();
}

int HardwareDiagram::rowOfPart(int part) const
{
    if (part < 0 || part >= partCount())
        return -1;
    return m_indexes[static_cast<size_t>(part)].row();
}

int HardwareDiagram::partOfRow(int row) const
{
    // The map holds from one rebuild to the next model change; should anyone
    // ask in between, the parts' own rows answer.
    if (row >= 0 && row < static_cast<int>(m_partOfRow.size())) {
        const int part = m_partOfRow[static_cast<size_t>(row)];
        if (part >= 0 && m_indexes[static_cast<size_t>(part)].row() == row)
            return part;
    }
    for (int i = 0; i < partCount(); ++i) {
        if (m_indexes[static_cast<size_t>(i)].row() == row)
            return i;
    }
    return -1;
}

QString HardwareDiagram::partName(int part) const
{
    if (part < 0 || part >= partCount())
        return {};
    return m_layout.part(part).name;
}

QString HardwareDiagram::partDescription(int part) const
{
    if (part < 0 || part >= partCount())
        return {};
    const QModelIndex index = m_indexes[static_cast<size_t>(part)];
    const QString value = index.data(role(HardwareModel::Role::Value)).toString();
    const QString why = index.data(role(HardwareModel::Role::Why)).toString();
    QString text = value;
    if (index.data(role(HardwareModel::Role::Confidence)).toInt() == int(Confidence::Low))
        //: Accessible description of a part whose figure is approximate: %1 the figure
        text = tr("%1 (approximate)").arg(value);
    //: Accessible description of a part: %1 its specification, %2 why it matters
    return tr("%1. %2").arg(text, why);
}

QRectF HardwareDiagram::partRect(int part) const
{
    if (part < 0 || part >= partCount())
        return {};
    ensureLayout();
    return m_layout.part(part).rect;
}

QRectF HardwareDiagram::labelRect(int part) const
{
    if (part < 0 || part >= partCount())
        return {};
    ensureLayout();
    return m_layout.part(part).label;
}

HardwareDiagram::LabelSide HardwareDiagram::labelSide(int part) const
{
    if (part < 0 || part >= partCount())
        return LabelSide::Left;
    ensureLayout();
    return m_layout.part(part).side;
}

int HardwareDiagram::partAt(const QPointF &position) const
{
    ensureLayout();
    return m_layout.partAt(position);
}

int HardwareDiagram::selectedPart() const
{
    if (!m_selectionModel || !m_model)
        return -1;
    const QModelIndexList rows = m_selectionModel->selectedRows();
    return rows.isEmpty() ? -1 : partOfRow(rows.first().row());
}

void HardwareDiagram::selectPart(int part)
{
    if (!m_selectionModel || !m_model)
        return;
    if (part < 0 || part >= partCount()) {
        m_selectionModel->clearSelection();
        return;
    }
    const QModelIndex index = m_model->index(rowOfPart(part), 0);
    m_selectionModel->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                     QItemSelectionModel::Rows);
}

void HardwareDiagram::setFocusedPart(int part)
{
    if (part < -1 || part >= partCount())
        part = -1;
    if (part == m_focused)
        return;
    m_focused = part;
    update();
    announceFocus();
    Q_EMIT focusedPartChanged(part);
}

void HardwareDiagram::announceFocus()
{
    if (m_focused < 0 || !hasFocus() || !QAccessible::isActive())
        return;
    QAccessibleEvent event(this, QAccessible::Focus);
    event.setChild(m_focused);
    QAccessible::updateAccessibility(&event);
}

int HardwareDiagram::neighbour(int part, Qt::Key direction) const
{
    return m_layout.neighbour(part, direction);
}

QSize HardwareDiagram::sizeHint() const
{
    const int side = static_cast<int>(640 * m_scale);
    return {side, side};
}

QSize HardwareDiagram::minimumSizeHint() const
{
    return {200, 160};
}

void HardwareDiagram::rebuild()
{
    std::vector<HardwareDiagramLayout::Placement> placements;
    m_indexes.clear();
    m_partOfRow.clear();
    if (m_model) {
        const int rows = m_model->rowCount();
        m_partOfRow.assign(static_cast<size_t>(std::max(0, rows)), -1);
        for (int row = 0; row < rows; ++row) {
            const QModelIndex index = m_model->index(row, 0);
            std::optional<HardwareDiagramLayout::Placement> placement = placementOf(index);
            if (!placement)
                continue;
            m_partOfRow[static_cast<size_t>(row)] = static_cast<int>(placements.size());
            m_indexes.emplace_back(index);
            placements.push_back(std::move(*placement));
        }
    }
    m_layout.setParts(std::move(placements));
    m_labels.clear();
    if (m_focused >= partCount())
        m_focused = -1;
    m_hovered = -1;
    m_pressed = -1;
    m_layoutDirty = true;
    if (QAccessible::isActive()) {
        QAccessibleEvent event(this, QAccessible::ObjectReorder);
        QAccessible::updateAccessibility(&event);
    }
    update();
}

void HardwareDiagram::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                  const QList<int> &roles)
{
    if (!m_model || !topLeft.isValid() || !bottomRight.isValid())
        return;
    const auto changed = [&roles](std::initializer_list<int> which) {
        return roles.isEmpty() || std::any_of(which.begin(), which.end(),
                                              [&roles](int r) { return roles.contains(r); });
    };
    // A row that gains, loses or changes its placement rebuilds the parts; new
    // names only move the labels.
    const bool placements = changed(
            {role(HardwareModel::Role::HasDiagram), role(HardwareModel::Role::DiagramShape),
             role(HardwareModel::Role::DiagramRect), role(HardwareModel::Role::DiagramCount)});
    const bool names = changed({role(HardwareModel::Role::Name), Qt::DisplayRole});
    bool renamed = false;
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        const int part = partOfRow(row);
        if (placements) {
            const std::optional<HardwareDiagramLayout::Placement> placement = placementOf(index);
            const HardwareDiagramLayout::Part *drawn = part >= 0 ? &m_layout.part(part) : nullptr;
            if (placement.has_value() != (drawn != nullptr) ||
                (drawn && (placement->shape != drawn->shape || placement->design != drawn->design ||
                           placement->count != drawn->count))) {
                rebuild();
                return;
            }
        }
        if (names && part >= 0) {
            const QString name = index.data(role(HardwareModel::Role::Name)).toString();
            if (name != m_layout.part(part).name) {
                m_layout.setName(part, name);
                renamed = true;
            }
        }
    }
    if (renamed) {
        m_layoutDirty = true;
        update();
    }
}

void HardwareDiagram::ensureLayout() const
{
    // Laid out on demand: for a paint, a hit test or a question about a rect.
    if (m_layoutDirty || m_laidOutSize != size())
        const_cast<HardwareDiagram *>(this)->relayout();
}

void HardwareDiagram::relayout()
{
    m_layoutDirty = false;
    m_cacheValid = false;
    m_laidOutSize = size();
    m_labels.clear();
    if (m_layout.count() == 0 || width() <= 0 || height() <= 0)
        return;
    const QFont font = Appearance::instance()->font(Typography::Role::Label, m_scale);
    m_layout.layout(QSizeF(size()), m_scale, font);
    // The labels' text, laid out once: plain, and bold for the selected part.
    m_labelFont = font;
    m_strongFont = font;
    m_strongFont.setWeight(QFont::Bold);
    m_labels.resize(static_cast<size_t>(m_layout.count()));
    for (int i = 0; i < m_layout.count(); ++i) {
        const HardwareDiagramLayout::Part &p = m_layout.part(i);
        if (p.label.isEmpty())
            continue;
        LabelText &label = m_labels[static_cast<size_t>(i)];
        label.text = labelText(p.name, p.side, m_labelFont, p.label);
        label.origin = p.label.topLeft();
        const double extra = p.label.width() * 0.12 + 4;
        QRectF strong = p.label;
        if (p.side == LabelSide::Left)
            strong.setLeft(strong.left() - extra);
        else if (p.side == LabelSide::Right)
            strong.setRight(strong.right() + extra);
        else
            strong.adjust(-extra / 2, 0, extra / 2, 0);
        label.strong = labelText(p.name, p.side, m_strongFont, strong);
        label.strongOrigin = strong.topLeft();
    }
}

void HardwareDiagram::paintEvent(QPaintEvent *)
{
    ensureLayout();
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const Theme &theme = Appearance::instance()->theme();
    if (partCount() == 0) {
        painter.fillRect(rect(), theme.background);
        painter.setPen(theme.textMuted);
        painter.setFont(Appearance::instance()->font(Typography::Role::Body, m_scale));
        //: Shown where the hardware diagram would be when the content has no parts to draw
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("No parts to show"));
        return;
    }
    const DiagramPalette &palette = theme.diagram;
    const int selected = selectedPart();
    if (!painter.paintEngine() || painter.paintEngine()->type() != QPaintEngine::Raster) {
        // PDF and SVG exports get the drawing itself, in vector, layer by
        // layer, and everything stays inside the widget: those engines would
        // not clip it.
        painter.fillRect(rect(), theme.background);
        paintPicture(&painter, palette, selected, Layers::Drawn);
    } else {
        // On screen and in images, the illustration, which changes only with
        // size, theme and content, is drawn once into two layers, under and over
        // the traces that light up.
        const qreal ratio = std::max(1.0, std::abs(painter.deviceTransform().m11()));
        const QSize pixels = (QSizeF(size()) * ratio).toSize();
        if (!m_cacheValid || !qFuzzyCompare(ratio, m_cacheRatio) || m_cacheSize != size()) {
            m_cacheRatio = ratio;
            m_cacheSize = size();
            m_below = QImage();
            m_above = QImage();
            m_picture = QImage();
            m_cacheValid = true;
        }
        // The picture for the current selection: the layers with the selected
        // part's lit traces between them, its leader and every label, on the
        // theme's background, kept until the selection moves, so that a repaint
        // is one opaque copy plus the hover and focus states.
        if (m_picture.isNull() || m_pictureSelection != selected || m_picture.size() != pixels) {
            // The first picture draws its layers one after the other through
            // one image; a second one (the selection moved) keeps both, so
            // that the next ones only copy them. Either way the same pixels.
            const bool first = m_picture.isNull();
            if (!first && m_below.isNull()) {
                for (QImage *layer : {&m_below, &m_above}) {
                    *layer = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
                    layer->setDevicePixelRatio(ratio);
                    layer->fill(Qt::transparent);
                }
                QPainter below(&m_below);
                below.setRenderHint(QPainter::Antialiasing);
                DiagramArt::paintLayer(&below, palette, m_layout, rect(), m_scale,
                                       DiagramArt::Layer::Below);
                QPainter above(&m_above);
                above.setRenderHint(QPainter::Antialiasing);
                DiagramArt::paintLayer(&above, palette, m_layout, rect(), m_scale,
                                       DiagramArt::Layer::Above);
            }
            m_pictureSelection = selected;
            m_picture = QImage(pixels, QImage::Format_RGB32);
            m_picture.setDevicePixelRatio(ratio);
            m_picture.fill(theme.background);
            QPainter picture(&m_picture);
            picture.setRenderHint(QPainter::Antialiasing);
            paintPicture(&picture, palette, selected, first ? Layers::Passing : Layers::Cached);
        }
        painter.drawImage(QPointF(0, 0), m_picture);
    }
    for (int i = 0; i < partCount(); ++i)
        paintState(&painter, palette, i, selected);
    DiagramArt::paintLeaders(&painter, palette, m_layout, m_scale, DiagramArt::Leader::Highlighted,
                             highlightedParts(selected));
    paintLabels(&painter, palette, LabelMode::Highlighted, selected);
}

void HardwareDiagram::paintPicture(QPainter *painter, const DiagramPalette &palette, int selected,
                                   Layers layers) const
{
    const bool cached = layers == Layers::Cached;
    QImage passing;
    if (layers == Layers::Passing) {
        passing = QImage((QSizeF(size()) * m_cacheRatio).toSize(),
                         QImage::Format_ARGB32_Premultiplied);
        passing.setDevicePixelRatio(m_cacheRatio);
    }
    const auto paintLayer = [&](const QImage &image, DiagramArt::Layer layer) {
        if (cached) {
            painter->drawImage(QPointF(0, 0), image);
        } else if (layers == Layers::Passing) {
            passing.fill(Qt::transparent);
            QPainter into(&passing);
            into.setRenderHint(QPainter::Antialiasing);
            DiagramArt::paintLayer(&into, palette, m_layout, rect(), m_scale, layer);
            into.end();
            painter->drawImage(QPointF(0, 0), passing);
        } else {
            DiagramArt::paintLayer(painter, palette, m_layout, rect(), m_scale, layer);
        }
    };
    paintLayer(m_below, DiagramArt::Layer::Below);
    if (selected >= 0)
        DiagramArt::paintTraces(painter, palette, m_layout, DiagramArt::Traces::Lit, selected);
    paintLayer(m_above, DiagramArt::Layer::Above);
    std::vector<int> leader;
    if (selected >= 0)
        leader.push_back(selected);
    DiagramArt::paintLeaders(painter, palette, m_layout, m_scale, DiagramArt::Leader::Selected,
                             leader);
    paintLabels(painter, palette, LabelMode::Resting, selected);
}

void HardwareDiagram::paintState(QPainter *painter, const DiagramPalette &c, int index,
                                 int selectedIndex) const
{
    const HardwareDiagramLayout::Part &part = m_layout.part(index);
    const bool selected = index == selectedIndex;
    const bool hovered = index == m_hovered;
    const bool focused = index == m_focused && hasFocus() && m_showFocus;
    if (!selected && !hovered && !focused)
        return;
    const Painting::Metrics metrics = Painting::Metrics::forScale(m_scale);
    const double u = m_layout.unit();
    const double radius = part.shape == DiagramShape::Chassis ? 3.6 * u : std::min(1.2 * u, 8.0);
    const QRectF r = part.rect.adjusted(-0.5 * u, -0.5 * u, 0.5 * u, 0.5 * u);
    painter->save();
    painter->setBrush(Qt::NoBrush);
    if (selected) {
        QColor glow = c.accent;
        glow.setAlphaF(0.25f);
        painter->setPen(QPen(glow, metrics.ring * 3.2));
        painter->drawRoundedRect(r, radius, radius);
        painter->setPen(QPen(c.accent, metrics.ring));
        painter->drawRoundedRect(r, radius, radius);
    } else if (hovered) {
        QColor hover = c.labelHover;
        hover.setAlphaF(0.7f);
        painter->setPen(QPen(hover, std::max(1.0, metrics.ring * 0.6), Qt::DashLine));
        painter->drawRoundedRect(r, radius, radius);
    }
    painter->restore();
    if (focused)
        Painting::focusRing(painter, r, Appearance::instance()->theme(), m_scale, radius);
}

bool HardwareDiagram::isHighlighted(int part, int selected) const
{
    return part != selected &&
           (part == m_hovered || (part == m_focused && hasFocus() && m_showFocus));
}

std::vector<int> HardwareDiagram::highlightedParts(int selected) const
{
    std::vector<int> parts;
    for (int part : {std::min(m_hovered, m_focused), std::max(m_hovered, m_focused)}) {
        if (part >= 0 && part < partCount() && isHighlighted(part, selected) &&
            (parts.empty() || parts.back() != part))
            parts.push_back(part);
    }
    return parts;
}

void HardwareDiagram::paintLabels(QPainter *painter, const DiagramPalette &c, LabelMode mode,
                                  int selected) const
{
    painter->save();
    painter->setFont(m_labelFont);
    const auto draw = [&](int i) {
        const HardwareDiagramLayout::Part &p = m_layout.part(i);
        if (p.label.isEmpty() || i == selected)
            return;
        // Highlighted labels keep their font, so they cover their resting selves.
        painter->setPen(mode == LabelMode::Highlighted ? c.labelHover : c.label);
        const LabelText &label = m_labels[static_cast<size_t>(i)];
        painter->drawStaticText(label.origin, label.text);
    };
    if (mode == LabelMode::Highlighted) {
        for (int i : highlightedParts(selected))
            draw(i);
    } else {
        for (int i = 0; i < partCount(); ++i)
            draw(i);
    }
    if (mode == LabelMode::Resting && selected >= 0 && !m_layout.part(selected).label.isEmpty()) {
        painter->setFont(m_strongFont);
        painter->setPen(c.accentInk);
        const LabelText &label = m_labels[static_cast<size_t>(selected)];
        painter->drawStaticText(label.strongOrigin, label.strong);
    }
    painter->restore();
}

void HardwareDiagram::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_layoutDirty = true;
}

void HardwareDiagram::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Hardware diagram"));
        setAccessibleDescription(tr("The parts of the machine. Use the arrow keys to move "
                                    "between parts and Enter to select one."));
    }
    if (event->type() == QEvent::LayoutDirectionChange || event->type() == QEvent::FontChange) {
        m_layoutDirty = true;
        update();
    }
    QWidget::changeEvent(event);
}

bool HardwareDiagram::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
        event->accept();
        return true;
    case QEvent::TouchEnd: {
        // A tap selects; a drag that wanders off its part does nothing.
        auto *touch = static_cast<QTouchEvent *>(event);
        if (touch->points().size() == 1) {
            const QEventPoint &point = touch->points().first();
            const int part = partAt(point.position());
            if (part >= 0 && part == partAt(point.pressPosition())) {
                m_showFocus = false;
                activate(part);
            }
        }
        event->accept();
        return true;
    }
    case QEvent::ToolTip: {
        auto *help = static_cast<QHelpEvent *>(event);
        const int part = partAt(help->pos());
        if (part < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const QModelIndex index = m_indexes[static_cast<size_t>(part)];
        //: Tooltip of a part in the hardware diagram: %1 its name, %2 its specification
        QToolTip::showText(
                help->globalPos(),
                tr("%1\n%2").arg(partName(part),
                                 index.data(role(HardwareModel::Role::Value)).toString()),
                this, partRect(part).toAlignedRect());
        return true;
    }
    default:
        break;
    }
    return QWidget::event(event);
}

void HardwareDiagram::setHovered(int part)
{
    if (part == m_hovered)
        return;
    m_hovered = part;
    setCursor(part >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
    update();
}

void HardwareDiagram::mouseMoveEvent(QMouseEvent *event)
{
    setHovered(partAt(event->position()));
    QWidget::mouseMoveEvent(event);
}

void HardwareDiagram::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressed = partAt(event->position());
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

void HardwareDiagram::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        const int part = partAt(event->position());
        if (part >= 0 && part == m_pressed) {
            m_showFocus = false;
            activate(part);
        }
        m_pressed = -1;
        event->accept();
        return;
    }
    QWidget::mouseReleaseEvent(event);
}

void HardwareDiagram::leaveEvent(QEvent *event)
{
    setHovered(-1);
    QWidget::leaveEvent(event);
}

void HardwareDiagram::activate(int part)
{
    setFocusedPart(part);
    selectPart(part);
}

void HardwareDiagram::keyPressEvent(QKeyEvent *event)
{
    if (partCount() == 0) {
        QWidget::keyPressEvent(event);
        return;
    }
    const int key = event->key();
    int next = -2;
    switch (key) {
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
        next = m_focused < 0 ? 0 : neighbour(m_focused, Qt::Key(key));
        if (next < 0)
            next = m_focused;
        break;
    case Qt::Key_Home:
        next = 0;
        break;
    case Qt::Key_End:
        next = partCount() - 1;
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
    case Qt::Key_Select:
        m_showFocus = true;
        activate(m_focused < 0 ? 0 : m_focused);
        event->accept();
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    m_showFocus = true;
    setFocusedPart(next);
    update();
    event->accept();
}

void HardwareDiagram::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    switch (event->reason()) {
    case Qt::TabFocusReason:
        m_showFocus = true;
        setFocusedPart(partCount() > 0 ? 0 : -1);
        break;
    case Qt::BacktabFocusReason:
        m_showFocus = true;
        setFocusedPart(partCount() - 1);
        break;
    case Qt::MouseFocusReason:
        m_showFocus = false;
        break;
    default:
        m_showFocus = true;
        if (m_focused < 0)
            setFocusedPart(selectedPart() >= 0 ? selectedPart() : (partCount() > 0 ? 0 : -1));
        break;
    }
    announceFocus();
    update();
}

void HardwareDiagram::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}

bool HardwareDiagram::focusNextPrevChild(bool next)
{
    // Tab walks through the parts before it leaves the diagram.
    if (hasFocus() && partCount() > 0) {
        const int target = m_focused + (next ? 1 : -1);
        if (m_focused >= 0 && target >= 0 && target < partCount()) {
            m_showFocus = true;
            setFocusedPart(target);
            return true;
        }
    }
    return QWidget::focusNextPrevChild(next);
}

void HardwareDiagram::selectionChanged()
{
    const int part = selectedPart();
    // Keyboard navigation carries on from whatever was selected elsewhere.
    if (part >= 0 && part != m_focused)
        setFocusedPart(part);
    if (QAccessible::isActive() && part >= 0) {
        QAccessibleEvent event(this, QAccessible::SelectionAdd);
        event.setChild(part);
        QAccessible::updateAccessibility(&event);
    }
    update();
}
