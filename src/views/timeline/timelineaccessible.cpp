#include "timelineaccessible.h"

#include "timelineitemview.h"

#include <QItemSelectionModel>
#include <QWindow>

using namespace Qt::StringLiterals;

namespace {

QAccessibleInterface *timelineFactory(const QString &className, QObject *object)
{
    if (className == u"TimelineItemView" && object && object->isWidgetType()) {
        if (auto *view = qobject_cast<TimelineItemView *>(object))
            return new TimelineAccessible(view);
    }
    return nullptr;
}

} // namespace

TimelineAccessible::TimelineAccessible(TimelineItemView *view)
    : PaintedListAccessible(view)
{}

void TimelineAccessible::install()
{
    static const bool installed = [] {
        QAccessible::installFactory(timelineFactory);
        return true;
    }();
    Q_UNUSED(installed)
}

void TimelineAccessible::notifyCurrent(TimelineItemView *view, const QModelIndex &index)
{
    if (!QAccessible::isActive() || !index.isValid())
        return;
    const int child = int(view->visibleIndexes().indexOf(index));
    if (child < 0)
        return;
    if (view->hasFocus()) {
        QAccessibleEvent focus(view, QAccessible::Focus);
        focus.setChild(child);
        QAccessible::updateAccessibility(&focus);
    }
    QAccessibleEvent selection(view, QAccessible::Selection);
    selection.setChild(child);
    QAccessible::updateAccessibility(&selection);
}

TimelineItemView *TimelineAccessible::view() const
{
    return static_cast<TimelineItemView *>(widget());
}

int TimelineAccessible::rowsGeneration() const
{
    return view()->generation();
}

int TimelineAccessible::childCount() const
{
    return int(view()->visibleIndexes().size());
}

QModelIndex TimelineAccessible::childIndex(int child) const
{
    const QModelIndexList visible = view()->visibleIndexes();
    return child >= 0 && child < visible.size() ? visible.at(child) : QModelIndex();
}

int TimelineAccessible::childOf(const QModelIndex &index) const
{
    return int(view()->visibleIndexes().indexOf(index));
}

QAccessibleInterface *TimelineAccessible::createItem(const QModelIndex &index) const
{
    return new TimelineEventAccessible(view(), index);
}

QString TimelineAccessible::fallbackText(QAccessible::Text t) const
{
    switch (t) {
    case QAccessible::Name:
        //: Accessible name of the timeline's list of events
        return TimelineItemView::tr("Timeline events");
    case QAccessible::Description:
        //: Accessible description of the timeline's list of events
        return TimelineItemView::tr("Left and right arrows move between events; plus and "
                                    "minus zoom.");
    default:
        return {};
    }
}

TimelineEventAccessible::TimelineEventAccessible(TimelineItemView *view, const QModelIndex &index)
    : PaintedItemAccessible(view)
    , m_index(index)
{}

bool TimelineEventAccessible::isValid() const
{
    return itemView() && m_index.isValid() && m_index.model() == itemView()->model();
}

QString TimelineEventAccessible::text(QAccessible::Text t) const
{
    if (!isValid())
        return {};
    switch (t) {
    case QAccessible::Name:
        return m_index.data(Qt::AccessibleTextRole).toString();
    case QAccessible::Description:
        return m_index.data(Qt::AccessibleDescriptionRole).toString();
    default:
        return {};
    }
}

QAccessible::State TimelineEventAccessible::state() const
{
    QAccessible::State state;
    if (!isValid()) {
        state.invalid = true;
        return state;
    }
    state.selectable = true;
    state.focusable = true;
    const QItemSelectionModel *selection = itemView()->selectionModel();
    state.selected = selection && selection->isSelected(m_index);
    const bool current = itemView()->currentIndex() == m_index;
    state.active = current;
    state.focused = current && itemView()->hasFocus();
    const QRect visible = itemView()->viewport()->rect();
    if (!itemView()->visualRect(m_index).intersects(visible))
        state.offscreen = true;
    return state;
}

void *TimelineEventAccessible::interface_cast(QAccessible::InterfaceType type)
{
    if (type == QAccessible::ActionInterface)
        return static_cast<QAccessibleActionInterface *>(this);
    return nullptr;
}

QStringList TimelineEventAccessible::actionNames() const
{
    return {pressAction(), setFocusAction()};
}

void TimelineEventAccessible::doAction(const QString &actionName)
{
    if (!isValid())
        return;
    if (actionName == pressAction() || actionName == setFocusAction()) {
        if (actionName == setFocusAction())
            itemView()->setFocus(Qt::OtherFocusReason);
        itemView()->selectionModel()->setCurrentIndex(m_index, QItemSelectionModel::ClearAndSelect |
                                                                       QItemSelectionModel::Rows);
        itemView()->scrollTo(m_index, QAbstractItemView::PositionAtCenter);
    }
}
