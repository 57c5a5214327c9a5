#pragma once

#include <QStringList>
#include <QVariantMap>

class QWidget;

// A structured record of everything a visitor can change in a window, to
// prove that the kiosk's idle reset leaves nothing behind: compare the dump
// taken after a reset with one taken after a fresh start.
//
// For every widget below the window, by a path of object names (or class
// names and sibling numbers): whether it is hidden (or faded out), the text of a line edit
// with its undo and redo history, selection and cursor, whether a checkable
// button is checked, the current and selected items of an item view, the
// value of a slider or scroll bar, the current page of a stack or tab, and
// the text of a label on screen; for every ShowcaseView, what its state()
// reports (zoom, featured quote, ...). Then which widget has the keyboard
// focus, and the app-wide language, layout direction, theme and motion.
class StateDump
{
public:
    static QVariantMap of(const QWidget *window);

    // One line per key that differs, "key: before -> after", or that only
    // one dump has; empty when the dumps are the same.
    static QStringList differences(const QVariantMap &before, const QVariantMap &after);

    // The dump as indented JSON, keys sorted, for logs and test failures.
    static QByteArray toJson(const QVariantMap &dump);
    // A short fingerprint of the dump, for a log line.
    static QString digest(const QVariantMap &dump);
};
