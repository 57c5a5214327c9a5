#include "comparisonmodel.h"

#include "formatting.h"

ComparisonModel::ComparisonModel(QObject *parent)
    : HardwareTableModel(parent)
{}

void ComparisonModel::keepContent(const HardwareContent &content)
{
    m_systems = content.systems;
    m_metrics = content.metrics;
}

QList<int> ComparisonModel::textRoles() const
{
    return {Qt::DisplayRole,           Qt::AccessibleTextRole, Qt::ToolTipRole,
            int(Role::FormattedValue), int(Role::Note),        int(Role::Label),
            int(Role::Sources),        int(Role::SourceText),  int(Role::MetricName),
            int(Role::SystemName)};
}

int ComparisonModel::sectionCount(Qt::Orientation orientation) const
{
    return static_cast<int>(orientation == Qt::Horizontal ? m_systems.size() : m_metrics.size());
}

QVariant ComparisonModel::cellData(const QModelIndex &index, int role) const
{
    const ComparisonMetric &metric = m_metrics[static_cast<size_t>(index.row())];
    const ComparisonSystem &system = m_systems[static_cast<size_t>(index.column())];
    if (static_cast<size_t>(index.column()) >= metric.values.size())
        return {};
    const ComparisonValue &value = metric.values[static_cast<size_t>(index.column())];
    switch (role) {
    case Qt::DisplayRole:
    case int(Role::Value):
        return value.value;
    case Qt::AccessibleTextRole:
    case int(Role::FormattedValue):
        return Formatting::quantity(value.value, metric.unit, m_locale);
    case Qt::ToolTipRole:
    case int(Role::Note):
        return value.note.text(m_language);
    case int(Role::Unit):
        return int(metric.unit);
    case int(Role::Label):
        return value.label.text(m_language);
    case int(Role::Confidence):
        return int(value.confidence);
    case int(Role::Sources):
        return sourceList(value.sources);
    case int(Role::SourceText):
        return citations(value.sources);
    case int(Role::MetricId):
        return metric.id;
    case int(Role::MetricName):
        return metric.name.text(m_language);
    case int(Role::Logarithmic):
        return metric.logarithmic;
    case int(Role::SystemId):
        return system.id;
    case int(Role::SystemName):
        return system.name.text(m_language);
    case int(Role::SystemYear):
        return system.date.year();
    default:
        return {};
    }
}

QString ComparisonModel::headerText(int section, Qt::Orientation orientation) const
{
    if (orientation == Qt::Horizontal) {
        const ComparisonSystem &system = m_systems[static_cast<size_t>(section)];
        //: A system and the year it stands for, such as "DGX-1 (2016)"
        return tr("%1 (%2)").arg(system.name.text(m_language),
                                 system.date.toDisplayString(m_locale));
    }
    return m_metrics[static_cast<size_t>(section)].name.text(m_language);
}

QHash<int, QByteArray> ComparisonModel::roleNames() const
{
    return roleNamesWith<Role>({{Role::Value, "value"},
                                {Role::Unit, "unit"},
                                {Role::FormattedValue, "formattedValue"},
                                {Role::Label, "label"},
                                {Role::Note, "note"},
                                {Role::Confidence, "confidence"},
                                {Role::Sources, "sources"},
                                {Role::SourceText, "sourceText"},
                                {Role::MetricId, "metricId"},
                                {Role::MetricName, "metricName"},
                                {Role::Logarithmic, "logarithmic"},
                                {Role::SystemId, "systemId"},
                                {Role::SystemName, "systemName"},
                                {Role::SystemYear, "systemYear"}});
}
