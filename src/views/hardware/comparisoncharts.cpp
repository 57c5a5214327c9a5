#include "comparisoncharts.h"

#include "chartstyle.h"
#include "models/comparisonmodel.h"
#include "views/common/painting.h"
#include "views/common/textmetrics.h"
#include "views/theme.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGraphicsLayout>
#include <QGraphicsPathItem>
#include <QGraphicsSimpleTextItem>
#include <QHBarModelMapper>
#include <QHorizontalBarSeries>
#include <QLogValueAxis>
#include <QPainter>
#include <QValueAxis>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr double BarWidth = 0.64;
// A value axis's label format with no conversion in it.
constexpr QLatin1StringView NoLabels("-");

} // namespace

struct ComparisonCharts::Panel
{
    int row = -1;
    QChartView *view = nullptr;
    QChart *chart = nullptr;
    QHorizontalBarSeries *series = nullptr;
    QHBarModelMapper *mapper = nullptr;
    QBarCategoryAxis *categories = nullptr;
    QAbstractAxis *values = nullptr;
    bool logarithmic = false;
    QList<QGraphicsSimpleTextItem *> primary;
    QList<QGraphicsSimpleTextItem *> detail;
    QList<QGraphicsPathItem *> hatches;
    QString title;
    QString tag;
    QString notes;
    QRectF titleRect;
    QRectF notesRect;
    double separator = -1;
};

ComparisonCharts::ComparisonCharts(QWidget *parent)
    : ChartPage(QSize(720, 720), QSize(320, 360), parent)
{}

ComparisonCharts::~ComparisonCharts() = default;

void ComparisonCharts::setModel(ComparisonModel *model)
{
    if (!m_follower.setModel(model))
        return;
    m_model = model;
    rebuild();
}

int ComparisonCharts::chartCount() const
{
    return static_cast<int>(m_panels.size());
}

QChart *ComparisonCharts::chart(int metric) const
{
    return metric >= 0 && metric < chartCount() ? m_panels[static_cast<size_t>(metric)].chart
                                                : nullptr;
}

QChartView *ComparisonCharts::chartView(int metric) const
{
    return metric >= 0 && metric < chartCount() ? m_panels[static_cast<size_t>(metric)].view
                                                : nullptr;
}

QHorizontalBarSeries *ComparisonCharts::series(int metric) const
{
    return metric >= 0 && metric < chartCount() ? m_panels[static_cast<size_t>(metric)].series
                                                : nullptr;
}

QBarSet *ComparisonCharts::barSet(int metric) const
{
    QHorizontalBarSeries *s = series(metric);
    return s && s->count() > 0 ? s->barSets().constFirst() : nullptr;
}

QString ComparisonCharts::title(int metric) const
{
    return metric >= 0 && metric < chartCount() ? m_panels[static_cast<size_t>(metric)].title
                                                : QString();
}

QString ComparisonCharts::notes(int metric) const
{
    return metric >= 0 && metric < chartCount() ? m_panels[static_cast<size_t>(metric)].notes
                                                : QString();
}

bool ComparisonCharts::isLogarithmic(int metric) const
{
    return metric >= 0 && metric < chartCount() &&
           m_panels[static_cast<size_t>(metric)].logarithmic;
}

bool ComparisonCharts::isApproximate(int metric, int system) const
{
    if (!m_model)
        return false;
    return m_model->index(metric, system).data(int(ComparisonModel::Role::Confidence)).toInt() ==
           int(Confidence::Low);
}

QString ComparisonCharts::primaryText(int metric, int system) const
{
    const QString value = m_model->index(metric, system)
                                  .data(int(ComparisonModel::Role::FormattedValue))
                                  .toString();
    //: A figure on a chart whose sources are weak: %1 the figure, such as "60 kg"
    return isApproximate(metric, system) ? tr("≈ %1").arg(value) : value;
}

QString ComparisonCharts::detailText(int metric, int system) const
{
    const QModelIndex index = m_model->index(metric, system);
    QStringList parts;
    const QString label = index.data(int(ComparisonModel::Role::Label)).toString();
    if (!label.isEmpty())
        parts.append(label);
    if (isApproximate(metric, system))
        //: Marks a figure on a chart whose sources are weak
        parts.append(tr("approximate"));
    //: Separates the qualifiers after a figure on a chart, such as "FP16 · approximate"
    return parts.join(tr(" · "));
}

QString ComparisonCharts::valueLabel(int metric, int system) const
{
    if (!m_model || metric < 0 || metric >= chartCount())
        return {};
    const QString detail = detailText(metric, system);
    //: A figure on a chart and its qualifiers: %1 "170 TFLOPS", %2 "FP16"
    return detail.isEmpty() ? primaryText(metric, system)
                            : tr("%1 %2").arg(primaryText(metric, system), detail);
}

void ComparisonCharts::rebuild()
{
    for (Panel &panel : m_panels) {
        delete panel.mapper;
        delete panel.view; // owns its chart, which owns the series, axes and items
    }
    m_panels.clear();
    if (m_model) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            Panel panel;
            panel.row = row;
            panel.logarithmic =
                    m_model->index(row, 0).data(int(ComparisonModel::Role::Logarithmic)).toBool();
            panel.chart = new QChart;
            ChartStyle::setUpChart(panel.chart);
            panel.view = new QChartView(panel.chart, this);
            ChartStyle::setUpView(panel.view);
            panel.series = new QHorizontalBarSeries;
            panel.series->setBarWidth(BarWidth);
            panel.chart->addSeries(panel.series);
            // One bar set per measure, one bar per system: the mapper reads
            // the row straight from the model, so chart and data cannot drift.
            panel.mapper = new QHBarModelMapper(this);
            panel.mapper->setFirstBarSetRow(row);
            panel.mapper->setLastBarSetRow(row);
            panel.mapper->setFirstColumn(0);
            panel.mapper->setSeries(panel.series);
            panel.mapper->setModel(m_model);
            connect(panel.series, &QAbstractBarSeries::barsetsAdded, this, [this] {
                restyle();
                relayout();
            });

            panel.categories = new QBarCategoryAxis;
            // Horizontal bar series stack their categories from the bottom up, so
            // the newest system, in the brand colour, leads each chart.
            panel.chart->addAxis(panel.categories, Qt::AlignLeft);
            panel.series->attachAxis(panel.categories);
            if (panel.logarithmic) {
                auto *axis = new QLogValueAxis;
                axis->setBase(10);
                axis->setMinorTickCount(0);
                panel.values = axis;
            } else {
                auto *axis = new QValueAxis;
                axis->setTickCount(5);
                panel.values = axis;
            }
            // Its labels stay hidden, yet Qt Charts lays out and truncates
            // each one at every layout. A format with no conversion in it
            // gives empty labels (numbers are localized, see ChartStyle):
            // nothing to measure. The scale is in the bars and the figures.
            if (auto *axis = qobject_cast<QValueAxis *>(panel.values))
                axis->setLabelFormat(QString(NoLabels));
            else
                static_cast<QLogValueAxis *>(panel.values)->setLabelFormat(QString(NoLabels));
            panel.chart->addAxis(panel.values, Qt::AlignBottom);
            panel.series->attachAxis(panel.values);
            for (QAbstractAxis *axis :
                 {static_cast<QAbstractAxis *>(panel.categories), panel.values}) {
                axis->setLabelsVisible(false);
                axis->setLineVisible(false);
                axis->setTitleVisible(false);
            }
            panel.categories->setGridLineVisible(false);
            for (int column = 0; column < m_model->columnCount(); ++column) {
                auto *hatch = new QGraphicsPathItem(panel.chart);
                hatch->setZValue(5);
                panel.hatches.append(hatch);
                auto *primary = new QGraphicsSimpleTextItem(panel.chart);
                primary->setZValue(6);
                panel.primary.append(primary);
                auto *detail = new QGraphicsSimpleTextItem(panel.chart);
                detail->setZValue(6);
                panel.detail.append(detail);
            }
            panel.view->show();
            m_panels.push_back(panel);
        }
    }
    refresh();
    restyle();
}

void ComparisonCharts::refresh()
{
    invalidatePicture();
    m_systems.clear();
    QStringList sources;
    if (m_model) {
        for (int column = 0; column < m_model->columnCount(); ++column)
            m_systems.append(m_model->headerData(column, Qt::Horizontal).toString());
        for (Panel &panel : m_panels) {
            const int row = panel.row;
            panel.title = m_model->headerData(row, Qt::Vertical).toString();
            panel.logarithmic =
                    m_model->index(row, 0).data(int(ComparisonModel::Role::Logarithmic)).toBool();
            //: Under the name of a measure on a chart whose axis grows by powers of ten
            panel.tag = panel.logarithmic ? tr("log scale") : QString();
            panel.categories->setCategories(m_systems);
            QStringList notes;
            QStringList spoken;
            for (int column = 0; column < m_model->columnCount(); ++column) {
                const QModelIndex index = m_model->index(row, column);
                const QString system =
                        index.data(int(ComparisonModel::Role::SystemName)).toString();
                const QString note = index.data(int(ComparisonModel::Role::Note)).toString();
                if (!note.isEmpty())
                    //: A note under a chart: %1 the system, %2 the note
                    notes.append(tr("%1: %2").arg(system, note));
                const QStringList cited = index.data(int(ComparisonModel::Role::SourceText))
                                                  .toString()
                                                  .split(u'\n', Qt::SkipEmptyParts);
                for (const QString &source : cited) {
                    if (!sources.contains(source))
                        sources.append(source);
                }
                if (column < panel.primary.size()) {
                    panel.primary.at(column)->setText(primaryText(row, column));
                    panel.detail.at(column)->setText(detailText(row, column));
                }
                spoken.append(tr("%1: %2").arg(m_systems.value(column), valueLabel(row, column)));
            }
            panel.notes = notes.join(u'\n');
            panel.view->setAccessibleName(panel.title);
            panel.view->setAccessibleDescription(spoken.join(u'\n') + u'\n' + panel.notes);
        }
    }
    //: The line above the "Then and now" charts
    m_intro = tr("Each measure on its own scale; bars on a log scale grow by powers of ten.");
    m_sources = sources.isEmpty()
                        ? QString()
                        : (sources.size() == 1 ? tr("Source: %1").arg(sources.first())
                                               : tr("Sources: %1").arg(sources.join(tr("; "))));
    setAccessibleName(tr("Then and now"));
    relayout();
    update();
}

void ComparisonCharts::restyle()
{
    invalidatePicture();
    const Theme &theme = Appearance::instance()->theme();
    const Appearance *appearance = Appearance::instance();
    QFont primaryFont = appearance->font(Typography::Role::Label, scale());
    primaryFont.setWeight(QFont::DemiBold);
    const QFont detailFont = appearance->font(Typography::Role::Caption, scale());
    for (Panel &panel : m_panels) {
        const int systems = m_model ? m_model->columnCount() : 0;
        for (QBarSet *set : panel.series->barSets()) {
            set->setPen(Qt::NoPen);
            set->setColor(ChartStyle::barColor(theme, 0, 2));
            // The newest system in the brand colour: the one bar that is selected.
            set->setSelectedColor(theme.accent);
            set->deselectAllBars();
            if (systems > 0)
                set->selectBar(systems - 1);
        }
        ChartStyle::styleAxis(panel.values, theme, scale());
        ChartStyle::styleAxis(panel.categories, theme, scale());
        for (QGraphicsSimpleTextItem *item : std::as_const(panel.primary)) {
            item->setFont(primaryFont);
            item->setBrush(theme.text);
        }
        for (QGraphicsSimpleTextItem *item : std::as_const(panel.detail)) {
            item->setFont(detailFont);
            item->setBrush(theme.textMuted);
        }
        QColor hatch = theme.background;
        hatch.setAlphaF(theme.id == Theme::Id::HighContrast ? 1.0f : 0.55f);
        for (QGraphicsPathItem *item : std::as_const(panel.hatches)) {
            item->setPen(QPen(hatch, std::max(1.0, 2 * scale()), Qt::SolidLine, Qt::FlatCap));
            item->setBrush(Qt::NoBrush);
        }
    }
}

void ComparisonCharts::relayout()
{
    invalidatePicture();
    if (postponeLayout())
        return;
    const Appearance *appearance = Appearance::instance();
    const double w = width();
    const double h = height();
    if (w <= 0 || h <= 0)
        return;
    QFont titleFont = appearance->font(Typography::Role::Label, scale());
    titleFont.setWeight(QFont::DemiBold);
    const QFont caption = appearance->font(Typography::Role::Caption, scale());
    const QFont label = appearance->font(Typography::Role::Label, scale());
    const QFontMetricsF titleMetrics(titleFont);
    const QFontMetricsF captionMetrics(caption);
    const double gap = 12 * scale();

    double y = 0;
    m_legendRect = QRectF(0, y, w, QFontMetricsF(label).height());
    y = m_legendRect.bottom() + gap * 0.5;
    m_introRect = QRectF(0, y, w, TextMetrics::wrappedHeight(caption, m_intro, w));
    y = m_introRect.bottom() + gap * 1.4;

    double titleWidth = 0;
    for (const Panel &panel : m_panels) {
        titleWidth = std::max(titleWidth, titleMetrics.horizontalAdvance(panel.title));
        titleWidth = std::max(titleWidth, captionMetrics.horizontalAdvance(panel.tag));
    }
    // At most 30 % of the width, but never under 100 pixels at 1x, even in a
    // narrow widget (std::clamp wants its upper bound not below its lower one).
    const double minColumn = 100 * scale();
    const double column = std::clamp(titleWidth + 2 * gap, minColumn, std::max(minColumn, 0.3 * w));
    const double chartWidth = std::max(1.0, w - column);
    const double sourcesHeight = TextMetrics::wrappedHeight(caption, m_sources, w);

    // Bars as thick as the height allows, within limits.
    double notesTotal = 0;
    for (const Panel &panel : m_panels)
        notesTotal +=
                panel.notes.isEmpty()
                        ? 0
                        : TextMetrics::wrappedHeight(caption, panel.notes, chartWidth) + gap * 0.4;
    const int count = static_cast<int>(m_panels.size());
    const double fixed = y + notesTotal + count * gap * 1.6 + sourcesHeight + gap;
    const int systems = m_model ? std::max(1, m_model->columnCount()) : 1;
    const double perBar = count > 0 ? (h - fixed) / (count * systems) : 0;
    const double bar = std::clamp(perBar * BarWidth, 12 * scale(), 30 * scale());
    const double chartHeight = std::max(bar / BarWidth * systems, titleMetrics.height() * 2);

    const QFontMetricsF primaryMetrics(titleFont);
    for (Panel &panel : m_panels) {
        panel.separator = y - gap * 0.8;
        panel.titleRect = QRectF(0, y, column - gap, chartHeight);
        const bool rtl = layoutDirection() == Qt::RightToLeft;
        // Right to left, the bars grow from the right and the titles sit on the right.
        const QRectF chartRect(rtl ? 0 : column, y, chartWidth, chartHeight);
        panel.values->setReverse(rtl);
        panel.view->setGeometry(chartRect.toAlignedRect());
        panel.chart->resize(chartRect.size());
        panel.view->setSceneRect(QRectF(QPointF(0, 0), chartRect.size()));
        const QRectF plot(0, 0, chartRect.width(), chartRect.height());
        panel.chart->setPlotArea(plot);

        // Leave room after the longest bar for its words.
        double words = 0;
        for (int k = 0; k < panel.primary.size(); ++k) {
            const double inline_ = primaryMetrics.horizontalAdvance(panel.primary.at(k)->text()) +
                                   gap * 0.6 +
                                   captionMetrics.horizontalAdvance(panel.detail.at(k)->text());
            words = std::max(words, inline_);
        }
        const double fraction =
                std::clamp((plot.width() - words - gap * 1.5) / plot.width(), 0.3, 0.82);
        double smallest = 0;
        double largest = 0;
        bool first = true;
        if (QBarSet *set = barSet(static_cast<int>(&panel - m_panels.data()))) {
            for (int k = 0; k < set->count(); ++k) {
                const double v = set->at(k);
                if (panel.logarithmic && v <= 0)
                    continue;
                smallest = first ? v : std::min(smallest, v);
                largest = first ? v : std::max(largest, v);
                first = false;
            }
        }
        if (!first && largest > 0) {
            if (panel.logarithmic) {
                // Start a decade below the smallest figure, so that its bar has length.
                const double low = std::floor(std::log10(smallest)) - 1;
                const double high = low + (std::log10(largest) - low) / fraction;
                panel.values->setRange(std::pow(10.0, low), std::pow(10.0, high));
            } else {
                panel.values->setRange(0, largest / fraction);
            }
        }
        panel.chart->layout()->activate();
        placeLabels(panel);
        y = chartRect.bottom();
        if (!panel.notes.isEmpty()) {
            const double nh = TextMetrics::wrappedHeight(caption, panel.notes, chartWidth);
            panel.notesRect =
                    QRectF(column, y + gap * 0.4, chartWidth, nh); // mirrored when painted
            y = panel.notesRect.bottom();
        } else {
            panel.notesRect = QRectF();
        }
        y += gap * 1.6;
    }
    const double sourcesTop = std::max(y, h - sourcesHeight);
    m_sourcesRect = QRectF(0, sourcesTop, w, sourcesHeight);
}

void ComparisonCharts::placeLabels(Panel &panel)
{
    if (!m_model)
        return;
    const double gap = 10 * scale();
    const QRectF plot = panel.chart->plotArea();
    QBarSet *set = panel.series->count() > 0 ? panel.series->barSets().constFirst() : nullptr;
    for (int k = 0; k < panel.primary.size(); ++k) {
        QGraphicsSimpleTextItem *primary = panel.primary.at(k);
        QGraphicsSimpleTextItem *detail = panel.detail.at(k);
        QGraphicsPathItem *hatch = panel.hatches.at(k);
        if (!set || k >= set->count()) {
            primary->hide();
            detail->hide();
            hatch->hide();
            continue;
        }
        const double value = set->at(k);
        const double axisMin = panel.logarithmic ? static_cast<QLogValueAxis *>(panel.values)->min()
                                                 : static_cast<QValueAxis *>(panel.values)->min();
        const QPointF end = panel.chart->mapToPosition(QPointF(value, k), panel.series);
        const QPointF a =
                panel.chart->mapToPosition(QPointF(axisMin, k - BarWidth / 2), panel.series);
        const QPointF b =
                panel.chart->mapToPosition(QPointF(value, k + BarWidth / 2), panel.series);
        const QRectF barRect = QRectF(a, b).normalized();
        const QRectF p = primary->boundingRect();
        const QRectF d = detail->boundingRect();
        // The words go after the end of the bar: to its right, or to its left
        // when the bars grow from the right.
        const bool reversed = panel.values->isReverse();
        const double inlineWidth = p.width() + gap * 0.6 + d.width();
        const bool inlineFits = reversed ? end.x() - gap - inlineWidth >= plot.left()
                                         : end.x() + gap + inlineWidth <= plot.right();
        const auto at = [&](double offset, double width) {
            return reversed ? end.x() - gap - offset - width : end.x() + gap + offset;
        };
        primary->show();
        detail->setVisible(!detail->text().isEmpty());
        if (inlineFits || detail->text().isEmpty()) {
            primary->setPos(at(0, p.width()), end.y() - p.height() / 2);
            detail->setPos(at(p.width() + gap * 0.6, d.width()),
                           end.y() - p.height() / 2 + (p.height() - d.height()) * 0.62);
        } else {
            const double total = p.height() + d.height();
            primary->setPos(at(0, p.width()), end.y() - total / 2);
            detail->setPos(at(0, d.width()), end.y() - total / 2 + p.height());
        }
        // Diagonal hatching over a bar whose figure is approximate.
        if (isApproximate(panel.row, k) && barRect.width() > 0) {
            QPainterPath path;
            const double step = std::max(5.0, 9 * scale());
            for (double x = barRect.left() - barRect.height(); x < barRect.right(); x += step) {
                QLineF line(x, barRect.bottom(), x + barRect.height(), barRect.top());
                // Clip the stroke to the bar.
                const double x0 = std::max(line.x1(), barRect.left());
                const double x1 = std::min(line.x2(), barRect.right());
                if (x1 <= x0)
                    continue;
                const auto yAt = [&](double xx) {
                    return barRect.bottom() - (xx - x) / barRect.height() * barRect.height();
                };
                path.moveTo(x0, yAt(x0));
                path.lineTo(x1, yAt(x1));
            }
            hatch->setPath(path);
            hatch->show();
        } else {
            hatch->hide();
        }
    }
}

void ComparisonCharts::retranslate()
{
    for (Panel &panel : m_panels)
        panel.chart->setLocale(QLocale());
    refresh();
}

void ComparisonCharts::paintContent(QPainter &painter)
{
    const Appearance *appearance = Appearance::instance();
    const Theme &theme = appearance->theme();
    const Painting::Metrics metrics = Painting::Metrics::forScale(scale());
    painter.setRenderHint(QPainter::Antialiasing);
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    const auto mirrored = [&](const QRectF &r) {
        return rtl ? QRectF(width() - r.right(), r.top(), r.width(), r.height()) : r;
    };
    const QFont label = appearance->font(Typography::Role::Label, scale());
    QFont titleFont = label;
    titleFont.setWeight(QFont::DemiBold);
    const QFont caption = appearance->font(Typography::Role::Caption, scale());
    // Text keeps its own direction; only its alignment follows the layout.
    const int edge =
            rtl ? (Qt::AlignRight | Qt::AlignAbsolute) : (Qt::AlignLeft | Qt::AlignAbsolute);
    const int leading = edge | Qt::AlignTop | Qt::TextWordWrap;

    // Legend: a swatch per system.
    {
        const QFontMetricsF fm(label);
        const double swatch = fm.height() * 0.62;
        double x = 0;
        // In the order of the bars, top to bottom.
        for (int k = static_cast<int>(m_systems.size()) - 1; k >= 0; --k) {
            const QColor color = ChartStyle::barColor(theme, k == m_systems.size() - 1 ? 1 : 0, 2);
            const QRectF sw(x, m_legendRect.center().y() - swatch / 2, swatch, swatch);
            painter.setPen(Qt::NoPen);
            painter.setBrush(color);
            painter.drawRoundedRect(mirrored(sw), swatch * 0.2, swatch * 0.2);
            x = sw.right() + swatch * 0.6;
            const double tw = fm.horizontalAdvance(m_systems.at(k));
            painter.setFont(label);
            painter.setPen(theme.text);
            painter.drawText(mirrored(QRectF(x, m_legendRect.top(), tw + 2, m_legendRect.height())),
                             edge | Qt::AlignVCenter, m_systems.at(k));
            x += tw + swatch * 2.4;
        }
    }
    painter.setFont(caption);
    painter.setPen(theme.textMuted);
    painter.drawText(mirrored(m_introRect), leading, m_intro);

    for (const Panel &panel : m_panels) {
        painter.setPen(QPen(theme.border, metrics.hairline));
        painter.drawLine(QPointF(0, panel.separator), QPointF(width(), panel.separator));
        const QFontMetricsF tm(titleFont);
        const QRectF title(panel.titleRect.left(), panel.titleRect.top(), panel.titleRect.width(),
                           tm.height());
        painter.setFont(titleFont);
        painter.setPen(theme.text);
        painter.drawText(mirrored(title), edge | Qt::AlignTop, panel.title);
        if (!panel.tag.isEmpty()) {
            painter.setFont(caption);
            painter.setPen(theme.textMuted);
            painter.drawText(mirrored(QRectF(title.left(), title.bottom(), title.width(),
                                             QFontMetricsF(caption).height())),
                             edge | Qt::AlignTop, panel.tag);
        }
        if (panel.notesRect.isValid()) {
            painter.setFont(caption);
            painter.setPen(theme.textMuted);
            painter.drawText(mirrored(panel.notesRect), leading, panel.notes);
        }
    }
    painter.setFont(caption);
    painter.setPen(theme.textMuted);
    painter.drawText(mirrored(m_sourcesRect), leading, m_sources);
}
