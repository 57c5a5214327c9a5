#pragma once

// Reads QR codes back with zbarimg (Debian zbar-tools): a real decoder that
// nobody here wrote, the way a visitor's phone reads a kiosk screen.

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>

namespace QrDecoder {

inline QString program()
{
    return QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
}

// The texts of every QR code zbarimg finds in the image file \a path, one
// per code; \a error says why there are none when zbarimg could not run.
inline QStringList decodeFile(const QString &path, QString *error = nullptr)
{
    QProcess zbar;
    zbar.start(program(),
               {QStringLiteral("--raw"), QStringLiteral("--quiet"), QStringLiteral("--nodbus"),
                QStringLiteral("-Sdisable"), QStringLiteral("-Sqrcode.enable"), path});
    if (!zbar.waitForFinished(60000)) {
        if (error)
            *error = QStringLiteral("zbarimg did not finish: ") + zbar.errorString();
        return {};
    }
    // Exit status 4 means "no symbol found"; anything else but 0 is a failure.
    if (zbar.exitStatus() != QProcess::NormalExit ||
        (zbar.exitCode() != 0 && zbar.exitCode() != 4)) {
        if (error)
            *error = QStringLiteral("zbarimg failed: ") +
                     QString::fromUtf8(zbar.readAllStandardError());
        return {};
    }
    QStringList texts = QString::fromUtf8(zbar.readAllStandardOutput()).split(QLatin1Char('\n'));
    texts.removeAll(QString());
    return texts;
}

inline QStringList decode(const QImage &image, QString *error = nullptr)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("code.png"));
    if (!image.save(path)) {
        if (error)
            *error = QStringLiteral("cannot save ") + path;
        return {};
    }
    return decodeFile(path, error);
}

} // namespace QrDecoder
