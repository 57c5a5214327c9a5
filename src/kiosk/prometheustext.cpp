#include "prometheustext.h"

#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

void PrometheusText::family(const QString &name, Type type, const QString &help)
{
    m_family = name;
    m_text += u"# HELP %1 %2\n"_s.arg(name, escapeHelp(help));
    m_text += u"# TYPE %1 %2\n"_s.arg(name, type == Counter ? u"counter"_s : u"gauge"_s);
}

void PrometheusText::metric(const QString &name, Type type, const QString &help, double value)
{
    family(name, type, help);
    sample(value);
}

void PrometheusText::sample(double value, const Labels &labels)
{
    m_text += m_family;
    if (!labels.isEmpty()) {
        QStringList pairs;
        for (const auto &[name, labelValue] : labels)
            pairs.append(u"%1=\"%2\""_s.arg(name, escapeLabelValue(labelValue)));
        m_text += u'{' + pairs.join(u',') + u'}';
    }
    m_text += u' ' + formatValue(value) + u'\n';
}

QString PrometheusText::escapeLabelValue(const QString &value)
{
    QString escaped;
    escaped.reserve(value.size());
    for (QChar c : value) {
        if (c == u'\\')
            escaped += u"\\\\"_s;
        else if (c == u'"')
            escaped += u"\\\""_s;
        else if (c == u'\n')
            escaped += u"\\n"_s;
        else
            escaped += c;
    }
    return escaped;
}

QString PrometheusText::escapeHelp(const QString &help)
{
    QString escaped = help;
    escaped.replace(u'\\', u"\\\\"_s);
    escaped.replace(u'\n', u"\\n"_s);
    return escaped;
}

QString PrometheusText::formatValue(double value)
{
    if (std::isnan(value))
        return u"NaN"_s;
    if (std::isinf(value))
        return value > 0 ? u"+Inf"_s : u"-Inf"_s;
    if (value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}
