#include "textmetrics.h"

#include <QFontMetrics>
#include <QRect>

#include <algorithm>

namespace TextMetrics {

namespace {

// Tall enough for any text a view shows, small enough that QFontMetrics can
// add to it without overflowing.
constexpr int Unbounded = 1 << 24;

} // namespace

int wrappedHeight(const QFontMetrics &metrics, const QString &text, double width)
{
    if (text.isEmpty())
        return 0;
    const int w = std::max(1, static_cast<int>(width));
    return metrics.boundingRect(QRect(0, 0, w, Unbounded), Qt::TextWordWrap, text).height();
}

int wrappedHeight(const QFont &font, const QString &text, double width)
{
    return wrappedHeight(QFontMetrics(font), text, width);
}

} // namespace TextMetrics
