#include "qrcode.h"

#include <QPainter>
#include <QRectF>

#include <qrencode.h>

#include <memory>

QrCode QrCode::encode(const QString &text, ErrorCorrection level)
{
    static constexpr QRecLevel levels[] = {QR_ECLEVEL_L, QR_ECLEVEL_M, QR_ECLEVEL_Q, QR_ECLEVEL_H};
    const QByteArray utf8 = text.toUtf8();
    if (utf8.isEmpty() || utf8.contains('\0'))
        return {};
    // Version 0 lets the encoder pick the smallest version the text fits in;
    // 8-bit mode keeps upper and lower case exactly as written.
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> encoded(
            QRcode_encodeString(utf8.constData(), 0, levels[int(level)], QR_MODE_8, 1),
            &QRcode_free);
    if (!encoded || encoded->width <= 0)
        return {};
    QrCode code;
    code.m_text = text;
    code.m_version = encoded->version;
    code.m_size = encoded->width;
    const int count = code.m_size * code.m_size;
    code.m_modules.resize(count);
    for (int i = 0; i < count; ++i)
        code.m_modules[i] = (encoded->data[i] & 1) != 0; // bit 0: dark
    code.m_path.setFillRule(Qt::WindingFill);
    for (int y = 0; y < code.m_size; ++y) {
        int x = 0;
        while (x < code.m_size) {
            if (!code.isDark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < code.m_size && code.isDark(x, y))
                ++x;
            code.m_path.addRect(start, y, x - start, 1);
        }
    }
    return code;
}

bool QrCode::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size)
        return false; // the quiet zone
    return m_modules.at(y * m_size + x);
}

void QrCode::paint(QPainter *painter, const QRectF &code, const QColor &dark) const
{
    if (isNull() || code.isEmpty())
        return;
    painter->save();
    painter->translate(code.topLeft());
    painter->scale(code.width() / m_size, code.height() / m_size);
    // One path, filled once: neighbouring squares share their edges without
    // the hairline seams that separately antialiased squares leave.
    painter->setPen(Qt::NoPen);
    painter->setBrush(dark);
    painter->drawPath(m_path);
    painter->restore();
}
