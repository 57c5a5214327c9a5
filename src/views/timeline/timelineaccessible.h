#pragma once

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
    : public QAccessibleInterface
    , public QAccessibleActionInterface
{
public:
    TimelineEventAccessible(TimelineItemView *view, const QModelIndex &index);

    bool isValid() const override;
    QObject *object() const override { return nullptr; }
    QWindow *window() const override;
    QAccessibleInterface *parent() const override;
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QString text(QAccessible::Text t) const override;
    void setText(QAccessible::Text, const QString &) override {}
    QRect rect() const override;
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    QAccessible::State state() const override;
    void *interface_cast(QAccessible::InterfaceType type) override;

    QStringList actionNames() const override;
    void doAction(const QString &actionName) override;
    QStringList keyBindingsForAction(const QString &) const override { return {}; }

    QModelIndex index() const { return m_index; }

private:
    QPointer<TimelineItemView> m_view;
    QPersistentModelIndex m_index;
};
