#include "partnergrid.h"

#include "partnertiledelegate.h"
#include "views/common/painting.h"
#include "views/theme.h"

#include <QEvent>
#include <QScrollBar>
#include <QStyle>

PartnerGrid::PartnerGrid(QWidget *parent)
    : QListView(parent)
    , m_delegate(new PartnerTileDelegate(this))
{
    setViewMode(IconMode);
    setMovement(Static);
    setFlow(LeftToRight);
    setWrapping(true);
    setResizeMode(Adjust);
    setUniformItemSizes(true);
    setLayoutMode(SinglePass);
    setSpacing(0);
    setSelectionMode(SingleSelection);
    setEditTriggers(NoEditTriggers);
    setDragEnabled(false);
    setSelectionRectVisible(false);
    setVerticalScrollMode(ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    setMouseTracking(true);
    setAttribute(Qt::WA_Hover);
    viewport()->setAttribute(Qt::WA_Hover);
    viewport()->setAutoFillBackground(false);
    setItemDelegate(m_delegate);
    connect(Appearance::instance(), &Appearance::themeChanged, this, [this] {
        Painting::styleScrollBar(verticalScrollBar(), scale());
        viewport()->update();
    });
    connect(Appearance::instance(), &Appearance::fontsChanged, this, [this] {
        m_delegate->clearCache();
        updateTileSize();
    });
    Painting::styleScrollBar(verticalScrollBar(), scale());
    updateTileSize();
}

void PartnerGrid::setScale(double scale)
{
    if (qFuzzyCompare(scale, m_delegate->scale()))
        return;
    m_delegate->setScale(scale);
    verticalScrollBar()->setSingleStep(static_cast<int>(48 * scale));
    Painting::styleScrollBar(verticalScrollBar(), scale);
    updateTileSize();
}

double PartnerGrid::scale() const
{
    return m_delegate->scale();
}

void PartnerGrid::updateTileSize()
{
    const double scale = m_delegate->scale();
    // Reserve the scroll bar's width whether it shows or not, so that its
    // coming and going never changes the number of columns. QListView itself
    // reserves the style's extent, whatever the bar's own style sheet says.
    const int bar =
            std::max(style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, verticalScrollBar()),
                     verticalScrollBar()->sizeHint().width());
    // QListView wraps a row whose tiles end exactly at its right edge, so
    // the tiles leave it one pixel: without it, every width that the columns
    // divide exactly showed a column less, with a gap where it belonged.
    const int width = std::max(1, this->width() - bar - 1);
    const int minimum = PartnerTileDelegate::minimumTileWidth(scale) +
                        static_cast<int>(Painting::Metrics::forScale(scale).gutter);
    m_columns = std::max(1, width / std::max(1, minimum));
    const QSize tile(width / m_columns, PartnerTileDelegate::tileHeight(scale));
    if (tile == m_delegate->tileSize() && tile == gridSize())
        return;
    m_delegate->setTileSize(tile);
    setGridSize(tile);
    doItemsLayout();
}

void PartnerGrid::keyboardSearch(const QString &search)
{
    // Printable keys go to the search field rather than jumping between tiles
    // by first letter: one way to find a partner, and it ignores accents.
    if (!search.isEmpty() && search.at(0).isPrint())
        Q_EMIT searchTyped(search);
}

void PartnerGrid::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                              const QList<int> &roles)
{
    m_delegate->clearCache(); // a new language, new names
    QListView::dataChanged(topLeft, bottomRight, roles);
}

void PartnerGrid::reset()
{
    m_delegate->clearCache();
    QListView::reset();
}

void PartnerGrid::resizeEvent(QResizeEvent *event)
{
    updateTileSize();
    QListView::resizeEvent(event);
}

void PartnerGrid::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LayoutDirectionChange)
        doItemsLayout();
    QListView::changeEvent(event);
}

void PartnerGrid::focusInEvent(QFocusEvent *event)
{
    QListView::focusInEvent(event);
    viewport()->update();
}

void PartnerGrid::focusOutEvent(QFocusEvent *event)
{
    QListView::focusOutEvent(event);
    viewport()->update();
}
