#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

// What the readers of content files share to name a place and a value in
// their diagnostics.
namespace ContentJson {

// The JSON Pointer (RFC 6901) of \a key below \a pointer: "~" is written "~0"
// and "/" is written "~1" inside a reference token.
QString child(const QString &pointer, QStringView key);
// The JSON Pointer of the array element \a index below \a pointer.
QString child(const QString &pointer, qsizetype index);

// "a number", "an array", …: what a value is, for "must be X, not Y".
QString typeName(const QJsonValue &value);

// The values a diagnostic offers in place of a wrong one: sorted, each in
// quotation marks, the first twelve and "…" for the rest.
QString quotedList(QStringList values);

} // namespace ContentJson
