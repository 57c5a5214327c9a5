#pragma once

#include <QModelIndex>
#include <QStringList>
#include <QVariant>

// The web addresses among the sources an item's model gives in sourcesRole
// (a list of maps with "url"), in order, for the tests of the views that link
// or show them as QR codes.
inline QStringList sourceUrls(const QModelIndex &index, int sourcesRole)
{
    QStringList urls;
    const QVariantList sources = index.data(sourcesRole).toList();
    for (const QVariant &source : sources) {
        const QString url = source.toMap().value(QStringLiteral("url")).toString();
        if (!url.isEmpty())
            urls << url;
    }
    return urls;
}
