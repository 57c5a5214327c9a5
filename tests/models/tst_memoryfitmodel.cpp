#include "contentbuilder.h"
#include "models/memoryfitmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Fixtures;

namespace {

// Four model sizes at three precisions, against one unit and two linked units.
HardwareContent memoryFit()
{
    return HardwareBuilder()
            .source(SourceBuilder(u"guide"_s).title(u"The hardware guide"_s))
            .precision(u"fp16"_s, u"FP16"_s, 2)
            .precision(u"fp8"_s, u"FP8"_s, 1)
            .precision(u"fp4"_s, u"FP4"_s, 0.5)
            .modelSize(u"model-20b"_s, u"20B"_s, 20e9)
            .modelSize(u"model-70b"_s, u"70B"_s, 70e9)
            .modelSize(u"model-200b"_s, u"200B"_s, 200e9)
            .modelSize(u"model-405b"_s, u"405B"_s, 405e9)
            .capacity(u"one-unit"_s, u"One box"_s, 128, {u"guide"_s})
            .capacity(u"two-units"_s, u"Two boxes"_s, 256, {u"guide"_s, u"s"_s})
            .content();
}

} // namespace

class TestMemoryFitModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_content = memoryFit(); }
    void passesModelTester();
    void computesWeights();
    void findsTheSmallestCapacity();
    void headersAndCapacities();
    void citesCapacities();

private:
    HardwareContent m_content;
};

void TestMemoryFitModel::passesModelTester()
{
    MemoryFitModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setContent(m_content);
    model.setLanguage(u"es"_s);
    model.setContent(HardwareContent());
}

void TestMemoryFitModel::computesWeights()
{
    MemoryFitModel model;
    model.setContent(m_content);
    QCOMPARE(model.rowCount(), int(m_content.modelSizes.size()));
    QCOMPARE(model.columnCount(), int(m_content.precisions.size()));
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const double expected = m_content.modelSizes.at(size_t(row)).parameters *
                                    m_content.precisions.at(size_t(column)).bytesPerParameter / 1e9;
            QCOMPARE(model.index(row, column).data().toDouble(), expected);
        }
    }
    QCOMPARE(MemoryFitModel::weightsInGigabytes(70e9, 2), 140.0);
}

void TestMemoryFitModel::findsTheSmallestCapacity()
{
    MemoryFitModel model;
    model.setContent(m_content);
    const auto cell = [&](const QString &size, const QString &precision) {
        int row = -1;
        int column = -1;
        for (size_t i = 0; i < m_content.modelSizes.size(); ++i)
            row = m_content.modelSizes[i].id == size ? int(i) : row;
        for (size_t i = 0; i < m_content.precisions.size(); ++i)
            column = m_content.precisions[i].id == precision ? int(i) : column;
        return model.index(row, column).data(int(MemoryFitModel::Role::SmallestCapacity)).toInt();
    };
    // 200B at FP4 is 100 GB: one unit. 405B at FP4 is 202.5 GB: two linked units.
    QCOMPARE(cell(u"model-200b"_s, u"fp4"_s), 0);
    QCOMPARE(cell(u"model-405b"_s, u"fp4"_s), 1);
    // 70B at FP16 is 140 GB: more than one unit holds.
    QCOMPARE(cell(u"model-70b"_s, u"fp16"_s), 1);
    // 405B at FP16 is 810 GB: nothing here holds it.
    QCOMPARE(cell(u"model-405b"_s, u"fp16"_s), -1);
}

void TestMemoryFitModel::headersAndCapacities()
{
    MemoryFitModel model;
    model.setContent(m_content);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"FP16"_s);
    QCOMPARE(model.headerData(0, Qt::Vertical).toString(), u"20B"_s);
    QCOMPARE(model.capacityCount(), 2);
    QCOMPARE(model.capacityGigabytes(0), 128.0);
    QCOMPARE(model.capacityGigabytes(1), 256.0);
    QCOMPARE(model.capacityName(0), u"One box"_s);
    QCOMPARE(model.capacityName(5), QString());
    QCOMPARE(model.maximumGigabytes(), 810.0);
    QCOMPARE(model.index(0, 0).data(int(MemoryFitModel::Role::FormattedGigabytes)).toString(),
             u"40 GB"_s);
}

void TestMemoryFitModel::citesCapacities()
{
    // Capacities are sorted; each keeps its own sources.
    HardwareContent content = m_content;
    std::reverse(content.capacities.begin(), content.capacities.end());
    MemoryFitModel model;
    model.setContent(content);
    for (int capacity = 0; capacity < model.capacityCount(); ++capacity) {
        const auto it = std::find_if(content.capacities.begin(), content.capacities.end(),
                                     [&](const MemoryCapacity &c) {
                                         return c.gigabytes == model.capacityGigabytes(capacity);
                                     });
        QVERIFY(it != content.capacities.end());
        QCOMPARE(model.capacitySourceText(capacity).split(u'\n').size(), it->sources.size());
    }
    QVERIFY(model.capacitySourceText(0).contains(u"The hardware guide"_s));
    QCOMPARE(model.capacitySourceText(1).split(u'\n').size(), 2);
    QVERIFY(model.capacitySourceText(-1).isEmpty());
    QVERIFY(model.capacitySourceText(model.capacityCount()).isEmpty());
}

QTEST_GUILESS_MAIN(TestMemoryFitModel)
#include "tst_memoryfitmodel.moc"
