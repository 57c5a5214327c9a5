#pragma once

#include "chartpage.h"
#include "models/modelfollower.h"

class MemoryFitModel;
class QBarCategoryAxis;
class QBarSeries;
class QChart;
class QChartView;
class QGraphicsSimpleTextItem;
class QLineSeries;
class QVBarModelMapper;
class QValueAxis;

// "What fits in memory": the weights of each model size at each precision
// (bars, fed from the MemoryFitModel through a QVBarModelMapper) against the
// memory of one unit and of two linked units (reference lines, labelled), with
// the reminder that the KV cache and activations need memory on top.
class MemoryFitChart : public ChartPage
{
    Q_OBJECT

public:
    explicit MemoryFitChart(QWidget *parent = nullptr);
    ~MemoryFitChart() override;

    void setModel(MemoryFitModel *model);
    MemoryFitModel *model() const { return m_model; }

    QChart *chart() const { return m_chart; }
    QChartView *chartView() const { return m_view; }
    QBarSeries *series() const { return m_series; }
    QBarCategoryAxis *categoryAxis() const { return m_categories; }
    // One horizontal line per capacity, in the model's order.
    QList<QLineSeries *> capacityLines() const { return m_lines; }
    QString capacityLabel(int capacity) const;
    // The value above each bar, row by row (model size), then column by column
    // (precision) within a row; placed clear of the reference lines.
    QList<QGraphicsSimpleTextItem *> valueLabels() const { return m_valueLabels; }
    QString note() const { return m_note; }
    QString modelNotes() const { return m_modelNotes; }
    QString sourceLine() const { return m_sources; }

protected:
    void refresh() override;
    void restyle() override;
    void relayout() override;
    void paintContent(QPainter &painter) override;

private:
    // Follows a change in the model's rows or columns.
    void reshape();
    void rebuildLines();
    void rebuildValueLabels();
    void placeLabels();

    MemoryFitModel *m_model = nullptr;
    QChartView *m_view = nullptr;
    QChart *m_chart = nullptr;
    QBarSeries *m_series = nullptr;
    QVBarModelMapper *m_mapper = nullptr;
    QBarCategoryAxis *m_categories = nullptr;
    QValueAxis *m_values = nullptr;
    QList<QLineSeries *> m_lines;
    QList<QGraphicsSimpleTextItem *> m_lineLabels;
    QList<QGraphicsSimpleTextItem *> m_valueLabels;
    QString m_note;
    QString m_modelNotes;
    QString m_sources;
    QRectF m_noteRect;
    QRectF m_modelNotesRect;
    QRectF m_sourcesRect;
    // Last, so that it lets go of the model first.
    ModelFollower m_follower{this, [this] { reshape(); }, [this](auto &&...) { refresh(); }};
};
