#pragma once

#include "views/showcaseview.h"

class ChipBar;
class QBoxLayout;
class QModelIndex;
class SearchField;
class SearchPreparation;
class TimelineDetailCard;
class TimelineFilterProxy;
class TimelineItemView;

// The Timeline tab: from the 2016 DGX-1 to DGX Spark on desks. A heading, filter
// chips for the event categories and a search field, the events on a zoomable time axis, and the
// story of the chosen event on a card beside it (beneath it in portrait, where
// the axis runs down the screen).
class TimelineView : public ShowcaseView
{
    Q_OBJECT

public:
    explicit TimelineView(Catalog *catalog, QWidget *parent = nullptr);

    bool selectItem(const QString &id) override;
    QString currentItem() const override { return m_currentId; }
    bool advance() override;
    void reset() override;
    QVariantMap state() const override;

    ChipBar *chipBar() const { return m_chips; }
    TimelineItemView *itemView() const { return m_itemView; }
    TimelineDetailCard *detailCard() const { return m_card; }
    TimelineFilterProxy *proxy() const { return m_proxy; }
    SearchField *searchField() const override { return m_search; }

protected:
    void applySourceStyle(SourceStyle style) override;
    void paintBackground(QPainter &painter, const QRegion &region) override;
    void relayout() override;
    void showEvent(QShowEvent *event) override;
    void retranslate() override;

private:
    void updateLayout();
    void updateCounts();
    void updateTabOrder();
    void updateColors();
    void applyFilter(const QSet<QString> &categories);
    void applySearch(const QString &text);
    // Puts the chosen event back once the filter settles, or clears it.
    void settleSelection(const QString &keep);
    void select(const QModelIndex &index, bool centre);
    void currentChanged(const QModelIndex &current);
    void restoreCurrent();

    TimelineFilterProxy *m_proxy;
    SearchPreparation *m_searchPreparation;
    ChipBar *m_chips;
    SearchField *m_search;
    TimelineItemView *m_itemView;
    TimelineDetailCard *m_card;
    QBoxLayout *m_filters;      // the chips and the search field
    QBoxLayout *m_searchColumn; // lines the field up with the chips' first line
    QBoxLayout *m_body;
    QString m_currentId;
    bool m_filtering = false;
};
