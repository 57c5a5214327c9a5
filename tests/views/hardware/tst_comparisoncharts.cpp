#include "hardwarefixtures.h"
#include "models/comparisonmodel.h"
#include "views/hardware/comparisoncharts.h"
#include "views/theme.h"

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QLogValueAxis>
#include <QTest>
#include <QValueAxis>

#include <memory>

using namespace Qt::StringLiterals;

class TestComparisonCharts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void oneChartPerMeasure();
    void barsEqualTheData_data();
    void barsEqualTheData();
    void axesFollowTheScale();
    void wordsComeFromTheRoles();
    void computeStatesItsPrecision();
    void lowConfidenceIsApproximate();
    void notesAndSources();
    void followsDataChanges();
    void laysOutInside_data();
    void laysOutInside();

private:
    int metricRow(const QString &id) const { return m_model->rowOf(id); }

    HardwareContent m_content;
    std::unique_ptr<ComparisonModel> m_model;
    std::unique_ptr<ComparisonCharts> m_charts;
};

void TestComparisonCharts::initTestCase()
{
    Appearance::loadFonts();
    m_content = HardwareFixtures::content();
}

void TestComparisonCharts::init()
{
    m_model = std::make_unique<ComparisonModel>();
    m_model->setContent(m_content);
    m_charts = std::make_unique<ComparisonCharts>();
    m_charts->setModel(m_model.get());
    m_charts->resize(800, 760);
}

void TestComparisonCharts::cleanup()
{
    m_charts.reset();
    m_model.reset();
}

void TestComparisonCharts::oneChartPerMeasure()
{
    QCOMPARE(m_charts->chartCount(), m_model->rowCount());
    QCOMPARE(m_charts->chartCount(), 5);
    for (int metric = 0; metric < m_charts->chartCount(); ++metric) {
        QVERIFY(m_charts->chart(metric));
        QCOMPARE(m_charts->title(metric), m_model->headerData(metric, Qt::Vertical).toString());
        QCOMPARE(m_charts->chartView(metric)->accessibleName(), m_charts->title(metric));
    }
    QVERIFY(!m_charts->chart(-1));
    QVERIFY(!m_charts->chart(m_charts->chartCount()));
}

void TestComparisonCharts::barsEqualTheData_data()
{
    QTest::addColumn<QString>("metric");
    for (const char *id : {"price", "power", "weight", "memory", "compute"})
        QTest::newRow(id) << QString::fromLatin1(id);
}

void TestComparisonCharts::barsEqualTheData()
{
    QFETCH(QString, metric);
    const int row = metricRow(metric);
    QVERIFY(row >= 0);
    QBarSet *set = m_charts->barSet(row);
    QVERIFY(set);
    QCOMPARE(m_charts->series(row)->count(), 1);
    QCOMPARE(set->count(), m_model->columnCount());
    for (int column = 0; column < m_model->columnCount(); ++column)
        QCOMPARE(set->at(column), m_model->index(row, column).data().toDouble());
}

void TestComparisonCharts::axesFollowTheScale()
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const bool logarithmic =
                m_model->index(row, 0).data(int(ComparisonModel::Role::Logarithmic)).toBool();
        QCOMPARE(m_charts->isLogarithmic(row), logarithmic);
        const QList<QAbstractAxis *> axes = m_charts->chart(row)->axes(Qt::Horizontal);
        QCOMPARE(axes.size(), 1);
        QCOMPARE(axes.first()->type(),
                 logarithmic ? QAbstractAxis::AxisTypeLogValue : QAbstractAxis::AxisTypeValue);
        // Every bar fits on its axis.
        double low = 0;
        double high = 0;
        if (logarithmic) {
            auto *axis = static_cast<QLogValueAxis *>(axes.first());
            low = axis->min();
            high = axis->max();
        } else {
            auto *axis = static_cast<QValueAxis *>(axes.first());
            low = axis->min();
            high = axis->max();
        }
        QBarSet *set = m_charts->barSet(row);
        for (int k = 0; k < set->count(); ++k) {
            QVERIFY(set->at(k) > low);
            QVERIFY(set->at(k) < high);
        }
    }
    QVERIFY(m_charts->isLogarithmic(metricRow(u"price"_s)));
    QVERIFY(!m_charts->isLogarithmic(metricRow(u"memory"_s)));
}

void TestComparisonCharts::wordsComeFromTheRoles()
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        for (int column = 0; column < m_model->columnCount(); ++column) {
            const QModelIndex index = m_model->index(row, column);
            const QString words = m_charts->valueLabel(row, column);
            QVERIFY(words.contains(
                    index.data(int(ComparisonModel::Role::FormattedValue)).toString()));
            QVERIFY(words.contains(index.data(int(ComparisonModel::Role::Label)).toString()));
        }
    }
}

void TestComparisonCharts::computeStatesItsPrecision()
{
    // The chart itself says which precision each compute figure is.
    const int row = metricRow(u"compute"_s);
    const int old = 0;
    const int recent = 1;
    QVERIFY(m_charts->valueLabel(row, old).contains(u"FP16"_s));
    QVERIFY(m_charts->valueLabel(row, recent).contains(u"FP4"_s));
    const QString spoken = m_charts->chartView(row)->accessibleDescription();
    QVERIFY(spoken.contains(u"FP16"_s));
    QVERIFY(spoken.contains(u"FP4"_s));
    QVERIFY(m_charts->notes(row).contains(
            m_model->index(row, recent).data(int(ComparisonModel::Role::Note)).toString()));
}

void TestComparisonCharts::lowConfidenceIsApproximate()
{
    const int row = metricRow(u"weight"_s);
    QVERIFY(m_charts->isApproximate(row, 0));
    QVERIFY(!m_charts->isApproximate(row, 1));
    QVERIFY(m_charts->valueLabel(row, 0).contains(u"approximate"_s));
    QVERIFY(!m_charts->valueLabel(row, 1).contains(u"approximate"_s));
}

void TestComparisonCharts::notesAndSources()
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        for (int column = 0; column < m_model->columnCount(); ++column) {
            const QModelIndex index = m_model->index(row, column);
            const QString note = index.data(int(ComparisonModel::Role::Note)).toString();
            if (!note.isEmpty())
                QVERIFY(m_charts->notes(row).contains(note));
            for (const QString &source :
                 index.data(int(ComparisonModel::Role::SourceText)).toString().split(u'\n')) {
                QVERIFY(m_charts->sourceLine().contains(source));
            }
        }
    }
}

void TestComparisonCharts::followsDataChanges()
{
    HardwareContent content = m_content;
    content.metrics.front().values.front().value = 250000;
    m_model->setContent(content);
    QCOMPARE(m_charts->chartCount(), m_model->rowCount());
    QCOMPARE(m_charts->barSet(0)->at(0), 250000.0);
    QVERIFY(m_charts->valueLabel(0, 0).contains(
            m_model->index(0, 0).data(int(ComparisonModel::Role::FormattedValue)).toString()));
    content.metrics.pop_back();
    m_model->setContent(content);
    QCOMPARE(m_charts->chartCount(), 4);
}

void TestComparisonCharts::laysOutInside_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<double>("scale");
    QTest::newRow("1080p") << QSize(780, 720) << 1.0;
    QTest::newRow("4k") << QSize(1560, 1440) << 2.0;
    QTest::newRow("portrait") << QSize(940, 640) << 1.0;
}

void TestComparisonCharts::laysOutInside()
{
    QFETCH(QSize, size);
    QFETCH(double, scale);
    m_charts->setScale(scale);
    m_charts->resize(size);
    const QRect bounds(QPoint(0, 0), size);
    QRect previous;
    for (int metric = 0; metric < m_charts->chartCount(); ++metric) {
        const QRect rect = m_charts->chartView(metric)->geometry();
        QVERIFY(bounds.contains(rect));
        QVERIFY(rect.height() > 0);
        QVERIFY(!rect.intersects(previous));
        previous = rect;
    }
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::black);
    m_charts->render(&image);
}

QTEST_MAIN(TestComparisonCharts)
#include "tst_comparisoncharts.moc"
