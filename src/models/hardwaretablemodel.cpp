#include "hardwaretablemodel.h"

#include "formatting.h"

void HardwareTableModel::setContent(const HardwareContent &content)
{
    beginResetModel();
    m_sources = content.sources;
    keepContent(content);
    endResetModel();
}

int HardwareTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : sectionCount(Qt::Vertical);
}

int HardwareTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : sectionCount(Qt::Horizontal);
}

QVariant HardwareTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return cellData(index, role);
}

QVariant HardwareTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || section < 0 || !localizedHeaders().testFlag(orientation))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section >= sectionCount(orientation))
        return {};
    return headerText(section, orientation);
}

Qt::Orientations HardwareTableModel::localizedHeaders() const
{
    return Qt::Horizontal | Qt::Vertical;
}

QString HardwareTableModel::citations(const QStringList &ids) const
{
    return Formatting::citations(m_sources, ids, m_locale);
}

QVariantList HardwareTableModel::sourceList(const QStringList &ids) const
{
    return Formatting::sourceList(m_sources, ids, m_locale);
}
