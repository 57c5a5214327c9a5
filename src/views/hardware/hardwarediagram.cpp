#include "hardwarediagram.h"

#include "hardwarediagramaccessible.h"
#include "models/hardwaremodel.h"
#include "views/common/painting.h"
#include "views/theme.h"

#include <QAccessible>
#include <QApplication>
#include <QEvent>
#include <QHelpEvent>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QStaticText>
#include <QTextOption>
#include <QToolTip>
#include <QTouchEvent>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;
using Painting::mix;

// Every colour of the illustration, derived from the theme so that dark, light
// and high-contrast each read as one drawing.
struct HardwareDiagram::Colors
{
    QColor glow;      // the soft light behind the box
    QColor body;      // the chassis top rim
    QColor bodyEdge;  // the chassis outline
    QColor bodyLight; // the highlight along the rim
    QColor face;      // the rear panel
    QColor floor;     // the board inside the box
    QColor floorGrid; // its faint grid
    QColor trace;     // copper traces
    QColor substrate; // chip packages
    QColor substrateEdge;
    QColor die; // silicon
    QColor dieEdge;
    QColor dieGrid;
    QColor metal;   // shields, screws, connector shells
    QColor opening; // the inside of a connector
    QColor card;    // module circuit boards
    QColor gold;    // contact fingers
    QColor outline; // part outlines where a theme wants them strong
    QColor halo;    // behind leader lines
    QColor label;
    QColor labelHover;
    QColor leader;
    QColor accent;
    QColor accentInk;
    QColor shadow;
    bool strongOutlines = false;
};

namespace {

constexpr double Epsilon = 1e-6;

double area(const QRectF &rect)
{
    return rect.width() * rect.height();
}

bool isConnector(DiagramShape shape)
{
    switch (shape) {
    case DiagramShape::Port:
    case DiagramShape::UsbC:
    case DiagramShape::Hdmi:
    case DiagramShape::Ethernet:
    case DiagramShape::Qsfp:
        return true;
    default:
        return false;
    }
}

// The connector faces of a connector part, side by side, at each kind's own
// proportions (width : height of the opening as seen on the rear panel).
QList<QRectF> connectorRects(DiagramShape shape, const QRectF &rect, int count)
{
    double aspect = 2.0;
    double fill = 0.78;
    switch (shape) {
    case DiagramShape::UsbC:
        aspect = 3.2;
        fill = 0.76;
        break;
    case DiagramShape::Hdmi:
        aspect = 3.3;
        fill = 0.84;
        break;
    case DiagramShape::Ethernet:
        aspect = 1.18;
        fill = 0.80;
        break;
    case DiagramShape::Qsfp:
        aspect = 2.15;
        fill = 0.84;
        break;
    default:
        break;
    }
    QList<QRectF> result;
    const int n = std::max(1, count);
    const double cell = rect.width() / n;
    double width = cell * fill;
    double height = width / aspect;
    if (height > rect.height() * 0.72) {
        height = rect.height() * 0.72;
        width = height * aspect;
    }
    for (int i = 0; i < n; ++i) {
        const QPointF centre(rect.left() + cell * (i + 0.5), rect.center().y());
        result.append(QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height));
    }
    return result;
}

// A trace with 45-degree chamfered corners through \a points.
QPainterPath chamfered(const QList<QPointF> &points, double chamfer)
{
    QPainterPath path;
    if (points.isEmpty())
        return path;
    path.moveTo(points.first());
    for (int i = 1; i + 1 < points.size(); ++i) {
        const QPointF a = points.at(i - 1);
        const QPointF b = points.at(i);
        const QPointF c = points.at(i + 1);
        const QPointF in = b - a;
        const QPointF out = c - b;
        const double lin = std::hypot(in.x(), in.y());
        const double lout = std::hypot(out.x(), out.y());
        const double cut = std::min({chamfer, lin / 2, lout / 2});
        if (lin < Epsilon || lout < Epsilon || cut < Epsilon) {
            path.lineTo(b);
            continue;
        }
        path.lineTo(b - in / lin * cut);
        path.lineTo(b + out / lout * cut);
    }
    path.lineTo(points.last());
    return path;
}

QRectF wrappedBounds(const QFontMetricsF &metrics, const QString &text, double width)
{
    return metrics.boundingRect(QRectF(0, 0, std::max(1.0, width), 1e6),
                                Qt::TextWordWrap | Qt::AlignLeft, text);
}

} // namespace

HardwareDiagram::HardwareDiagram(QWidget *parent)
    : QWidget(parent)
{
    HardwareDiagramAccessible::install();
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

void HardwareDiagram::setModel(HardwareModel *model)
{
    if (m_model == model)
        return;
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, &HardwareDiagram::rebuild);
        connect(m_model, &QAbstractItemModel::rowsInserted, this, &HardwareDiagram::rebuild);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &HardwareDiagram::rebuild);
        connect(m_model, &QAbstractItemModel::rowsMoved, this, &HardwareDiagram::rebuild);
        connect(m_model, &QAbstractItemModel::dataChanged, this, &HardwareDiagram::relabel);
    }
    rebuild();
}

void HardwareDiagram::setSelectionModel(QItemSelectionModel *selectionModel)
{
    if (m_selectionModel == selectionModel)
        return;
    if (m_selectionModel)
        disconnect(m_selectionModel, nullptr, this, nullptr);
    m_selectionModel = selectionModel;
    if (m_selectionModel) {
        connect(m_selectionModel, &QItemSelectionModel::selectionChanged, this,
                &HardwareDiagram::selectionChanged);
        connect(m_selectionModel, &QItemSelectionModel::modelChanged, this,
                &HardwareDiagram::selectionChanged);
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
    return m_parts[static_cast<size_t>(part)].index.row();
}

int HardwareDiagram::partOfRow(int row) const
{
    for (int i = 0; i < partCount(); ++i) {
        if (m_parts[static_cast<size_t>(i)].index.row() == row)
            return i;
    }
    return -1;
}

QString HardwareDiagram::partName(int part) const
{
    if (part < 0 || part >= partCount())
        return {};
    return m_parts[static_cast<size_t>(part)].name;
}

QString HardwareDiagram::partDescription(int part) const
{
    if (part < 0 || part >= partCount())
        return {};
    const QModelIndex index = m_parts[static_cast<size_t>(part)].index;
    const QString value = index.data(int(HardwareModel::Role::Value)).toString();
    const QString why = index.data(int(HardwareModel::Role::Why)).toString();
    QString text = value;
    if (index.data(int(HardwareModel::Role::Confidence)).toInt() == int(Confidence::Low))
        //: Accessible description of a part whose figure is approximate: %1 the figure
        text = tr("%1 (approximate)").arg(value);
    //: Accessible description of a part: %1 its specification, %2 why it matters
    return tr("%1. %2").arg(text, why);
}

QRectF HardwareDiagram::partRect(int part) const
{
    if (part < 0 || part >= partCount())
        return {};
    const_cast<HardwareDiagram *>(this)->ensureLayout();
    return m_parts[static_cast<size_t>(part)].rect;
}

QRectF HardwareDiagram::labelRect(int part) const
{
    if (part < 0 || part >= partCount())
        return {};
    const_cast<HardwareDiagram *>(this)->ensureLayout();
    return m_parts[static_cast<size_t>(part)].label;
}

HardwareDiagram::LabelSide HardwareDiagram::labelSide(int part) const
{
    if (part < 0 || part >= partCount())
        return LabelSide::Left;
    const_cast<HardwareDiagram *>(this)->ensureLayout();
    return m_parts[static_cast<size_t>(part)].side;
}

int HardwareDiagram::partAt(const QPointF &position) const
{
    const_cast<HardwareDiagram *>(this)->ensureLayout();
    // Labels first: they are the larger, clearer targets.
    for (int i = 0; i < partCount(); ++i) {
        if (m_parts[static_cast<size_t>(i)].label.contains(position))
            return i;
    }
    int best = -1;
    double bestArea = 0;
    for (int i = 0; i < partCount(); ++i) {
        const QRectF &rect = m_parts[static_cast<size_t>(i)].rect;
        if (rect.contains(position) && (best < 0 || area(rect) < bestArea)) {
            best = i;
            bestArea = area(rect);
        }
    }
    return best;
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

QPointF HardwareDiagram::navigationPoint(int part) const
{
    const Part &p = m_parts[static_cast<size_t>(part)];
    // A part that holds others is reached at its top edge, so that moving up
    // from a part inside it lands on it, and moving up again leaves it.
    if (p.holdsParts)
        return {p.design.center().x(), p.design.top() + 1.0};
    return p.design.center();
}

int HardwareDiagram::neighbour(int part, Qt::Key direction) const
{
    if (part < 0 || part >= partCount())
        return partCount() > 0 ? 0 : -1;
    const QPointF from = navigationPoint(part);
    int best = -1;
    double bestScore = 0;
    for (int i = 0; i < partCount(); ++i) {
        if (i == part)
            continue;
        const QPointF d = navigationPoint(i) - from;
        double along = 0;
        double across = 0;
        switch (direction) {
        case Qt::Key_Left:
            along = -d.x();
            across = d.y();
            break;
        case Qt::Key_Right:
            along = d.x();
            across = d.y();
            break;
        case Qt::Key_Up:
            along = -d.y();
            across = d.x();
            break;
        case Qt::Key_Down:
            along = d.y();
            across = d.x();
            break;
        default:
            return -1;
        }
        if (along <= Epsilon)
            continue;
        // Prefer what lies straight ahead over what is nearer but off to the side.
        const double score = along + 2.0 * std::abs(across);
        if (best < 0 || score < bestScore) {
            best = i;
            bestScore = score;
        }
    }
    return best;
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
    m_parts.clear();
    if (m_model) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex index = m_model->index(row, 0);
            if (!index.data(int(HardwareModel::Role::HasDiagram)).toBool())
                continue;
            Part part;
            part.index = index;
            part.shape = static_cast<DiagramShape>(
                    index.data(int(HardwareModel::Role::DiagramShape)).toInt());
            part.design = index.data(int(HardwareModel::Role::DiagramRect)).toRectF();
            part.count = std::max(1, index.data(int(HardwareModel::Role::DiagramCount)).toInt());
            part.name = index.data(int(HardwareModel::Role::Name)).toString();
            if (part.design.isEmpty())
                continue;
            m_parts.push_back(part);
        }
    }
    // Which part holds which: the smallest part that contains another.
    for (size_t i = 0; i < m_parts.size(); ++i) {
        double smallest = 0;
        for (size_t j = 0; j < m_parts.size(); ++j) {
            if (i == j)
                continue;
            const QRectF &outer = m_parts[j].design;
            if (outer.contains(m_parts[i].design) && area(outer) > area(m_parts[i].design) &&
                (m_parts[i].container < 0 || area(outer) < smallest)) {
                m_parts[i].container = static_cast<int>(j);
                smallest = area(outer);
            }
        }
    }
    for (const Part &part : m_parts) {
        if (part.container >= 0)
            m_parts[static_cast<size_t>(part.container)].holdsParts = true;
    }
    m_designBounds = QRectF();
    for (const Part &part : m_parts)
        m_designBounds = m_designBounds.united(part.design);
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

void HardwareDiagram::relabel()
{
    for (Part &part : m_parts)
        part.name = part.index.data(int(HardwareModel::Role::Name)).toString();
    m_layoutDirty = true;
    update();
}

void HardwareDiagram::ensureLayout()
{
    if (m_layoutDirty || m_laidOutSize != size())
        relayout();
}

QPointF HardwareDiagram::toWidget(const QPointF &design) const
{
    return m_origin + (design - m_designBounds.topLeft()) * m_unit;
}

QRectF HardwareDiagram::toWidget(const QRectF &design) const
{
    return {toWidget(design.topLeft()), toWidget(design.bottomRight())};
}

void HardwareDiagram::relayout()
{
    m_layoutDirty = false;
    m_cacheValid = false;
    m_laidOutSize = size();
    if (m_parts.empty() || width() <= 0 || height() <= 0)
        return;

    const QFont font = Appearance::instance()->font(Typography::Role::Label, m_scale);
    const QFontMetricsF metrics(font);
    const double line = metrics.height();
    const double gap = std::max(4.0, 10 * m_scale);
    const double w = width();
    const double h = height();

    // The chassis (its caption goes on top) and the bottom of its top face:
    // parts below that sit on the rear panel or outside the box, and take
    // their labels underneath.
    int chassis = -1;
    for (int i = 0; i < partCount(); ++i) {
        if (m_parts[static_cast<size_t>(i)].shape == DiagramShape::Chassis) {
            chassis = i;
            break;
        }
    }
    double faceBottom = m_designBounds.bottom() + 1;
    if (chassis >= 0) {
        const QRectF c = m_parts[static_cast<size_t>(chassis)].design;
        faceBottom = c.top() + std::min(c.width(), c.height());
    }
    QList<int> left;
    QList<int> right;
    QList<int> bottom;
    QList<int> ties;
    const double middle = chassis >= 0 ? m_parts[static_cast<size_t>(chassis)].design.center().x()
                                       : m_designBounds.center().x();
    for (int i = 0; i < partCount(); ++i) {
        Part &p = m_parts[static_cast<size_t>(i)];
        if (i == chassis) {
            p.side = LabelSide::Top;
        } else if (p.design.top() >= faceBottom - Epsilon) {
            p.side = LabelSide::Bottom;
            bottom.append(i);
        } else if (p.design.center().x() < middle - 0.5) {
            p.side = LabelSide::Left;
            left.append(i);
        } else if (p.design.center().x() > middle + 0.5) {
            p.side = LabelSide::Right;
            right.append(i);
        } else {
            ties.append(i);
        }
    }
    // Parts on the centre line go to whichever side has fewer labels.
    for (int i : std::as_const(ties)) {
        const bool toLeft = left.size() <= right.size();
        m_parts[static_cast<size_t>(i)].side = toLeft ? LabelSide::Left : LabelSide::Right;
        (toLeft ? left : right).append(i);
    }

    // Room for the labels on each side, as wide as the longest name needs
    // within limits; the box takes the rest.
    double longest = 0;
    for (const QList<int> *list : {&left, &right}) {
        for (int i : *list)
            longest = std::max(longest,
                               metrics.horizontalAdvance(m_parts[static_cast<size_t>(i)].name));
    }
    const double stub = 3 * gap;
    const double gutter = std::clamp(longest + stub + gap, 0.12 * w, 0.25 * w);
    const double wrapWidth = std::max(40.0, gutter - stub - gap);
    const double topRoom = chassis >= 0 ? line + 1.8 * gap : gap;
    const double bottomRoom = bottom.isEmpty() ? gap : 2 * gap + 2 * line + 0.6 * gap;
    const QRectF box(gutter, topRoom, std::max(1.0, w - 2 * gutter),
                     std::max(1.0, h - topRoom - bottomRoom));
    m_unit = std::min(box.width() / m_designBounds.width(), box.height() / m_designBounds.height());
    const QSizeF drawn = m_designBounds.size() * m_unit;
    m_origin = QPointF(box.center().x() - drawn.width() / 2, box.center().y() - drawn.height() / 2);
    const QRectF drawnRect(m_origin, drawn);

    for (Part &p : m_parts) {
        p.rect = toWidget(p.design);
        p.label = QRectF();
    }

    // Side labels: stacked by the height of what they point at, pushed apart
    // where they would overlap, and kept inside the widget.
    const auto placeSide = [&](QList<int> parts, LabelSide side) {
        for (int i : parts) {
            Part &p = m_parts[static_cast<size_t>(i)];
            const double inset = std::min(p.rect.width() * 0.22, 1.6 * m_unit);
            if (p.holdsParts) {
                const double corner = 1.4 * m_unit;
                p.anchor = QPointF(side == LabelSide::Left ? p.rect.left() + corner
                                                           : p.rect.right() - corner,
                                   p.rect.top() + corner);
            } else {
                p.anchor = QPointF(side == LabelSide::Left ? p.rect.left() + inset
                                                           : p.rect.right() - inset,
                                   p.rect.center().y());
            }
        }
        // Top to bottom; of two at one height, the one nearer the labels goes
        // first, so that the other's leader passes beneath it, not across it.
        std::sort(parts.begin(), parts.end(), [this, side](int a, int b) {
            const QPointF pa = m_parts[static_cast<size_t>(a)].anchor;
            const QPointF pb = m_parts[static_cast<size_t>(b)].anchor;
            if (std::abs(pa.y() - pb.y()) > 0.5)
                return pa.y() < pb.y();
            if (std::abs(pa.x() - pb.x()) > 0.5)
                return side == LabelSide::Left ? pa.x() < pb.x() : pa.x() > pb.x();
            return a < b;
        });
        QList<QSizeF> sizes;
        for (int i : parts) {
            const QRectF bounds =
                    wrappedBounds(metrics, m_parts[static_cast<size_t>(i)].name, wrapWidth);
            sizes.append(QSizeF(std::min(bounds.width(), wrapWidth), bounds.height()));
        }
        QList<double> tops;
        const double spacing = 0.8 * gap;
        double next = 0;
        for (int k = 0; k < parts.size(); ++k) {
            const double wanted = m_parts[static_cast<size_t>(parts.at(k))].anchor.y() - line / 2;
            const double top = std::max(wanted, next);
            tops.append(top);
            next = top + sizes.at(k).height() + spacing;
        }
        double limit = h;
        for (int k = static_cast<int>(parts.size()) - 1; k >= 0; --k) {
            tops[k] = std::max(0.0, std::min(tops.at(k), limit - sizes.at(k).height()));
            limit = tops.at(k) - spacing;
        }
        for (int k = 0; k < parts.size(); ++k) {
            Part &p = m_parts[static_cast<size_t>(parts.at(k))];
            const QSizeF size = sizes.at(k);
            if (side == LabelSide::Left) {
                const double x = drawnRect.left() - stub;
                p.label = QRectF(x - size.width(), tops.at(k), size.width(), size.height());
                p.labelPoint = QPointF(p.label.right() + gap * 0.5, tops.at(k) + line / 2);
            } else {
                const double x = drawnRect.right() + stub;
                p.label = QRectF(x, tops.at(k), size.width(), size.height());
                p.labelPoint = QPointF(p.label.left() - gap * 0.5, tops.at(k) + line / 2);
            }
        }
    };
    placeSide(left, LabelSide::Left);
    placeSide(right, LabelSide::Right);

    // Bottom labels: centred under their part, in a second row where
    // neighbours would collide.
    {
        std::sort(bottom.begin(), bottom.end(), [this](int a, int b) {
            return m_parts[static_cast<size_t>(a)].rect.center().x() <
                   m_parts[static_cast<size_t>(b)].rect.center().x();
        });
        double lowest = 0;
        for (const Part &p : m_parts) {
            if (p.side != LabelSide::Bottom)
                lowest = std::max(lowest, p.rect.bottom());
        }
        for (int i : std::as_const(bottom))
            lowest = std::max(lowest, m_parts[static_cast<size_t>(i)].rect.bottom());
        const double rowTop = lowest + 1.6 * gap;
        const double maxWidth = std::max(wrapWidth, 12 * m_unit);
        double rowRight[2] = {-1e9, -1e9};
        QList<QRectF> rects;
        QList<int> rows;
        double rowHeight = line;
        for (int i : std::as_const(bottom)) {
            Part &p = m_parts[static_cast<size_t>(i)];
            p.anchor = QPointF(p.rect.center().x(), p.rect.bottom() - 0.15 * p.rect.height());
            const QRectF bounds = wrappedBounds(metrics, p.name, maxWidth);
            const double width = std::min(bounds.width(), maxWidth);
            rowHeight = std::max(rowHeight, bounds.height());
            double x = std::clamp(p.anchor.x() - width / 2, 0.0, w - width);
            int row = 0;
            if (x < rowRight[0] + gap) {
                row = x >= rowRight[1] + gap || rowRight[1] < rowRight[0] ? 1 : 0;
                x = std::max(x, rowRight[row] + gap);
            }
            rowRight[row] = x + width;
            rects.append(QRectF(x, 0, width, bounds.height()));
            rows.append(row);
        }
        for (int k = 0; k < bottom.size(); ++k) {
            Part &p = m_parts[static_cast<size_t>(bottom.at(k))];
            QRectF rect = rects.at(k);
            rect.moveTop(rowTop + rows.at(k) * (rowHeight + 0.6 * gap));
            if (rect.right() > w)
                rect.moveRight(w);
            p.label = rect;
            p.labelPoint = QPointF(rect.center().x(), rect.top() - 0.4 * gap);
        }
    }

    // The chassis caption: a dimension line across the top of the box.
    if (chassis >= 0) {
        Part &p = m_parts[static_cast<size_t>(chassis)];
        const double width = std::min(metrics.horizontalAdvance(p.name), p.rect.width() * 0.8);
        p.label = QRectF(p.rect.center().x() - width / 2, p.rect.top() - 0.9 * gap - line, width,
                         line);
        p.anchor = QPointF(p.rect.center().x(), p.rect.top());
        p.labelPoint = p.label.center();
    }

    // The labels' text, laid out once: plain, and bold for the selected part,
    // which runs wider and takes room on the side away from the drawing.
    m_labelFont = font;
    m_strongFont = font;
    m_strongFont.setWeight(QFont::Bold);
    for (Part &p : m_parts) {
        Qt::Alignment align = Qt::AlignHCenter;
        if (p.side == LabelSide::Left)
            align = Qt::AlignRight;
        else if (p.side == LabelSide::Right)
            align = Qt::AlignLeft;
        QTextOption option(align | Qt::AlignAbsolute);
        option.setWrapMode(QTextOption::WordWrap);
        // Each text runs in its own direction: English stays left to right in a
        // right-to-left layout, only its alignment follows the layout.
        option.setTextDirection(Qt::LayoutDirectionAuto);
        const auto prepare = [&](QStaticText *text, const QFont &f, const QRectF &box) {
            text->setTextFormat(Qt::PlainText);
            text->setTextOption(option);
            text->setTextWidth(box.width() + 1);
            text->setText(p.name);
            text->prepare(QTransform(), f);
        };
        prepare(&p.text, m_labelFont, p.label);
        p.textOrigin = p.label.topLeft();
        const double extra = p.label.width() * 0.12 + 4;
        QRectF strong = p.label;
        if (p.side == LabelSide::Left)
            strong.setLeft(strong.left() - extra);
        else if (p.side == LabelSide::Right)
            strong.setRight(strong.right() + extra);
        else
            strong.adjust(-extra / 2, 0, extra / 2, 0);
        prepare(&p.strongText, m_strongFont, strong);
        p.strongOrigin = strong.topLeft();
    }
}

HardwareDiagram::Colors HardwareDiagram::colors() const
{
    const Theme &t = Appearance::instance()->theme();
    Colors c;
    c.accent = t.accent;
    c.accentInk = t.accentInk;
    c.label = t.textMuted;
    c.labelHover = t.text;
    c.halo = t.background;
    const QColor black(0, 0, 0);
    const QColor white(255, 255, 255);
    switch (t.id) {
    case Theme::Id::Dark:
        c.glow = mix(t.background, t.accent, 0.10);
        c.body = mix(t.surface, t.surfaceRaised, 0.6);
        c.bodyEdge = mix(t.border, t.text, 0.18);
        c.bodyLight = mix(t.border, t.text, 0.45);
        c.face = mix(t.background, t.surface, 0.55);
        c.floor = mix(t.background, t.accent, 0.035);
        c.floorGrid = mix(c.floor, t.accent, 0.07);
        c.trace = mix(c.floor, t.accent, 0.2);
        c.substrate = mix(t.surface, t.accent, 0.13);
        c.substrateEdge = mix(c.substrate, t.accent, 0.35);
        c.die = mix(t.background, black, 0.45);
        c.dieEdge = mix(t.border, t.accent, 0.25);
        c.dieGrid = mix(c.die, t.accent, 0.2);
        c.metal = mix(t.textMuted, t.surface, 0.45);
        c.opening = mix(t.background, black, 0.7);
        c.card = mix(t.surface, t.accent, 0.07);
        c.gold = mix(t.category(6), t.surface, 0.35);
        c.outline = mix(t.border, t.text, 0.15);
        c.leader = mix(t.textMuted, t.background, 0.35);
        c.shadow = QColor(0, 0, 0, 150);
        break;
    case Theme::Id::Light:
        c.glow = mix(t.background, t.accent, 0.10);
        c.body = t.surface;
        c.bodyEdge = mix(t.border, t.text, 0.3);
        c.bodyLight = white;
        c.face = mix(t.surfaceRaised, t.border, 0.5);
        c.floor = mix(t.surfaceRaised, t.accent, 0.05);
        c.floorGrid = mix(c.floor, t.text, 0.05);
        c.trace = mix(c.floor, t.accent, 0.32);
        c.substrate = mix(t.surface, t.accent, 0.28);
        c.substrateEdge = mix(c.substrate, t.text, 0.25);
        c.die = mix(t.text, t.surface, 0.12);
        c.dieEdge = mix(t.text, t.surface, 0.35);
        c.dieGrid = mix(c.die, t.accent, 0.32);
        c.metal = mix(t.textMuted, t.surface, 0.4);
        c.opening = mix(t.text, t.surface, 0.1);
        c.card = mix(t.surface, t.accent, 0.2);
        c.gold = mix(t.category(3), t.surface, 0.25);
        c.outline = mix(t.border, t.text, 0.3);
        c.leader = mix(t.textMuted, t.background, 0.3);
        c.shadow = QColor(30, 40, 20, 70);
        break;
    case Theme::Id::HighContrast:
        c.glow = t.background;
        c.body = black;
        c.bodyEdge = t.border;
        c.bodyLight = t.border;
        c.face = black;
        c.floor = black;
        c.floorGrid = black;
        c.trace = mix(black, t.accent, 0.55);
        c.substrate = black;
        c.substrateEdge = t.border;
        c.die = black;
        c.dieEdge = t.border;
        c.dieGrid = mix(black, t.accent, 0.45);
        c.metal = mix(t.text, black, 0.2);
        c.opening = black;
        c.card = black;
        c.gold = t.category(6);
        c.outline = t.border;
        c.leader = t.textMuted;
        c.shadow = QColor(0, 0, 0, 0);
        c.strongOutlines = true;
        break;
    }
    return c;
}

void HardwareDiagram::paintEvent(QPaintEvent *)
{
    ensureLayout();
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    if (m_parts.empty()) {
        const Theme &theme = Appearance::instance()->theme();
        painter.fillRect(rect(), theme.background);
        painter.setPen(theme.textMuted);
        painter.setFont(Appearance::instance()->font(Typography::Role::Body, m_scale));
        //: Shown where the hardware diagram would be when the content has no parts to draw
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("No parts to show"));
        return;
    }
    const Colors c = colors();
    const int selected = selectedPart();
    // PDF and SVG exports get the drawing itself, in vector, layer by layer.
    if (!painter.paintEngine() || painter.paintEngine()->type() != QPaintEngine::Raster) {
        // Everything stays inside the widget: those engines would not clip it.
        painter.fillRect(rect(), Appearance::instance()->theme().background);
        paintLayer(&painter, c, Layer::Below);
        if (selected >= 0)
            paintTraces(&painter, c, TraceMode::Lit);
        paintLayer(&painter, c, Layer::Above);
        paintLeaders(&painter, c, LeaderMode::Selected);
        paintLabels(&painter, c, LabelMode::Resting);
    } else {
        // On screen and in images, the illustration, which changes only with
        // size, theme and content, is drawn once into two layers, under and over
        // the traces that light up.
        const qreal ratio = std::max(1.0, std::abs(painter.deviceTransform().m11()));
        const QSize pixels = (QSizeF(size()) * ratio).toSize();
        if (!m_cacheValid || !qFuzzyCompare(ratio, m_cacheRatio) || m_cacheSize != size()) {
            m_cacheRatio = ratio;
            m_cacheSize = size();
            for (QImage *layer : {&m_below, &m_above}) {
                *layer = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
                layer->setDevicePixelRatio(ratio);
                layer->fill(Qt::transparent);
            }
            m_picture = QImage();
            QPainter below(&m_below);
            below.setRenderHint(QPainter::Antialiasing);
            paintLayer(&below, c, Layer::Below);
            QPainter above(&m_above);
            above.setRenderHint(QPainter::Antialiasing);
            paintLayer(&above, c, Layer::Above);
            m_cacheValid = true;
        }
        // The picture for the current selection: the layers with the selected
        // part's lit traces between them, its leader and every label, on the
        // theme's background, kept until the selection moves, so that a repaint
        // is one opaque copy plus the hover and focus states.
        if (m_picture.isNull() || m_pictureSelection != selected || m_picture.size() != pixels) {
            m_pictureSelection = selected;
            m_picture = QImage(pixels, QImage::Format_RGB32);
            m_picture.setDevicePixelRatio(ratio);
            m_picture.fill(Appearance::instance()->theme().background);
            QPainter picture(&m_picture);
            picture.setRenderHint(QPainter::Antialiasing);
            picture.drawImage(QPointF(0, 0), m_below);
            if (selected >= 0)
                paintTraces(&picture, c, TraceMode::Lit);
            picture.drawImage(QPointF(0, 0), m_above);
            paintLeaders(&picture, c, LeaderMode::Selected);
            paintLabels(&picture, c, LabelMode::Resting);
        }
        painter.drawImage(QPointF(0, 0), m_picture);
    }
    for (int i = 0; i < partCount(); ++i)
        paintState(&painter, c, i);
    paintLeaders(&painter, c, LeaderMode::Highlighted);
    paintLabels(&painter, c, LabelMode::Highlighted);
}

void HardwareDiagram::paintLayer(QPainter *painter, const Colors &c, Layer layer) const
{
    // Larger parts first, so that what sits inside a part is drawn over it.
    std::vector<int> order(m_parts.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
        return area(m_parts[static_cast<size_t>(a)].design) >
               area(m_parts[static_cast<size_t>(b)].design);
    });
    if (layer == Layer::Below) {
        // The glow, the chassis and the board's traces.
        paintBackdrop(painter, c);
        for (int i : order) {
            if (m_parts[static_cast<size_t>(i)].shape == DiagramShape::Chassis)
                paintPart(painter, c, i);
        }
        paintTraces(painter, c, TraceMode::Quiet);
    } else {
        // Every other part, and the leader lines at rest.
        for (int i : order) {
            if (m_parts[static_cast<size_t>(i)].shape != DiagramShape::Chassis)
                paintPart(painter, c, i);
        }
        paintLeaders(painter, c, LeaderMode::Quiet);
    }
}

void HardwareDiagram::paintBackdrop(QPainter *painter, const Colors &c) const
{
    const QColor background = Appearance::instance()->theme().background;
    if (c.glow == background)
        return;
    // A soft light behind the box, fading into the background. Opaque colours
    // only: PDF drops the alpha of gradient stops.
    const QRectF drawn(m_origin, m_designBounds.size() * m_unit);
    QRadialGradient glow(drawn.center(), std::max(drawn.width(), drawn.height()) * 0.75);
    glow.setColorAt(0, c.glow);
    glow.setColorAt(1, background);
    painter->fillRect(rect(), glow);
}

void HardwareDiagram::paintTraces(QPainter *painter, const Colors &c, TraceMode mode) const
{
    int hub = -1;
    for (int i = 0; i < partCount(); ++i) {
        if (m_parts[static_cast<size_t>(i)].shape == DiagramShape::Superchip) {
            hub = i;
            break;
        }
    }
    if (hub < 0)
        return;
    const Part &chip = m_parts[static_cast<size_t>(hub)];
    const int selected = selectedPart();
    const double u = m_unit;
    const QRectF pkg = chip.rect;
    QRectF faceFloor;
    for (const Part &p : m_parts) {
        if (p.shape == DiagramShape::Chassis) {
            const double side = std::min(p.rect.width(), p.rect.height());
            faceFloor = QRectF(p.rect.topLeft(), QSizeF(p.rect.width(), side))
                                .adjusted(2.4 * u, 2.4 * u, -2.4 * u, -2.4 * u);
        }
    }
    painter->save();
    for (int i = 0; i < partCount(); ++i) {
        const Part &p = m_parts[static_cast<size_t>(i)];
        if (i == hub || p.container == hub || p.holdsParts || p.shape == DiagramShape::Chassis ||
            p.shape == DiagramShape::Power || p.shape == DiagramShape::Software)
            continue;
        // Where the trace ends: the part itself, or for a connector on the rear
        // panel the inside of the rear wall above it.
        QRectF target = p.rect;
        if (isConnector(p.shape) && faceFloor.isValid() && p.rect.top() >= faceFloor.bottom()) {
            target = QRectF(p.rect.left(), faceFloor.bottom() - 0.6 * u, p.rect.width(), 0.6 * u);
        }
        const QPointF t = target.center();
        const bool horizontal = t.y() > pkg.top() + u && t.y() < pkg.bottom() - u &&
                                (t.x() < pkg.left() || t.x() > pkg.right());
        const int lanes = p.shape == DiagramShape::Memory ? 7 : 3;
        const double pitch = 0.9 * u;
        // Quiet: every trace, unlit. Lit: only the selected part's, over them.
        const bool lit = mode == TraceMode::Lit;
        if (lit && selected != i && selected != hub)
            continue;
        QPen pen(lit ? c.accent : c.trace, std::max(1.0, 0.32 * u), Qt::SolidLine, Qt::FlatCap,
                 Qt::MiterJoin);
        if (lit) {
            QColor glow = c.accent;
            glow.setAlphaF(0.22);
            QPen glowPen(glow, pen.widthF() * 4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
            painter->setPen(glowPen);
        }
        for (int pass = lit ? 0 : 1; pass < 2; ++pass) {
            if (pass == 1)
                painter->setPen(pen);
            for (int k = 0; k < lanes; ++k) {
                const double o = (k - (lanes - 1) / 2.0) * pitch;
                QList<QPointF> points;
                if (horizontal) {
                    const double y = std::clamp(t.y(), pkg.top() + 2 * u, pkg.bottom() - 2 * u) + o;
                    const bool toLeft = t.x() < pkg.left();
                    const double x0 = toLeft ? pkg.left() : pkg.right();
                    const double x1 = toLeft ? target.right() : target.left();
                    points = {QPointF(x0, y), QPointF(x1, y)};
                } else {
                    const bool down = t.y() > pkg.center().y();
                    const double y0 = down ? pkg.bottom() : pkg.top();
                    const double y1 = down ? target.top() : target.bottom();
                    const double x0 = std::clamp(t.x(), pkg.left() + 2 * u, pkg.right() - 2 * u);
                    // Leave the package straight, then run across with a
                    // chamfered bend, then straight into the part.
                    // Lanes turn in order so that they never cross.
                    const double sx = t.x() >= x0 ? 1 : -1;
                    const double sy = down ? 1 : -1;
                    const double base = 1.5 * u + (lanes - 1) * pitch / 2;
                    const double bendY = y0 + sy * (base - sx * o);
                    if (std::abs(t.x() - x0) < 2 * u) {
                        points = {QPointF(x0 + o, y0), QPointF(x0 + o, y1)};
                    } else {
                        points = {QPointF(x0 + o, y0), QPointF(x0 + o, bendY),
                                  QPointF(t.x() + o, bendY), QPointF(t.x() + o, y1)};
                    }
                }
                painter->drawPath(chamfered(points, 1.2 * u));
            }
        }
    }
    painter->restore();
}

void HardwareDiagram::paintPart(QPainter *painter, const Colors &c, int index) const
{
    const Part &part = m_parts[static_cast<size_t>(index)];
    painter->save();
    switch (part.shape) {
    case DiagramShape::Chassis:
        paintChassis(painter, c, part);
        break;
    case DiagramShape::Superchip:
        paintSuperchip(painter, c, part);
        break;
    case DiagramShape::Cpu:
    case DiagramShape::Gpu:
        paintDie(painter, c, part);
        break;
    case DiagramShape::Link:
        paintLink(painter, c, part);
        break;
    case DiagramShape::Memory:
        paintMemory(painter, c, part);
        break;
    case DiagramShape::Storage:
    case DiagramShape::Wireless:
        paintModule(painter, c, part);
        break;
    case DiagramShape::Network:
        paintNetwork(painter, c, part);
        break;
    case DiagramShape::Port:
    case DiagramShape::UsbC:
    case DiagramShape::Hdmi:
    case DiagramShape::Ethernet:
    case DiagramShape::Qsfp:
        paintConnectors(painter, c, part);
        break;
    case DiagramShape::Power:
        paintPower(painter, c, part);
        break;
    case DiagramShape::Software:
        paintSoftware(painter, c, part);
        break;
    }
    painter->restore();
}

void HardwareDiagram::paintChassis(QPainter *painter, const Colors &c, const Part &part) const
{
    const double u = m_unit;
    const QRectF r = part.rect;
    const double side = std::min(r.width(), r.height());
    const QRectF top(r.topLeft(), QSizeF(r.width(), side));
    const double radius = 3.6 * u;

    // A soft shadow beneath the whole body.
    painter->setPen(Qt::NoPen);
    for (int i = 4; i >= 1; --i) {
        QColor shade = c.shadow;
        shade.setAlphaF(c.shadow.alphaF() * 0.22);
        painter->setBrush(shade);
        const double grow = i * 0.7 * u;
        painter->drawRoundedRect(r.adjusted(-grow * 0.6, grow * 0.2, grow * 0.6, grow * 1.1),
                                 radius + grow, radius + grow);
    }

    // The rear panel, folded down into view beneath the top face.
    if (r.height() > side + Epsilon) {
        QLinearGradient faceFill(r.left(), top.bottom(), r.left(), r.bottom());
        faceFill.setColorAt(0, mix(c.face, c.bodyLight, 0.08));
        faceFill.setColorAt(1, c.face);
        painter->setBrush(faceFill);
        painter->setPen(QPen(c.bodyEdge, std::max(1.0, 0.18 * u)));
        painter->drawRoundedRect(r.adjusted(0.1 * u, 0.1 * u, -0.1 * u, -0.1 * u), radius, radius);
        // The seam between top and rear face.
        painter->setPen(QPen(mix(c.bodyEdge, c.bodyLight, 0.3), std::max(1.0, 0.2 * u)));
        painter->drawLine(QPointF(r.left() + 0.6 * u, top.bottom() + 0.2 * u),
                          QPointF(r.right() - 0.6 * u, top.bottom() + 0.2 * u));
    }

    // The top rim, lit from the top left.
    QLinearGradient rim(top.topLeft(), top.bottomRight());
    rim.setColorAt(0, mix(c.body, c.bodyLight, 0.18));
    rim.setColorAt(1, c.body);
    painter->setBrush(rim);
    painter->setPen(QPen(c.bodyEdge, std::max(1.0, 0.2 * u)));
    painter->drawRoundedRect(top, radius, radius);

    // The board inside, with a faint grid.
    const double wall = 2.4 * u;
    const QRectF floor = top.adjusted(wall, wall, -wall, -wall);
    const double floorRadius = std::max(0.0, radius - wall * 0.6);
    painter->setBrush(c.floor);
    painter->setPen(QPen(mix(c.floor, QColor(0, 0, 0), 0.35), std::max(1.0, 0.3 * u)));
    painter->drawRoundedRect(floor, floorRadius, floorRadius);
    if (c.floorGrid != c.floor) {
        painter->save();
        QPainterPath clip;
        clip.addRoundedRect(floor, floorRadius, floorRadius);
        painter->setClipPath(clip);
        painter->setPen(QPen(c.floorGrid, std::max(1.0, 0.08 * u)));
        const double step = 4 * u;
        for (double x = floor.left() + step; x < floor.right(); x += step)
            painter->drawLine(QPointF(x, floor.top()), QPointF(x, floor.bottom()));
        for (double y = floor.top() + step; y < floor.bottom(); y += step)
            painter->drawLine(QPointF(floor.left(), y), QPointF(floor.right(), y));
        painter->restore();
    }
    // A highlight along the inner top-left edge of the rim.
    painter->setPen(QPen(mix(c.bodyLight, c.body, 0.55), std::max(1.0, 0.16 * u)));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(top.adjusted(0.45 * u, 0.45 * u, -0.45 * u, -0.45 * u),
                             radius - 0.4 * u, radius - 0.4 * u);

    // Screws in the corners of the board.
    const double screw = 1.1 * u;
    painter->setPen(QPen(mix(c.metal, c.floor, 0.4), std::max(1.0, 0.15 * u)));
    for (const QPointF &corner :
         {floor.topLeft(), floor.topRight(), floor.bottomLeft(), floor.bottomRight()}) {
        const QPointF centre(corner.x() + (corner.x() < floor.center().x() ? 2.2 : -2.2) * u,
                             corner.y() + (corner.y() < floor.center().y() ? 2.2 : -2.2) * u);
        painter->setBrush(mix(c.metal, c.floor, 0.55));
        painter->drawEllipse(centre, screw, screw);
        painter->drawLine(centre - QPointF(screw * 0.6, 0), centre + QPointF(screw * 0.6, 0));
    }
}

void HardwareDiagram::paintSuperchip(QPainter *painter, const Colors &c, const Part &part) const
{
    const double u = m_unit;
    const QRectF r = part.rect;
    const double radius = 1.2 * u;
    QLinearGradient fill(r.topLeft(), r.bottomRight());
    fill.setColorAt(0, mix(c.substrate, c.bodyLight, 0.06));
    fill.setColorAt(1, c.substrate);
    painter->setBrush(fill);
    painter->setPen(QPen(c.substrateEdge, std::max(1.0, 0.22 * u)));
    painter->drawRoundedRect(r, radius, radius);

    // Decoupling capacitors in the margin around the dies.
    QRectF inner;
    for (const Part &p : m_parts) {
        if (p.container >= 0 && &m_parts[static_cast<size_t>(p.container)] == &part)
            inner = inner.united(p.rect);
    }
    if (inner.isValid()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(c.gold);
        const double cw = 0.9 * u;
        const double ch = 0.5 * u;
        const double pitch = 1.7 * u;
        const auto row = [&](double y) {
            for (double x = r.left() + 2.4 * u; x + cw < r.right() - 2.4 * u; x += pitch)
                painter->drawRect(QRectF(x, y - ch / 2, cw, ch));
        };
        if (inner.top() - r.top() > 1.8 * u)
            row((r.top() + inner.top()) / 2);
        if (r.bottom() - inner.bottom() > 1.8 * u)
            row((r.bottom() + inner.bottom()) / 2);
    }
    // The pin-1 mark.
    painter->setPen(Qt::NoPen);
    painter->setBrush(c.accent);
    QPolygonF mark;
    mark << r.topLeft() + QPointF(0.8 * u, 0.8 * u) << r.topLeft() + QPointF(2.6 * u, 0.8 * u)
         << r.topLeft() + QPointF(0.8 * u, 2.6 * u);
    painter->drawPolygon(mark);
}

void HardwareDiagram::paintDie(QPainter *painter, const Colors &c, const Part &part) const
{
    const double u = m_unit;
    const QRectF r = part.rect;
    const double radius = 0.5 * u;
    QLinearGradient fill(r.topLeft(), r.bottomRight());
    fill.setColorAt(0, mix(c.die, c.bodyLight, 0.1));
    fill.setColorAt(0.55, c.die);
    fill.setColorAt(1, mix(c.die, QColor(0, 0, 0), 0.2));
    painter->setBrush(fill);
    painter->setPen(QPen(c.dieEdge, std::max(1.0, 0.2 * u)));
    painter->drawRoundedRect(r, radius, radius);

    const QRectF field = r.adjusted(0.9 * u, 0.9 * u, -0.9 * u, -0.9 * u);
    if (field.width() <= 0 || field.height() <= 0)
        return;
    if (part.shape == DiagramShape::Cpu && part.count > 1) {
        // A CPU die: a floor plan of as many core tiles as the content names,
        // in the grid whose cells come closest to square.
        int columns = 1;
        double best = 1e9;
        for (int c = 1; c <= part.count; ++c) {
            if (part.count % c != 0)
                continue;
            const int r = part.count / c;
            const double oddness = std::abs(std::log((field.width() / c) / (field.height() / r)));
            if (oddness < best) {
                best = oddness;
                columns = c;
            }
        }
        const int rows = part.count / columns;
        const double cw = field.width() / columns;
        const double rh = field.height() / rows;
        const double inset = std::min(cw, rh) * 0.16;
        painter->setPen(Qt::NoPen);
        painter->setBrush(c.dieGrid);
        for (int y = 0; y < rows; ++y) {
            for (int x = 0; x < columns; ++x) {
                const QRectF tile(field.left() + x * cw + inset, field.top() + y * rh + inset,
                                  cw - 2 * inset, rh - 2 * inset);
                painter->drawRoundedRect(tile, 0.25 * u, 0.25 * u);
            }
        }
    } else {
        // A GPU die (or a die whose units the content does not count): a fine
        // array of compute blocks around a cache band.
        const double band = field.height() * 0.12;
        const QRectF cache(field.left(), field.center().y() - band / 2, field.width(), band);
        painter->setPen(QPen(c.dieGrid, std::max(1.0, 0.12 * u)));
        painter->setBrush(Qt::NoBrush);
        const double cell = 1.25 * u;
        for (double x = field.left(); x <= field.right() + Epsilon; x += cell)
            painter->drawLine(QPointF(x, field.top()), QPointF(x, field.bottom()));
        for (double y = field.top(); y <= field.bottom() + Epsilon; y += cell)
            painter->drawLine(QPointF(field.left(), y), QPointF(field.right(), y));
        painter->setPen(Qt::NoPen);
        painter->setBrush(mix(c.die, c.dieGrid, 0.6));
        painter->drawRect(cache);
    }
}

void HardwareDiagram::paintLink(QPainter *painter, const Colors &c, const Part &part) const
{
    const double u = m_unit;
    const QRectF r = part.rect;
    QColor wash = c.accent;
    wash.setAlphaF(0.12);
    painter->setPen(Qt::NoPen);
    painter->setBrush(wash);
    painter->drawRect(r);
    // Parallel lanes across the gap between the dies.
    const int lanes = std::max(3, static_cast<int>(r.height() / (1.1 * u)));
    QColor lane = c.accent;
    lane.setAlphaF(0.75);
    painter->setPen(QPen(lane, std::max(1.0, 0.24 * u), Qt::SolidLine, Qt::FlatCap));
    for (int k = 0; k < lanes; ++k) {
        const double y = r.top() + r.height() * (k + 0.5) / lanes;
        painter->drawLine(QPointF(r.left(), y), QPointF(r.right(), y));
    }
    // Arrowheads both ways: the data flows in both directions.
    painter->setPen(Qt::NoPen);
    painter->setBrush(c.accent);
    const double a = std::min(r.width() * 0.28, 1.2 * u);
    const double cy = r.center().y();
    const double gap = r.height() * 0.18;
    QPolygonF right;
    right << QPointF(r.right() - 0.3 * u, cy - gap)
          << QPointF(r.right() - 0.3 * u - a, cy - gap - a * 0.7)
          << QPointF(r.right() - 0.3 * u - a, cy - gap + a * 0.7);
    QPolygonF left;
    left << QPointF(r.left() + 0.3 * u, cy + gap)
         << QPointF(r.left() + 0.3 * u + a, cy + gap - a * 0.7)
         << QPointF(r.left() + 0.3 * u + a, cy + gap + a * 0.7);
    painter->drawPolygon(right);
    painter->drawPolygon(left);
}

void HardwareDiagram::paintMemory(QPainter *painter, const Colors &c, const Part &part) const
{
    const double u = m_unit;
    const QRectF r = part.rect;
    const int n = std::max(1, part.count);
    const double spacing = 1.2 * u;
    const double width = (r.width() - spacing * (n - 1)) / n;
    for (int i = 0; i < n; ++i) {
        const QRectF package(r.left() + i * (width + spacing), r.top(), width, r.height());
        QLinearGradient fill(package.topLeft(), package.bottomRight());
        fill.setColorAt(0, mix(c.die, c.bodyLight, 0.1));
        fill.setColorAt(1, c.die);
        painter->setBrush(fill);
        painter->setPen(QPen(c.dieEdge, std::max(1.0, 0.2 * u)));
        painter->drawRoundedRect(package, 0.5 * u, 0.5 * u);
        // Pin-1 dot and a fine banding, as on the printed top of a package.
        painter->setPen(Qt::NoPen);
        painter->setBrush(c.metal);
        painter->drawEllipse(package.topLeft() + QPointF(1.0 * u, 1.0 * u), 0.35 * u, 0.35 * u);
        painter->setPen(QPen(c.dieGrid, std::max(1.0, 0.14 * u)));
        const double y = package.bottom() - 1.4 * u;
        painter->drawLine(QPointF(package.left() + 1.0 * u, y),
                          QPointF(package.right() - 1.0 * u, y));
        painter->drawLine(QPointF(package.left() + 1.0 * u, y - 0.8 * u),
                          QPointF(package.center().x(), y - 0.8 * u));
    }
}

void HardwareDiagram::paintModule(QPainter *painter, const Colors &c, const Part &part) const
{
    // An M.2 card: contact fingers at one short end, a half-moon screw notch
    // at the other. Drawn upright or lying down, whichever the rect is.
    const double u = m_unit;
    const QRectF r = part.rect;
    const bool upright = r.height() >= r.width();
    painter->save();
    painter->translate(r.center());
    if (!upright)
        painter->rotate(-90);
    const double w = upright ? r.width() : r.height();
    const double h = upright ? r.height() : r.width();
    const QRectF card(-w / 2, -h / 2, w, h);
    painter->setBrush(c.card);
    painter->setPen(
            QPen(c.strongOutlines ? c.outline : mix(c.card, c.trace, 0.8), std::max(1.0, 0.2 * u)));
    QPainterPath outline;
    outline.addRoundedRect(card, 0.5 * u, 0.5 * u);
    QPainterPath notch;
    const double notchRadius = std::min(w * 0.16, 1.1 * u);
    notch.addEllipse(QPointF(0, card.bottom()), notchRadius, notchRadius);
    painter->drawPath(outline.subtracted(notch));

    // Gold contact fingers along the top edge, with the key notch.
    const double fingerHeight = std::min(h * 0.1, 1.8 * u);
    painter->setPen(Qt::NoPen);
    painter->setBrush(c.gold);
    const double pitch = std::max(0.45 * u, 2.0);
    const double keyX = card.left() + w * 0.68;
    for (double x = card.left() + 0.5 * u; x + pitch * 0.6 < card.right() - 0.4 * u; x += pitch) {
        if (std::abs(x - keyX) < 0.6 * u)
            continue;
        painter->drawRect(QRectF(x, card.top() + 0.25 * u, pitch * 0.55, fingerHeight));
    }
    const double top = card.top() + fingerHeight + 1.0 * u;
    if (part.shape == DiagramShape::Storage) {
        // A controller near the connector and flash further down.
        const double side = w * 0.62;
        const QRectF controller(-side / 2, top, side, side);
        const QRectF flash(-w * 0.36, controller.bottom() + 1.0 * u, w * 0.72,
                           std::max(0.0, card.bottom() - notchRadius - 1.0 * u -
                                                 (controller.bottom() + 1.0 * u)));
        for (const QRectF &chip : {controller, flash}) {
            if (chip.height() <= 0)
                continue;
            painter->setBrush(c.die);
            painter->setPen(QPen(c.dieEdge, std::max(1.0, 0.16 * u)));
            painter->drawRoundedRect(chip, 0.35 * u, 0.35 * u);
        }
    } else {
        // A radio module: a shield can and two antenna sockets.
        const double bottomSpace = notchRadius + 3.2 * u;
        const QRectF shield(card.left() + 0.8 * u, top, w - 1.6 * u,
                            std::max(0.0, card.bottom() - bottomSpace - top));
        painter->setBrush(mix(c.metal, c.card, 0.35));
        painter->setPen(QPen(mix(c.metal, c.bodyLight, 0.3), std::max(1.0, 0.16 * u)));
        painter->drawRoundedRect(shield, 0.35 * u, 0.35 * u);
        const double socket = std::min(w * 0.12, 0.9 * u);
        const double sy = card.bottom() - notchRadius - 1.7 * u;
        painter->setBrush(c.gold);
        painter->drawEllipse(QPointF(card.left() + w * 0.25, sy), socket, socket);
        painter->drawEllipse(QPointF(card.right() - w * 0.25, sy), socket, socket);
        // Radio waves on the shield.
        QColor wave = c.opening;
        wave.setAlphaF(0.55);
        painter->setPen(QPen(wave, std::max(1.0, 0.25 * u), Qt::SolidLine, Qt::RoundCap));
        painter->setBrush(Qt::NoBrush);
        const QPointF centre(shield.center().x(), shield.center().y() + shield.height() * 0.18);
        for (int k = 1; k <= 3; ++k) {
            const double radius = k * std::min(shield.width(), shield.height()) * 0.14;
            painter->drawArc(
                    QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius),
                    45 * 16, 90 * 16);
        }
        painter->setPen(Qt::NoPen);
        painter->setBrush(wave);
        painter->drawEllipse(centre, 0.3 * u, 0.3 * u);
    }
    painter->restore();
}

void HardwareDiagram::paintNetwork(QPainter *painter, const Colors &c, const Part &part) const
{
    // A network controller under a finned heat sink.
    const double u = m_unit;
    const QRectF r = part.rect;
    painter->setBrush(c.substrate);
    painter->setPen(QPen(c.substrateEdge, std::max(1.0, 0.2 * u)));
    painter->drawRoundedRect(r, 0.8 * u, 0.8 * u);
    const QRectF sink = r.adjusted(1.0 * u, 1.0 * u, -1.0 * u, -1.0 * u);
    QLinearGradient metal(sink.topLeft(), sink.bottomRight());
    metal.setColorAt(0, mix(c.metal, c.bodyLight, 0.15));
    metal.setColorAt(1, mix(c.metal, c.die, 0.35));
    painter->setBrush(metal);
    painter->setPen(QPen(mix(c.metal, c.die, 0.5), std::max(1.0, 0.16 * u)));
    painter->drawRoundedRect(sink, 0.5 * u, 0.5 * u);
    painter->setPen(
            QPen(mix(c.metal, c.die, 0.55), std::max(1.0, 0.22 * u), Qt::SolidLine, Qt::FlatCap));
    const double pitch = 1.15 * u;
    for (double x = sink.left() + pitch; x < sink.right() - pitch * 0.5; x += pitch)
        painter->drawLine(QPointF(x, sink.top() + 0.6 * u), QPointF(x, sink.bottom() - 0.6 * u));
}

void HardwareDiagram::paintConnectors(QPainter *painter, const Colors &c, const Part &part) const
{
    const double u = m_unit;
    const double pen = std::max(1.0, 0.18 * u);
    for (const QRectF &shell : connectorRects(part.shape, part.rect, part.count)) {
        const double h = shell.height();
        const double w = shell.width();
        QLinearGradient metal(shell.topLeft(), shell.bottomLeft());
        metal.setColorAt(0, mix(c.metal, c.bodyLight, 0.25));
        metal.setColorAt(1, c.metal);
        painter->setPen(QPen(mix(c.metal, c.opening, 0.5), pen));
        painter->setBrush(metal);
        switch (part.shape) {
        case DiagramShape::UsbC: {
            painter->drawRoundedRect(shell, h / 2, h / 2);
            const QRectF hole = shell.adjusted(h * 0.16, h * 0.16, -h * 0.16, -h * 0.16);
            painter->setBrush(c.opening);
            painter->setPen(Qt::NoPen);
            painter->drawRoundedRect(hole, hole.height() / 2, hole.height() / 2);
            painter->setBrush(mix(c.metal, c.opening, 0.2));
            painter->drawRoundedRect(QRectF(shell.center().x() - w * 0.3,
                                            shell.center().y() - h * 0.12, w * 0.6, h * 0.24),
                                     h * 0.08, h * 0.08);
            break;
        }
        case DiagramShape::Hdmi: {
            const auto trapezoid = [](const QRectF &b) {
                QPolygonF p;
                const double cut = b.height() * 0.42;
                p << b.topLeft() << b.topRight() << QPointF(b.right(), b.top() + b.height() * 0.5)
                  << QPointF(b.right() - cut, b.bottom()) << QPointF(b.left() + cut, b.bottom())
                  << QPointF(b.left(), b.top() + b.height() * 0.5);
                return p;
            };
            painter->drawPolygon(trapezoid(shell));
            painter->setBrush(c.opening);
            painter->setPen(Qt::NoPen);
            painter->drawPolygon(
                    trapezoid(shell.adjusted(h * 0.16, h * 0.16, -h * 0.16, -h * 0.16)));
            painter->setBrush(mix(c.metal, c.opening, 0.2));
            painter->drawRect(QRectF(shell.center().x() - w * 0.32, shell.top() + h * 0.32,
                                     w * 0.64, h * 0.2));
            break;
        }
        case DiagramShape::Ethernet: {
            painter->drawRoundedRect(shell, 0.3 * u, 0.3 * u);
            const QRectF hole = shell.adjusted(w * 0.1, h * 0.14, -w * 0.1, -h * 0.24);
            painter->setBrush(c.opening);
            painter->setPen(Qt::NoPen);
            QPainterPath path;
            path.addRect(hole);
            path.addRect(
                    QRectF(shell.center().x() - w * 0.17, hole.bottom() - 0.5, w * 0.34, h * 0.16));
            painter->drawPath(path.simplified());
            // Contacts and two status lights.
            painter->setPen(QPen(c.gold, std::max(1.0, 0.12 * u)));
            for (int k = 0; k < 8; ++k) {
                const double x = hole.left() + hole.width() * (k + 1.5) / 10.0;
                painter->drawLine(QPointF(x, hole.top() + 0.3 * u),
                                  QPointF(x, hole.top() + h * 0.22));
            }
            painter->setPen(Qt::NoPen);
            const double led = std::max(1.5, h * 0.07);
            painter->setBrush(c.accent);
            painter->drawRect(
                    QRectF(shell.left() + w * 0.12, shell.bottom() - h * 0.19, led * 2, led));
            painter->setBrush(c.gold);
            painter->drawRect(QRectF(shell.right() - w * 0.12 - led * 2, shell.bottom() - h * 0.19,
                                     led * 2, led));
            break;
        }
        case DiagramShape::Qsfp: {
            painter->drawRoundedRect(shell, 0.3 * u, 0.3 * u);
            const QRectF hole = shell.adjusted(h * 0.16, h * 0.2, -h * 0.16, -h * 0.2);
            painter->setBrush(c.opening);
            painter->setPen(Qt::NoPen);
            painter->drawRect(hole);
            painter->setBrush(mix(c.metal, c.opening, 0.35));
            painter->drawRect(QRectF(hole.left() + hole.width() * 0.12,
                                     hole.center().y() - h * 0.06, hole.width() * 0.76, h * 0.12));
            // Spring fingers along the top of the cage.
            painter->setPen(QPen(mix(c.metal, c.opening, 0.45), std::max(1.0, 0.1 * u)));
            for (int k = 1; k < 7; ++k) {
                const double x = shell.left() + w * k / 7.0;
                painter->drawLine(QPointF(x, shell.top() + 0.2 * u),
                                  QPointF(x, hole.top() - 0.1 * u));
            }
            break;
        }
        default: {
            painter->drawRoundedRect(shell, 0.4 * u, 0.4 * u);
            painter->setBrush(c.opening);
            painter->setPen(Qt::NoPen);
            painter->drawRoundedRect(shell.adjusted(h * 0.18, h * 0.18, -h * 0.18, -h * 0.18),
                                     0.25 * u, 0.25 * u);
            break;
        }
        }
    }
}

void HardwareDiagram::paintPower(QPainter *painter, const Colors &c, const Part &part) const
{
    // The external supply, with its cable plugged into the first USB-C
    // receptacle: that one is the power input.
    const double u = m_unit;
    const QRectF r = part.rect;
    QRectF port;
    for (const Part &p : m_parts) {
        if (p.shape == DiagramShape::UsbC) {
            port = connectorRects(p.shape, p.rect, p.count).value(0);
            break;
        }
    }
    const QRectF brick = r.adjusted(0, 0, 0, 0);
    const QColor cable = mix(c.die, c.metal, c.strongOutlines ? 0.8 : 0.25);
    if (port.isValid()) {
        const bool portRight = port.center().x() > brick.center().x();
        const QPointF start(portRight ? brick.right() : brick.left(), brick.center().y());
        const QPointF plug(port.center().x(), port.bottom() + 0.6 * u);
        QPainterPath path(start);
        path.cubicTo(start + QPointF(portRight ? 3 * u : -3 * u, 0),
                     QPointF(plug.x(), plug.y() + 4 * u), plug);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(cable, std::max(1.5, 0.9 * u), Qt::SolidLine, Qt::RoundCap));
        painter->drawPath(path);
        // The plug over the receptacle.
        const QRectF body = port.adjusted(-0.5 * u, -0.5 * u, 0.5 * u, 0.9 * u);
        painter->setPen(QPen(mix(cable, c.bodyLight, 0.25), std::max(1.0, 0.16 * u)));
        painter->setBrush(cable);
        painter->drawRoundedRect(body, body.height() * 0.35, body.height() * 0.35);
    }
    QLinearGradient fill(brick.topLeft(), brick.bottomRight());
    fill.setColorAt(0, mix(c.die, c.bodyLight, c.strongOutlines ? 0 : 0.14));
    fill.setColorAt(1, c.die);
    painter->setBrush(fill);
    painter->setPen(QPen(c.strongOutlines ? c.outline : c.bodyEdge, std::max(1.0, 0.2 * u)));
    painter->drawRoundedRect(brick, 1.2 * u, 1.2 * u);
    // Vent lines and an indicator light.
    painter->setPen(QPen(mix(c.die, c.bodyLight, 0.22), std::max(1.0, 0.14 * u)));
    for (int k = 1; k <= 3; ++k) {
        const double y = brick.top() + brick.height() * (0.25 + 0.12 * k);
        painter->drawLine(QPointF(brick.left() + 1.6 * u, y), QPointF(brick.right() - 1.6 * u, y));
    }
    painter->setPen(Qt::NoPen);
    painter->setBrush(c.accent);
    painter->drawEllipse(QPointF(brick.center().x(), brick.bottom() - 1.6 * u), 0.4 * u, 0.4 * u);
}

void HardwareDiagram::paintSoftware(QPainter *painter, const Colors &c, const Part &part) const
{
    const double u = m_unit;
    const QRectF r = part.rect;
    painter->setBrush(c.die);
    painter->setPen(QPen(c.dieEdge, std::max(1.0, 0.2 * u)));
    painter->drawRoundedRect(r, 0.8 * u, 0.8 * u);
    painter->setPen(QPen(c.dieGrid, std::max(1.0, 0.3 * u), Qt::SolidLine, Qt::RoundCap));
    for (int k = 0; k < 3; ++k) {
        const double y = r.top() + r.height() * (0.35 + 0.18 * k);
        painter->drawLine(QPointF(r.left() + 1.5 * u, y),
                          QPointF(r.left() + r.width() * (0.8 - 0.15 * k), y));
    }
}

void HardwareDiagram::paintState(QPainter *painter, const Colors &c, int index) const
{
    const Part &part = m_parts[static_cast<size_t>(index)];
    const bool selected = index == selectedPart();
    const bool hovered = index == m_hovered;
    const bool focused = index == m_focused && hasFocus() && m_showFocus;
    if (!selected && !hovered && !focused)
        return;
    const Painting::Metrics metrics = Painting::Metrics::forScale(m_scale);
    const double u = m_unit;
    const double radius = part.shape == DiagramShape::Chassis ? 3.6 * u : std::min(1.2 * u, 8.0);
    const QRectF r = part.rect.adjusted(-0.5 * u, -0.5 * u, 0.5 * u, 0.5 * u);
    painter->save();
    painter->setBrush(Qt::NoBrush);
    if (selected) {
        QColor glow = c.accent;
        glow.setAlphaF(0.25);
        painter->setPen(QPen(glow, metrics.ring * 3.2));
        painter->drawRoundedRect(r, radius, radius);
        painter->setPen(QPen(c.accent, metrics.ring));
        painter->drawRoundedRect(r, radius, radius);
    } else if (hovered) {
        QColor hover = c.labelHover;
        hover.setAlphaF(0.7);
        painter->setPen(QPen(hover, std::max(1.0, metrics.ring * 0.6), Qt::DashLine));
        painter->drawRoundedRect(r, radius, radius);
    }
    painter->restore();
    if (focused)
        Painting::focusRing(painter, r, Appearance::instance()->theme(), m_scale, radius);
}

bool HardwareDiagram::isHighlighted(int part) const
{
    return part != selectedPart() &&
           (part == m_hovered || (part == m_focused && hasFocus() && m_showFocus));
}

void HardwareDiagram::paintLeaders(QPainter *painter, const Colors &c, LeaderMode mode) const
{
    const Painting::Metrics metrics = Painting::Metrics::forScale(m_scale);
    const double hair = std::max(1.0, metrics.hairline);
    const double dot = std::max(2.5, 0.45 * m_unit);
    const int selected = selectedPart();

    painter->save();
    for (int i = 0; i < partCount(); ++i) {
        const Part &p = m_parts[static_cast<size_t>(i)];
        if (p.label.isEmpty())
            continue;
        // Quiet: every leader at rest. Selected and Highlighted: those lit up,
        // drawn over their quiet selves.
        if (mode == LeaderMode::Selected && i != selected)
            continue;
        if (mode == LeaderMode::Highlighted && !isHighlighted(i))
            continue;
        const bool isSelected = mode == LeaderMode::Selected;
        const QColor line =
                isSelected ? c.accent : (mode == LeaderMode::Highlighted ? c.labelHover : c.leader);
        QPainterPath leader;
        if (p.side == LabelSide::Top) {
            // A dimension line from edge to edge, broken for the caption.
            const double y = p.label.center().y();
            const double tick = 0.9 * std::max(4.0, 6 * m_scale);
            const double gap = 0.6 * std::max(4.0, 10 * m_scale);
            leader.moveTo(p.rect.left(), y);
            leader.lineTo(p.label.left() - gap, y);
            leader.moveTo(p.label.right() + gap, y);
            leader.lineTo(p.rect.right(), y);
            leader.moveTo(p.rect.left(), y - tick);
            leader.lineTo(p.rect.left(), y + tick);
            leader.moveTo(p.rect.right(), y - tick);
            leader.lineTo(p.rect.right(), y + tick);
        } else if (p.side == LabelSide::Bottom) {
            const double midY =
                    std::max((p.rect.bottom() + p.labelPoint.y()) / 2, p.rect.bottom() + 2);
            leader.moveTo(p.anchor);
            if (std::abs(p.anchor.x() - p.labelPoint.x()) < 1) {
                leader.lineTo(p.labelPoint);
            } else {
                leader.lineTo(p.anchor.x(), midY);
                leader.lineTo(p.labelPoint.x(), midY);
                leader.lineTo(p.labelPoint);
            }
        } else {
            const double stub = std::max(4.0, 10 * m_scale) * 1.4;
            const QPointF elbow =
                    p.labelPoint + QPointF(p.side == LabelSide::Left ? stub : -stub, 0);
            leader.moveTo(p.labelPoint);
            leader.lineTo(elbow);
            leader.lineTo(p.anchor);
        }
        // A halo keeps the line legible where it crosses the drawing.
        painter->setBrush(Qt::NoBrush);
        if (p.side != LabelSide::Top) {
            QColor halo = c.halo;
            halo.setAlphaF(0.8);
            painter->setPen(QPen(halo, hair * 3.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter->drawPath(leader);
        }
        painter->setPen(QPen(line, isSelected ? hair * 2 : hair, Qt::SolidLine, Qt::FlatCap,
                             Qt::MiterJoin));
        painter->drawPath(leader);
        if (p.side != LabelSide::Top) {
            painter->setPen(QPen(c.halo, hair * 1.2));
            painter->setBrush(isSelected ? c.accent : line);
            const double d = isSelected ? dot * 1.35 : dot;
            painter->drawEllipse(p.anchor, d, d);
        }
    }
    painter->restore();
}

void HardwareDiagram::paintLabels(QPainter *painter, const Colors &c, LabelMode mode) const
{
    const int selected = selectedPart();
    painter->save();
    painter->setFont(m_labelFont);
    for (int i = 0; i < partCount(); ++i) {
        const Part &p = m_parts[static_cast<size_t>(i)];
        if (p.label.isEmpty() || i == selected)
            continue;
        // Highlighted labels keep their font, so they cover their resting selves.
        if (mode == LabelMode::Highlighted && !isHighlighted(i))
            continue;
        painter->setPen(mode == LabelMode::Highlighted ? c.labelHover : c.label);
        painter->drawStaticText(p.textOrigin, p.text);
    }
    if (mode == LabelMode::Resting && selected >= 0 &&
        !m_parts[static_cast<size_t>(selected)].label.isEmpty()) {
        const Part &p = m_parts[static_cast<size_t>(selected)];
        painter->setFont(m_strongFont);
        painter->setPen(c.accentInk);
        painter->drawStaticText(p.strongOrigin, p.strongText);
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
        const QModelIndex index = m_parts[static_cast<size_t>(part)].index;
        //: Tooltip of a part in the hardware diagram: %1 its name, %2 its specification
        QToolTip::showText(help->globalPos(),
                           tr("%1\n%2").arg(partName(part),
                                            index.data(int(HardwareModel::Role::Value)).toString()),
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
