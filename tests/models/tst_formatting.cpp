#include "models/formatting.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestFormatting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatsNumbers_data();
    void formatsNumbers();
    void formatsQuantities_data();
    void formatsQuantities();
    void citesSources();
    void listsSources();
    void citesDescribedSources();
    void shortensHosts();
};

void TestFormatting::formatsNumbers_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("whole") << 129000.0 << u"en_US"_s << u"129,000"_s;
    QTest::newRow("decimal") << 1.2 << u"en_US"_s << u"1.2"_s;
    QTest::newRow("two decimals") << 202.5 << u"en_US"_s << u"202.5"_s;
    QTest::newRow("German decimal") << 1.2 << u"de_DE"_s << u"1,2"_s;
    QTest::newRow("German whole") << 3200.0 << u"de_DE"_s << u"3.200"_s;
    QTest::newRow("French") << 3200.0 << u"fr_FR"_s << u"3\u202f200"_s;
}

void TestFormatting::formatsNumbers()
{
    QFETCH(double, value);
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    QCOMPARE(Formatting::number(value, QLocale(locale)), expected);
}

void TestFormatting::formatsQuantities_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("unit");
    QTest::addColumn<QString>("expected");
    QTest::newRow("dollars") << 3999.0 << int(Unit::UsDollar) << u"$3,999"_s;
    QTest::newRow("watts") << 3200.0 << int(Unit::Watt) << u"3,200 W"_s;
    QTest::newRow("kilograms") << 1.2 << int(Unit::Kilogram) << u"1.2 kg"_s;
    QTest::newRow("gigabytes") << 128.0 << int(Unit::Gigabyte) << u"128 GB"_s;
    QTest::newRow("teraflops") << 170.0 << int(Unit::Teraflops) << u"170 TFLOPS"_s;
}

void TestFormatting::formatsQuantities()
{
    QFETCH(double, value);
    QFETCH(int, unit);
    QFETCH(QString, expected);
    QCOMPARE(Formatting::quantity(value, Unit(unit), Formatting::locale(u"en"_s)), expected);
}

void TestFormatting::citesSources()
{
    const QLocale english = Formatting::locale(u"en"_s);
    Source source{u"s"_s,    u"Title"_s, u"Publisher"_s,
                  QString(), QString(),  PartialDate(2025, 10, 13)};
    QCOMPARE(Formatting::citation(source, english), u"Title (Publisher, October 13, 2025)"_s);
    QCOMPARE(Formatting::shortCitation(source, english), u"Publisher, October 13, 2025"_s);
    QCOMPARE(Formatting::shortCitation(source, Formatting::locale(u"de"_s)),
             u"Publisher, 13. Oktober 2025"_s);
    source.date = PartialDate();
    QCOMPARE(Formatting::citation(source, english), u"Title (Publisher)"_s);
    QCOMPARE(Formatting::shortCitation(source, english), u"Publisher"_s);
    source.publisher.clear();
    source.date = PartialDate(2016, 7);
    QCOMPARE(Formatting::citation(source, english), u"Title (July 2016)"_s);
    QCOMPARE(Formatting::shortCitation(source, english), u"Title (July 2016)"_s);
    source.date = PartialDate();
    QCOMPARE(Formatting::citation(source, english), u"Title"_s);
}

void TestFormatting::citesDescribedSources()
{
    // A document known only by a description names its publisher first, so
    // that the description never reads as the document's title.
    Source source{u"s"_s,         QString(),
                  u"The Verge"_s, u"https://www.theverge.com/news/1"_s,
                  QString(),      PartialDate(2025, 3, 18)};
    source.description = LocalizedText(u"Report on the rename"_s);
    source.description.insert(u"de"_s, u"Bericht über die Umbenennung"_s);
    QCOMPARE(Formatting::citation(source, Formatting::locale(u"en"_s)),
             u"The Verge, March 18, 2025: Report on the rename"_s);
    QCOMPARE(Formatting::citation(source, Formatting::locale(u"de"_s)),
             u"The Verge, 18. März 2025: Bericht über die Umbenennung"_s);
    QCOMPARE(Formatting::shortCitation(source, Formatting::locale(u"en"_s)),
             u"The Verge, March 18, 2025"_s);
    source.date = PartialDate();
    QCOMPARE(Formatting::citation(source, Formatting::locale(u"ja"_s)),
             u"The Verge: Report on the rename"_s);

    source.note = LocalizedText(u"Print only"_s);
    source.note.insert(u"fr"_s, u"Imprimé seulement"_s);
    const QVariantMap map =
            Formatting::sourceList({source}, {u"s"_s}, Formatting::locale(u"fr"_s)).at(0).toMap();
    QCOMPARE(map.value(u"note"_s).toString(), u"Imprimé seulement"_s);
    QCOMPARE(map.value(u"host"_s).toString(), u"theverge.com"_s);
}

void TestFormatting::shortensHosts()
{
    QCOMPARE(Formatting::host(u"https://blogs.nvidia.com/blog/live-dgx-spark-delivery/"_s),
             u"blogs.nvidia.com"_s);
    QCOMPARE(Formatting::host(u"https://www.theregister.com/2025/10/14/dgx_spark_review/"_s),
             u"theregister.com"_s);
    QCOMPARE(Formatting::host(u"https://wwwexample.org/"_s), u"wwwexample.org"_s);
    QCOMPARE(Formatting::host(QString()), QString());
}

void TestFormatting::listsSources()
{
    const std::vector<Source> registry = {
            {u"a"_s, u"First"_s, QString(), u"https://example.com/a"_s, QString(), PartialDate()},
            {u"b"_s, u"Second"_s, u"Press"_s, QString(), u"004"_s, PartialDate(2025)}};
    const QLocale english = Formatting::locale(u"en"_s);
    QCOMPARE(Formatting::citations(registry, {u"b"_s, u"a"_s, u"missing"_s}, english),
             u"Second (Press, 2025)\nFirst"_s);
    const QVariantList list = Formatting::sourceList(registry, {u"a"_s}, english);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).toMap().value(u"url"_s).toString(), u"https://example.com/a"_s);
    QCOMPARE(Formatting::sourceList(registry, {u"b"_s}, english)
                     .at(0)
                     .toMap()
                     .value(u"shortCitation"_s)
                     .toString(),
             u"Press, 2025"_s);
    QVERIFY(Formatting::findSource(registry, u"b"_s));
    QVERIFY(!Formatting::findSource(registry, u"c"_s));
    QCOMPARE(Formatting::locale(u"en"_s).name(), u"en_US"_s);
    QCOMPARE(Formatting::locale(u"zh_CN"_s).name(), u"zh_CN"_s);
}

QTEST_GUILESS_MAIN(TestFormatting)
#include "tst_formatting.moc"
