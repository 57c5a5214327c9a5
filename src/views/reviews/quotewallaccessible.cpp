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
    : QAccessibleWidget(wall, QAccessible::List)
{}

QuoteWallAccessible::~QuoteWallAccessible()
{
    clearChildren();
}

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

void QuoteWallAccessible::clearChildren()
{
    for (QAccessible::Id id : std::as_const(m_children))
        QAccessible::deleteAccessibleInterface(id);
    m_children.clear();
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
        iface->clearChildren();
    QAccessibleTableModelChangeEvent event(wall, QAccessibleTableModelChangeEvent::ModelReset);
    QAccessible::updateAccessibility(&event);
}

int QuoteWallAccessible::childCount() const
{
    const QuoteWall *w = wall();
    return w && w->model() ? w->model()->rowCount(w->rootIndex()) : 0;
}

QAccessibleInterface *QuoteWallAccessible::child(int index) const
{
    if (index < 0 || index >= childCount())
        return nullptr;
    if (const auto found = m_children.constFind(index); found != m_children.constEnd())
        return QAccessible::accessibleInterface(*found);
    auto *card = new QuoteCardAccessible(wall(), index);
    m_children.insert(index, QAccessible::registerAccessibleInterface(card));
    return card;
}

int QuoteWallAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    const auto *card = dynamic_cast<const QuoteCardAccessible *>(child);
    if (!card || !card->isValid())
        return -1;
    const QAccessibleInterface *parent = card->parent();
    return parent && parent->object() == object() ? card->row() : -1;
}

QAccessibleInterface *QuoteWallAccessible::childAt(int x, int y) const
{
    const QuoteWall *w = wall();
    const QPoint local = w->viewport()->mapFromGlobal(QPoint(x, y));
    const QModelIndex index = w->indexAt(local);
    return index.isValid() ? child(index.row()) : nullptr;
}

QAccessibleInterface *QuoteWallAccessible::focusChild() const
{
    const QuoteWall *w = wall();
    if (!w->hasFocus() || !w->currentIndex().isValid())
        return nullptr;
    return child(w->currentIndex().row());
}

QString QuoteWallAccessible::text(QAccessible::Text t) const
{
    const QString value = QAccessibleWidget::text(t);
    if (!value.isEmpty() || t != QAccessible::Name)
        return value;
    return wall()->accessibleName();
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
