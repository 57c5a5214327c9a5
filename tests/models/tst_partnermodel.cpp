#include "contentbuilder.h"
#include "models/partnermodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Fixtures;

namespace {

PartnerContent partners()
{
    return PartnersBuilder()
            .category(u"oem"_s, text(u"OEM systems"_s))
            .category(u"research"_s, text(u"Research"_s))
            .partner(PartnerBuilder(u"acer"_s).name(text(u"Acer"_s)).category(u"oem"_s))
            .partner(PartnerBuilder(u"dell"_s)
                             .name(text(u"Dell Technologies"_s))
                             .category(u"oem"_s)
                             .product(u"Pro Max"_s)
                             .description(u"Two linked run models of 400B parameters."_s))
            .partner(PartnerBuilder(u"nyu"_s)
                             .name(u"NYU Lab"_s)
                             .monogram(u"NYU"_s)
                             .category(u"research"_s))
            .partner(PartnerBuilder(u"anaconda"_s).people({u"Stanley Seibert"_s}))
            .partner(PartnerBuilder(u"msi"_s).category(u"oem"_s).confidence(u"medium"_s))
            .content();
}

} // namespace

class TestPartnerModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_content = partners(); }
    void passesModelTester();
    void exposesRoles();
    void makesMonograms_data();
    void makesMonograms();
    void foldsSearchKeys();

private:
    PartnerContent m_content;
};

void TestPartnerModel::passesModelTester()
{
    PartnerModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setContent(m_content);
    model.setLanguage(u"zh_CN"_s);
    model.setContent(PartnerContent());
}

void TestPartnerModel::exposesRoles()
{
    PartnerModel model;
    model.setContent(m_content);
    const QModelIndex dell = model.index(model.rowOf(u"dell"_s));
    QCOMPARE(dell.data().toString(), u"Dell Technologies"_s);
    QCOMPARE(dell.data(int(PartnerModel::Role::Product)).toString(), u"Pro Max"_s);
    QCOMPARE(dell.data(int(PartnerModel::Role::Category)).toString(), u"oem"_s);
    QCOMPARE(dell.data(int(PartnerModel::Role::CategoryName)).toString(), u"OEM systems"_s);
    QCOMPARE(dell.data(int(PartnerModel::Role::CategoryIndex)).toInt(), 0);
    QCOMPARE(dell.data(int(PartnerModel::Role::Monogram)).toString(), u"DT"_s);
    QVERIFY(dell.data(int(PartnerModel::Role::Description)).toString().contains(u"400"_s));
    const QModelIndex nyu = model.index(model.rowOf(u"nyu"_s));
    QCOMPARE(nyu.data(int(PartnerModel::Role::Monogram)).toString(), u"NYU"_s);
    const QModelIndex anaconda = model.index(model.rowOf(u"anaconda"_s));
    QCOMPARE(anaconda.data(int(PartnerModel::Role::People)).toStringList(),
             QStringList{u"Stanley Seibert"_s});
    QCOMPARE(anaconda.data(int(PartnerModel::Role::CategoryIndex)).toInt(), 2);
    QCOMPARE(anaconda.data(int(PartnerModel::Role::Confidence)).toInt(), int(Confidence::High));
    QCOMPARE(model.index(model.rowOf(u"msi"_s)).data(int(PartnerModel::Role::Confidence)).toInt(),
             int(Confidence::Medium));
}

void TestPartnerModel::makesMonograms_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("monogram");
    QTest::newRow("one word") << u"Acer"_s << u"Ac"_s;
    QTest::newRow("capitals") << u"GIGABYTE"_s << u"Gi"_s;
    QTest::newRow("two words") << u"Micro Center"_s << u"MC"_s;
    QTest::newRow("three words") << u"Refik Anadol Studio"_s << u"RA"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestPartnerModel::makesMonograms()
{
    QFETCH(QString, name);
    QFETCH(QString, monogram);
    QCOMPARE(PartnerModel::monogramFor(name), monogram);
}

void TestPartnerModel::foldsSearchKeys()
{
    PartnerContent content = m_content;
    content.items.at(0).name.insert(u"de"_s, u"Äcer Zürich"_s);
    PartnerModel model;
    model.setContent(content);
    QVERIFY(model.index(0).data(int(PartnerModel::Role::SearchKey)).toString().contains(u"acer"_s));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setLanguage(u"de"_s);
    QCOMPARE(changed.count(), 1);
    const QString key = model.index(0).data(int(PartnerModel::Role::SearchKey)).toString();
    QVERIFY2(key.contains(u"acer zurich"_s), qPrintable(key));
}

QTEST_GUILESS_MAIN(TestPartnerModel)
#include "tst_partnermodel.moc"
