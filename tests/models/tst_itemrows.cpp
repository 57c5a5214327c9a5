#include "models/itemrows.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct NamedThing
{
    QString id;
    QString name;
};

// The smallest model of items with ids: the rows are the things in order.
class NamedThings : public ItemRows
{
public:
    explicit NamedThings(std::vector<NamedThing> things)
        : m_things(std::move(things))
    {}

    int rowOf(const QString &id) const override { return rowOfId(m_things, id); }

private:
    std::vector<NamedThing> m_things;
};

} // namespace

class TestItemRows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsTheRowOfAnId();
    void findsNoRowForAnUnknownId();
    void findsTheFirstOfTwoAlike();
};

void TestItemRows::findsTheRowOfAnId()
{
    const NamedThings things({{u"a"_s, u"first"_s}, {u"b"_s, u"second"_s}, {u"c"_s, u"third"_s}});
    const ItemRows &rows = things;
    QCOMPARE(rows.rowOf(u"a"_s), 0);
    QCOMPARE(rows.rowOf(u"b"_s), 1);
    QCOMPARE(rows.rowOf(u"c"_s), 2);
}

void TestItemRows::findsNoRowForAnUnknownId()
{
    const NamedThings things({{u"a"_s, u"first"_s}, {u"b"_s, u"second"_s}});
    QCOMPARE(things.rowOf(u"z"_s), -1);
    // Ids are compared whole and exactly, not by a name or a prefix.
    QCOMPARE(things.rowOf(u"first"_s), -1);
    QCOMPARE(things.rowOf(u"A"_s), -1);
    QCOMPARE(things.rowOf(QString()), -1);
    QCOMPARE(NamedThings({}).rowOf(u"a"_s), -1);
}

void TestItemRows::findsTheFirstOfTwoAlike()
{
    const NamedThings things({{u"x"_s, u"one"_s}, {u"a"_s, u"two"_s}, {u"a"_s, u"three"_s}});
    QCOMPARE(things.rowOf(u"a"_s), 1);
}

QTEST_GUILESS_MAIN(TestItemRows)
#include "tst_itemrows.moc"
