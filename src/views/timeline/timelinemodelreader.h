#pragma once

#include "timelinelayout.h"
#include "timelinescale.h"

#include <QHash>
#include <QModelIndex>
#include <QString>

#include <vector>

class QAbstractItemModel;
class QAbstractProxyModel;

// Reads the timeline's models into what TimelineLayout takes: the events of a
// TimelineModel (or a proxy of it), the spans that shape the axis, the eras of
// an EraModel, and the rows of a CategoryModel by category id.
class TimelineModelReader
{
public:
    // The category rows by id (Qt::UserRole), for the events' colours.
    static QHash<QString, int> categories(const QAbstractItemModel *model);
    // The events under \a root, by row.
    static std::vector<TimelineLayout::Event> events(const QAbstractItemModel *model,
                                                     const QModelIndex &root,
                                                     const QHash<QString, int> &categories);
    // The events of \a filter's rows (under no root), taken from \a all: the
    // events of its source model by source row, read once while that model
    // stays the same, so that a filter's change reads no row again.
    static std::vector<TimelineLayout::Event>
    filtered(const QAbstractProxyModel *filter, const std::vector<TimelineLayout::Event> &all);
    // What each event contributes to the axis.
    static std::vector<TimelineScale::EventSpan> axis(const QAbstractItemModel *model);
    static std::vector<TimelineScale::EraSpan> eras(const QAbstractItemModel *model);
};
