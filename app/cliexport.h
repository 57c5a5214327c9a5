#pragma once

#include "export/exportrequest.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

class Exporter;
class QTextStream;

// --export: renders the requested views into files, headless, and gives the
// exit code. Reads no settings and writes none, so the same command gives the
// same files anywhere. One progress line per file goes to \a progress, a
// one-line reason for a refusal or a failure to \a errors (both stderr for
// the command line).
//
// While run() works, Ctrl+C and SIGTERM stop it after the file being saved,
// so that no file is left half written; a second signal ends the process at
// once.
class CliExport : public QObject
{
    Q_OBJECT

public:
    CliExport(QTextStream *progress, QTextStream *errors, QObject *parent = nullptr);

    // Loads the content of \a contentDirectory (empty: the bundled content),
    // refuses invalid content rather than falling back to the bundled files,
    // sets the theme of \a request with reduced motion for the whole
    // application, and exports. Returns an Exporter::Status as int.
    int run(const QString &contentDirectory, const ExportRequest &request);

    // Stops the running export before its next file, as SIGINT and SIGTERM do
    // (for example from a slot connected to fileWritten()).
    void cancel();

    // Silences the two harmless notes the offscreen platform and Qt print
    // in the way of an export's one line per file; everything else passes
    // through. For the command line, before the application object exists.
    static void installMessageFilter();

Q_SIGNALS:
    // \a path has been committed; \a number of \a count files are done.
    void fileWritten(const QString &path, int number, int count);

private:
    void printError(const QString &message);

    QTextStream *m_progress;
    QTextStream *m_errors;
    Exporter *m_exporter = nullptr;
};
