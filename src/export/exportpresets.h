#pragma once

#include <QSize>
#include <QString>

#include <vector>

// The picture sizes offered for an export, in the order they are offered:
// one row each, with the key the settings keep, the size (none for the
// window's own size and for a size typed in) and the words that name it.
namespace ExportPresets {

enum class Size { Window, FullHd, UltraHd, Square, Portrait, Custom };

struct Preset
{
    Size id;
    const char *key;   // in the settings: "window", "1920x1080", ..., "custom"
    QSize size;        // invalid for Window and Custom
    const char *label; // untranslated, with %1 x %2 for the size where it has one
};

// Every preset, in the order a menu lists them.
const std::vector<Preset> &all();
const Preset &preset(Size id);
// The preset kept under \a key, or none.
const Preset *fromKey(const QString &key);
// How a menu names \a id, translated; \a window is the size Window stands for.
QString label(Size id, const QSize &window);

} // namespace ExportPresets
