#include "diagramart.h"

#include "views/common/painting.h"
#include "views/theme.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

using Painting::mix;

namespace DiagramArt {

using LabelSide = HardwareDiagramLayout::LabelSide;

namespace {

constexpr double Epsilon = 1e-6;

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

} // namespace

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

void paintLayer(QPainter *painter, const DiagramPalette &c, const HardwareDiagramLayout &layout,
                const QRect &area, double scale, Layer layer)
{
    if (layer == Layer::Below) {
        // The glow, the chassis and the board's traces.
        paintBackdrop(painter, c, layout, area);
        for (int i : layout.paintOrder()) {
            if (layout.part(i).shape == DiagramShape::Chassis)
                paintPart(painter, c, layout, i);
        }
        paintTraces(painter, c, layout, Traces::Quiet, -1);
    } else {
        // Every other part, and the leader lines at rest.
        for (int i : layout.paintOrder()) {
            if (layout.part(i).shape != DiagramShape::Chassis)
                paintPart(painter, c, layout, i);
        }
        std::vector<int> all(layout.parts().size());
        for (size_t i = 0; i < all.size(); ++i)
            all[i] = static_cast<int>(i);
        paintLeaders(painter, c, layout, scale, Leader::Quiet, all);
    }
}

void paintBackdrop(QPainter *painter, const DiagramPalette &c, const HardwareDiagramLayout &layout,
                   const QRect &area)
{
    if (c.glow == c.background)
        return;
    // A soft light behind the box, fading into the background. Opaque colours
    // only: PDF drops the alpha of gradient stops.
    const QRectF drawn = layout.drawnRect();
    QRadialGradient glow(drawn.center(), std::max(drawn.width(), drawn.height()) * 0.75);
    glow.setColorAt(0, c.glow);
    glow.setColorAt(1, c.background);
    painter->fillRect(area, glow);
}

void paintTraces(QPainter *painter, const DiagramPalette &c, const HardwareDiagramLayout &layout,
                 Traces mode, int selected)
{
    const int hub = layout.firstOf(DiagramShape::Superchip);
    if (hub < 0)
        return;
    const Part &chip = layout.part(hub);
    const double u = layout.unit();
    const QRectF pkg = chip.rect;
    // The floor of the box's top face; the last chassis has the say.
    QRectF faceFloor;
    for (const Part &p : layout.parts()) {
        if (p.shape == DiagramShape::Chassis) {
            const double side = std::min(p.rect.width(), p.rect.height());
            faceFloor = QRectF(p.rect.topLeft(), QSizeF(p.rect.width(), side))
                                .adjusted(2.4 * u, 2.4 * u, -2.4 * u, -2.4 * u);
        }
    }
    painter->save();
    for (int i = 0; i < layout.count(); ++i) {
        const Part &p = layout.part(i);
        // Only parts on the board get traces: what sits inside another part,
        // such as the dies in the superchip, talks through it.
        const bool onBoard =
                p.container < 0 || layout.part(p.container).shape == DiagramShape::Chassis;
        if (i == hub || !onBoard || p.holdsParts || p.shape == DiagramShape::Chassis ||
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
        const bool lit = mode == Traces::Lit;
        if (lit && selected != i && selected != hub)
            continue;
        QPen pen(lit ? c.accent : c.trace, std::max(1.0, 0.32 * u), Qt::SolidLine, Qt::FlatCap,
                 Qt::MiterJoin);
        if (lit) {
            QColor glow = c.accent;
            glow.setAlphaF(0.22f);
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

void paintPart(QPainter *painter, const DiagramPalette &c, const HardwareDiagramLayout &layout,
               int index)
{
    const Part &part = layout.part(index);
    const double unit = layout.unit();
    painter->save();
    switch (part.shape) {
    case DiagramShape::Chassis:
        paintChassis(painter, c, part, unit);
        break;
    case DiagramShape::Superchip:
        paintSuperchip(painter, c, part, unit, layout.heldBounds(index));
        break;
    case DiagramShape::Cpu:
    case DiagramShape::Gpu:
        paintDie(painter, c, part, unit);
        break;
    case DiagramShape::Link:
        paintLink(painter, c, part, unit);
        break;
    case DiagramShape::Memory:
        paintMemory(painter, c, part, unit);
        break;
    case DiagramShape::Storage:
    case DiagramShape::Wireless:
        paintModule(painter, c, part, unit);
        break;
    case DiagramShape::Network:
        paintNetwork(painter, c, part, unit);
        break;
    case DiagramShape::Port:
    case DiagramShape::UsbC:
    case DiagramShape::Hdmi:
    case DiagramShape::Ethernet:
    case DiagramShape::Qsfp:
        paintConnectors(painter, c, part, unit);
        break;
    case DiagramShape::Power: {
        // The first USB-C receptacle is the power input, and the first supply
        // plugs into it.
        QRectF port;
        const int usb = layout.firstOf(DiagramShape::UsbC);
        if (usb >= 0 && index == layout.firstOf(DiagramShape::Power)) {
            const Part &p = layout.part(usb);
            port = connectorRects(p.shape, p.rect, p.count).value(0);
        }
        paintPower(painter, c, part, unit, port);
        break;
    }
    case DiagramShape::Software:
        paintSoftware(painter, c, part, unit);
        break;
    }
    painter->restore();
}

void paintChassis(QPainter *painter, const DiagramPalette &c, const Part &part, double unit)
{
    const double u = unit;
    const QRectF r = part.rect;
    const double side = std::min(r.width(), r.height());
    const QRectF top(r.topLeft(), QSizeF(r.width(), side));
    const double radius = 3.6 * u;

    // A soft shadow beneath the whole body.
    painter->setPen(Qt::NoPen);
    for (int i = 4; i >= 1; --i) {
        QColor shade = c.shadow;
        shade.setAlphaF(static_cast<float>(c.shadow.alphaF() * 0.22));
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

void paintSuperchip(QPainter *painter, const DiagramPalette &c, const Part &part, double unit,
                    const QRectF &held)
{
    const double u = unit;
    const QRectF r = part.rect;
    const double radius = 1.2 * u;
    QLinearGradient fill(r.topLeft(), r.bottomRight());
    fill.setColorAt(0, mix(c.substrate, c.bodyLight, 0.06));
    fill.setColorAt(1, c.substrate);
    painter->setBrush(fill);
    painter->setPen(QPen(c.substrateEdge, std::max(1.0, 0.22 * u)));
    painter->drawRoundedRect(r, radius, radius);

    // Decoupling capacitors in the margin around the dies.
    const QRectF &inner = held;
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

void paintDie(QPainter *painter, const DiagramPalette &c, const Part &part, double unit)
{
    const double u = unit;
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
        for (int across = 1; across <= part.count; ++across) {
            if (part.count % across != 0)
                continue;
            const int down = part.count / across;
            const double oddness =
                    std::abs(std::log((field.width() / across) / (field.height() / down)));
            if (oddness < best) {
                best = oddness;
                columns = across;
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

void paintLink(QPainter *painter, const DiagramPalette &c, const Part &part, double unit)
{
    const double u = unit;
    const QRectF r = part.rect;
    QColor wash = c.accent;
    wash.setAlphaF(0.12f);
    painter->setPen(Qt::NoPen);
    painter->setBrush(wash);
    painter->drawRect(r);
    // Parallel lanes across the gap between the dies.
    const int lanes = std::max(3, static_cast<int>(r.height() / (1.1 * u)));
    QColor lane = c.accent;
    lane.setAlphaF(0.75f);
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

void paintMemory(QPainter *painter, const DiagramPalette &c, const Part &part, double unit)
{
    const double u = unit;
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

void paintModule(QPainter *painter, const DiagramPalette &c, const Part &part, double unit)
{
    // An M.2 card: contact fingers at one short end, a half-moon screw notch
    // at the other. Drawn upright or lying down, whichever the rect is.
    const double u = unit;
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
        wave.setAlphaF(0.55f);
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

void paintNetwork(QPainter *painter, const DiagramPalette &c, const Part &part, double unit)
{
    // A network controller under a finned heat sink.
    const double u = unit;
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

void paintConnectors(QPainter *painter, const DiagramPalette &c, const Part &part, double unit)
{
    const double u = unit;
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

void paintPower(QPainter *painter, const DiagramPalette &c, const Part &part, double unit,
                const QRectF &port)
{
    // The external supply, with its cable plugged into the first USB-C
    // receptacle: that one is the power input.
    const double u = unit;
    const QRectF r = part.rect;
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

void paintSoftware(QPainter *painter, const DiagramPalette &c, const Part &part, double unit)
{
    const double u = unit;
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

void paintLeaders(QPainter *painter, const DiagramPalette &c, const HardwareDiagramLayout &layout,
                  double scale, Leader mode, const std::vector<int> &parts)
{
    const Painting::Metrics metrics = Painting::Metrics::forScale(scale);
    const double hair = std::max(1.0, metrics.hairline);
    const double dot = std::max(2.5, 0.45 * layout.unit());

    const double gap = std::max(4.0, 10 * scale);
    painter->save();
    for (int i : parts) {
        const Part &p = layout.part(i);
        if (p.label.isEmpty())
            continue;
        const bool isSelected = mode == Leader::Selected;
        const QColor line =
                isSelected ? c.accent : (mode == Leader::Highlighted ? c.labelHover : c.leader);
        QPainterPath leader;
        if (p.side == LabelSide::Top) {
            // A dimension line from edge to edge, broken for the caption.
            const double y = p.label.center().y();
            const double tick = 0.9 * std::max(4.0, 6 * scale);
            const double opening = 0.6 * gap;
            leader.moveTo(p.rect.left(), y);
            leader.lineTo(p.label.left() - opening, y);
            leader.moveTo(p.label.right() + opening, y);
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
            const double stub = gap * 1.4;
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
            halo.setAlphaF(0.8f);
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

} // namespace DiagramArt
