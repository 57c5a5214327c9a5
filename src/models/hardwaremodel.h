#pragma once

#include "content/content.h"
#include "hardwaretablemodel.h"
#include "itemrows.h"

#include <QLocale>

// The parts and specifications of DGX Spark from hardware.json: one row per
// item, with the name, value and group as columns for the spec table and roles
// for the illustrated diagram.
class HardwareModel
    : public HardwareTableModel
    , public ItemRows
{
    Q_OBJECT

public:
    enum Column { NameColumn, ValueColumn, GroupColumn, ColumnCount };
    enum class Role {
        Id = Qt::UserRole,
        Kind,  // HardwareKind as int
        Group, // group id
        GroupName,
        Name,
        Value,
        Why,
        Sources,    // QVariantList of QVariantMap, see Formatting::sourceList
        SourceText, // one citation per line
        Confidence, // Confidence as int
        HasDiagram,
        DiagramShape, // DiagramShape as int
        DiagramRect,  // QRectF in the 100 x 100 design space
        DiagramCount, // int: how many units the shape shows: connectors, packages, cores
    };

    explicit HardwareModel(QObject *parent = nullptr);

    QHash<int, QByteArray> roleNames() const override;

    int rowOf(const QString &id) const override { return rowOfId(m_items, id); }

protected:
    // Rows keep the file's order inside a group, and the groups come in the order
    // the file lists them, so every group is one run of rows in the spec table.
    void keepContent(const HardwareContent &content) override;
    int sectionCount(Qt::Orientation orientation) const override;
    QVariant cellData(const QModelIndex &index, int role) const override;
    // The columns' only: "Part", "Specification", "Group".
    QString headerText(int section, Qt::Orientation orientation) const override;
    QList<int> textRoles() const override;
    Qt::Orientations localizedHeaders() const override;

private:
    std::vector<HardwareItem> m_items;
    std::vector<Category> m_groups;
};
