#pragma once

#include <QWidget>

class Catalog;
class SearchField;

// One of the four views of the showcase (hardware, timeline, partners,
// reviews). The main window shows them as tabs; the exporter renders them
// headless at any size; the kiosk steps through their items.
class ShowcaseView : public QWidget
{
    Q_OBJECT

public:
    explicit ShowcaseView(Catalog *catalog, QWidget *parent = nullptr);

    // The stable name used on the command line: "hardware", "timeline", ...
    virtual QString name() const = 0;
    // The translated title shown on the tab.
    virtual QString title() const = 0;

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

    // The field that Edit > Find focuses, or none when the view has no search.
    virtual SearchField *searchField() const { return nullptr; }

    Catalog *catalog() const { return m_catalog; }

Q_SIGNALS:
    void currentItemChanged(const QString &id);

private:
    Catalog *m_catalog;
};
