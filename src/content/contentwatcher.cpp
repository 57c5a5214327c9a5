#include "contentwatcher.h"

#include "core/logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

struct ContentWatcher::Reading
{
    struct Planned
    {
        ContentFile file = ContentFile::Hardware;
        QString path;
        QString bundled;
        bool inFolder = false;
        bool unchanged = false;
        bool deferred = false; // parsed on the worker thread
        std::optional<QByteArray> bytes;
        Diagnostics readProblems;
        std::optional<size_t> parse; // index into the parses it is taken from
        Diagnostics reported;        // what the status lists for the file
        bool rejected = false;
    };
    QString before;     // signature() when the reading began
    bool first = false; // the watcher's first reading
    bool deferred = false;
    Status status;
    std::vector<Planned> plan; // in the files' order

    // The status's diagnostics and rejected files, in the files' order,
    // whatever order the files were parsed in.
    void compose()
    {
        status.diagnostics.clear();
        status.rejected.clear();
        for (const Planned &planned : plan) {
            status.diagnostics.append(planned.reported);
            if (planned.rejected)
                status.rejected.append(planned.path);
        }
        status.ok = status.diagnostics.isEmpty();
    }
};

ContentWatcher::ContentWatcher(const QString &directory, QObject *parent)
    : QObject(parent)
    , m_directory(directory)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DefaultDebounceInterval);
    connect(&m_debounce, &QTimer::timeout, this, &ContentWatcher::settle);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &ContentWatcher::changed);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &ContentWatcher::changed);
}

// A parse still running on the worker thread ends there; its result is dropped.
ContentWatcher::~ContentWatcher() = default;

void ContentWatcher::setDebounceInterval(int milliseconds)
{
    m_debounce.setInterval(qMax(0, milliseconds));
}

QStringList ContentWatcher::watchedPaths() const
{
    return m_watcher.directories() + m_watcher.files();
}

void ContentWatcher::start()
{
    if (m_watching)
        return;
    m_watching = true;
    rearm();
    m_pendingSignature = signature();
    reload();
}

QString ContentWatcher::signature() const
{
    QStringList parts;
    const QDir dir(m_directory);
    for (ContentFile file : ContentLoader::files()) {
        const QFileInfo info(dir.filePath(ContentLoader::fileName(file)));
        if (!info.exists()) {
            parts.append(u"-"_s);
            continue;
        }
        parts.append(u"%1:%2:%3"_s.arg(info.size())
                             .arg(info.lastModified().toMSecsSinceEpoch())
                             .arg(info.metadataChangeTime().toMSecsSinceEpoch()));
    }
    return parts.join(u'/');
}

void ContentWatcher::changed()
{
    // A rename over a watched file ends its watch, and a new file needs one.
    rearm();
    m_pendingSignature = signature();
    m_debounce.start();
}

void ContentWatcher::settle()
{
    // Something may still be writing without a notification having come
    // through yet: read only once two looks, one interval apart, agree.
    const QString now = signature();
    if (now != m_pendingSignature) {
        m_pendingSignature = now;
        m_debounce.start();
        return;
    }
    reload();
}

void ContentWatcher::rearm()
{
    if (!m_watching)
        return;
    const QStringList files = m_watcher.files();
    if (!files.isEmpty())
        m_watcher.removePaths(files);
    QStringList paths;
    if (QFileInfo(m_directory).isDir() && !m_watcher.directories().contains(m_directory))
        paths.append(m_directory);
    const QDir dir(m_directory);
    for (ContentFile file : ContentLoader::files()) {
        const QString path = dir.filePath(ContentLoader::fileName(file));
        if (QFileInfo(path).isFile())
            paths.append(path);
    }
    if (!paths.isEmpty()) {
        const QStringList failed = m_watcher.addPaths(paths);
        for (const QString &path : failed)
            qCWarning(lcContent).noquote() << "Cannot watch" << path << "for changes";
    }
}

void ContentWatcher::reload()
{
    m_debounce.stop();
    // A reading still waiting for the worker thread is stale from now on.
    ++m_generation;
    m_reading.reset();
    auto reading = std::make_unique<Reading>();
    reading->before = signature();
    reading->first = m_status.attempts == 0;
    Status &status = reading->status;
    status.attempts = m_status.attempts + 1;
    status.failures = m_status.failures;
    status.lastAttempt = QDateTime::currentDateTimeUtc();
    status.revision = m_status.revision;

    const QDir dir(m_directory);
    // Every file that may have changed is read first, and they are parsed
    // together (ContentLoader::parseAll), but for the large ones of which
    // nothing is shown yet: those on a worker thread. The results are taken
    // in the files' order, so that what is logged and reported keeps that order.
    std::vector<ContentLoader::Parse> parses;
    std::vector<ContentLoader::Parse> background;
    for (ContentFile file : ContentLoader::files()) {
        const QString name = ContentLoader::fileName(file);
        Reading::Planned planned;
        planned.file = file;
        planned.path = dir.filePath(name);
        planned.bundled = QDir(ContentLoader::bundledDirectory()).filePath(name);
        planned.inFolder = !m_directory.isEmpty() && QFileInfo::exists(planned.path);
        if (planned.inFolder) {
            const FileInUse current = m_inUse.value(file);
            planned.bytes = ContentLoader::readFile(planned.path, &planned.readProblems);
            planned.unchanged = planned.bytes && current.path == planned.path &&
                                current.bytes == *planned.bytes;
            if (planned.bytes && !planned.unchanged) {
                planned.deferred = m_backgroundBytes > 0 && current.path.isEmpty() &&
                                   planned.bytes->size() >= m_backgroundBytes;
                std::vector<ContentLoader::Parse> &into = planned.deferred ? background : parses;
                planned.parse = into.size();
                into.push_back({file, *planned.bytes, planned.path, {}, {}, false});
            }
        } else if (m_inUse.value(file).path != planned.bundled) {
            planned.bytes = ContentLoader::readFile(planned.bundled, &planned.readProblems);
            if (planned.bytes) {
                planned.parse = parses.size();
                parses.push_back({file, *planned.bytes, planned.bundled, {}, {}, false});
            }
        }
        reading->plan.push_back(std::move(planned));
    }
    ContentLoader::parseAll(&parses);

    ContentSet next = m_content;
    next.pending.clear();
    QMap<ContentFile, FileInUse> inUse = m_inUse;
    apply(reading.get(), &parses, false, &next, &inUse);
    if (background.empty())
        finish(std::move(reading), std::move(next), std::move(inUse));
    else
        parseInBackground(std::move(reading), std::move(next), std::move(inUse),
                          std::move(background));
}

void ContentWatcher::apply(Reading *reading, std::vector<ContentLoader::Parse> *parses,
                           bool deferred, ContentSet *next,
                           QMap<ContentFile, FileInUse> *inUse) const
{
    for (Reading::Planned &planned : reading->plan) {
        if (planned.deferred != deferred)
            continue;
        const ContentFile file = planned.file;
        const QString &path = planned.path;
        const QString &bundled = planned.bundled;
        const QString name = ContentLoader::fileName(file);
        if (planned.inFolder) {
            if (planned.unchanged)
                continue;
            const FileInUse current = m_inUse.value(file);
            Diagnostics problems = std::move(planned.readProblems);
            if (planned.parse) {
                ContentLoader::Parse &parsed = (*parses)[*planned.parse];
                problems.append(parsed.diagnostics);
                if (parsed.ok) {
                    ContentLoader::take(file, &parsed.content, next);
                    (*inUse)[file] = {path, *planned.bytes};
                    continue;
                }
            }
            for (const Diagnostic &problem : std::as_const(problems))
                qCWarning(lcContent).noquote() << problem.toString();
            planned.reported.append(problems);
            planned.rejected = true;
            if (!current.path.isEmpty() && current.path != bundled) {
                if (current.path == path) {
                    qCWarning(lcContent).noquote()
                            << path << "is not valid; its last good version stays on screen";
                } else {
                    qCWarning(lcContent).noquote()
                            << path << "is not valid; the last good content stays, from"
                            << current.path;
                }
                continue;
            }
            qCWarning(lcContent).noquote()
                    << path << "is not valid; the bundled" << name << "is shown instead";
            // No file in the folder shown: the bundled one, read now (rare).
            if (m_inUse.value(file).path == bundled)
                continue;
            planned.readProblems.clear();
            planned.bytes = ContentLoader::readFile(bundled, &planned.readProblems);
            planned.parse.reset();
            if (planned.bytes) {
                planned.parse = parses->size();
                parses->push_back({file, *planned.bytes, bundled, {}, {}, false});
                ContentLoader::Parse &parsed = parses->back();
                parsed.ok = ContentLoader::parseInto(file, parsed.bytes, parsed.label,
                                                     &parsed.content, &parsed.diagnostics);
            }
        } else if (m_inUse.value(file).path == bundled) {
            continue;
        }
        // No file in the folder (or a bad one that never was good): the bundled one.
        Diagnostics problems = std::move(planned.readProblems);
        bool ok = false;
        if (planned.parse) {
            ContentLoader::Parse &parsed = (*parses)[*planned.parse];
            problems.append(parsed.diagnostics);
            ok = parsed.ok;
            if (ok) {
                ContentLoader::take(file, &parsed.content, next);
                (*inUse)[file] = {bundled, *planned.bytes};
            }
        }
        if (!ok) {
            // Cannot happen with a build that passed its tests; say so loudly if it does.
            for (const Diagnostic &problem : std::as_const(problems))
                qCCritical(lcContent).noquote() << problem.toString();
            planned.reported.append(problems);
        }
    }
}

void ContentWatcher::parseInBackground(std::unique_ptr<Reading> reading, ContentSet next,
                                       QMap<ContentFile, FileInUse> inUse,
                                       std::vector<ContentLoader::Parse> background)
{
    reading->deferred = true;
    QStringList names;
    for (const Reading::Planned &planned : reading->plan) {
        if (planned.deferred) {
            next.pending.append(planned.file);
            names.append(ContentLoader::fileName(planned.file));
        }
    }
    // What is known so far: the other files, with their diagnostics. The
    // status is complete, and counted, once the rest arrives.
    reading->compose();
    const bool first = reading->first;
    m_content = std::move(next);
    m_inUse = std::move(inUse);
    m_status = reading->status;
    m_reading = std::move(reading);
    qCInfo(lcContent).noquote() << u"Content from %1: reading %2 in the background"_s.arg(
            m_directory, names.join(u", "_s));

    // Begun once the event loop turns: by then the app has chosen its
    // language, which the diagnostics are written in, and a reading begun
    // before it (the problems panel reads again at start) has cost nothing.
    const quint64 generation = m_generation;
    QTimer::singleShot(0, this, [this, generation, parses = std::move(background)]() mutable {
        if (generation != m_generation)
            return;
        QtConcurrent::run([files = std::move(parses)]() mutable {
            // One file after the other, on one core: the other one draws.
            for (ContentLoader::Parse &parse : files) {
                parse.ok = ContentLoader::parseInto(parse.file, parse.bytes, parse.label,
                                                    &parse.content, &parse.diagnostics);
            }
            return files;
        }).then(this, [this, generation](std::vector<ContentLoader::Parse> parsed) {
            if (generation != m_generation || !m_reading) {
                qCDebug(lcContent).noquote()
                        << "Dropped a reading of" << m_directory << "that a newer one replaced";
                return;
            }
            arrive(std::move(parsed));
        });
    });
    if (!first)
        Q_EMIT contentChanged(m_content);
    Q_EMIT reloaded(m_status);
}

void ContentWatcher::arrive(std::vector<ContentLoader::Parse> parses)
{
    std::unique_ptr<Reading> reading = std::move(m_reading);
    ContentSet next = m_content;
    next.pending.clear();
    QMap<ContentFile, FileInUse> inUse = m_inUse;
    apply(reading.get(), &parses, true, &next, &inUse);
    finish(std::move(reading), std::move(next), std::move(inUse));
}

void ContentWatcher::finish(std::unique_ptr<Reading> reading, ContentSet next,
                            QMap<ContentFile, FileInUse> inUse)
{
    reading->compose();
    Status status = reading->status;
    if (!status.ok && m_watching && !reading->first && signature() != reading->before) {
        // Read while being written: not a bad file yet. Look again once the
        // writing stops; what was shown stays meanwhile.
        qCInfo(lcContent) << "Content changed while it was read; reading it again once it settles";
        changed();
        return;
    }
    if (!status.ok)
        ++status.failures;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (ContentFile file : ContentLoader::files()) {
        const QByteArray bytes = inUse.value(file).bytes;
        hash.addData(ContentLoader::fileName(file).toUtf8());
        hash.addData(QByteArrayView("\0", 1));
        hash.addData(QByteArray::number(bytes.size()));
        hash.addData(QByteArrayView("\0", 1));
        hash.addData(bytes);
    }
    status.revision = QString::fromLatin1(hash.result().toHex().left(16));
    const bool changedContent = status.revision != m_status.revision;
    m_content = std::move(next);
    m_inUse = std::move(inUse);
    m_status = status;

    if (status.ok) {
        qCInfo(lcContent).noquote() << u"Content from %1 read: revision %2%3"_s.arg(
                m_directory, status.revision, changedContent ? QString() : u" (unchanged)"_s);
    } else {
        qCWarning(lcContent).noquote()
                << u"Content from %1 read with %2 problem(s): revision %3"_s.arg(m_directory)
                           .arg(status.diagnostics.size())
                           .arg(status.revision);
    }
    // The parts read on the worker thread replace the empty ones handed on before.
    if (reading->deferred || (changedContent && !reading->first))
        Q_EMIT contentChanged(m_content);
    Q_EMIT reloaded(m_status);

    // A file that changed while it was read is read again once it settles.
    if (m_watching && signature() != reading->before)
        changed();
}
