#include "viewrenderer.h"

#include "core/logging.h"
#include "views/showcaseview.h"
#include "views/theme.h"
#include "views/viewregistry.h"

#include <QAbstractEventDispatcher>
#include <QBuffer>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPointer>
#include <QSvgGenerator>
#include <QTimerEvent>
#include <QWindow>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// 1/96 inch per logical pixel: the resolution Qt assumes for widgets, so that
// fonts sized in points come out as large as on screen.
constexpr int LogicalDpi = 96;

// Enough for the deepest chain of deferred work a view has (a zero-timer
// that posts a layout request that starts another), with room to spare.
constexpr int MaxSettleRounds = 8;

QString creatorName()
{
    return u"Spark Showcase " SPARK_VERSION ""_s;
}

// Document metadata without dates or random ids, in place of the packet Qt
// would write with the current time in it.
QByteArray xmpMetadata(const QString &title)
{
    return QByteArrayLiteral("<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                             "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                             "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                             "<rdf:Description rdf:about=\"\"\n"
                             " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
                             " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
                             "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">") +
           title.toHtmlEscaped().toUtf8() +
           QByteArrayLiteral("</rdf:li></rdf:Alt></dc:title>\n<xmp:CreatorTool>") +
           creatorName().toHtmlEscaped().toUtf8() +
           QByteArrayLiteral("</xmp:CreatorTool>\n"
                             "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n"
                             "<?xpacket end=\"w\"?>");
}

// The view in the direction of the default QLocale, a window of its own. A
// widget takes its direction from its parent when it is made, and a window
// from the application: made in a parent of that direction, every child of
// the view has it from the start, as if the application had it, without the
// application (and its open windows) being told of any change.
ShowcaseView *createView(const QString &name, Catalog *catalog)
{
    QWidget parent;
    parent.setLayoutDirection(QLocale().textDirection());
    ShowcaseView *view = ViewRegistry::create(name, catalog, &parent);
    if (view) {
        view->setLayoutDirection(parent.layoutDirection());
        view->setParent(nullptr);
    }
    return view;
}

} // namespace

ViewRenderer::ViewRenderer(const QString &view, Catalog *catalog, QSize size, SourceStyle sources)
    : m_view(createView(view, catalog))
    , m_size(size)
{
    if (!m_view) {
        qCWarning(lcExport) << "There is no view named" << view;
        return;
    }
    m_view->setObjectName(view);
    m_view->setSourceStyle(sources);
    // Laid out and painted as if on screen, yet never mapped: no window ever
    // appears, even on a desktop session.
    m_view->setAttribute(Qt::WA_DontShowOnScreen);
    m_view->setPalette(Appearance::instance()->theme().palette());
    m_view->setAutoFillBackground(true);
    m_view->resize(size);
    // Shown, a widget paints itself into a backing store on the next event
    // round; off screen nobody sees that picture. Updates stay off except while
    // render() draws, which halves the painting of an export.
    m_view->setUpdatesEnabled(false);
    m_view->show();
    m_view->ensurePolished();
    settle();
}

ViewRenderer::~ViewRenderer() = default;

bool ViewRenderer::selectItem(const QString &id)
{
    if (!m_view || !m_view->selectItem(id))
        return false;
    settle();
    return true;
}

void ViewRenderer::settle()
{
    // Layouts, item views and charts finish their geometry in posted events
    // and zero-timers that may post more; a few rounds let all of them land.
    // Only the view's own tree is served, without running the event loop: an
    // export may draw inside a RenderScope, whose borrowed language and look
    // the app's windows must never see, and nothing a user does can reach it.
    QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance();
    for (int round = 0; round < MaxSettleRounds; ++round) {
        QList<QPointer<QObject>> tree = {m_view.get()};
        const QList<QObject *> children = m_view->findChildren<QObject *>();
        tree.reserve(children.size() + 2);
        for (QObject *child : children)
            tree.append(child);
        if (QWindow *window = m_view->windowHandle())
            tree.append(window);
        for (const QPointer<QObject> &object : std::as_const(tree)) {
            if (object)
                QCoreApplication::sendPostedEvents(object, 0);
        }
        bool fired = false;
        for (const QPointer<QObject> &object : std::as_const(tree)) {
            if (!object || !dispatcher)
                continue;
            const QList<QAbstractEventDispatcher::TimerInfo> timers =
                    dispatcher->registeredTimers(object);
            for (const QAbstractEventDispatcher::TimerInfo &timer : timers) {
                if (timer.interval != 0 || !object)
                    continue;
                QTimerEvent event(timer.timerId);
                QCoreApplication::sendEvent(object, &event);
                fired = true;
            }
        }
        if (!fired && round >= 2)
            break;
    }
}

void ViewRenderer::paint(QPainter *painter) const
{
    painter->fillRect(QRect(QPoint(), m_size), Appearance::instance()->theme().background);
    m_view->setUpdatesEnabled(true);
    m_view->render(painter, QPoint(), QRegion(),
                   QWidget::DrawWindowBackground | QWidget::DrawChildren);
    m_view->setUpdatesEnabled(false);
}

QImage ViewRenderer::renderImage(double scale) const
{
    if (!m_view)
        return {};
    const QSize pixels(int(std::lround(m_size.width() * scale)),
                       int(std::lround(m_size.height() * scale)));
    QImage image(pixels, QImage::Format_RGB32);
    if (image.isNull())
        return {};
    image.setDevicePixelRatio(scale);
    // The resolution tells image viewers and layout programs the logical size:
    // a 2x file is 192 dpi and shows as large as the 1x one.
    const int dotsPerMeter = int(std::lround(LogicalDpi * scale / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(Appearance::instance()->theme().background);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                           QPainter::SmoothPixmapTransform);
    paint(&painter);
    painter.end();
    return image;
}

QByteArray ViewRenderer::renderPdf(const QString &title, QString *error) const
{
    if (!m_view)
        return {};
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setCreator(creatorName());
        writer.setTitle(title);
        writer.setResolution(LogicalDpi);
        writer.setDocumentXmpMetadata(xmpMetadata(title));
        const QPageSize page(QSizeF(m_size) * 72.0 / LogicalDpi, QPageSize::Point, QString(),
                             QPageSize::ExactMatch);
        writer.setPageLayout(QPageLayout(page, QPageLayout::Portrait, QMarginsF()));
        QPainter painter;
        if (!painter.begin(&writer)) {
            if (error)
                *error = tr("cannot start a PDF document");
            return {};
        }
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        paint(&painter);
        painter.end();
    }
    if (removePdfDates(&bytes) == 0)
        qCWarning(lcExport) << "The PDF writer stamped no date to remove; check determinism";
    return bytes;
}

QByteArray ViewRenderer::renderSvg(const QString &title, QString *error) const
{
    if (!m_view)
        return {};
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(m_size);
    generator.setViewBox(QRect(QPoint(), m_size));
    generator.setResolution(LogicalDpi);
    generator.setTitle(title);
    generator.setDescription(creatorName());
    QPainter painter;
    if (!painter.begin(&generator)) {
        if (error)
            *error = tr("cannot start an SVG document");
        return {};
    }
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    paint(&painter);
    painter.end();
    return bytes;
}

int ViewRenderer::removePdfDates(QByteArray *pdf)
{
    // QPdfWriter writes "/CreationDate (D:20250101120000+01'00')" with the
    // current time. Spaces in its place leave a valid dictionary (the date is
    // optional) and keep every byte offset the cross-reference table records.
    int removed = 0;
    for (const QByteArray &key :
         {QByteArrayLiteral("/CreationDate"), QByteArrayLiteral("/ModDate")}) {
        qsizetype from = 0;
        while ((from = pdf->indexOf(key, from)) >= 0) {
            const qsizetype open = pdf->indexOf('(', from + key.size());
            const qsizetype close = open < 0 ? -1 : pdf->indexOf(')', open);
            if (close < 0 || open - from - key.size() > 2)
                break;
            for (qsizetype i = from; i <= close; ++i)
                (*pdf)[i] = ' ';
            from = close + 1;
            ++removed;
        }
    }
    return removed;
}
