#include "commandline.h"

#include "views/language.h"
#include "views/theme.h"
#include "views/viewregistry.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

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
            tr("Start on the view NAME: %1.").arg(ViewRegistry::names().join(u", "_s)),
            tr("NAME"));
    const QCommandLineOption item(u"item"_s,
                                  tr("Start with the item ID selected (a part, an event, a "
                                     "partner or a quote)."),
                                  tr("ID"));
    const QCommandLineOption lang(u"lang"_s,
                                  //: %1 lists the language codes
                                  tr("Use the language CODE: %1.")
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
    parser.addOptions({help, version, view, item, lang, theme, content, check, firstFrame});

    auto fail = [&result](const QString &message) {
        result.exit = true;
        result.exitCode = UsageError;
        result.error = message;
        return result;
    };

    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(help)) {
        result.exit = true;
        result.output = parser.helpText();
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
    if (parser.isSet(lang) && !Language::isAvailable(options.language)) {
        //: %1 the language code given, %2 the list of language codes
        return fail(tr("unknown language “%1”; expected one of: %2")
                            .arg(options.language, Language::available().join(u", "_s)));
    }
    options.theme = parser.value(theme);
    Theme::Id themeId;
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
    if (parser.isSet(check)) {
        options.mode = Options::Mode::CheckContent;
        options.checkDirectory = parser.value(check);
    }
    return result;
}

bool CommandLine::isConsoleOnly(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "-h" || argument == "--help" || argument == "-v" || argument == "--version"
            || argument == "--help-all" || argument == "--check-content"
            || argument.startsWith("--check-content=")) {
            return true;
        }
    }
    return false;
}
