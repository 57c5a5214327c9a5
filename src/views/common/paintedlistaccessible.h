#pragma once

#include <QAccessibleWidget>
#include <QHash>

class QAbstractItemView;

// What assistive technology sees of an item view that paints its items itself
// (the quote wall, the timeline): a list whose children are some of the view's
// rows, each a PaintedItemAccessible. A subclass says which rows are children,
// in which order, and makes the interface of a row; the list keeps one
// interface a row, so that a screen reader can track an item by identity.
class PaintedListAccessible : public QAccessibleWidget
{
public:
    explicit PaintedListAccessible(QAbstractItemView *view);
    ~PaintedListAccessible() override;

    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override;
    QString text(QAccessible::Text t) const override;

    QAbstractItemView *itemView() const;
    // Lets go of every item's interface.
    void forgetItems() const;

protected:
    // The index the child at \a child shows; invalid when there is none.
    virtual QModelIndex childIndex(int child) const = 0;
    // Which child shows \a index, or -1.
    virtual int childOf(const QModelIndex &index) const = 0;
    // A new interface for \a index, a valid index of the view's model.
    virtual QAccessibleInterface *createItem(const QModelIndex &index) const = 0;
    // Changes whenever a row may now hold another item: the interfaces kept
    // go then. By default rows keep their items.
    virtual int rowsGeneration() const { return 0; }
    // The text when the widget has none of its own.
    virtual QString fallbackText(QAccessible::Text) const { return {}; }

    // The interface of \a index, kept from before or made now; null when
    // \a index is invalid.
    QAccessibleInterface *item(const QModelIndex &index) const;

private:
    mutable QHash<int, QAccessible::Id> m_items; // by row
    mutable int m_generation = -1;
};
