#include "contentbuilder.h"
#include "models/timelinefilterproxy.h"
#include "models/timelinemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Fixtures;

namespace {

// Three deliveries, one launch and one talk; "harbour" in a title, a place and
// a description.
TimelineContent timeline()
{
    return TimelineBuilder()
            .event(TimelineEventBuilder(u"first-delivery"_s).category(u"delivery"_s))
            .event(TimelineEventBuilder(u"harbour-delivery"_s)
                           .category(u"delivery"_s)
                           .title(u"A box reaches the Harbour"_s))
            .event(TimelineEventBuilder(u"robot-delivery"_s)
                           .category(u"delivery"_s)
                           .place(u"Harbour district"_s))
            .event(TimelineEventBuilder(u"launch"_s)
                           .category(u"launch"_s)
                           .description(u"On sale from the harbour shop."_s))
            .event(TimelineEventBuilder(u"talk"_s).category(u"talk"_s))
            .content();
}

} // namespace

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
    model.setContent(timeline());
    TimelineFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    QCOMPARE(proxy.rowCount(), model.rowCount());

    QSignalSpy changed(&proxy, &TimelineFilterProxy::categoriesChanged);
    proxy.setCategories({u"delivery"_s});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(proxy.rowCount(), 3);
    for (int row = 0; row < proxy.rowCount(); ++row) {
        QCOMPARE(proxy.index(row, 0).data(int(TimelineModel::Role::Category)).toString(),
                 u"delivery"_s);
    }
    QVERIFY(proxy.rowOf(u"harbour-delivery"_s) >= 0);
    QCOMPARE(proxy.rowOf(u"launch"_s), -1);
    QCOMPARE(proxy.rowOf(u"no-such-event"_s), -1);
    // The row found is the proxy's own, not the model's.
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const QString id = proxy.index(row, 0).data(int(TimelineModel::Role::Id)).toString();
        QCOMPARE(proxy.rowOf(id), row);
    }

    proxy.setCategories({u"delivery"_s, u"launch"_s});
    QCOMPARE(proxy.rowCount(), 4);
    QCOMPARE(proxy.rowOf(u"talk"_s), -1);
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
    model.setContent(timeline());
    TimelineFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    QSignalSpy changed(&proxy, &TimelineFilterProxy::searchTextChanged);

    // A word of the title, ignoring case.
    proxy.setSearchText(u"HARBOUR"_s);
    QCOMPARE(changed.count(), 1);
    // In the title, the place or the description.
    QCOMPARE(proxy.rowCount(), 3);
    QVERIFY(proxy.rowOf(u"harbour-delivery"_s) >= 0);
    QVERIFY(proxy.rowOf(u"robot-delivery"_s) >= 0);
    QVERIFY(proxy.rowOf(u"launch"_s) >= 0);
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const QModelIndex index = proxy.index(row, 0);
        const QString text = (index.data(int(TimelineModel::Role::Title)).toString() +
                              index.data(int(TimelineModel::Role::Place)).toString() +
                              index.data(int(TimelineModel::Role::Description)).toString())
                                     .toLower();
        QVERIFY2(text.contains(u"harbour"_s), qPrintable(text));
    }
    // With the categories: both must hold.
    proxy.setCategories({u"launch"_s});
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.rowOf(u"harbour-delivery"_s), -1);
    proxy.setCategories({});
    proxy.setSearchText(u"harbour xyzzy"_s);
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setSearchText(QString());
    QCOMPARE(proxy.rowCount(), model.rowCount());
}

QTEST_GUILESS_MAIN(TestTimelineFilterProxy)
#include "tst_timelinefilterproxy.moc"
