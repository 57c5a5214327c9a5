#pragma once

#include "views/theme.h"

#include <QCoreApplication>
#include <QSize>
#include <QStringList>

#include <optional>

// What one export asks for: which views, at which logical size and scale, in
// which format, languages and theme, and where to. The command line and the
// export dialog both fill one in; each parse function checks one value and
// says in one line why it refuses it, so that both front ends refuse alike.
class ExportRequest
{
    Q_DECLARE_TR_FUNCTIONS(ExportRequest)

public:
    enum class Format { Png, Jpeg, Pdf, Svg };

    // Limits that keep a typing mistake from asking for gigabytes of pixels.
    static constexpr int MaxSide = 16384;
    static constexpr qint64 MaxPixels = 100'000'000;
    static constexpr double MinScale = 0.25;
    static constexpr double MaxScale = 8.0;
    static constexpr int DefaultQuality = 90;

    QStringList views;      // view names, in the order given
    QSize size{1920, 1080}; // logical size each view is laid out at
    double scale = 1.0;     // device pixel ratio of PNG and JPEG files
    Format format = Format::Png;
    int quality = DefaultQuality; // JPEG quality, 0 to 100
    QStringList languages{QStringLiteral("en")};
    Theme::Id theme = Theme::Id::Dark;
    QString item; // selected in every view that has it
    QString outputDirectory;
    QString namePattern;    // empty: ExportPlan::defaultPattern()
    bool overwrite = false; // replace files that exist already
    // Add QR codes of the sources to the detail cards, as kiosk screens show
    // them; off by default, so that the default files stay as they were.
    bool qrCodes = false;

    // The size in pixels of a PNG or JPEG file: size times scale, rounded.
    QSize pixelSize() const;
    // One line on what is wrong with the combination of values, or an empty
    // string when the request can be planned.
    QString validate() const;

    // "1920x1080" (also "1920X1080" or "1920×1080").
    static std::optional<QSize> parseSize(const QString &text, QString *error = nullptr);
    // "1", "2", "1.5": from MinScale to MaxScale.
    static std::optional<double> parseScale(const QString &text, QString *error = nullptr);
    // "png", "jpg" (or "jpeg"), "pdf", "svg", in any case.
    static std::optional<Format> parseFormat(const QString &text, QString *error = nullptr);
    // 0 to 100.
    static std::optional<int> parseQuality(const QString &text, QString *error = nullptr);
    // "all" or a comma-separated list of view names; duplicates dropped.
    static std::optional<QStringList> parseViews(const QString &text, QString *error = nullptr);
    // "all" or a comma-separated list of shipped language codes; duplicates dropped.
    static std::optional<QStringList> parseLanguages(const QString &text, QString *error = nullptr);
    // "dark", "light" or "high-contrast".
    static std::optional<Theme::Id> parseTheme(const QString &text, QString *error = nullptr);

    // The name used on the command line: "png", "jpg", "pdf", "svg".
    static QString formatName(Format format);
    // The formats this build can write, by formatName(); PNG and JPEG only when
    // Qt's image plugins for them are present.
    static QStringList formatNames();
    static bool isRaster(Format format) { return format == Format::Png || format == Format::Jpeg; }
};
