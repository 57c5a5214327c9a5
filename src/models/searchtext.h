#pragma once

#include <QString>

// Folds text for type-to-search: case and accents are ignored, so "gigabyte"
// finds "GIGABYTE" and "zurich" finds "Zürich".
namespace SearchText {
QString fold(const QString &text);
} // namespace SearchText
