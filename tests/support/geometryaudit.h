#pragma once

// What can be checked of a layout without a person looking at it: no control
// outside the widget under test or cut by its parent, no label or button
// narrower or shorter than its text, and no drawn item (diagram part, event,
// tile, card) reaching outside the widget that draws it. Shared by the views'
// geometry test and the main window's kiosk layout test.

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAccessible>
#include <QLabel>
#include <QScrollBar>
#include <QWidget>

#include <functional>

namespace GeometryAudit {

using namespace Qt::StringLiterals;

inline QString describe(const QWidget *widget)
{
    QString what = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        what += u" \""_s + widget->objectName() + u'"';
    if (!widget->accessibleName().isEmpty())
        what += u" «"_s + widget->accessibleName().left(40) + u'»';
    return what;
}

inline QString describe(const QRect &rect)
{
    return u"%1,%2 %3x%4"_s.arg(rect.x()).arg(rect.y()).arg(rect.width()).arg(rect.height());
}

// Whether \a widget lies in the scrolled content of a scroll area, where
// reaching past the visible part is what scrolling is for.
inline bool isScrolled(const QWidget *widget, const QWidget *top)
{
    for (const QWidget *parent = widget->parentWidget(); parent && parent != top;
         parent = parent->parentWidget()) {
        const auto *area = qobject_cast<const QAbstractScrollArea *>(parent->parentWidget());
        if (area && area->viewport() == parent)
            return true;
    }
    return false;
}

// A text that needs more room than it was given.
inline QString clippedText(const QWidget *widget)
{
    const QSize size = widget->size();
    if (const auto *label = qobject_cast<const QLabel *>(widget)) {
        if (label->text().isEmpty() || !label->pixmap().isNull())
            return {};
        if (label->wordWrap()) {
            const int needed = label->heightForWidth(size.width());
            if (needed > size.height() + 1)
                return u"needs %1 px of height, has %2"_s.arg(needed).arg(size.height());
            return {};
        }
        const int needed = label->sizeHint().width();
        if (needed > size.width() + 1)
            return u"needs %1 px of width, has %2"_s.arg(needed).arg(size.width());
        return {};
    }
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget)) {
        if (button->text().isEmpty())
            return {};
        const QSize needed = button->sizeHint();
        if (needed.width() > size.width() + 1 || needed.height() > size.height() + 1) {
            return u"needs %1x%2 px, has %3x%4"_s.arg(needed.width())
                    .arg(needed.height())
                    .arg(size.width())
                    .arg(size.height());
        }
        return {};
    }
    // Widgets that wrap their own text (headers, chip rows) say how tall a
    // width makes them.
    if (!widget->layout() && widget->hasHeightForWidth() &&
        !qobject_cast<const QAbstractScrollArea *>(widget)) {
        const int needed = widget->heightForWidth(size.width());
        if (needed > size.height() + 1)
            return u"needs %1 px of height, has %2"_s.arg(needed).arg(size.height());
    }
    return {};
}

inline QStringList widgetProblems(const QWidget *view)
{
    QStringList problems;
    const QRect bounds = view->rect().adjusted(-1, -1, 1, 1);
    const QList<QWidget *> widgets = view->findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        if (!widget->isVisibleTo(view) || widget->isWindow() || isScrolled(widget, view))
            continue;
        const QRect inView(widget->mapTo(view, QPoint(0, 0)), widget->size());
        if (!widget->size().isEmpty() && !bounds.contains(inView)) {
            problems.append(
                    u"%1 at %2 reaches outside the view"_s.arg(describe(widget), describe(inView)));
        }
        const QWidget *parent = widget->parentWidget();
        if (parent && parent != view && !qobject_cast<const QAbstractScrollArea *>(parent) &&
            !parent->rect().adjusted(-1, -1, 1, 1).contains(widget->geometry())) {
            problems.append(u"%1 at %2 is cut by its parent %3"_s.arg(
                    describe(widget), describe(widget->geometry()), describe(parent)));
        }
        const QString clipped = clippedText(widget);
        if (!clipped.isEmpty())
            problems.append(u"%1: text clipped, %2"_s.arg(describe(widget), clipped));
    }
    return problems;
}

// Items drawn by a view report their place through their accessible
// interface. Those the view shows must lie inside the widget that draws them;
// in a scrolling view, inside it along every axis that does not scroll.
inline QStringList itemProblems(QWidget *view, int *checked)
{
    QStringList problems;
    int count = 0;
    std::function<void(QAccessibleInterface *, QWidget *, int)> walk =
            [&](QAccessibleInterface *iface, QWidget *owner, int depth) {
                if (!iface || depth > 12 || count > 5000)
                    return;
                ++count;
                if (auto *widget = qobject_cast<QWidget *>(iface->object())) {
                    if (!widget->isVisibleTo(view) && widget != view)
                        return;
                    owner = widget;
                } else if (!iface->object() && owner) {
                    const QAccessible::State state = iface->state();
                    const QRect rect = iface->rect();
                    QWidget *area = owner;
                    bool scrollsX = false;
                    bool scrollsY = false;
                    if (auto *scroll = qobject_cast<QAbstractScrollArea *>(owner)) {
                        area = scroll->viewport();
                        scrollsX = scroll->horizontalScrollBar()->maximum() > 0;
                        scrollsY = scroll->verticalScrollBar()->maximum() > 0;
                    }
                    const QRect bounds(area->mapToGlobal(QPoint(-1, -1)),
                                       area->size() + QSize(2, 2));
                    const bool outX = rect.left() < bounds.left() || rect.right() > bounds.right();
                    const bool outY = rect.top() < bounds.top() || rect.bottom() > bounds.bottom();
                    if (!state.invisible && !state.offscreen && rect.isValid())
                        ++*checked;
                    if (!state.invisible && !state.offscreen && rect.isValid() &&
                        ((outX && !scrollsX) || (outY && !scrollsY))) {
                        problems.append(u"item «%1» at %2 reaches outside %3 at %4"_s.arg(
                                iface->text(QAccessible::Name).left(40), describe(rect),
                                describe(owner), describe(bounds)));
                    }
                }
                for (int i = 0; i < iface->childCount(); ++i)
                    walk(iface->child(i), owner, depth + 1);
            };
    walk(QAccessible::queryAccessibleInterface(view), view, 0);
    return problems;
}

} // namespace GeometryAudit
