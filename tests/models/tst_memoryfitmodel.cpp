#include "content/contentloader.h"
#include "models/memoryfitmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;

// The capacities of the MemoryFitModel and where they come from.
class TestMemoryFitModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void isAGoodModel();
    void capacitiesAreSortedAndCited();
    void outOfRangeCapacities();

private:
    HardwareContent m_content;
};

void TestMemoryFitModel::initTestCase()
{
    m_content = ContentLoader::load().content.hardware;
}

void TestMemoryFitModel::isAGoodModel()
{
    MemoryFitModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setContent(m_content);
    model.setLanguage(u"fr"_s);
}

void TestMemoryFitModel::capacitiesAreSortedAndCited()
{
    HardwareContent content = m_content;
    std::reverse(content.capacities.begin(), content.capacities.end());
    MemoryFitModel model;
    model.setContent(content);
    QCOMPARE(model.capacityCount(), 2);
    QVERIFY(model.capacityGigabytes(0) < model.capacityGigabytes(1));
    for (int capacity = 0; capacity < model.capacityCount(); ++capacity) {
        const QString cited = model.capacitySourceText(capacity);
        QVERIFY(!cited.isEmpty());
        // One citation per source the capacity names.
        const auto it = std::find_if(content.capacities.begin(), content.capacities.end(),
                                     [&](const MemoryCapacity &c) {
                                         return c.gigabytes == model.capacityGigabytes(capacity);
                                     });
        QCOMPARE(cited.split(u'\n').size(), it->sources.size());
    }
    QVERIFY(model.capacitySourceText(0).contains(u"hardware guide"_s));
}

void TestMemoryFitModel::outOfRangeCapacities()
{
    MemoryFitModel model;
    model.setContent(m_content);
    QVERIFY(model.capacitySourceText(-1).isEmpty());
    QVERIFY(model.capacitySourceText(model.capacityCount()).isEmpty());
}

QTEST_MAIN(TestMemoryFitModel)
#include "tst_memoryfitmodel.moc"
