#include "content/contentloader.h"
#include "models/timelinefilterproxy.h"
#include "models/timelinemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestTimelineFilterProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filtersByCategory();
    void searches();
};

void TestTimelineFilterProxy::filtersByCategory()
{
    TimelineModel model;
    model.setContent(ContentLoader::load().content.timeline);
    TimelineFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    QCOMPARE(proxy.rowCount(), model.rowCount());

    QSignalSpy changed(&proxy, &TimelineFilterProxy::categoriesChanged);
    proxy.setCategories({u"delivery"_s});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(proxy.rowCount(), 4);
    for (int row = 0; row < proxy.rowCount(); ++row) {
        QCOMPARE(proxy.index(row, 0).data(int(TimelineModel::Role::Category)).toString(),
                 u"delivery"_s);
    }
    QVERIFY(proxy.rowOf(u"starbase-delivery"_s) >= 0);
    QCOMPARE(proxy.rowOf(u"general-availability"_s), -1);

    proxy.setCategories({u"delivery"_s, u"launch"_s});
    QCOMPARE(proxy.rowCount(), 5);
    proxy.setCategories({u"delivery"_s, u"launch"_s});
    QCOMPARE(changed.count(), 2);
    proxy.setCategories({});
    QCOMPARE(proxy.rowCount(), model.rowCount());
    proxy.setCategories({u"no-such-category"_s});
    QCOMPARE(proxy.rowCount(), 0);
}

void TestTimelineFilterProxy::searches()
{
    TimelineModel model;
    model.setContent(ContentLoader::load().content.timeline);
    TimelineFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    QSignalSpy changed(&proxy, &TimelineFilterProxy::searchTextChanged);

    // A word of the title, ignoring case.
    proxy.setSearchText(u"starbase"_s);
    QCOMPARE(changed.count(), 1);
    QVERIFY(proxy.rowOf(u"starbase-delivery"_s) >= 0);
    QVERIFY(proxy.rowCount() < model.rowCount());
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const QModelIndex index = proxy.index(row, 0);
        const QString text = (index.data(int(TimelineModel::Role::Title)).toString() +
                              index.data(int(TimelineModel::Role::Place)).toString() +
                              index.data(int(TimelineModel::Role::Description)).toString())
                                     .toLower();
        QVERIFY2(text.contains(u"starbase"_s), qPrintable(text));
    }
    // With the categories: both must hold.
    proxy.setCategories({u"launch"_s});
    QCOMPARE(proxy.rowOf(u"starbase-delivery"_s), -1);
    proxy.setCategories({});
    proxy.setSearchText(u"starbase xyzzy"_s);
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setSearchText(QString());
    QCOMPARE(proxy.rowCount(), model.rowCount());
}

QTEST_GUILESS_MAIN(TestTimelineFilterProxy)
#include "tst_timelinefilterproxy.moc"
