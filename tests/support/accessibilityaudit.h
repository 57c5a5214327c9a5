#pragma once

// Checks shared by the tests of the views, the main window and the dialogs:
// what a screen reader finds in the QAccessible tree, what the keyboard can
// reach, and whether keyboard focus shows. Each check returns the problems it
// found, one readable line each, so that a test can print them all at once.

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QButtonGroup>
#include <QImage>
#include <QMenu>
#include <QScrollBar>
#include <QSet>
#include <QTest>
#include <QWidget>

#include <functional>

namespace AccessibilityAudit {

using namespace Qt::StringLiterals;

inline QString describe(QAccessibleInterface *iface)
{
    QString what =
            QString::fromLatin1(QMetaEnum::fromType<QAccessible::Role>().valueToKey(iface->role()));
    if (QObject *object = iface->object()) {
        what += u" "_s + QString::fromLatin1(object->metaObject()->className());
        if (!object->objectName().isEmpty())
            what += u" \""_s + object->objectName() + u"\""_s;
    }
    const QString name = iface->text(QAccessible::Name);
    if (!name.isEmpty())
        what += u" «"_s + name.left(40) + u"»"_s;
    return what;
}

// Something a visitor can act on: press, choose, type into, select.
inline bool isInteractive(QAccessibleInterface *iface)
{
    switch (iface->role()) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ButtonDropDown:
    case QAccessible::ButtonMenu:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::PageTab:
    case QAccessible::MenuItem:
    case QAccessible::ListItem:
    case QAccessible::TreeItem:
    case QAccessible::Cell:
    case QAccessible::Link:
        return true;
    default:
        break;
    }
    return iface->state().focusable;
}

// Items drawn by a view rather than being widgets of their own (diagram parts,
// timeline events, quote cards, partner tiles): the issue asks for a
// description on each, as their names alone do not tell their story.
inline bool isCustomItem(QAccessibleInterface *iface)
{
    return !iface->object() && iface->role() == QAccessible::ListItem;
}

// Whether a subtree is out of reach for everybody: a hidden widget (another
// page of a stack, a view behind another tab). Menus count as reachable: they
// are hidden until opened.
inline bool isHiddenWidget(QAccessibleInterface *iface)
{
    auto *widget = qobject_cast<QWidget *>(iface->object());
    if (!widget || qobject_cast<QMenu *>(widget))
        return false;
    return !widget->isVisible();
}

// Walks the tree below \a root and lists every interactive element without a
// name, and every custom-view item without a description. Scroll bars are
// left out: they are pointer furniture that the keyboard never needs, and Qt
// names their parts itself.
inline QStringList namesAndDescriptions(QAccessibleInterface *root, int *visited = nullptr)
{
    QStringList problems;
    QSet<QAccessibleInterface *> seen;
    int count = 0;
    std::function<void(QAccessibleInterface *, const QString &, int)> walk =
            [&](QAccessibleInterface *iface, const QString &path, int depth) {
                if (!iface || seen.contains(iface) || depth > 40 || count > 20000)
                    return;
                seen.insert(iface);
                ++count;
                if (iface->role() == QAccessible::ScrollBar || isHiddenWidget(iface))
                    return;
                const QString here = path + u" > "_s + describe(iface);
                if (isInteractive(iface) && iface->text(QAccessible::Name).trimmed().isEmpty())
                    problems.append(u"no name: "_s + here);
                if (isCustomItem(iface) &&
                    iface->text(QAccessible::Description).trimmed().isEmpty())
                    problems.append(u"no description: "_s + here);
                const int children = iface->childCount();
                for (int i = 0; i < children; ++i)
                    walk(iface->child(i), here, depth + 1);
            };
    walk(root, QString(), 0);
    if (visited)
        *visited = count;
    return problems;
}

// The widgets under \a top that take focus from the Tab key.
inline QList<QWidget *> tabStops(QWidget *top)
{
    QList<QWidget *> stops;
    const QList<QWidget *> widgets = top->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (widget->isVisible() && widget->isEnabled() &&
            (widget->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && !widget->focusProxy())
            stops.append(widget);
    }
    return stops;
}

// Buttons in an exclusive group behave like radio buttons: Tab stops at the
// checked one and the arrow keys move among them. Such a button counts as
// reached when Tab reached one of its group and Right or Down, pressed from
// there, eventually lands on it.
inline bool reachedThroughGroup(QWidget *stop, const QSet<QWidget *> &reached)
{
    auto *button = qobject_cast<QAbstractButton *>(stop);
    if (!button || !button->group() || !button->group()->exclusive())
        return false;
    const QList<QAbstractButton *> members = button->group()->buttons();
    for (QAbstractButton *start : members) {
        if (!reached.contains(start))
            continue;
        QWidget *focus = start;
        for (qsizetype step = 0; step < members.size(); ++step) {
            focus->setFocus(Qt::TabFocusReason);
            QTest::keyClick(focus, focus->isRightToLeft() ? Qt::Key_Left : Qt::Key_Right);
            focus = QApplication::focusWidget();
            if (focus == button)
                return true;
            if (!focus)
                break;
        }
    }
    return false;
}

// Presses Tab from the first tab stop until focus comes back, and lists the
// tab stops that were never reached. \a window must be shown and active.
inline QStringList tabReachability(QWidget *window, QWidget *top, int *presses = nullptr)
{
    QStringList problems;
    const QList<QWidget *> stops = tabStops(top);
    if (stops.isEmpty())
        return problems;
    QWidget *first = stops.first();
    first->setFocus(Qt::TabFocusReason);
    QSet<QWidget *> reached;
    int count = 0;
    bool left = false;
    // Enough for every stop and the parts that a custom view steps through
    // with Tab before letting go.
    for (; count < 2000; ++count) {
        QWidget *focus = QApplication::focusWidget();
        if (!focus)
            break;
        if (focus == first && left)
            break;
        if (focus != first)
            left = true;
        reached.insert(focus);
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    if (presses)
        *presses = count;
    for (QWidget *stop : stops) {
        if (!reached.contains(stop) && !reachedThroughGroup(stop, reached)) {
            problems.append(u"not reached by Tab: "_s +
                            describe(QAccessible::queryAccessibleInterface(stop)));
        }
    }
    Q_UNUSED(window)
    return problems;
}

// Whether giving \a widget the keyboard focus changes what \a top shows around
// it: a focus ring, a highlight, anything a sighted keyboard user can see.
inline bool showsFocus(QWidget *top, QWidget *widget)
{
    const int margin = 16;
    const QRect area = QRect(widget->mapTo(top, QPoint(0, 0)), widget->size())
                               .adjusted(-margin, -margin, margin, margin)
                               .intersected(top->rect());
    widget->clearFocus();
    QCoreApplication::processEvents();
    const QImage before = top->grab(area).toImage();
    widget->setFocus(Qt::TabFocusReason);
    QCoreApplication::processEvents();
    const QImage after = top->grab(area).toImage();
    widget->clearFocus();
    return before != after;
}

inline QStringList visibleFocus(QWidget *top)
{
    QStringList problems;
    for (QWidget *widget : tabStops(top)) {
        if (!showsFocus(top, widget)) {
            problems.append(u"no visible focus: "_s +
                            describe(QAccessible::queryAccessibleInterface(widget)));
        }
    }
    return problems;
}

} // namespace AccessibilityAudit
