// Start-up against a bare Qt window: runs the baseline (a QTabWidget with one
// QChartView, tests/bench/baselinewindow.cpp) and the app alternately, each
// with --quit-after-first-frame, for every start view, and prints the medians
// of the time to the first frame (wall clock and CPU, user + system, of the
// whole process) and of the peak resident memory, with the app's ratios.
// Goal: at most 1.5x the time and 1.3x the memory on every start view. It
// prints figures and never fails on them.
//
// With --content, the large files of the folder are read after the first
// frame: it also runs the app with --quit-after-content, to the frame that
// shows the whole content, and prints that time (and its ratio to the
// baseline's first frame) and the peak resident memory then.
//
// With --export it compares the headless export instead: `--export all` at
// 1080p (4 files) against the baseline window grabbed and encoded as PNG four
// times, and `--export all --lang all` (28 files) against 28 such grabs; the
// app's CPU over its wall time tells how many cores it kept busy. Goal: at
// most 1.0x the baseline's time, and both cores used.
//
//   build/tests/bench/bench_startup [--runs N] [--views LIST] [--content DIR] [--lang CODE]
//   build/tests/bench/bench_startup --export [--runs N]
#include <QCoreApplication>
#include <QStringList>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

using namespace Qt::StringLiterals;

namespace {

struct Sample
{
    double wall = 0; // seconds
    double cpu = 0;  // seconds, user + system
    long rss = 0;    // KiB
};

// Runs \a arguments (the program first) and measures it; false when it could
// not start or did not exit with status 0.
bool run(const QStringList &arguments, const std::vector<std::string> &environment, Sample *sample,
         QString *error)
{
    std::vector<std::string> args;
    for (const QString &argument : arguments)
        args.push_back(argument.toStdString());
    std::vector<char *> argv;
    for (std::string &arg : args)
        argv.push_back(arg.data());
    argv.push_back(nullptr);
    std::vector<std::string> env = environment;
    std::vector<char *> envp;
    for (std::string &entry : env)
        envp.push_back(entry.data());
    envp.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    // Their output would drown the table; a failed run is reported by its status.
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    const auto start = std::chrono::steady_clock::now();
    pid_t pid = 0;
    const int spawned =
            posix_spawn(&pid, argv.front(), &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        *error = u"cannot start %1: %2"_s.arg(arguments.constFirst(),
                                              QString::fromLocal8Bit(strerror(spawned)));
        return false;
    }
    int status = 0;
    rusage usage = {};
    if (wait4(pid, &status, 0, &usage) != pid) {
        *error = u"cannot wait for %1"_s.arg(arguments.constFirst());
        return false;
    }
    const auto end = std::chrono::steady_clock::now();
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        *error = u"%1 failed (status %2)"_s.arg(arguments.join(u' ')).arg(status);
        return false;
    }
    sample->wall = std::chrono::duration<double>(end - start).count();
    sample->cpu = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                  double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    sample->rss = usage.ru_maxrss;
    return true;
}

template<typename T>
T median(std::vector<T> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

struct Medians
{
    double wall;
    double cpu;
    double rss;
};

Medians medians(const std::vector<Sample> &samples)
{
    std::vector<double> wall, cpu, rss;
    for (const Sample &sample : samples) {
        wall.push_back(sample.wall);
        cpu.push_back(sample.cpu);
        rss.push_back(double(sample.rss));
    }
    return {median(wall), median(cpu), median(rss)};
}

QString value(QStringList *arguments, const QString &name, const QString &fallback)
{
    const qsizetype at = arguments->indexOf(name);
    if (at < 0 || at + 1 >= arguments->size())
        return fallback;
    const QString found = arguments->at(at + 1);
    arguments->remove(at, 2);
    return found;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList arguments = app.arguments().mid(1);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int runs = std::max(1, value(&arguments, u"--runs"_s, u"7"_s).toInt());
    const QStringList views =
            value(&arguments, u"--views"_s, u"hardware,timeline,partners,reviews"_s)
                    .split(u',', Qt::SkipEmptyParts);
    const QString content = value(&arguments, u"--content"_s, QString());
    const QString language = value(&arguments, u"--lang"_s, u"en"_s);
    const QString appPath = value(&arguments, u"--app"_s, QStringLiteral(SPARK_APP_PATH));
    const QString baselinePath =
            value(&arguments, u"--baseline"_s, QStringLiteral(SPARK_BASELINE_PATH));
    const bool exporting = arguments.removeAll(u"--export"_s) > 0;
    if (!arguments.isEmpty()) {
        err << "usage: bench_startup [--runs N] [--views LIST] [--content DIR] [--lang CODE] "
               "[--app PATH] [--baseline PATH]\n"
               "       bench_startup --export [--runs N] [--app PATH] [--baseline PATH]"
            << Qt::endl;
        return 2;
    }

    // Both start with no remembered settings, on the offscreen platform unless
    // the caller chose another.
    QTemporaryDir home;
    std::vector<std::string> environment;
    for (char **entry = environ; *entry; ++entry) {
        const std::string text(*entry);
        if (text.rfind("XDG_CONFIG_HOME=", 0) != 0 && text.rfind("XDG_STATE_HOME=", 0) != 0)
            environment.push_back(text);
    }
    environment.push_back("XDG_CONFIG_HOME=" + home.filePath(u"config"_s).toStdString());
    environment.push_back("XDG_STATE_HOME=" + home.filePath(u"state"_s).toStdString());
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        environment.push_back("QT_QPA_PLATFORM=offscreen");
    // Runs \a command once and adds the sample to \a samples, or says why not.
    const auto sampleInto = [&](const QStringList &command, std::vector<Sample> *samples) {
        Sample sample;
        QString error;
        if (!run(command, environment, &sample, &error)) {
            err << "bench_startup: " << error << Qt::endl;
            return false;
        }
        samples->push_back(sample);
        return true;
    };

    if (exporting) {
        out << "Medians of " << runs << " runs each, baseline and app alternately\n\n";
        out << qSetFieldWidth(10) << Qt::left << "files" << Qt::right << "wall base"
            << "wall app"
            << "ratio"
            << "CPU base"
            << "CPU app"
            << "ratio"
            << "app cores" << qSetFieldWidth(0) << "\n";
        out.setRealNumberNotation(QTextStream::FixedNotation);
        for (const bool allLanguages : {false, true}) {
            const int files = allLanguages ? 28 : 4;
            std::vector<Sample> baseline, showcase;
            for (int i = 0; i < runs; ++i) {
                QTemporaryDir base;
                QTemporaryDir mine;
                if (!sampleInto({baselinePath, u"--grab"_s, QString::number(files), u"--out"_s,
                                 base.path()},
                                &baseline))
                    return 1;
                QStringList appArguments = {appPath,     u"--export"_s,  u"all"_s,
                                            u"--size"_s, u"1920x1080"_s, u"--out"_s,
                                            mine.path(), u"--force"_s};
                if (allLanguages)
                    appArguments << u"--lang"_s << u"all"_s;
                if (!sampleInto(appArguments, &showcase))
                    return 1;
            }
            const Medians base = medians(baseline);
            const Medians mine = medians(showcase);
            out << qSetFieldWidth(10) << Qt::left << files << Qt::right
                << qSetRealNumberPrecision(3) << base.wall << mine.wall
                << qSetRealNumberPrecision(2) << mine.wall / base.wall << qSetRealNumberPrecision(3)
                << base.cpu << mine.cpu << qSetRealNumberPrecision(2) << mine.cpu / base.cpu
                << mine.cpu / mine.wall << qSetFieldWidth(0) << "\n";
            out.flush();
        }
        out << "\nwall and CPU in seconds; app cores: the app's CPU over its wall time\n";
        return 0;
    }

    out << "Medians of " << runs << " runs each, baseline and app alternately"
        << (content.isEmpty() ? QString() : u", content from "_s + content) << ", language "
        << language << "\n\n";
    out << qSetFieldWidth(10) << Qt::left << "view" << Qt::right << "wall base"
        << "wall app"
        << "ratio"
        << "CPU base"
        << "CPU app"
        << "ratio"
        << "RSS base"
        << "RSS app"
        << "ratio";
    if (!content.isEmpty())
        out << "content"
            << "ratio"
            << "RSS then";
    out << qSetFieldWidth(0) << "\n";
    out.setRealNumberNotation(QTextStream::FixedNotation);
    for (const QString &view : views) {
        std::vector<Sample> baseline, showcase, whole;
        QStringList appArguments = {appPath, u"--view"_s, view, u"--lang"_s, language};
        if (!content.isEmpty())
            appArguments << u"--content"_s << content;
        for (int i = 0; i < runs; ++i) {
            if (!sampleInto({baselinePath, u"--quit-after-first-frame"_s}, &baseline) ||
                !sampleInto(appArguments + QStringList{u"--quit-after-first-frame"_s}, &showcase) ||
                (!content.isEmpty() &&
                 !sampleInto(appArguments + QStringList{u"--quit-after-content"_s}, &whole)))
                return 1;
        }
        const Medians base = medians(baseline);
        const Medians mine = medians(showcase);
        out << qSetFieldWidth(10) << Qt::left << view << Qt::right << qSetRealNumberPrecision(3)
            << base.wall << mine.wall << qSetRealNumberPrecision(2) << mine.wall / base.wall
            << qSetRealNumberPrecision(3) << base.cpu << mine.cpu << qSetRealNumberPrecision(2)
            << mine.cpu / base.cpu << qSetRealNumberPrecision(0) << base.rss / 1024
            << mine.rss / 1024 << qSetRealNumberPrecision(2) << mine.rss / base.rss;
        if (!whole.empty()) {
            const Medians then = medians(whole);
            out << qSetRealNumberPrecision(3) << then.wall << qSetRealNumberPrecision(2)
                << then.wall / base.wall << qSetRealNumberPrecision(0) << then.rss / 1024;
        }
        out << qSetFieldWidth(0) << "\n";
        out.flush();
    }
    out << "\nwall and CPU in seconds, to the exit right after the first frame; RSS in MiB\n";
    if (!content.isEmpty()) {
        out << "content: wall in seconds to the exit right after the first frame that shows "
               "the whole content (--quit-after-content)\n";
    }
    return 0;
}
