#include "deferredlayout.h"

#include <QEvent>
#include <QWidget>

bool DeferredLayout::postpone(const QWidget *widget)
{
    m_pending = widget->isHidden() && widget->testAttribute(Qt::WA_WState_ExplicitShowHide);
    return m_pending;
}

bool DeferredLayout::isDue(const QEvent *event) const
{
    return m_pending && event->type() == QEvent::ShowToParent;
}
