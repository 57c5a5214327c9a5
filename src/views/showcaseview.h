#pragma once

#include "content/content.h"
#include "views/common/painting.h"
#include "views/common/sourcestyle.h"

#include <QVariantMap>
#include <QWidget>

class Catalog;
class LoadingState;
class QPainter;
class SearchField;
class ViewHeader;

// One of the four views of the showcase (hardware, timeline, partners,
// reviews). The main window shows them as tabs; the exporter renders them
// headless at any size; the kiosk steps through their items.
class ShowcaseView : public QWidget
{
    Q_OBJECT

public:
    // \a name is the stable name used on the command line: "hardware",
    // "timeline", ...
    ShowcaseView(const QString &name, Catalog *catalog, QWidget *parent = nullptr);

    QString name() const { return m_name; }
    // The translated title shown on the tab: by default the one the view
    // registry gives name().
    virtual QString title() const;

    // Selects the item \a id (a part, an event, a partner, a quote) and brings it
    // into view. Returns false when the view has no such item.
    virtual bool selectItem(const QString &id) = 0;
    // The id of the selected item, or an empty string.
    virtual QString currentItem() const = 0;

    // Moves the selection to the next item, for the kiosk's attract loop.
    // Returns false when it wrapped around to the first item.
    virtual bool advance();
    // Clears filters, search, scroll and selection: the state a new visitor sees.
    virtual void reset();
    // What a visitor may have changed that no standard widget shows (a zoom,
    // the featured quote, ...), by name, for the kiosk's proof that reset()
    // is total. The base reports the current item.
    virtual QVariantMap state() const;

    // How the view's cards show where their facts come from: as text (what a
    // new view does, and what an export shows), as links (the window) or with
    // QR codes (kiosk mode, export with --qr).
    void setSourceStyle(SourceStyle style);
    SourceStyle sourceStyle() const { return m_sourceStyle; }

    // The field that Edit > Find focuses, or none when the view has no search.
    virtual SearchField *searchField() const { return nullptr; }

    Catalog *catalog() const { return m_catalog; }
    // The heading at the top of the view; the view sets its texts and
    // places it with placeHeader() or a layout.
    ViewHeader *header() const { return m_header; }
    // What covers the view while its content file is being read; null for a
    // view that shows no content file. Visible only while it is.
    LoadingState *loadingState() const { return m_loading; }

Q_SIGNALS:
    void currentItemChanged(const QString &id);

protected:
    // Passes the style on to the cards that show sources; a view without
    // sources has nothing to do.
    virtual void applySourceStyle(SourceStyle style);

    // The view shows the part of the content that \a file fills: while the
    // catalog reads it (Catalog::isLoading()), a loading state covers the view
    // in place of its items or its "nothing matches" state.
    void showsContentOf(ContentFile file);

    // The hooks of the view's life: relayout() places the view's children for
    // its size, layout direction and fonts, and runs on every resize and
    // direction change (a page of a tab widget resized while it is being shown
    // lays out once shown, at its final size); retranslate() sets every string it shows again, on
    // every language change; paintBackground() paints what lies behind the
    // children (by default the theme's background). A view calls them itself
    // for other changes (content, theme, fonts).
    virtual void relayout() {}
    virtual void retranslate() {}
    virtual void paintBackground(QPainter &painter, const QRegion &region);

    // Where a view laid out by hand puts its children, for its size.
    struct Frame
    {
        double scale;              // Typography::scaleFor() the view's size
        Painting::Metrics metrics; // for that scale
        int margin;                // around the content, rounded
        int gutter;                // between its parts, rounded
        QRect content;             // inside the margins; empty when there is no room
        int top;                   // below the header and the gap that follows it
    };
    // The frame for the view's size, with the header scaled to it and placed
    // at the top of the content (mirrored for right-to-left) when there is room.
    Frame placeHeader();

    // Delivers the resize events that \a widget and its children, resized
    // while hidden, still owe themselves, as QWidget::render() does before
    // painting: the exporter resizes and renders views that are never shown,
    // and selecting an item must scroll within the final geometry.
    static void sendPendingResizes(QWidget *widget);

    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    // Runs the relayout() a resize while hidden put off, if any.
    void layOutIfPending();
    void updateLoadingState();

    QString m_name;
    Catalog *m_catalog;
    ViewHeader *m_header;
    LoadingState *m_loading = nullptr;
    SourceStyle m_sourceStyle = SourceStyle::Text;
    bool m_layoutPending = false;
};
