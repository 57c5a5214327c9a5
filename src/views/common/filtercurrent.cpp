#include "filtercurrent.h"

#include <QAbstractProxyModel>
#include <QItemSelectionModel>

FilterCurrent::FilterCurrent(QAbstractProxyModel *filter, QItemSelectionModel *selection,
                             std::function<void()> lost, QObject *parent)
    : QObject(parent)
    , m_filter(filter)
    , m_selection(selection)
    , m_lost(std::move(lost))
{
    connect(filter, &QAbstractItemModel::layoutAboutToBeChanged, this, &FilterCurrent::remember);
    connect(filter, &QAbstractItemModel::layoutChanged, this, &FilterCurrent::restore);
}

void FilterCurrent::remember()
{
    m_sourceRows.clear();
    m_currentRow = -1;
    if (!m_filter || !m_selection || !m_selection->currentIndex().isValid())
        return;
    const QModelIndex current = m_selection->currentIndex();
    if (current.model() != m_filter || current.parent().isValid())
        return;
    m_currentRow = current.row();
    const int rows = m_filter->rowCount();
    m_sourceRows.reserve(rows);
    for (int row = 0; row < rows; ++row)
        m_sourceRows.append(m_filter->mapToSource(m_filter->index(row, 0)).row());
}

void FilterCurrent::restore()
{
    const int was = m_currentRow;
    const QList<int> rows = std::exchange(m_sourceRows, {});
    m_currentRow = -1;
    if (was < 0 || !m_filter || !m_selection || m_selection->currentIndex().isValid())
        return;
    const QAbstractItemModel *source = m_filter->sourceModel();
    const auto shown = [&](qsizetype i) {
        return source ? m_filter->mapFromSource(source->index(rows.at(i), 0)) : QModelIndex();
    };
    QModelIndex next;
    for (qsizetype i = was - 1; i >= 0 && !next.isValid(); --i)
        next = shown(i);
    for (qsizetype i = was + 1; i < rows.size() && !next.isValid(); ++i)
        next = shown(i);
    if (next.isValid())
        m_selection->setCurrentIndex(next, QItemSelectionModel::NoUpdate);
    else if (m_lost)
        m_lost();
}
