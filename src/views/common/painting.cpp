#include "painting.h"

#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>

#include <algorithm>
#include <cmath>

namespace Painting {

Metrics Metrics::forScale(double scale)
{
    const double s = std::max(scale, 0.6);
    return {48 * s, 24 * s, 24 * s, 16 * s, std::max(1.0, s), std::max(2.0, 3 * s)};
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    // QColor's components are floats.
    const float f = float(std::clamp(t, 0.0, 1.0));
    return QColor::fromRgbF(
            a.redF() + (b.redF() - a.redF()) * f, a.greenF() + (b.greenF() - a.greenF()) * f,
            a.blueF() + (b.blueF() - a.blueF()) * f, a.alphaF() + (b.alphaF() - a.alphaF()) * f);
}

void card(QPainter *painter, const QRectF &rect, const Theme &theme, double scale,
          CardStates states)
{
    const Metrics m = Metrics::forScale(scale);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor fill = states.testFlag(Hovered) || states.testFlag(Selected) ? theme.surfaceRaised
                                                                              : theme.surface;
    QPen outline(states.testFlag(Selected) ? theme.accent : theme.border,
                 states.testFlag(Selected) ? m.ring : m.hairline);
    const double inset = outline.widthF() / 2;
    painter->setPen(outline);
    painter->setBrush(fill);
    painter->drawRoundedRect(rect.adjusted(inset, inset, -inset, -inset), m.radius, m.radius);
    painter->restore();
    if (states.testFlag(Focused))
        focusRing(painter, rect, theme, scale, m.radius);
}

void focusRing(QPainter *painter, const QRectF &rect, const Theme &theme, double scale,
               double radius)
{
    const Metrics m = Metrics::forScale(scale);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(theme.focus, m.ring);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    const double gap = m.ring * 1.5;
    painter->drawRoundedRect(rect.adjusted(-gap, -gap, gap, gap), radius + gap, radius + gap);
    painter->restore();
}

void styleScrollBar(QScrollBar *bar, double scale)
{
    const Theme &theme = Appearance::instance()->theme();
    const int width = std::max(8, static_cast<int>(std::lround(12 * scale)));
    const int margin = std::max(2, width / 4);
    bar->setStyleSheet(
            QStringLiteral(
                    "QScrollBar:vertical { background: transparent; width: %1px; margin: 0; }"
                    " QScrollBar::handle:vertical { background: %2; border-radius: %3px;"
                    " min-height: %4px; margin: %5px; }"
                    " QScrollBar::handle:vertical:hover { background: %6; }"
                    " QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical"
                    " { height: 0; }"
                    " QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical"
                    " { background: transparent; }")
                    .arg(width)
                    .arg(theme.border.name())
                    .arg((width - 2 * margin) / 2)
                    .arg(width * 4)
                    .arg(margin)
                    .arg(theme.textMuted.name()));
}

} // namespace Painting
