#include "content/contentloader.h"
#include "models/hardwaremodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;

// The roles of the HardwareModel that the diagram reads.
class TestHardwareModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void isAGoodModel();
    void diagramRoles();
    void diagramCount_data();
    void diagramCount();

private:
    HardwareContent m_content;
};

void TestHardwareModel::initTestCase()
{
    m_content = ContentLoader::load().content.hardware;
}

void TestHardwareModel::isAGoodModel()
{
    HardwareModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setContent(m_content);
    model.setLanguage(u"de"_s);
    model.setContent({});
}

void TestHardwareModel::diagramRoles()
{
    HardwareModel model;
    model.setContent(m_content);
    QCOMPARE(model.roleNames().value(int(HardwareModel::Role::DiagramCount)), "diagramCount");
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        const bool drawn = index.data(int(HardwareModel::Role::HasDiagram)).toBool();
        QCOMPARE(index.data(int(HardwareModel::Role::DiagramRect)).isValid(), drawn);
        QCOMPARE(index.data(int(HardwareModel::Role::DiagramShape)).isValid(), drawn);
        QCOMPARE(index.data(int(HardwareModel::Role::DiagramCount)).isValid(), drawn);
    }
}

void TestHardwareModel::diagramCount_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("count");
    QTest::newRow("usb-c") << u"usb-c"_s << 4;
    QTest::newRow("qsfp") << u"qsfp"_s << 2;
    QTest::newRow("cpu cores") << u"grace-cpu"_s << 20;
    QTest::newRow("one") << u"hdmi"_s << 1;
}

void TestHardwareModel::diagramCount()
{
    QFETCH(QString, id);
    QFETCH(int, count);
    HardwareModel model;
    model.setContent(m_content);
    const int row = model.rowOf(id);
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, 0).data(int(HardwareModel::Role::DiagramCount)).toInt(), count);
}

QTEST_MAIN(TestHardwareModel)
#include "tst_hardwaremodel.moc"
