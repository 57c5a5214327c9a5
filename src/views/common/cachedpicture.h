#pragma once

#include <QColor>
#include <QImage>

#include <functional>

class QPainter;

// A widget's own painting kept as one image, for widgets whose drawing
// changes far less often than they repaint: drawn once at the device's pixel
// ratio and copied from there until it is invalidated or the size changes.
// PDF and SVG exports are drawn straight through, in vector.
class CachedPicture
{
public:
    // When the picture is made: at the first paint of a size, or at the
    // second, the first being drawn straight onto the painter. The second
    // suits an opaque picture whose drawing covers it (the same pixels either
    // way) on a widget often painted once and left, as at start-up: no image,
    // no copy, until a repaint would use them.
    enum class Keep { FromFirstPaint, FromSecondPaint };

    explicit CachedPicture(QImage::Format format = QImage::Format_ARGB32_Premultiplied,
                           const QColor &fill = Qt::transparent, Keep keep = Keep::FromFirstPaint);

    // Draws again on the next paint().
    void invalidate() { m_valid = false; }
    void setFill(const QColor &fill);

    // Copies the picture of a widget of \a size onto \a painter, calling
    // \a draw to make it first where it is out of date.
    void paint(QPainter &painter, const QSize &size, const std::function<void(QPainter &)> &draw);

    // Whether \a painter draws pixels (a widget, an image) rather than a
    // vector document.
    static bool isRaster(const QPainter &painter);

private:
    QImage m_image;
    QImage::Format m_format;
    QColor m_fill;
    Keep m_keep;
    bool m_valid = false;
    // The size and ratio of the paint drawn straight through, with Keep::FromSecondPaint.
    QSize m_drawnPixels;
    qreal m_drawnRatio = 0;
};
