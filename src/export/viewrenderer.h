#pragma once

#include "views/common/sourcestyle.h"

#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>

#include <memory>

class Catalog;
class QPainter;
class ShowcaseView;

// Lays out one view, off screen, at a logical size, and draws it into a
// raster image at any device pixel ratio, a one-page PDF or an SVG. The view
// is made through ViewRegistry in the current language and theme (a
// RenderScope's, during an export), with the layout direction of the default
// QLocale from its first child on, so a renderer shows what a window of that
// size would show, with its real layout rather than a scaled grab, and never
// changes the application's direction. One layout serves every render.
// Its cards show their sources in \a sources style: citations unless a QR
// code is asked for (an export never shows links, which a picture cannot open).
class ViewRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ViewRenderer)

public:
    ViewRenderer(const QString &view, Catalog *catalog, QSize size,
                 SourceStyle sources = SourceStyle::Text);
    ~ViewRenderer();
    ViewRenderer(const ViewRenderer &) = delete;
    ViewRenderer &operator=(const ViewRenderer &) = delete;

    bool isValid() const { return m_view != nullptr; }
    ShowcaseView *view() const { return m_view.get(); }
    QSize size() const { return m_size; }

    // Selects \a id in the view and lets the layout follow; false when the
    // view has no such item.
    bool selectItem(const QString &id);

    // The view at \a scale device pixels per logical pixel: size() * scale
    // pixels, opaque, with text drawn at the full resolution.
    QImage renderImage(double scale) const;
    // A one-page PDF document of the view, drawn as vectors: a logical pixel
    // is 1/96 inch (0.75 point), so 1920x1080 makes a 20 x 11.25 inch page.
    // The document carries \a title and no date, so the same view gives the
    // same bytes every time. Empty on failure, with the reason in \a error.
    QByteArray renderPdf(const QString &title, QString *error = nullptr) const;
    // An SVG document of the view, drawn as vectors, with a viewBox of size().
    QByteArray renderSvg(const QString &title, QString *error = nullptr) const;

    // Blanks the creation and modification dates QPdfWriter stamps into a
    // document's information dictionary, keeping every byte offset (the
    // cross-reference table counts bytes). Returns the number of dates removed.
    static int removePdfDates(QByteArray *pdf);

private:
    // Delivers the posted layout, resize and polish events and zero-timers
    // that item views and layouts use to finish their geometry, to the view's
    // own widgets only, without running the event loop.
    void settle();
    void paint(QPainter *painter) const;

    std::unique_ptr<ShowcaseView> m_view;
    QSize m_size;
};
