#include "hardwaremodel.h"

#include "formatting.h"

#include <algorithm>

HardwareModel::HardwareModel(QObject *parent)
    : HardwareTableModel(parent)
{}

void HardwareModel::keepContent(const HardwareContent &content)
{
    m_items = content.items;
    m_groups = content.groups;
    const auto rank = [this](const HardwareItem &item) {
        const auto found =
                std::find_if(m_groups.cbegin(), m_groups.cend(),
                             [&](const Category &group) { return group.id == item.group; });
        return std::distance(m_groups.cbegin(), found);
    };
    std::stable_sort(
            m_items.begin(), m_items.end(),
            [&](const HardwareItem &a, const HardwareItem &b) { return rank(a) < rank(b); });
}

QList<int> HardwareModel::textRoles() const
{
    return {Qt::DisplayRole,      Qt::AccessibleTextRole,
            Qt::ToolTipRole,      Qt::AccessibleDescriptionRole,
            int(Role::GroupName), int(Role::Name),
            int(Role::Value),     int(Role::Why),
            int(Role::Sources),   int(Role::SourceText)};
}

Qt::Orientations HardwareModel::localizedHeaders() const
{
    return Qt::Horizontal;
}

int HardwareModel::sectionCount(Qt::Orientation orientation) const
{
    return orientation == Qt::Horizontal ? ColumnCount : static_cast<int>(m_items.size());
}

QVariant HardwareModel::cellData(const QModelIndex &index, int role) const
{
    const HardwareItem &item = m_items[static_cast<size_t>(index.row())];
    auto groupName = [&] {
        for (const Category &group : m_groups) {
            if (group.id == item.group)
                return group.name.text(m_language);
        }
        return item.group;
    };
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case NameColumn:
            return item.name.text(m_language);
        case ValueColumn:
            return item.value.text(m_language);
        case GroupColumn:
            return groupName();
        }
        return {};
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return item.why.text(m_language);
    case int(Role::Id):
        return item.id;
    case int(Role::Kind):
        return int(item.kind);
    case int(Role::Group):
        return item.group;
    case int(Role::GroupName):
        return groupName();
    case int(Role::Name):
        return item.name.text(m_language);
    case int(Role::Value):
        return item.value.text(m_language);
    case int(Role::Why):
        return item.why.text(m_language);
    case int(Role::Sources):
        return sourceList(item.sources);
    case int(Role::SourceText):
        return citations(item.sources);
    case int(Role::Confidence):
        return int(item.confidence);
    case int(Role::HasDiagram):
        return item.diagram.has_value();
    case int(Role::DiagramShape):
        return item.diagram ? QVariant(int(item.diagram->shape)) : QVariant();
    case int(Role::DiagramRect):
        return item.diagram ? QVariant(item.diagram->rect) : QVariant();
    case int(Role::DiagramCount):
        return item.diagram ? QVariant(item.diagram->count) : QVariant();
    default:
        return {};
    }
}

QString HardwareModel::headerText(int section, Qt::Orientation /*orientation*/) const
{
    switch (section) {
    case NameColumn:
        //: Column header of the spec table: the name of a part
        return tr("Part");
    case ValueColumn:
        //: Column header of the spec table: its specification
        return tr("Specification");
    case GroupColumn:
        //: Column header of the spec table: the group of parts it belongs to
        return tr("Group");
    }
    return {};
}

QHash<int, QByteArray> HardwareModel::roleNames() const
{
    return roleNamesWith<Role>({{Role::Id, "itemId"},
                                {Role::Kind, "kind"},
                                {Role::Group, "group"},
                                {Role::GroupName, "groupName"},
                                {Role::Name, "name"},
                                {Role::Value, "value"},
                                {Role::Why, "why"},
                                {Role::Sources, "sources"},
                                {Role::SourceText, "sourceText"},
                                {Role::Confidence, "confidence"},
                                {Role::HasDiagram, "hasDiagram"},
                                {Role::DiagramShape, "diagramShape"},
                                {Role::DiagramRect, "diagramRect"},
                                {Role::DiagramCount, "diagramCount"}});
}
