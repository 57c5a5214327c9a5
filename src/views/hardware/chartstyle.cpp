#include "chartstyle.h"

#include "views/common/painting.h"

#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QLocale>

namespace ChartStyle {

void setUpChart(QChart *chart)
{
    chart->setBackgroundVisible(false);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins());
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->legend()->hide();
}

void setUpView(QChartView *view)
{
    view->setRenderHint(QPainter::Antialiasing);
    view->setFrameShape(QFrame::NoFrame);
    view->setFocusPolicy(Qt::NoFocus);
    // QGraphicsView gives its viewport strong focus; a chart takes no input.
    view->viewport()->setFocusPolicy(Qt::NoFocus);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setBackgroundBrush(Qt::NoBrush);
    view->setAutoFillBackground(false);
    view->viewport()->setAutoFillBackground(false);
}

void styleAxis(QAbstractAxis *axis, const Theme &theme, double scale)
{
    const Appearance *appearance = Appearance::instance();
    axis->setLabelsFont(appearance->font(Typography::Role::Caption, scale));
    axis->setLabelsColor(theme.textMuted);
    axis->setTitleFont(appearance->font(Typography::Role::Caption, scale));
    axis->setTitleBrush(theme.textMuted);
    const double hairline = Painting::Metrics::forScale(scale).hairline;
    axis->setLinePen(QPen(theme.border, hairline));
    QPen grid(Painting::mix(theme.border, theme.surface,
                            theme.id == Theme::Id::HighContrast ? 0.4 : 0.2),
              hairline);
    axis->setGridLinePen(grid);
    axis->setShadesVisible(false);
}

QColor barColor(const Theme &theme, int set, int count)
{
    if (count <= 1 || set >= count - 1)
        return theme.accent;
    // From a quiet tint for the first set, evenly towards the accent for the last.
    const QColor quiet = theme.id == Theme::Id::HighContrast
                                 ? theme.textMuted
                                 : Painting::mix(theme.surfaceRaised, theme.textMuted, 0.55);
    return Painting::mix(quiet, theme.accent, double(std::max(0, set)) / (count - 1));
}

} // namespace ChartStyle
