#include "models/itemfilterproxy.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
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

    // Also hides the rows whose id starts with \a prefix (none when empty).
    void setHiddenPrefix(const QString &prefix)
    {
        m_prefix = prefix;
        refilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
        const QString id = index.data(ItemIdRole).toString();
        return !id.startsWith(u"hidden"_s) && (m_prefix.isEmpty() || !id.startsWith(m_prefix));
    }

private:
    QString m_prefix;
};

} // namespace

class TestItemFilterProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowOfFindsShownItemsById();
    void refilterIsOneLayoutChange();
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

void TestItemFilterProxy::refilterIsOneLayoutChange()
{
    // Every other row goes: one layout change, not a pair of signals a row.
    QStringList ids;
    for (int i = 0; i < 100; ++i)
        ids.append((i % 2 == 0 ? u"a%1"_s : u"b%1"_s).arg(i));
    IdListModel source(ids);
    HidingIdProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&source);
    const QPersistentModelIndex kept = proxy.index(proxy.rowOf(u"a50"_s), 0);
    const QPersistentModelIndex gone = proxy.index(proxy.rowOf(u"b51"_s), 0);
    QSignalSpy layouts(&proxy, &QAbstractItemModel::layoutChanged);
    QSignalSpy removed(&proxy, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);
    proxy.setHiddenPrefix(u"b"_s);
    QCOMPARE(proxy.rowCount(), 50);
    QCOMPARE(layouts.size(), 1);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(inserted.size(), 0);
    // Indexes kept follow their rows; those of rows gone are no longer valid.
    QVERIFY(kept.isValid());
    QCOMPARE(kept.row(), 25);
    QCOMPARE(kept.data(ItemIdRole).toString(), u"a50"_s);
    QVERIFY(!gone.isValid());
    QCOMPARE(proxy.rowOf(u"b51"_s), -1);
    // And back.
    proxy.setHiddenPrefix(QString());
    QCOMPARE(proxy.rowCount(), 100);
    QCOMPARE(layouts.size(), 2);
    QCOMPARE(kept.row(), 50);
    QCOMPARE(proxy.rowOf(u"b51"_s), 51);
    QCOMPARE(removed.size() + inserted.size(), 0);
}

QTEST_GUILESS_MAIN(TestItemFilterProxy)
#include "tst_itemfilterproxy.moc"
