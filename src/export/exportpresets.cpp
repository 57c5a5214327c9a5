#include "exportpresets.h"

#include <QCoreApplication>

namespace ExportPresets {

namespace {

// The menu's words keep the export dialog's translation context.
constexpr char Context[] = "ExportDialog";

} // namespace

const std::vector<Preset> &all()
{
    static const std::vector<Preset> presets = {
            {Size::Window, "window", QSize(),
             //: A size preset: the size of the view in the window now; %1 x %2 pixels
             QT_TRANSLATE_NOOP("ExportDialog", "Current window (%1 × %2)")},
            {Size::FullHd, "1920x1080", QSize(1920, 1080),
             //: A size preset for slides and screens; %1 x %2 pixels
             QT_TRANSLATE_NOOP("ExportDialog", "Full HD (%1 × %2)")},
            {Size::UltraHd, "3840x2160", QSize(3840, 2160),
             //: A size preset for large screens and print; %1 x %2 pixels
             QT_TRANSLATE_NOOP("ExportDialog", "4K UHD (%1 × %2)")},
            {Size::Square, "1080x1080", QSize(1080, 1080),
             //: A size preset for social media posts; %1 x %2 pixels
             QT_TRANSLATE_NOOP("ExportDialog", "Square (%1 × %2)")},
            {Size::Portrait, "1080x1920", QSize(1080, 1920),
             //: A size preset for phones and portrait screens; %1 x %2 pixels
             QT_TRANSLATE_NOOP("ExportDialog", "Portrait (%1 × %2)")},
            {Size::Custom, "custom", QSize(),
             //: A size preset: the width and height typed beside it
             QT_TRANSLATE_NOOP("ExportDialog", "Custom")},
    };
    return presets;
}

const Preset &preset(Size id)
{
    for (const Preset &p : all()) {
        if (p.id == id)
            return p;
    }
    return all().back();
}

const Preset *fromKey(const QString &key)
{
    for (const Preset &p : all()) {
        if (key == QLatin1String(p.key))
            return &p;
    }
    return nullptr;
}

QString label(Size id, const QSize &window)
{
    const Preset &p = preset(id);
    const QString text = QCoreApplication::translate(Context, p.label);
    if (id == Size::Custom)
        return text;
    const QSize size = id == Size::Window ? window : p.size;
    return text.arg(size.width()).arg(size.height());
}

} // namespace ExportPresets
