#include "views/language.h"

#include "content/contentloader.h"
#include "models/catalog.h"
#include "views/theme.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsShippedLanguages();
    void namesLanguagesInTheirOwnWords();
    void switchesEverything();
    void refusesUnshippedLanguages();
};

void TestLanguage::listsShippedLanguages()
{
    const QStringList languages = Language::available();
    QCOMPARE(languages.constFirst(), u"en"_s);
    for (const QString &code : {u"de"_s, u"fr"_s, u"es"_s, u"ja"_s, u"zh_CN"_s, u"ar"_s})
        QVERIFY2(languages.contains(code), qPrintable(code));
    QVERIFY(Language::isAvailable(u"ja"_s));
    QVERIFY(!Language::isAvailable(u"xx"_s));
    QVERIFY(Language::isAvailable(Language::systemDefault()));
}

void TestLanguage::namesLanguagesInTheirOwnWords()
{
    QCOMPARE(Language::nativeName(u"en"_s), u"English"_s);
    QCOMPARE(Language::nativeName(u"es"_s), u"Español"_s);
    QCOMPARE(Language::nativeName(u"zh_CN"_s), u"简体中文"_s);
    QCOMPARE(Language::nativeName(u"de"_s), u"Deutsch"_s);
    QCOMPARE(Language::nativeName(u"fr"_s), u"Français"_s);
    QCOMPARE(Language::nativeName(u"ja"_s), u"日本語"_s);
    QCOMPARE(Language::nativeName(u"ar"_s), u"العربية"_s);
}

void TestLanguage::switchesEverything()
{
    Catalog catalog;
    catalog.setContent(ContentLoader::load().content);
    Language language(&catalog);
    QSignalSpy changed(&language, &Language::changed);
    QVERIFY(language.setLanguage(u"ar"_s));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(language.current(), u"ar"_s);
    QCOMPARE(catalog.language(), u"ar"_s);
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
    QCOMPARE(QLocale().language(), QLocale::Arabic);
    QVERIFY(language.setLanguage(u"ja"_s));
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
    QCOMPARE(Appearance::instance()->fontFamilies().at(1), u"Noto Sans CJK JP"_s);
    QVERIFY(language.setLanguage(u"ja"_s));
    QCOMPARE(changed.count(), 2);
    QVERIFY(language.setLanguage(u"en"_s));
    QCOMPARE(QLocale().name(), u"en_US"_s);
}

void TestLanguage::refusesUnshippedLanguages()
{
    Language language(nullptr);
    language.setLanguage(u"de"_s);
    QTest::ignoreMessage(QtWarningMsg, "Language \"tlh\" is not shipped");
    QVERIFY(!language.setLanguage(u"tlh"_s));
    QCOMPARE(language.current(), u"de"_s);
    language.setLanguage(u"en"_s);
}

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
