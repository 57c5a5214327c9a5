#include "formatting.h"

#include <QUrl>
#include <QVariantMap>

#include <cmath>

using namespace Qt::StringLiterals;

QString Formatting::number(double value, const QLocale &locale)
{
    if (std::abs(value - std::round(value)) < 1e-9 && std::abs(value) < 1e15)
        return locale.toString(static_cast<qlonglong>(std::llround(value)));
    QString text = locale.toString(value, 'f', 2);
    // Drop trailing zeros: 1.20 reads as 1.2.
    const QString zero = locale.zeroDigit();
    while (text.endsWith(zero))
        text.chop(zero.size());
    if (text.endsWith(locale.decimalPoint()))
        text.chop(locale.decimalPoint().size());
    return text;
}

QString Formatting::unitSymbol(Unit unit)
{
    switch (unit) {
    case Unit::UsDollar:
        //: Unit symbol for US dollars on a chart axis
        return tr("USD");
    case Unit::Watt:
        //: Unit symbol for watts
        return tr("W");
    case Unit::Kilogram:
        //: Unit symbol for kilograms
        return tr("kg");
    case Unit::Gigabyte:
        //: Unit symbol for gigabytes
        return tr("GB");
    case Unit::Teraflops:
        //: Unit symbol for trillions of floating-point operations per second
        return tr("TFLOPS");
    }
    return {};
}

QString Formatting::quantity(double value, Unit unit, const QLocale &locale)
{
    switch (unit) {
    case Unit::UsDollar:
        return locale.toCurrencyString(value, u"$"_s, std::floor(value) == value ? 0 : 2);
    case Unit::Watt:
        //: A power in watts, such as "240 W"
        return tr("%1 W").arg(number(value, locale));
    case Unit::Kilogram:
        //: A weight in kilograms, such as "1.2 kg"
        return tr("%1 kg").arg(number(value, locale));
    case Unit::Gigabyte:
        //: An amount of memory in gigabytes, such as "128 GB"
        return tr("%1 GB").arg(number(value, locale));
    case Unit::Teraflops:
        //: A compute rate in TFLOPS, such as "170 TFLOPS"
        return tr("%1 TFLOPS").arg(number(value, locale));
    }
    return number(value, locale);
}

QString Formatting::citation(const Source &source, const QLocale &locale)
{
    const QString date = source.date.toDisplayString(locale);
    if (source.title.isEmpty() && !source.description.isEmpty()) {
        // A document whose title is not known: its publisher and date, then
        // what it is, so that a description never passes for a title.
        const QString description = source.description.text(locale.name());
        if (source.publisher.isEmpty())
            return date.isEmpty() ? description
                                  //: A source known by a description: %1 date, %2 description
                                  : tr("%1: %2").arg(date, description);
        if (date.isEmpty()) {
            //: A source known by a description: %1 publisher, %2 description
            return tr("%1: %2").arg(source.publisher, description);
        }
        //: A source known by a description: %1 publisher, %2 date, %3 description
        return tr("%1, %2: %3").arg(source.publisher, date, description);
    }
    if (!source.publisher.isEmpty() && !date.isEmpty()) {
        //: A source: %1 title, %2 publisher, %3 date
        return tr("%1 (%2, %3)").arg(source.title, source.publisher, date);
    }
    if (!source.publisher.isEmpty() || !date.isEmpty()) {
        //: A source: %1 title, %2 publisher or date
        return tr("%1 (%2)").arg(source.title,
                                 source.publisher.isEmpty() ? date : source.publisher);
    }
    return source.title;
}

QString Formatting::shortCitation(const Source &source, const QLocale &locale)
{
    if (source.publisher.isEmpty())
        return citation(source, locale);
    const QString date = source.date.toDisplayString(locale);
    if (date.isEmpty())
        return source.publisher;
    //: A source in few words: %1 publisher, %2 date
    return tr("%1, %2").arg(source.publisher, date);
}

QString Formatting::host(const QString &url)
{
    QString host = QUrl(url).host();
    if (host.startsWith(u"www."_s))
        host.remove(0, 4);
    return host;
}

const Source *Formatting::findSource(const std::vector<Source> &registry, const QString &id)
{
    for (const Source &source : registry) {
        if (source.id == id)
            return &source;
    }
    return nullptr;
}

QString Formatting::citations(const std::vector<Source> &registry, const QStringList &ids,
                              const QLocale &locale)
{
    QStringList lines;
    for (const QString &id : ids) {
        if (const Source *source = findSource(registry, id))
            lines.append(citation(*source, locale));
    }
    return lines.join(u'\n');
}

QVariantList Formatting::sourceList(const std::vector<Source> &registry, const QStringList &ids,
                                    const QLocale &locale)
{
    QVariantList list;
    for (const QString &id : ids) {
        const Source *source = findSource(registry, id);
        if (!source)
            continue;
        list.append(QVariantMap{
                {u"id"_s, source->id},
                {u"title"_s, source->title},
                {u"publisher"_s, source->publisher},
                {u"url"_s, source->url},
                {u"seed"_s, source->seed},
                {u"date"_s, source->date.toDisplayString(locale)},
                {u"citation"_s, citation(*source, locale)},
                {u"shortCitation"_s, shortCitation(*source, locale)},
                {u"host"_s, host(source->url)},
                {u"note"_s, source->note.text(locale.name())},
        });
    }
    return list;
}

QLocale Formatting::locale(const QString &language)
{
    return language.isEmpty() || language == u"en"
                   ? QLocale(QLocale::English, QLocale::UnitedStates)
                   : QLocale(language);
}
