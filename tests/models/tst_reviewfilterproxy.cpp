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

QTEST_GUILESS_MAIN(TestReviewFilterProxy)
#include "tst_reviewfilterproxy.moc"
