#include "hardwarefixtures.h"
#include "models/memoryfitmodel.h"
#include "views/hardware/memoryfitchart.h"
#include "views/theme.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGraphicsSimpleTextItem>
#include <QImage>
#include <QLineSeries>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestMemoryFitChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void oneBarSetPerPrecision();
    void barsEqualTheData();
    void categoriesAreTheModelSizes();
    void capacitiesAreReferenceLines();
    void notesAndSources();
    void followsModelChanges();
    void valueLabelsClearTheLines_data();
    void valueLabelsClearTheLines();
    void paints();

private:
    HardwareContent m_content;
    std::unique_ptr<MemoryFitModel> m_model;
    std::unique_ptr<MemoryFitChart> m_chart;
};

void TestMemoryFitChart::initTestCase()
{
    Appearance::loadFonts();
    m_content = HardwareFixtures::content();
}

void TestMemoryFitChart::init()
{
    m_model = std::make_unique<MemoryFitModel>();
    m_model->setContent(m_content);
    m_chart = std::make_unique<MemoryFitChart>();
    m_chart->setModel(m_model.get());
    m_chart->resize(800, 700);
}

void TestMemoryFitChart::cleanup()
{
    m_chart.reset();
    m_model.reset();
}

void TestMemoryFitChart::oneBarSetPerPrecision()
{
    const QList<QBarSet *> sets = m_chart->series()->barSets();
    QCOMPARE(sets.size(), m_model->columnCount());
    QCOMPARE(sets.size(), 3);
    for (int column = 0; column < sets.size(); ++column)
        QCOMPARE(sets.at(column)->label(), m_model->headerData(column, Qt::Horizontal).toString());
}

void TestMemoryFitChart::barsEqualTheData()
{
    const QList<QBarSet *> sets = m_chart->series()->barSets();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QCOMPARE(sets.at(column)->count(), m_model->rowCount());
        for (int row = 0; row < m_model->rowCount(); ++row)
            QCOMPARE(sets.at(column)->at(row), m_model->index(row, column).data().toDouble());
    }
    // 405B at FP16 is 810 GB: the data, not a number in the chart.
    QCOMPARE(sets.at(0)->at(m_model->rowCount() - 1), MemoryFitModel::weightsInGigabytes(405e9, 2));
}

void TestMemoryFitChart::categoriesAreTheModelSizes()
{
    QStringList expected;
    for (int row = 0; row < m_model->rowCount(); ++row)
        expected.append(m_model->headerData(row, Qt::Vertical).toString());
    QCOMPARE(m_chart->categoryAxis()->categories(), expected);
}

void TestMemoryFitChart::capacitiesAreReferenceLines()
{
    const QList<QLineSeries *> lines = m_chart->capacityLines();
    QCOMPARE(lines.size(), m_model->capacityCount());
    QCOMPARE(lines.size(), 2);
    for (int capacity = 0; capacity < lines.size(); ++capacity) {
        QLineSeries *line = lines.at(capacity);
        QCOMPARE(line->count(), 2);
        for (const QPointF &point : line->points())
            QCOMPARE(point.y(), m_model->capacityGigabytes(capacity));
        // Across every category.
        QCOMPARE(line->at(0).x(), -0.5);
        QCOMPARE(line->at(1).x(), m_model->rowCount() - 0.5);
        QVERIFY(m_chart->capacityLabel(capacity).contains(m_model->capacityName(capacity)));
    }
    QCOMPARE(m_model->capacityGigabytes(0), 128.0);
    QCOMPARE(m_model->capacityGigabytes(1), 256.0);
}

void TestMemoryFitChart::notesAndSources()
{
    QVERIFY(m_chart->note().contains(u"KV cache"_s));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        QVERIFY(m_chart->modelNotes().contains(
                index.data(int(MemoryFitModel::Role::ModelNote)).toString()));
        for (const QString &source :
             index.data(int(MemoryFitModel::Role::SourceText)).toString().split(u'\n'))
            QVERIFY(m_chart->sourceLine().contains(source));
    }
    for (int capacity = 0; capacity < m_model->capacityCount(); ++capacity) {
        for (const QString &source : m_model->capacitySourceText(capacity).split(u'\n'))
            QVERIFY(m_chart->sourceLine().contains(source));
    }
    QVERIFY(!m_chart->chartView()->accessibleDescription().isEmpty());
}

void TestMemoryFitChart::followsModelChanges()
{
    HardwareContent content = m_content;
    content.modelSizes.pop_back();
    content.precisions.pop_back();
    m_model->setContent(content);
    QCOMPARE(m_chart->series()->barSets().size(), 2);
    QCOMPARE(m_chart->series()->barSets().first()->count(), m_model->rowCount());
    QCOMPARE(m_chart->categoryAxis()->categories().size(), m_model->rowCount());
    QCOMPARE(m_chart->capacityLines().first()->at(1).x(), m_model->rowCount() - 0.5);
}

void TestMemoryFitChart::valueLabelsClearTheLines_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<double>("scale");
    // The page in a portrait Hardware view (1080x1920), where 200 GB and
    // 202.5 GB stand just under the 256 GB line, and wider and larger ones.
    QTest::newRow("portrait") << QSize(1000, 560) << 1.0;
    QTest::newRow("portrait, short") << QSize(1000, 420) << 1.0;
    QTest::newRow("landscape") << QSize(760, 820) << 1.0;
    QTest::newRow("large") << QSize(1500, 900) << 1.5;
}

void TestMemoryFitChart::valueLabelsClearTheLines()
{
    QFETCH(QSize, size);
    QFETCH(double, scale);
    m_chart->setScale(scale);
    m_chart->resize(size);
    // Rendering delivers the resize a hidden widget still owes itself.
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Appearance::instance()->theme().background);
    m_chart->render(&image);
    const QList<QGraphicsSimpleTextItem *> labels = m_chart->valueLabels();
    QCOMPARE(labels.size(), m_model->rowCount() * m_model->columnCount());
    for (int cell = 0; cell < labels.size(); ++cell) {
        const double value =
                m_model->index(cell / m_model->columnCount(), cell % m_model->columnCount())
                        .data()
                        .toDouble();
        QCOMPARE(labels.at(cell)->text(), QLocale().toString(value, 'g', 4));
    }
    const QRectF plot = m_chart->chart()->plotArea();
    for (QLineSeries *line : m_chart->capacityLines()) {
        const double y = m_chart->chart()->mapToPosition(line->at(0), line).y();
        const double half = line->pen().widthF() / 2;
        const QRectF band(plot.left(), y - half, plot.width(), 2 * half);
        for (QGraphicsSimpleTextItem *label : labels) {
            QVERIFY(label->isVisible());
            const QRectF rect = label->mapRectToScene(label->boundingRect());
            QVERIFY2(!rect.intersects(band),
                     qPrintable(u"“%1” at %2,%3 %4x%5 crosses the line at y %6"_s.arg(label->text())
                                        .arg(rect.x())
                                        .arg(rect.y())
                                        .arg(rect.width())
                                        .arg(rect.height())
                                        .arg(y)));
        }
    }
    // The two values just under the 256 GB line stay above their bars.
    for (int cell = 0; cell < labels.size(); ++cell) {
        const QModelIndex index =
                m_model->index(cell / m_model->columnCount(), cell % m_model->columnCount());
        const QPointF barTop = m_chart->chart()->mapToPosition(
                QPointF(index.row(), index.data().toDouble()), m_chart->series());
        QVERIFY(labels.at(cell)->mapRectToScene(labels.at(cell)->boundingRect()).bottom() <=
                barTop.y());
    }
}

void TestMemoryFitChart::paints()
{
    for (double scale : {1.0, 2.0}) {
        m_chart->setScale(scale);
        m_chart->resize(QSize(800, 700) * scale);
        QVERIFY(m_chart->chartView()->geometry().bottom() < m_chart->height());
        QImage image(m_chart->size(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::black);
        m_chart->render(&image);
    }
}

QTEST_MAIN(TestMemoryFitChart)
#include "tst_memoryfitchart.moc"
