#include "exportrequest.h"

#include "core/enumnames.h"

#include "views/language.h"
#include "views/viewregistry.h"

#include <QImageWriter>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

// The formats by the names of their file extensions.
constexpr EnumNames<ExportRequest::Format, 4> FormatNames{{{
        {ExportRequest::Format::Png, u"png"},
        {ExportRequest::Format::Jpeg, u"jpg"},
        {ExportRequest::Format::Pdf, u"pdf"},
        {ExportRequest::Format::Svg, u"svg"},
}}};
static_assert(FormatNames.isComplete(ExportRequest::Format::Svg));

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

// "a,b, c" -> {"a", "b", "c"}; "all" -> every name; refuses empty and unknown
// entries, drops duplicates, keeps the order given.
std::optional<QStringList> parseList(const QString &text, const QStringList &known,
                                     const std::function<QString(const QString &)> &unknown,
                                     const QString &empty, QString *error)
{
    if (text.trimmed() == u"all")
        return known;
    QStringList result;
    const QStringList entries = text.split(u',');
    for (const QString &entry : entries) {
        const QString name = entry.trimmed();
        if (name.isEmpty()) {
            setError(error, empty);
            return std::nullopt;
        }
        if (!known.contains(name)) {
            setError(error, unknown(name));
            return std::nullopt;
        }
        if (!result.contains(name))
            result.append(name);
    }
    return result;
}

} // namespace

QSize ExportRequest::pixelSize() const
{
    const double effective = isRaster(format) ? scale : 1.0;
    return QSize(int(std::lround(size.width() * effective)),
                 int(std::lround(size.height() * effective)));
}

QString ExportRequest::validate() const
{
    if (views.isEmpty())
        return tr("no view to export");
    for (const QString &view : views) {
        if (!ViewRegistry::contains(view)) {
            //: %1 the view name given, %2 the list of view names
            return tr("unknown view “%1”; expected all or one of: %2")
                    .arg(view, ViewRegistry::names().join(u", "_s));
        }
    }
    if (languages.isEmpty())
        return tr("no language to export");
    for (const QString &language : languages) {
        if (!Language::isAvailable(language)) {
            //: %1 the language code given, %2 the list of language codes
            return tr("unknown language “%1”; expected all or one of: %2")
                    .arg(language, Language::available().join(u", "_s));
        }
    }
    const QString sizeText = u"%1x%2"_s.arg(size.width()).arg(size.height());
    QString error;
    if (!parseSize(sizeText, &error))
        return error;
    if (!(scale >= MinScale && scale <= MaxScale)) {
        //: %1 the scale given, %2 and %3 the smallest and largest scale
        return tr("the scale %1 is outside %2 to %3")
                .arg(QLocale::c().toString(scale), QLocale::c().toString(MinScale),
                     QLocale::c().toString(MaxScale));
    }
    const QSize pixels = pixelSize();
    const qint64 count = qint64(pixels.width()) * pixels.height();
    if (count > MaxPixels) {
        //: %1 the size in pixels such as 20000x10000, %2 its megapixels, %3 the limit
        return tr("%1 pixels is %2 megapixels; the most an export may have is %3")
                .arg(u"%1x%2"_s.arg(pixels.width()).arg(pixels.height()))
                .arg(count / 1'000'000)
                .arg(MaxPixels / 1'000'000);
    }
    if (quality < 0 || quality > 100)
        return tr("the quality %1 is outside 0 to 100").arg(quality);
    if (!formatNames().contains(formatName(format))) {
        //: %1 a file format such as jpg
        return tr("this build cannot write %1 files").arg(formatName(format));
    }
    return {};
}

std::optional<QSize> ExportRequest::parseSize(const QString &text, QString *error)
{
    // \z, not $: $ also matches before a final line break.
    static const QRegularExpression pattern(u"^(\\d{1,9})[xX×](\\d{1,9})\\z"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch()) {
        //: %1 the size given on the command line
        setError(error, tr("the size “%1” is not WIDTHxHEIGHT, such as 1920x1080").arg(text));
        return std::nullopt;
    }
    const int width = match.captured(1).toInt();
    const int height = match.captured(2).toInt();
    if (width == 0 || height == 0) {
        setError(error, tr("the size “%1” has a side of zero pixels").arg(text));
        return std::nullopt;
    }
    if (width > MaxSide || height > MaxSide) {
        //: %1 the size given, %2 the longest side allowed, in pixels
        setError(error, tr("the size “%1” is over %2 pixels on a side").arg(text).arg(MaxSide));
        return std::nullopt;
    }
    return QSize(width, height);
}

std::optional<double> ExportRequest::parseScale(const QString &text, QString *error)
{
    bool ok = false;
    const double scale = QLocale::c().toDouble(text, &ok);
    if (!ok || !std::isfinite(scale) || scale < MinScale || scale > MaxScale) {
        //: %1 the scale given, %2 and %3 the smallest and largest scale
        setError(error, tr("the scale “%1” is not a number from %2 to %3")
                                .arg(text, QLocale::c().toString(MinScale),
                                     QLocale::c().toString(MaxScale)));
        return std::nullopt;
    }
    return scale;
}

std::optional<ExportRequest::Format> ExportRequest::parseFormat(const QString &text, QString *error)
{
    QString name = text.trimmed().toLower();
    if (name == u"jpeg")
        name = u"jpg"_s;
    const QStringList supported = formatNames();
    Format format = Format::Png;
    if (supported.contains(name) && FormatNames.value(name, &format))
        return format;
    //: %1 the format given, %2 the list of formats
    setError(error,
             tr("unknown format “%1”; expected one of: %2").arg(text, supported.join(u", "_s)));
    return std::nullopt;
}

std::optional<int> ExportRequest::parseQuality(const QString &text, QString *error)
{
    bool ok = false;
    const int quality = text.toInt(&ok);
    if (!ok || quality < 0 || quality > 100) {
        //: %1 the JPEG quality given
        setError(error, tr("the quality “%1” is not a whole number from 0 to 100").arg(text));
        return std::nullopt;
    }
    return quality;
}

std::optional<QStringList> ExportRequest::parseViews(const QString &text, QString *error)
{
    return parseList(
            text, ViewRegistry::names(),
            [](const QString &name) {
                return tr("unknown view “%1”; expected all or one of: %2")
                        .arg(name, ViewRegistry::names().join(u", "_s));
            },
            //: %1 the list of views given, such as "hardware,,timeline"
            tr("the view list “%1” has an empty entry").arg(text), error);
}

std::optional<QStringList> ExportRequest::parseLanguages(const QString &text, QString *error)
{
    return parseList(
            text, Language::available(),
            [](const QString &code) {
                return tr("unknown language “%1”; expected all or one of: %2")
                        .arg(code, Language::available().join(u", "_s));
            },
            //: %1 the list of languages given, such as "de,,ja"
            tr("the language list “%1” has an empty entry").arg(text), error);
}

std::optional<Theme::Id> ExportRequest::parseTheme(const QString &text, QString *error)
{
    Theme::Id id;
    if (Theme::idFromName(text, &id))
        return id;
    //: %1 the theme name given, %2 the list of theme names
    setError(error, tr("unknown theme “%1”; expected one of: %2")
                            .arg(text, Theme::idNames().join(u", "_s)));
    return std::nullopt;
}

QString ExportRequest::formatName(Format format)
{
    return FormatNames.name(format);
}

QStringList ExportRequest::formatNames()
{
    // Raster formats come from the image plugins actually present; PDF and SVG
    // are drawn by QPdfWriter and QSvgGenerator, which are always built in.
    const QList<QByteArray> writable = QImageWriter::supportedImageFormats();
    QStringList names;
    if (writable.contains("png"))
        names << u"png"_s;
    if (writable.contains("jpeg") || writable.contains("jpg"))
        names << u"jpg"_s;
    names << u"pdf"_s << u"svg"_s;
    return names;
}
