#pragma once

#include "views/showcaseview.h"

class ChipBar;
class PartnerEmptyState;
class PartnerDetailPane;
class PartnerFilterProxy;
class PartnerGrid;
class SearchField;

// The Partners view: who builds, sells and uses DGX Spark, as a grid of
// typographic tiles with filter chips by category, type-to-search that ignores
// case and accents, and a detail pane for the selected partner.
class PartnersView : public ShowcaseView
{
    Q_OBJECT

public:
    explicit PartnersView(Catalog *catalog, QWidget *parent = nullptr);

    bool selectItem(const QString &id) override;
    QString currentItem() const override;
    // The kiosk's partner spotlight: the next partner in the grid.
    bool advance() override;
    void reset() override;

    ChipBar *categoryFilter() const { return m_categories; }
    SearchField *searchField() const override { return m_search; }
    PartnerGrid *grid() const { return m_grid; }
    PartnerDetailPane *detailPane() const { return m_detail; }
    PartnerFilterProxy *proxy() const { return m_proxy; }
    // The message and button shown over the grid when nothing matches.
    PartnerEmptyState *emptyState() const { return m_empty; }

protected:
    void applySourceStyle(SourceStyle style) override;
    void relayout() override;
    void retranslate() override;
    // A printable character typed anywhere in the view starts a search.
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateCounts();
    void updateEmptyState();
    void clearFilters();
    void gridCurrentChanged(const QModelIndex &current);

    ChipBar *m_categories;
    SearchField *m_search;
    PartnerFilterProxy *m_proxy;
    PartnerGrid *m_grid;
    PartnerDetailPane *m_detail;
    PartnerEmptyState *m_empty;
    double m_scale = 1.0;
};
