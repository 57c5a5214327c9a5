#pragma once

#include "views/common/painteditemaccessible.h"

#include <QAccessibleActionInterface>
#include <QAccessibleWidget>
#include <QHash>
#include <QPersistentModelIndex>
#include <QPointer>

class TimelineItemView;

// What assistive technology sees of the timeline: a list whose children are the
// events in view, each named by its date and title ("13 October 2025: DGX Spark
// lands at Starbase") and described by its story.
class TimelineAccessible : public QAccessibleWidget
{
public:
    explicit TimelineAccessible(TimelineItemView *view);
    ~TimelineAccessible() override;

    // Registers the factory that gives every TimelineItemView this interface.
    static void install();
    // Tells assistive technology that \a index became the view's current event:
    // selected, and focused while the view has focus.
    static void notifyCurrent(TimelineItemView *view, const QModelIndex &index);

    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override;
    QString text(QAccessible::Text t) const override;

    TimelineItemView *view() const;

private:
    QAccessibleInterface *eventInterface(const QModelIndex &index) const;
    void forgetEvents() const;

    mutable QHash<QPersistentModelIndex, QAccessible::Id> m_events;
    mutable int m_generation = -1;
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
