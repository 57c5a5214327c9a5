#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

// Writes metrics in Prometheus' text exposition format (version 0.0.4), the
// format node_exporter's textfile collector reads: each family once, with
// its HELP and TYPE lines, then its samples, label values escaped.
//
//   PrometheusText text;
//   text.family("spark_showcase_up", PrometheusText::Gauge, "Whether the kiosk runs.");
//   text.sample(1);
class PrometheusText
{
public:
    enum Type { Counter, Gauge };
    using Labels = QList<std::pair<QString, QString>>;

    // Starts a family; the samples that follow belong to it. A counter's
    // name ends in _total.
    void family(const QString &name, Type type, const QString &help);
    void sample(double value, const Labels &labels = {});
    // A family of one sample without labels: family(), then sample(value).
    void metric(const QString &name, Type type, const QString &help, double value);

    QByteArray toUtf8() const { return m_text.toUtf8(); }
    QString text() const { return m_text; }

    // "a\"b" for a"b, "a\\nb" for a line break, as the format wants.
    static QString escapeLabelValue(const QString &value);
    static QString escapeHelp(const QString &help);
    // Integers without a decimal point, others with the fewest digits that read
    // back as the same double.
    static QString formatValue(double value);

private:
    QString m_text;
    QString m_family;
};
