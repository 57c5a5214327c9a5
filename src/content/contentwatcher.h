#pragma once

#include "contentloader.h"

#include <QDateTime>
#include <QFileSystemWatcher>
#include <QMap>
#include <QObject>
#include <QTimer>

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

    QString directory() const { return m_directory; }

    void setDebounceInterval(int milliseconds);
    int debounceInterval() const { return m_debounce.interval(); }

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
    // Size and modification time of each file, to tell when writing stopped.
    QString signature() const;
    void changed();
    void settle();
    void rearm();

    QString m_directory;
    QFileSystemWatcher m_watcher;
    QTimer m_debounce;
    QString m_pendingSignature;
    ContentSet m_content;
    QMap<ContentFile, FileInUse> m_inUse;
    Status m_status;
    bool m_watching = false;
};
