#include "snapshotwriter.h"

#include "core/logging.h"
#include "pathtrust.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace Qt::StringLiterals;

SnapshotWriter::SnapshotWriter(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, [this] {
        const Result result = m_watcher.result();
        if (result.error.isEmpty()) {
            if (result.removed > 0) {
                qCInfo(lcKiosk).noquote() << "Snapshot folder" << m_folder << "kept to" << m_keep
                                          << "files:" << result.removed << "older removed";
            }
            Q_EMIT saved(result.path);
        } else {
            qCWarning(lcKiosk).noquote()
                    << "Cannot save the snapshot" << result.path << ":" << result.error;
            Q_EMIT failed(result.path, result.error);
        }
    });
}

SnapshotWriter::~SnapshotWriter()
{
    waitForFinished();
}

qint64 SnapshotWriter::now() const
{
    if (m_clock)
        return m_clock();
    QElapsedTimer timer;
    timer.start();
    return timer.msecsSinceReference();
}

void SnapshotWriter::waitForFinished()
{
    m_watcher.waitForFinished();
}

QStringList SnapshotWriter::snapshotFiles(const QString &folder)
{
    QDir dir(folder);
    QFileInfoList files =
            dir.entryInfoList({u"spark-showcase-*.png"_s}, QDir::Files | QDir::NoSymLinks);
    std::sort(files.begin(), files.end(), [](const QFileInfo &a, const QFileInfo &b) {
        const QDateTime ta = a.lastModified();
        const QDateTime tb = b.lastModified();
        return ta != tb ? ta > tb : a.fileName() > b.fileName();
    });
    QStringList paths;
    for (const QFileInfo &file : std::as_const(files))
        paths.append(file.absoluteFilePath());
    return paths;
}

bool SnapshotWriter::save(QWidget *window, const QString &fileName, Kind kind, QString *error)
{
    const auto refuse = [error](const QString &reason) {
        if (error)
            *error = reason;
        return false;
    };
    if (m_folder.isEmpty())
        return refuse(u"no snapshot folder"_s);
    if (!window)
        return refuse(u"no window"_s);
    if (isBusy())
        return refuse(u"the previous snapshot is still being written"_s);
    const qint64 time = now();
    if (kind == Kind::Operator) {
        if (m_hadOperator && time - m_lastOperator < m_minimumInterval) {
            return refuse(u"one snapshot every %1 s at most; the last was %2 ms ago"_s
                                  .arg(m_minimumInterval / 1000)
                                  .arg(time - m_lastOperator));
        }
        m_hadOperator = true;
        m_lastOperator = time;
    }
    // Widgets paint on the GUI thread only; encoding and writing go to a worker.
    const QImage image = window->grab().toImage();
    const QString path = QDir(m_folder).filePath(fileName);
    m_watcher.setFuture(QtConcurrent::run(&SnapshotWriter::write, image, path, m_keep));
    return true;
}

SnapshotWriter::Result SnapshotWriter::write(const QImage &image, const QString &path, int keep)
{
    Result result;
    result.path = path;
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG")) {
        result.error = u"the PNG encoder failed"_s;
        return result;
    }
    result.error = PathTrust::writeFile(path, png, 0644);
    if (!result.error.isEmpty())
        return result;
    const QStringList files = snapshotFiles(QFileInfo(path).absolutePath());
    for (qsizetype i = keep; i < files.size(); ++i) {
        if (files.at(i) != QFileInfo(path).absoluteFilePath() && QFile::remove(files.at(i)))
            ++result.removed;
    }
    return result;
}
