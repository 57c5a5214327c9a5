#pragma once

#include "views/theme.h"

class QAbstractAxis;
class QChart;
class QChartView;

// The look of the Hardware view's charts: no chart furniture of its own, the
// theme's text and grid colours, the app's fonts at the view's scale.
namespace ChartStyle {

// A bare chart: transparent, no margins, no animation, numbers in the UI locale.
void setUpChart(QChart *chart);
// A chart view that lets the card behind it show and takes no keyboard focus.
void setUpView(QChartView *view);
// Axis text, lines and grid in the theme's colours.
void styleAxis(QAbstractAxis *axis, const Theme &theme, double scale);
// The colour of bar set \a set of \a count: the brand colour for the last (the
// newest system, the smallest precision), quieter shades evenly before it.
QColor barColor(const Theme &theme, int set, int count);

} // namespace ChartStyle
