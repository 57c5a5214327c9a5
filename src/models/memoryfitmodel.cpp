#include "memoryfitmodel.h"

#include "formatting.h"

#include <algorithm>

MemoryFitModel::MemoryFitModel(QObject *parent)
    : HardwareTableModel(parent)
{}

void MemoryFitModel::keepContent(const HardwareContent &content)
{
    m_sizes = content.modelSizes;
    m_precisions = content.precisions;
    m_capacities = content.capacities;
    std::stable_sort(m_capacities.begin(), m_capacities.end(),
                     [](const MemoryCapacity &a, const MemoryCapacity &b) {
                         return a.gigabytes < b.gigabytes;
                     });
}

QList<int> MemoryFitModel::textRoles() const
{
    return {Qt::DisplayRole,          Qt::AccessibleTextRole,
            Qt::ToolTipRole,          int(Role::FormattedGigabytes),
            int(Role::ModelNote),     int(Role::ModelName),
            int(Role::PrecisionName), int(Role::SourceText)};
}

int MemoryFitModel::sectionCount(Qt::Orientation orientation) const
{
    return static_cast<int>(orientation == Qt::Horizontal ? m_precisions.size() : m_sizes.size());
}

QVariant MemoryFitModel::cellData(const QModelIndex &index, int role) const
{
    const ModelSize &size = m_sizes[static_cast<size_t>(index.row())];
    const NumericPrecision &precision = m_precisions[static_cast<size_t>(index.column())];
    const double gigabytes = weightsInGigabytes(size.parameters, precision.bytesPerParameter);
    switch (role) {
    case Qt::DisplayRole:
    case int(Role::Gigabytes):
        return gigabytes;
    case Qt::AccessibleTextRole:
    case int(Role::FormattedGigabytes):
        return Formatting::quantity(gigabytes, Unit::Gigabyte, m_locale);
    case int(Role::Parameters):
        return size.parameters;
    case Qt::ToolTipRole:
    case int(Role::ModelNote):
        return size.note.text(m_language);
    case int(Role::ModelName):
        return size.name.text(m_language);
    case int(Role::PrecisionName):
        return precision.name.text(m_language);
    case int(Role::BytesPerParameter):
        return precision.bytesPerParameter;
    case int(Role::SmallestCapacity):
        for (size_t i = 0; i < m_capacities.size(); ++i) {
            if (gigabytes <= m_capacities[i].gigabytes)
                return static_cast<int>(i);
        }
        return -1;
    case int(Role::SourceText):
        return citations(size.sources);
    default:
        return {};
    }
}

QString MemoryFitModel::headerText(int section, Qt::Orientation orientation) const
{
    const LocalizedText &name = orientation == Qt::Horizontal
                                        ? m_precisions[static_cast<size_t>(section)].name
                                        : m_sizes[static_cast<size_t>(section)].name;
    return name.text(m_language);
}

QHash<int, QByteArray> MemoryFitModel::roleNames() const
{
    return roleNamesWith<Role>({{Role::Gigabytes, "gigabytes"},
                                {Role::FormattedGigabytes, "formattedGigabytes"},
                                {Role::Parameters, "parameters"},
                                {Role::ModelName, "modelName"},
                                {Role::ModelNote, "modelNote"},
                                {Role::PrecisionName, "precisionName"},
                                {Role::BytesPerParameter, "bytesPerParameter"},
                                {Role::SmallestCapacity, "smallestCapacity"},
                                {Role::SourceText, "sourceText"}});
}

QString MemoryFitModel::capacityName(int capacity) const
{
    if (capacity < 0 || capacity >= capacityCount())
        return {};
    return m_capacities[static_cast<size_t>(capacity)].name.text(m_language);
}

double MemoryFitModel::capacityGigabytes(int capacity) const
{
    if (capacity < 0 || capacity >= capacityCount())
        return 0;
    return m_capacities[static_cast<size_t>(capacity)].gigabytes;
}

QString MemoryFitModel::capacitySourceText(int capacity) const
{
    if (capacity < 0 || capacity >= capacityCount())
        return {};
    return citations(m_capacities[static_cast<size_t>(capacity)].sources);
}

double MemoryFitModel::maximumGigabytes() const
{
    double maximum = 0;
    for (const MemoryCapacity &capacity : m_capacities)
        maximum = std::max(maximum, capacity.gigabytes);
    for (const ModelSize &size : m_sizes) {
        for (const NumericPrecision &precision : m_precisions)
            maximum = std::max(maximum,
                               weightsInGigabytes(size.parameters, precision.bytesPerParameter));
    }
    return maximum;
}
