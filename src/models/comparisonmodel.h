#pragma once

#include "content/content.h"
#include "itemrows.h"
#include "localizedmodel.h"

#include <QLocale>

// "Then and now": one row per metric (price, power, weight, memory, AI compute),
// one column per system (DGX-1 in 2016, DGX Spark in 2025). Qt::DisplayRole
// holds the plain number so that chart model mappers read it directly.
class ComparisonModel
    : public LocalizedModel<QAbstractTableModel>
    , public ItemRows
{
    Q_OBJECT

public:
    enum class Role {
        Value = Qt::UserRole, // double
        Unit,                 // Unit as int
        FormattedValue,       // "$129,000"
        Label,                // how the value reads on the chart, such as "FP16"
        Note,
        Confidence,
        Sources,
        SourceText,
        MetricId,
        MetricName,
        Logarithmic,
        SystemId,
        SystemName,
        SystemYear,
    };

    explicit ComparisonModel(QObject *parent = nullptr);

    void setContent(const HardwareContent &content);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // Horizontal: the system, "DGX-1 (2016)". Vertical: the metric, "Price".
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int rowOf(const QString &metricId) const override { return rowOfId(m_metrics, metricId); }

protected:
    QList<int> textRoles() const override;
    Qt::Orientations localizedHeaders() const override;

private:
    std::vector<ComparisonSystem> m_systems;
    std::vector<ComparisonMetric> m_metrics;
    std::vector<Source> m_sources;
};
