#include "content/contentjson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestContentJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void childEscapesTokens_data();
    void childEscapesTokens();
    void childOfIndex();
    void namesTypes_data();
    void namesTypes();
    void quotesSortedValues();
    void quotesTwelveAtMost();
};

void TestContentJson::childEscapesTokens_data()
{
    QTest::addColumn<QString>("parent");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");
    QTest::newRow("root") << QString() << u"items"_s << u"/items"_s;
    QTest::newRow("nested") << u"/items/3"_s << u"name"_s << u"/items/3/name"_s;
    QTest::newRow("slash") << u"/a"_s << u"b/c"_s << u"/a/b~1c"_s;
    QTest::newRow("tilde") << u"/a"_s << u"~b"_s << u"/a/~0b"_s;
    // "~1" written literally must not read back as "/".
    QTest::newRow("tilde one") << u"/a"_s << u"~1"_s << u"/a/~01"_s;
    QTest::newRow("empty key") << u"/a"_s << QString() << u"/a/"_s;
}

void TestContentJson::childEscapesTokens()
{
    QFETCH(QString, parent);
    QFETCH(QString, key);
    QFETCH(QString, expected);
    QCOMPARE(ContentJson::child(parent, key), expected);
}

void TestContentJson::childOfIndex()
{
    QCOMPARE(ContentJson::child(u"/items"_s, qsizetype(0)), u"/items/0"_s);
    QCOMPARE(ContentJson::child(QString(), qsizetype(12)), u"/12"_s);
}

void TestContentJson::namesTypes_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << u"null"_s;
    QTest::newRow("bool") << QJsonValue(true) << u"a boolean"_s;
    QTest::newRow("number") << QJsonValue(1.5) << u"a number"_s;
    QTest::newRow("string") << QJsonValue(u"x"_s) << u"a string"_s;
    QTest::newRow("array") << QJsonValue(QJsonArray()) << u"an array"_s;
    QTest::newRow("object") << QJsonValue(QJsonObject()) << u"an object"_s;
    QTest::newRow("undefined") << QJsonValue(QJsonValue::Undefined) << u"nothing"_s;
}

void TestContentJson::namesTypes()
{
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    QCOMPARE(ContentJson::typeName(value), expected);
}

void TestContentJson::quotesSortedValues()
{
    QCOMPARE(ContentJson::quotedList({u"low"_s, u"high"_s, u"medium"_s}),
             u"“high”, “low”, “medium”"_s);
    QCOMPARE(ContentJson::quotedList({}), QString());
}

void TestContentJson::quotesTwelveAtMost()
{
    QStringList values;
    for (int i = 0; i < 20; ++i)
        values.append(u"v%1"_s.arg(i, 2, 10, QChar(u'0')));
    const QString list = ContentJson::quotedList(values);
    QVERIFY(list.startsWith(u"“v00”, “v01”"_s));
    QVERIFY(list.endsWith(u"“v11”, …"_s));
    QVERIFY(!list.contains(u"v12"_s));
    QCOMPARE(list.count(u'“'), 12);
    // Exactly twelve are all shown, with no "…".
    QVERIFY(!ContentJson::quotedList(values.mid(0, 12)).contains(u'…'));
}

QTEST_GUILESS_MAIN(TestContentJson)
#include "tst_contentjson.moc"
