#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

// Valid content files with many items and English text only, for the
// benchmarks and for trying the app at scale (spark-generate-content). Each
// passes the loader with no diagnostic.
namespace ContentGenerator {

constexpr int DefaultItems = 10000;

// The file names this generator writes: hardware, timeline, partners, reviews.
QStringList fileNames();

QJsonObject timeline(int items);
QJsonObject partners(int items);
QJsonObject reviews(int items);
// The bundled hardware file with \a items spec rows in place of its items.
QJsonObject hardware(int items);

// Writes "<name>.json" for each of \a names into \a directory, compact JSON.
// Returns false with \a error naming the file and the reason.
bool write(const QString &directory, const QStringList &names, int items, QString *error);

} // namespace ContentGenerator
