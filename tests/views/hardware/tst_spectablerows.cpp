#include "views/hardware/spectablerows.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int MeasuredRows = 50;

// One row in five wraps to several lines at the table's width.
void fill(QStandardItemModel *model, int rows)
{
    model->clear();
    model->setColumnCount(2);
    for (int row = 0; row < rows; ++row) {
        const QString text =
                row % 5 == 3 ? u"Row %1, with a text long enough to wrap over several lines in "
                               "a column as narrow as this one"_s.arg(row)
                             : u"Row %1"_s.arg(row);
        model->appendRow({new QStandardItem(text), new QStandardItem(u"%1 units"_s.arg(row))});
    }
}

} // namespace

class TestSpecTableRows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void shortTablesMeasureEveryRow();
    void shortTablesMeasureOncePerWidth();
    void longTablesMeasureWhatIsInView();
    void scrollingMeasuresAndKeepsTheTopRow();
    void measureAroundPreparesAJump();
    void newWidthsMeasureAnew();
    void followsTheModelAcrossTheLimit();

private:
    int exactHeight(int row) const;

    std::unique_ptr<QStandardItemModel> m_model;
    std::unique_ptr<QTableView> m_table;
    SpecTableRows *m_rows = nullptr;
};

void TestSpecTableRows::init()
{
    m_model = std::make_unique<QStandardItemModel>();
    m_table = std::make_unique<QTableView>();
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->resize(400, 300);
    m_table->setModel(m_model.get());
}

void TestSpecTableRows::cleanup()
{
    m_table.reset();
    m_model.reset();
    m_rows = nullptr;
}

int TestSpecTableRows::exactHeight(int row) const
{
    QHeaderView *header = m_table->verticalHeader();
    return std::clamp(std::max(static_cast<QAbstractItemView *>(m_table.get())->sizeHintForRow(row),
                               header->sectionSizeHint(row)),
                      header->minimumSectionSize(), header->maximumSectionSize());
}

void TestSpecTableRows::shortTablesMeasureEveryRow()
{
    fill(m_model.get(), 20);
    m_rows = new SpecTableRows(m_table.get(), MeasuredRows);
    m_table->horizontalHeader()->resizeSection(0, 150);
    m_rows->invalidate();
    QVERIFY(!m_rows->isLong());
    QCOMPARE(m_table->verticalHeader()->sectionResizeMode(0), QHeaderView::Interactive);
    // Measured by itself once the events of the moment are handled.
    QVERIFY(!m_rows->isMeasured(0));
    QTRY_VERIFY(m_rows->isMeasured(0));
    for (int row = 0; row < 20; ++row) {
        QVERIFY(m_rows->isMeasured(row));
        QCOMPARE(m_table->rowHeight(row), exactHeight(row));
    }
    QVERIFY(m_table->rowHeight(3) > m_table->rowHeight(2));
}

void TestSpecTableRows::shortTablesMeasureOncePerWidth()
{
    fill(m_model.get(), 20);
    m_rows = new SpecTableRows(m_table.get(), MeasuredRows);
    m_rows->measureInView();
    // Widths the columns pass through measure nothing; the last one is
    // measured when asked.
    QSignalSpy resized(m_table->verticalHeader(), &QHeaderView::sectionResized);
    for (const int width : {100, 120, 140, 300})
        m_table->horizontalHeader()->resizeSection(0, width);
    QCOMPARE(resized.count(), 0);
    QVERIFY(!m_rows->isMeasured(3));
    m_rows->measureAround(3);
    for (int row = 0; row < 20; ++row)
        QCOMPARE(m_table->rowHeight(row), exactHeight(row));
    // Once measured, asking again measures nothing.
    resized.clear();
    m_rows->measureInView();
    QCOMPARE(resized.count(), 0);
    // New texts too.
    m_model->setData(m_model->index(8, 0), m_model->index(3, 0).data());
    QVERIFY(!m_rows->isMeasured(8));
    m_rows->measureInView();
    QCOMPARE(m_table->rowHeight(8), m_table->rowHeight(3));
}

void TestSpecTableRows::longTablesMeasureWhatIsInView()
{
    fill(m_model.get(), 5000);
    m_rows = new SpecTableRows(m_table.get(), MeasuredRows);
    m_table->horizontalHeader()->resizeSection(0, 150);
    QVERIFY(m_rows->isLong());
    m_rows->measureInView();
    QCOMPARE(m_table->verticalHeader()->sectionResizeMode(0), QHeaderView::Interactive);
    // The rows in view and a page beyond are measured exactly, the rest wait.
    const int viewport = m_table->viewport()->height();
    int measured = 0;
    for (int row = 0; row < 5000; ++row) {
        if (!m_rows->isMeasured(row))
            continue;
        ++measured;
        QCOMPARE(m_table->rowHeight(row), exactHeight(row));
    }
    QVERIFY(m_rows->isMeasured(0));
    QVERIFY(m_table->rowViewportPosition(measured - 1) + m_table->rowHeight(measured - 1) >=
            2 * viewport);
    QVERIFY2(measured < 100, qPrintable(QString::number(measured)));
    QVERIFY(!m_rows->isMeasured(4000));
    // Unmeasured rows take the common height: that of a one-line row.
    QCOMPARE(m_table->rowHeight(4000), exactHeight(4001));
}

void TestSpecTableRows::scrollingMeasuresAndKeepsTheTopRow()
{
    fill(m_model.get(), 5000);
    m_rows = new SpecTableRows(m_table.get(), MeasuredRows);
    m_table->horizontalHeader()->resizeSection(0, 150);
    m_rows->measureInView();
    // Jump to the middle: what comes into view is measured, and the row at
    // the top stays at the top although rows above it changed height.
    QScrollBar *scroll = m_table->verticalScrollBar();
    scroll->setValue(scroll->maximum() / 2);
    const int top = m_table->rowAt(0);
    QVERIFY(top > 1000);
    QVERIFY(m_rows->isMeasured(top));
    QVERIFY(m_rows->isMeasured(top - 1));
    QVERIFY(m_rows->isMeasured(m_table->rowAt(m_table->viewport()->height() - 1)));
    QCOMPARE(m_table->rowAt(0), top);
    for (int row = top - 5; row < top + 10; ++row)
        QCOMPARE(m_table->rowHeight(row), exactHeight(row));
}

void TestSpecTableRows::measureAroundPreparesAJump()
{
    fill(m_model.get(), 5000);
    m_rows = new SpecTableRows(m_table.get(), MeasuredRows);
    m_table->horizontalHeader()->resizeSection(0, 150);
    m_rows->measureAround(3003);
    for (int row = 2995; row < 3010; ++row)
        QVERIFY(m_rows->isMeasured(row));
    m_table->scrollTo(m_model->index(3003, 0), QAbstractItemView::PositionAtCenter);
    m_rows->measureInView();
    const QRect shown = m_table->visualRect(m_model->index(3003, 0));
    QVERIFY(m_table->viewport()->rect().contains(shown));
    QCOMPARE(m_table->rowHeight(3003), exactHeight(3003));
}

void TestSpecTableRows::newWidthsMeasureAnew()
{
    fill(m_model.get(), 5000);
    m_rows = new SpecTableRows(m_table.get(), MeasuredRows);
    m_table->horizontalHeader()->resizeSection(0, 150);
    m_rows->measureInView();
    const int narrow = m_table->rowHeight(3);
    m_table->horizontalHeader()->resizeSection(0, 300);
    QVERIFY(!m_rows->isMeasured(3));
    m_rows->measureInView();
    QVERIFY(m_rows->isMeasured(3));
    QCOMPARE(m_table->rowHeight(3), exactHeight(3));
    QVERIFY(m_table->rowHeight(3) < narrow);
    // New texts too.
    m_model->setData(m_model->index(8, 0), m_model->index(3, 0).data());
    QVERIFY(!m_rows->isMeasured(8));
    m_rows->measureInView();
    QCOMPARE(m_table->rowHeight(8), m_table->rowHeight(3));
}

void TestSpecTableRows::followsTheModelAcrossTheLimit()
{
    fill(m_model.get(), 20);
    m_rows = new SpecTableRows(m_table.get(), MeasuredRows);
    QVERIFY(!m_rows->isLong());
    fill(m_model.get(), 500);
    QVERIFY(m_rows->isLong());
    m_rows->measureInView();
    QCOMPARE(m_table->verticalHeader()->sectionResizeMode(0), QHeaderView::Interactive);
    QVERIFY(m_rows->isMeasured(0));
    fill(m_model.get(), 10);
    QVERIFY(!m_rows->isLong());
    QCOMPARE(m_table->verticalHeader()->sectionResizeMode(0), QHeaderView::Interactive);
    m_rows->measureInView();
    QVERIFY(m_rows->isMeasured(3));
    QCOMPARE(m_table->rowHeight(3), exactHeight(3));
}

QTEST_MAIN(TestSpecTableRows)
#include "tst_spectablerows.moc"
