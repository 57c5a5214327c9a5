#include "contentbuilder.h"
#include "models/timelinemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Fixtures;

namespace {

// Events in another order than they happened, at every precision.
TimelineContent builtTimeline()
{
    return TimelineBuilder()
            .source(SourceBuilder(u"blog"_s).publisher(u"Rocket Gazette"_s))
            .category(u"delivery"_s, text(u"Deliveries"_s))
            .era(u"launch-week"_s, text(u"Launch week"_s), u"2025-10-13"_s, u"2025-10-19"_s)
            .event(TimelineEventBuilder(u"price"_s).date(u"2026-02"_s))
            // Known to the month, narrowed to three days by its sources.
            .event(TimelineEventBuilder(u"week"_s)
                           .date(u"2025-10"_s)
                           .notBefore(u"2025-10-13"_s)
                           .notAfter(u"2025-10-15"_s))
            // Known to the month, no later than the 15th.
            .event(TimelineEventBuilder(u"first"_s).date(u"2016-08"_s).notAfter(u"2016-08-15"_s))
            .event(TimelineEventBuilder(u"delivery"_s)
                           .category(u"delivery"_s)
                           .title(u"The box lands at the pad"_s)
                           .place(u"Launch pad, Texas"_s)
                           .people({u"One person"_s, u"Another"_s})
                           .quote(u"A small box beside a big rocket."_s, u"Somebody"_s)
                           .sources({u"blog"_s}))
            .event(TimelineEventBuilder(u"same-day"_s))
            .event(TimelineEventBuilder(u"available"_s).date(u"2025-10-15"_s))
            .event(TimelineEventBuilder(u"month"_s).date(u"2025-08"_s).confidence(u"medium"_s))
            .content();
}

} // namespace

class TestTimelineModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_content = builtTimeline(); }
    void passesModelTester();
    void ordersEventsAsTheyHappened();
    void placesPartialDatesHonestly();
    void exposesRoles();
    void translatesQuotesBeneath();
    void switchesLanguage();

private:
    TimelineContent m_content;
};

void TestTimelineModel::passesModelTester()
{
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setContent(m_content);
    model.setLanguage(u"ar"_s);
    model.setContent(TimelineContent());
}

void TestTimelineModel::ordersEventsAsTheyHappened()
{
    TimelineModel model;
    model.setContent(m_content);
    QStringList ids;
    QDate previous;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        const QDate date = index.data(int(TimelineModel::Role::Date)).toDate();
        QVERIFY(!previous.isValid() || previous <= date);
        previous = date;
        ids.append(index.data(int(TimelineModel::Role::Id)).toString());
    }
    // Same-day events keep the file's order; the event of 13 to 15 October
    // comes after those of the 13th and before the one of the 15th.
    const QStringList expected = {u"first"_s, u"month"_s,     u"delivery"_s, u"same-day"_s,
                                  u"week"_s,  u"available"_s, u"price"_s};
    QCOMPARE(ids, expected);
}

void TestTimelineModel::placesPartialDatesHonestly()
{
    TimelineModel model;
    model.setContent(m_content);
    const QModelIndex week = model.index(model.rowOf(u"week"_s));
    QCOMPARE(week.data(int(TimelineModel::Role::Earliest)).toDate(), QDate(2025, 10, 13));
    QCOMPARE(week.data(int(TimelineModel::Role::Latest)).toDate(), QDate(2025, 10, 15));
    QCOMPARE(week.data(int(TimelineModel::Role::Date)).toDate(), QDate(2025, 10, 14));
    QCOMPARE(week.data(int(TimelineModel::Role::Precision)).toInt(),
             int(PartialDate::Precision::Month));
    // Shown as the month it is known to, never with a made-up day.
    QCOMPARE(week.data(int(TimelineModel::Role::DateText)).toString(), u"October 2025"_s);
    const QModelIndex month = model.index(model.rowOf(u"month"_s));
    QCOMPARE(month.data(int(TimelineModel::Role::Earliest)).toDate(), QDate(2025, 8, 1));
    QCOMPARE(month.data(int(TimelineModel::Role::Latest)).toDate(), QDate(2025, 8, 31));
    QCOMPARE(month.data(int(TimelineModel::Role::DateText)).toString(), u"August 2025"_s);
    // No later than the 15th.
    const QModelIndex first = model.index(model.rowOf(u"first"_s));
    QCOMPARE(first.data(int(TimelineModel::Role::Earliest)).toDate(), QDate(2016, 8, 1));
    QCOMPARE(first.data(int(TimelineModel::Role::Latest)).toDate(), QDate(2016, 8, 15));
    QCOMPARE(first.data(int(TimelineModel::Role::DateText)).toString(), u"August 2016"_s);
}

void TestTimelineModel::exposesRoles()
{
    TimelineModel model;
    model.setContent(m_content);
    const QModelIndex delivery = model.index(model.rowOf(u"delivery"_s));
    QCOMPARE(delivery.data().toString(), u"The box lands at the pad"_s);
    QCOMPARE(delivery.data(Qt::AccessibleTextRole).toString(),
             u"October 13, 2025: The box lands at the pad"_s);
    QCOMPARE(delivery.data(int(TimelineModel::Role::Place)).toString(), u"Launch pad, Texas"_s);
    QCOMPARE(delivery.data(int(TimelineModel::Role::People)).toStringList().size(), 2);
    QCOMPARE(delivery.data(int(TimelineModel::Role::QuoteText)).toString(),
             u"A small box beside a big rocket."_s);
    QCOMPARE(delivery.data(int(TimelineModel::Role::QuoteBy)).toString(), u"Somebody"_s);
    QCOMPARE(delivery.data(int(TimelineModel::Role::Category)).toString(), u"delivery"_s);
    QCOMPARE(delivery.data(int(TimelineModel::Role::CategoryName)).toString(), u"Deliveries"_s);
    QCOMPARE(delivery.data(int(TimelineModel::Role::Era)).toString(), u"launch-week"_s);
    QCOMPARE(delivery.data(int(TimelineModel::Role::EraName)).toString(), u"Launch week"_s);
    QVERIFY(delivery.data(int(TimelineModel::Role::SourceText))
                    .toString()
                    .contains(u"Rocket Gazette"_s));
    const QModelIndex medium = model.index(model.rowOf(u"month"_s));
    QCOMPARE(medium.data(int(TimelineModel::Role::Confidence)).toInt(), int(Confidence::Medium));
    QCOMPARE(medium.data(int(TimelineModel::Role::QuoteText)).toString(), QString());
}

void TestTimelineModel::translatesQuotesBeneath()
{
    TimelineContent content = m_content;
    for (TimelineEvent &event : content.items) {
        if (event.quote)
            event.quote->translations.insert(u"de"_s, u"Übersetzung"_s);
    }
    TimelineModel model;
    model.setContent(content);
    const QModelIndex delivery = model.index(model.rowOf(u"delivery"_s));
    QCOMPARE(delivery.data(int(TimelineModel::Role::QuoteTranslation)).toString(), QString());
    model.setLanguage(u"de"_s);
    // The original words stay; the translation comes beneath them.
    QCOMPARE(delivery.data(int(TimelineModel::Role::QuoteText)).toString(),
             u"A small box beside a big rocket."_s);
    QCOMPARE(delivery.data(int(TimelineModel::Role::QuoteTranslation)).toString(),
             u"Übersetzung"_s);
    QCOMPARE(delivery.data(int(TimelineModel::Role::QuoteLanguage)).toString(), u"en"_s);
}

void TestTimelineModel::switchesLanguage()
{
    TimelineModel model;
    model.setContent(m_content);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setLanguage(u"de"_s);
    QCOMPARE(changed.count(), 1);
    const QModelIndex delivery = model.index(model.rowOf(u"delivery"_s));
    QCOMPARE(delivery.data(int(TimelineModel::Role::DateText)).toString(), u"13. Oktober 2025"_s);
}

QTEST_GUILESS_MAIN(TestTimelineModel)
#include "tst_timelinemodel.moc"
