#include "contentloader.h"

#include "contentparser.h"
#include "core/enumnames.h"
#include "core/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentMap>

#include <dirent.h>

#include <cerrno>

using namespace Qt::StringLiterals;

namespace {

// The content files, in the order they are read.
constexpr EnumNames<ContentFile, 4> ContentFileNames{{{
        {ContentFile::Hardware, u"hardware.json"},
        {ContentFile::Timeline, u"timeline.json"},
        {ContentFile::Partners, u"partners.json"},
        {ContentFile::Reviews, u"reviews.json"},
}}};
static_assert(ContentFileNames.isComplete(ContentFile::Reviews));

} // namespace

QList<ContentFile> ContentLoader::files()
{
    return ContentFileNames.values();
}

QString ContentLoader::fileName(ContentFile file)
{
    return ContentFileNames.name(file);
}

QString ContentLoader::bundledDirectory()
{
    return u":/data"_s;
}

std::optional<QByteArray> ContentLoader::readFile(const QString &path, Diagnostics *diagnostics)
{
    const QFileInfo info(path);
    auto fail = [&](const QString &message) {
        diagnostics->append({path, QString(), message});
        return std::nullopt;
    };
    if (!info.exists())
        return fail(tr("the file does not exist"));
    if (info.isDir())
        return fail(tr("is a folder, not a file"));
    // Devices, pipes and sockets (a link to /dev/zero, say) could be read forever.
    if (!info.isFile())
        return fail(tr("is not a regular file"));
    if (info.size() > MaxFileBytes) {
        return fail(tr("the file is %1 bytes; the limit is %2 bytes")
                            .arg(info.size())
                            .arg(MaxFileBytes));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("cannot be read: %1").arg(file.errorString()));
    // Read one byte past the limit so that a file that grew since the check is caught.
    QByteArray bytes = file.read(MaxFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return fail(tr("cannot be read: %1").arg(file.errorString()));
    if (bytes.size() > MaxFileBytes) {
        return fail(tr("the file is over the limit of %1 bytes").arg(MaxFileBytes));
    }
    return bytes;
}

bool ContentLoader::parseInto(ContentFile file, const QByteArray &bytes, const QString &label,
                              ContentSet *set, Diagnostics *diagnostics)
{
    ContentParser parser(label);
    bool ok = false;
    switch (file) {
    case ContentFile::Hardware:
        if (auto content = parser.parseHardware(bytes)) {
            set->hardware = std::move(*content);
            ok = true;
        }
        break;
    case ContentFile::Timeline:
        if (auto content = parser.parseTimeline(bytes)) {
            set->timeline = std::move(*content);
            ok = true;
        }
        break;
    case ContentFile::Partners:
        if (auto content = parser.parsePartners(bytes)) {
            set->partners = std::move(*content);
            ok = true;
        }
        break;
    case ContentFile::Reviews:
        if (auto content = parser.parseReviews(bytes)) {
            set->reviews = std::move(*content);
            ok = true;
        }
        break;
    }
    diagnostics->append(parser.diagnostics());
    return ok;
}

void ContentLoader::parseAll(std::vector<Parse> *parses)
{
    const auto parse = [](Parse &p) {
        p.ok = parseInto(p.file, p.bytes, p.label, &p.content, &p.diagnostics);
    };
    qsizetype bytes = 0;
    for (const Parse &p : *parses)
        bytes += p.bytes.size();
    if (parses->size() < 2 || bytes < ConcurrentParseBytes) {
        std::for_each(parses->begin(), parses->end(), parse);
        return;
    }
    // The largest first, so that no core is left with the big one at the end.
    std::vector<Parse *> order;
    for (Parse &p : *parses)
        order.push_back(&p);
    std::stable_sort(order.begin(), order.end(), [](const Parse *a, const Parse *b) {
        return a->bytes.size() > b->bytes.size();
    });
    QtConcurrent::blockingMap(order, [&parse](Parse *p) { parse(*p); });
}

void ContentLoader::take(ContentFile file, ContentSet *from, ContentSet *to)
{
    switch (file) {
    case ContentFile::Hardware:
        to->hardware = std::move(from->hardware);
        break;
    case ContentFile::Timeline:
        to->timeline = std::move(from->timeline);
        break;
    case ContentFile::Partners:
        to->partners = std::move(from->partners);
        break;
    case ContentFile::Reviews:
        to->reviews = std::move(from->reviews);
        break;
    }
}

ContentLoader::Result ContentLoader::load(const QString &overrideDirectory)
{
    Result result;
    const QDir overrides(overrideDirectory);
    // Every file to be parsed (the override where there is one, else the
    // bundled file) is read first, and they are parsed together; the results
    // are taken in the files' order, so that what is logged and reported
    // keeps that order.
    struct Planned
    {
        ContentFile file = ContentFile::Hardware;
        QString path;
        bool isOverride = false;
        Diagnostics readProblems;
        std::optional<size_t> parse; // index into parses, when read
    };
    std::vector<Planned> plan;
    std::vector<Parse> parses;
    for (ContentFile file : files()) {
        const QString name = fileName(file);
        Planned planned;
        planned.file = file;
        planned.path = QDir(bundledDirectory()).filePath(name);
        if (!overrideDirectory.isEmpty() && overrides.exists(name)) {
            planned.path = overrides.filePath(name);
            planned.isOverride = true;
        }
        if (std::optional<QByteArray> bytes = readFile(planned.path, &planned.readProblems)) {
            planned.parse = parses.size();
            parses.push_back({file, std::move(*bytes), planned.path, {}, {}, false});
        }
        plan.push_back(std::move(planned));
    }
    parseAll(&parses);

    for (Planned &planned : plan) {
        const ContentFile file = planned.file;
        const QString name = fileName(file);
        Diagnostics problems = std::move(planned.readProblems);
        bool ok = false;
        if (planned.parse) {
            Parse &parsed = parses[*planned.parse];
            problems.append(parsed.diagnostics);
            ok = parsed.ok;
            if (ok)
                take(file, &parsed.content, &result.content);
        }
        if (planned.isOverride) {
            if (ok) {
                result.overridden.append(planned.path);
                qCInfo(lcContent) << "Using" << planned.path;
                continue;
            }
            for (const Diagnostic &problem : std::as_const(problems))
                qCWarning(lcContent).noquote() << problem.toString();
            qCWarning(lcContent).noquote()
                    << planned.path << "is not valid; the bundled" << name << "is shown instead";
            result.diagnostics.append(problems);
            result.rejected.append(planned.path);
            // The bundled file in its place: rare, and parsed on its own.
            const QString bundled = QDir(bundledDirectory()).filePath(name);
            problems.clear();
            const std::optional<QByteArray> bytes = readFile(bundled, &problems);
            ok = bytes && parseInto(file, *bytes, bundled, &result.content, &problems);
        }
        if (!ok) {
            // Cannot happen with a build that passed its tests; say so loudly if it does.
            for (const Diagnostic &problem : std::as_const(problems))
                qCCritical(lcContent).noquote() << problem.toString();
        }
        result.diagnostics.append(problems);
    }
    return result;
}

Diagnostics ContentLoader::checkFolder(const QString &directory)
{
    const QFileInfo info(directory);
    if (!info.isDir()) {
        return {{directory, QString(),
                 info.exists() ? tr("is not a folder") : tr("the folder does not exist")}};
    }
    // Listing the folder is what reading it takes; its error says why it cannot.
    errno = 0;
    if (DIR *handle = ::opendir(QFile::encodeName(directory).constData())) {
        ::closedir(handle);
    } else {
        return {{directory, QString(), tr("cannot be read: %1").arg(qt_error_string(errno))}};
    }
    const QDir dir(directory);
    for (ContentFile file : files()) {
        if (dir.exists(fileName(file)))
            return {};
    }
    //: %1 lists the content file names
    return {{directory, QString(),
             tr("holds none of the content files (%1)")
                     .arg(QStringList{
                             fileName(ContentFile::Hardware), fileName(ContentFile::Timeline),
                             fileName(ContentFile::Partners), fileName(ContentFile::Reviews)}
                                  .join(u", "_s))}};
}

ContentLoader::CheckResult ContentLoader::check(const QString &directory)
{
    CheckResult result;
    result.diagnostics = checkFolder(directory);
    if (!result.diagnostics.isEmpty())
        return result;
    const QDir dir(directory);
    for (ContentFile file : files()) {
        const QString name = fileName(file);
        if (!dir.exists(name))
            continue;
        const QString path = dir.filePath(name);
        result.checked.append(path);
        ContentSet scratch;
        if (const std::optional<QByteArray> bytes = readFile(path, &result.diagnostics))
            parseInto(file, *bytes, path, &scratch, &result.diagnostics);
    }
    return result;
}
