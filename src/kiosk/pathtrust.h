#pragma once

#include <QCoreApplication>
#include <QString>

// Whether a file the kiosk trusts, or writes, is out of other local users'
// reach, the way ssh's StrictModes treats authorized_keys: the file and the
// folder that holds it belong to root or to the user the kiosk runs as, and
// neither can be written by their group or by anyone else. A folder that
// others may write lets them replace the file, whatever the file's own mode.
//
// Every function returns an empty string when the path passes, else one
// sentence that names the file or folder and what is wrong with it.
class PathTrust
{
    Q_DECLARE_TR_FUNCTIONS(PathTrust)

public:
    // A file to read and trust (the kiosk settings): it and its folder. A
    // symbolic link is followed, and the folders of the link and of the file
    // it points to are both checked.
    static QString checkFile(const QString &path);
    // A file about to be written (heartbeat, snapshot, lockout state): its
    // folder must exist and pass, and the file too when it exists.
    static QString checkForWriting(const QString &path);
    // One folder on its own.
    static QString checkFolder(const QString &folder);

    // Makes \a folder and any missing parents with mode 0755 (whatever the
    // umask), then checks it as checkFolder() does.
    static QString makeFolder(const QString &folder);

    // Writes \a data to \a path atomically (a temporary file renamed over it)
    // with the permissions \a mode, after making and checking its folder and
    // checking the file as checkForWriting() does.
    static QString writeFile(const QString &path, const QByteArray &data, int mode = 0644);

private:
    static QString checkOne(const QString &path, bool folder);
};
