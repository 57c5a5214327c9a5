#pragma once

#include "export/exportrequest.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

class ExportPlan;
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
//
// With a program set (setProgram(), the spark-showcase executable), a request
// in several languages runs that program once per language, as many at a time
// as there are cores, and prints their files in the order of the plan. Each
// language is then drawn by a process of its own, exactly as an export of that
// language alone: Qt sets up the antialiasing of a font from the first glyph
// the process draws with it, so in one process a language would depend on
// the languages drawn before it.
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

    // The executable that exports one language of a request in several;
    // empty (the default): every language in this process.
    void setProgram(const QString &program) { m_program = program; }

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
    // Runs one process of m_program per language of \a plan, which has passed
    // Exporter::check(); \a exporter stands for the run, for cancel() and signals.
    int runPerLanguage(const ExportPlan &plan, const QString &contentDirectory,
                       const Exporter &exporter);

    QTextStream *m_progress;
    QTextStream *m_errors;
    Exporter *m_exporter = nullptr;
    QString m_program;
};
