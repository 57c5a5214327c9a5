#pragma once

#include "masonrylayout.h"
#include "quotecard.h"
#include "views/common/carditemview.h"
#include "views/common/sourcestyle.h"

#include <QHash>

// The quote wall: every quote of its model as a card, in a masonry layout that
// keeps the model's reading order (MasonryLayout). Cards are painted, not
// widgets, and measured only as the wall scrolls near them (once per width,
// by quote id), so ten thousand quotes open and scroll as smoothly as fifteen. Keyboard: arrows
// move through the cards (Left and Right in reading order, Up and Down within a column), Home, End,
// Page Up and Down. With SourceStyle::Links, a card's source line is a link: a click on it,
// or Enter on the card, opens the source in the browser.
class QuoteWall : public CardItemView
{
    Q_OBJECT

public:
    explicit QuoteWall(QWidget *parent = nullptr);
    ~QuoteWall() override;

    // The typographic scale of the view the wall sits in.
    void setScale(double scale);
    double scale() const { return m_scale; }
    // Cards are at least this wide (at scale 1) and at most this many across.
    void setMinimumColumnWidth(int width);
    void setMaximumColumns(int columns);
    int columnCount() const;

    // The message painted when the model is empty.
    void setEmptyText(const QString &text);
    QString emptyText() const { return m_emptyText; }

    void setSourceStyle(SourceStyle style);
    SourceStyle sourceStyle() const { return m_sourceStyle; }
    // The web address of the source line at \a point of the viewport, with
    // links on; else an empty string.
    QString linkAt(const QPoint &point) const;

    // The card rectangles in content coordinates (no scrolling), by row, with
    // every card measured.
    const MasonryLayout &masonry() const;
    // Lays out now if anything changed; painting and hit-testing call it too.
    void ensureLayout() const;

    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    void setModel(QAbstractItemModel *model) override;

    QSize sizeHint() const override;

protected:
    QRect rowRect(int row) const override;
    int rowAt(const QPoint &point) const override;
    QList<int> rowsIn(const QRect &rect) const override;
    Qt::Orientation scrollOrientation() const override { return Qt::Vertical; }
    // Room for the focus ring, which is drawn just outside a card.
    int rowBleed() const override { return inset(); }

    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    void updateGeometries() override;
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                     const QList<int> &roles = QList<int>()) override;
    void rowsInserted(const QModelIndex &parent, int start, int end) override;
    void rowsAboutToBeRemoved(const QModelIndex &parent, int start, int end) override;
    void reset() override;
    void doItemsLayout() override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;

    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    void invalidateLayout();
    void setHoveredRow(int row);
    QRect contentRect(int row) const; // in content coordinates, margins included
    QSize viewportSize() const;
    void measureUpTo(int row) const;
    void measureThrough(int y) const;
    void syncScrollRange() const;
    int inset() const;

    double m_scale = 1.0;
    int m_minimumColumnWidth = 340;
    int m_maximumColumns = 6;
    QString m_emptyText;
    int m_hoveredRow = -1;
    SourceStyle m_sourceStyle = SourceStyle::Text;
    QString m_pressedLink;

    // Layout state, rebuilt lazily: painting, hit-testing and scrolling can all
    // come before the first resize event when the wall is rendered unshown.
    mutable bool m_layoutDirty = true;
    mutable bool m_heightsDirty = true;
    mutable int m_laidOutWidth = -1;
    mutable QList<int> m_heights; // measured or estimated
    mutable QList<bool> m_known;  // whether m_heights is measured
    mutable QStringList m_ids;
    QMetaObject::Connection m_layoutConnection;
    // The source rows of the cards laid out, when the model is a proxy: a
    // filter's change that keeps them keeps the layout.
    mutable QList<int> m_sourceRows;
    bool showsTheRowsLaidOut() const;
    bool m_keepLayout = false;      // the next doItemsLayout() keeps the layout
    mutable int m_measuredUpTo = 0; // every row before it is measured
    mutable int m_estimate = 0;
    bool m_geometriesPending = false;
    // Card heights by quote id at the current column width: filtering only
    // looks heights up, it never measures text again.
    mutable QHash<QString, int> m_heightCache;
    mutable QHash<QString, QList<QuoteCard::Block>> m_blockCache;
    mutable MasonryLayout m_masonry;
};
