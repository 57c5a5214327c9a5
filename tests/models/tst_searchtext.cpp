#include "models/searchtext.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestSearchText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void folds_data();
    void folds();
    void foldsEveryAsciiCharacterAsUnicodeDoes();
};

void TestSearchText::folds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");
    QTest::newRow("case") << u"GIGABYTE"_s << u"gigabyte"_s;
    QTest::newRow("accents") << u"Zürich Café"_s << u"zurich cafe"_s;
    QTest::newRow("decomposed input") << u"Zu\u0308rich"_s << u"zurich"_s;
    QTest::newRow("German sharp s") << u"Straße"_s << u"strasse"_s;
    QTest::newRow("full-width") << u"ＡＢＣ"_s << u"abc"_s;
    QTest::newRow("Japanese kept") << u"東京"_s << u"東京"_s;
    QTest::newRow("word joiner") << u"Cortex-\u2060A725"_s << u"cortex-a725"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestSearchText::folds()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(SearchText::fold(text), folded);
}

// ASCII text takes a shorter way; each of its characters, controls included,
// must come out as Unicode's decomposition and case folding make it, and
// the same inside a text that takes the long way.
void TestSearchText::foldsEveryAsciiCharacterAsUnicodeDoes()
{
    for (char16_t c = 0; c < 128; ++c) {
        const QString ascii(QChar{c});
        const QString expected = ascii.normalized(QString::NormalizationForm_KD).toCaseFolded();
        QCOMPARE(SearchText::fold(ascii), expected);
        QCOMPARE(SearchText::fold(ascii + u"é"_s), expected + u"e"_s);
    }
}

QTEST_GUILESS_MAIN(TestSearchText)
#include "tst_searchtext.moc"
