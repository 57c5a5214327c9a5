#include "contentwatcher.h"

#include "core/logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

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
    const QString before = signature();
    Status status;
    status.attempts = m_status.attempts + 1;
    status.failures = m_status.failures;
    status.lastAttempt = QDateTime::currentDateTimeUtc();

    ContentSet next = m_content;
    QMap<ContentFile, FileInUse> inUse = m_inUse;
    const QDir dir(m_directory);
    // Every file that may have changed is read first, and they are parsed
    // together (ContentLoader::parseAll); the results are taken in the files'
    // order, so that what is logged and reported keeps that order.
    struct Planned
    {
        ContentFile file = ContentFile::Hardware;
        QString path;
        QString bundled;
        bool inFolder = false;
        bool unchanged = false;
        std::optional<QByteArray> bytes;
        Diagnostics readProblems;
        std::optional<size_t> parse; // index into parses
    };
    std::vector<Planned> plan;
    std::vector<ContentLoader::Parse> parses;
    for (ContentFile file : ContentLoader::files()) {
        const QString name = ContentLoader::fileName(file);
        Planned planned;
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
                planned.parse = parses.size();
                parses.push_back({file, *planned.bytes, planned.path, {}, {}, false});
            }
        } else if (m_inUse.value(file).path != planned.bundled) {
            planned.bytes = ContentLoader::readFile(planned.bundled, &planned.readProblems);
            if (planned.bytes) {
                planned.parse = parses.size();
                parses.push_back({file, *planned.bytes, planned.bundled, {}, {}, false});
            }
        }
        plan.push_back(std::move(planned));
    }
    ContentLoader::parseAll(&parses);

    for (Planned &planned : plan) {
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
                ContentLoader::Parse &parsed = parses[*planned.parse];
                problems.append(parsed.diagnostics);
                if (parsed.ok) {
                    ContentLoader::take(file, &parsed.content, &next);
                    inUse[file] = {path, *planned.bytes};
                    continue;
                }
            }
            for (const Diagnostic &problem : std::as_const(problems))
                qCWarning(lcContent).noquote() << problem.toString();
            status.diagnostics.append(problems);
            status.rejected.append(path);
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
                planned.parse = parses.size();
                parses.push_back({file, *planned.bytes, bundled, {}, {}, false});
                ContentLoader::Parse &parsed = parses.back();
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
            ContentLoader::Parse &parsed = parses[*planned.parse];
            problems.append(parsed.diagnostics);
            ok = parsed.ok;
            if (ok) {
                ContentLoader::take(file, &parsed.content, &next);
                inUse[file] = {bundled, *planned.bytes};
            }
        }
        if (!ok) {
            // Cannot happen with a build that passed its tests; say so loudly if it does.
            for (const Diagnostic &problem : std::as_const(problems))
                qCCritical(lcContent).noquote() << problem.toString();
            status.diagnostics.append(problems);
        }
    }

    status.ok = status.diagnostics.isEmpty();
    if (!status.ok && m_watching && m_status.attempts > 0 && signature() != before) {
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
    const bool first = m_status.attempts == 0;
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
    if (changedContent && !first)
        Q_EMIT contentChanged(m_content);
    Q_EMIT reloaded(m_status);

    // A file that changed while it was read is read again once it settles.
    if (m_watching && signature() != before)
        changed();
}
