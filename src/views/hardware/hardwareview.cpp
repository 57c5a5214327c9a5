#include "hardwareview.h"

#include "comparisoncharts.h"
#include "hardwarediagram.h"
#include "memoryfitchart.h"
#include "models/catalog.h"
#include "models/hardwaremodel.h"
#include "partdetailcard.h"
#include "spectabledelegate.h"
#include "spectablerows.h"
#include "views/common/chipbar.h"
#include "views/common/painting.h"
#include "views/common/viewheader.h"
#include "views/theme.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QResizeEvent>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace {

// Landscape from this width-to-height ratio on: diagram and table side by side.
constexpr double LandscapeRatio = 1.25;

// Up to this many rows, the spec table measures every row and the detail card
// the content of every row. A longer sheet measures its rows as they come into
// view, and its card takes all the room the layout gives it.
constexpr int MeasuredRows = 100;

// A soft fade over the bottom of the spec table while more rows lie below.
class EdgeFade : public QWidget
{
public:
    explicit EdgeFade(QWidget *parent)
        : QWidget(parent)
    {
        setAttribute(Qt::WA_TransparentForMouseEvents);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QColor colour = Appearance::instance()->theme().surface;
        QPainter painter(this);
        if (!CachedPicture::isRaster(painter)) {
            // PDF drops the alpha of gradient stops; bands of even colour keep it.
            const int bands = 12;
            for (int band = 0; band < bands; ++band) {
                colour.setAlphaF(float(std::min(1.0, (band + 1.0) / (bands * 0.85))));
                const double top = height() * band / double(bands);
                painter.fillRect(QRectF(0, top, width(), height() / double(bands) + 0.5), colour);
            }
            return;
        }
        QLinearGradient fade(0, 0, 0, height());
        colour.setAlphaF(0);
        fade.setColorAt(0, colour);
        colour.setAlphaF(1);
        fade.setColorAt(0.85, colour);
        painter.fillRect(rect(), fade);
    }
};

// Vector exports only: PDF and SVG do not clip a widget to its rectangle, so
// the table's last, partly visible row would spill out of its card. This strip
// beneath the table repaints what belongs there: the background and the foot
// of the page card. On screen and in images it paints nothing.
class PageFoot : public QWidget
{
public:
    explicit PageFoot(QWidget *parent)
        : QWidget(parent)
    {
        setAttribute(Qt::WA_TransparentForMouseEvents);
    }

    void setCard(const QRect &card, double scale)
    {
        m_card = card;
        m_scale = scale;
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        if (CachedPicture::isRaster(painter))
            return;
        // The foot of the page card as shapes cut to this strip, not as a
        // clipped card: SVG does not clip either.
        const Theme &theme = Appearance::instance()->theme();
        const Painting::Metrics metrics = Painting::Metrics::forScale(m_scale);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.fillRect(rect(), theme.background);
        if (!m_card.isValid())
            return;
        const double inset = metrics.hairline / 2;
        QPainterPath card;
        card.addRoundedRect(
                QRectF(m_card.translated(-pos())).adjusted(inset, inset, -inset, -inset),
                metrics.radius, metrics.radius);
        QPainterPath strip;
        strip.addRect(QRectF(rect()));
        painter.setPen(Qt::NoPen);
        painter.setBrush(theme.surface);
        painter.drawPath(card.intersected(strip));
        QPainterPathStroker stroker;
        stroker.setWidth(metrics.hairline);
        painter.setBrush(theme.border);
        painter.drawPath(stroker.createStroke(card).intersected(strip));
    }

private:
    QRect m_card;
    double m_scale = 1.0;
};

} // namespace

HardwareView::HardwareView(Catalog *catalog, QWidget *parent)
    : ShowcaseView(u"hardware"_s, catalog, parent)
    , m_diagram(new HardwareDiagram(this))
    , m_card(new PartDetailCard(this))
    , m_chipGroup(new QButtonGroup(this))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(m_stack))
    , m_delegate(new SpecTableDelegate(this))
    , m_selection(new QItemSelectionModel(catalog->hardware(), this))
    , m_fade(new EdgeFade(this))
    , m_foot(new PageFoot(this))
{
    HardwareModel *hardware = catalog->hardware();
    // The view paints its whole background itself.
    setAttribute(Qt::WA_OpaquePaintEvent);

    // The table and the diagram share one selection model.
    m_table->setModel(hardware);
    QItemSelectionModel *own = m_table->selectionModel();
    m_table->setSelectionModel(m_selection);
    delete own;
    m_table->setItemDelegate(m_delegate);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->setShowGrid(false);
    m_table->setFrameShape(QFrame::NoFrame);
    m_table->setTabKeyNavigation(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setColumnHidden(HardwareModel::GroupColumn, true);
    m_table->verticalHeader()->hide();
    m_rows = new SpecTableRows(m_table, MeasuredRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setCornerButtonEnabled(false);
    m_table->viewport()->setAutoFillBackground(false);
    m_table->setAutoFillBackground(false);

    // The chart pages are built when first turned to (see pageWidget()):
    // until then an empty widget keeps each one's place in the stack.
    m_stack->addWidget(m_table);
    m_stack->addWidget(new QWidget(m_stack));
    m_stack->addWidget(new QWidget(m_stack));

    m_diagram->setModel(hardware);
    m_diagram->setSelectionModel(m_selection);
    m_card->setModel(hardware);
    for (int page = 0; page < 3; ++page) {
        auto *chip = new Chip(this);
        m_chipGroup->addButton(chip, page);
        m_chips.append(chip);
    }
    // relayout() places all of these before the first paint: they need no
    // size of their own when shown (see ShowcaseView's header).
    for (QWidget *placed : std::initializer_list<QWidget *>{m_diagram, m_card, m_stack})
        placed->setAttribute(Qt::WA_Resized);
    for (Chip *chip : std::as_const(m_chips))
        chip->setAttribute(Qt::WA_Resized);
    m_chipGroup->setExclusive(true);
    m_chips.first()->setChecked(true);
    connect(m_chipGroup, &QButtonGroup::idClicked, this,
            [this](int page) { setPage(static_cast<Page>(page)); });

    setTabOrder(m_diagram, m_chips.at(0));
    setTabOrder(m_chips.at(0), m_chips.at(1));
    setTabOrder(m_chips.at(1), m_chips.at(2));
    setTabOrder(m_chips.at(2), m_table);

    QScrollBar *scroll = m_table->verticalScrollBar();
    connect(scroll, &QScrollBar::valueChanged, this, &HardwareView::updateFade);
    connect(scroll, &QScrollBar::rangeChanged, this, &HardwareView::updateFade);
    connect(m_selection, &QItemSelectionModel::selectionChanged, this,
            &HardwareView::selectionChanged);
    connect(m_selection, &QItemSelectionModel::modelChanged, this, &HardwareView::selectionChanged);
    connect(hardware, &QAbstractItemModel::modelReset, this, [this] {
        selectionChanged();
        relayout();
    });
    connect(hardware, &QAbstractItemModel::dataChanged, this, &HardwareView::relayout);
    connect(Appearance::instance(), &Appearance::themeChanged, this, [this] {
        restyle();
        update();
    });
    connect(Appearance::instance(), &Appearance::fontsChanged, this, [this] {
        restyle();
        relayout();
    });

    // Styled and laid out once it has a size (see relayout()).
    retranslate();
    selectionChanged();
    // Last, so that the loading state covers every child.
    showsContentOf(ContentFile::Hardware);
}

HardwareView::~HardwareView() = default;

bool HardwareView::selectItem(const QString &id)
{
    HardwareModel *hardware = catalog()->hardware();
    const int row = hardware->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = hardware->index(row, 0);
    m_selection->setCurrentIndex(index,
                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    revealRow(row);
    return true;
}

QString HardwareView::currentItem() const
{
    const QModelIndexList rows = m_selection->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(int(HardwareModel::Role::Id)).toString();
}

bool HardwareView::advance()
{
    const int parts = m_diagram->partCount();
    if (parts == 0)
        return false;
    const int next = m_diagram->selectedPart() + 1;
    if (next >= parts) {
        m_diagram->selectPart(0);
        setPage(static_cast<Page>((int(m_page) + 1) % 3));
        return false;
    }
    m_diagram->selectPart(next);
    revealRow(m_diagram->rowOfPart(next));
    return true;
}

void HardwareView::reset()
{
    m_selection->clear();
    setPage(Page::Specifications);
    // As at a fresh start, the chart pages are built again when next turned
    // to; a kiosk gives their scenes' memory back while it waits.
    if (m_comparison) {
        placePage(Page::ThenAndNow, new QWidget(m_stack));
        m_comparison = nullptr;
    }
    if (m_memoryFit) {
        placePage(Page::MemoryFit, new QWidget(m_stack));
        m_memoryFit = nullptr;
    }
    m_table->scrollToTop();
    m_diagram->setFocusedPart(-1);
}

QVariantMap HardwareView::state() const
{
    QVariantMap result = ShowcaseView::state();
    result.insert(u"page"_s, int(m_page));
    result.insert(u"focusedPart"_s, m_diagram->focusedPart());
    return result;
}

void HardwareView::setPage(Page page)
{
    m_page = page;
    m_stack->setCurrentWidget(pageWidget(page));
    if (QAbstractButton *chip = m_chipGroup->button(int(page)))
        chip->setChecked(true);
    updateFade();
}

QWidget *HardwareView::pageWidget(Page page)
{
    // Every path that shows or renders a chart page turns to it through
    // setPage(), which builds it here.
    switch (page) {
    case Page::Specifications:
        break;
    case Page::ThenAndNow:
        if (!m_comparison) {
            m_comparison = new ComparisonCharts(m_stack);
            placePage(page, m_comparison);
            m_comparison->setScale(m_scale);
            m_comparison->setModel(catalog()->comparison());
        }
        return m_comparison;
    case Page::MemoryFit:
        if (!m_memoryFit) {
            m_memoryFit = new MemoryFitChart(m_stack);
            placePage(page, m_memoryFit);
            m_memoryFit->setScale(m_scale);
            m_memoryFit->setModel(catalog()->memoryFit());
        }
        return m_memoryFit;
    }
    return m_table;
}

void HardwareView::placePage(Page page, QWidget *widget)
{
    // Into the stack, hidden, before it gets its model: a chart page lays out
    // only once shown. It takes the place of what held the page until now (the
    // empty widget, or the chart page that reset() lets go of), so that the
    // stack's index stays the page's number.
    QWidget *previous = m_stack->widget(int(page));
    // At the size the stack will give it: shown at the size a new widget has,
    // it would lay out its charts and wrap its words once for that, then
    // again when the stack places it.
    widget->setGeometry(m_stack->contentsRect());
    m_stack->insertWidget(int(page), widget);
    m_stack->removeWidget(previous);
    delete previous;
    // A view rendered without being shown delivers the new page's resize
    // events on its next paint (see ensureLaidOut()).
    m_hiddenPassPending = true;
}

void HardwareView::updateFade()
{
    const QScrollBar *scroll = m_table->verticalScrollBar();
    const bool more = m_page == Page::Specifications && scroll->value() < scroll->maximum();
    const int height = static_cast<int>(56 * m_scale);
    const QRect stack = m_stack->geometry();
    const QRect fade(stack.left(), stack.bottom() + 1 - height, stack.width(), height);
    // Unchanged geometry is not set again: on a hidden view that would queue a
    // resize event, and ensureLaidOut would lay the table out on every paint.
    if (m_fade->geometry() != fade)
        m_fade->setGeometry(fade);
    m_fade->setVisible(more);
    m_fade->raise();
    const QRect foot(stack.left() - 1, stack.bottom() + 1, stack.width() + 2,
                     std::max(0, this->height() - stack.bottom() - 1));
    if (m_foot->geometry() != foot)
        m_foot->setGeometry(foot);
    static_cast<PageFoot *>(m_foot)->setCard(m_pageCard, m_scale);
    m_foot->raise();
}

void HardwareView::revealRow(int row)
{
    // A row already in sight stays put; one out of sight comes to the middle,
    // with its neighbours and its group's heading around it.
    const QModelIndex index = catalog()->hardware()->index(row, 0);
    if (!index.isValid())
        return;
    m_rows->measureAround(row);
    if (!m_table->viewport()->rect().contains(m_table->visualRect(index)))
        m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_rows->measureInView();
}

void HardwareView::selectionChanged()
{
    const QModelIndexList rows = m_selection->selectedRows();
    const int row = rows.isEmpty() ? -1 : rows.first().row();
    m_card->setRow(row);
    if (row >= 0)
        revealRow(row);
    const QString id = currentItem();
    if (id != m_lastItem) {
        m_lastItem = id;
        Q_EMIT currentItemChanged(id);
    }
}

void HardwareView::retranslate()
{
    header()->setTexts(
            //: Eyebrow above the headline of the Hardware view
            tr("Inside DGX Spark"),
            //: Headline of the Hardware view
            tr("What’s in the box"),
            //: The line under the headline of the Hardware view
            tr("Every part, what it does and why it matters, and how far the "
               "desktop has come."));
    //: Page chip of the Hardware view: the table of specifications
    m_chips.at(0)->setText(tr("Specifications"));
    //: Page chip of the Hardware view: DGX-1 of 2016 against DGX Spark
    m_chips.at(1)->setText(tr("Then and now"));
    //: Page chip of the Hardware view: which model sizes fit in memory
    m_chips.at(2)->setText(tr("What fits in memory"));
    for (Chip *chip : std::as_const(m_chips))
        chip->setAccessibleName(chip->text());
    //: Accessible name of the spec table
    m_table->setAccessibleName(tr("Specifications"));
    relayout();
}

void HardwareView::restyle()
{
    const Theme &theme = Appearance::instance()->theme();
    const Appearance *appearance = Appearance::instance();
    const Painting::Metrics metrics = Painting::Metrics::forScale(m_scale);
    QFont headerFont = appearance->font(Typography::Role::Caption, m_scale);
    headerFont.setWeight(QFont::DemiBold);
    m_table->horizontalHeader()->setFont(headerFont);
    m_table->setFont(appearance->font(Typography::Role::Label, m_scale));
    m_delegate->setScale(m_scale);
    // The delegate paints the selection; the style's row highlight stays out of it.
    QPalette palette = m_table->palette();
    palette.setColor(QPalette::Highlight, Qt::transparent);
    palette.setColor(QPalette::HighlightedText, theme.text);
    m_table->setPalette(palette);
    const int padX = static_cast<int>(std::round(16 * m_scale));
    const int padY = static_cast<int>(std::round(8 * m_scale));
    const int scrollWidth = static_cast<int>(std::round(std::max(6.0, 8 * m_scale)));
    // Only the header and the scroll bar take a style sheet; the delegate
    // paints the cells.
    m_table->setStyleSheet(
            uR"(QHeaderView::section { background: transparent; color: %1; border: none;
                border-bottom: %2px solid %3; padding: %4px %5px; }
                QHeaderView { background: transparent; }
                QTableView { background: transparent; }
                QScrollBar:vertical { background: transparent; width: %6px; margin: 0; }
                QScrollBar::handle:vertical { background: %3; border-radius: %7px; min-height: %8px; }
                QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical { height: 0; }
                QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical { background: none; })"_s
                    .arg(theme.textMuted.name())
                    .arg(std::max(1, static_cast<int>(metrics.hairline)))
                    .arg(theme.border.name())
                    .arg(padY)
                    .arg(padX)
                    .arg(scrollWidth)
                    .arg(scrollWidth / 2)
                    .arg(scrollWidth * 4));
    m_rows->invalidate();
    m_table->viewport()->update();
    m_styled = true;
}

QSize HardwareView::sizeHint() const
{
    return {1440, 900};
}

QSize HardwareView::minimumSizeHint() const
{
    return {640, 480};
}

void HardwareView::relayout()
{
    const int w = width();
    const int h = height();
    if (w <= 0 || h <= 0)
        return;
    // A view that was never given a size (one just built) has nothing to lay
    // out yet: its texts would be measured at a size it never shows.
    if (!testAttribute(Qt::WA_Resized) && !isVisible())
        return;
    m_laidOutSize = size();
    m_hiddenPassPending = true;
    const double scale = Typography::scaleFor(size());
    const bool rescaled = !qFuzzyCompare(scale, m_scale);
    m_scale = scale;
    header()->setScale(scale);
    m_diagram->setScale(scale);
    m_card->setScale(scale);
    if (m_comparison)
        m_comparison->setScale(scale);
    if (m_memoryFit)
        m_memoryFit->setScale(scale);
    for (Chip *chip : std::as_const(m_chips))
        chip->setScale(scale);
    if (rescaled || !m_styled)
        restyle();

    const Qt::LayoutDirection direction = layoutDirection();
    const QRect bounds(0, 0, w, h);
    const Painting::Metrics metrics = Painting::Metrics::forScale(scale);
    const int margin = static_cast<int>(metrics.margin);
    const int gutter = static_cast<int>(metrics.gutter);
    const int padding = static_cast<int>(metrics.padding);
    const int contentWidth = w - 2 * margin;
    const int headerHeight = header()->heightForWidth(contentWidth);
    header()->setGeometry(QStyle::visualRect(direction, bounds,
                                             QRect(margin, margin, contentWidth, headerHeight)));
    const QRect content(margin, margin + headerHeight + gutter, contentWidth,
                        h - 2 * margin - headerHeight - gutter);

    int chipsHeight = 0;
    for (Chip *chip : std::as_const(m_chips))
        chipsHeight = std::max(chipsHeight, chip->sizeHint().height());
    const auto placeChips = [&](int x, int y, int width) {
        int cx = x;
        const int spacing = static_cast<int>(8 * scale);
        for (Chip *chip : std::as_const(m_chips)) {
            const QSize size = chip->sizeHint();
            const int chipWidth = std::min(size.width(), std::max(1, x + width - cx));
            chip->setGeometry(
                    QStyle::visualRect(direction, bounds, QRect(cx, y, chipWidth, chipsHeight)));
            cx += chipWidth + spacing;
        }
    };

    QRect diagram;
    QRect card;
    QRect pageCard;
    if (w >= LandscapeRatio * h) {
        // Diagram and its card on the leading side, table and charts beside them.
        const int leftWidth = static_cast<int>(content.width() * 0.55);
        const int rightWidth = content.width() - leftWidth - gutter;
        const int cardHeight =
                stableCardHeight(leftWidth, static_cast<int>(content.height() * 0.42));
        card = QRect(content.left(), content.bottom() + 1 - cardHeight, leftWidth, cardHeight);
        diagram = QRect(content.left(), content.top(), leftWidth,
                        content.height() - cardHeight - gutter);
        const int rightX = content.left() + leftWidth + gutter;
        placeChips(rightX, content.top(), rightWidth);
        pageCard = QRect(rightX, content.top() + chipsHeight + gutter * 2 / 3, rightWidth,
                         content.height() - chipsHeight - gutter * 2 / 3);
    } else {
        // Portrait: the diagram on top, its card, then the pages beneath.
        const int cardHeight =
                stableCardHeight(content.width(), static_cast<int>(content.height() * 0.22));
        const int pageHeight = static_cast<int>(content.height() * 0.40);
        const int diagramHeight =
                std::max(0, content.height() - cardHeight - pageHeight - chipsHeight - gutter * 3);
        diagram = QRect(content.left(), content.top(), content.width(), diagramHeight);
        card = QRect(content.left(), diagram.bottom() + 1 + gutter, content.width(), cardHeight);
        placeChips(content.left(), card.bottom() + 1 + gutter, content.width());
        pageCard =
                QRect(content.left(), card.bottom() + 1 + gutter * 2 + chipsHeight, content.width(),
                      content.bottom() + 1 - (card.bottom() + 1 + gutter * 2 + chipsHeight));
    }
    m_diagram->setGeometry(QStyle::visualRect(direction, bounds, diagram));
    m_card->setGeometry(QStyle::visualRect(direction, bounds, card));
    m_pageCard = QStyle::visualRect(direction, bounds, pageCard);
    const QRect inside = m_pageCard.adjusted(padding, padding, -padding, -padding);
    m_stack->setGeometry(inside);
    m_table->horizontalHeader()->resizeSection(HardwareModel::NameColumn,
                                               static_cast<int>(inside.width() * 0.4));
    updateFade();
    update();
}

int HardwareView::stableCardHeight(int width, int limit) const
{
    // The card keeps one height while the selection moves: that of the
    // tallest content it can show, within the limit. A long sheet takes the
    // limit rather than lay out every row's card.
    if (m_rows->isLong())
        return limit;
    return std::min(m_card->stableHeightForWidth(width), limit);
}

void HardwareView::showEvent(QShowEvent *event)
{
    ShowcaseView::showEvent(event);
    // An item chosen before the view was first shown (--item) was scrolled to
    // with the sizes of then; now that the table has its own, show it again.
    revealSelection();
}

void HardwareView::revealSelection()
{
    m_table->doItemsLayout();
    const QModelIndexList rows = m_selection->selectedRows();
    if (!rows.isEmpty())
        revealRow(rows.first().row());
    updateFade();
}

void HardwareView::resizeEvent(QResizeEvent *event)
{
    ShowcaseView::resizeEvent(event);
    // Keep the selected row in sight once the table has laid out its new size.
    if (isVisible())
        QMetaObject::invokeMethod(this, &HardwareView::revealSelection, Qt::QueuedConnection);
}

void HardwareView::ensureLaidOut()
{
    if (m_laidOutSize != size())
        relayout();
    if (isVisible() || !m_hiddenPassPending) {
        m_rows->measureInView();
        return;
    }
    m_hiddenPassPending = false;
    // A widget that is never shown gets no resize events, yet the exporter
    // resizes views and renders them without showing them. Deliver what
    // showing would have delivered, parents before children, once per layout.
    const auto deliver = [this] {
        const QList<QWidget *> widgets = findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            if (!widget->testAttribute(Qt::WA_PendingResizeEvent))
                continue;
            widget->setAttribute(Qt::WA_PendingResizeEvent, false);
            QResizeEvent resize(widget->size(), QSize());
            QCoreApplication::sendEvent(widget, &resize);
        }
    };
    deliver();
    // Scroll the table as it would have scrolled on screen: from the top to
    // the selected row, now that it has its real size.
    m_table->doItemsLayout();
    deliver(); // the header and scroll bar the table has just placed
    m_table->scrollToTop();
    const QModelIndexList rows = m_selection->selectedRows();
    if (!rows.isEmpty())
        revealRow(rows.first().row());
    m_rows->measureInView();
    updateFade();
    deliver();
}

void HardwareView::paintEvent(QPaintEvent *event)
{
    ensureLaidOut();
    ShowcaseView::paintEvent(event);
}

void HardwareView::paintBackground(QPainter &painter, const QRegion &)
{
    // The background and the page card change only with size and theme: kept
    // as one opaque picture, which copies faster than it draws.
    const Theme &theme = Appearance::instance()->theme();
    if (m_backdropTheme != int(theme.id) || m_backdropCard != m_pageCard) {
        m_backdropTheme = int(theme.id);
        m_backdropCard = m_pageCard;
        m_backdrop.setFill(theme.background);
        m_backdrop.invalidate();
    }
    m_backdrop.paint(painter, size(), [&](QPainter &backdrop) {
        backdrop.fillRect(rect(), theme.background);
        if (m_pageCard.isValid())
            Painting::card(&backdrop, QRectF(m_pageCard), theme, m_scale);
    });
}

void HardwareView::applySourceStyle(SourceStyle style)
{
    m_card->setSourceStyle(style);
    relayout();
}
