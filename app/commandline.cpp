#include "commandline.h"

#include "export/exportplan.h"
#include "views/language.h"
#include "views/theme.h"
#include "views/viewregistry.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

CommandLine::Result CommandLine::parse(const QStringList &arguments)
{
    Result result;
    QCommandLineParser parser;
    parser.setApplicationDescription(
            //: Shown at the top of --help
            tr("Spark Showcase tells the story of NVIDIA DGX Spark: its hardware, its "
               "timeline, its partners and its reviews."));
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help and exit."));
    const QCommandLineOption version({u"v"_s, u"version"_s}, tr("Show the version and exit."));
    const QCommandLineOption view(
            u"view"_s,
            //: %1 lists the view names
            tr("Start on the view NAME: %1.").arg(ViewRegistry::names().join(u", "_s)), tr("NAME"));
    const QCommandLineOption item(u"item"_s,
                                  tr("Start with the item ID selected (a part, an event, a "
                                     "partner or a quote). With --export, select it in every "
                                     "exported view that has it."),
                                  tr("ID"));
    const QCommandLineOption lang(u"lang"_s,
                                  //: %1 lists the language codes
                                  tr("Use the language CODE: %1. With --export, several codes "
                                     "separated by commas, or all.")
                                          .arg(Language::available().join(u", "_s)),
                                  tr("CODE"));
    const QCommandLineOption theme(u"theme"_s,
                                   //: %1 lists the theme names
                                   tr("Use the theme %1.").arg(Theme::idNames().join(u"|"_s)),
                                   tr("THEME"));
    const QCommandLineOption content(u"content"_s,
                                     tr("Replace bundled content files with those found in DIR, "
                                        "file by file."),
                                     tr("DIR"));
    const QCommandLineOption check(u"check-content"_s,
                                   tr("Validate the content files in DIR, print every problem "
                                      "and exit: 0 when all are valid, 1 otherwise."),
                                   tr("DIR"));
    const QCommandLineOption firstFrame(
            u"quit-after-first-frame"_s,
            tr("Exit with status 0 as soon as the main window has painted its first frame."));
    const QCommandLineOption contentFrame(
            u"quit-after-content"_s,
            //: --help: for start-up measurements of a content folder with large files
            tr("Exit with status 0 as soon as the main window has painted the whole content, "
               "large content files included."));
    const QCommandLineOption exportViews(
            u"export"_s,
            //: %1 lists the view names
            tr("Export the VIEWS (all, or names separated by commas: %1) as files into --out, "
               "without showing a window, and exit.")
                    .arg(ViewRegistry::names().join(u","_s)),
            tr("VIEWS"));
    const QCommandLineOption out(u"out"_s,
                                 tr("With --export: the folder to write into, made when "
                                    "missing."),
                                 tr("DIR"));
    const QCommandLineOption size(u"size"_s,
                                  tr("With --export: the size each view is laid out at, in "
                                     "logical pixels (default 1920x1080)."),
                                  tr("WxH"));
    const QCommandLineOption scale(u"scale"_s,
                                   tr("With --export: device pixels per logical pixel of PNG "
                                      "and JPEG files; 2 makes 3840x2160 pixels of a 1920x1080 "
                                      "layout (default 1)."),
                                   tr("F"));
    // The formats come from the image plugins present, and listing them loads
    // every one of them: only --help says them, not every start of the window.
    QCommandLineOption format(u"format"_s, QString(), tr("FORMAT"));
    const auto describeFormat = [&format] {
        format.setDescription(
                //: %1 lists the file formats
                tr("With --export: the file format, %1 (default png). PDF and SVG are vector "
                   "drawings.")
                        .arg(ExportRequest::formatNames().join(u"|"_s)));
    };
    const QCommandLineOption quality(u"quality"_s,
                                     //: %1 is the default quality
                                     tr("With --export: the JPEG quality, 0 to 100 (default %1).")
                                             .arg(ExportRequest::DefaultQuality),
                                     tr("N"));
    const QCommandLineOption namePattern(
            u"name-pattern"_s,
            //: %1 lists the placeholders such as {view}, %2 is the default pattern
            tr("With --export: the file names, from the placeholders %1 (default %2).")
                    .arg(ExportPlan::placeholders().join(u" "_s), ExportPlan::defaultPattern()),
            tr("PATTERN"));
    const QCommandLineOption force(u"force"_s,
                                   tr("With --export: replace files that exist already."));
    const QCommandLineOption qr(u"qr"_s,
                                tr("With --export: add a QR code of the first source's web "
                                   "address to the detail card of the selected item and to the "
                                   "featured quote, as kiosk screens show them."));
    const QCommandLineOption kiosk(u"kiosk"_s,
                                   tr("Run as an unattended kiosk: full screen, locked against "
                                      "visitors, touring the views by itself."));
    const QCommandLineOption kioskConfig(
            u"kiosk-config"_s,
            tr("With --kiosk: read the kiosk settings (dwell times, idle timeout, operator PIN, "
               "heartbeat...) from the INI FILE."),
            tr("FILE"));
    const QCommandLineOption screen(u"screen"_s,
                                    tr("With --kiosk: show the window full screen on screen N, "
                                       "counted from 0."),
                                    tr("N"));
    const QCommandLineOption heartbeat(
            u"heartbeat"_s,
            tr("With --kiosk: write the heartbeat to FILE, whatever the kiosk settings say (the "
               "systemd unit passes the file its watchdog reads)."),
            tr("FILE"));
    const QCommandLineOption hashPin(
            u"kiosk-hash-pin"_s,
            tr("Ask for an operator PIN twice, without showing it, and print the [operator] pin "
               "line for the kiosk settings; read two lines from standard input when it is not "
               "a terminal."));
    const auto addOptions = [&](QCommandLineParser *to) {
        to->addOptions({help,    version, view,        item,         lang,        theme,
                        content, check,   firstFrame,  contentFrame, exportViews, out,
                        size,    scale,   format,      quality,      namePattern, force,
                        qr,      kiosk,   kioskConfig, screen,       heartbeat,   hashPin});
    };
    addOptions(&parser);

    auto fail = [&result](const QString &message) {
        result.exit = true;
        result.exitCode = UsageError;
        result.error = message;
        return result;
    };

    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(help)) {
        describeFormat();
        QCommandLineParser described;
        described.setApplicationDescription(parser.applicationDescription());
        addOptions(&described);
        result.exit = true;
        result.output = described.helpText();
        return result;
    }
    if (parser.isSet(version)) {
        result.exit = true;
        result.output = u"spark-showcase " SPARK_VERSION "\n"_s;
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        //: %1 is the first argument the app did not understand
        return fail(tr("unexpected argument “%1”; see --help")
                            .arg(parser.positionalArguments().constFirst()));
    }

    const bool exporting = parser.isSet(exportViews);
    if (!exporting) {
        for (const QCommandLineOption &option :
             {out, size, scale, format, quality, namePattern, force, qr}) {
            if (parser.isSet(option)) {
                //: %1 is an option such as --out
                return fail(tr("%1 works only with --export")
                                    .arg(u"--"_s + option.names().constFirst()));
            }
        }
    }

    Options &options = result.options;
    options.view = parser.value(view);
    if (parser.isSet(view) && !ViewRegistry::contains(options.view)) {
        //: %1 the view name given, %2 the list of view names
        return fail(tr("unknown view “%1”; expected one of: %2")
                            .arg(options.view, ViewRegistry::names().join(u", "_s)));
    }
    options.item = parser.value(item);
    if (parser.isSet(item) && options.item.isEmpty())
        return fail(tr("--item needs an id"));
    options.language = parser.value(lang);
    if (parser.isSet(lang) && !exporting && !Language::isAvailable(options.language)) {
        //: %1 the language code given, %2 the list of language codes
        return fail(tr("unknown language “%1”; expected one of: %2")
                            .arg(options.language, Language::available().join(u", "_s)));
    }
    options.theme = parser.value(theme);
    Theme::Id themeId = Theme::Id::Dark;
    if (parser.isSet(theme) && !Theme::idFromName(options.theme, &themeId)) {
        //: %1 the theme name given, %2 the list of theme names
        return fail(tr("unknown theme “%1”; expected one of: %2")
                            .arg(options.theme, Theme::idNames().join(u", "_s)));
    }
    options.contentDirectory = parser.value(content);
    if (parser.isSet(content) && !QFileInfo(options.contentDirectory).isDir()) {
        //: %1 is a folder path
        return fail(tr("the content folder “%1” does not exist").arg(options.contentDirectory));
    }
    options.quitAfterFirstFrame = parser.isSet(firstFrame);
    options.quitAfterContent = parser.isSet(contentFrame);
    options.kiosk = parser.isSet(kiosk);
    if (parser.isSet(hashPin)) {
        for (const QCommandLineOption &option : {view, item, lang, theme, content, check,
                                                 firstFrame, contentFrame, exportViews, kiosk}) {
            if (parser.isSet(option)) {
                //: %1 is an option such as --view
                return fail(tr("%1 does not go with --kiosk-hash-pin")
                                    .arg(u"--"_s + option.names().constFirst()));
            }
        }
    }
    if (!options.kiosk) {
        for (const QCommandLineOption &option : {kioskConfig, screen, heartbeat}) {
            if (parser.isSet(option)) {
                //: %1 is an option such as --screen
                return fail(tr("%1 works only with --kiosk")
                                    .arg(u"--"_s + option.names().constFirst()));
            }
        }
    }
    options.kioskConfig = parser.value(kioskConfig);
    if (parser.isSet(kioskConfig) && options.kioskConfig.isEmpty())
        return fail(tr("--kiosk-config needs a file"));
    options.heartbeat = parser.value(heartbeat);
    if (parser.isSet(heartbeat) && options.heartbeat.isEmpty())
        return fail(tr("--heartbeat needs a file"));
    if (parser.isSet(hashPin)) {
        options.mode = Options::Mode::HashPin;
        return result;
    }
    if (parser.isSet(screen)) {
        bool ok = false;
        options.screen = parser.value(screen).toInt(&ok);
        if (!ok || options.screen < 0) {
            //: %1 the value given to --screen
            return fail(tr("--screen needs a screen number from 0, not “%1”")
                                .arg(parser.value(screen)));
        }
    }
    if (parser.isSet(check)) {
        if (options.kiosk)
            return fail(tr("--check-content does not go with --kiosk"));
        options.mode = Options::Mode::CheckContent;
        options.checkDirectory = parser.value(check);
    }
    if (!exporting)
        return result;

    // Export: every value is checked here, so that a typo fails before the
    // content is even loaded; the checks that need content or the disk
    // (--item, the folder, existing files) are the exporter's.
    for (const QCommandLineOption &option : {view, check, firstFrame, contentFrame, kiosk}) {
        if (parser.isSet(option)) {
            //: %1 is an option such as --view
            return fail(
                    tr("%1 does not go with --export").arg(u"--"_s + option.names().constFirst()));
        }
    }
    ExportRequest &request = options.exportRequest;
    QString error;
    const auto views = ExportRequest::parseViews(parser.value(exportViews), &error);
    if (!views)
        return fail(error);
    request.views = *views;
    request.outputDirectory = parser.value(out);
    if (request.outputDirectory.isEmpty())
        return fail(tr("--export needs --out DIR, the folder to write into"));
    if (parser.isSet(size)) {
        const auto value = ExportRequest::parseSize(parser.value(size), &error);
        if (!value)
            return fail(error);
        request.size = *value;
    }
    if (parser.isSet(scale)) {
        const auto value = ExportRequest::parseScale(parser.value(scale), &error);
        if (!value)
            return fail(error);
        request.scale = *value;
    }
    if (parser.isSet(format)) {
        const auto value = ExportRequest::parseFormat(parser.value(format), &error);
        if (!value)
            return fail(error);
        request.format = *value;
    }
    if (parser.isSet(quality)) {
        const auto value = ExportRequest::parseQuality(parser.value(quality), &error);
        if (!value)
            return fail(error);
        request.quality = *value;
    }
    if (parser.isSet(lang)) {
        const auto value = ExportRequest::parseLanguages(parser.value(lang), &error);
        if (!value)
            return fail(error);
        request.languages = *value;
    }
    if (parser.isSet(theme))
        request.theme = themeId;
    if (parser.isSet(namePattern)) {
        request.namePattern = parser.value(namePattern);
        if (request.namePattern.isEmpty())
            return fail(tr("--name-pattern needs a pattern"));
    }
    request.item = options.item;
    request.overwrite = parser.isSet(force);
    request.qrCodes = parser.isSet(qr);
    if (!ExportPlan::create(request, &error))
        return fail(error);
    options.mode = Options::Mode::Export;
    return result;
}

bool CommandLine::isConsoleOnly(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "-h" || argument == "--help" || argument == "-v" ||
            argument == "--version" || argument == "--help-all" || argument == "--check-content" ||
            argument.startsWith("--check-content=") || argument == "--kiosk-hash-pin") {
            return true;
        }
    }
    return false;
}

bool CommandLine::isExport(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--export" || argument.startsWith("--export="))
            return true;
    }
    return false;
}

QStringList CommandLine::exportArguments(const ExportRequest &request,
                                         const QString &contentDirectory)
{
    // --name=value: a value that starts with a dash stays a value.
    auto option = [](const QString &name, const QString &value) {
        return u"--%1=%2"_s.arg(name, value);
    };
    QStringList arguments = {
            option(u"export"_s, request.views.join(u',')),
            option(u"out"_s, request.outputDirectory),
            option(u"size"_s, u"%1x%2"_s.arg(request.size.width()).arg(request.size.height())),
            // The shortest text that reads back as the same double.
            option(u"scale"_s,
                   QLocale::c().toString(request.scale, 'g', QLocale::FloatingPointShortest)),
            option(u"format"_s, ExportRequest::formatName(request.format)),
            option(u"quality"_s, QString::number(request.quality)),
            option(u"lang"_s, request.languages.join(u',')),
            option(u"theme"_s, Theme::idName(request.theme)),
    };
    if (!request.namePattern.isEmpty())
        arguments << option(u"name-pattern"_s, request.namePattern);
    if (!request.item.isEmpty())
        arguments << option(u"item"_s, request.item);
    if (!contentDirectory.isEmpty())
        arguments << option(u"content"_s, contentDirectory);
    if (request.overwrite)
        arguments << u"--force"_s;
    if (request.qrCodes)
        arguments << u"--qr"_s;
    return arguments;
}
