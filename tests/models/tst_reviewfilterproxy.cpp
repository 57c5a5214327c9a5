#include "content/contentloader.h"
#include "models/reviewfilterproxy.h"
#include "models/reviewmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestReviewFilterProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filters();
    void searches();
};

void TestReviewFilterProxy::filters()
{
    ReviewModel model;
    model.setContent(ContentLoader::load().content.reviews);
    ReviewFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    QSignalSpy changed(&proxy, &ReviewFilterProxy::filterChanged);

    proxy.setOutlet(u"HotHardware"_s);
    QCOMPARE(proxy.rowCount(), 3);
    QCOMPARE(changed.count(), 1);
    proxy.setOutlet(QString());
    proxy.setKind(u"social"_s);
    QCOMPARE(proxy.rowCount(), 4);
    QVERIFY(proxy.rowOf(u"brockman-compute"_s) >= 0);
    QCOMPARE(proxy.rowOf(u"hothardware-start"_s), -1);
    proxy.setFeaturedOnly(true);
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setKind(QString());
    // Each outlet has at least one featured quote, the critical ones included.
    QVERIFY(proxy.rowOf(u"register-fastest"_s) >= 0);
    QVERIFY(proxy.rowOf(u"willison-early-days"_s) >= 0);
    QVERIFY(proxy.rowOf(u"lmsys-standard"_s) >= 0);
    proxy.setOutlet(u"Nobody"_s);
    QCOMPARE(proxy.rowCount(), 0);
    QCOMPARE(changed.count(), 6);
}

void TestReviewFilterProxy::searches()
{
    ReviewModel model;
    model.setContent(ContentLoader::load().content.reviews);
    ReviewFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    QSignalSpy changed(&proxy, &ReviewFilterProxy::filterChanged);
    const int all = model.rowCount();

    // The outlet, ignoring case.
    proxy.setSearchText(u"hothardware"_s);
    QCOMPARE(proxy.rowCount(), 3);
    QCOMPARE(changed.count(), 1);
    // Words of the quote, in any order, each required.
    proxy.setSearchText(u"started novices"_s);
    QCOMPARE(proxy.rowCount(), 1);
    QVERIFY(proxy.rowOf(u"hothardware-novices"_s) >= 0);
    proxy.setSearchText(u"novices xyzzy"_s);
    QCOMPARE(proxy.rowCount(), 0);
    QVERIFY(!proxy.matchesSearch(0));
    // Combined with the other filters.
    proxy.setSearchText(u"DGX"_s);
    const int dgx = proxy.rowCount();
    QVERIFY(dgx > 0 && dgx < all);
    proxy.setKind(u"social"_s);
    QVERIFY(proxy.rowCount() < dgx);
    proxy.setKind(QString());
    proxy.setSearchText(QString());
    QCOMPARE(proxy.rowCount(), all);
    QVERIFY(proxy.matchesSearch(0));
    // A new language brings new words to search: the translations.
    model.setLanguage(u"de"_s);
    proxy.setSearchText(u"Einsteiger"_s);
    const int german = proxy.rowCount();
    model.setLanguage(u"en"_s);
    QCOMPARE(proxy.rowCount(), 0);
    QVERIFY(german > 0);
}

QTEST_GUILESS_MAIN(TestReviewFilterProxy)
#include "tst_reviewfilterproxy.moc"
