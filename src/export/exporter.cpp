#include "exporter.h"

#include "core/logging.h"
#include "export/pngencoder.h"
#include "export/viewrenderer.h"
#include "models/catalog.h"
#include "views/renderscope.h"
#include "views/theme.h"
#include "views/viewregistry.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QFuture>
#include <QImageWriter>
#include <QSaveFile>
#include <QTemporaryFile>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>
#include <deque>

using namespace Qt::StringLiterals;

namespace {

// Citations, or citations and QR codes with --qr: a picture opens no link.
SourceStyle sourceStyle(const ExportRequest &request)
{
    return request.qrCodes ? SourceStyle::QrCode : SourceStyle::Text;
}

struct Encoded
{
    QByteArray bytes;
    QString error;
};

Encoded encode(const QImage &image, ExportRequest::Format format, int quality)
{
    Encoded encoded;
    encoded.bytes = Exporter::encodeImage(image, format, quality, &encoded.error);
    return encoded;
}

// The nearest folder on the way to \a path that exists: where a missing
// output folder would be created.
QFileInfo nearestExisting(const QString &path)
{
    QFileInfo info(QDir::cleanPath(QDir(path).absolutePath()));
    while (!info.exists() && !info.isRoot()) {
        const QString parent = info.absolutePath();
        if (parent == info.absoluteFilePath())
            break;
        info = QFileInfo(parent);
    }
    return info;
}

} // namespace

struct Exporter::Failure
{
    enum class Kind { None, Memory, Draw, Encode, Save, Canceled };
    Kind kind = Kind::None;
    QString file;
    QString reason;
    explicit operator bool() const { return kind != Kind::None; }
};

Exporter::Exporter(Catalog *catalog, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
{}

void Exporter::cancel()
{
    m_canceled = true;
}

Exporter::Result Exporter::check(const ExportPlan &plan) const
{
    Result result;
    const ExportRequest &request = plan.request();
    auto refuse = [&result](Status status, const QString &message) {
        result.status = status;
        result.error = message;
        return result;
    };

    const QString problem = request.validate();
    if (!problem.isEmpty())
        return refuse(Status::InvalidRequest, problem);

    if (!request.item.isEmpty()) {
        const bool found =
                std::any_of(request.views.cbegin(), request.views.cend(), [&](const QString &view) {
                    return ViewRegistry::hasItem(view, *m_catalog, request.item);
                });
        if (!found) {
            //: %1 the item id given, %2 the list of views exported
            return refuse(Status::InvalidRequest,
                          tr("no view of %2 has an item “%1”")
                                  .arg(request.item, request.views.join(u", "_s)));
        }
    }

    const QString folder = request.outputDirectory;
    const QFileInfo folderInfo(folder);
    if (folderInfo.exists()) {
        if (!folderInfo.isDir()) {
            //: %1 the output folder given, which is a file
            return refuse(Status::OutputUnwritable,
                          tr("the output folder “%1” is a file").arg(folder));
        }
        if (!folderInfo.isWritable()) {
            //: %1 the output folder
            return refuse(
                    Status::OutputUnwritable,
                    tr("cannot write into the output folder “%1”: permission denied").arg(folder));
        }
    } else {
        const QFileInfo ancestor = nearestExisting(folder);
        if (!ancestor.isDir() || !ancestor.isWritable()) {
            //: %1 the output folder, %2 the nearest existing folder or file on its path
            return refuse(Status::OutputUnwritable,
                          tr("cannot create the output folder “%1”: “%2” is not a writable "
                             "folder")
                                  .arg(folder, QDir::toNativeSeparators(ancestor.filePath())));
        }
    }

    if (!request.overwrite) {
        const QStringList existing = plan.existingFiles();
        if (!existing.isEmpty()) {
            result.existing = existing;
            //: %1 the first file that exists; %n how many exist in all
            return refuse(Status::FilesExist, tr("files exist already (%n), such as “%1”", nullptr,
                                                 int(existing.size()))
                                                      .arg(existing.constFirst()));
        }
    }
    return result;
}

Exporter::Result Exporter::run(const ExportPlan &plan)
{
    m_canceled = false;
    Result result = check(plan);
    if (!result.isDone())
        return result;

    const QString folder = plan.request().outputDirectory;
    if (!QDir().mkpath(folder)) {
        result.status = Status::OutputUnwritable;
        result.error = tr("cannot create the output folder “%1”").arg(folder);
        return result;
    }
    {
        // Permissions can say yes where the file system says no (read-only
        // mounts, quotas): one real file settles it before any work is done.
        QTemporaryFile probe(QDir(folder).filePath(u".spark-showcase-XXXXXX"_s));
        if (!probe.open()) {
            result.status = Status::OutputUnwritable;
            //: %1 the output folder, %2 the reason from the system
            result.error = tr("cannot write into the output folder “%1”: %2")
                                   .arg(folder, probe.errorString());
            return result;
        }
    }

    const Failure failure = execute(plan, &result.written);
    // Messages are made here, outside any RenderScope: the GUI shows them in
    // its own language, not in the last one exported.
    switch (failure.kind) {
    case Failure::Kind::None:
        qCInfo(lcExport) << "Exported" << result.written.size() << "files to" << folder;
        return result;
    case Failure::Kind::Canceled:
        result.status = Status::Canceled;
        //: %n files were saved before the user canceled
        result.error =
                tr("export canceled; files saved before: %n", nullptr, int(result.written.size()));
        break;
    case Failure::Kind::Memory:
        result.status = Status::WriteFailed;
        //: %1 a file name, %2 its size in pixels such as 3840x2160
        result.error = tr("cannot draw “%1”: not enough memory for %2 pixels")
                               .arg(failure.file, failure.reason);
        break;
    case Failure::Kind::Draw:
        result.status = Status::WriteFailed;
        //: %1 a file name, %2 the reason
        result.error = tr("cannot draw “%1”: %2").arg(failure.file, failure.reason);
        break;
    case Failure::Kind::Encode:
        result.status = Status::WriteFailed;
        //: %1 a file name, %2 the reason from the image writer
        result.error = tr("cannot encode “%1”: %2").arg(failure.file, failure.reason);
        break;
    case Failure::Kind::Save:
        result.status = Status::WriteFailed;
        //: %1 a file name, %2 the reason from the system
        result.error = tr("cannot save “%1”: %2").arg(failure.file, failure.reason);
        break;
    }
    // The caller shows the error (the command line on stderr, the window in a
    // message box); the log only keeps a note of it.
    qCInfo(lcExport).noquote() << "Export stopped:" << result.error;
    return result;
}

Exporter::Failure Exporter::execute(const ExportPlan &plan, QStringList *written)
{
    const ExportRequest &request = plan.request();
    const QList<ExportTarget> &targets = plan.targets();
    const int count = plan.count();
    const bool raster = ExportRequest::isRaster(request.format);
    const QSize pixels = request.pixelSize();

    // Encoding runs on the thread pool while the GUI thread draws the next
    // view. Few images wait at a time, so a batch of large files never holds
    // more than about a gigabyte of pixels.
    const qint64 imageBytes = std::max<qint64>(1, qint64(pixels.width()) * pixels.height() * 4);
    const int threads = std::max(1, QThreadPool::globalInstance()->maxThreadCount());
    const int maxWaiting = int(std::clamp<qint64>((qint64(1) << 30) / imageBytes, 1, threads));

    struct Waiting
    {
        int target;
        QFuture<Encoded> future;
    };
    std::deque<Waiting> waiting;
    Failure failure;
    // The export's own models, made from the same content: the window's
    // catalogue keeps its language, and whatever its views did to it.
    Catalog catalog;
    catalog.setContent(m_catalog->content());

    auto commit = [&](int target, const QByteArray &bytes) {
        const QString &path = targets.at(target).filePath;
        if (!save(path, bytes, &failure))
            return;
        written->append(path);
        Q_EMIT fileWritten(path, int(written->size()), count);
    };
    // Files are saved in the order of the plan, so progress reads in order and
    // a failure leaves a clean prefix of the batch.
    auto finishOldest = [&] {
        Waiting next = std::move(waiting.front());
        waiting.pop_front();
        const Encoded encoded = next.future.result();
        if (failure)
            return;
        if (m_canceled) {
            failure.kind = Failure::Kind::Canceled;
            return;
        }
        if (encoded.bytes.isEmpty()) {
            failure = {Failure::Kind::Encode, targets.at(next.target).filePath, encoded.error};
            return;
        }
        commit(next.target, encoded.bytes);
    };

    for (int i = 0; i < count && !failure; ++i) {
        const ExportTarget &target = targets.at(i);
        // Slots may run the event loop here (the progress dialog does), so
        // this is outside the scope.
        Q_EMIT viewStarted(target.view, target.language, i, count);
        if (m_canceled) {
            failure.kind = Failure::Kind::Canceled;
            break;
        }
        // Each language draws as it would in a process of its own.
        if (i == 0 || target.language != targets.at(i - 1).language)
            Appearance::renewFontEngines();
        if (catalog.language() != target.language)
            catalog.setLanguage(target.language);

        // The view is made and drawn inside the scope, which ends before the
        // file is committed: fileWritten's slots may run the event loop too.
        bool made = false;
        QImage image;
        QByteArray bytes;
        QString error;
        {
            const RenderScope scope(target.language, request.theme);
            ViewRenderer renderer(target.view, &catalog, request.size, sourceStyle(request));
            made = renderer.isValid();
            if (made && !request.item.isEmpty() &&
                ViewRegistry::hasItem(target.view, catalog, request.item)) {
                renderer.selectItem(request.item);
            }
            if (made && raster) {
                image = renderer.renderImage(request.scale);
            } else if (made) {
                const QString title =
                        u"%1 · Spark Showcase"_s.arg(ViewRegistry::title(target.view));
                bytes = request.format == ExportRequest::Format::Pdf
                                ? renderer.renderPdf(title, &error)
                                : renderer.renderSvg(title, &error);
            }
        }
        if (!made) {
            failure = {Failure::Kind::Draw, target.filePath, tr("there is no such view")};
            break;
        }

        if (raster) {
            if (image.isNull()) {
                failure = {Failure::Kind::Memory, target.filePath,
                           u"%1x%2"_s.arg(pixels.width()).arg(pixels.height())};
                break;
            }
            while (int(waiting.size()) >= maxWaiting && !failure)
                finishOldest();
            if (failure)
                break;
            waiting.push_back({i, QtConcurrent::run(encode, std::move(image), request.format,
                                                    request.quality)});
        } else {
            if (bytes.isEmpty()) {
                failure = {Failure::Kind::Draw, target.filePath, error};
                break;
            }
            if (m_canceled) {
                failure.kind = Failure::Kind::Canceled;
                break;
            }
            commit(i, bytes);
        }
    }
    // Encodes already started finish, but after a failure or cancel their
    // bytes are dropped rather than saved.
    while (!waiting.empty())
        finishOldest();
    return failure;
}

bool Exporter::save(const QString &path, const QByteArray &bytes, Failure *failure) const
{
    // QSaveFile writes beside the target and renames on commit: readers never
    // see half a file, and an error leaves whatever was there before.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *failure = {Failure::Kind::Save, path, file.errorString()};
        return false;
    }
    if (file.write(bytes) != bytes.size()) {
        *failure = {Failure::Kind::Save, path, file.errorString()};
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *failure = {Failure::Kind::Save, path, file.errorString()};
        return false;
    }
    qCDebug(lcExport) << "Saved" << path << bytes.size() << "bytes";
    return true;
}

QImage Exporter::preview(const QString &view, const ExportRequest &request, QSize bound,
                         double devicePixelRatio)
{
    if (request.size.isEmpty() || bound.isEmpty())
        return {};
    const QString language =
            request.languages.isEmpty() ? m_catalog->language() : request.languages.constFirst();
    Catalog catalog;
    catalog.setContent(m_catalog->content());
    catalog.setLanguage(language);
    const RenderScope scope(language, request.theme);
    ViewRenderer renderer(view, &catalog, request.size, sourceStyle(request));
    if (!renderer.isValid())
        return {};
    if (!request.item.isEmpty())
        renderer.selectItem(request.item);
    // Drawn at twice the thumbnail's scale, then smoothly halved: text stays
    // legible and the full-size picture is never made.
    const double fit = std::min(double(bound.width()) / request.size.width(),
                                double(bound.height()) / request.size.height());
    const double scale = std::max(0.01, fit * devicePixelRatio);
    QImage image = renderer.renderImage(scale * 2);
    const QSize target(std::max(1, int(std::lround(request.size.width() * scale))),
                       std::max(1, int(std::lround(request.size.height() * scale))));
    image = image.scaled(target, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    image.setDevicePixelRatio(devicePixelRatio);
    return image;
}

QByteArray Exporter::encodeImage(const QImage &image, ExportRequest::Format format, int quality,
                                 QString *error)
{
    // The same bytes as Qt's writer below, in less time; should zlib fail
    // (out of memory), Qt's writer tries and gives the reason.
    if (format == ExportRequest::Format::Png && PngEncoder::canEncode(image)) {
        QByteArray bytes = PngEncoder::encode(image);
        if (!bytes.isEmpty())
            return bytes;
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format == ExportRequest::Format::Jpeg ? "jpeg" : "png");
    if (format == ExportRequest::Format::Jpeg) {
        writer.setQuality(quality);
        writer.setOptimizedWrite(true);
    }
    if (!writer.write(image)) {
        if (error)
            *error = writer.errorString();
        return {};
    }
    return bytes;
}
