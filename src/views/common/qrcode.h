#pragma once

#include <QColor>
#include <QList>
#include <QPainterPath>
#include <QString>

class QPainter;
class QRectF;

// A QR code (ISO/IEC 18004) of a piece of text, encoded by libqrencode: the
// grid of its modules, and those modules as vector squares, so that the code
// stays sharp at every scale and in PDF and SVG files.
class QrCode
{
public:
    enum class ErrorCorrection { Low, Medium, Quartile, High };
    // Light modules a reader needs around the code, on every side (the
    // standard asks for four).
    static constexpr int QuietZone = 4;

    QrCode() = default;
    // The smallest code that holds \a text as UTF-8 at \a level; a null code
    // when the text does not fit in a QR code (over about 2,300 bytes at
    // medium correction).
    static QrCode encode(const QString &text, ErrorCorrection level = ErrorCorrection::Medium);

    bool isNull() const { return m_size == 0; }
    QString text() const { return m_text; }
    // 1 to 40: 21 modules a side for version 1, four more for each version after.
    int version() const { return m_version; }
    // Modules a side, without the quiet zone.
    int size() const { return m_size; }
    bool isDark(int x, int y) const;

    // The dark modules as squares of side 1 from (0, 0) to (size, size), each
    // row's neighbours merged into one rectangle.
    const QPainterPath &path() const { return m_path; }
    // Fills the dark modules into \a code, the square the modules take
    // without the quiet zone, in \a dark.
    void paint(QPainter *painter, const QRectF &code, const QColor &dark) const;

private:
    QString m_text;
    int m_version = 0;
    int m_size = 0;
    QList<bool> m_modules; // row by row
    QPainterPath m_path;
};
