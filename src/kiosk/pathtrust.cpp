#include "pathtrust.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

QString octal(mode_t mode)
{
    return u"0"_s + QString::number(mode & 07777, 8);
}

} // namespace

QString PathTrust::checkOne(const QString &path, bool folder)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0) {
        //: Kiosk file check; %1 a path, %2 the reason the system gives
        return tr("cannot check %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
    }
    if (folder && !S_ISDIR(info.st_mode)) {
        //: Kiosk file check; %1 a path
        return tr("%1 is not a folder").arg(path);
    }
    if (!folder && S_ISDIR(info.st_mode)) {
        //: Kiosk file check; %1 a path
        return tr("%1 is a folder, not a file").arg(path);
    }
    const uid_t self = ::geteuid();
    if (info.st_uid != 0 && info.st_uid != self) {
        //: Kiosk file check; %1 a path, %2 and %3 user ids
        return tr("%1 belongs to user %2, neither root nor the kiosk's user %3")
                .arg(path)
                .arg(info.st_uid)
                .arg(self);
    }
    if (info.st_mode & (S_IWGRP | S_IWOTH)) {
        //: Kiosk file check; %1 a path, %2 its permissions in octal such as 0666
        return tr("%1 can be written by others than its owner and root (mode %2)")
                .arg(path, octal(info.st_mode));
    }
    return QString();
}

QString PathTrust::checkFolder(const QString &folder)
{
    return checkOne(QDir::cleanPath(QFileInfo(folder).absoluteFilePath()), true);
}

QString PathTrust::checkFile(const QString &path)
{
    const QFileInfo info(path);
    QString problem = checkOne(info.absoluteFilePath(), false);
    if (problem.isEmpty())
        problem = checkFolder(info.absolutePath());
    if (problem.isEmpty() && info.isSymLink()) {
        const QFileInfo target(info.canonicalFilePath());
        problem = checkFolder(target.absolutePath());
    }
    return problem;
}

QString PathTrust::checkForWriting(const QString &path)
{
    const QFileInfo info(path);
    QString problem = checkFolder(info.absolutePath());
    if (problem.isEmpty() && (info.exists() || info.isSymLink()))
        problem = checkFile(path);
    return problem;
}

QString PathTrust::makeFolder(const QString &folder)
{
    const QString clean = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    QStringList missing;
    QString at = clean;
    while (!QFileInfo(at).exists() && !QFileInfo(at).isSymLink()) {
        missing.prepend(at);
        const QString parent = QFileInfo(at).absolutePath();
        if (parent == at)
            break;
        at = parent;
    }
    for (const QString &level : std::as_const(missing)) {
        if (::mkdir(QFile::encodeName(level).constData(), 0755) != 0 && errno != EEXIST) {
            //: Kiosk file check; %1 a folder, %2 the reason the system gives
            return tr("cannot make the folder %1: %2")
                    .arg(level, QString::fromLocal8Bit(std::strerror(errno)));
        }
        // mkdir() applies the umask; the folder gets exactly 0755.
        ::chmod(QFile::encodeName(level).constData(), 0755);
    }
    return checkFolder(clean);
}

QString PathTrust::writeFile(const QString &path, const QByteArray &data, int mode)
{
    QString problem = makeFolder(QFileInfo(path).absolutePath());
    if (problem.isEmpty())
        problem = checkForWriting(path);
    if (!problem.isEmpty())
        return problem;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        //: Kiosk file check; %1 a path, %2 the reason the system gives
        return tr("cannot write %1: %2").arg(path, file.errorString());
    }
    if (file.write(data) != data.size()) {
        file.cancelWriting();
        return tr("cannot write %1: %2").arg(path, file.errorString());
    }
    // The mode of the file as given, whatever the umask or the file replaced.
    ::fchmod(file.handle(), mode_t(mode));
    if (!file.commit())
        return tr("cannot write %1: %2").arg(path, file.errorString());
    return QString();
}
