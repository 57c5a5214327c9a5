#include "content/contentloader.h"
#include "models/timelinemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestTimelineModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_content = ContentLoader::load().content.timeline; }
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
    // Same-day events keep the file's order; the OpenAI delivery (13 to 15 October)
    // comes after Starbase and before general availability on the 15th.
    const QStringList expected = {
            u"dgx1-announced"_s,       u"dgx1-openai"_s,        u"ces-digits"_s,
            u"gtc-dgx-spark"_s,        u"computex-partners"_s,  u"hot-chips"_s,
            u"starbase-delivery"_s,    u"starship-flight-11"_s, u"openai-delivery"_s,
            u"general-availability"_s, u"robot-deliveries"_s,   u"price-change"_s};
    QCOMPARE(ids, expected);
}

void TestTimelineModel::placesPartialDatesHonestly()
{
    TimelineModel model;
    model.setContent(m_content);
    const QModelIndex openai = model.index(model.rowOf(u"openai-delivery"_s));
    QCOMPARE(openai.data(int(TimelineModel::Role::Earliest)).toDate(), QDate(2025, 10, 13));
    QCOMPARE(openai.data(int(TimelineModel::Role::Latest)).toDate(), QDate(2025, 10, 15));
    QCOMPARE(openai.data(int(TimelineModel::Role::Date)).toDate(), QDate(2025, 10, 14));
    QCOMPARE(openai.data(int(TimelineModel::Role::Precision)).toInt(),
             int(PartialDate::Precision::Month));
    // Shown as the month it is known to, never with a made-up day.
    QCOMPARE(openai.data(int(TimelineModel::Role::DateText)).toString(), u"October 2025"_s);
    const QModelIndex month = model.index(model.rowOf(u"hot-chips"_s));
    QCOMPARE(month.data(int(TimelineModel::Role::Earliest)).toDate(), QDate(2025, 8, 1));
    QCOMPARE(month.data(int(TimelineModel::Role::Latest)).toDate(), QDate(2025, 8, 31));
    QCOMPARE(month.data(int(TimelineModel::Role::DateText)).toString(), u"August 2025"_s);
    // The NVIDIA blog post about the first DGX-1 is dated the 15th: no later.
    const QModelIndex first = model.index(model.rowOf(u"dgx1-openai"_s));
    QCOMPARE(first.data(int(TimelineModel::Role::Earliest)).toDate(), QDate(2016, 8, 1));
    QCOMPARE(first.data(int(TimelineModel::Role::Latest)).toDate(), QDate(2016, 8, 15));
    QCOMPARE(first.data(int(TimelineModel::Role::DateText)).toString(), u"August 2016"_s);
}

void TestTimelineModel::exposesRoles()
{
    TimelineModel model;
    model.setContent(m_content);
    const QModelIndex starbase = model.index(model.rowOf(u"starbase-delivery"_s));
    QCOMPARE(starbase.data().toString(), u"DGX Spark lands at Starbase"_s);
    QCOMPARE(starbase.data(Qt::AccessibleTextRole).toString(),
             u"October 13, 2025: DGX Spark lands at Starbase"_s);
    QCOMPARE(starbase.data(int(TimelineModel::Role::Place)).toString(),
             u"SpaceX Starbase, Texas"_s);
    QCOMPARE(starbase.data(int(TimelineModel::Role::People)).toStringList().size(), 2);
    QCOMPARE(starbase.data(int(TimelineModel::Role::QuoteText)).toString(),
             u"Imagine delivering the smallest supercomputer next to the biggest rocket."_s);
    QCOMPARE(starbase.data(int(TimelineModel::Role::QuoteBy)).toString(), u"Jensen Huang"_s);
    QCOMPARE(starbase.data(int(TimelineModel::Role::Category)).toString(), u"delivery"_s);
    QCOMPARE(starbase.data(int(TimelineModel::Role::CategoryName)).toString(), u"Deliveries"_s);
    QCOMPARE(starbase.data(int(TimelineModel::Role::Era)).toString(), u"launch-week"_s);
    QCOMPARE(starbase.data(int(TimelineModel::Role::EraName)).toString(), u"Launch week"_s);
    QVERIFY(starbase.data(int(TimelineModel::Role::SourceText))
                    .toString()
                    .contains(u"NVIDIA Blog"_s));
    const QModelIndex computex = model.index(model.rowOf(u"computex-partners"_s));
    QCOMPARE(computex.data(int(TimelineModel::Role::Confidence)).toInt(), int(Confidence::Medium));
    QCOMPARE(computex.data(int(TimelineModel::Role::QuoteText)).toString(), QString());
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
    const QModelIndex starbase = model.index(model.rowOf(u"starbase-delivery"_s));
    QCOMPARE(starbase.data(int(TimelineModel::Role::QuoteTranslation)).toString(), QString());
    model.setLanguage(u"de"_s);
    // The original words stay; the translation comes beneath them.
    QCOMPARE(starbase.data(int(TimelineModel::Role::QuoteText)).toString(),
             u"Imagine delivering the smallest supercomputer next to the biggest rocket."_s);
    QCOMPARE(starbase.data(int(TimelineModel::Role::QuoteTranslation)).toString(),
             u"Übersetzung"_s);
    QCOMPARE(starbase.data(int(TimelineModel::Role::QuoteLanguage)).toString(), u"en"_s);
}

void TestTimelineModel::switchesLanguage()
{
    TimelineModel model;
    model.setContent(m_content);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setLanguage(u"de"_s);
    QCOMPARE(changed.count(), 1);
    const QModelIndex starbase = model.index(model.rowOf(u"starbase-delivery"_s));
    QCOMPARE(starbase.data(int(TimelineModel::Role::DateText)).toString(), u"13. Oktober 2025"_s);
}

QTEST_GUILESS_MAIN(TestTimelineModel)
#include "tst_timelinemodel.moc"
