#include "models/searchtext.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestSearchText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void folds_data();
    void folds();
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

QTEST_GUILESS_MAIN(TestSearchText)
#include "tst_searchtext.moc"
