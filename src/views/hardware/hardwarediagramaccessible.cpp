#include "hardwarediagramaccessible.h"

#include "hardwarediagram.h"

#include <QPointer>
#include <QWindow>

using namespace Qt::StringLiterals;

namespace {

// One part of the diagram. Parts are not objects of their own, so the
// interface refers to its diagram and its position among the parts.
class HardwarePartAccessible
    : public QAccessibleInterface
    , public QAccessibleActionInterface
{
public:
    HardwarePartAccessible(HardwareDiagram *diagram, int part)
        : m_diagram(diagram)
        , m_part(part)
    {}

    bool isValid() const override { return m_diagram && m_part < m_diagram->partCount(); }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override
    {
        return m_diagram ? m_diagram->window()->windowHandle() : nullptr;
    }
    QAccessibleInterface *parent() const override
    {
        return m_diagram ? QAccessible::queryAccessibleInterface(m_diagram) : nullptr;
    }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *focusChild() const override { return nullptr; }

    QString text(QAccessible::Text type) const override
    {
        if (!isValid())
            return {};
        switch (type) {
        case QAccessible::Name:
            return m_diagram->partName(m_part);
        case QAccessible::Description:
            return m_diagram->partDescription(m_part);
        default:
            return {};
        }
    }
    void setText(QAccessible::Text, const QString &) override {}

    QRect rect() const override
    {
        if (!isValid())
            return {};
        const QRect local = m_diagram->partRect(m_part).toAlignedRect();
        return {m_diagram->mapToGlobal(local.topLeft()), local.size()};
    }
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    QAccessible::State state() const override
    {
        QAccessible::State state;
        state.selectable = true;
        state.focusable = true;
        if (!isValid()) {
            state.invalid = true;
            return state;
        }
        state.selected = m_diagram->selectedPart() == m_part;
        state.focused = m_diagram->hasFocus() && m_diagram->focusedPart() == m_part;
        state.invisible = !m_diagram->isVisible();
        return state;
    }

    void *interface_cast(QAccessible::InterfaceType type) override
    {
        if (type == QAccessible::ActionInterface)
            return static_cast<QAccessibleActionInterface *>(this);
        return nullptr;
    }

    QStringList actionNames() const override { return {pressAction(), setFocusAction()}; }
    void doAction(const QString &action) override
    {
        if (!isValid())
            return;
        if (action == pressAction()) {
            m_diagram->setFocusedPart(m_part);
            m_diagram->selectPart(m_part);
        } else if (action == setFocusAction()) {
            m_diagram->setFocus(Qt::OtherFocusReason);
            m_diagram->setFocusedPart(m_part);
        }
    }
    QStringList keyBindingsForAction(const QString &) const override { return {}; }

    int part() const { return m_part; }

private:
    QPointer<HardwareDiagram> m_diagram;
    int m_part;
};

QAccessibleInterface *diagramFactory(const QString &className, QObject *object)
{
    if (className == u"HardwareDiagram" && object && object->isWidgetType())
        return new HardwareDiagramAccessible(static_cast<HardwareDiagram *>(object));
    return nullptr;
}

} // namespace

HardwareDiagramAccessible::HardwareDiagramAccessible(HardwareDiagram *diagram)
    : QAccessibleWidget(diagram, QAccessible::List)
{}

HardwareDiagramAccessible::~HardwareDiagramAccessible()
{
    for (QAccessible::Id id : std::as_const(m_children))
        QAccessible::deleteAccessibleInterface(id);
}

void HardwareDiagramAccessible::install()
{
    static bool installed = false;
    if (installed)
        return;
    QAccessible::installFactory(diagramFactory);
    installed = true;
}

HardwareDiagram *HardwareDiagramAccessible::diagram() const
{
    return static_cast<HardwareDiagram *>(widget());
}

QAccessible::Role HardwareDiagramAccessible::role() const
{
    return QAccessible::List;
}

QAccessible::State HardwareDiagramAccessible::state() const
{
    QAccessible::State state = QAccessibleWidget::state();
    state.focusable = true;
    return state;
}

int HardwareDiagramAccessible::childCount() const
{
    return diagram()->partCount();
}

QAccessibleInterface *HardwareDiagramAccessible::child(int index) const
{
    if (index < 0 || index >= childCount())
        return nullptr;
    const auto it = m_children.constFind(index);
    if (it != m_children.constEnd())
        return QAccessible::accessibleInterface(it.value());
    // The registry owns the interface; the id lets it be found again and deleted.
    auto *part = new HardwarePartAccessible(diagram(), index);
    m_children.insert(index, QAccessible::registerAccessibleInterface(part));
    return part;
}

int HardwareDiagramAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    if (!child || child->role() != QAccessible::ListItem)
        return -1;
    for (auto it = m_children.constBegin(); it != m_children.constEnd(); ++it) {
        if (QAccessible::accessibleInterface(it.value()) == child)
            return it.key() < childCount() ? it.key() : -1;
    }
    return -1;
}

QAccessibleInterface *HardwareDiagramAccessible::childAt(int x, int y) const
{
    const QPoint local = diagram()->mapFromGlobal(QPoint(x, y));
    const int part = diagram()->partAt(local);
    return part >= 0 ? child(part) : nullptr;
}

QAccessibleInterface *HardwareDiagramAccessible::focusChild() const
{
    if (!diagram()->hasFocus())
        return nullptr;
    const int part = diagram()->focusedPart();
    return part >= 0 ? child(part) : const_cast<HardwareDiagramAccessible *>(this);
}
