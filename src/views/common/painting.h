#pragma once

#include "views/theme.h"

#include <QRectF>

class QPainter;
class QScrollBar;

// Shared measures and painting of the showcase's visual language, so that the
// four views space, round and highlight things alike.
namespace Painting {

// Spacing for a view at a given typographic scale (Typography::scaleFor).
struct Metrics
{
    double margin;   // around a view's content
    double gutter;   // between cards and columns
    double padding;  // inside a card
    double radius;   // card corners
    double hairline; // card outlines
    double ring;     // width of the focus and selection rings

    static Metrics forScale(double scale);
};

enum CardState { Normal = 0x0, Hovered = 0x1, Selected = 0x2, Focused = 0x4 };
Q_DECLARE_FLAGS(CardStates, CardState)

// A rounded card with its hover, selection and focus states.
void card(QPainter *painter, const QRectF &rect, const Theme &theme, double scale,
          CardStates states = Normal);
// A keyboard focus ring just outside \a rect.
void focusRing(QPainter *painter, const QRectF &rect, const Theme &theme, double scale,
               double radius);
// A colour between \a a and \a b; \a t from 0 (a) to 1 (b).
QColor mix(const QColor &a, const QColor &b, double t);
// A slim vertical scroll bar in the theme's colours, for views whose content
// is the picture and the bar only a hint of where you are in it. Call it again
// when the theme or the scale changes.
void styleScrollBar(QScrollBar *bar, double scale);

} // namespace Painting

Q_DECLARE_OPERATORS_FOR_FLAGS(Painting::CardStates)
