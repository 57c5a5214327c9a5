#include "painteditemaccessible.h"

#include <QWindow>

PaintedItemAccessible::PaintedItemAccessible(QAbstractItemView *view)
    : m_view(view)
{}

QWindow *PaintedItemAccessible::window() const
{
    return m_view ? m_view->window()->windowHandle() : nullptr;
}

QAccessibleInterface *PaintedItemAccessible::parent() const
{
    return m_view ? QAccessible::queryAccessibleInterface(m_view.data()) : nullptr;
}

QRect PaintedItemAccessible::rect() const
{
    if (!isValid())
        return {};
    const QRect local = m_view->visualRect(modelIndex());
    return QRect(m_view->viewport()->mapToGlobal(local.topLeft()), local.size());
}
