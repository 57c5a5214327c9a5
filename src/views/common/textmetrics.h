#pragma once

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

} // namespace TextMetrics
