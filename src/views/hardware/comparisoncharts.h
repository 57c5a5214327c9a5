#pragma once

#include "chartpage.h"
#include "models/modelfollower.h"

class ComparisonModel;
class QBarCategoryAxis;
class QBarSet;
class QChart;
class QChartView;
class QGraphicsItem;
class QGraphicsSimpleTextItem;
class QHBarModelMapper;
class QHorizontalBarSeries;

// "Then and now": DGX-1 (2016) against DGX Spark (2025), one small chart per
// measure from the ComparisonModel, because price, power, weight, memory and
// compute share no unit. Each chart has its own scale (logarithmic where the
// model says so, and marked); the bars are fed by a QHBarModelMapper, their
// words (value, precision, "approximate") come from the model's roles, and
// each chart carries its notes, such as the precision of the compute figures.
class ComparisonCharts : public ChartPage
{
    Q_OBJECT

public:
    explicit ComparisonCharts(QWidget *parent = nullptr);
    ~ComparisonCharts() override;

    void setModel(ComparisonModel *model);
    ComparisonModel *model() const { return m_model; }

    // One chart per row (measure) of the model.
    int chartCount() const;
    QChart *chart(int metric) const;
    QChartView *chartView(int metric) const;
    QHorizontalBarSeries *series(int metric) const;
    // The mapped bar set of a measure: one value per system, in column order.
    QBarSet *barSet(int metric) const;
    // The words at the end of a bar, as drawn.
    QString valueLabel(int metric, int system) const;
    QString title(int metric) const;
    // The notes under a chart, one per line.
    QString notes(int metric) const;
    bool isLogarithmic(int metric) const;
    bool isApproximate(int metric, int system) const;
    QString sourceLine() const { return m_sources; }

protected:
    void refresh() override;
    // Numbers on the axes follow the new language too.
    void retranslate() override;
    void restyle() override;
    void relayout() override;
    void paintContent(QPainter &painter) override;

private:
    struct Panel;

    void rebuild();
    void placeLabels(Panel &panel);
    QString primaryText(int metric, int system) const;
    QString detailText(int metric, int system) const;

    ComparisonModel *m_model = nullptr;
    std::vector<Panel> m_panels;
    QString m_intro;
    QString m_sources;
    QStringList m_systems;
    QRectF m_legendRect;
    QRectF m_introRect;
    QRectF m_sourcesRect;
    // Last, so that it lets go of the model first.
    ModelFollower m_follower{this, [this] { rebuild(); }, [this](auto &&...) { refresh(); }};
};
