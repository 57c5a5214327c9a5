#include "cachedpicture.h"

#include <QPaintEngine>
#include <QPainter>

#include <algorithm>
#include <cmath>

CachedPicture::CachedPicture(QImage::Format format, const QColor &fill, Keep keep)
    : m_format(format)
    , m_fill(fill)
    , m_keep(keep)
{}

void CachedPicture::setFill(const QColor &fill)
{
    if (fill != m_fill) {
        m_fill = fill;
        m_valid = false;
    }
}

bool CachedPicture::isRaster(const QPainter &painter)
{
    return painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Raster;
}

void CachedPicture::paint(QPainter &painter, const QSize &size,
                          const std::function<void(QPainter &)> &draw)
{
    if (!isRaster(painter)) {
        // Nothing is drawn outside the widget, which vector engines would not clip.
        draw(painter);
        return;
    }
    const qreal ratio = std::max(1.0, std::abs(painter.deviceTransform().m11()));
    const QSize pixels = (QSizeF(size) * ratio).toSize();
    if (!m_valid || m_image.size() != pixels || !qFuzzyCompare(m_image.devicePixelRatio(), ratio)) {
        if (m_keep == Keep::FromSecondPaint &&
            (m_valid || m_drawnPixels != pixels || !qFuzzyCompare(m_drawnRatio, ratio))) {
            m_valid = false;
            m_image = QImage();
            m_drawnPixels = pixels;
            m_drawnRatio = ratio;
            draw(painter);
            return;
        }
        m_drawnPixels = QSize();
        m_valid = true;
        m_image = QImage(pixels, m_format);
        m_image.setDevicePixelRatio(ratio);
        m_image.fill(m_fill);
        QPainter picture(&m_image);
        draw(picture);
    }
    painter.drawImage(QPointF(0, 0), m_image);
}
