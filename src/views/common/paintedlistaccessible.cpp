#include "paintedlistaccessible.h"

#include "painteditemaccessible.h"

#include <QAbstractItemView>

PaintedListAccessible::PaintedListAccessible(QAbstractItemView *view)
    : QAccessibleWidget(view, QAccessible::List)
{}

PaintedListAccessible::~PaintedListAccessible()
{
    forgetItems();
}

QAbstractItemView *PaintedListAccessible::itemView() const
{
    return static_cast<QAbstractItemView *>(widget());
}

void PaintedListAccessible::forgetItems() const
{
    for (QAccessible::Id id : std::as_const(m_items))
        QAccessible::deleteAccessibleInterface(id);
    m_items.clear();
}

QAccessibleInterface *PaintedListAccessible::item(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    if (m_generation != rowsGeneration()) {
        forgetItems();
        m_generation = rowsGeneration();
    }
    if (const auto found = m_items.constFind(index.row()); found != m_items.constEnd())
        return QAccessible::accessibleInterface(*found);
    QAccessibleInterface *made = createItem(index);
    m_items.insert(index.row(), QAccessible::registerAccessibleInterface(made));
    return made;
}

QAccessibleInterface *PaintedListAccessible::child(int index) const
{
    return item(childIndex(index));
}

int PaintedListAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    const auto *painted = dynamic_cast<const PaintedItemAccessible *>(child);
    if (!painted || !painted->isValid())
        return -1;
    const QAccessibleInterface *parent = painted->parent();
    return parent && parent->object() == object() ? childOf(painted->modelIndex()) : -1;
}

QAccessibleInterface *PaintedListAccessible::childAt(int x, int y) const
{
    const QAbstractItemView *view = itemView();
    return item(view->indexAt(view->viewport()->mapFromGlobal(QPoint(x, y))));
}

QAccessibleInterface *PaintedListAccessible::focusChild() const
{
    const QAbstractItemView *view = itemView();
    return view->hasFocus() ? item(view->currentIndex()) : nullptr;
}

QString PaintedListAccessible::text(QAccessible::Text t) const
{
    const QString text = QAccessibleWidget::text(t);
    return text.isEmpty() ? fallbackText(t) : text;
}
