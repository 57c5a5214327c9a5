#include "spectablerows.h"

#include <QHeaderView>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QTableView>

#include <algorithm>

SpecTableRows::SpecTableRows(QTableView *table, int measuredRows)
    : QObject(table)
    , m_table(table)
    , m_measuredRows(measuredRows)
{
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // New widths wrap the texts anew.
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        if (!m_long)
            return;
        m_stale = true;
        QMetaObject::invokeMethod(this, &SpecTableRows::measureInView, Qt::QueuedConnection);
    });
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &SpecTableRows::measureInView);
    follow();
}

SpecTableRows::~SpecTableRows() = default;

void SpecTableRows::follow()
{
    m_follower.setModel(m_table->model());
    modelChanged();
}

void SpecTableRows::modelChanged()
{
    const QAbstractItemModel *model = m_table->model();
    const bool wasLong = m_long;
    m_long = model && model->rowCount() > m_measuredRows;
    QHeaderView *header = m_table->verticalHeader();
    if (m_long != wasLong) {
        header->setSectionResizeMode(m_long ? QHeaderView::Interactive
                                            : QHeaderView::ResizeToContents);
    }
    m_measured.clear();
    m_stale = m_long;
}

void SpecTableRows::rowsChanged(int first, int last)
{
    if (!m_long || first < 0)
        return;
    // New texts: measured anew when next in view.
    for (int row = first; row <= last && row < static_cast<int>(m_measured.size()); ++row)
        m_measured[static_cast<size_t>(row)] = false;
}

void SpecTableRows::invalidate()
{
    if (m_long)
        m_stale = true;
    else
        m_table->verticalHeader()->resizeSections(QHeaderView::ResizeToContents);
}

bool SpecTableRows::isMeasured(int row) const
{
    if (!m_long)
        return true;
    return !m_stale && row >= 0 && row < static_cast<int>(m_measured.size()) &&
           m_measured[static_cast<size_t>(row)];
}

int SpecTableRows::contentHeight(int row) const
{
    // What the view's delegate asks for the row at the columns' widths;
    // QTableView keeps it protected, QAbstractItemView has it public.
    return static_cast<const QAbstractItemView *>(m_table)->sizeHintForRow(row);
}

int SpecTableRows::estimate() const
{
    // The middle height of a few rows spread over the table.
    QHeaderView *header = m_table->verticalHeader();
    const int count = header->count();
    const int samples = std::min(count, 15);
    std::vector<int> heights;
    for (int k = 0; k < samples; ++k) {
        const int row =
                static_cast<int>((static_cast<long long>(count) * (2 * k + 1)) / (2 * samples));
        heights.push_back(std::max(contentHeight(row), header->sectionSizeHint(row)));
    }
    if (heights.empty())
        return header->defaultSectionSize();
    std::nth_element(heights.begin(), heights.begin() + samples / 2, heights.end());
    return heights[static_cast<size_t>(samples / 2)];
}

void SpecTableRows::measure(int row)
{
    QHeaderView *header = m_table->verticalHeader();
    const int height = std::max(contentHeight(row), header->sectionSizeHint(row));
    header->resizeSection(
            row, std::clamp(height, header->minimumSectionSize(), header->maximumSectionSize()));
    m_measured[static_cast<size_t>(row)] = true;
}

void SpecTableRows::measureFrom(int row, int step, int height)
{
    const QHeaderView *header = m_table->verticalHeader();
    const int count = static_cast<int>(m_measured.size());
    int covered = 0;
    for (int r = row; r >= 0 && r < count && covered < height; r += step) {
        if (!m_measured[static_cast<size_t>(r)])
            measure(r);
        covered += header->sectionSize(r);
    }
}

void SpecTableRows::measureInView()
{
    if (!m_long || m_measuring)
        return;
    const QScopedValueRollback<bool> guard(m_measuring, true);
    QHeaderView *header = m_table->verticalHeader();
    const int count = header->count();
    if (count == 0)
        return;
    // The row at the top of the view stays where it is while the rows around
    // it take their heights.
    const int top = std::max(0, header->logicalIndexAt(0));
    const int before = header->sectionViewportPosition(top);
    if (m_stale || static_cast<int>(m_measured.size()) != count) {
        const int height = estimate();
        header->setDefaultSectionSize(height);
        for (int row = 0; row < count; ++row) {
            if (header->sectionSize(row) != height)
                header->resizeSection(row, height);
        }
        m_measured.assign(static_cast<size_t>(count), false);
        m_stale = false;
    }
    const int page = std::max(1, m_table->viewport()->height());
    measureFrom(top - 1, -1, page);
    measureFrom(top, 1, 2 * page);
    m_table->doItemsLayout(); // the scroll range for the new heights
    const int moved = header->sectionViewportPosition(top) - before;
    if (moved != 0)
        m_table->verticalScrollBar()->setValue(m_table->verticalScrollBar()->value() + moved);
}

void SpecTableRows::measureAround(int row)
{
    if (!m_long || row < 0)
        return;
    measureInView(); // first the estimate, where it is stale
    const QScopedValueRollback<bool> guard(m_measuring, true);
    const int page = std::max(1, m_table->viewport()->height());
    measureFrom(row - 1, -1, page);
    measureFrom(row, 1, page);
    m_table->doItemsLayout();
}
