#pragma once

#include "export/exportplan.h"
#include "export/exportrequest.h"

#include <QImage>
#include <QObject>
#include <QStringList>

#include <atomic>

class Catalog;

// Runs an export plan: refuses what cannot work before writing anything, then
// renders the views language by language on the GUI thread, encodes PNG and
// JPEG files on all cores, and writes each file atomically (QSaveFile). Each
// view is made from the exporter's own models and drawn inside a RenderScope
// in the language, theme and still motion asked for: the app's language,
// theme and catalogue are never switched, so a window open meanwhile neither
// changes nor is told of anything.
//
// A failure or cancel mid-batch never leaves a partial file: a file is either
// committed whole or not at all. Files committed before the failure stay (each
// is complete and correct) and are listed in Result::written.
class Exporter : public QObject
{
    Q_OBJECT

public:
    // The outcome of a run; the command line exits with this value.
    enum class Status {
        Done = 0,
        InvalidRequest = 2,   // a bad value, or --item that no requested view has
        OutputUnwritable = 3, // the output folder cannot be created or written
        FilesExist = 4,       // targets exist and overwriting was not asked for
        WriteFailed = 5,      // a file could not be drawn, encoded or saved
        Canceled = 6,
    };
    Q_ENUM(Status)

    struct Result
    {
        Status status = Status::Done;
        QString error;        // one line that names the file or folder and the reason
        QStringList written;  // the files committed, in the order of the plan
        QStringList existing; // with FilesExist: the files in the way
        bool isDone() const { return status == Status::Done; }
    };

    explicit Exporter(Catalog *catalog, QObject *parent = nullptr);

    // The refusals that need the content or the disk, without writing anything:
    // --item that no view has, an output folder that cannot be made or written,
    // files in the way.
    Result check(const ExportPlan &plan) const;
    // check(), then renders and saves every file of \a plan. Blocks; signals are
    // emitted on the way, and cancel() may be called from a slot connected to
    // them (the export dialog's progress bar does).
    Result run(const ExportPlan &plan);

    // A picture of \a view as \a request would export it (size, theme, first
    // language, item), fitted into \a bound logical pixels: the export dialog's
    // live preview. Renders directly at the small scale, without a full-size image.
    QImage preview(const QString &view, const ExportRequest &request, QSize bound,
                   double devicePixelRatio = 1.0);

    // The bytes of a PNG or JPEG file of \a image. Safe on any thread; no
    // metadata beyond the resolution, so equal images give equal bytes.
    static QByteArray encodeImage(const QImage &image, ExportRequest::Format format, int quality,
                                  QString *error = nullptr);

    bool isCanceled() const { return m_canceled.load(); }

public Q_SLOTS:
    // Stops the running export before its next file; takes effect at once.
    void cancel();

Q_SIGNALS:
    // A view is about to be laid out and drawn: \a index (from 0) of \a count files.
    void viewStarted(const QString &view, const QString &language, int index, int count);
    // \a path has been committed; \a number of \a count files are done.
    void fileWritten(const QString &path, int number, int count);

private:
    struct Failure;
    Failure execute(const ExportPlan &plan, QStringList *written);
    bool save(const QString &path, const QByteArray &bytes, Failure *failure) const;

    Catalog *m_catalog;
    std::atomic_bool m_canceled{false};
};
