#pragma once

#include "export/exportrequest.h"

#include <QCoreApplication>
#include <QString>

// What the command line asks for, once parsed and checked.
struct Options
{
    enum class Mode { Browse, CheckContent, Export, HashPin };

    Mode mode = Mode::Browse;
    QString view;     // empty: the first view, or the one holding `item`
    QString item;     // empty: nothing selected
    QString language; // empty: remembered or system language
    QString theme;    // empty: remembered theme, else dark
    QString contentDirectory;
    QString checkDirectory;
    bool quitAfterFirstFrame = false;
    bool quitAfterContent = false;
    // --kiosk: fullscreen, locked down, self-running (Mode::Browse with a kiosk).
    bool kiosk = false;
    QString kioskConfig; // the INI file of --kiosk-config; empty: defaults
    int screen = -1;     // --screen N; -1: the one in the kiosk settings
    QString heartbeat;   // --heartbeat FILE; empty: the one in the kiosk settings
    // With Mode::Export: everything but the catalog- and disk-dependent checks
    // has been made (views, size, scale, format, languages, name pattern).
    ExportRequest exportRequest;
};

// Parses the arguments of spark-showcase. Never exits the process itself: the
// caller prints `output` or `error` and returns `exitCode`, which keeps it testable.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // An export exits with Exporter::Status, whose InvalidRequest is UsageError.
    enum ExitCode { Success = 0, InvalidContent = 1, UsageError = 2 };

    struct Result
    {
        Options options;
        bool exit = false; // true: print and exit without starting the app
        int exitCode = Success;
        QString output; // --help or --version text, for stdout
        QString error;  // one line, for stderr
    };

    static Result parse(const QStringList &arguments);

    // Whether the arguments ask for work that needs no window (help, version,
    // a content check, hashing a PIN), judged before any application object exists.
    static bool isConsoleOnly(int argc, char **argv);
    // Whether the arguments ask for a headless export (--export), judged before
    // any application object exists so that the offscreen platform can be chosen.
    static bool isExport(int argc, char **argv);

    // The arguments (without the program) that make spark-showcase export
    // \a request, with the content of \a contentDirectory (empty: bundled):
    // parse() gives the same request back.
    static QStringList exportArguments(const ExportRequest &request,
                                       const QString &contentDirectory);
};
