#include "cliexport.h"

#include "commandline.h"
#include "content/contentloader.h"
#include "export/exporter.h"
#include "export/exportplan.h"
#include "models/catalog.h"
#include "views/language.h"
#include "views/theme.h"

#include <QApplication>
#include <QDir>
#include <QTextStream>

#include <atomic>
#include <csignal>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

QtMessageHandler previousMessageHandler = nullptr;

void exportMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    // The offscreen platform says once per off-screen view that it keeps no
    // size hints, and Qt notes a missing XDG_RUNTIME_DIR on servers: true,
    // harmless, and in the way of an export's one line per file.
    if (message.startsWith(u"This plugin does not support propagateSizeHints") ||
        message.startsWith(u"QStandardPaths: XDG_RUNTIME_DIR not set")) {
        return;
    }
    if (previousMessageHandler)
        previousMessageHandler(type, context, message);
}

std::atomic<Exporter *> runningExport{nullptr};

static_assert(std::atomic<Exporter *>::is_always_lock_free &&
                      std::atomic<bool>::is_always_lock_free,
              "the signal handler may only touch lock-free atomics");

extern "C" void stopExport(int)
{
    // Only a lock-free atomic store happens here, which is safe in a handler.
    if (Exporter *exporter = runningExport.load())
        exporter->cancel();
}

// Installs the handlers for the time of one export and puts the previous ones
// back afterwards.
class StopOnSignals
{
public:
    StopOnSignals()
    {
        struct sigaction action = {};
        action.sa_handler = stopExport;
        action.sa_flags = SA_RESETHAND;
        sigemptyset(&action.sa_mask);
        sigaction(SIGINT, &action, &m_previousInt);
        sigaction(SIGTERM, &action, &m_previousTerm);
    }
    ~StopOnSignals()
    {
        sigaction(SIGINT, &m_previousInt, nullptr);
        sigaction(SIGTERM, &m_previousTerm, nullptr);
    }
    StopOnSignals(const StopOnSignals &) = delete;
    StopOnSignals &operator=(const StopOnSignals &) = delete;

private:
    struct sigaction m_previousInt = {};
    struct sigaction m_previousTerm = {};
};

static_assert(int(Exporter::Status::InvalidRequest) == CommandLine::UsageError,
              "a refused export value exits like any other usage error");

} // namespace

CliExport::CliExport(QTextStream *progress, QTextStream *errors, QObject *parent)
    : QObject(parent)
    , m_progress(progress)
    , m_errors(errors)
{}

void CliExport::installMessageFilter()
{
    previousMessageHandler = qInstallMessageHandler(exportMessageHandler);
}

void CliExport::printError(const QString &message)
{
    *m_errors << "spark-showcase: " << message << Qt::endl;
}

void CliExport::cancel()
{
    if (m_exporter)
        m_exporter->cancel();
}

int CliExport::run(const QString &contentDirectory, const ExportRequest &request)
{
    Appearance::loadFonts();
    const ContentLoader::Result loaded = ContentLoader::load(contentDirectory);
    if (!loaded.rejected.isEmpty()) {
        // A press kit made from the bundled content when the caller meant their
        // own would look right and be wrong: refuse instead of falling back.
        //: %1 lists content files that were invalid, %2 the content folder
        printError(tr("invalid content in %1; run spark-showcase --check-content %2 to "
                      "see why")
                           .arg(loaded.rejected.join(u", "_s), contentDirectory));
        return CommandLine::InvalidContent;
    }
    Catalog catalog;
    catalog.setContent(loaded.content);
    Language language(&catalog);
    // Messages stay in English whatever languages are exported.
    language.setLanguage(u"en"_s);
    Appearance::instance()->setTheme(request.theme);
    Appearance::instance()->setReducedMotion(true);
    Appearance::instance()->apply(qobject_cast<QApplication *>(QCoreApplication::instance()));

    QString error;
    const std::optional<ExportPlan> plan = ExportPlan::create(request, &error);
    if (!plan) {
        printError(error);
        return int(Exporter::Status::InvalidRequest);
    }
    Exporter exporter(&catalog);
    connect(&exporter, &Exporter::fileWritten, this,
            [this](const QString &path, int number, int count) {
                *m_progress << '[' << number << '/' << count << "] "
                            << QDir::toNativeSeparators(path) << Qt::endl;
                Q_EMIT fileWritten(path, number, count);
            });
    m_exporter = &exporter;
    Exporter::Result result;
    {
        runningExport = &exporter;
        const StopOnSignals stopOnSignals;
        result = exporter.run(*plan);
        runningExport = nullptr;
    }
    m_exporter = nullptr;
    if (!result.isDone()) {
        if (result.status == Exporter::Status::FilesExist) {
            //: %1 the reason, such as "2 files exist already"
            printError(tr("%1; nothing written, add --force to replace them").arg(result.error));
        } else {
            printError(result.error);
        }
    }
    return int(result.status);
}
