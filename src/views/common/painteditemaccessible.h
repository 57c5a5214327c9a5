#pragma once

#include <QAbstractItemView>
#include <QAccessibleInterface>
#include <QPointer>

// What assistive technology sees of one item that an item view paints itself
// (a quote card, a timeline event): a list item with no widget and no children
// of its own, inside the view's interface, where the view shows it. Subclasses
// say which item it is, whether it is still there, and its name and state.
class PaintedItemAccessible : public QAccessibleInterface
{
public:
    explicit PaintedItemAccessible(QAbstractItemView *view);

    // The item, an index of the view's model; invalid when there is none.
    virtual QModelIndex modelIndex() const = 0;

    QObject *object() const override { return nullptr; }
    QWindow *window() const override;
    QAccessibleInterface *parent() const override;
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    void setText(QAccessible::Text, const QString &) override {}
    // Where the view paints the item, in global coordinates; empty when
    // isValid() is false.
    QRect rect() const override;
    QAccessible::Role role() const override { return QAccessible::ListItem; }

protected:
    // Null once the view is gone.
    QAbstractItemView *itemView() const { return m_view.data(); }

private:
    QPointer<QAbstractItemView> m_view;
};
