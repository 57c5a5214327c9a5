#include "models/modelfollower.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStringListModel>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestModelFollower : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void structureRebuildsAndDataRefreshes();
    void movedRowsRebuild();
    void sameModelTwiceConnectsOnce();
    void switchingModelsLeavesTheOldOne();
    void keepsOtherConnections();
    void forgetsADestroyedModel();
    void rebuildsForADestroyedModelWhenAsked();
    void stopsWithItsContext();

private:
    struct Counts
    {
        int rebuilds = 0;
        int refreshes = 0;
        QList<int> lastRoles;
        QModelIndex lastTopLeft;
    };
    static std::unique_ptr<ModelFollower> follower(QObject *context, Counts *counts)
    {
        return std::make_unique<ModelFollower>(
                context, [counts] { ++counts->rebuilds; },
                [counts](const QModelIndex &topLeft, const QModelIndex &, const QList<int> &roles) {
                    ++counts->refreshes;
                    counts->lastTopLeft = topLeft;
                    counts->lastRoles = roles;
                });
    }
};

void TestModelFollower::structureRebuildsAndDataRefreshes()
{
    QStandardItemModel model(3, 2);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QObject context;
    Counts counts;
    const auto f = follower(&context, &counts);
    QVERIFY(f->setModel(&model));
    QCOMPARE(f->model(), &model);
    QCOMPARE(counts.rebuilds, 0); // setting a model calls nothing

    model.insertRow(1);
    QCOMPARE(counts.rebuilds, 1);
    model.removeRow(0);
    QCOMPARE(counts.rebuilds, 2);
    model.insertColumn(0);
    QCOMPARE(counts.rebuilds, 3);
    model.removeColumn(0);
    QCOMPARE(counts.rebuilds, 4);
    model.sort(0); // layoutChanged
    QCOMPARE(counts.rebuilds, 5);
    model.clear(); // modelReset
    QCOMPARE(counts.rebuilds, 6);
    QCOMPARE(counts.refreshes, 0);

    model.setRowCount(2);
    model.setColumnCount(1);
    const int rebuilds = counts.rebuilds;
    model.setData(model.index(1, 0), u"text"_s, Qt::DisplayRole);
    QCOMPARE(counts.refreshes, 1);
    QCOMPARE(counts.lastTopLeft, model.index(1, 0));
    QVERIFY(counts.lastRoles.contains(Qt::DisplayRole));
    model.setHeaderData(0, Qt::Horizontal, u"Header"_s);
    QCOMPARE(counts.refreshes, 2);
    QVERIFY(!counts.lastTopLeft.isValid()); // header data: everything may have changed
    QCOMPARE(counts.rebuilds, rebuilds);
}

void TestModelFollower::movedRowsRebuild()
{
    QStringListModel model({u"a"_s, u"b"_s, u"c"_s});
    QObject context;
    Counts counts;
    const auto f = follower(&context, &counts);
    f->setModel(&model);
    QVERIFY(model.moveRows({}, 0, 1, {}, 3));
    QCOMPARE(counts.rebuilds, 1);
}

void TestModelFollower::sameModelTwiceConnectsOnce()
{
    QStringListModel model({u"a"_s, u"b"_s});
    QObject context;
    Counts counts;
    const auto f = follower(&context, &counts);
    QVERIFY(f->setModel(&model));
    QVERIFY(!f->setModel(&model));
    QVERIFY(!f->setModel(&model));
    model.insertRows(0, 1);
    QCOMPARE(counts.rebuilds, 1);
    model.setData(model.index(0), u"c"_s);
    QCOMPARE(counts.refreshes, 1);
}

void TestModelFollower::switchingModelsLeavesTheOldOne()
{
    QStringListModel first({u"a"_s});
    QStringListModel second({u"b"_s});
    QObject context;
    Counts counts;
    const auto f = follower(&context, &counts);
    f->setModel(&first);
    QVERIFY(f->setModel(&second));
    first.insertRows(0, 1);
    first.setData(first.index(0), u"x"_s);
    QCOMPARE(counts.rebuilds, 0);
    QCOMPARE(counts.refreshes, 0);
    second.removeRows(0, 1);
    QCOMPARE(counts.rebuilds, 1);
    QVERIFY(f->setModel(nullptr));
    QCOMPARE(f->model(), nullptr);
    second.insertRows(0, 1);
    QCOMPARE(counts.rebuilds, 1);
}

void TestModelFollower::keepsOtherConnections()
{
    // Cutting its own connections must not cut those the context keeps to
    // the same model (as QAbstractItemView does), unlike
    // disconnect(model, nullptr, context, nullptr).
    QStringListModel model({u"a"_s});
    QObject context;
    int own = 0;
    connect(&model, &QAbstractItemModel::rowsInserted, &context, [&own] { ++own; });
    Counts counts;
    const auto f = follower(&context, &counts);
    f->setModel(&model);
    f->setModel(nullptr);
    model.insertRows(0, 1);
    QCOMPARE(own, 1);
    QCOMPARE(counts.rebuilds, 0);
}

void TestModelFollower::forgetsADestroyedModel()
{
    QObject context;
    Counts counts;
    const auto f = follower(&context, &counts);
    {
        QStringListModel model({u"a"_s});
        f->setModel(&model);
    }
    QCOMPARE(f->model(), nullptr);
    QCOMPARE(counts.rebuilds, 0);
    QStringListModel next({u"b"_s});
    QVERIFY(f->setModel(&next));
    next.insertRows(0, 1);
    QCOMPARE(counts.rebuilds, 1);
}

void TestModelFollower::rebuildsForADestroyedModelWhenAsked()
{
    QObject context;
    Counts counts;
    const auto f = follower(&context, &counts);
    f->setRebuildWhenDestroyed(true);
    {
        QStringListModel model({u"a"_s});
        f->setModel(&model);
    }
    QCOMPARE(f->model(), nullptr);
    QCOMPARE(counts.rebuilds, 1);
}

void TestModelFollower::stopsWithItsContext()
{
    QStringListModel model({u"a"_s});
    Counts counts;
    auto context = std::make_unique<QObject>();
    const auto f = follower(context.get(), &counts);
    f->setModel(&model);
    context.reset();
    model.insertRows(0, 1);
    QCOMPARE(counts.rebuilds, 0);
}

QTEST_GUILESS_MAIN(TestModelFollower)
#include "tst_modelfollower.moc"
