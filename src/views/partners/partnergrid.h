#pragma once

#include <QListView>

class PartnerTileDelegate;

// The grid of partner tiles: a QListView in icon mode with one delegate and
// uniform tile sizes, so ten thousand partners cost no more to paint than the
// few on screen. The tiles fill the width: as many columns as fit, stretched
// to share the room. Typing a letter while the grid has the focus starts a
// search (searchTyped) instead of jumping to a tile.
class PartnerGrid : public QListView
{
    Q_OBJECT

public:
    explicit PartnerGrid(QWidget *parent = nullptr);

    void setScale(double scale);
    double scale() const;
    int columnCount() const { return m_columns; }
    PartnerTileDelegate *tileDelegate() const { return m_delegate; }

    void keyboardSearch(const QString &search) override;

Q_SIGNALS:
    void searchTyped(const QString &text);

protected:
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                     const QList<int> &roles = QList<int>()) override;
    void reset() override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void updateTileSize();

    PartnerTileDelegate *m_delegate;
    int m_columns = 1;
};
