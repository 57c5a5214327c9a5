#pragma once

#include "content/contentloader.h"

#include <QObject>

#include <functional>
#include <memory>

class ContentWatcher;
class QSettings;

// Where the window's content comes from: the bundled files, or a folder that
// replaces them file by file, the way --content does, and that stays watched
// so that a file saved in an editor shows at once.
//
// A folder chosen in the window is remembered in the app's settings; one given
// on the command line wins for that run and is not remembered. A remembered
// folder that no longer exists falls back to the bundled content, with a
// notice. The kiosk uses it without settings: only the command line counts.
//
// problems() lists what is wrong with the folder in use, one diagnostic per
// problem: the folder itself (missing, unreadable, holding no content file)
// and each bad file. A bad file keeps its last good version on screen, or the
// bundled one if it never was good (see ContentWatcher).
class ContentSource : public QObject
{
    Q_OBJECT

public:
    // The settings key of the remembered folder; absent for the bundled content.
    static constexpr QLatin1String SettingsKey{"contentFolder"};
    // A file of the folder this large or larger is parsed on a worker thread
    // while the window shows its first frame (ContentWatcher): its part of the
    // content is pending until it arrives. The bundled files are far smaller.
    static constexpr qint64 BackgroundParseBytes = 256 * 1024;

    // \a settings, when given, remembers the folder chosen; it must outlive this object.
    explicit ContentSource(QSettings *settings = nullptr, QObject *parent = nullptr);
    ~ContentSource() override;

    // Reads the first content: \a commandLineFolder when given (not
    // remembered), else the remembered folder, else the bundled files.
    // Emits nothing: the caller shows content().
    void start(const QString &commandLineFolder = QString());

    // Uses \a folder from now on, and remembers it. Emits contentChanged().
    void openFolder(const QString &folder);
    // Uses the bundled content from now on, and remembers that.
    void useBundled();
    // Reads the folder in use again now.
    void reload();

    // The folder in use, absolute; empty for the bundled content.
    QString folder() const { return m_folder; }
    bool isBundled() const { return m_folder.isEmpty(); }
    const ContentSet &content() const { return m_content; }
    // Whether large files are still being read: content().pending lists
    // their parts, and contentChanged() brings them, statusChanged() their problems.
    // Asks the watcher, which knows it before content() has caught up: the
    // first statusChanged() of a folder comes while it opens.
    bool isLoading() const;
    // Runs \a action once every file has been read: now, or when the last
    // large file read after the first frame has arrived. Nothing runs once
    // \a context is gone.
    void whenComplete(QObject *context, std::function<void()> action);
    const Diagnostics &problems() const { return m_problems; }
    // The content files of the folder that have problems, by path, each with
    // whether its last good version from the folder stays on screen (true)
    // or the bundled file is shown in its place (false).
    QList<std::pair<QString, bool>> rejectedFiles() const;
    // Whether the folder itself cannot serve (missing, unreadable, empty):
    // everything shown is bundled.
    bool folderUnusable() const { return m_folderUnusable; }
    // The watcher of the folder in use; null for the bundled content.
    ContentWatcher *watcher() const { return m_watcher.get(); }

    // Notices meant for the status bar, such as a remembered folder that is gone.
    QString startNotice() const { return m_startNotice; }

Q_SIGNALS:
    // The content shown should change to \a content.
    void contentChanged(const ContentSet &content);
    // The folder in use, or its problems, may have changed: after every
    // reading, changed or not.
    void statusChanged();

private:
    void use(const QString &folder);
    void update();
    void remember();

    QSettings *m_settings;
    QString m_folder;
    std::unique_ptr<ContentWatcher> m_watcher;
    ContentSet m_content;
    Diagnostics m_problems;
    bool m_folderUnusable = false;
    QString m_startNotice;
};
