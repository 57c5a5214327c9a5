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
#include <QEventLoop>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <csignal>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include <unistd.h>
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

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
    // A request in several languages, given a program, is drawn by one
    // process per language: this one only checks it and needs no fonts.
    const bool perLanguage = !m_program.isEmpty() && request.languages.size() > 1;
    if (!perLanguage)
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
        if (perLanguage) {
            // Every refusal of the whole request comes before any process starts.
            result = exporter.check(*plan);
            if (result.isDone()) {
                result.status = Exporter::Status(runPerLanguage(*plan, contentDirectory, exporter));
            }
        } else {
            result = exporter.run(*plan);
        }
        runningExport = nullptr;
    }
    m_exporter = nullptr;
    if (!result.isDone() && !result.error.isEmpty()) {
        if (result.status == Exporter::Status::FilesExist) {
            //: %1 the reason, such as "2 files exist already"
            printError(tr("%1; nothing written, add --force to replace them").arg(result.error));
        } else {
            printError(result.error);
        }
    }
    return int(result.status);
}

int CliExport::runPerLanguage(const ExportPlan &plan, const QString &contentDirectory,
                              const Exporter &exporter)
{
    const ExportRequest &request = plan.request();
    const QList<ExportTarget> &targets = plan.targets();
    const int count = plan.count();
    QHash<QString, int> targetOf;
    for (int i = 0; i < count; ++i)
        targetOf.insert(targets.at(i).filePath, i);

    // Files are announced in the order of the plan as their turn comes; after
    // a failure or a cancel, the ones committed past a gap are announced too,
    // so that every file on the disk has its line.
    std::vector<bool> committed(std::size_t(count), false);
    int nextToAnnounce = 0;
    int announced = 0;
    auto announce = [&](int target) {
        ++announced;
        const QString &path = targets.at(target).filePath;
        *m_progress << '[' << announced << '/' << count << "] " << QDir::toNativeSeparators(path)
                    << Qt::endl;
        Q_EMIT fileWritten(path, announced, count);
    };
    auto announceInOrder = [&] {
        while (nextToAnnounce < count && committed[std::size_t(nextToAnnounce)])
            announce(nextToAnnounce++);
    };

    struct Process
    {
        QString language;
        QProcess process;
        QByteArray pending;   // stderr after the last full line
        QStringList errors;   // its "spark-showcase: " lines
        bool stopped = false; // sent SIGTERM by this run
    };
    std::vector<std::unique_ptr<Process>> processes;
    const QStringList languages = request.languages;
    const int parallel = std::clamp(QThread::idealThreadCount(), 1, int(languages.size()));
    int started = 0;
    int running = 0;
    bool stopping = false;
    bool canceled = false;
    int failedStatus = 0;
    QStringList failedErrors;
    QEventLoop loop;

    auto stopAll = [&] {
        stopping = true;
        for (const std::unique_ptr<Process> &one : processes) {
            if (!one->stopped && one->process.state() != QProcess::NotRunning) {
                // One signal only: a second would end it at once, mid-file.
                one->stopped = true;
                one->process.terminate();
            }
        }
    };
    auto fail = [&](int status, const QStringList &errors) {
        if (failedStatus == 0) {
            failedStatus = status;
            failedErrors = errors;
        }
        stopAll();
    };
    static const QRegularExpression progressLine(u"^\\[\\d+/\\d+\\] (.*)$"_s);
    auto readLines = [&](Process *one) {
        one->pending += one->process.readAllStandardError();
        qsizetype end = 0;
        while ((end = one->pending.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(one->pending.left(end));
            one->pending.remove(0, end + 1);
            const QRegularExpressionMatch match = progressLine.match(line);
            const int target =
                    match.hasMatch()
                            ? targetOf.value(QDir::fromNativeSeparators(match.captured(1)), -1)
                            : -1;
            if (target >= 0) {
                committed[std::size_t(target)] = true;
                announceInOrder();
            } else if (line.startsWith(u"spark-showcase: ")) {
                one->errors.append(line.mid(16));
            } else {
                // Warnings and log lines pass through as they are.
                *m_errors << line << Qt::endl;
            }
        }
    };
    // The first file of \a language not committed: the one a process that
    // died was working on.
    auto pendingFile = [&](const QString &language) {
        for (int i = 0; i < count; ++i) {
            if (targets.at(i).language == language && !committed[std::size_t(i)])
                return targets.at(i).filePath;
        }
        return QString();
    };
    std::function<void()> startMore;
    auto finished = [&](Process *one) {
        readLines(one);
        if (!one->pending.isEmpty()) {
            one->pending.append('\n');
            readLines(one);
        }
        --running;
        const bool crashed = one->process.exitStatus() != QProcess::NormalExit ||
                             one->process.error() == QProcess::FailedToStart;
        const int status = crashed ? -1 : one->process.exitCode();
        if (one->stopped && (crashed || status == int(Exporter::Status::Canceled))) {
            // Stopped by this run: nothing to say of its own.
        } else if (crashed) {
            //: %1 a file name, %2 the reason
            fail(int(Exporter::Status::WriteFailed),
                 {Exporter::tr("cannot draw “%1”: %2")
                          .arg(pendingFile(one->language), one->process.errorString())});
        } else if (status == int(Exporter::Status::Canceled)) {
            canceled = true;
            stopAll();
        } else if (status != 0) {
            fail(status, one->errors);
        }
        startMore();
    };
    startMore = [&] {
        while (!stopping && running < parallel && started < int(languages.size())) {
            auto one = std::make_unique<Process>();
            Process *raw = one.get();
            raw->language = languages.at(started++);
            ExportRequest single = request;
            single.languages = {raw->language};
            raw->process.setProgram(m_program);
            raw->process.setArguments(CommandLine::exportArguments(single, contentDirectory));
            raw->process.setProcessChannelMode(QProcess::ForwardedOutputChannel);
            raw->process.setChildProcessModifier([] {
                // A group of its own: Ctrl+C reaches this process alone, which
                // stops each language once. Ended with this process if it dies.
                ::setpgid(0, 0);
#ifdef Q_OS_LINUX
                ::prctl(PR_SET_PDEATHSIG, SIGTERM);
#endif
            });
            // Every process has ended when the loop returns, and the loop,
            // these connections' context, goes before the processes do.
            QObject::connect(&raw->process, &QProcess::readyReadStandardError, &loop,
                             [lines = &readLines, raw] { (*lines)(raw); });
            QObject::connect(&raw->process, &QProcess::finished, &loop,
                             [end = &finished, raw] { (*end)(raw); });
            QObject::connect(&raw->process, &QProcess::errorOccurred, &loop,
                             [end = &finished, raw](QProcess::ProcessError error) {
                                 if (error == QProcess::FailedToStart)
                                     (*end)(raw);
                             });
            processes.push_back(std::move(one));
            ++running;
            raw->process.start();
        }
        if (running == 0)
            loop.quit();
    };
    // Signals and cancel() mark the exporter; the processes hear of it here.
    QTimer watch;
    watch.setInterval(20);
    QObject::connect(&watch, &QTimer::timeout, &loop, [&] {
        if (exporter.isCanceled() && !canceled) {
            canceled = true;
            stopAll();
        }
    });
    watch.start();
    QTimer::singleShot(0, &loop, [&] { startMore(); });
    loop.exec();

    for (int i = nextToAnnounce; i < count; ++i) {
        if (committed[std::size_t(i)])
            announce(i);
    }
    if (failedStatus != 0) {
        for (const QString &line : std::as_const(failedErrors))
            printError(line);
        return failedStatus;
    }
    if (canceled) {
        //: %n files were saved before the user canceled
        printError(Exporter::tr("export canceled; files saved before: %n", nullptr, announced));
        return int(Exporter::Status::Canceled);
    }
    return int(Exporter::Status::Done);
}
