#pragma once

#include "content/content.h"
#include "localizedmodel.h"

#include <QStringList>
#include <QVariantList>

#include <vector>

// The base of the table models of hardware.json: the spec table, "then and
// now" and "what fits in memory". It keeps the sources of the content, counts
// rows and columns, checks the index in data() and answers headerData() for
// the orientations of localizedHeaders() (both by default); the model keeps
// its part of the content and serves its cells and header texts.
class HardwareTableModel : public LocalizedModel<QAbstractTableModel>
{
    Q_OBJECT

public:
    // Shows \a content in one reset.
    void setContent(const HardwareContent &content);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    using LocalizedModel::LocalizedModel;

    // Keeps the model's part of \a content, before views hear of it.
    virtual void keepContent(const HardwareContent &content) = 0;
    // How many columns (Qt::Horizontal) or rows (Qt::Vertical) there are.
    virtual int sectionCount(Qt::Orientation orientation) const = 0;
    // The data of \a role in the cell of \a index, which is valid.
    virtual QVariant cellData(const QModelIndex &index, int role) const = 0;
    // The header of \a section, which exists, in \a orientation, one of
    // localizedHeaders().
    virtual QString headerText(int section, Qt::Orientation orientation) const = 0;
    Qt::Orientations localizedHeaders() const override;

    // The sources \a ids cite, one per line and as a list
    // (Formatting::citations(), Formatting::sourceList()).
    QString citations(const QStringList &ids) const;
    QVariantList sourceList(const QStringList &ids) const;

private:
    std::vector<Source> m_sources;
};
