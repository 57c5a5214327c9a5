#pragma once

#include "content.h"
#include "diagnostic.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>
#include <vector>

// Reads the content files from disk or from the bundled resources, validates
// them through ContentParser and falls back to the bundled file, one file at a
// time, whenever an override is missing or bad: a view is never left blank.
class ContentLoader
{
    Q_DECLARE_TR_FUNCTIONS(ContentLoader)

public:
    // A content file larger than this is refused unread.
    static constexpr qint64 MaxFileBytes = 8 * 1024 * 1024;

    static QList<ContentFile> files();
    static QString fileName(ContentFile file);
    static QString bundledDirectory();

    struct Result
    {
        ContentSet content;
        Diagnostics diagnostics;
        QStringList overridden; // override files in use
        QStringList rejected;   // override files that were bad, replaced by the bundled ones
    };

    // The bundled content, with each file replaced by its namesake from
    // \a overrideDirectory when that one exists and is valid. Every diagnostic is
    // also logged.
    static Result load(const QString &overrideDirectory = QString());

    struct CheckResult
    {
        QStringList checked;
        Diagnostics diagnostics;
        bool isValid() const { return !checked.isEmpty() && diagnostics.isEmpty(); }
    };

    // What keeps \a directory from serving as a content folder: missing, not a
    // folder, unreadable (with the system's reason), or holding none of the
    // content files. Empty when it can serve.
    static Diagnostics checkFolder(const QString &directory);

    // Validates the content files present in \a directory.
    static CheckResult check(const QString &directory);

    // Reads one file, refusing what is not a regular file or is over MaxFileBytes.
    static std::optional<QByteArray> readFile(const QString &path, Diagnostics *diagnostics);

    // Parses \a bytes as \a file; on success stores the content in \a set.
    static bool parseInto(ContentFile file, const QByteArray &bytes, const QString &label,
                          ContentSet *set, Diagnostics *diagnostics);

    // One file for parseAll(): what parseInto() takes, and what it gives.
    struct Parse
    {
        ContentFile file = ContentFile::Hardware;
        QByteArray bytes;
        QString label;
        ContentSet content; // the part of \a file, when ok
        Diagnostics diagnostics;
        bool ok = false;
    };
    // Runs parseInto() on each of \a parses. When they hold more than one
    // file and enough bytes to pay for the threads, the files are parsed at
    // the same time on the worker pool and the calling thread (a parser
    // shares nothing); the results and each file's diagnostics are the same
    // as one after the other.
    static void parseAll(std::vector<Parse> *parses);
    // Parses of more bytes than this, together, are spread over the cores.
    static constexpr qsizetype ConcurrentParseBytes = 512 * 1024;

    // Moves the part of the content that \a file fills from \a from into \a to.
    static void take(ContentFile file, ContentSet *from, ContentSet *to);
};
