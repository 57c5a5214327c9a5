#pragma once

#include <QList>
#include <QString>

// One problem found in a content file: the file, where in it (a JSON Pointer,
// RFC 6901; "/" stands for the document as a whole, and no pointer at all for
// problems with the file itself, such as its size) and what is wrong.
struct Diagnostic
{
    QString file;
    QString pointer;
    QString message;

    // "timeline.json: /items/3/date: month 13 does not exist"
    QString toString() const
    {
        if (pointer.isEmpty())
            return file + QStringLiteral(": ") + message;
        return file + QStringLiteral(": ") + pointer + QStringLiteral(": ") + message;
    }
};

using Diagnostics = QList<Diagnostic>;
