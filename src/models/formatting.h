#pragma once

#include "content/content.h"

#include <QCoreApplication>
#include <QLocale>
#include <QVariantList>

// Turns content values into the words and numbers a reader of one locale
// expects: citations for sources, quantities with their units.
class Formatting
{
    Q_DECLARE_TR_FUNCTIONS(Formatting)

public:
    // "1.2", "1,2", "129,000": whole numbers without decimals, others with up to two.
    static QString number(double value, const QLocale &locale);
    // "$129,000", "3,200 W", "1.2 kg", "128 GB", "1,000 TFLOPS"
    static QString quantity(double value, Unit unit, const QLocale &locale);
    // The unit alone, for axis titles: "USD", "W", "kg", "GB", "TFLOPS".
    static QString unitSymbol(Unit unit);

    // One source as a reader sees it: "Title (Publisher, 13 October 2025)", or
    // for a document known only by a description, "Publisher, March 2025:
    // Press release introducing …", in the language of \a locale.
    static QString citation(const Source &source, const QLocale &locale);
    // The same in few words, for small cards: "Publisher, 13 October 2025",
    // or the title when the source names no publisher.
    static QString shortCitation(const Source &source, const QLocale &locale);
    // The sources named by \a ids, each cited, one per line.
    static QString citations(const std::vector<Source> &registry, const QStringList &ids,
                             const QLocale &locale);
    // The same as a list of maps (id, title, publisher, url, seed, date,
    // citation, shortCitation, host, note), for views that link to the web
    // address or show it as a QR code.
    static QVariantList sourceList(const std::vector<Source> &registry, const QStringList &ids,
                                   const QLocale &locale);
    // The short host name of a web address, as a reader would say it:
    // "blogs.nvidia.com", "theverge.com" (without "www.").
    static QString host(const QString &url);
    static const Source *findSource(const std::vector<Source> &registry, const QString &id);

    // The locale of a UI language code such as "de" or "zh_CN".
    static QLocale locale(const QString &language);
};
