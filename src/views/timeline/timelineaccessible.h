#pragma once

#include "views/common/painteditemaccessible.h"
#include "views/common/paintedlistaccessible.h"

#include <QAccessibleActionInterface>
#include <QPersistentModelIndex>

class TimelineItemView;

// What assistive technology sees of the timeline: a list whose children are the
// events in view, each named by its date and title ("13 October 2025: DGX Spark
// lands at Starbase") and described by its story.
class TimelineAccessible : public PaintedListAccessible
{
public:
    explicit TimelineAccessible(TimelineItemView *view);

    // Registers the factory that gives every TimelineItemView this interface.
    static void install();
    // Tells assistive technology that \a index became the view's current event:
    // selected, and focused while the view has focus.
    static void notifyCurrent(TimelineItemView *view, const QModelIndex &index);

    int childCount() const override;

    TimelineItemView *view() const;

protected:
    QModelIndex childIndex(int child) const override;
    int childOf(const QModelIndex &index) const override;
    QAccessibleInterface *createItem(const QModelIndex &index) const override;
    // Rows that came, went or moved make every kept child stale.
    int rowsGeneration() const override;
    QString fallbackText(QAccessible::Text t) const override;
};

// One event of the timeline.
class TimelineEventAccessible
    : public PaintedItemAccessible
    , public QAccessibleActionInterface
{
public:
    TimelineEventAccessible(TimelineItemView *view, const QModelIndex &index);

    QModelIndex modelIndex() const override { return m_index; }
    bool isValid() const override;
    QString text(QAccessible::Text t) const override;
    QAccessible::State state() const override;
    void *interface_cast(QAccessible::InterfaceType type) override;

    QStringList actionNames() const override;
    void doAction(const QString &actionName) override;
    QStringList keyBindingsForAction(const QString &) const override { return {}; }

    QModelIndex index() const { return m_index; }

private:
    QPersistentModelIndex m_index;
};
