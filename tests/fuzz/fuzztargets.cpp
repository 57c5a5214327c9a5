#include "fuzztargets.h"

#include "commandline.h"
#include "content/contentloader.h"
#include "content/contentparser.h"
#include "content/partialdate.h"
#include "export/exportplan.h"
#include "export/exportrequest.h"
#include "kiosk/kioskconfig.h"
#include "views/language.h"
#include "views/viewregistry.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

QString &inputName()
{
    static QString name;
    return name;
}

// A broken promise: say which and abort, which libFuzzer reports as a crash
// with the input that caused it, and which fails the corpus replay test.
[[noreturn]] void fail(const char *target, const char *condition, const QString &detail)
{
    std::fprintf(stderr, "fuzz %s: check failed: %s\n  %s\n", target, condition,
                 qUtf8Printable(detail));
    if (!inputName().isEmpty())
        std::fprintf(stderr, "  input: %s\n", qUtf8Printable(inputName()));
    std::fflush(stderr);
    std::abort();
}

#define FUZZ_CHECK(target, condition, detail)                                                      \
    do {                                                                                           \
        if (!(condition))                                                                          \
            fail(target, #condition, detail);                                                      \
    } while (false)

QString utf8(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

QTemporaryDir *scratch()
{
    static QTemporaryDir directory(QDir::tempPath() + u"/spark-fuzz-XXXXXX"_s);
    return &directory;
}

} // namespace

namespace FuzzTargets {

void initialize()
{
    // The parsers translate their messages and read the application's name:
    // they need an application object, which the replay test already has.
    if (!QCoreApplication::instance()) {
        static int argc = 1;
        static char name[] = "spark-fuzz";
        static char *argv[] = {name, nullptr};
        // Never destroyed: the fuzzer exits from inside its loop, and a static
        // application would be torn down after parts of Qt it needs.
        static const QCoreApplication *application = new QCoreApplication(argc, argv);
        Q_UNUSED(application);
    }
    if (!scratch()->isValid())
        fail("initialize", "scratch folder", scratch()->errorString());
}

void content(const uint8_t *data, size_t size)
{
    if (size == 0)
        return;
    ContentFile file;
    switch (data[0]) {
    case 'h':
        file = ContentFile::Hardware;
        break;
    case 't':
        file = ContentFile::Timeline;
        break;
    case 'p':
        file = ContentFile::Partners;
        break;
    case 'r':
        file = ContentFile::Reviews;
        break;
    default:
        file = ContentLoader::files().at(data[0] % 4);
        break;
    }
    const QByteArray json(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QString label = ContentLoader::fileName(file);
    ContentSet set;
    Diagnostics diagnostics;
    const bool ok = ContentLoader::parseInto(file, json, label, &set, &diagnostics);

    // Valid exactly when nothing is wrong, and every problem says where and what.
    FUZZ_CHECK("content", ok == diagnostics.isEmpty(),
               u"parsed: %1, problems: %2"_s.arg(ok).arg(diagnostics.size()));
    FUZZ_CHECK("content", diagnostics.size() <= ContentParser::MaxDiagnostics + 1,
               QString::number(diagnostics.size()));
    for (const Diagnostic &diagnostic : std::as_const(diagnostics)) {
        FUZZ_CHECK("content", diagnostic.file == label, diagnostic.toString());
        FUZZ_CHECK("content", diagnostic.pointer.isEmpty() || diagnostic.pointer.startsWith(u'/'),
                   diagnostic.toString());
        FUZZ_CHECK("content", !diagnostic.message.trimmed().isEmpty(), diagnostic.toString());
    }
    if (!ok)
        return;
    // What a valid file holds is within the documented limits.
    const auto checkCount = [](qsizetype count) {
        FUZZ_CHECK("content", count <= ContentParser::MaxItems, QString::number(count));
    };
    checkCount(qsizetype(set.hardware.items.size()));
    checkCount(qsizetype(set.timeline.items.size()));
    checkCount(qsizetype(set.partners.items.size()));
    checkCount(qsizetype(set.reviews.items.size()));
}

void kioskConfig(const uint8_t *data, size_t size)
{
    // A new name each time, so that nothing of one input can be mistaken for
    // the next.
    static quint64 serial = 0;
    const QString path = scratch()->filePath(u"kiosk-%1.ini"_s.arg(++serial));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            fail("kioskconfig", "scratch file", file.errorString());
        if (file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
            fail("kioskconfig", "scratch file", file.errorString());
    }
    const KioskConfig::Loaded loaded = KioskConfig::load(path);
    QFile::remove(path);

    const KioskConfig &config = loaded.config;
    // Every problem names the file, and the line when there is one: a line
    // of the file.
    // (\r\n counts twice: an upper bound is enough.)
    const auto lines =
            std::count(data, data + size, '\n') + std::count(data, data + size, '\r') + 1;
    for (const QString &problem : loaded.problems) {
        FUZZ_CHECK("kioskconfig", problem.startsWith(path + u':'), problem);
        const QStringView rest = QStringView(problem).mid(path.size() + 1);
        if (rest.startsWith(u' '))
            continue;
        bool ok = false;
        const qint64 line = rest.left(rest.indexOf(u':')).toLongLong(&ok);
        FUZZ_CHECK("kioskconfig", ok && line >= 1 && line <= lines, problem);
    }
    // Whatever the file says, the kiosk gets settings it can run with.
    const QStringList views = ViewRegistry::names();
    FUZZ_CHECK("kioskconfig", !config.views.isEmpty(), u"no views"_s);
    FUZZ_CHECK("kioskconfig",
               QSet<QString>(config.views.begin(), config.views.end()).size() ==
                       config.views.size(),
               config.views.join(u',')); // no view twice
    for (const QString &view : config.views)
        FUZZ_CHECK("kioskconfig", views.contains(view), view);
    const QStringList languages = Language::available();
    for (const QString &language : config.languages)
        FUZZ_CHECK("kioskconfig", languages.contains(language), language);
    const auto inRange = [](int value, int minimum, int maximum) {
        return value >= minimum && value <= maximum;
    };
    for (const QString &view : views) {
        FUZZ_CHECK("kioskconfig", inRange(config.viewDwellOf(view), 3, 3600), view);
        FUZZ_CHECK("kioskconfig", inRange(config.itemDwellOf(view), 1, 600), view);
    }
    FUZZ_CHECK("kioskconfig", inRange(config.idleTimeout, 5, 86400),
               QString::number(config.idleTimeout));
    FUZZ_CHECK("kioskconfig", inRange(config.countdown, 1, 120), QString::number(config.countdown));
    FUZZ_CHECK("kioskconfig", inRange(config.screen, 0, 63), QString::number(config.screen));
    FUZZ_CHECK("kioskconfig", inRange(config.pixelShiftPeriod, 5, 86400),
               QString::number(config.pixelShiftPeriod));
    FUZZ_CHECK("kioskconfig", inRange(config.pixelShiftPixels, 1, 32),
               QString::number(config.pixelShiftPixels));
    FUZZ_CHECK("kioskconfig", inRange(config.heartbeatInterval, 1, 3600),
               QString::number(config.heartbeatInterval));
    FUZZ_CHECK("kioskconfig", inRange(config.snapshotInterval, 10, 86400),
               QString::number(config.snapshotInterval));
    // A PIN hash that was taken is one the kiosk can check, and reads back the same.
    if (config.hasPin()) {
        const PinHash &pin = config.pin;
        FUZZ_CHECK("kioskconfig", pin.hash().size() == PinHash::KeyBytes, pin.toString());
        if (!pin.isLegacy()) {
            FUZZ_CHECK("kioskconfig",
                       inRange(pin.iterations(), PinHash::MinimumIterations,
                               PinHash::MaximumIterations),
                       pin.toString());
            FUZZ_CHECK("kioskconfig", pin.salt().size() >= PinHash::MinimumSaltBytes,
                       pin.toString());
        }
        const std::optional<PinHash> again = PinHash::parse(pin.toString());
        FUZZ_CHECK("kioskconfig", again && *again == pin, pin.toString());
    }
}

void commandLine(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QStringList arguments{u"spark-showcase"_s};
    std::vector<QByteArray> raw{QByteArray("spark-showcase")};
    if (!bytes.isEmpty()) {
        for (const QByteArray &piece : bytes.split('\0')) {
            arguments.append(QString::fromUtf8(piece));
            raw.push_back(piece);
        }
    }
    // The checks main() makes on argv before any application object exists.
    std::vector<char *> argv;
    for (QByteArray &argument : raw)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    const bool consoleOnly = CommandLine::isConsoleOnly(int(raw.size()), argv.data());
    const bool exporting = CommandLine::isExport(int(raw.size()), argv.data());
    Q_UNUSED(consoleOnly);

    const CommandLine::Result result = CommandLine::parse(arguments);
    const QString where = arguments.join(u" | "_s);
    if (result.exit) {
        // Either help or version on stdout with status 0, or one line on stderr
        // with a usage error.
        if (result.exitCode == CommandLine::Success) {
            FUZZ_CHECK("commandline", !result.output.isEmpty() && result.error.isEmpty(), where);
        } else {
            FUZZ_CHECK("commandline", result.exitCode == CommandLine::UsageError, where);
            FUZZ_CHECK("commandline", !result.error.trimmed().isEmpty(), where);
            // One line, unless an argument it quotes holds a line break.
            bool quotesLineBreak = false;
            for (const QString &argument : std::as_const(arguments))
                quotesLineBreak = quotesLineBreak || argument.contains(u'\n');
            FUZZ_CHECK("commandline", quotesLineBreak || !result.error.contains(u'\n'),
                       result.error);
        }
        return;
    }
    FUZZ_CHECK("commandline", result.error.isEmpty(), result.error);
    const Options &options = result.options;
    FUZZ_CHECK("commandline", options.view.isEmpty() || ViewRegistry::contains(options.view),
               options.view);
    if (options.mode == Options::Mode::Export) {
        // Only what main() sees as an export may become one.
        FUZZ_CHECK("commandline", exporting, where);
        FUZZ_CHECK("commandline", options.exportRequest.validate().isEmpty(),
                   options.exportRequest.validate());
        FUZZ_CHECK("commandline", ExportPlan::create(options.exportRequest).has_value(), where);
    } else if (options.mode == Options::Mode::Browse) {
        FUZZ_CHECK("commandline",
                   options.language.isEmpty() || Language::isAvailable(options.language),
                   options.language);
        FUZZ_CHECK("commandline", options.kiosk || options.screen == -1, where);
    }
}

void namePattern(const uint8_t *data, size_t size)
{
    ExportRequest request;
    request.views = ViewRegistry::names();
    request.languages = {u"en"_s, u"de"_s, u"ar"_s};
    request.size = {1080, 1920};
    request.scale = 1.5;
    request.outputDirectory = u"/nonexistent/spark-fuzz"_s;
    request.namePattern = utf8(data, size);

    QString error;
    const std::optional<ExportPlan> plan = ExportPlan::create(request, &error);
    if (!plan) {
        FUZZ_CHECK("namepattern", !error.trimmed().isEmpty(), request.namePattern);
        return;
    }
    // One file per view and language, each a plain name inside the folder.
    FUZZ_CHECK("namepattern", plan->count() == request.views.size() * request.languages.size(),
               request.namePattern);
    QSet<QString> names;
    for (const ExportTarget &target : plan->targets()) {
        FUZZ_CHECK("namepattern", !target.fileName.isEmpty(), request.namePattern);
        FUZZ_CHECK("namepattern", !target.fileName.contains(u'/'), target.fileName);
        FUZZ_CHECK("namepattern", target.fileName != u"." && target.fileName != u"..",
                   target.fileName);
        FUZZ_CHECK("namepattern",
                   target.filePath == request.outputDirectory + u'/' + target.fileName,
                   target.filePath);
        FUZZ_CHECK("namepattern", !names.contains(target.fileName), target.fileName);
        names.insert(target.fileName);
        FUZZ_CHECK("namepattern",
                   target.fileName == ExportPlan::fileName(request.namePattern, request,
                                                           target.view, target.language),
                   target.fileName);
    }
}

void partialDate(const uint8_t *data, size_t size)
{
    static const QList<QLocale> locales = [] {
        QList<QLocale> list{QLocale(QLocale::English, QLocale::UnitedStates),
                            QLocale(QLocale::English, QLocale::UnitedKingdom)};
        for (const QString &code : Language::available())
            list.append(QLocale(code));
        return list;
    }();

    const QString text = utf8(data, size);
    QString error;
    const PartialDate date = PartialDate::fromString(text, &error);
    if (!date.isValid()) {
        FUZZ_CHECK("partialdate", !error.trimmed().isEmpty(), text);
        return;
    }
    FUZZ_CHECK("partialdate", error.isEmpty(), error);
    // An accepted date writes itself back the way it was read.
    FUZZ_CHECK("partialdate", date.toIsoString() == text, date.toIsoString());
    FUZZ_CHECK("partialdate", PartialDate::fromString(date.toIsoString()) == date, text);
    FUZZ_CHECK("partialdate", date.first().isValid() && date.last().isValid(), text);
    FUZZ_CHECK("partialdate", date.first() <= date.last(), text);
    FUZZ_CHECK("partialdate",
               date.year() >= PartialDate::MinimumYear && date.year() <= PartialDate::MaximumYear,
               text);
    for (const QLocale &locale : locales)
        FUZZ_CHECK("partialdate", !date.toDisplayString(locale).isEmpty(), locale.name());
}

void setInputName(const QString &name)
{
    inputName() = name;
}

const QList<Target> &all()
{
    static const QList<Target> targets{
            {"content", &content},         {"kioskconfig", &kioskConfig},
            {"commandline", &commandLine}, {"namepattern", &namePattern},
            {"partialdate", &partialDate},
    };
    return targets;
}

} // namespace FuzzTargets
