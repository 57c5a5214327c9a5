#include "textmetrics.h"

#include <QFont>
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

int WrappedHeights::height(const QFont &font, const QString &text, double width)
{
    if (text.isEmpty())
        return 0;
    // The key names every family: the fallbacks decide the glyphs of CJK text.
    const QString key = font.key() + u'\n' + font.families().join(u',') + u'\n' +
                        QString::number(std::max(1, static_cast<int>(width))) + u'\n' + text;
    const auto found = m_heights.constFind(key);
    if (found != m_heights.constEnd())
        return found.value();
    const int measured = wrappedHeight(font, text, width);
    m_heights.insert(key, measured);
    return measured;
}

int wrappedHeight(WrappedHeights *heights, const QFont &font, const QString &text, double width)
{
    return heights ? heights->height(font, text, width) : wrappedHeight(font, text, width);
}

} // namespace TextMetrics
