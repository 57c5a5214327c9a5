#pragma once

#include "content/content.h"
#include "hardwaretablemodel.h"

#include <QLocale>

// "What fits in memory": one row per model size, one column per numeric
// precision; each cell is the size of the weights in gigabytes
// (parameters × bytes per parameter), computed from hardware.json. The
// capacities they are measured against (one unit, two linked units) come with it.
class MemoryFitModel : public HardwareTableModel
{
    Q_OBJECT

public:
    enum class Role {
        Gigabytes = Qt::UserRole, // double
        FormattedGigabytes,
        Parameters,
        ModelName,
        ModelNote,
        PrecisionName,
        BytesPerParameter,
        // The index of the smallest capacity that holds the weights, or -1.
        SmallestCapacity,
        SourceText,
    };

    explicit MemoryFitModel(QObject *parent = nullptr);

    QHash<int, QByteArray> roleNames() const override;

    int capacityCount() const { return static_cast<int>(m_capacities.size()); }
    QString capacityName(int capacity) const;
    double capacityGigabytes(int capacity) const;
    // The sources of the capacity, cited one per line.
    QString capacitySourceText(int capacity) const;
    // The largest value in the table or among the capacities, for axis ranges.
    double maximumGigabytes() const;

    static double weightsInGigabytes(double parameters, double bytesPerParameter)
    {
        return parameters * bytesPerParameter / 1e9;
    }

protected:
    void keepContent(const HardwareContent &content) override;
    int sectionCount(Qt::Orientation orientation) const override;
    QVariant cellData(const QModelIndex &index, int role) const override;
    // Horizontal: the precision, "FP16". Vertical: the model size, "70B".
    QString headerText(int section, Qt::Orientation orientation) const override;
    QList<int> textRoles() const override;

private:
    std::vector<ModelSize> m_sizes;
    std::vector<NumericPrecision> m_precisions;
    std::vector<MemoryCapacity> m_capacities;
};
