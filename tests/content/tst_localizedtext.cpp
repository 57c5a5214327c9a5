#include "content/localizedtext.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestLocalizedText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fallsBack_data();
    void fallsBack();
    void replaces();
    void listsLanguages();
};

void TestLocalizedText::fallsBack_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    QTest::newRow("exact") << u"de"_s << u"Speicher"_s;
    QTest::newRow("English") << u"en"_s << u"Memory"_s;
    QTest::newRow("region to base") << u"de_AT"_s << u"Speicher"_s;
    QTest::newRow("exact region") << u"zh_CN"_s << u"内存"_s;
    QTest::newRow("missing to English") << u"fr"_s << u"Memory"_s;
    QTest::newRow("empty to English") << QString() << u"Memory"_s;
}

void TestLocalizedText::fallsBack()
{
    LocalizedText text(u"Memory"_s);
    text.insert(u"de"_s, u"Speicher"_s);
    text.insert(u"zh_CN"_s, u"内存"_s);
    QFETCH(QString, language);
    QFETCH(QString, expected);
    QCOMPARE(text.text(language), expected);
}

void TestLocalizedText::replaces()
{
    LocalizedText text(u"Old"_s);
    text.insert(u"en"_s, u"New"_s);
    QCOMPARE(text.english(), u"New"_s);
    QCOMPARE(text.languages(), QStringList{u"en"_s});
}

void TestLocalizedText::listsLanguages()
{
    LocalizedText text;
    QVERIFY(text.isEmpty());
    QCOMPARE(text.text(u"en"_s), QString());
    text.insert(u"ja"_s, u"メモリ"_s);
    // Without English, any text beats none.
    QCOMPARE(text.text(u"de"_s), u"メモリ"_s);
    text.insert(u"en"_s, u"Memory"_s);
    QCOMPARE(text.languages(), (QStringList{u"ja"_s, u"en"_s}));
    QVERIFY(text.hasLanguage(u"ja"_s));
    QVERIFY(!text.hasLanguage(u"de"_s));
}

QTEST_GUILESS_MAIN(TestLocalizedText)
#include "tst_localizedtext.moc"
