#pragma once

#include <QAbstractItemView>
#include <QList>

// An item view over a flat model that paints one rectangle per row itself (a
// quote card, a timeline event) and scrolls along one axis. A subclass says
// where a row is, which rows lie in a rectangle and which way it scrolls; the
// view answers from that what QAbstractItemView asks of indexes, offsets and
// selections. Every row shows: a filter takes rows out of the model instead.
class CardItemView : public QAbstractItemView
{
    Q_OBJECT

public:
    explicit CardItemView(QWidget *parent = nullptr);

    QRect visualRect(const QModelIndex &index) const override;
    QModelIndex indexAt(const QPoint &point) const override;

protected:
    // The rectangle of \a row in viewport coordinates; empty when it has none.
    virtual QRect rowRect(int row) const = 0;
    // The row at \a point of the viewport, or -1.
    virtual int rowAt(const QPoint &point) const = 0;
    // The rows in \a rect (normalized) of the viewport.
    virtual QList<int> rowsIn(const QRect &rect) const = 0;
    // The direction the view scrolls in, with that scroll bar's value as offset.
    virtual Qt::Orientation scrollOrientation() const = 0;
    // How far a row's painting reaches outside its rectangle (a focus ring).
    virtual int rowBleed() const { return 0; }

    int horizontalOffset() const override;
    int verticalOffset() const override;
    bool isIndexHidden(const QModelIndex &index) const override;
    void setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command) override;
    QRegion visualRegionForSelection(const QItemSelection &selection) const override;
};
