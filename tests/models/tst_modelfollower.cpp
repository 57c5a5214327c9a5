#include "models/modelfollower.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStringListModel>
#include <QTest>
#include <QTransposeProxyModel>

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
    // Models of QtCore only, as the models layer sees no more: a list for rows,
    // its transpose for columns.
    QStringListModel model({u"c"_s, u"a"_s, u"b"_s});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QObject context;
    Counts counts;
    const auto f = follower(&context, &counts);
    QVERIFY(f->setModel(&model));
    QCOMPARE(f->model(), &model);
    QCOMPARE(counts.rebuilds, 0); // setting a model calls nothing

    QVERIFY(model.insertRows(1, 1));
    QCOMPARE(counts.rebuilds, 1);
    QVERIFY(model.removeRows(1, 1));
    QCOMPARE(counts.rebuilds, 2);
    model.sort(0); // layoutChanged
    QCOMPARE(counts.rebuilds, 3);
    model.setStringList({u"x"_s, u"y"_s}); // modelReset
    QCOMPARE(counts.rebuilds, 4);
    QCOMPARE(counts.refreshes, 0);

    QVERIFY(model.setData(model.index(1, 0), u"text"_s, Qt::DisplayRole));
    QCOMPARE(counts.refreshes, 1);
    QCOMPARE(counts.lastTopLeft, model.index(1, 0));
    QVERIFY(counts.lastRoles.contains(Qt::DisplayRole));
    Q_EMIT model.headerDataChanged(Qt::Horizontal, 0, 0);
    QCOMPARE(counts.refreshes, 2);
    QVERIFY(!counts.lastTopLeft.isValid()); // header data: everything may have changed
    QCOMPARE(counts.rebuilds, 4);

    QStringListModel rows({u"a"_s, u"b"_s});
    QTransposeProxyModel columns;
    columns.setSourceModel(&rows);
    Counts columnCounts;
    const auto g = follower(&context, &columnCounts);
    QVERIFY(g->setModel(&columns));
    QVERIFY(rows.insertRows(0, 1)); // columnsInserted
    QCOMPARE(columnCounts.rebuilds, 1);
    QVERIFY(rows.removeRows(0, 1)); // columnsRemoved
    QCOMPARE(columnCounts.rebuilds, 2);
    QVERIFY(rows.moveRows({}, 0, 1, {}, 2)); // columnsMoved
    QCOMPARE(columnCounts.rebuilds, 3);
    QCOMPARE(columnCounts.refreshes, 0);
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
