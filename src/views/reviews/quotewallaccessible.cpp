#include "quotewallaccessible.h"

#include "quotecard.h"
#include "quotewall.h"

#include <QWidget>

using namespace Qt::StringLiterals;

namespace {

QAccessibleInterface *quoteWallFactory(const QString &className, QObject *object)
{
    if (className == u"QuoteWall" && object && object->isWidgetType())
        return new QuoteWallAccessible(static_cast<QuoteWall *>(object));
    return nullptr;
}

} // namespace

QuoteWallAccessible::QuoteWallAccessible(QuoteWall *wall)
    : PaintedListAccessible(wall)
{}

void QuoteWallAccessible::install()
{
    static bool installed = false;
    if (installed)
        return;
    installed = true;
    QAccessible::installFactory(quoteWallFactory);
}

QuoteWall *QuoteWallAccessible::wall() const
{
    return static_cast<QuoteWall *>(widget());
}

void QuoteWallAccessible::notifyFocus(QuoteWall *wall, int row)
{
    if (!QAccessible::isActive())
        return;
    QAccessibleEvent event(wall, QAccessible::Focus);
    event.setChild(row);
    QAccessible::updateAccessibility(&event);
}

void QuoteWallAccessible::notifyModelReset(QuoteWall *wall)
{
    if (!QAccessible::isActive())
        return;
    if (auto *iface =
                static_cast<QuoteWallAccessible *>(QAccessible::queryAccessibleInterface(wall)))
        iface->forgetItems();
    QAccessibleTableModelChangeEvent event(wall, QAccessibleTableModelChangeEvent::ModelReset);
    QAccessible::updateAccessibility(&event);
}

int QuoteWallAccessible::childCount() const
{
    const QuoteWall *w = wall();
    return w && w->model() ? w->model()->rowCount(w->rootIndex()) : 0;
}

QModelIndex QuoteWallAccessible::childIndex(int child) const
{
    if (child < 0 || child >= childCount())
        return {};
    return wall()->model()->index(child, 0, wall()->rootIndex());
}

QAccessibleInterface *QuoteWallAccessible::createItem(const QModelIndex &index) const
{
    return new QuoteCardAccessible(wall(), index.row());
}

QuoteCardAccessible::QuoteCardAccessible(QuoteWall *wall, int row)
    : PaintedItemAccessible(wall)
    , m_row(row)
{}

QuoteWall *QuoteCardAccessible::wall() const
{
    return static_cast<QuoteWall *>(itemView());
}

QModelIndex QuoteCardAccessible::modelIndex() const
{
    const QuoteWall *w = wall();
    return w && w->model() ? w->model()->index(m_row, 0, w->rootIndex()) : QModelIndex();
}

bool QuoteCardAccessible::isValid() const
{
    const QuoteWall *w = wall();
    return w && w->model() && m_row < w->model()->rowCount(w->rootIndex());
}

QString QuoteCardAccessible::text(QAccessible::Text t) const
{
    if (!isValid())
        return {};
    const QModelIndex index = modelIndex();
    switch (t) {
    case QAccessible::Name:
        return index.data(Qt::AccessibleTextRole).toString();
    case QAccessible::Description:
        return QuoteCard::accessibleDescription(index, wall()->sourceStyle() == SourceStyle::Links);
    default:
        return {};
    }
}

QAccessible::State QuoteCardAccessible::state() const
{
    QAccessible::State state;
    if (!isValid()) {
        state.invalid = true;
        return state;
    }
    const QuoteWall *w = wall();
    const QModelIndex index = modelIndex();
    state.focusable = true;
    state.selectable = true;
    state.selected = w->selectionModel() && w->selectionModel()->isSelected(index);
    state.focused = w->hasFocus() && w->currentIndex() == index;
    state.offscreen = !w->viewport()->rect().intersects(w->visualRect(index));
    return state;
}
