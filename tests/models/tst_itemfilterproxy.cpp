#include "models/itemfilterproxy.h"

#include <QAbstractItemModelTester>
#include <QStringListModel>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int ItemIdRole = Qt::UserRole + 7;

// Ids in ItemIdRole; hides the rows whose id starts with "hidden".
class IdListModel : public QStringListModel
{
public:
    using QStringListModel::QStringListModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        return QStringListModel::data(index, role == ItemIdRole ? int(Qt::DisplayRole) : role);
    }
};

class HidingIdProxy : public ItemFilterProxy
{
public:
    HidingIdProxy()
        : ItemFilterProxy(ItemIdRole)
    {}

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
        return !index.data(ItemIdRole).toString().startsWith(u"hidden"_s);
    }
};

} // namespace

class TestItemFilterProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowOfFindsShownItemsById();
};

void TestItemFilterProxy::rowOfFindsShownItemsById()
{
    IdListModel source({u"alpha"_s, u"hidden-beta"_s, u"gamma"_s, u"delta"_s});
    HidingIdProxy proxy;
    QAbstractItemModelTester tester(&proxy);
    proxy.setSourceModel(&source);
    QCOMPARE(proxy.rowCount(), 3);
    QCOMPARE(proxy.rowOf(u"alpha"_s), 0);
    QCOMPARE(proxy.rowOf(u"gamma"_s), 1);
    QCOMPARE(proxy.rowOf(u"delta"_s), 2);
    // Filtered out, unknown, empty.
    QCOMPARE(proxy.rowOf(u"hidden-beta"_s), -1);
    QCOMPARE(proxy.rowOf(u"epsilon"_s), -1);
    QCOMPARE(proxy.rowOf(QString()), -1);
}

QTEST_GUILESS_MAIN(TestItemFilterProxy)
#include "tst_itemfilterproxy.moc"
