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
    explicit CachedPicture(QImage::Format format = QImage::Format_ARGB32_Premultiplied,
                           const QColor &fill = Qt::transparent);

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
    bool m_valid = false;
};
