#include "contentbuilder.h"
#include "models/reviewfilterproxy.h"
#include "models/reviewmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Fixtures;

namespace {

// Three reviews by one outlet, four social posts (two featured), and a
// featured critical and measured voice.
ReviewContent reviews()
{
    return ReviewsBuilder()
            .review(ReviewBuilder(u"hot-novices"_s)
                            .outlet(u"HotHardware"_s)
                            .kind(u"review"_s)
                            .quote(u"Even novices will have no trouble getting started."_s)
                            .quoteTranslation(u"de"_s, u"Auch Einsteiger kommen leicht zurecht."_s)
                            .featured())
            .review(ReviewBuilder(u"hot-norm"_s)
                            .outlet(u"HotHardware"_s)
                            .kind(u"review"_s)
                            .quote(u"Boxes like this will become the norm."_s))
            .review(ReviewBuilder(u"hot-start"_s)
                            .outlet(u"HotHardware"_s)
                            .kind(u"review"_s)
                            .quote(u"This is the place to start."_s))
            .review(ReviewBuilder(u"post-delivery"_s)
                            .kind(u"social"_s)
                            .quote(u"Best DGX delivery ever."_s)
                            .featured())
            .review(ReviewBuilder(u"post-compute"_s)
                            .kind(u"social"_s)
                            .quote(u"So much compute in a tiny DGX."_s)
                            .featured())
            .review(ReviewBuilder(u"post-dream"_s).kind(u"social"_s).quote(u"A dream."_s))
            .review(ReviewBuilder(u"post-magic"_s).kind(u"social"_s).quote(u"DGX magic."_s))
            .review(ReviewBuilder(u"paper-fastest"_s)
                            .kind(u"press"_s)
                            .tone(u"critical"_s)
                            .quote(u"By no means the fastest DGX."_s)
                            .featured())
            .review(ReviewBuilder(u"blog-early"_s)
                            .kind(u"press"_s)
                            .tone(u"measured"_s)
                            .quote(u"Early days for the ecosystem."_s)
                            .featured())
            .content();
}

} // namespace

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
    model.setContent(reviews());
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
    QVERIFY(proxy.rowOf(u"post-compute"_s) >= 0);
    QCOMPARE(proxy.rowOf(u"hot-start"_s), -1);
    proxy.setFeaturedOnly(true);
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setKind(QString());
    // Featured quotes of every tone, the critical one included.
    QCOMPARE(proxy.rowCount(), 5);
    QVERIFY(proxy.rowOf(u"paper-fastest"_s) >= 0);
    QVERIFY(proxy.rowOf(u"blog-early"_s) >= 0);
    QCOMPARE(proxy.rowOf(u"hot-start"_s), -1);
    proxy.setOutlet(u"Nobody"_s);
    QCOMPARE(proxy.rowCount(), 0);
    QCOMPARE(changed.count(), 6);
}

void TestReviewFilterProxy::searches()
{
    ReviewModel model;
    model.setContent(reviews());
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
    QVERIFY(proxy.rowOf(u"hot-novices"_s) >= 0);
    proxy.setSearchText(u"novices xyzzy"_s);
    QCOMPARE(proxy.rowCount(), 0);
    QVERIFY(!proxy.matchesSearch(0));
    // Combined with the other filters.
    proxy.setSearchText(u"DGX"_s);
    QCOMPARE(proxy.rowCount(), 4);
    QVERIFY(proxy.rowCount() < all);
    proxy.setKind(u"social"_s);
    QCOMPARE(proxy.rowCount(), 3);
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
    QCOMPARE(german, 1);
}

QTEST_GUILESS_MAIN(TestReviewFilterProxy)
#include "tst_reviewfilterproxy.moc"
