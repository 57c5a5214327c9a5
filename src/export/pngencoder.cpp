#include "pngencoder.h"

#include <QColorSpace>
#include <QImage>
#include <QtEndian>

#include <zlib.h>

#include <array>
#include <cstdint>
#include <cstring>
#include <vector>

namespace {

// What libpng writes into one IDAT chunk at most (PNG_ZBUF_SIZE).
constexpr qsizetype IdatChunkBytes = 8192;
// At or below this many bytes of filtered rows, libpng narrows the zlib
// window and rewrites the zlib header.
constexpr qint64 NarrowWindowBytes = 16384;
constexpr int BytesPerPixel = 3;
// Rows this wide keep a row's sum of costs within 32 bits, and pictures of
// up to this many filtered bytes go to zlib in one call.
constexpr int MaxWidth = 1 << 22;
constexpr qint64 MaxFilteredBytes = qint64(1) << 31;

void appendChunk(QByteArray *file, const char type[4], const char *data, qsizetype size)
{
    std::array<char, 8> head = {};
    qToBigEndian(quint32(size), head.data());
    std::memcpy(head.data() + 4, type, 4);
    file->append(head.data(), 8);
    file->append(data, size);
    uLong crc = crc32(0, reinterpret_cast<const Bytef *>(type), 4);
    if (size > 0)
        crc = crc32(crc, reinterpret_cast<const Bytef *>(data), uInt(size));
    std::array<char, 4> tail = {};
    qToBigEndian(quint32(crc), tail.data());
    file->append(tail.data(), 4);
}

// One row of RGB bytes filtered every way libpng tries, and the sum of each.
struct FilterRows
{
    explicit FilterRows(std::size_t bytes)
        : filtered(4, std::vector<std::uint8_t>(bytes))
    {}
    std::vector<std::vector<std::uint8_t>> filtered; // Sub, Up, Average, Paeth
};

// libpng's cost of \a count filtered bytes: the sum of their distances from
// zero as signed bytes. A row has at most 3 * 16384 bytes (ExportRequest's
// limit), so the sum fits in 32 bits, which vectorizes better.
std::uint32_t pngCosts(const std::uint8_t *bytes, std::size_t count)
{
    std::uint32_t sum = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const int v = std::int8_t(bytes[i]);
        sum += std::uint32_t(v < 0 ? -v : v);
    }
    return sum;
}

// Filters one row of RGB bytes (\a raw, with \a previous the row above, zeros
// for the first) the way libpng's png_write_find_filter() does: the sum of
// costs of each filter, the smallest wins, the earlier on a tie. Writes the
// filter byte and the filtered bytes to \a out. Each loop is a plain pass
// over the row that the compiler vectorizes.
void filterRow(const std::uint8_t *raw, const std::uint8_t *previous, std::size_t bytes,
               FilterRows *rows, std::uint8_t *out)
{
    std::uint8_t *sub = rows->filtered[0].data();
    std::uint8_t *up = rows->filtered[1].data();
    std::uint8_t *average = rows->filtered[2].data();
    std::uint8_t *paeth = rows->filtered[3].data();
    for (std::size_t i = 0; i < std::size_t(BytesPerPixel); ++i) {
        sub[i] = raw[i];
        average[i] = std::uint8_t(raw[i] - (previous[i] >> 1));
        paeth[i] = std::uint8_t(raw[i] - previous[i]);
    }
    for (std::size_t i = 0; i < bytes; ++i)
        up[i] = std::uint8_t(raw[i] - previous[i]);
    for (std::size_t i = BytesPerPixel; i < bytes; ++i)
        sub[i] = std::uint8_t(raw[i] - raw[i - BytesPerPixel]);
    for (std::size_t i = BytesPerPixel; i < bytes; ++i)
        average[i] = std::uint8_t(raw[i] - ((raw[i - BytesPerPixel] + previous[i]) >> 1));
    for (std::size_t i = BytesPerPixel; i < bytes; ++i) {
        const int a = raw[i - BytesPerPixel];
        const int b = previous[i];
        const int c = previous[i - BytesPerPixel];
        const int p = b - c;
        const int q = a - c;
        const int pa = p < 0 ? -p : p;
        const int pb = q < 0 ? -q : q;
        const int pc = (p + q) < 0 ? -(p + q) : p + q;
        const int predictor = (pa <= pb && pa <= pc) ? a : (pb <= pc) ? b : c;
        paeth[i] = std::uint8_t(raw[i] - predictor);
    }
    int filter = 0;
    std::uint32_t best = pngCosts(raw, bytes);
    for (int type = 1; type <= 4; ++type) {
        const std::uint32_t sum = pngCosts(rows->filtered[std::size_t(type - 1)].data(), bytes);
        if (sum < best) {
            best = sum;
            filter = type;
        }
    }
    out[0] = std::uint8_t(filter);
    std::memcpy(out + 1, filter == 0 ? raw : rows->filtered[std::size_t(filter - 1)].data(), bytes);
}

} // namespace

bool PngEncoder::canEncode(const QImage &image)
{
    const qint64 filteredBytes = (qint64(image.width()) * BytesPerPixel + 1) * image.height();
    return image.format() == QImage::Format_RGB32 && image.width() > 1 && image.height() > 1 &&
           image.width() <= MaxWidth && filteredBytes > NarrowWindowBytes &&
           filteredBytes <= MaxFilteredBytes && !image.colorSpace().isValid() &&
           image.textKeys().isEmpty();
}

QByteArray PngEncoder::encode(const QImage &image)
{
    if (!canEncode(image))
        return {};
    const int width = image.width();
    const int height = image.height();
    const std::size_t rowBytes = std::size_t(width) * BytesPerPixel;

    QByteArray file;
    // About what the exports compress to, so that the file seldom moves.
    file.reserve(qsizetype(rowBytes) * height / 8);
    file.append("\x89PNG\r\n\x1a\n", 8);
    std::array<char, 13> header = {};
    qToBigEndian(quint32(width), header.data());
    qToBigEndian(quint32(height), header.data() + 4);
    header[8] = 8; // bits per sample
    header[9] = 2; // RGB; compression, filter method and interlace stay 0
    appendChunk(&file, "IHDR", header.data(), qsizetype(header.size()));
    if (image.dotsPerMeterX() > 0 || image.dotsPerMeterY() > 0) {
        std::array<char, 9> resolution = {};
        qToBigEndian(quint32(image.dotsPerMeterX()), resolution.data());
        qToBigEndian(quint32(image.dotsPerMeterY()), resolution.data() + 4);
        resolution[8] = 1; // per metre
        appendChunk(&file, "pHYs", resolution.data(), qsizetype(resolution.size()));
    }

    // Row by row into zlib, and 8 KiB of its output at a time into an IDAT
    // chunk, as libpng does.
    z_stream stream = {};
    if (deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15, 8, Z_FILTERED) != Z_OK)
        return {};
    std::array<std::uint8_t, IdatChunkBytes> chunk = {};
    stream.next_out = chunk.data();
    stream.avail_out = uInt(chunk.size());
    auto compress = [&](std::uint8_t *data, std::size_t size, int flush) {
        stream.next_in = data;
        stream.avail_in = uInt(size);
        for (;;) {
            const int status = deflate(&stream, flush);
            if (status != Z_OK && status != Z_STREAM_END && status != Z_BUF_ERROR)
                return false;
            if (stream.avail_out == 0 ||
                (status == Z_STREAM_END && stream.avail_out < chunk.size())) {
                appendChunk(&file, "IDAT", reinterpret_cast<const char *>(chunk.data()),
                            qsizetype(chunk.size() - stream.avail_out));
                stream.next_out = chunk.data();
                stream.avail_out = uInt(chunk.size());
            }
            if (status == Z_STREAM_END)
                return true;
            if (flush == Z_NO_FLUSH && stream.avail_in == 0)
                return true;
        }
    };

    std::vector<std::uint8_t> rows(2 * rowBytes, 0);
    FilterRows candidates(rowBytes);
    std::vector<std::uint8_t> filtered(rowBytes + 1);
    std::uint8_t *raw = rows.data();
    std::uint8_t *previous = rows.data() + rowBytes;
    bool compressed = true;
    for (int y = 0; y < height && compressed; ++y) {
        const auto *pixels = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < width; ++x) {
            const QRgb pixel = pixels[x];
            raw[3 * x] = std::uint8_t(qRed(pixel));
            raw[3 * x + 1] = std::uint8_t(qGreen(pixel));
            raw[3 * x + 2] = std::uint8_t(qBlue(pixel));
        }
        filterRow(raw, previous, rowBytes, &candidates, filtered.data());
        compressed = compress(filtered.data(), filtered.size(), Z_NO_FLUSH);
        std::swap(raw, previous);
    }
    compressed = compressed && compress(nullptr, 0, Z_FINISH);
    deflateEnd(&stream);
    if (!compressed)
        return {};
    appendChunk(&file, "IEND", nullptr, 0);
    return file;
}
