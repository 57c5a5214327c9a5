#include "timelinemodelreader.h"

#include "content/content.h"
#include "content/partialdate.h"
#include "models/eramodel.h"
#include "models/timelinefilterproxy.h"
#include "models/timelinemodel.h"

#include <QAbstractProxyModel>

QHash<QString, int> TimelineModelReader::categories(const QAbstractItemModel *model)
{
    QHash<QString, int> rows;
    if (!model)
        return rows;
    for (int row = 0; row < model->rowCount(); ++row)
        rows.insert(model->index(row, 0).data(Qt::UserRole).toString(), row);
    return rows;
}

std::vector<TimelineLayout::Event>
TimelineModelReader::events(const QAbstractItemModel *model, const QModelIndex &root,
                            const QHash<QString, int> &categories)
{
    std::vector<TimelineLayout::Event> events;
    const int rows = model ? model->rowCount(root) : 0;
    events.resize(static_cast<size_t>(rows));
    // The filter gives its model's data as it is: each row is mapped to the
    // model once rather than once a role.
    const auto *filter = qobject_cast<const TimelineFilterProxy *>(model);
    for (int row = 0; row < rows; ++row) {
        QModelIndex index = model->index(row, 0, root);
        if (filter)
            index = filter->mapToSource(index);
        TimelineLayout::Event &event = events[static_cast<size_t>(row)];
        event.date = index.data(int(TimelineModel::Role::Date)).toDate();
        event.earliest = index.data(int(TimelineModel::Role::Earliest)).toDate();
        event.latest = index.data(int(TimelineModel::Role::Latest)).toDate();
        // Without a range, the event happened on its day.
        if (!event.earliest.isValid())
            event.earliest = event.date;
        if (!event.latest.isValid())
            event.latest = event.date;
        event.exactDay = index.data(int(TimelineModel::Role::Precision)).toInt() ==
                         int(PartialDate::Precision::Day);
        event.approximate =
                index.data(int(TimelineModel::Role::Confidence)).toInt() == int(Confidence::Low);
        event.dateText = index.data(int(TimelineModel::Role::DateText)).toString();
        event.title = index.data(int(TimelineModel::Role::Title)).toString();
        event.category =
                categories.value(index.data(int(TimelineModel::Role::Category)).toString(), -1);
    }
    return events;
}

std::vector<TimelineLayout::Event>
TimelineModelReader::filtered(const QAbstractProxyModel *filter,
                              const std::vector<TimelineLayout::Event> &all)
{
    std::vector<TimelineLayout::Event> events;
    const int rows = filter ? filter->rowCount() : 0;
    events.reserve(static_cast<size_t>(rows));
    for (int row = 0; row < rows; ++row) {
        const int source = filter->mapToSource(filter->index(row, 0)).row();
        events.push_back(source >= 0 && size_t(source) < all.size() ? all[size_t(source)]
                                                                    : TimelineLayout::Event());
    }
    return events;
}

std::vector<TimelineScale::EventSpan> TimelineModelReader::axis(const QAbstractItemModel *model)
{
    std::vector<TimelineScale::EventSpan> events;
    if (!model)
        return events;
    const int rows = model->rowCount();
    events.reserve(static_cast<size_t>(rows));
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = model->index(row, 0);
        events.push_back({index.data(int(TimelineModel::Role::Earliest)).toDate(),
                          index.data(int(TimelineModel::Role::Latest)).toDate(),
                          index.data(int(TimelineModel::Role::Date)).toDate()});
    }
    return events;
}

std::vector<TimelineScale::EraSpan> TimelineModelReader::eras(const QAbstractItemModel *model)
{
    std::vector<TimelineScale::EraSpan> eras;
    if (!model)
        return eras;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        eras.push_back({index.data(int(EraModel::Role::Start)).toDate(),
                        index.data(int(EraModel::Role::End)).toDate()});
    }
    return eras;
}
