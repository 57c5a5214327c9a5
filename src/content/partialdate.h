#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>

// A calendar date known to the year, the month or the day, as content files write
// it: "YYYY", "YYYY-MM" or "YYYY-MM-DD". An event known only to the month is shown
// as a month, never with a made-up day.
class PartialDate
{
    Q_DECLARE_TR_FUNCTIONS(PartialDate)

public:
    enum class Precision { Year, Month, Day };

    static constexpr int MinimumYear = 1900;
    static constexpr int MaximumYear = 2100;

    PartialDate() = default;
    PartialDate(int year, int month = 0, int day = 0);

    // Parses ISO 8601 "YYYY", "YYYY-MM" or "YYYY-MM-DD". Returns an invalid date and,
    // when \a error is given, a sentence saying what is wrong.
    static PartialDate fromString(QStringView text, QString *error = nullptr);

    bool isValid() const { return m_year != 0; }
    int year() const { return m_year; }
    int month() const { return m_month; }
    int day() const { return m_day; }
    Precision precision() const;

    // The first and the last day the date may stand for.
    QDate first() const;
    QDate last() const;

    QString toIsoString() const;
    // The date as a reader of \a locale expects it, at its own precision:
    // "13 October 2025", "October 2025" or "2025" in British English.
    QString toDisplayString(const QLocale &locale) const;

    friend bool operator==(const PartialDate &a, const PartialDate &b)
    {
        return a.m_year == b.m_year && a.m_month == b.m_month && a.m_day == b.m_day;
    }
    friend bool operator!=(const PartialDate &a, const PartialDate &b) { return !(a == b); }

private:
    int m_year = 0;
    int m_month = 0;
    int m_day = 0;
};
