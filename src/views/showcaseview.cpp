#include "showcaseview.h"

ShowcaseView::ShowcaseView(Catalog *catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
{}

bool ShowcaseView::advance()
{
    return false;
}

void ShowcaseView::reset() {}

QVariantMap ShowcaseView::state() const
{
    return {{QStringLiteral("item"), currentItem()}};
}
