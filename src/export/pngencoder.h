#pragma once

#include <QByteArray>

class QImage;

// Writes an opaque picture (QImage::Format_RGB32) as the very PNG file that
// Qt's writer makes of it with its defaults (libpng 1.6: 8-bit RGB, the
// filter of each row chosen by libpng's smallest-sum rule, zlib level 6 with
// the filtered strategy, 8 KiB IDAT chunks, the resolution in a pHYs chunk),
// byte for byte, in about half the time: libpng tries its five filters on
// each row one after the other and converts each pixel on the way, where this
// makes one pass over a row for all five. zlib does the compressing, as for Qt.
//
// Other pictures (alpha, colour spaces, text, one pixel wide or high, or so
// small that libpng would shrink the zlib window) are not its business:
// canEncode() is false and encode() gives nothing.
class PngEncoder
{
public:
    static bool canEncode(const QImage &image);
    // The file's bytes; empty when canEncode() is false or zlib fails.
    static QByteArray encode(const QImage &image);
};
