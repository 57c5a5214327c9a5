#include "content/contentloader.h"
#include "models/comparisonmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestComparisonModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_content = ContentLoader::load().content.hardware; }
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
    QCOMPARE(model.index(price, 0).data().toDouble(), 129000.0);
    QCOMPARE(model.index(price, 1).data().toDouble(), 3999.0);
    QVERIFY(model.index(price, 0).data(int(ComparisonModel::Role::Logarithmic)).toBool());
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
    QCOMPARE(formatted(u"price"_s, 0), u"$129,000"_s);
    QCOMPARE(formatted(u"power"_s, 1), u"240 W"_s);
    QCOMPARE(formatted(u"weight"_s, 1), u"1.2 kg"_s);
    QCOMPARE(formatted(u"ai-compute"_s, 1), u"1,000 TFLOPS"_s);
    model.setLanguage(u"de"_s);
    QCOMPARE(formatted(u"weight"_s, 1), u"1,2 kg"_s);
    QCOMPARE(formatted(u"price"_s, 0), u"129.000\u00a0$"_s);
}

void TestComparisonModel::labelsPrecisions()
{
    ComparisonModel model;
    model.setContent(m_content);
    const int compute = model.rowOf(u"ai-compute"_s);
    QCOMPARE(model.index(compute, 0).data(int(ComparisonModel::Role::Label)).toString(), u"FP16"_s);
    QCOMPARE(model.index(compute, 1).data(int(ComparisonModel::Role::Label)).toString(),
             u"FP4 with sparsity"_s);
    QVERIFY(!model.index(compute, 1).data(int(ComparisonModel::Role::Note)).toString().isEmpty());
    const int weight = model.rowOf(u"weight"_s);
    QCOMPARE(model.index(weight, 0).data(int(ComparisonModel::Role::Confidence)).toInt(),
             int(Confidence::Low));
}

void TestComparisonModel::headers()
{
    ComparisonModel model;
    model.setContent(m_content);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"DGX-1 (2016)"_s);
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), u"DGX Spark (2025)"_s);
    QCOMPARE(model.headerData(model.rowOf(u"power"_s), Qt::Vertical).toString(), u"Power"_s);
    QVERIFY(!model.headerData(99, Qt::Horizontal).isValid());
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    model.setLanguage(u"ja"_s);
    QCOMPARE(headers.count(), 2);
}

QTEST_GUILESS_MAIN(TestComparisonModel)
#include "tst_comparisonmodel.moc"
