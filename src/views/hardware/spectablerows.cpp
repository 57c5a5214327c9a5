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
    // The rows take their heights from measureInView(), once the columns have
    // their widths: QHeaderView::ResizeToContents would measure every row
    // again at each width the columns pass through while the table lays out.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // New widths wrap the texts anew.
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this,
            &SpecTableRows::markStale);
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
    m_long = model && model->rowCount() > m_measuredRows;
    m_measured.clear();
    markStale();
}

void SpecTableRows::rowsChanged(int first, int last)
{
    if (first < 0)
        return;
    if (!m_long) {
        markStale();
        return;
    }
    // New texts: measured anew when next in view.
    for (int row = first; row <= last && row < static_cast<int>(m_measured.size()); ++row)
        m_measured[static_cast<size_t>(row)] = false;
}

void SpecTableRows::invalidate()
{
    markStale();
}

void SpecTableRows::markStale()
{
    // Measured once, when the view next asks (before it paints) or when the
    // changes of this round of events are over, whichever comes first.
    m_stale = true;
    if (m_queued)
        return;
    m_queued = true;
    QMetaObject::invokeMethod(
            this,
            [this] {
                m_queued = false;
                measureInView();
            },
            Qt::QueuedConnection);
}

bool SpecTableRows::isMeasured(int row) const
{
    if (!m_long)
        return !m_stale;
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

int SpecTableRows::exactHeight(int row) const
{
    // What QHeaderView::ResizeToContents gives the row.
    const QHeaderView *header = m_table->verticalHeader();
    const int height = std::max(contentHeight(row), header->sectionSizeHint(row));
    return std::clamp(height, header->minimumSectionSize(), header->maximumSectionSize());
}

void SpecTableRows::measure(int row)
{
    m_table->verticalHeader()->resizeSection(row, exactHeight(row));
    m_measured[static_cast<size_t>(row)] = true;
}

void SpecTableRows::measureAll()
{
    // Every row at the columns' present widths. A scroll bar that comes or
    // goes with the new heights changes the widths: measured again then.
    QHeaderView *header = m_table->verticalHeader();
    for (int pass = 0; m_stale && pass < 3; ++pass) {
        m_stale = false;
        const int count = header->count();
        for (int row = 0; row < count; ++row) {
            const int height = exactHeight(row);
            if (header->sectionSize(row) != height)
                header->resizeSection(row, height);
        }
        m_table->doItemsLayout(); // the scroll range for the new heights
    }
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
    if (m_measuring || (!m_stale && !m_long))
        return;
    const QScopedValueRollback<bool> guard(m_measuring, true);
    QHeaderView *header = m_table->verticalHeader();
    const int count = header->count();
    if (count == 0)
        return;
    if (!m_long) {
        measureAll();
        return;
    }
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
    if (row < 0)
        return;
    measureInView(); // first the estimate, where it is stale
    if (!m_long)
        return; // every row measured
    const QScopedValueRollback<bool> guard(m_measuring, true);
    const int page = std::max(1, m_table->viewport()->height());
    measureFrom(row - 1, -1, page);
    measureFrom(row, 1, page);
    m_table->doItemsLayout();
}
