#include "showcaseview.h"

#include "views/theme.h"
#include "views/viewregistry.h"

#include <QCoreApplication>
#include <QEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QResizeEvent>

ShowcaseView::ShowcaseView(Catalog *catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
{}

QString ShowcaseView::title() const
{
    return ViewRegistry::title(name());
}

void ShowcaseView::setSourceStyle(SourceStyle style)
{
    if (style == m_sourceStyle)
        return;
    m_sourceStyle = style;
    applySourceStyle(style);
}

void ShowcaseView::applySourceStyle(SourceStyle) {}

bool ShowcaseView::advance()
{
    return false;
}

void ShowcaseView::reset() {}

QVariantMap ShowcaseView::state() const
{
    return {{QStringLiteral("item"), currentItem()}};
}

void ShowcaseView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void ShowcaseView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::LayoutDirectionChange)
        relayout();
    QWidget::changeEvent(event);
}

void ShowcaseView::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    paintBackground(painter, event->region());
}

void ShowcaseView::paintBackground(QPainter &painter, const QRegion &)
{
    painter.fillRect(rect(), Appearance::instance()->theme().background);
}

void ShowcaseView::sendPendingResizes(QWidget *widget)
{
    if (widget->testAttribute(Qt::WA_PendingResizeEvent)) {
        widget->setAttribute(Qt::WA_PendingResizeEvent, false);
        QResizeEvent event(widget->size(), QSize());
        QCoreApplication::sendEvent(widget, &event);
    }
    const QObjectList children = widget->children();
    for (QObject *child : children) {
        if (child->isWidgetType() && !static_cast<QWidget *>(child)->isWindow())
            sendPendingResizes(static_cast<QWidget *>(child));
    }
}
