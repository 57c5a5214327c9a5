#pragma once

#include "views/showcaseview.h"

class ChipBar;
class FeaturedQuote;
class QStringListModel;
class SearchField;
class SearchPreparation;
class QuoteWall;
class ReviewFilterProxy;

// The Reviews view: a large featured quote that rotates, and a wall of every
// quote, praise and criticism alike, filtered by outlet and by kind and
// searched by words.
class ReviewsView : public ShowcaseView
{
    Q_OBJECT

public:
    explicit ReviewsView(Catalog *catalog, QWidget *parent = nullptr);

    bool selectItem(const QString &id) override;
    QString currentItem() const override;
    // The kiosk's step: the next featured quote, on the wall and in the feature.
    bool advance() override;
    void reset() override;
    QVariantMap state() const override;

    FeaturedQuote *featured() const { return m_featured; }
    QuoteWall *wall() const { return m_wall; }
    ChipBar *kindFilter() const { return m_kinds; }
    ChipBar *outletFilter() const { return m_outlets; }
    SearchField *searchField() const override { return m_search; }
    ReviewFilterProxy *wallProxy() const { return m_wallProxy; }
    ReviewFilterProxy *featuredProxy() const { return m_featuredProxy; }

protected:
    void applySourceStyle(SourceStyle style) override;
    void relayout() override;
    void showEvent(QShowEvent *event) override;
    void retranslate() override;

private:
    void rebuildOutlets();
    void updateCounts();
    void applyFilters();
    void wallCurrentChanged(const QModelIndex &current);
    void updateEmptyText();
    void updateTabOrder();

    ChipBar *m_kinds;
    ChipBar *m_outlets;
    SearchField *m_search;
    QStringListModel *m_outletModel;
    ReviewFilterProxy *m_wallProxy;
    SearchPreparation *m_searchPreparation;
    ReviewFilterProxy *m_featuredProxy;
    FeaturedQuote *m_featured;
    QuoteWall *m_wall;
    double m_scale = 1.0;
};
