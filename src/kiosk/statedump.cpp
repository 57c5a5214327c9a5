#include "statedump.h"

#include "views/showcaseview.h"
#include "views/theme.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QApplication>
#include <QCryptographicHash>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QWidget>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// The widget's name in its parent: its object name, else its class and its
// number among siblings of that class.
QString step(const QWidget *widget)
{
    if (!widget->objectName().isEmpty())
        return widget->objectName();
    const char *className = widget->metaObject()->className();
    int number = 0;
    if (const QObject *parent = widget->parent()) {
        for (const QObject *sibling : parent->children()) {
            if (sibling == widget)
                break;
            if (sibling->isWidgetType() && sibling->objectName().isEmpty() &&
                qstrcmp(sibling->metaObject()->className(), className) == 0) {
                ++number;
            }
        }
    }
    return u"%1#%2"_s.arg(QString::fromLatin1(className)).arg(number);
}

QString pathOf(const QWidget *widget, const QWidget *window)
{
    QStringList steps;
    for (const QWidget *w = widget; w && w != window; w = w->parentWidget())
        steps.prepend(step(w));
    return steps.isEmpty() ? u"."_s : steps.join(u'/');
}

QString indexText(const QModelIndex &index)
{
    return index.isValid() ? u"%1,%2"_s.arg(index.row()).arg(index.column()) : u"-"_s;
}

void record(const QWidget *widget, const QWidget *window, QVariantMap *dump)
{
    const QString path = pathOf(widget, window);
    const auto put = [&](const QString &key, const QVariant &value) {
        dump->insert(path + u':' + key, value);
    };
    // Overlays, empty states and buttons: whether they are drawn. A widget
    // faded out to nothing (a line edit's clear button) counts as hidden.
    // Inside a hidden widget (a menu bar, a page not shown) this follows from
    // the state recorded elsewhere, and layouts put off until it shows again
    // would only add noise.
    const QWidget *parent = widget->parentWidget();
    if (widget == window || (parent && parent->isVisibleTo(window))) {
        const QVariant opacity = widget->property("opacity");
        const bool transparent = opacity.isValid() && opacity.toDouble() <= 0.0;
        if (widget->isHidden() || transparent)
            put(u"hidden"_s, true);
    }

    if (const auto *edit = qobject_cast<const QLineEdit *>(widget)) {
        put(u"text"_s, edit->text());
        put(u"undo"_s, edit->isUndoAvailable());
        put(u"redo"_s, edit->isRedoAvailable());
        put(u"selection"_s, edit->selectedText());
        put(u"cursor"_s, edit->cursorPosition());
    }
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget);
        button && button->isCheckable()) {
        put(u"checked"_s, button->isChecked());
    }
    if (const auto *view = qobject_cast<const QAbstractItemView *>(widget)) {
        put(u"current"_s, indexText(view->currentIndex()));
        QStringList selected;
        if (const QItemSelectionModel *selection = view->selectionModel()) {
            for (const QModelIndex &index : selection->selectedIndexes())
                selected.append(indexText(index));
        }
        std::sort(selected.begin(), selected.end());
        put(u"selected"_s, selected.join(u' '));
    }
    if (const auto *slider = qobject_cast<const QAbstractSlider *>(widget))
        put(u"value"_s, slider->value());
    if (const auto *stack = qobject_cast<const QStackedWidget *>(widget))
        put(u"page"_s, stack->currentIndex());
    if (const auto *tabs = qobject_cast<const QTabWidget *>(widget))
        put(u"tab"_s, tabs->currentIndex());
    if (const auto *bar = qobject_cast<const QTabBar *>(widget))
        put(u"tab"_s, bar->currentIndex());
    if (const auto *label = qobject_cast<const QLabel *>(widget);
        label && label->isVisibleTo(window)) {
        put(u"text"_s, label->text());
    }
    if (const auto *view = qobject_cast<const ShowcaseView *>(widget)) {
        const QVariantMap state = view->state();
        for (auto it = state.constBegin(); it != state.constEnd(); ++it)
            put(u"state."_s + it.key(), it.value());
    }
}

void walk(const QWidget *widget, const QWidget *window, QVariantMap *dump)
{
    record(widget, window, dump);
    for (const QObject *child : widget->children()) {
        if (child->isWidgetType() && !static_cast<const QWidget *>(child)->isWindow())
            walk(static_cast<const QWidget *>(child), window, dump);
    }
}

} // namespace

QVariantMap StateDump::of(const QWidget *window)
{
    QVariantMap dump;
    if (!window)
        return dump;
    walk(window, window, &dump);
    const QWidget *focus = QApplication::focusWidget();
    dump.insert(u"app:focus"_s, focus && (focus == window || window->isAncestorOf(focus))
                                        ? pathOf(focus, window)
                                        : u"(outside)"_s);
    dump.insert(u"app:language"_s, QLocale().name());
    dump.insert(u"app:direction"_s, int(QGuiApplication::layoutDirection()));
    dump.insert(u"app:theme"_s, Theme::idName(Appearance::instance()->theme().id));
    dump.insert(u"app:reducedMotion"_s, Appearance::instance()->reducedMotion());
    dump.insert(u"app:fullScreen"_s, window->isFullScreen());
    return dump;
}

QStringList StateDump::differences(const QVariantMap &before, const QVariantMap &after)
{
    QStringList lines;
    QStringList keys = before.keys() + after.keys();
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    for (const QString &key : std::as_const(keys)) {
        const bool inBefore = before.contains(key);
        const bool inAfter = after.contains(key);
        const QString a = inBefore ? before.value(key).toString() : u"(absent)"_s;
        const QString b = inAfter ? after.value(key).toString() : u"(absent)"_s;
        if (inBefore != inAfter || before.value(key) != after.value(key))
            lines.append(u"%1: %2 -> %3"_s.arg(key, a, b));
    }
    return lines;
}

QByteArray StateDump::toJson(const QVariantMap &dump)
{
    return QJsonDocument(QJsonObject::fromVariantMap(dump)).toJson(QJsonDocument::Indented);
}

QString StateDump::digest(const QVariantMap &dump)
{
    const QByteArray json =
            QJsonDocument(QJsonObject::fromVariantMap(dump)).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(
            QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex().left(16));
}
