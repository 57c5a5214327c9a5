#pragma once

#include "contentloader.h"

#include <QDateTime>
#include <QFileSystemWatcher>
#include <QMap>
#include <QObject>
#include <QTimer>

#include <memory>
#include <vector>

// Keeps the content of a folder live: watches the folder and the four content
// files in it, waits until they have stopped changing, validates them and
// hands on the new content, so that a show can take a new partner or a new
// quote without a restart.
//
// Every way a file may arrive is seen: written in place, written to a
// temporary file and renamed over the old one (rsync, Syncthing, editors), or
// deleted. The watches are set again after each change, since a rename
// replaces the file that was watched.
//
// File by file, what is shown is the last good content: a file that is bad
// or half written keeps what was shown before (the bundled file, if it never
// was good), and its diagnostics are logged as `file: /pointer: message`. A
// file deleted from the folder falls back to the bundled one.
//
// The window and the kiosk both use it: contentChanged() carries the new
// content to the models; reload() reads the folder at once (SIGHUP, a menu).
//
// With setBackgroundParseBytes(), a large file whose part of the content is
// not shown yet (every file, at start) is parsed on a worker thread: the
// reading hands on the other parts at once, with that part empty and listed in
// ContentSet::pending, and completes when the parse arrives, with
// contentChanged() and reloaded() as for a changed file. Its diagnostics, log
// lines and fallback to the bundled file are those of a reading done at once,
// only later. A reading begun since (reload(), a change on disk) makes the
// parse stale: its result is dropped.
class ContentWatcher : public QObject
{
    Q_OBJECT

public:
    // How long the files must stay unchanged before they are read.
    static constexpr int DefaultDebounceInterval = 1000;

    // What the last attempt to read the folder gave.
    struct Status
    {
        // A hash over the four files in use, bundled or not: the same
        // content gives the same revision on every machine.
        QString revision;
        QDateTime lastAttempt; // UTC; null before the first attempt
        bool ok = true;        // every file in the folder was valid
        Diagnostics diagnostics;
        QStringList rejected; // files of the folder that were bad, by path
        int attempts = 0;
        int failures = 0;
    };

    explicit ContentWatcher(const QString &directory, QObject *parent = nullptr);
    ~ContentWatcher() override;

    QString directory() const { return m_directory; }

    void setDebounceInterval(int milliseconds);
    int debounceInterval() const { return m_debounce.interval(); }

    // Files of at least \a bytes are parsed on a worker thread while nothing
    // of their part is shown yet; 0 (the default) parses every file at once.
    void setBackgroundParseBytes(qint64 bytes) { m_backgroundBytes = qMax<qint64>(0, bytes); }
    qint64 backgroundParseBytes() const { return m_backgroundBytes; }
    // Whether a reading waits for files parsed on a worker thread:
    // content().pending lists their parts.
    bool isReading() const { return m_reading != nullptr; }

    // Reads the folder once and starts watching it. Emits nothing: the
    // caller takes content() for its first screen.
    void start();
    bool isWatching() const { return m_watching; }

    const ContentSet &content() const { return m_content; }
    const Status &status() const { return m_status; }
    // The file each part of the content comes from now: a path in the
    // folder or in the bundled resources.
    QString fileInUse(ContentFile file) const { return m_inUse.value(file).path; }
    // The files watched, for tests.
    QStringList watchedPaths() const;

public Q_SLOTS:
    // Reads the folder now, whatever the watches said.
    void reload();

Q_SIGNALS:
    // The content changed: a new revision passed validation (or a file fell
    // back to its bundled one). Not emitted when nothing changed.
    void contentChanged(const ContentSet &content);
    // Each attempt, changed or not, good or bad.
    void reloaded(const ContentWatcher::Status &status);

private:
    struct FileInUse
    {
        QString path;
        QByteArray bytes;
    };
    // One reading of the folder, kept while some of its files are parsed on
    // a worker thread (contentwatcher.cpp).
    struct Reading;
    // Size and modification time of each file, to tell when writing stopped.
    QString signature() const;
    void changed();
    void settle();
    void rearm();
    // Takes the parsed files of \a reading (those parsed on the worker thread
    // when \a deferred) from \a parses into \a next, with their diagnostics
    // and fallbacks.
    void apply(Reading *reading, std::vector<ContentLoader::Parse> *parses, bool deferred,
               ContentSet *next, QMap<ContentFile, FileInUse> *inUse) const;
    // Hands on what a reading gave, while \a background is parsed on a worker thread.
    void parseInBackground(std::unique_ptr<Reading> reading, ContentSet next,
                           QMap<ContentFile, FileInUse> inUse,
                           std::vector<ContentLoader::Parse> background);
    void arrive(std::vector<ContentLoader::Parse> parses);
    // Ends a reading: status, revision, log, signals.
    void finish(std::unique_ptr<Reading> reading, ContentSet next,
                QMap<ContentFile, FileInUse> inUse);

    QString m_directory;
    QFileSystemWatcher m_watcher;
    QTimer m_debounce;
    QString m_pendingSignature;
    ContentSet m_content;
    QMap<ContentFile, FileInUse> m_inUse;
    Status m_status;
    bool m_watching = false;
    qint64 m_backgroundBytes = 0;
    std::unique_ptr<Reading> m_reading; // waiting for the worker thread
    quint64 m_generation = 0;           // counts the readings; a parse of an older one is stale
};
