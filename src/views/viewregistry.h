#pragma once

#include <QCoreApplication>
#include <QStringList>

class Catalog;
class QWidget;
class ShowcaseView;

// The four views by name: which exist, what they are called, which items each
// holds, and how to make one.
class ViewRegistry
{
    Q_DECLARE_TR_FUNCTIONS(ViewRegistry)

public:
    // "hardware", "timeline", "partners", "reviews", in tab order.
    static QStringList names();
    static bool contains(const QString &name) { return names().contains(name); }
    // The translated title of the view \a name.
    static QString title(const QString &name);

    static ShowcaseView *create(const QString &name, Catalog *catalog, QWidget *parent = nullptr);

    // Whether the view \a name shows an item with \a id.
    static bool hasItem(const QString &name, const Catalog &catalog, const QString &id);
    // The first view, in tab order, that shows an item with \a id, or an empty string.
    static QString viewOfItem(const Catalog &catalog, const QString &id);
};
