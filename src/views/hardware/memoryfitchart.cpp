#include "memoryfitchart.h"

#include "chartstyle.h"
#include "models/formatting.h"
#include "models/memoryfitmodel.h"
#include "views/common/painting.h"
#include "views/common/textmetrics.h"
#include "views/theme.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGraphicsLayout>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QToolTip>
#include <QVBarModelMapper>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

// The share of a category's width that its bars take.
constexpr double FitBarWidth = 0.8;

// A round step for an axis that spans \a range in about \a ticks steps.
double niceStep(double range, int ticks)
{
    if (range <= 0 || ticks <= 0)
        return 1;
    const double raw = range / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double fraction = raw / magnitude;
    const double nice = fraction <= 1     ? 1
                        : fraction <= 2   ? 2
                        : fraction <= 2.5 ? 2.5
                        : fraction <= 5   ? 5
                                          : 10;
    return nice * magnitude;
}

} // namespace

MemoryFitChart::MemoryFitChart(QWidget *parent)
    : ChartPage(QSize(720, 640), QSize(320, 320), parent)
{
    m_chart = new QChart;
    ChartStyle::setUpChart(m_chart);
    m_chart->legend()->setVisible(true);
    m_chart->legend()->setAlignment(Qt::AlignTop);
    m_chart->legend()->setMarkerShape(QLegend::MarkerShapeRectangle);
    m_chart->legend()->setBackgroundVisible(false);
    m_view = new QChartView(m_chart, this);
    ChartStyle::setUpView(m_view);

    m_series = new QBarSeries;
    m_series->setBarWidth(FitBarWidth);
    // The values above the bars are the chart's own labels (placeLabels()):
    // Qt Charts would put them over the reference lines.
    m_series->setLabelsVisible(false);
    m_chart->addSeries(m_series);
    connect(m_series, &QAbstractBarSeries::barsetsAdded, this, [this] {
        restyle();
        relayout();
    });
    connect(m_series, &QAbstractBarSeries::hovered, this,
            [this](bool status, int index, QBarSet *set) {
                if (!status || !m_model) {
                    QToolTip::hideText();
                    return;
                }
                const int column = int(m_series->barSets().indexOf(set));
                const QModelIndex cell = m_model->index(index, column);
                //: Tooltip on a bar of the memory chart: %1 model size, %2 precision, %3 memory
                QToolTip::showText(
                        QCursor::pos(),
                        tr("%1 at %2: %3")
                                .arg(cell.data(int(MemoryFitModel::Role::ModelName)).toString(),
                                     cell.data(int(MemoryFitModel::Role::PrecisionName)).toString(),
                                     cell.data(int(MemoryFitModel::Role::FormattedGigabytes))
                                             .toString()),
                        m_view);
            });

    m_categories = new QBarCategoryAxis;
    m_chart->addAxis(m_categories, Qt::AlignBottom);
    m_series->attachAxis(m_categories);
    m_values = new QValueAxis;
    m_values->setLabelFormat(u"%.0f"_s);
    m_chart->addAxis(m_values, Qt::AlignLeft);
    m_series->attachAxis(m_values);
    m_categories->setGridLineVisible(false);
    m_values->setLineVisible(false);

    // Each column of the model (a precision) is one bar set; each row (a model
    // size) one bar within it.
    m_mapper = new QVBarModelMapper(this);
    m_mapper->setFirstBarSetColumn(0);
    m_mapper->setFirstRow(0);
    m_mapper->setSeries(m_series);
}

MemoryFitChart::~MemoryFitChart() = default;

void MemoryFitChart::setModel(MemoryFitModel *model)
{
    if (!m_follower.setModel(model))
        return;
    m_model = model;
    if (m_model)
        m_mapper->setLastBarSetColumn(m_model->columnCount() - 1);
    m_mapper->setModel(m_model);
    rebuildLines();
    rebuildValueLabels();
    refresh();
}

void MemoryFitChart::reshape()
{
    if (m_model)
        m_mapper->setLastBarSetColumn(m_model->columnCount() - 1);
    rebuildLines();
    rebuildValueLabels();
    refresh();
}

QString MemoryFitChart::capacityLabel(int capacity) const
{
    if (!m_model || capacity < 0 || capacity >= m_model->capacityCount())
        return {};
    //: The label of a reference line on the memory chart: %1 "One DGX Spark", %2 "128 GB"
    return tr("%1 · %2").arg(
            m_model->capacityName(capacity),
            Formatting::quantity(m_model->capacityGigabytes(capacity), Unit::Gigabyte, QLocale()));
}

void MemoryFitChart::rebuildLines()
{
    for (QLineSeries *line : std::as_const(m_lines)) {
        m_chart->removeSeries(line);
        delete line;
    }
    m_lines.clear();
    qDeleteAll(m_lineLabels);
    m_lineLabels.clear();
    if (!m_model)
        return;
    for (int capacity = 0; capacity < m_model->capacityCount(); ++capacity) {
        auto *line = new QLineSeries;
        m_chart->addSeries(line);
        line->attachAxis(m_categories);
        line->attachAxis(m_values);
        for (QLegendMarker *marker : m_chart->legend()->markers(line))
            marker->setVisible(false);
        m_lines.append(line);
        auto *label = new QGraphicsSimpleTextItem(m_chart);
        label->setZValue(8);
        m_lineLabels.append(label);
    }
    restyle();
}

void MemoryFitChart::rebuildValueLabels()
{
    qDeleteAll(m_valueLabels);
    m_valueLabels.clear();
    const int cells = m_model ? m_model->rowCount() * m_model->columnCount() : 0;
    for (int cell = 0; cell < cells; ++cell) {
        auto *label = new QGraphicsSimpleTextItem(m_chart);
        label->setZValue(8);
        m_valueLabels.append(label);
    }
    restyle();
}

void MemoryFitChart::refresh()
{
    invalidatePicture();
    QStringList categories;
    QStringList notes;
    QStringList sources;
    const auto cite = [&](const QString &text) {
        for (const QString &source : text.split(u'\n', Qt::SkipEmptyParts)) {
            if (!sources.contains(source))
                sources.append(source);
        }
    };
    if (m_model) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QString name = m_model->headerData(row, Qt::Vertical).toString();
            categories.append(name);
            const QModelIndex index = m_model->index(row, 0);
            const QString note = index.data(int(MemoryFitModel::Role::ModelNote)).toString();
            if (!note.isEmpty())
                //: A note under the memory chart: %1 a model size such as "70B", %2 what it stands
                //: for
                notes.append(tr("%1: %2").arg(name, note));
            cite(index.data(int(MemoryFitModel::Role::SourceText)).toString());
        }
        for (int capacity = 0; capacity < m_model->capacityCount(); ++capacity)
            cite(m_model->capacitySourceText(capacity));
        const int rows = m_model->rowCount();
        for (int capacity = 0; capacity < m_lines.size(); ++capacity) {
            const double gigabytes = m_model->capacityGigabytes(capacity);
            m_lines.at(capacity)->replace(
                    {QPointF(-0.5, gigabytes), QPointF(std::max(0, rows) - 0.5, gigabytes)});
            m_lines.at(capacity)->setName(m_model->capacityName(capacity));
            m_lineLabels.at(capacity)->setText(capacityLabel(capacity));
        }
        const double top = m_model->maximumGigabytes() * 1.12;
        const double step = niceStep(top, 5);
        m_values->setRange(0, std::ceil(top / step) * step);
        m_values->setTickCount(static_cast<int>(std::ceil(top / step)) + 1);
    }
    m_categories->setCategories(categories);
    //: Title of the value axis of the memory chart
    m_values->setTitleText(tr("Weights, %1").arg(Formatting::unitSymbol(Unit::Gigabyte)));
    //: Under the memory chart: the bars show weights only
    m_note = tr("Weights only. The KV cache and activations need memory on top, so what "
                "runs in practice is smaller.");
    m_modelNotes = notes.join(u'\n');
    m_sources = sources.isEmpty()
                        ? QString()
                        : (sources.size() == 1 ? tr("Source: %1").arg(sources.first())
                                               : tr("Sources: %1").arg(sources.join(tr("; "))));
    m_chart->setLocale(QLocale());
    if (m_model) {
        const int columns = m_model->columnCount();
        for (int cell = 0; cell < m_valueLabels.size(); ++cell) {
            const double gigabytes =
                    m_model->index(cell / columns, cell % columns).data().toDouble();
            m_valueLabels.at(cell)->setText(m_chart->locale().toString(gigabytes, 'g', 4));
        }
    }
    setAccessibleName(tr("What fits in memory"));
    QStringList spoken;
    if (m_model) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            QStringList cells;
            for (int column = 0; column < m_model->columnCount(); ++column) {
                const QModelIndex index = m_model->index(row, column);
                cells.append(tr("%1: %2").arg(
                        m_model->headerData(column, Qt::Horizontal).toString(),
                        index.data(int(MemoryFitModel::Role::FormattedGigabytes)).toString()));
            }
            spoken.append(tr("%1: %2").arg(categories.value(row), cells.join(tr("; "))));
        }
    }
    m_view->setAccessibleName(tr("What fits in memory"));
    m_view->setAccessibleDescription(spoken.join(u'\n'));
    relayout();
    update();
}

void MemoryFitChart::restyle()
{
    invalidatePicture();
    const Theme &theme = Appearance::instance()->theme();
    const Appearance *appearance = Appearance::instance();
    const QList<QBarSet *> sets = m_series->barSets();
    for (int k = 0; k < sets.size(); ++k) {
        QBarSet *set = sets.at(k);
        set->setPen(Qt::NoPen);
        set->setColor(ChartStyle::barColor(theme, k, static_cast<int>(sets.size())));
    }
    for (QGraphicsSimpleTextItem *label : std::as_const(m_valueLabels)) {
        label->setFont(appearance->font(Typography::Role::Caption, scale()));
        label->setBrush(theme.text);
    }
    ChartStyle::styleAxis(m_values, theme, scale());
    ChartStyle::styleAxis(m_categories, theme, scale());
    QFont categoryFont = appearance->font(Typography::Role::Label, scale());
    categoryFont.setWeight(QFont::DemiBold);
    m_categories->setLabelsFont(categoryFont);
    m_categories->setLabelsColor(theme.text);
    m_categories->setLineVisible(true);
    QLegend *legend = m_chart->legend();
    legend->setFont(appearance->font(Typography::Role::Label, scale()));
    legend->setLabelColor(theme.text);
    const double width = std::max(2.0, 2.5 * scale());
    for (int k = 0; k < m_lines.size(); ++k) {
        const QColor color = k == 0 ? theme.accentInk : theme.measured;
        QPen pen(color, width, Qt::DashLine, Qt::FlatCap);
        pen.setDashPattern({4, 3});
        m_lines.at(k)->setPen(pen);
        QFont font = appearance->font(Typography::Role::Caption, scale());
        font.setWeight(QFont::DemiBold);
        m_lineLabels.at(k)->setFont(font);
        m_lineLabels.at(k)->setBrush(color);
    }
    placeLabels();
}

void MemoryFitChart::relayout()
{
    invalidatePicture();
    if (postponeLayout())
        return;
    const double w = width();
    const double h = height();
    if (w <= 0 || h <= 0)
        return;
    const Appearance *appearance = Appearance::instance();
    const QFont body = appearance->font(Typography::Role::Body, scale());
    const QFont caption = appearance->font(Typography::Role::Caption, scale());
    const double gap = 12 * scale();
    const double noteHeight = TextMetrics::wrappedHeight(body, m_note, w);
    const double modelNotesHeight = TextMetrics::wrappedHeight(caption, m_modelNotes, w);
    const double sourcesHeight = TextMetrics::wrappedHeight(caption, m_sources, w);
    const double below = noteHeight + modelNotesHeight + sourcesHeight + gap * 3.2;
    const double chartHeight = std::max(120 * scale(), h - below);
    const QRect chartRect(0, 0, static_cast<int>(w), static_cast<int>(chartHeight));
    m_view->setGeometry(chartRect);
    m_chart->resize(chartRect.size());
    m_view->setSceneRect(QRectF(QPointF(0, 0), chartRect.size()));
    m_chart->layout()->activate();
    double y = chartHeight + gap * 1.2;
    m_noteRect = QRectF(0, y, w, noteHeight);
    y = m_noteRect.bottom() + gap;
    m_modelNotesRect = QRectF(0, y, w, modelNotesHeight);
    y = m_modelNotesRect.bottom() + gap;
    m_sourcesRect = QRectF(0, std::max(y, h - sourcesHeight), w, sourcesHeight);
    placeLabels();
}

void MemoryFitChart::placeLabels()
{
    const QRectF plot = m_chart->plotArea();
    // The band each reference line covers, with a little air on either side.
    QList<std::pair<double, double>> bands;
    for (int k = 0; k < m_lines.size(); ++k) {
        QLineSeries *line = m_lines.at(k);
        QGraphicsSimpleTextItem *label = m_lineLabels.at(k);
        if (line->count() == 0) {
            label->hide();
            continue;
        }
        const QPointF at = m_chart->mapToPosition(line->at(0), line);
        const QRectF bounds = label->boundingRect();
        // At the start of the line, above the smallest models' bars. Qt Charts
        // does not mirror bar charts, so neither do the labels.
        const double x = plot.left() + 6 * scale();
        label->setPos(x, at.y() - bounds.height() - 2 * scale());
        label->show();
        const double half = line->pen().widthF() / 2 + 2 * scale();
        bands.append({at.y() - half, at.y() + half});
    }
    // The lowest line first, so that a label pushed above one line is then
    // checked against the next line up.
    std::sort(bands.begin(), bands.end(),
              [](const auto &a, const auto &b) { return a.first > b.first; });

    // Each value stands centred above its bar; where it would cross a
    // reference line it goes above the line instead.
    const int columns = m_model ? m_model->columnCount() : 0;
    for (int cell = 0; cell < m_valueLabels.size() && columns > 0; ++cell) {
        QGraphicsSimpleTextItem *label = m_valueLabels.at(cell);
        const int row = cell / columns;
        const int column = cell % columns;
        const double gigabytes = m_model->index(row, column).data().toDouble();
        const double centre = row - FitBarWidth / 2 + (column + 0.5) * FitBarWidth / columns;
        const QPointF top = m_chart->mapToPosition(QPointF(centre, gigabytes), m_series);
        const QRectF bounds = label->boundingRect();
        double bottom = top.y() - 2 * scale();
        for (const auto &[upper, lower] : std::as_const(bands)) {
            if (bottom > upper && bottom - bounds.height() < lower)
                bottom = upper;
        }
        label->setPos(top.x() - bounds.width() / 2, bottom - bounds.height());
        label->setVisible(gigabytes > 0);
    }
}

void MemoryFitChart::paintContent(QPainter &painter)
{
    const Appearance *appearance = Appearance::instance();
    const Theme &theme = appearance->theme();
    painter.setRenderHint(QPainter::Antialiasing);
    // Text keeps its own direction; only its alignment follows the layout.
    const int edge = layoutDirection() == Qt::RightToLeft ? (Qt::AlignRight | Qt::AlignAbsolute)
                                                          : (Qt::AlignLeft | Qt::AlignAbsolute);
    const int flags = edge | Qt::AlignTop | Qt::TextWordWrap;
    painter.setFont(appearance->font(Typography::Role::Body, scale()));
    painter.setPen(theme.text);
    painter.drawText(m_noteRect, flags, m_note);
    painter.setFont(appearance->font(Typography::Role::Caption, scale()));
    painter.setPen(theme.textMuted);
    painter.drawText(m_modelNotesRect, flags, m_modelNotes);
    painter.drawText(m_sourcesRect, flags, m_sources);
}
