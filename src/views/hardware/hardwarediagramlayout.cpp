#include "hardwarediagramlayout.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace {

constexpr double LayoutEpsilon = 1e-6;
static_assert(static_cast<int>(DiagramShape::Qsfp) < 16, "one slot per shape in m_first");

double area(const QRectF &rect)
{
    return rect.width() * rect.height();
}

// How finely the grid that finds holders divides the design space: about one
// part per cell, at most 512 x 512 cells.
int gridCells(int parts)
{
    return std::clamp(static_cast<int>(std::sqrt(double(parts))), 1, 512);
}

} // namespace

void HardwareDiagramLayout::setParts(std::vector<Placement> placements)
{
    m_parts.clear();
    m_parts.reserve(placements.size());
    m_designBounds = QRectF();
    for (Placement &placement : placements) {
        Part part;
        part.shape = placement.shape;
        part.design = placement.design;
        part.count = placement.count;
        part.name = std::move(placement.name);
        m_designBounds = m_designBounds.united(part.design);
        m_parts.push_back(std::move(part));
    }
    m_first.fill(-1);
    for (int i = count() - 1; i >= 0; --i) {
        const auto shape = static_cast<size_t>(part(i).shape);
        if (shape < m_first.size())
            m_first[shape] = i;
    }
    findContainers();
    m_paintOrder.resize(m_parts.size());
    std::iota(m_paintOrder.begin(), m_paintOrder.end(), 0);
    std::stable_sort(m_paintOrder.begin(), m_paintOrder.end(),
                     [this](int a, int b) { return area(part(a).design) > area(part(b).design); });
    m_held.assign(m_parts.size(), QRectF());
}

void HardwareDiagramLayout::setName(int part, const QString &name)
{
    m_parts[static_cast<size_t>(part)].name = name;
}

void HardwareDiagramLayout::findContainers()
{
    // A part's holder is the smallest part that contains it, the first one of
    // those as large. It contains the part's centre, so only the parts that
    // cover the grid cell of that centre need a look, and the few parts that
    // cover much of the grid, kept in one list checked for every part.
    const int n = count();
    if (n == 0)
        return;
    const int cells = gridCells(n);
    const double cellWidth = m_designBounds.width() / cells;
    const double cellHeight = m_designBounds.height() / cells;
    const auto column = [&](double x) {
        return std::clamp(static_cast<int>(std::floor((x - m_designBounds.left()) / cellWidth)), 0,
                          cells - 1);
    };
    const auto row = [&](double y) {
        return std::clamp(static_cast<int>(std::floor((y - m_designBounds.top()) / cellHeight)), 0,
                          cells - 1);
    };
    // The parts of each cell, one cell after the other in one array, in the
    // parts' order: first counted, then filled.
    const long long largeCells = std::max(16LL, static_cast<long long>(cells) * cells / 16);
    std::vector<int> first(static_cast<size_t>(cells) * static_cast<size_t>(cells) + 1, 0);
    std::vector<int> large;
    const auto visit = [&](int j, const auto &action) {
        const QRectF &r = part(j).design;
        const int c0 = column(r.left());
        const int c1 = column(r.right());
        const int r0 = row(r.top());
        const int r1 = row(r.bottom());
        if (static_cast<long long>(c1 - c0 + 1) * (r1 - r0 + 1) > largeCells)
            return false;
        for (int y = r0; y <= r1; ++y) {
            for (int x = c0; x <= c1; ++x)
                action(static_cast<size_t>(y) * static_cast<size_t>(cells) +
                       static_cast<size_t>(x));
        }
        return true;
    };
    for (int j = 0; j < n; ++j) {
        if (!visit(j, [&](size_t cell) { ++first[cell + 1]; }))
            large.push_back(j);
    }
    std::partial_sum(first.begin(), first.end(), first.begin());
    std::vector<int> members(static_cast<size_t>(first.back()));
    std::vector<int> filled(first.begin(), first.end() - 1);
    for (int j = 0; j < n; ++j)
        visit(j, [&](size_t cell) { members[static_cast<size_t>(filled[cell]++)] = j; });
    for (int i = 0; i < n; ++i) {
        Part &inner = m_parts[static_cast<size_t>(i)];
        const double innerArea = area(inner.design);
        const QPointF centre = inner.design.center();
        double smallest = 0;
        const auto consider = [&](int j) {
            if (j == i)
                return;
            const QRectF &outer = part(j).design;
            const double outerArea = area(outer);
            if (!outer.contains(inner.design) || !(outerArea > innerArea))
                return;
            if (inner.container < 0 || outerArea < smallest ||
                (outerArea == smallest && j < inner.container)) {
                inner.container = j;
                smallest = outerArea;
            }
        };
        const size_t cell = static_cast<size_t>(row(centre.y())) * static_cast<size_t>(cells) +
                            static_cast<size_t>(column(centre.x()));
        for (int k = first[cell]; k < first[cell + 1]; ++k)
            consider(members[static_cast<size_t>(k)]);
        for (int j : large)
            consider(j);
    }
    for (const Part &p : m_parts) {
        if (p.container >= 0)
            m_parts[static_cast<size_t>(p.container)].holdsParts = true;
    }
}

QPointF HardwareDiagramLayout::toArea(const QPointF &design) const
{
    return m_origin + (design - m_designBounds.topLeft()) * m_unit;
}

QRectF HardwareDiagramLayout::toArea(const QRectF &design) const
{
    return {toArea(design.topLeft()), toArea(design.bottomRight())};
}

int HardwareDiagramLayout::firstOf(DiagramShape shape) const
{
    const auto index = static_cast<size_t>(shape);
    return index < m_first.size() ? m_first[index] : -1;
}

QRectF HardwareDiagramLayout::heldBounds(int part) const
{
    return m_held[static_cast<size_t>(part)];
}

QSizeF HardwareDiagramLayout::labelSize(const QString &name, double width)
{
    ++m_measured;
    const QFontMetricsF metrics(m_measures.font);
    const QRectF bounds = metrics.boundingRect(QRectF(0, 0, std::max(1.0, width), 1e6),
                                               Qt::TextWordWrap | Qt::AlignLeft, name);
    return {std::min(bounds.width(), width), bounds.height()};
}

void HardwareDiagramLayout::layout(const QSizeF &size, double scale, const QFont &font)
{
    m_measured = 0;
    for (Part &p : m_parts)
        p.label = QRectF();
    if (m_parts.empty() || size.width() <= 0 || size.height() <= 0)
        return;

    const QFontMetricsF metrics(font);
    Measures &m = m_measures;
    m.font = font;
    m.area = size;
    m.line = metrics.height();
    m.gap = std::max(4.0, 10 * scale);
    const double w = size.width();
    const double h = size.height();

    // The chassis (its caption goes on top) and the bottom of its top face:
    // parts below that sit on the rear panel or outside the box, and take
    // their labels underneath.
    const int chassis = firstOf(DiagramShape::Chassis);
    double faceBottom = m_designBounds.bottom() + 1;
    if (chassis >= 0) {
        const QRectF c = part(chassis).design;
        faceBottom = c.top() + std::min(c.width(), c.height());
    }
    std::vector<int> left;
    std::vector<int> right;
    std::vector<int> bottom;
    std::vector<int> ties;
    const double middle =
            chassis >= 0 ? part(chassis).design.center().x() : m_designBounds.center().x();
    for (int i = 0; i < count(); ++i) {
        Part &p = m_parts[static_cast<size_t>(i)];
        if (i == chassis) {
            p.side = LabelSide::Top;
        } else if (p.design.top() >= faceBottom - LayoutEpsilon) {
            p.side = LabelSide::Bottom;
            bottom.push_back(i);
        } else if (p.design.center().x() < middle - 0.5) {
            p.side = LabelSide::Left;
            left.push_back(i);
        } else if (p.design.center().x() > middle + 0.5) {
            p.side = LabelSide::Right;
            right.push_back(i);
        } else {
            ties.push_back(i);
        }
    }
    // Parts on the centre line go to whichever side has fewer labels.
    for (int i : ties) {
        const bool toLeft = left.size() <= right.size();
        m_parts[static_cast<size_t>(i)].side = toLeft ? LabelSide::Left : LabelSide::Right;
        (toLeft ? left : right).push_back(i);
    }

    // Room for the labels on each side, as wide as the longest name needs
    // within limits; the box takes the rest. Past the widest gutter allowed,
    // longer names change nothing, so measuring stops there.
    m.stub = 3 * m.gap;
    const double narrowest = 0.12 * w;
    const double widest = 0.25 * w;
    double longest = 0;
    for (const std::vector<int> *list : {&left, &right}) {
        for (int i : *list) {
            if (longest + m.stub + m.gap >= widest)
                break;
            ++m_measured;
            longest = std::max(longest, metrics.horizontalAdvance(part(i).name));
        }
    }
    const double gutter = std::clamp(longest + m.stub + m.gap, narrowest, widest);
    m.wrapWidth = std::max(40.0, gutter - m.stub - m.gap);
    const double topRoom = chassis >= 0 ? m.line + 1.8 * m.gap : m.gap;
    const double bottomRoom = bottom.empty() ? m.gap : 2 * m.gap + 2 * m.line + 0.6 * m.gap;
    const QRectF box(gutter, topRoom, std::max(1.0, w - 2 * gutter),
                     std::max(1.0, h - topRoom - bottomRoom));
    m_unit = std::min(box.width() / m_designBounds.width(), box.height() / m_designBounds.height());
    const QSizeF drawn = m_designBounds.size() * m_unit;
    m_origin = QPointF(box.center().x() - drawn.width() / 2, box.center().y() - drawn.height() / 2);

    for (Part &p : m_parts)
        p.rect = toArea(p.design);
    m_held.assign(m_parts.size(), QRectF());
    for (const Part &p : m_parts) {
        if (p.container >= 0) {
            QRectF &held = m_held[static_cast<size_t>(p.container)];
            held = held.united(p.rect);
        }
    }

    placeSide(std::move(left), LabelSide::Left);
    placeSide(std::move(right), LabelSide::Right);
    placeBottom(std::move(bottom));
    if (chassis >= 0)
        placeCaption(chassis);
}

// Side labels: stacked by the height of what they point at, pushed apart where
// they would overlap, and kept inside the area (where wrapped labels overflow
// it, the topmost are squeezed against its top). When there are too many to
// stand one above the other even on one line each, each label takes its place
// beside its part only where it overlaps none placed above it, and the others
// are left out.
void HardwareDiagramLayout::placeSide(std::vector<int> parts, LabelSide side)
{
    const Measures &m = m_measures;
    const double h = m.area.height();
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
        const QPointF pa = part(a).anchor;
        const QPointF pb = part(b).anchor;
        if (std::abs(pa.y() - pb.y()) > 0.5)
            return pa.y() < pb.y();
        if (std::abs(pa.x() - pb.x()) > 0.5)
            return side == LabelSide::Left ? pa.x() < pb.x() : pa.x() > pb.x();
        return a < b;
    });

    const double spacing = 0.8 * m.gap;
    const auto place = [&](int i, double top, const QSizeF &size) {
        Part &p = m_parts[static_cast<size_t>(i)];
        if (side == LabelSide::Left) {
            const double x = drawnRect().left() - m.stub;
            p.label = QRectF(x - size.width(), top, size.width(), size.height());
            p.labelPoint = QPointF(p.label.right() + m.gap * 0.5, top + m.line / 2);
        } else {
            const double x = drawnRect().right() + m.stub;
            p.label = QRectF(x, top, size.width(), size.height());
            p.labelPoint = QPointF(p.label.left() - m.gap * 0.5, top + m.line / 2);
        }
    };

    // Crowded: so many labels that even on one line each they could not
    // stand one above the other.
    const double fewest = static_cast<double>(parts.size()) * (m.line + spacing) - spacing;
    if (fewest <= h) {
        std::vector<QSizeF> sizes;
        sizes.reserve(parts.size());
        for (int i : parts)
            sizes.push_back(labelSize(part(i).name, m.wrapWidth));
        std::vector<double> tops;
        tops.reserve(parts.size());
        double next = 0;
        for (size_t k = 0; k < parts.size(); ++k) {
            const double wanted = part(parts[k]).anchor.y() - m.line / 2;
            const double top = std::max(wanted, next);
            tops.push_back(top);
            next = top + sizes[k].height() + spacing;
        }
        double limit = h;
        for (size_t k = parts.size(); k-- > 0;) {
            tops[k] = std::max(0.0, std::min(tops[k], limit - sizes[k].height()));
            limit = tops[k] - spacing;
        }
        for (size_t k = 0; k < parts.size(); ++k)
            place(parts[k], tops[k], sizes[k]);
        return;
    }

    // Crowded: a label that would overlap one above it is left out, and only
    // the labels that may get room are measured.
    double next = 0;
    for (size_t k = 0; k < parts.size() && next < h; ++k) {
        double top = std::max(0.0, part(parts[k]).anchor.y() - m.line / 2);
        if (top < next)
            continue;
        const QSizeF size = labelSize(part(parts[k]).name, m.wrapWidth);
        top = std::min(top, h - size.height());
        if (top < next)
            continue;
        place(parts[k], top, size);
        next = top + size.height() + spacing;
    }
}

// Bottom labels: centred under their part, in a second row where neighbours
// would collide.
void HardwareDiagramLayout::placeBottom(std::vector<int> parts)
{
    const Measures &m = m_measures;
    const double w = m.area.width();
    std::sort(parts.begin(), parts.end(), [this](int a, int b) {
        return part(a).rect.center().x() < part(b).rect.center().x();
    });
    double lowest = 0;
    for (const Part &p : m_parts)
        lowest = std::max(lowest, p.rect.bottom());
    const double rowTop = lowest + 1.6 * m.gap;
    const double maxWidth = std::max(m.wrapWidth, 12 * m_unit);
    // Crowded: the labels measured so far, side by side, would already fill
    // one of the two rows. From then on, the first label pushed past the right
    // edge and all after it are left out, and so is any that would not end
    // inside the area. Until then, a label pushed past the edge moves back to
    // it.
    bool crowded = false;
    double used = 0;
    double rowRight[2] = {-1e9, -1e9};
    std::vector<QRectF> rects;
    std::vector<int> rows;
    std::vector<int> placed;
    double rowHeight = m.line;
    bool full = false;
    for (int i : parts) {
        Part &p = m_parts[static_cast<size_t>(i)];
        p.anchor = QPointF(p.rect.center().x(), p.rect.bottom() - 0.15 * p.rect.height());
        if (full)
            continue;
        const QSizeF size = labelSize(p.name, maxWidth);
        const double width = size.width();
        used += width + m.gap;
        crowded = crowded || used > w;
        double x = std::clamp(p.anchor.x() - width / 2, 0.0, w - width);
        int row = 0;
        if (x < rowRight[0] + m.gap) {
            row = x >= rowRight[1] + m.gap || rowRight[1] < rowRight[0] ? 1 : 0;
            x = std::max(x, rowRight[row] + m.gap);
        }
        if (crowded && x + width > w) {
            full = true;
            continue;
        }
        rowHeight = std::max(rowHeight, size.height());
        rowRight[row] = x + width;
        rects.emplace_back(x, 0, width, size.height());
        rows.push_back(row);
        placed.push_back(i);
    }
    for (size_t k = 0; k < placed.size(); ++k) {
        Part &p = m_parts[static_cast<size_t>(placed[k])];
        QRectF rect = rects[k];
        rect.moveTop(rowTop + rows[k] * (rowHeight + 0.6 * m.gap));
        if (crowded && rect.bottom() > m.area.height())
            continue;
        if (rect.right() > w)
            rect.moveRight(w);
        p.label = rect;
        p.labelPoint = QPointF(rect.center().x(), rect.top() - 0.4 * m.gap);
    }
}

// The chassis caption: a dimension line across the top of the box.
void HardwareDiagramLayout::placeCaption(int chassis)
{
    const Measures &m = m_measures;
    Part &p = m_parts[static_cast<size_t>(chassis)];
    const double width =
            std::min(QFontMetricsF(m.font).horizontalAdvance(p.name), p.rect.width() * 0.8);
    p.label = QRectF(p.rect.center().x() - width / 2, p.rect.top() - 0.9 * m.gap - m.line, width,
                     m.line);
    p.anchor = QPointF(p.rect.center().x(), p.rect.top());
    p.labelPoint = p.label.center();
}

int HardwareDiagramLayout::partAt(const QPointF &position) const
{
    // Labels first: they are the larger, clearer targets.
    for (int i = 0; i < count(); ++i) {
        if (part(i).label.contains(position))
            return i;
    }
    int best = -1;
    double bestArea = 0;
    for (int i = 0; i < count(); ++i) {
        const QRectF &rect = part(i).rect;
        if (rect.contains(position) && (best < 0 || area(rect) < bestArea)) {
            best = i;
            bestArea = area(rect);
        }
    }
    return best;
}

int HardwareDiagramLayout::neighbour(int from, Qt::Key direction) const
{
    if (from < 0 || from >= count())
        return count() > 0 ? 0 : -1;
    // A part that holds others is reached at its top edge, so that moving up
    // from a part inside it lands on it, and moving up again leaves it.
    const auto point = [this](int i) {
        const Part &p = part(i);
        if (p.holdsParts)
            return QPointF(p.design.center().x(), p.design.top() + 1.0);
        return p.design.center();
    };
    const QPointF origin = point(from);
    int best = -1;
    double bestScore = 0;
    for (int i = 0; i < count(); ++i) {
        if (i == from)
            continue;
        const QPointF d = point(i) - origin;
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
        if (along <= LayoutEpsilon)
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
