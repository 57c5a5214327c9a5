#pragma once

#include <QFutureWatcher>
#include <QImage>
#include <QObject>
#include <QString>

#include <functional>

class QWidget;

// Saves pictures of the kiosk window into the snapshot folder without
// stalling the screen or filling the disk: the window is grabbed on the GUI
// thread (widgets paint nowhere else), then a worker thread encodes the PNG,
// writes it atomically and deletes the oldest snapshots beyond keep(). One
// snapshot is written at a time; operator snapshots (the key chord) come at
// most once per minimumInterval().
class SnapshotWriter : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultKeep = 20;
    static constexpr int DefaultMinimumInterval = 10000; // ms between two operator snapshots

    // A monotonic clock in milliseconds, for tests.
    using Clock = std::function<qint64()>;

    explicit SnapshotWriter(QObject *parent = nullptr);
    ~SnapshotWriter() override;

    void setFolder(const QString &folder) { m_folder = folder; }
    QString folder() const { return m_folder; }
    // How many snapshot files (spark-showcase-*.png) the folder keeps, newest first.
    void setKeep(int keep) { m_keep = qMax(1, keep); }
    int keep() const { return m_keep; }
    void setMinimumInterval(int milliseconds) { m_minimumInterval = milliseconds; }
    int minimumInterval() const { return m_minimumInterval; }
    void setClock(Clock clock) { m_clock = std::move(clock); }

    enum class Kind { Periodic, Operator };
    // Grabs \a window now and writes it in the background to \a fileName in
    // the folder. False, with \a error, when refused: no folder, a snapshot
    // still being written, or an operator snapshot too soon after the last.
    bool save(QWidget *window, const QString &fileName, Kind kind, QString *error = nullptr);
    bool isBusy() const { return m_watcher.isRunning(); }
    // Blocks until the snapshot being written is done (tests, exit).
    void waitForFinished();

    // The files the folder holds that count against keep(), newest first.
    static QStringList snapshotFiles(const QString &folder);

Q_SIGNALS:
    void saved(const QString &path);
    void failed(const QString &path, const QString &error);

private:
    struct Result
    {
        QString path;
        QString error;
        int removed = 0;
    };
    static Result write(const QImage &image, const QString &path, int keep);
    qint64 now() const;

    QString m_folder;
    int m_keep = DefaultKeep;
    int m_minimumInterval = DefaultMinimumInterval;
    Clock m_clock;
    qint64 m_lastOperator = 0;
    bool m_hadOperator = false;
    QFutureWatcher<Result> m_watcher;
};
