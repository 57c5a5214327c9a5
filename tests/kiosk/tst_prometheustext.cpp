#include "kiosk/prometheustext.h"

#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;

class TestPrometheusText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void familiesHaveHelpAndType();
    void metricIsAFamilyOfOneSample();
    void labelsAreEscaped();
    void helpIsEscaped();
    void valuesAreFormatted_data();
    void valuesAreFormatted();
};

void TestPrometheusText::familiesHaveHelpAndType()
{
    PrometheusText text;
    text.family(u"spark_showcase_loops_completed_total"_s, PrometheusText::Counter,
                u"Tours completed."_s);
    text.sample(3);
    text.family(u"spark_showcase_state"_s, PrometheusText::Gauge, u"The state."_s);
    text.sample(1, {{u"state"_s, u"touring"_s}});
    text.sample(0, {{u"state"_s, u"paused"_s}});
    QCOMPARE(text.text(), u"# HELP spark_showcase_loops_completed_total Tours completed.\n"
                          "# TYPE spark_showcase_loops_completed_total counter\n"
                          "spark_showcase_loops_completed_total 3\n"
                          "# HELP spark_showcase_state The state.\n"
                          "# TYPE spark_showcase_state gauge\n"
                          "spark_showcase_state{state=\"touring\"} 1\n"
                          "spark_showcase_state{state=\"paused\"} 0\n"_s);
}

void TestPrometheusText::metricIsAFamilyOfOneSample()
{
    PrometheusText text;
    text.metric(u"spark_showcase_wrong_pins_total"_s, PrometheusText::Counter, u"Wrong PINs."_s, 2);
    text.metric(u"spark_showcase_up"_s, PrometheusText::Gauge, u"Up."_s, 1);
    QCOMPARE(text.text(), u"# HELP spark_showcase_wrong_pins_total Wrong PINs.\n"
                          "# TYPE spark_showcase_wrong_pins_total counter\n"
                          "spark_showcase_wrong_pins_total 2\n"
                          "# HELP spark_showcase_up Up.\n"
                          "# TYPE spark_showcase_up gauge\n"
                          "spark_showcase_up 1\n"_s);
}

void TestPrometheusText::labelsAreEscaped()
{
    QCOMPARE(PrometheusText::escapeLabelValue(u"a\"b\\c\nd"_s), u"a\\\"b\\\\c\\nd"_s);
    PrometheusText text;
    text.family(u"m"_s, PrometheusText::Gauge, u"h"_s);
    text.sample(1, {{u"a"_s, u"x"_s}, {u"b"_s, u"\"y\""_s}});
    QVERIFY(text.text().endsWith(u"m{a=\"x\",b=\"\\\"y\\\"\"} 1\n"_s));
}

void TestPrometheusText::helpIsEscaped()
{
    QCOMPARE(PrometheusText::escapeHelp(u"one\\two\nthree \"four\""_s),
             u"one\\\\two\\nthree \"four\""_s);
}

void TestPrometheusText::valuesAreFormatted_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << 0.0 << u"0"_s;
    QTest::newRow("integer") << 42.0 << u"42"_s;
    QTest::newRow("negative") << -7.0 << u"-7"_s;
    QTest::newRow("unix time") << 1796641200.0 << u"1796641200"_s;
    QTest::newRow("fraction") << 0.25 << u"0.25"_s;
    QTest::newRow("milliseconds") << 1796641200.123 << u"1796641200.123"_s;
    QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN() << u"NaN"_s;
    QTest::newRow("inf") << std::numeric_limits<double>::infinity() << u"+Inf"_s;
}

void TestPrometheusText::valuesAreFormatted()
{
    QFETCH(double, value);
    QFETCH(QString, text);
    QCOMPARE(PrometheusText::formatValue(value), text);
}

QTEST_GUILESS_MAIN(TestPrometheusText)
#include "tst_prometheustext.moc"
