#pragma once

#include "views/common/sourcestyle.h"

#include <QPersistentModelIndex>
#include <QPixmap>
#include <QPointer>
#include <QWidget>

#include <memory>

class QAbstractItemModel;
class QPainter;
class QrTile;
class SourceLinks;

// The story of one timeline event, beside or beneath the axis: its category and
// era, the date as the reader's locale writes it (a month stays a month), the
// title, place and people, what happened, a quote in its original words with
// who said it (and a marked translation when there is one), and the sources.
// Without an event it introduces the timeline and explains how it is drawn.
// Everything is painted; text shrinks a little before anything is cut. The
// sources are citations, links in the window (SourceLinks), or citations
// and a QR code of the first source's address (kiosk, export with --qr).
class TimelineDetailCard : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineDetailCard(QWidget *parent = nullptr);
    ~TimelineDetailCard() override;

    // The event to show (an index of TimelineModel or a proxy of it); an invalid
    // index shows the introduction.
    void setIndex(const QModelIndex &index);
    QModelIndex index() const { return m_index; }
    // How many events the timeline shows, for the introduction.
    void setEventCount(int count);
    // The words searched for; with no event to show, the introduction says
    // that nothing matches them.
    void setSearchText(const QString &text);
    // The categories (CategoryModel), whose rows pick the theme's category colours.
    void setCategoryModel(QAbstractItemModel *model);
    void setScale(double scale);
    void setSourceStyle(SourceStyle style);
    SourceStyle sourceStyle() const { return m_style; }
    SourceLinks *sourceLinks() const { return m_links; }
    QrTile *qrTile() const { return m_qr; }

    // The share of the full type size the text needed to fit; 1 when it fits as
    // designed. Below the smallest share, the description is shortened.
    double textScale() const;
    // The text of every paragraph shown, in reading order.
    QStringList paragraphs() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Paragraph;
    struct Placed;
    struct Layout;
    QList<Paragraph> build() const;
    const Layout &layout() const;
    void paintSymbol(QPainter *painter, int symbol, const QPointF &centre, double scale) const;
    void paintCard(QPainter *painter);
    // The height of \a list at \a textScale in \a width, and where each paragraph goes.
    double measure(const QList<Paragraph> &list, double textScale, double width,
                   QList<Placed> *placed, double *factKey) const;
    void refresh();
    // Puts the links or the QR code where the layout keeps room for them.
    void placeSources();

    QPersistentModelIndex m_index;
    mutable std::shared_ptr<Layout> m_layout;
    QPixmap m_pixmap; // the card as last painted
    QPointer<QAbstractItemModel> m_categories;
    int m_eventCount = 0;
    QString m_searchText;
    double m_scale = 1.0;
    SourceStyle m_style = SourceStyle::Text;
    SourceLinks *m_links;
    QrTile *m_qr;
};
