#include "models/searchindex.h"

#include <QStringListModel>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestSearchIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyWordMustMatch();
    void ignoresCaseAndAccents();
    void sameTextIsNoChange();
    void followsTheModel();
    void noModelMatchesOnlyNoText();
    void preparesAheadOfTheFirstSearch();
};

namespace {
QString displayText(const QModelIndex &index)
{
    return index.data().toString();
}
} // namespace

void TestSearchIndex::everyWordMustMatch()
{
    QStringListModel model({u"alpha beta"_s, u"beta gamma"_s, u"delta"_s});
    QObject context;
    SearchIndex index(&context, displayText);
    index.setModel(&model);
    QVERIFY(index.matches(2)); // no text: everything matches
    QVERIFY(index.setText(u"beta"_s));
    QVERIFY(index.matches(0));
    QVERIFY(index.matches(1));
    QVERIFY(!index.matches(2));
    QVERIFY(index.setText(u"  gamma   beta "_s));
    QVERIFY(!index.matches(0));
    QVERIFY(index.matches(1));
    QVERIFY(!index.matches(7)); // a row the model does not have
}

void TestSearchIndex::ignoresCaseAndAccents()
{
    QStringListModel model({u"Zürich"_s, u"GIGABYTE"_s});
    QObject context;
    SearchIndex index(&context, displayText);
    index.setModel(&model);
    index.setText(u"zurich"_s);
    QVERIFY(index.matches(0));
    QVERIFY(!index.matches(1));
    index.setText(u"gigabyte"_s);
    QVERIFY(index.matches(1));
}

void TestSearchIndex::sameTextIsNoChange()
{
    QObject context;
    SearchIndex index(&context, displayText);
    QVERIFY(index.setText(u"a"_s));
    QVERIFY(!index.setText(u"a"_s));
    QCOMPARE(index.text(), u"a"_s);
    QVERIFY(index.setText({}));
}

void TestSearchIndex::followsTheModel()
{
    QStringListModel model({u"one"_s, u"two"_s});
    QObject context;
    SearchIndex index(&context, displayText);
    index.setModel(&model);
    index.setText(u"three"_s);
    QVERIFY(!index.matches(1)); // builds the keys
    QVERIFY(model.setData(model.index(1), u"three"_s));
    QVERIFY(index.matches(1));
    QVERIFY(model.insertRows(0, 1));
    QVERIFY(model.setData(model.index(0), u"three again"_s));
    QVERIFY(index.matches(0));
    model.setStringList({u"four"_s, u"five"_s, u"six"_s});
    QVERIFY(!index.matches(0));
    QVERIFY(!index.matches(2));
    index.setText(u"six"_s);
    QVERIFY(index.matches(2));
}

void TestSearchIndex::noModelMatchesOnlyNoText()
{
    QObject context;
    SearchIndex index(&context, displayText);
    QVERIFY(index.matches(0));
    index.setText(u"x"_s);
    QVERIFY(!index.matches(0));
    auto model = std::make_unique<QStringListModel>(QStringList{u"x"_s});
    index.setModel(model.get());
    QVERIFY(index.matches(0));
    model.reset(); // destroyed: the index forgets it
    QVERIFY(!index.matches(0));
}

// prepare() reads the rows' text once, a slice at a time, so that the first
// search reads none; new rows are read again, on the next prepare() or search.
void TestSearchIndex::preparesAheadOfTheFirstSearch()
{
    QStringListModel model({u"alpha"_s, u"beta"_s, u"gamma"_s});
    QObject context;
    int reads = 0;
    SearchIndex index(&context, [&reads](const QModelIndex &row) {
        ++reads;
        return row.data().toString();
    });
    index.prepare(); // no model: nothing to read
    QCOMPARE(reads, 0);
    index.setModel(&model);
    // A slice at a time.
    QVERIFY(!index.prepare(2));
    QCOMPARE(reads, 2);
    QVERIFY(index.prepare(2));
    QCOMPARE(reads, 3);
    QVERIFY(index.prepare());
    QCOMPARE(reads, 3);
    QVERIFY(index.setText(u"beta"_s));
    QVERIFY(index.matches(1));
    QVERIFY(!index.matches(0));
    QCOMPARE(reads, 3);
    model.setStringList({u"delta"_s, u"beta"_s});
    index.prepare();
    QCOMPARE(reads, 5);
    QVERIFY(index.matches(1));
    QVERIFY(!index.matches(0));
}

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
