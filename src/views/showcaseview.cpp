#include "showcaseview.h"

ShowcaseView::ShowcaseView(Catalog *catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
{}

void ShowcaseView::setSourceStyle(SourceStyle style)
{
    if (style == m_sourceStyle)
        return;
    m_sourceStyle = style;
    applySourceStyle(style);
}

void ShowcaseView::applySourceStyle(SourceStyle) {}

bool ShowcaseView::advance()
{
    return false;
}

void ShowcaseView::reset() {}

QVariantMap ShowcaseView::state() const
{
    return {{QStringLiteral("item"), currentItem()}};
}
