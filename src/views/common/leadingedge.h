#pragma once

#include <Qt>

// The side a reader of \a direction starts from, as an absolute alignment.
// Painters keep an automatic text direction so that words keep their own
// script's order (English stays left to right in an Arabic layout, with its
// full stop at the end); only where a paragraph sits follows the layout.
inline Qt::Alignment leadingEdge(Qt::LayoutDirection direction)
{
    return Qt::AlignAbsolute | (direction == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft);
}
