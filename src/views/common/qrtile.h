#pragma once

#include "qrcode.h"

#include <QWidget>

struct Theme;

// A QR code of a web address on its own light tile, with the address's short
// host name beneath it ("blogs.nvidia.com"): dark modules on light in every
// theme, so that any phone camera reads it, and large enough to scan from a
// metre away on a 1080p screen. Drawn as vector squares, on whole pixels.
class QrTile : public QWidget
{
    Q_OBJECT

public:
    // The side of the code without its quiet zone, in logical pixels at
    // scale 1: about 10 cm on a 43-inch 1080p screen, which a phone camera
    // reads from a metre away.
    static constexpr int TargetCodeSide = 200;

    explicit QrTile(QWidget *parent = nullptr);

    void setUrl(const QString &url);
    QString url() const { return m_code.text(); }
    const QrCode &code() const { return m_code; }
    bool isEmpty() const { return m_code.isNull(); }

    // The typographic scale of the view the tile sits in.
    void setScale(double scale);
    double scale() const { return m_scale; }

    // Logical pixels per module: whole pixels, so that the modules sit on the
    // pixel grid at device pixel ratios 1 and 2.
    int moduleSize() const;
    // Where the modules are, without the quiet zone, in the tile's coordinates.
    QRect codeRect() const;
    // The size the tile needs; it is laid out at exactly this size.
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }
    // The size of a tile for \a url at \a scale, for layouts that plan ahead.
    static QSize sizeFor(const QString &url, double scale);

    // The colours of the modules and of the tile in \a theme: the theme's
    // darkest ink on white, well over the 7:1 contrast a scanner needs.
    static QColor darkColor(const Theme &theme);
    static QColor lightColor(const Theme &theme);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    static QFont hostFont(double scale);
    static int moduleSize(int modules, double scale);
    static QSize sizeFor(int modules, const QString &host, double scale);

    QrCode m_code;
    QString m_host;
    double m_scale = 1.0;
};
