#include "partialdate.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// QLocale has no "month and year" or "day without weekday" formats, so they are
// derived from the locale's long date format by removing the fields that the
// precision does not know. Every shipped locale is covered by tst_partialdate.
QString withoutWeekday(QString format)
{
    static const QRegularExpression weekday(u"[\\s,،]*d{4}[\\s,،]*"_s);
    const QRegularExpressionMatch match = weekday.match(format);
    if (!match.hasMatch())
        return format;
    // Keep one separating space when the weekday sat between two fields.
    const bool inner = match.capturedStart() > 0 && match.capturedEnd() < format.size();
    const bool cjk = format.contains(u'年');
    format.replace(match.capturedStart(), match.capturedLength(),
                   inner && !cjk ? u" "_s : QString());
    return format.trimmed();
}

QString withoutDay(QString format)
{
    static const QList<QRegularExpression> patterns = {
            QRegularExpression(u"d{1,2}日"_s),                   // ja, zh: 2025年10月13日
            QRegularExpression(u"^d{1,2}\\.?\\s*('de'\\s*)?"_s), // de, fr, es, ar, en_GB
            QRegularExpression(u"\\s*\\bd{1,2}\\b\\.?,?"_s),     // en_US: October 13, 2025
    };
    for (const QRegularExpression &pattern : patterns) {
        if (format.contains(pattern)) {
            format.remove(pattern);
            break;
        }
    }
    return format.trimmed();
}

QString withoutMonth(QString format)
{
    static const QList<QRegularExpression> patterns = {
            QRegularExpression(u"M{1,4}月"_s),
            QRegularExpression(u"M{1,4}\\s*('de'\\s*)?"_s),
    };
    for (const QRegularExpression &pattern : patterns) {
        if (format.contains(pattern)) {
            format.remove(pattern);
            break;
        }
    }
    return format.trimmed();
}

// "YYYY", "YYYY-MM" or "YYYY-MM-DD" in ASCII digits: how many fields (1 to
// 3) were read into \a year, \a month and \a day; 0 for anything else.
// Dates are read tens of thousands of times in the largest files, and a
// regular expression match costs more than the rest of the parsing.
int partialDateAsciiFields(QStringView text, int *year, int *month, int *day)
{
    const auto digits = [text](qsizetype from, qsizetype count, int *value) {
        int result = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            const char16_t c = text[i].unicode();
            if (c < u'0' || c > u'9')
                return false;
            result = result * 10 + (c - u'0');
        }
        *value = result;
        return true;
    };
    const qsizetype size = text.size();
    if (size != 4 && size != 7 && size != 10)
        return 0;
    if (!digits(0, 4, year))
        return 0;
    if (size >= 7 && (text[4] != u'-' || !digits(5, 2, month)))
        return 0;
    if (size == 10 && (text[7] != u'-' || !digits(8, 2, day)))
        return 0;
    return size == 4 ? 1 : size == 7 ? 2 : 3;
}

} // namespace

PartialDate::PartialDate(int year, int month, int day)
    : m_year(year)
    , m_month(month)
    , m_day(day)
{}

PartialDate PartialDate::fromString(QStringView text, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return PartialDate();
    };
    int year = 0;
    int month = 0;
    int day = 0;
    QStringView monthText;
    bool hasDay = false;
    // \z, not $: $ also matches before a final line break, which let "2025\n" in.
    static const QRegularExpression pattern(u"^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?\\z"_s);
    QRegularExpressionMatch match;
    if (const int fields = partialDateAsciiFields(text, &year, &month, &day)) {
        // The common case, read by hand: what the pattern would match, read the same way.
        if (fields > 1)
            monthText = text.mid(5, 2);
        hasDay = fields > 2;
    } else {
        // Anything else (other digits than ASCII, or no date at all) goes
        // through the pattern, which also words the complaint.
        match = pattern.match(text.toString());
        if (!match.hasMatch()) {
            return fail(
                    tr("“%1” is not a date; write YYYY, YYYY-MM or YYYY-MM-DD").arg(text.left(40)));
        }
        year = match.capturedView(1).toInt();
        month = match.capturedView(2).isEmpty() ? 0 : match.capturedView(2).toInt();
        day = match.capturedView(3).isEmpty() ? 0 : match.capturedView(3).toInt();
        if (match.hasCaptured(2))
            monthText = match.capturedView(2);
        hasDay = match.hasCaptured(3);
    }
    if (year < MinimumYear || year > MaximumYear) {
        return fail(tr("year %1 is outside %2 to %3").arg(year).arg(MinimumYear).arg(MaximumYear));
    }
    if (!monthText.isNull() && (month < 1 || month > 12))
        return fail(tr("month %1 does not exist").arg(monthText));
    if (hasDay && !QDate::isValid(year, month, day))
        return fail(tr("%1 is not a day of the calendar").arg(text));
    return PartialDate(year, month, day);
}

PartialDate::Precision PartialDate::precision() const
{
    if (m_day != 0)
        return Precision::Day;
    return m_month != 0 ? Precision::Month : Precision::Year;
}

QDate PartialDate::first() const
{
    if (!isValid())
        return {};
    return QDate(m_year, m_month != 0 ? m_month : 1, m_day != 0 ? m_day : 1);
}

QDate PartialDate::last() const
{
    if (!isValid())
        return {};
    switch (precision()) {
    case Precision::Day:
        return first();
    case Precision::Month:
        return QDate(m_year, m_month, QDate(m_year, m_month, 1).daysInMonth());
    case Precision::Year:
        return QDate(m_year, 12, 31);
    }
    return {};
}

QString PartialDate::toIsoString() const
{
    if (!isValid())
        return {};
    switch (precision()) {
    case Precision::Day:
        return first().toString(Qt::ISODate);
    case Precision::Month:
        return first().toString(u"yyyy-MM"_s);
    case Precision::Year:
        return QString::number(m_year);
    }
    return {};
}

QString PartialDate::toDisplayString(const QLocale &locale) const
{
    if (!isValid())
        return {};
    // Deriving the formats takes regular expressions, and a timeline shows
    // thousands of dates: they are derived once for each long date format
    // (which is all they depend on), in each thread that asks.
    struct Formats
    {
        QString day;
        QString month;
        QString year;
    };
    thread_local QHash<QString, Formats> derived;
    const QString longFormat = locale.dateFormat(QLocale::LongFormat);
    const auto known = derived.constFind(longFormat);
    Formats formats;
    if (known != derived.constEnd()) {
        formats = *known;
    } else {
        formats.day = withoutWeekday(longFormat);
        formats.month = withoutDay(formats.day);
        formats.year = withoutMonth(formats.month);
        derived.insert(longFormat, formats);
    }
    switch (precision()) {
    case Precision::Day:
        return locale.toString(first(), formats.day);
    case Precision::Month:
        return locale.toString(first(), formats.month);
    case Precision::Year:
        return locale.toString(first(), formats.year);
    }
    return {};
}
