#pragma once

#include <QHash>
#include <QString>

class QFont;
class QFontMetrics;

// Measures of text as the views lay it out.
namespace TextMetrics {

// The height that \a text takes when it wraps at word boundaries within
// \a width pixels (at least one), with no limit on the height. Empty text
// takes no height.
int wrappedHeight(const QFontMetrics &metrics, const QString &text, double width);
int wrappedHeight(const QFont &font, const QString &text, double width);

// wrappedHeight() for one pass that measures many texts, some of them more
// than once (the same citation under several parts): each font, text and
// width is measured once while the object lives.
class WrappedHeights
{
public:
    int height(const QFont &font, const QString &text, double width);

private:
    QHash<QString, int> m_heights;
};

// The height from \a heights if there are any, else measured now.
int wrappedHeight(WrappedHeights *heights, const QFont &font, const QString &text, double width);

} // namespace TextMetrics
