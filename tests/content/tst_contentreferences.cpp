#include "content/contentreferences.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Reported
{
    QString pointer;
    QString message;
};

} // namespace

class TestContentReferences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void acceptsIds_data();
    void acceptsIds();
    void claimsEachIdOnce();
    void refusesMalformedIds_data();
    void refusesMalformedIds();
    void resolvesKnownValues();
    void checksSystems();
    void tracksCitedSources();
    void startsAfreshForEachFile();

private:
    QList<Reported> m_reported;
    ContentReferences::Reporter reporter()
    {
        return [this](const QString &pointer, const QString &message) {
            m_reported.append({pointer, message});
        };
    }
};

void TestContentReferences::init()
{
    m_reported.clear();
}

void TestContentReferences::acceptsIds_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");
    QTest::newRow("letters") << u"gpu"_s << true;
    QTest::newRow("digit first") << u"2016-dgx1"_s << true;
    QTest::newRow("dot and underscore") << u"gb10.cpu_cores"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("upper case") << u"Gpu"_s << false;
    QTest::newRow("dash first") << u"-gpu"_s << false;
    QTest::newRow("dot first") << u".gpu"_s << false;
    QTest::newRow("space") << u"g pu"_s << false;
    QTest::newRow("accent") << u"café"_s << false;
    QTest::newRow("slash") << u"a/b"_s << false;
}

void TestContentReferences::acceptsIds()
{
    QFETCH(QString, id);
    QFETCH(bool, valid);
    QCOMPARE(ContentReferences::isId(id), valid);
}

void TestContentReferences::claimsEachIdOnce()
{
    ContentReferences references(reporter());
    ContentReferences::IdIndex seen;
    QCOMPARE(references.claimId(u"gpu"_s, u"/items/0"_s, &seen), u"gpu"_s);
    QCOMPARE(references.claimId(u"cpu"_s, u"/items/1"_s, &seen), u"cpu"_s);
    QVERIFY(m_reported.isEmpty());
    QCOMPARE(seen.value(u"gpu"_s), u"/items/0"_s);

    QCOMPARE(references.claimId(u"gpu"_s, u"/items/2"_s, &seen), QString());
    QCOMPARE(m_reported.size(), 1);
    QCOMPARE(m_reported.at(0).pointer, u"/items/2/id"_s);
    QCOMPARE(m_reported.at(0).message, u"duplicate id “gpu”, first used at /items/0"_s);
    // The first use stays the one named.
    QCOMPARE(seen.value(u"gpu"_s), u"/items/0"_s);
}

void TestContentReferences::refusesMalformedIds_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("number") << QJsonValue(4) << u"must be a string, not a number"_s;
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << u"must be a string, not null"_s;
    QTest::newRow("empty") << QJsonValue(u""_s) << u"must not be empty"_s;
    QTest::newRow("upper case")
            << QJsonValue(u"GPU"_s)
            << u"“GPU” is not a valid id: use up to 64 lowercase letters, digits, “-”, “_” or "
               "“.”, starting with a letter or a digit"_s;
    QTest::newRow("too long") << QJsonValue(QString(65, u'a'))
                              << u"“%1” is not a valid id: use up to 64 lowercase letters, "
                                 "digits, “-”, “_” or “.”, starting with a letter or a digit"_s.arg(
                                         QString(65, u'a'));
}

void TestContentReferences::refusesMalformedIds()
{
    QFETCH(QJsonValue, value);
    QFETCH(QString, message);
    ContentReferences references(reporter());
    ContentReferences::IdIndex seen;
    QCOMPARE(references.claimId(value, u"/sources/3"_s, &seen), QString());
    QVERIFY(seen.isEmpty());
    QCOMPARE(m_reported.size(), 1);
    QCOMPARE(m_reported.at(0).pointer, u"/sources/3/id"_s);
    QCOMPARE(m_reported.at(0).message, message);

    // The longest id there may be is one.
    m_reported.clear();
    const QString longest(ContentReferences::MaxIdLength, u'a');
    QCOMPARE(references.claimId(longest, u"/sources/4"_s, &seen), longest);
    QVERIFY(m_reported.isEmpty());
}

void TestContentReferences::resolvesKnownValues()
{
    ContentReferences references(reporter());
    const ContentReferences::IdIndex categories = {{u"maker"_s, u"/categories/0"_s},
                                                   {u"lab"_s, u"/categories/1"_s}};
    QCOMPARE(references.resolve(u"lab"_s, categories, u"/items/0/category"_s), u"lab"_s);
    // An empty value was reported where it was read, not here.
    QCOMPARE(references.resolve(QString(), categories, u"/items/0/category"_s), QString());
    QVERIFY(m_reported.isEmpty());

    QCOMPARE(references.resolve(u"shop"_s, categories, u"/items/1/category"_s), QString());
    QCOMPARE(m_reported.size(), 1);
    QCOMPARE(m_reported.at(0).pointer, u"/items/1/category"_s);
    QCOMPARE(m_reported.at(0).message, u"unknown value “shop”; expected one of: “lab”, “maker”"_s);
}

void TestContentReferences::checksSystems()
{
    ContentReferences references(reporter());
    const ContentReferences::IdIndex systems = {{u"dgx-1"_s, u"/comparison/systems/0"_s},
                                                {u"spark"_s, u"/comparison/systems/1"_s}};
    QVERIFY(references.checkSystem(u"spark"_s, systems, u"/x/spark"_s));
    QVERIFY(m_reported.isEmpty());
    QVERIFY(!references.checkSystem(u"dgx-2"_s, systems, u"/x/dgx-2"_s));
    QCOMPARE(m_reported.size(), 1);
    QCOMPARE(m_reported.at(0).pointer, u"/x/dgx-2"_s);
    QCOMPARE(m_reported.at(0).message, u"unknown system; expected one of: “dgx-1”, “spark”"_s);
}

void TestContentReferences::tracksCitedSources()
{
    ContentReferences references(reporter());
    ContentReferences::IdIndex *ids = references.startSources();
    std::vector<Source> sources(3);
    sources[0].id = references.claimId(u"a"_s, u"/sources/0"_s, ids);
    sources[1].id = references.claimId(u"b"_s, u"/sources/1"_s, ids);
    sources[2].id = references.claimId(u"c"_s, u"/sources/2"_s, ids);
    QCOMPARE(references.sourceIds().size(), 3);

    QVERIFY(references.cite(u"c"_s));
    QVERIFY(references.cite(u"c"_s));
    QVERIFY(!references.cite(u"d"_s));
    QVERIFY(m_reported.isEmpty());

    references.checkEverySourceCited(sources);
    QCOMPARE(m_reported.size(), 2);
    // In the file's order, each at its entry.
    QCOMPARE(m_reported.at(0).pointer, u"/sources/0"_s);
    QCOMPARE(m_reported.at(0).message,
             u"source “a” is cited by nothing in this file; cite it or remove it"_s);
    QCOMPARE(m_reported.at(1).pointer, u"/sources/1"_s);
}

void TestContentReferences::startsAfreshForEachFile()
{
    ContentReferences references(reporter());
    std::vector<Source> first(1);
    first[0].id = references.claimId(u"a"_s, u"/sources/0"_s, references.startSources());
    QVERIFY(references.cite(u"a"_s));

    // The next file has a source of the same id that nothing cites.
    ContentReferences::IdIndex *ids = references.startSources();
    QVERIFY(ids->isEmpty());
    std::vector<Source> second(1);
    second[0].id = references.claimId(u"a"_s, u"/sources/0"_s, ids);
    QCOMPARE(second[0].id, u"a"_s);
    references.checkEverySourceCited(second);
    QCOMPARE(m_reported.size(), 1);
    QCOMPARE(m_reported.at(0).pointer, u"/sources/0"_s);
}

QTEST_GUILESS_MAIN(TestContentReferences)
#include "tst_contentreferences.moc"
