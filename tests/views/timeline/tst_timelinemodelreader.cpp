#include "content/content.h"
#include "content/partialdate.h"
#include "models/eramodel.h"
#include "models/timelinemodel.h"
#include "views/timeline/timelinemodelreader.h"

#include <QStandardItemModel>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Role = TimelineModel::Role;

QStandardItem *eventItem(const QString &title, QDate date, PartialDate::Precision precision,
                         const QString &category)
{
    auto *item = new QStandardItem(title);
    item->setData(title, int(Role::Title));
    item->setData(date, int(Role::Date));
    item->setData(int(precision), int(Role::Precision));
    item->setData(date.toString(Qt::ISODate), int(Role::DateText));
    item->setData(category, int(Role::Category));
    item->setData(int(Confidence::High), int(Role::Confidence));
    return item;
}

} // namespace

class tst_TimelineModelReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEvents();
    void readsUnderTheRoot();
    void readsTheAxis();
    void readsEras();
    void readsCategories();
    void noModel();
};

void tst_TimelineModelReader::readsEvents()
{
    QStandardItemModel model;
    model.appendRow(
            eventItem(u"A day"_s, QDate(2025, 10, 13), PartialDate::Precision::Day, u"delivery"_s));
    QStandardItem *month =
            eventItem(u"A month"_s, QDate(2016, 8, 15), PartialDate::Precision::Month, u"launch"_s);
    month->setData(QDate(2016, 8, 1), int(Role::Earliest));
    month->setData(QDate(2016, 8, 31), int(Role::Latest));
    month->setData(int(Confidence::Low), int(Role::Confidence));
    model.appendRow(month);
    model.appendRow(eventItem(u"Unknown category"_s, QDate(2020, 1, 1), PartialDate::Precision::Day,
                              u"nowhere"_s));

    const QHash<QString, int> categories{{u"launch"_s, 0}, {u"delivery"_s, 1}};
    const auto events = TimelineModelReader::events(&model, {}, categories);
    QCOMPARE(events.size(), size_t(3));

    const TimelineLayout::Event &day = events[0];
    QCOMPARE(day.title, u"A day"_s);
    QCOMPARE(day.dateText, u"2025-10-13"_s);
    QCOMPARE(day.date, QDate(2025, 10, 13));
    // Without a range, the event happened on its day.
    QCOMPARE(day.earliest, day.date);
    QCOMPARE(day.latest, day.date);
    QVERIFY(day.exactDay);
    QVERIFY(!day.approximate);
    QCOMPARE(day.category, 1);

    const TimelineLayout::Event &known = events[1];
    QCOMPARE(known.earliest, QDate(2016, 8, 1));
    QCOMPARE(known.latest, QDate(2016, 8, 31));
    QVERIFY(!known.exactDay);
    QVERIFY(known.approximate);
    QCOMPARE(known.category, 0);
    // A category the category model does not list takes no colour of its own.
    QCOMPARE(events[2].category, -1);
}

void tst_TimelineModelReader::readsUnderTheRoot()
{
    QStandardItemModel model;
    QStandardItem *group = new QStandardItem(u"Group"_s);
    group->appendRow(eventItem(u"Inside"_s, QDate(2021, 1, 1), PartialDate::Precision::Day, {}));
    model.appendRow(group);
    model.appendRow(eventItem(u"Outside"_s, QDate(2022, 1, 1), PartialDate::Precision::Day, {}));
    const auto inside = TimelineModelReader::events(&model, model.index(0, 0), {});
    QCOMPARE(inside.size(), size_t(1));
    QCOMPARE(inside[0].title, u"Inside"_s);
    QCOMPARE(TimelineModelReader::events(&model, {}, {}).size(), size_t(2));
}

void tst_TimelineModelReader::readsTheAxis()
{
    QStandardItemModel model;
    QStandardItem *month =
            eventItem(u"A month"_s, QDate(2016, 8, 15), PartialDate::Precision::Month, {});
    month->setData(QDate(2016, 8, 1), int(Role::Earliest));
    month->setData(QDate(2016, 8, 31), int(Role::Latest));
    model.appendRow(month);
    const auto axis = TimelineModelReader::axis(&model);
    QCOMPARE(axis.size(), size_t(1));
    QCOMPARE(axis[0].date, QDate(2016, 8, 15));
    QCOMPARE(axis[0].earliest, QDate(2016, 8, 1));
    QCOMPARE(axis[0].latest, QDate(2016, 8, 31));
}

void tst_TimelineModelReader::readsEras()
{
    QStandardItemModel model;
    auto *era = new QStandardItem(u"Launch"_s);
    era->setData(QDate(2025, 1, 6), int(EraModel::Role::Start));
    era->setData(QDate(2025, 10, 15), int(EraModel::Role::End));
    model.appendRow(era);
    const auto eras = TimelineModelReader::eras(&model);
    QCOMPARE(eras.size(), size_t(1));
    QCOMPARE(eras[0].first, QDate(2025, 1, 6));
    QCOMPARE(eras[0].last, QDate(2025, 10, 15));
}

void tst_TimelineModelReader::readsCategories()
{
    QStandardItemModel model;
    for (const QString &id : {u"launch"_s, u"delivery"_s, u"partner"_s}) {
        auto *item = new QStandardItem(id.toUpper());
        item->setData(id, Qt::UserRole);
        model.appendRow(item);
    }
    const QHash<QString, int> categories = TimelineModelReader::categories(&model);
    QCOMPARE(categories.size(), 3);
    QCOMPARE(categories.value(u"launch"_s), 0);
    QCOMPARE(categories.value(u"partner"_s), 2);
}

void tst_TimelineModelReader::noModel()
{
    QVERIFY(TimelineModelReader::events(nullptr, {}, {}).empty());
    QVERIFY(TimelineModelReader::axis(nullptr).empty());
    QVERIFY(TimelineModelReader::eras(nullptr).empty());
    QVERIFY(TimelineModelReader::categories(nullptr).isEmpty());
}

QTEST_GUILESS_MAIN(tst_TimelineModelReader)
#include "tst_timelinemodelreader.moc"
