#pragma once

#include <QAccessibleWidget>
#include <QHash>

class HardwareDiagram;

// The accessible face of the custom-painted HardwareDiagram: a list whose
// children are the parts, each with its name, a description (its specification
// and why it matters), its selected and focused state, and its place on screen.
// Assistive technology can select a part through the children's press action.
class HardwareDiagramAccessible : public QAccessibleWidget
{
public:
    explicit HardwareDiagramAccessible(HardwareDiagram *diagram);
    ~HardwareDiagramAccessible() override;

    // Registers the factory that gives every HardwareDiagram this interface;
    // safe to call more than once.
    static void install();

    QAccessible::Role role() const override;
    QAccessible::State state() const override;
    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override;

private:
    HardwareDiagram *diagram() const;

    mutable QHash<int, QAccessible::Id> m_children;
};
