#include "cliexport.h"
#include "commandline.h"
#include "contentsource.h"
#include "firstframewatcher.h"
#include "mainwindow.h"
#include "pinprompt.h"
#include "settingsresolver.h"

#include "content/contentloader.h"
#include "content/contentwatcher.h"
#include "core/logging.h"
#include "kiosk/kioskconfig.h"
#include "kiosk/kiosksession.h"
#include "models/catalog.h"
#include "views/language.h"
#include "views/showcaseview.h"
#include "views/theme.h"
#include "views/viewregistry.h"

#include <QApplication>
#include <QHashSeed>
#include <QLoggingCategory>
#include <QSettings>
#include <QTabWidget>
#include <QTextStream>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

struct Main
{
    Q_DECLARE_TR_FUNCTIONS(Main)
};

void printError(const QString &message)
{
    QTextStream(stderr) << "spark-showcase: " << message << Qt::endl;
}

int checkContent(const QString &directory)
{
    const ContentLoader::CheckResult result = ContentLoader::check(directory);
    QTextStream out(stdout);
    for (const Diagnostic &diagnostic : result.diagnostics)
        out << diagnostic.toString() << '\n';
    if (result.isValid()) {
        //: --check-content summary; %n is the number of files checked
        out << Main::tr("%n content file(s) checked: all valid.", nullptr,
                        int(result.checked.size()))
            << Qt::endl;
        return CommandLine::Success;
    }
    //: --check-content summary; %n is the number of problems
    out << Main::tr("%n problem(s) found.", nullptr, int(result.diagnostics.size())) << Qt::endl;
    return CommandLine::InvalidContent;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(u"Spark Showcase"_s);
    QCoreApplication::setApplicationName(u"spark-showcase"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SPARK_VERSION));

    // An export draws widgets but shows none: without a platform chosen by the
    // caller it runs offscreen, so it works with no display (servers, CI) and
    // gives the same pixels whatever the desktop's settings.
    // Qt's PDF writer lists fonts in hash order; a fixed seed keeps that order,
    // and with it the bytes of every exported file (from the window too), the
    // same from one run to the next.
    QHashSeed::setDeterministicGlobalSeed();
    const bool exporting = CommandLine::isExport(argc, argv);
    if (exporting && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // One progress line per file is all an export prints; the modules' info
    // messages stay available through QT_LOGGING_RULES.
    if (exporting && qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(u"spark.*.info=false"_s);
    if (exporting)
        CliExport::installMessageFilter();

    // Help, version and content checks need no display: they run on a bare core
    // application, on a server or in CI.
    std::unique_ptr<QCoreApplication> app;
    if (CommandLine::isConsoleOnly(argc, argv))
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);

    const CommandLine::Result parsed = CommandLine::parse(app->arguments());
    if (parsed.exit) {
        if (!parsed.output.isEmpty())
            QTextStream(stdout) << parsed.output;
        if (!parsed.error.isEmpty())
            printError(parsed.error);
        return parsed.exitCode;
    }
    const Options &options = parsed.options;
    if (options.mode == Options::Mode::CheckContent) {
        // The report speaks the user's language, plurals included.
        Language language(nullptr);
        language.setLanguage(options.language.isEmpty() ? Language::systemDefault()
                                                        : options.language);
        return checkContent(options.checkDirectory);
    }
    if (options.mode == Options::Mode::Export) {
        QTextStream err(stderr);
        CliExport cli(&err, &err);
        // Several languages: one process of this executable per language.
        cli.setProgram(QCoreApplication::applicationFilePath());
        return cli.run(options.contentDirectory, options.exportRequest);
    }
    if (options.mode == Options::Mode::HashPin)
        return PinPrompt::run(stdin, stdout, stderr);

    QGuiApplication::setDesktopFileName(u"org.sparkshowcase.SparkShowcase"_s);
    QGuiApplication::setWindowIcon(QIcon(u":/icons/spark-showcase.svg"_s));
    Appearance::loadFonts();

    // The command line wins over the kiosk settings, which win over what was
    // remembered, which wins over the system (SettingsResolver). A kiosk reads
    // nothing the desktop app remembered.
    std::optional<QSettings> settings;
    if (!options.kiosk)
        settings.emplace();

    // A content folder (--content, else the one chosen in the window before)
    // stays watched: what is copied into it replaces the content on screen,
    // once it has settled and is valid.
    Catalog catalog;
    ContentSource contentSource(settings ? &*settings : nullptr);
    contentSource.start(options.contentDirectory);
    catalog.setContent(contentSource.content());

    // Kiosk settings: every problem is logged and keeps its default, so that
    // a typo never keeps a kiosk from starting. SIGHUP reads them again.
    const auto loadKioskConfig = [&options] { return SettingsResolver::loadKioskConfig(options); };
    KioskConfig kioskConfig;
    if (options.kiosk) {
        const KioskConfig::Loaded kiosk = loadKioskConfig();
        for (const QString &problem : kiosk.problems)
            qCWarning(lcKiosk).noquote() << problem;
        kioskConfig = kiosk.config;
    }
    const SettingsResolver::Effective effective = SettingsResolver::resolve(
            options, kioskConfig, settings ? &*settings : nullptr, Language::systemDefault());

    Language language(&catalog);
    language.setLanguage(effective.language.value);
    Appearance::instance()->setTheme(effective.theme.value);
    Appearance::instance()->setReducedMotion(effective.reducedMotion.value);
    Appearance::instance()->apply(qobject_cast<QApplication *>(app.get()));

    QString view = effective.view.value;
    // The view that holds --item (into \a holder, when not given), or why none does.
    const auto locateItem = [&catalog, &options](QString *holder) {
        if (holder->isEmpty())
            *holder = ViewRegistry::viewOfItem(catalog, options.item);
        if (holder->isEmpty()) {
            //: %1 is the id given to --item
            return Main::tr("no view has an item “%1”").arg(options.item);
        }
        if (!ViewRegistry::hasItem(*holder, catalog, options.item)) {
            //: %1 is the id given to --item, %2 the view name
            return Main::tr("the %2 view has no item “%1”").arg(options.item, *holder);
        }
        return QString();
    };
    // An item not found while large files are still being read is looked
    // for again, and selected, once they have arrived.
    bool itemPending = false;
    if (!options.item.isEmpty()) {
        QString holder = view;
        const QString error = locateItem(&holder);
        if (error.isEmpty()) {
            view = holder;
        } else if (contentSource.isLoading()) {
            itemPending = true;
        } else {
            printError(error);
            return CommandLine::UsageError;
        }
    }

    MainWindow window(&catalog, &language);
    // A kiosk remembers nothing: every start is the same.
    const bool remember = effective.remember;
    if (remember)
        window.restoreGeometry(effective.geometry.value);
    if (!view.isEmpty())
        window.showView(view);
    if (!options.item.isEmpty() && !itemPending)
        window.selectItem(view, options.item);
    // The window's problems panel shows them; a kiosk logs them, once every
    // file has been read.
    if (options.kiosk) {
        contentSource.whenComplete(&window, [&window, &contentSource] {
            const QStringList rejected = contentSource.watcher()
                                                 ? contentSource.watcher()->status().rejected
                                                 : QStringList();
            if (rejected.isEmpty())
                return;
            //: %1 lists content files that were invalid
            window.showNotice(Main::tr("Invalid content replaced by the bundled files: %1. Run "
                                       "spark-showcase --check-content to see why.")
                                      .arg(rejected.join(u", "_s)));
        });
    }
    if (!contentSource.startNotice().isEmpty())
        window.showNotice(contentSource.startNotice());
    if (options.quitAfterFirstFrame || options.quitAfterContent) {
        // The views not shown would be built after the frame, for nothing.
        window.setBuildsViewsAfterFirstFrame(false);
    }
    if (options.quitAfterFirstFrame) {
        auto *watcher = new FirstFrameWatcher(&window);
        QObject::connect(watcher, &FirstFrameWatcher::firstFramePainted, app.get(),
                         [] { QCoreApplication::exit(0); });
    }
    std::unique_ptr<KioskSession> kiosk;
    if (options.kiosk) {
        window.enterKioskMode();
        // Content changes only: a kiosk gets no content menus, status or panel.
        window.setContentSource(&contentSource);
        kiosk = std::make_unique<KioskSession>(kioskConfig, &window, window.views(), &language);
        kiosk->setLoader(loadKioskConfig);
        kiosk->setContentWatcher(contentSource.watcher());
        kiosk->setViewShower([&window](ShowcaseView *shown) { window.showView(shown->name()); });
        QObject::connect(kiosk.get(), &KioskSession::exitRequested, app.get(),
                         [](int status) { QCoreApplication::exit(status); });
        kiosk->start();
    } else {
        window.setContentSource(&contentSource);
        window.show();
    }
    // After setContentSource(): the window has shown the content that arrived
    // before the item is selected in it.
    if (itemPending) {
        contentSource.whenComplete(&window, [&window, &locateItem, view, &options] {
            QString holder = view;
            const QString error = locateItem(&holder);
            if (!error.isEmpty()) {
                printError(error);
                QCoreApplication::exit(CommandLine::UsageError);
                return;
            }
            window.selectItem(holder, options.item);
        });
    }
    if (options.quitAfterContent) {
        // The frame of the view shown once the whole content is in it.
        contentSource.whenComplete(&window, [&window, &app] {
            auto *watcher = new FirstFrameWatcher(window.tabs()->currentWidget());
            QObject::connect(watcher, &FirstFrameWatcher::firstFramePainted, app.get(),
                             [] { QCoreApplication::exit(0); });
            window.tabs()->currentWidget()->update();
        });
    }
    const int status = app->exec();
    kiosk.reset();

    if (remember) {
        if (!SettingsResolver::save(&*settings, language.current(),
                                    Appearance::instance()->theme().id,
                                    Appearance::instance()->reducedMotion(),
                                    window.currentViewName(), window.saveGeometry()))
            qCWarning(lcApp) << "Cannot save the settings to" << settings->fileName();
    }
    if (options.quitAfterFirstFrame && contentSource.isLoading()) {
        // A start measured to its first frame does not wait for the large
        // files still being parsed: the worker thread would be joined on the
        // way out. Nothing is left to save.
        std::fflush(nullptr);
        std::_Exit(status);
    }
    return status;
}
