#pragma once

class QEvent;
class QWidget;

// A widget's layout put off while the widget is explicitly hidden (a page the
// view does not show): its words would be measured and its parts placed for
// nothing. The widget asks postpone() before it lays out and lays out when
// isDue() says an event shows it with a layout put off.
class DeferredLayout
{
public:
    // True, and the layout remembered as put off, when \a widget is hidden
    // by hide() or setVisible(false); false, and nothing put off, otherwise.
    bool postpone(const QWidget *widget);
    // Whether a layout is put off.
    bool isPending() const { return m_pending; }
    // Whether \a event shows the widget while a layout is put off.
    bool isDue(const QEvent *event) const;

private:
    bool m_pending = false;
};
