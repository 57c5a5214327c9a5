#pragma once

#include <QHash>
#include <QStaticText>
#include <QStyledItemDelegate>

class QPainter;

// Paints one partner as a typographic tile: a large monogram in the colour of
// its category (never a company logo), the name, and what the partner makes or
// does. Every tile has the same size, which the grid sets from its width.
class PartnerTileDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit PartnerTileDelegate(QObject *parent = nullptr);

    void setScale(double scale) { m_scale = scale; }
    double scale() const { return m_scale; }
    void setTileSize(const QSize &size) { m_tileSize = size; }
    QSize tileSize() const { return m_tileSize; }
    // The height a tile needs at \a scale.
    static int tileHeight(double scale);
    // The narrowest a tile may be at \a scale.
    static int minimumTileWidth(double scale);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    // The monogram on a square tinted with \a color, shared with the detail pane.
    static void paintMonogram(QPainter *painter, const QRectF &square, const QString &monogram,
                              const QColor &color, double scale);
    // Draws \a text wrapped into at most \a maxLines lines of \a rect, eliding the
    // last; returns the height used.
    static int drawLines(QPainter *painter, const QRect &rect, const QFont &font,
                         const QString &text, int maxLines, Qt::LayoutDirection direction);
    // \a text wrapped at \a width into at most \a maxLines lines, the last elided.
    static QStringList wrapLines(const QFont &font, const QString &text, int width, int maxLines);

    // Forgets the laid-out text of the tiles, after the model's text changed.
    void clearCache();

private:
    int drawCachedLines(QPainter *painter, const QString &key, const QRect &rect, const QFont &font,
                        const QString &text, int maxLines, Qt::LayoutDirection direction) const;

    // The lines of each tile's text, laid out once: scrolling repaints tiles
    // without wrapping or eliding their text again.
    mutable QHash<QString, QList<QStaticText>> m_lines;
    mutable QSize m_cachedTile;
    mutable double m_cachedScale = 0;
    double m_scale = 1.0;
    QSize m_tileSize = {280, 220};
};
