#include "content/partialdate.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestPartialDate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
    void rejects_data();
    void rejects();
    void complaints_data();
    void complaints();
    void spans();
    void displays_data();
    void displays();
    void orders();
};

void TestPartialDate::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("day");
    QTest::addColumn<int>("precision");
    QTest::newRow("year") << u"2016"_s << 2016 << 0 << 0 << int(PartialDate::Precision::Year);
    QTest::newRow("month") << u"2016-08"_s << 2016 << 8 << 0 << int(PartialDate::Precision::Month);
    QTest::newRow("day") << u"2025-10-13"_s << 2025 << 10 << 13 << int(PartialDate::Precision::Day);
    QTest::newRow("leap day") << u"2024-02-29"_s << 2024 << 2 << 29
                              << int(PartialDate::Precision::Day);
}

void TestPartialDate::parses()
{
    QFETCH(QString, text);
    QString error;
    const PartialDate date = PartialDate::fromString(text, &error);
    QVERIFY2(date.isValid(), qPrintable(error));
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(int, day);
    QFETCH(int, precision);
    QCOMPARE(date.year(), year);
    QCOMPARE(date.month(), month);
    QCOMPARE(date.day(), day);
    QCOMPARE(int(date.precision()), precision);
    QCOMPARE(date.toIsoString(), text);
}

void TestPartialDate::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QString() << u"not a date"_s;
    QTest::newRow("words") << u"October 2025"_s << u"not a date"_s;
    QTest::newRow("two-digit year") << u"25-10-13"_s << u"not a date"_s;
    QTest::newRow("slashes") << u"2025/10/13"_s << u"not a date"_s;
    QTest::newRow("time") << u"2025-10-13T10:00"_s << u"not a date"_s;
    QTest::newRow("line break after") << u"2025\n"_s << u"not a date"_s;
    QTest::newRow("line break inside") << u"2025-10\n-13"_s << u"not a date"_s;
    QTest::newRow("single-digit month") << u"2025-1"_s << u"not a date"_s;
    QTest::newRow("month 13") << u"2025-13"_s << u"month 13"_s;
    QTest::newRow("month 0") << u"2025-00"_s << u"month 00"_s;
    QTest::newRow("30 February") << u"2025-02-30"_s << u"not a day"_s;
    QTest::newRow("29 February, no leap") << u"2025-02-29"_s << u"not a day"_s;
    QTest::newRow("day 0") << u"2025-10-00"_s << u"not a day"_s;
    QTest::newRow("31 April") << u"2025-04-31"_s << u"not a day"_s;
    QTest::newRow("year too early") << u"1899"_s << u"outside"_s;
    QTest::newRow("year too late") << u"2101-01"_s << u"outside"_s;
    // The lengths of the three forms, but not their shape.
    QTest::newRow("letter in the year") << u"20a5"_s << u"not a date"_s;
    QTest::newRow("dot for the dash") << u"2025.10"_s << u"not a date"_s;
    QTest::newRow("day without its dash") << u"2025-10+13"_s << u"not a date"_s;
    QTest::newRow("signed month") << u"2025-+1"_s << u"not a date"_s;
}

// The whole sentence of each complaint, for dates read by hand (the three
// forms in ASCII digits) and through the pattern (anything else).
void TestPartialDate::complaints_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("complaint");
    QTest::newRow("not a date") << u"2025/10"_s
                                << u"“2025/10” is not a date; write YYYY, YYYY-MM or YYYY-MM-DD"_s;
    QTest::newRow("year") << u"1899-05"_s << u"year 1899 is outside 1900 to 2100"_s;
    QTest::newRow("month") << u"2025-13"_s << u"month 13 does not exist"_s;
    QTest::newRow("day") << u"2025-02-30"_s << u"2025-02-30 is not a day of the calendar"_s;
    QTest::newRow("Arabic-Indic digits")
            << u"\u0662\u0660\u0662\u0665"_s
            << u"“\u0662\u0660\u0662\u0665” is not a date; write YYYY, YYYY-MM or YYYY-MM-DD"_s;
}

void TestPartialDate::complaints()
{
    QFETCH(QString, text);
    QFETCH(QString, complaint);
    QString error;
    QVERIFY(!PartialDate::fromString(text, &error).isValid());
    QCOMPARE(error, complaint);
}

void TestPartialDate::rejects()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    QString error;
    const PartialDate date = PartialDate::fromString(text, &error);
    QVERIFY(!date.isValid());
    QVERIFY2(error.contains(reason), qPrintable(error));
}

void TestPartialDate::spans()
{
    const PartialDate month = PartialDate::fromString(u"2016-08");
    QCOMPARE(month.first(), QDate(2016, 8, 1));
    QCOMPARE(month.last(), QDate(2016, 8, 31));
    const PartialDate february = PartialDate::fromString(u"2024-02");
    QCOMPARE(february.last(), QDate(2024, 2, 29));
    const PartialDate year = PartialDate::fromString(u"2016");
    QCOMPARE(year.first(), QDate(2016, 1, 1));
    QCOMPARE(year.last(), QDate(2016, 12, 31));
    const PartialDate day = PartialDate::fromString(u"2025-10-15");
    QCOMPARE(day.first(), day.last());
    QVERIFY(!PartialDate().first().isValid());
}

void TestPartialDate::displays_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    // A month-precision date reads as a month, never with a made-up day.
    QTest::newRow("en_US day") << u"en_US"_s << u"2025-10-13"_s << u"October 13, 2025"_s;
    QTest::newRow("en_US month") << u"en_US"_s << u"2016-08"_s << u"August 2016"_s;
    QTest::newRow("en_US year") << u"en_US"_s << u"2016"_s << u"2016"_s;
    QTest::newRow("en_GB day") << u"en_GB"_s << u"2025-10-13"_s << u"13 October 2025"_s;
    QTest::newRow("de day") << u"de_DE"_s << u"2025-10-13"_s << u"13. Oktober 2025"_s;
    QTest::newRow("de month") << u"de_DE"_s << u"2016-08"_s << u"August 2016"_s;
    QTest::newRow("fr day") << u"fr_FR"_s << u"2025-10-13"_s << u"13 octobre 2025"_s;
    QTest::newRow("fr month") << u"fr_FR"_s << u"2016-08"_s << u"août 2016"_s;
    QTest::newRow("es day") << u"es_ES"_s << u"2025-10-13"_s << u"13 de octubre de 2025"_s;
    QTest::newRow("es month") << u"es_ES"_s << u"2016-08"_s << u"agosto de 2016"_s;
    QTest::newRow("ja day") << u"ja_JP"_s << u"2025-10-13"_s << u"2025年10月13日"_s;
    QTest::newRow("ja month") << u"ja_JP"_s << u"2016-08"_s << u"2016年8月"_s;
    QTest::newRow("ja year") << u"ja_JP"_s << u"2016"_s << u"2016年"_s;
    QTest::newRow("zh day") << u"zh_CN"_s << u"2025-10-13"_s << u"2025年10月13日"_s;
    QTest::newRow("zh month") << u"zh_CN"_s << u"2016-08"_s << u"2016年8月"_s;
}

void TestPartialDate::displays()
{
    QFETCH(QString, locale);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(PartialDate::fromString(text).toDisplayString(QLocale(locale)), expected);
}

void TestPartialDate::orders()
{
    // Arabic writes its own digits and month names; the month format must keep
    // the month and the year and drop the day.
    const QLocale arabic(u"ar"_s);
    const QString month = PartialDate::fromString(u"2016-08").toDisplayString(arabic);
    const QString day = PartialDate::fromString(u"2016-08-05").toDisplayString(arabic);
    QVERIFY(!month.isEmpty());
    QVERIFY(day.size() > month.size());
    QVERIFY(month.contains(arabic.monthName(8)));
    QVERIFY(!month.contains(arabic.toString(5)));
    QVERIFY(PartialDate(2016, 8) != PartialDate(2016, 8, 1));
    QVERIFY(PartialDate(2016, 8) == PartialDate::fromString(u"2016-08"));
}

QTEST_GUILESS_MAIN(TestPartialDate)
#include "tst_partialdate.moc"
