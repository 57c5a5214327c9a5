#pragma once

#include "content/content.h"
#include "hardwaretablemodel.h"
#include "itemrows.h"

#include <QLocale>

// "Then and now": one row per metric (price, power, weight, memory, AI compute),
// one column per system (DGX-1 in 2016, DGX Spark in 2025). Qt::DisplayRole
// holds the plain number so that chart model mappers read it directly.
class ComparisonModel
    : public HardwareTableModel
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

    QHash<int, QByteArray> roleNames() const override;

    int rowOf(const QString &metricId) const override { return rowOfId(m_metrics, metricId); }

protected:
    void keepContent(const HardwareContent &content) override;
    int sectionCount(Qt::Orientation orientation) const override;
    QVariant cellData(const QModelIndex &index, int role) const override;
    // Horizontal: the system, "DGX-1 (2016)". Vertical: the metric, "Price".
    QString headerText(int section, Qt::Orientation orientation) const override;
    QList<int> textRoles() const override;

private:
    std::vector<ComparisonSystem> m_systems;
    std::vector<ComparisonMetric> m_metrics;
};
