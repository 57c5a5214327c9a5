#pragma once

#include "content/content.h"
#include "itemrows.h"
#include "localizedmodel.h"

#include <QLocale>

// The parts and specifications of DGX Spark from hardware.json: one row per
// item, with the name, value and group as columns for the spec table and roles
// for the illustrated diagram.
class HardwareModel
    : public LocalizedModel<QAbstractTableModel>
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

    // Rows keep the file's order inside a group, and the groups come in the order
    // the file lists them, so every group is one run of rows in the spec table.
    void setContent(const HardwareContent &content);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int rowOf(const QString &id) const override { return rowOfId(m_items, id); }

protected:
    QList<int> textRoles() const override;
    Qt::Orientations localizedHeaders() const override;

private:
    std::vector<HardwareItem> m_items;
    std::vector<Source> m_sources;
    std::vector<Category> m_groups;
};
