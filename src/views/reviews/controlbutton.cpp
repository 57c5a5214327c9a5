#include "controlbutton.h"

#include "views/common/painting.h"
#include "views/theme.h"

#include <QPainter>
#include <QPainterPath>

ControlButton::ControlButton(Glyph glyph, QWidget *parent)
    : QAbstractButton(parent)
    , m_glyph(glyph)
{
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    // Hover events repaint it; underMouse() says whether it is hovered.
    setAttribute(Qt::WA_Hover);
    connect(Appearance::instance(), &Appearance::themeChanged, this, qOverload<>(&QWidget::update));
}

void ControlButton::setGlyph(Glyph glyph)
{
    m_glyph = glyph;
    update();
}

void ControlButton::setScale(double scale)
{
    m_scale = scale;
    updateGeometry();
    update();
}

void ControlButton::setProminent(bool prominent)
{
    m_prominent = prominent;
    update();
}

QSize ControlButton::sizeHint() const
{
    const int side = std::max(44, static_cast<int>(std::lround(56 * m_scale)));
    return {side, side};
}

void ControlButton::paintEvent(QPaintEvent *)
{
    const Theme &theme = Appearance::instance()->theme();
    const Painting::Metrics metrics = Painting::Metrics::forScale(m_scale);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    // Leave room for the focus ring inside the widget.
    const double room = metrics.ring * 2.5;
    const QRectF circle = QRectF(rect()).adjusted(room, room, -room, -room);
    QColor fill = m_prominent ? theme.accent : theme.surfaceRaised;
    if (underMouse() || isDown())
        fill = Painting::mix(fill, theme.text, isDown() ? 0.2 : 0.1);
    painter.setPen(m_prominent ? Qt::NoPen : QPen(theme.border, metrics.hairline));
    painter.setBrush(fill);
    painter.drawEllipse(circle);

    const QColor ink = m_prominent ? theme.accentText : theme.text;
    painter.setPen(Qt::NoPen);
    painter.setBrush(ink);
    const double g = circle.width() * 0.34; // glyph box
    const QPointF c = circle.center();
    // Previous and next point along the reading direction.
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    const auto triangle = [&](bool pointsRight, double x, double w, double h) {
        QPainterPath path;
        if (pointsRight) {
            path.moveTo(x, c.y() - h / 2);
            path.lineTo(x + w, c.y());
            path.lineTo(x, c.y() + h / 2);
        } else {
            path.moveTo(x + w, c.y() - h / 2);
            path.lineTo(x, c.y());
            path.lineTo(x + w, c.y() + h / 2);
        }
        path.closeSubpath();
        painter.drawPath(path);
    };
    switch (m_glyph) {
    case Glyph::Play:
        // Optically centred: a triangle's mass sits left of its box centre.
        triangle(!rtl, c.x() - g * 0.38, g * 0.9, g);
        break;
    case Glyph::Pause: {
        const double bar = g * 0.3;
        painter.drawRoundedRect(QRectF(c.x() - g * 0.4, c.y() - g / 2, bar, g), bar / 4, bar / 4);
        painter.drawRoundedRect(QRectF(c.x() + g * 0.4 - bar, c.y() - g / 2, bar, g), bar / 4,
                                bar / 4);
        break;
    }
    case Glyph::Previous:
    case Glyph::Next: {
        const bool right = (m_glyph == Glyph::Next) != rtl;
        QPen pen(ink, std::max(2.0, g * 0.16), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        const double w = g * 0.3;
        const double h = g * 0.5;
        QPainterPath chevron;
        const double x = right ? c.x() - w / 2 : c.x() + w / 2;
        const double tip = right ? c.x() + w / 2 : c.x() - w / 2;
        chevron.moveTo(x, c.y() - h);
        chevron.lineTo(tip, c.y());
        chevron.lineTo(x, c.y() + h);
        painter.drawPath(chevron);
        break;
    }
    }
    if (hasFocus())
        Painting::focusRing(&painter, circle, theme, m_scale, circle.height() / 2);
}
