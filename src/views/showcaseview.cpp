#include "showcaseview.h"

#include "models/catalog.h"
#include "views/common/loadingstate.h"
#include "views/common/viewheader.h"
#include "views/theme.h"
#include "views/viewregistry.h"

#include <QCoreApplication>
#include <QEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QResizeEvent>
#include <QStyle>

#include <cmath>

ShowcaseView::ShowcaseView(const QString &name, Catalog *catalog, QWidget *parent)
    : QWidget(parent)
    , m_name(name)
    , m_catalog(catalog)
    , m_header(new ViewHeader(this))
{
    // Every view places its header when it lays out, before its first paint.
    // Shown before that with no size of its own, Qt would size it to its size
    // hint (QWidget::adjustSize()), measuring its words at a scale the view
    // never shows.
    m_header->setAttribute(Qt::WA_Resized);
}

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

void ShowcaseView::showsContentOf(ContentFile file)
{
    if (m_loading || !m_catalog)
        return;
    m_loading = new LoadingState(file, this);
    m_loading->hide();
    connect(m_catalog, &Catalog::loadingChanged, this, &ShowcaseView::updateLoadingState);
    updateLoadingState();
}

void ShowcaseView::updateLoadingState()
{
    if (!m_loading->isHidden() == m_catalog->isLoading(m_loading->file()))
        return;
    if (m_catalog->isLoading(m_loading->file())) {
        m_loading->setGeometry(rect());
        m_loading->raise();
        m_loading->show();
    } else {
        m_loading->hide();
    }
}

bool ShowcaseView::advance()
{
    return false;
}

void ShowcaseView::reset() {}

QVariantMap ShowcaseView::state() const
{
    return {{QStringLiteral("item"), currentItem()}};
}

bool ShowcaseView::event(QEvent *event)
{
    // A paint that comes before the call showEvent() queued lays out first.
    if (event->type() == QEvent::Paint)
        layOutIfPending();
    return QWidget::event(event);
}

void ShowcaseView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_loading && !m_loading->isHidden()) {
        m_loading->setGeometry(rect());
        m_loading->raise();
    }
    // A tab page gets the resize events it owes itself while it is being
    // shown, before its tab widget lays out: at start-up the size then is not
    // the one it shows a moment later. It lays out once shown. A view that is
    // a window of its own (exported, tested) has its final size already.
    if (!isVisible() && !isWindow()) {
        m_layoutPending = true;
        return;
    }
    m_layoutPending = false;
    relayout();
}

void ShowcaseView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Queued: the tab widget places its pages after their show events.
    if (m_layoutPending)
        QMetaObject::invokeMethod(this, &ShowcaseView::layOutIfPending, Qt::QueuedConnection);
}

void ShowcaseView::layOutIfPending()
{
    if (!m_layoutPending)
        return;
    m_layoutPending = false;
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

ShowcaseView::Frame ShowcaseView::placeHeader()
{
    Frame frame;
    frame.scale = Typography::scaleFor(size());
    frame.metrics = Painting::Metrics::forScale(frame.scale);
    frame.margin = static_cast<int>(std::lround(frame.metrics.margin));
    frame.gutter = static_cast<int>(std::lround(frame.metrics.gutter));
    frame.content = rect().adjusted(frame.margin, frame.margin, -frame.margin, -frame.margin);
    m_header->setScale(frame.scale);
    if (frame.content.isEmpty()) {
        frame.top = frame.content.top();
        return frame;
    }
    const int headerHeight = m_header->heightForWidth(frame.content.width());
    m_header->setGeometry(QStyle::visualRect(
            layoutDirection(), rect(),
            QRect(frame.content.topLeft(), QSize(frame.content.width(), headerHeight))));
    frame.top = frame.content.top() + headerHeight + frame.gutter * 3 / 2;
    return frame;
}

void ShowcaseView::sendPendingResizes(QWidget *widget)
{
    if (widget->testAttribute(Qt::WA_PendingResizeEvent)) {
        widget->setAttribute(Qt::WA_PendingResizeEvent, false);
        QResizeEvent event(widget->size(), QSize());
        QCoreApplication::sendEvent(widget, &event);
    }
    // Its geometry is wanted now.
    if (auto *view = qobject_cast<ShowcaseView *>(widget))
        view->layOutIfPending();
    const QObjectList children = widget->children();
    for (QObject *child : children) {
        if (child->isWidgetType() && !static_cast<QWidget *>(child)->isWindow())
            sendPendingResizes(static_cast<QWidget *>(child));
    }
}
