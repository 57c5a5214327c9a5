#include "contentbuilder.h"
#include "models/comparisonmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Fixtures;

namespace {

// Two systems and four metrics: a price on a log scale, a power, a weight known
// only roughly for the older system, and compute at two precisions.
HardwareContent comparison()
{
    return HardwareBuilder()
            .system(u"old"_s, u"Old box"_s, u"2016"_s)
            .system(u"new"_s, u"New box"_s, u"2025"_s)
            .metric(u"price"_s, text(u"Price"_s), u"usd"_s, {150000, 2500}, true)
            .metric(u"power"_s, text(u"Power"_s), u"watt"_s, {3000, 250}, true)
            .metric(u"weight"_s, text(u"Weight"_s), u"kilogram"_s,
                    {MetricValueBuilder(50).confidence(u"low"_s), MetricValueBuilder(1.5)})
            .metric(u"compute"_s, text(u"Compute"_s), u"teraflops"_s,
                    {MetricValueBuilder(100).label(u"FP16"_s),
                     MetricValueBuilder(2000)
                             .label(u"FP4 with sparsity"_s)
                             .note(u"Another precision."_s)},
                    true)
            .content();
}

} // namespace

class TestComparisonModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_content = comparison(); }
    void passesModelTester();
    void holdsNumbersForChartMappers();
    void formatsValues();
    void labelsPrecisions();
    void headers();

private:
    HardwareContent m_content;
};

void TestComparisonModel::passesModelTester()
{
    ComparisonModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setContent(m_content);
    model.setLanguage(u"fr"_s);
    model.setContent(HardwareContent());
}

void TestComparisonModel::holdsNumbersForChartMappers()
{
    ComparisonModel model;
    model.setContent(m_content);
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(model.rowCount(), int(m_content.metrics.size()));
    const int price = model.rowOf(u"price"_s);
    QVERIFY(price >= 0);
    // Qt::DisplayRole is the plain number, which is what QHBarModelMapper reads.
    QCOMPARE(model.index(price, 0).data().toDouble(), 150000.0);
    QCOMPARE(model.index(price, 1).data().toDouble(), 2500.0);
    QVERIFY(model.index(price, 0).data(int(ComparisonModel::Role::Logarithmic)).toBool());
    QVERIFY(!model.index(model.rowOf(u"weight"_s), 0)
                     .data(int(ComparisonModel::Role::Logarithmic))
                     .toBool());
    QCOMPARE(model.index(price, 0).data(int(ComparisonModel::Role::Unit)).toInt(),
             int(Unit::UsDollar));
}

void TestComparisonModel::formatsValues()
{
    ComparisonModel model;
    model.setContent(m_content);
    const auto formatted = [&](const QString &metric, int column) {
        return model.index(model.rowOf(metric), column)
                .data(int(ComparisonModel::Role::FormattedValue))
                .toString();
    };
    QCOMPARE(formatted(u"price"_s, 0), u"$150,000"_s);
    QCOMPARE(formatted(u"power"_s, 1), u"250 W"_s);
    QCOMPARE(formatted(u"weight"_s, 1), u"1.5 kg"_s);
    QCOMPARE(formatted(u"compute"_s, 1), u"2,000 TFLOPS"_s);
    model.setLanguage(u"de"_s);
    QCOMPARE(formatted(u"weight"_s, 1), u"1,5 kg"_s);
    QCOMPARE(formatted(u"price"_s, 0), u"150.000\u00a0$"_s);
}

void TestComparisonModel::labelsPrecisions()
{
    ComparisonModel model;
    model.setContent(m_content);
    const int compute = model.rowOf(u"compute"_s);
    QCOMPARE(model.index(compute, 0).data(int(ComparisonModel::Role::Label)).toString(), u"FP16"_s);
    QVERIFY(model.index(compute, 0).data(int(ComparisonModel::Role::Note)).toString().isEmpty());
    QCOMPARE(model.index(compute, 1).data(int(ComparisonModel::Role::Label)).toString(),
             u"FP4 with sparsity"_s);
    QVERIFY(!model.index(compute, 1).data(int(ComparisonModel::Role::Note)).toString().isEmpty());
    const int weight = model.rowOf(u"weight"_s);
    QCOMPARE(model.index(weight, 0).data(int(ComparisonModel::Role::Confidence)).toInt(),
             int(Confidence::Low));
    QCOMPARE(model.index(weight, 1).data(int(ComparisonModel::Role::Confidence)).toInt(),
             int(Confidence::High));
}

void TestComparisonModel::headers()
{
    ComparisonModel model;
    model.setContent(m_content);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"Old box (2016)"_s);
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), u"New box (2025)"_s);
    QCOMPARE(model.headerData(model.rowOf(u"power"_s), Qt::Vertical).toString(), u"Power"_s);
    QVERIFY(!model.headerData(99, Qt::Horizontal).isValid());
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    model.setLanguage(u"ja"_s);
    QCOMPARE(headers.count(), 2);
}

QTEST_GUILESS_MAIN(TestComparisonModel)
#include "tst_comparisonmodel.moc"
