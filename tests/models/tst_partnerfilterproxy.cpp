#include "contentbuilder.h"
#include "models/partnerfilterproxy.h"
#include "models/partnermodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Fixtures;

class TestPartnerFilterProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void filtersByCategory();
    void searches_data();
    void searches();
    void countsMatches();
    void countsEveryCategoryInOnePass();
    void readsAnyModelThroughItsRoles();

private:
    PartnerModel m_model;
};

void TestPartnerFilterProxy::init()
{
    // Seven OEM systems, one shop, two software makers and a lab with accents.
    PartnersBuilder partners;
    for (const QString &id : {u"acer"_s, u"asus"_s, u"dell"_s, u"hp"_s, u"msi"_s})
        partners.partner(PartnerBuilder(id).category(u"oem"_s));
    partners.partner(PartnerBuilder(u"gigabyte"_s).name(u"GIGABYTE"_s).category(u"oem"_s))
            .partner(PartnerBuilder(u"lenovo"_s)
                             .name(u"Lenovo"_s)
                             .category(u"oem"_s)
                             .product(u"ThinkStation PGX"_s))
            .partner(PartnerBuilder(u"shop"_s).category(u"retail"_s))
            .partner(PartnerBuilder(u"ollama"_s).category(u"software"_s))
            .partner(PartnerBuilder(u"anaconda"_s)
                             .category(u"software"_s)
                             .people({u"Stanley Seibert"_s}))
            .partner(PartnerBuilder(u"zurich-lab"_s)
                             .name(u"Zürich Robotics Lab"_s)
                             .category(u"research"_s)
                             .description(u"Café-grade demos"_s));
    m_model.setContent(partners.content());
}

void TestPartnerFilterProxy::filtersByCategory()
{
    PartnerFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&m_model);
    QSignalSpy changed(&proxy, &PartnerFilterProxy::filterChanged);
    proxy.setCategory(u"oem"_s);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(proxy.rowCount(), 7);
    QVERIFY(proxy.rowOf(u"dell"_s) >= 0);
    QCOMPARE(proxy.rowOf(u"ollama"_s), -1);
    proxy.setCategory(QString());
    QCOMPARE(proxy.rowCount(), m_model.rowCount());
}

void TestPartnerFilterProxy::searches_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("case") << u"gigabyte"_s << QStringList{u"gigabyte"_s};
    QTest::newRow("accents in the data") << u"zurich"_s << QStringList{u"zurich-lab"_s};
    QTest::newRow("accents in the search") << u"ZÜRICH"_s << QStringList{u"zurich-lab"_s};
    QTest::newRow("description") << u"cafe"_s << QStringList{u"zurich-lab"_s};
    QTest::newRow("two words, any order") << u"station lenovo"_s << QStringList{u"lenovo"_s};
    QTest::newRow("product") << u"thinkstation"_s << QStringList{u"lenovo"_s};
    QTest::newRow("person") << u"seibert"_s << QStringList{u"anaconda"_s};
    QTest::newRow("no match") << u"zzzz"_s << QStringList{};
}

void TestPartnerFilterProxy::searches()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    PartnerFilterProxy proxy;
    proxy.setSourceModel(&m_model);
    proxy.setSearchText(text);
    QStringList ids;
    for (int row = 0; row < proxy.rowCount(); ++row)
        ids.append(proxy.index(row, 0).data(int(PartnerModel::Role::Id)).toString());
    QCOMPARE(ids, expected);
}

void TestPartnerFilterProxy::countsMatches()
{
    PartnerFilterProxy proxy;
    proxy.setSourceModel(&m_model);
    QCOMPARE(proxy.matchCount(), m_model.rowCount());
    QCOMPARE(proxy.matchCount(u"oem"_s), 7);
    QCOMPARE(proxy.matchCount(u"retail"_s), 1);
    proxy.setSearchText(u"a"_s);
    proxy.setCategory(u"retail"_s);
    // Counts follow the search but not the category filter, as chips need.
    QCOMPARE(proxy.matchCount(u"oem"_s), 7);
    proxy.setSearchText(u"lenovo"_s);
    QCOMPARE(proxy.matchCount(u"oem"_s), 1);
    QCOMPARE(proxy.matchCount(), 1);
    QCOMPARE(proxy.rowCount(), 0);
}

void TestPartnerFilterProxy::countsEveryCategoryInOnePass()
{
    PartnerFilterProxy proxy;
    proxy.setSourceModel(&m_model);
    int total = -1;
    QHash<QString, int> counts = proxy.matchCounts(&total);
    QCOMPARE(total, 11);
    QCOMPARE(counts,
             (QHash<QString, int>{
                     {u"oem"_s, 7}, {u"retail"_s, 1}, {u"software"_s, 2}, {u"research"_s, 1}}));
    // The same as one category at a time, whatever the category filter.
    proxy.setCategory(u"retail"_s);
    proxy.setSearchText(u"zurich"_s);
    counts = proxy.matchCounts(&total);
    QCOMPARE(total, proxy.matchCount());
    QCOMPARE(total, 1);
    QCOMPARE(counts, (QHash<QString, int>{{u"research"_s, 1}}));
    QCOMPARE(counts.value(u"research"_s), proxy.matchCount(u"research"_s));
    QCOMPARE(proxy.rowCount(), 0);
    // No model: nothing to count.
    PartnerFilterProxy empty;
    QVERIFY(empty.matchCounts(&total).isEmpty());
    QCOMPARE(total, 0);
}

void TestPartnerFilterProxy::readsAnyModelThroughItsRoles()
{
    // A model in front of the partner model (here a proxy that passes every
    // row) is read through its roles and filters the same.
    QSortFilterProxyModel pass;
    pass.setSourceModel(&m_model);
    PartnerFilterProxy direct;
    direct.setSourceModel(&m_model);
    PartnerFilterProxy proxy;
    proxy.setSourceModel(&pass);
    for (PartnerFilterProxy *p : {&direct, &proxy}) {
        p->setSearchText(u"LAB"_s);
        p->setCategory(u"research"_s);
    }
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.rowCount(), direct.rowCount());
    QCOMPARE(proxy.index(0, 0).data(int(PartnerModel::Role::Id)).toString(), u"zurich-lab"_s);
    int total = 0;
    int directTotal = 0;
    QCOMPARE(proxy.matchCounts(&total), direct.matchCounts(&directTotal));
    QCOMPARE(total, directTotal);
    QCOMPARE(proxy.matchCount(u"research"_s), 1);
}

QTEST_GUILESS_MAIN(TestPartnerFilterProxy)
#include "tst_partnerfilterproxy.moc"
