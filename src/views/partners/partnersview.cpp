#include "partnersview.h"

#include "models/catalog.h"
#include "models/categorymodel.h"
#include "models/partnerfilterproxy.h"
#include "models/partnermodel.h"
#include "partnerdetailpane.h"
#include "partneremptystate.h"
#include "partnergrid.h"
#include "views/common/chipbar.h"
#include "views/common/filtercurrent.h"
#include "views/common/painting.h"
#include "views/common/searchfield.h"
#include "views/common/viewheader.h"
#include "views/theme.h"

#include <QCoreApplication>
#include <QEvent>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QPainter>
#include <QResizeEvent>
#include <QScrollBar>
#include <QStyle>

using namespace Qt::StringLiterals;

using PartnerRole = PartnerModel::Role;

PartnersView::PartnersView(Catalog *catalog, QWidget *parent)
    : ShowcaseView(u"partners"_s, catalog, parent)
    , m_categories(new ChipBar(this))
    , m_search(new SearchField(this))
    , m_proxy(new PartnerFilterProxy(this))
    , m_grid(new PartnerGrid(this))
    , m_detail(new PartnerDetailPane(this))
    , m_empty(new PartnerEmptyState(this))
{
    m_proxy->setSourceModel(catalog->partners());
    m_grid->setModel(m_proxy);
    m_categories->setMode(ChipBar::Mode::Single);
    m_categories->setModel(catalog->partnerCategories(), int(CategoryModel::Role::Id));
    m_detail->setOverview(catalog->partnerCategories(), catalog->partners());
    m_empty->hide();

    connect(m_search, &QLineEdit::textChanged, m_proxy, &PartnerFilterProxy::setSearchText);
    connect(m_categories, &ChipBar::selectionChanged, this, [this](const QSet<QString> &ids) {
        m_proxy->setCategory(ids.isEmpty() ? QString() : *ids.begin());
    });
    connect(m_proxy, &PartnerFilterProxy::filterChanged, this, [this] {
        updateCounts();
        updateEmptyState();
    });
    connect(m_grid, &PartnerGrid::searchTyped, m_search, &SearchField::startSearch);
    // Esc in the empty search field goes back to the grid.
    connect(m_search, &SearchField::leaveRequested, this,
            [this] { m_grid->setFocus(Qt::OtherFocusReason); });
    // Down from the search field goes into the grid: type, then pick.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_proxy->rowCount() == 0)
            return;
        m_grid->setFocus(Qt::OtherFocusReason);
        if (!m_grid->currentIndex().isValid()) {
            m_grid->selectionModel()->setCurrentIndex(m_proxy->index(0, 0),
                                                      QItemSelectionModel::ClearAndSelect);
        }
    });
    connect(m_empty, &PartnerEmptyState::clearRequested, this, [this] {
        clearFilters();
        m_search->setFocus(Qt::OtherFocusReason);
    });
    connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PartnersView::gridCurrentChanged);
    // The chosen partner filtered out: its neighbour, as before.
    new FilterCurrent(
            m_proxy, m_grid->selectionModel(), [this] { gridCurrentChanged(QModelIndex()); }, this);
    connect(catalog->partners(), &QAbstractItemModel::modelReset, this, [this] {
        updateCounts();
        updateEmptyState();
        relayout();
    });
    connect(catalog->partners(), &QAbstractItemModel::dataChanged, this,
            &PartnersView::updateCounts);
    connect(Appearance::instance(), &Appearance::themeChanged, this, [this] {
        m_categories->setColors(Appearance::instance()->theme().categories);
        update();
    });
    connect(Appearance::instance(), &Appearance::fontsChanged, this, &PartnersView::relayout);

    // The search, the chips, then the grid.
    const auto updateTabOrder = [this] {
        setTabOrder(m_categories->setTabOrderAfter(m_search), m_grid);
    };
    updateTabOrder();
    connect(m_categories, &ChipBar::chipsRebuilt, this, updateTabOrder);
    m_categories->setColors(Appearance::instance()->theme().categories);
    retranslate();
    updateCounts();
    updateEmptyState();
    // Last, so that the loading state covers every child.
    showsContentOf(ContentFile::Partners);
}

void PartnersView::retranslate()
{
    header()->setTexts(
            //: Eyebrow above the Partners view's headline
            tr("Partners").toUpper(),
            //: Headline of the Partners view
            tr("Who builds, sells and uses it"),
            //: The line under the Partners headline
            tr("System makers, chip partners, software, labs, studios and shops: "
               "choose one to see what they do with DGX Spark."));
    //: First chip of the partner category filter
    m_categories->setAllText(tr("All"));
    //: Accessible name of the partner category chips
    m_categories->setAccessibleName(tr("Filter by category"));
    m_search->setTexts(
            //: Placeholder of the partner search field
            tr("Search partners"),
            //: Accessible description of the partner search field
            tr("Finds partners by name, product, place or people; "
               "case and accents do not matter."));
    //: Accessible name of the grid of partner tiles
    m_grid->setAccessibleName(tr("Partners"));
    //: Accessible description of the grid of partner tiles
    m_grid->setAccessibleDescription(tr("One tile per partner. Arrow keys move between tiles; "
                                        "typing starts a search."));
    relayout();
}

void PartnersView::updateCounts()
{
    // The counts follow the search, whatever the chosen category, so each
    // chip says what a click on it would show.
    // One pass over the partners for every chip.
    int total = 0;
    const QHash<QString, int> counts = m_proxy->matchCounts(&total);
    // Every category has its count, 0 too, and only the categories do.
    const CategoryModel *categories = catalog()->partnerCategories();
    QHash<QString, int> byCategory;
    for (int row = 0; row < categories->rowCount(); ++row) {
        const QString id = categories->index(row).data(int(CategoryModel::Role::Id)).toString();
        byCategory.insert(id, counts.value(id));
    }
    m_categories->setCounts(byCategory, total);
}

void PartnersView::updateEmptyState()
{
    const bool empty = m_proxy->rowCount() == 0;
    m_empty->setSearchText(m_proxy->searchText());
    m_empty->setVisible(empty);
    if (empty)
        m_empty->raise();
}

void PartnersView::clearFilters()
{
    m_search->clear();
    m_categories->setSelection({});
}

void PartnersView::gridCurrentChanged(const QModelIndex &current)
{
    m_detail->setPartner(current);
    Q_EMIT currentItemChanged(current.data(int(PartnerRole::Id)).toString());
}

bool PartnersView::selectItem(const QString &id)
{
    sendPendingResizes(this);
    if (catalog()->partners()->rowOf(id) < 0)
        return false;
    if (m_proxy->rowOf(id) < 0)
        clearFilters();
    const int row = m_proxy->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->index(row, 0);
    m_grid->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_grid->scrollTo(index, QAbstractItemView::EnsureVisible);
    return true;
}

QString PartnersView::currentItem() const
{
    return m_grid->currentIndex().data(int(PartnerRole::Id)).toString();
}

bool PartnersView::advance()
{
    sendPendingResizes(this);
    const int rows = m_proxy->rowCount();
    if (rows == 0)
        return false;
    const int next = m_grid->currentIndex().isValid() ? m_grid->currentIndex().row() + 1 : 0;
    const bool wrapped = next >= rows;
    const QModelIndex index = m_proxy->index(wrapped ? 0 : next, 0);
    m_grid->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_grid->scrollTo(index, QAbstractItemView::EnsureVisible);
    return !wrapped;
}

void PartnersView::reset()
{
    sendPendingResizes(this);
    clearFilters();
    // clear() can be undone: a new visitor's Ctrl+Z would bring the last
    // visitor's search back. setText() starts a new undo history.
    m_search->setText(QString());
    m_grid->selectionModel()->clear();
    m_grid->scrollToTop();
}

void PartnersView::keyPressEvent(QKeyEvent *event)
{
    // Keys that the chips, the detail pane or the view itself leave alone
    // end up here.
    if (SearchField::startsSearch(event)) {
        m_search->startSearch(event->text());
        event->accept();
        return;
    }
    ShowcaseView::keyPressEvent(event);
}

void PartnersView::relayout()
{
    const Frame frame = placeHeader();
    m_scale = frame.scale;
    m_categories->setScale(m_scale);
    m_grid->setScale(m_scale);
    m_detail->setScale(m_scale);
    m_empty->setScale(m_scale);
    m_search->setFont(Appearance::instance()->font(Typography::Role::Body, m_scale));
    if (frame.content.isEmpty())
        return;
    const Painting::Metrics &metrics = frame.metrics;
    const int gutter = frame.gutter;
    const QRect &content = frame.content;
    const int top = frame.top;
    const int bottom = content.bottom();

    // Landscape: the detail pane on the trailing side. Portrait: beneath.
    QRect area;
    QRect detail;
    const bool landscape = width() > height() * 1.15;
    if (landscape) {
        const int paneWidth = std::clamp(content.width() * 3 / 10, static_cast<int>(360 * m_scale),
                                         static_cast<int>(600 * m_scale));
        detail = QRect(content.right() - paneWidth + 1, top, paneWidth, bottom - top + 1);
        area = QRect(content.left(), top, content.width() - paneWidth - gutter * 2,
                     bottom - top + 1);
    } else {
        const int paneHeight = std::clamp((bottom - top) * 3 / 10, static_cast<int>(280 * m_scale),
                                          static_cast<int>(520 * m_scale));
        detail = QRect(content.left(), bottom - paneHeight + 1, content.width(), paneHeight);
        area = QRect(content.left(), top, content.width(), detail.top() - gutter * 2 - top);
    }
    m_detail->setGeometry(QStyle::visualRect(layoutDirection(), rect(), detail));

    // The search field and the chips: side by side when there is room.
    const int chipRoom = static_cast<int>(std::ceil(metrics.ring * 2));
    const int pill = m_categories->chips().constFirst()->sizeHint().height() - 2 * chipRoom;
    const int searchWidth = std::clamp(area.width() * 3 / 10, static_cast<int>(280 * m_scale),
                                       static_cast<int>(440 * m_scale));
    m_search->setPillHeight(pill);
    int y = area.top();
    QRect chips;
    if (area.width() - searchWidth - gutter >= static_cast<int>(640 * m_scale)) {
        m_search->setGeometry(
                QStyle::visualRect(layoutDirection(), rect(),
                                   QRect(area.right() - searchWidth + 1, y, searchWidth, pill)));
        chips = QRect(area.left(), y, area.width() - searchWidth - gutter, 0);
    } else {
        m_search->setGeometry(QStyle::visualRect(layoutDirection(), rect(),
                                                 QRect(area.left(), y, area.width(), pill)));
        y += pill + gutter / 2;
        chips = QRect(area.left(), y, area.width(), 0);
    }
    const int chipsHeight = m_categories->heightForWidth(chips.width() + 2 * chipRoom);
    m_categories->setGeometry(
            QStyle::visualRect(layoutDirection(), rect(),
                               QRect(chips.left() - chipRoom, chips.top() - chipRoom,
                                     chips.width() + 2 * chipRoom, chipsHeight)));
    y = std::max(chips.top() - chipRoom + chipsHeight, m_search->geometry().bottom() + 1) + gutter;

    // The tiles carry half a gutter around them: pull the grid out by as much
    // so their edges line up with the header's text.
    const int half = gutter / 2;
    const int gridBottom = landscape ? height() - 1 : area.bottom();
    const QRect gridRect(area.left() - half, y - half, area.width() + 2 * half,
                         gridBottom - y + 1 + half);
    m_grid->setGeometry(QStyle::visualRect(layoutDirection(), rect(), gridRect));
    m_empty->setGeometry(QStyle::visualRect(
            layoutDirection(), rect(),
            QRect(area.left(), y, area.width(), std::min(area.bottom(), gridBottom) - y + 1)));
    m_search->setScale(m_scale);
    update();
}

void PartnersView::applySourceStyle(SourceStyle style)
{
    m_detail->setSourceStyle(style);
}
