#include "reviewsview.h"

#include "controlbutton.h"
#include "featuredquote.h"
#include "models/catalog.h"
#include "models/categorymodel.h"
#include "models/reviewfilterproxy.h"
#include "models/reviewmodel.h"
#include "quotewall.h"
#include "views/common/chipbar.h"
#include "views/common/filtercurrent.h"
#include "views/common/painting.h"
#include "views/common/searchfield.h"
#include "views/common/searchpreparation.h"
#include "views/common/viewheader.h"
#include "views/theme.h"

#include <QCoreApplication>
#include <QEvent>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPainter>
#include <QResizeEvent>
#include <QScrollBar>
#include <QStringListModel>
#include <QStyle>

using namespace Qt::StringLiterals;

using Role = ReviewModel::Role;

ReviewsView::ReviewsView(Catalog *catalog, QWidget *parent)
    : ShowcaseView(u"reviews"_s, catalog, parent)
    , m_kinds(new ChipBar(this))
    , m_outlets(new ChipBar(this))
    , m_search(new SearchField(this))
    , m_outletModel(new QStringListModel(this))
    , m_wallProxy(new ReviewFilterProxy(this))
    , m_searchPreparation(
              new SearchPreparation(this, catalog->reviews(),
                                    [this](int rows) { return m_wallProxy->prepareSearch(rows); }))
    , m_featuredProxy(new ReviewFilterProxy(this))
    , m_featured(new FeaturedQuote(this))
    , m_wall(new QuoteWall(this))
{
    m_wallProxy->setSourceModel(catalog->reviews());
    m_featuredProxy->setSourceModel(catalog->reviews());
    m_featuredProxy->setFeaturedOnly(true);

    m_kinds->setMode(ChipBar::Mode::Single);
    m_kinds->setModel(catalog->reviewKinds(), int(CategoryModel::Role::Id));
    m_outlets->setMode(ChipBar::Mode::Single);
    m_outlets->setModel(m_outletModel, Qt::DisplayRole);
    m_featured->setModel(m_featuredProxy);
    m_wall->setModel(m_wallProxy);

    // Tab order follows reading order: the feature, its controls, the
    // filters, the wall.
    setTabOrder(m_featured, m_featured->previousButton());
    setTabOrder(m_featured->previousButton(), m_featured->playButton());
    setTabOrder(m_featured->playButton(), m_featured->nextButton());
    setTabOrder(m_featured->nextButton(), m_search);
    updateTabOrder();
    connect(m_kinds, &ChipBar::chipsRebuilt, this, &ReviewsView::updateTabOrder);
    connect(m_outlets, &ChipBar::chipsRebuilt, this, &ReviewsView::updateTabOrder);

    connect(m_kinds, &ChipBar::selectionChanged, this, &ReviewsView::applyFilters);
    connect(m_outlets, &ChipBar::selectionChanged, this, &ReviewsView::applyFilters);
    connect(m_search, &QLineEdit::textChanged, this, &ReviewsView::applyFilters);
    // Esc in the empty search field goes back to the wall.
    connect(m_search, &SearchField::leaveRequested, this,
            [this] { m_wall->setFocus(Qt::OtherFocusReason); });
    connect(catalog->reviews(), &QAbstractItemModel::modelReset, this, [this] {
        rebuildOutlets();
        updateCounts();
    });
    connect(catalog->reviews(), &QAbstractItemModel::dataChanged, this, &ReviewsView::updateCounts);
    connect(m_wall->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ReviewsView::wallCurrentChanged);
    // The chosen quote filtered out: its neighbour, as before.
    new FilterCurrent(
            m_wallProxy, m_wall->selectionModel(), [this] { wallCurrentChanged(QModelIndex()); },
            this);
    connect(Appearance::instance(), &Appearance::themeChanged, this, qOverload<>(&QWidget::update));
    connect(Appearance::instance(), &Appearance::fontsChanged, this, &ReviewsView::relayout);

    rebuildOutlets();
    retranslate();
    updateCounts();
    // Last, so that the loading state covers every child.
    showsContentOf(ContentFile::Reviews);
}

void ReviewsView::retranslate()
{
    header()->setTexts(
            //: Eyebrow above the Reviews view's headline
            tr("Reviews").toUpper(),
            //: Headline of the Reviews view
            tr("What reviewers said"),
            //: The line under the Reviews headline
            tr("In their own words: the praise, the measured verdicts and the "
               "criticism, each with its source."));
    //: First chip of the kind filter: every kind of quote
    m_kinds->setAllText(tr("All kinds"));
    //: First chip of the outlet filter: every outlet and author
    m_outlets->setAllText(tr("All outlets"));
    //: Accessible name of the filter chips by kind (reviews, videos, social posts, press)
    m_kinds->setAccessibleName(tr("Filter by kind"));
    //: Accessible name of the filter chips by outlet or author
    m_outlets->setAccessibleName(tr("Filter by outlet"));
    //: Accessible name of the wall of quote cards
    m_wall->setAccessibleName(tr("Quote wall"));
    m_wall->setAccessibleDescription(
            //: Accessible description of the wall of quote cards
            tr("Every quote with its outlet, date and source, in reading order. "
               "Arrow keys move between quotes."));
    m_search->setTexts(
            //: Placeholder of the quote search field
            tr("Search quotes"),
            //: Accessible description of the quote search field
            tr("Finds quotes by their words, outlet or author; "
               "case and accents do not matter."));
    updateEmptyText();
    relayout();
}

void ReviewsView::updateTabOrder()
{
    setTabOrder(m_outlets->setTabOrderAfter(m_kinds->setTabOrderAfter(m_search)), m_wall);
}

void ReviewsView::updateEmptyText()
{
    if (m_search->text().trimmed().isEmpty()) {
        //: Shown on the quote wall when the filters leave nothing
        m_wall->setEmptyText(tr("No quote matches these filters. Choose “All kinds” or "
                                "“All outlets” to see more."));
    } else {
        //: Shown on the quote wall when the search and filters leave nothing; %1 is the search
        m_wall->setEmptyText(tr("No quote matches “%1” with these filters. Empty the search, "
                                "or choose “All kinds” or “All outlets”, to see more.")
                                     .arg(m_search->text().trimmed()));
    }
}

void ReviewsView::rebuildOutlets()
{
    const QStringList outlets = catalog()->reviews()->outlets();
    if (outlets != m_outletModel->stringList())
        m_outletModel->setStringList(outlets);
}

void ReviewsView::updateCounts()
{
    // Each bar counts what the other bar's filter leaves, so a chip never
    // promises quotes that its click would not show.
    const ReviewModel *reviews = catalog()->reviews();
    const QString kind = m_wallProxy->kind();
    const QString outlet = m_wallProxy->outlet();
    QHash<QString, int> byKind;
    QHash<QString, int> byOutlet;
    int kindTotal = 0;
    int outletTotal = 0;
    for (int row = 0; row < reviews->rowCount(); ++row) {
        // The counts follow the search, so a chip never promises more than
        // its click shows.
        if (!m_wallProxy->matchesSearch(row))
            continue;
        const Review &review = reviews->item(row);
        const QString &k = review.kind;
        const QString &o = review.outlet;
        if (outlet.isEmpty() || o == outlet) {
            ++byKind[k];
            ++kindTotal;
        }
        if (kind.isEmpty() || k == kind) {
            ++byOutlet[o];
            ++outletTotal;
        }
    }
    m_kinds->setCounts(byKind, kindTotal);
    m_outlets->setCounts(byOutlet, outletTotal);
}

void ReviewsView::applyFilters()
{
    const QSet<QString> kinds = m_kinds->selection();
    const QSet<QString> outlets = m_outlets->selection();
    m_wallProxy->setKind(kinds.isEmpty() ? QString() : *kinds.begin());
    m_wallProxy->setOutlet(outlets.isEmpty() ? QString() : *outlets.begin());
    m_wallProxy->setSearchText(m_search->text());
    updateEmptyText();
    updateCounts();
    m_wall->verticalScrollBar()->setValue(0);
    relayout();
}

void ReviewsView::wallCurrentChanged(const QModelIndex &current)
{
    const QString id = current.data(int(Role::Id)).toString();
    // A featured quote chosen on the wall also takes the stage.
    if (current.data(int(Role::Featured)).toBool())
        m_featured->showItem(id);
    Q_EMIT currentItemChanged(id);
}

bool ReviewsView::selectItem(const QString &id)
{
    sendPendingResizes(this);
    if (catalog()->reviews()->rowOf(id) < 0)
        return false;
    if (m_wallProxy->rowOf(id) < 0) {
        m_search->clear();
        m_kinds->setSelection({});
        m_outlets->setSelection({});
    }
    const int row = m_wallProxy->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_wallProxy->index(row, 0);
    m_wall->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_wall->scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_featured->showItem(id);
    return true;
}

QString ReviewsView::currentItem() const
{
    return m_wall->currentIndex().data(int(Role::Id)).toString();
}

bool ReviewsView::advance()
{
    sendPendingResizes(this);
    const bool moved = m_featured->next();
    const QString id = m_featured->currentId();
    if (!id.isEmpty())
        selectItem(id);
    return moved;
}

void ReviewsView::reset()
{
    sendPendingResizes(this);
    // setText() rather than clear(), which can be undone: a new visitor's
    // Ctrl+Z must not bring the last visitor's search back.
    m_search->setText(QString());
    m_kinds->setSelection({});
    m_outlets->setSelection({});
    m_wall->selectionModel()->clear();
    m_wall->verticalScrollBar()->setValue(0);
    m_featured->restart();
}

QVariantMap ReviewsView::state() const
{
    QVariantMap result = ShowcaseView::state();
    result.insert(u"featured"_s, m_featured->currentRow());
    result.insert(u"playing"_s, m_featured->isPlaying());
    return result;
}

void ReviewsView::showEvent(QShowEvent *event)
{
    ShowcaseView::showEvent(event);
    m_searchPreparation->schedule();
}

void ReviewsView::relayout()
{
    const Frame frame = placeHeader();
    m_scale = frame.scale;
    m_kinds->setScale(m_scale);
    m_outlets->setScale(m_scale);
    m_featured->setScale(m_scale);
    m_wall->setScale(m_scale);
    if (frame.content.isEmpty())
        return;
    const Painting::Metrics &metrics = frame.metrics;
    const int margin = frame.margin;
    const int gutter = frame.gutter;
    const QRect &content = frame.content;
    int top = frame.top;
    const int bottom = content.bottom();
    // The wall's cards carry their own room for focus rings; pull the wall out
    // by as much so cards line up with the header's text.
    const int ringRoom = static_cast<int>(std::ceil(metrics.ring * 3));

    QRect filters;
    if (width() > height() * 1.15) {
        // Landscape: the feature on the leading side, the wall beside it.
        const int featureWidth =
                std::clamp(content.width() * 2 / 5,
                           std::min(content.width() / 2, static_cast<int>(420 * m_scale)),
                           static_cast<int>(760 * m_scale));
        m_featured->setGeometry(QStyle::visualRect(layoutDirection(), rect(),
                                                   QRect(content.left() - ringRoom, top - ringRoom,
                                                         featureWidth + 2 * ringRoom,
                                                         bottom - top + 1 + 2 * ringRoom)));
        const int left = content.left() + featureWidth + gutter * 2;
        filters = QRect(left, top, content.right() - left + 1, 0);
    } else {
        // Portrait or square: the feature above the filters and the wall.
        int featureHeight = std::clamp((bottom - top) * 2 / 5, static_cast<int>(300 * m_scale),
                                       static_cast<int>(620 * m_scale));
        const auto placeFeature = [&] {
            m_featured->setGeometry(QStyle::visualRect(
                    layoutDirection(), rect(),
                    QRect(content.left() - ringRoom, top - ringRoom, content.width() + 2 * ringRoom,
                          featureHeight + 2 * ringRoom)));
        };
        placeFeature();
        // Near square, the share above can be less than the attribution and
        // the quote need at this width: the feature grows, the wall gives way.
        if (const int shortfall = m_featured->heightShortfall(); shortfall > 0) {
            featureHeight += shortfall;
            placeFeature();
        }
        top += featureHeight + gutter * 3 / 2;
        filters = QRect(content.left(), top, content.width(), 0);
    }
    const int chipRoom = static_cast<int>(std::ceil(metrics.ring * 2));
    // The search field: at the trailing end of the kind chips when they both
    // fit on one line, above them otherwise.
    m_search->setScale(m_scale);
    m_search->setFont(Appearance::instance()->font(Typography::Role::Body, m_scale));
    const int pill = m_kinds->chips().constFirst()->sizeHint().height() - 2 * chipRoom;
    m_search->setPillHeight(pill);
    const int searchWidth = std::clamp(filters.width() * 3 / 10, static_cast<int>(240 * m_scale),
                                       static_cast<int>(400 * m_scale));
    int kindsWidth = filters.width();
    const int beside = filters.width() - searchWidth - gutter;
    const int oneLine = m_kinds->chips().constFirst()->sizeHint().height();
    if (beside > 0 && m_kinds->heightForWidth(beside + 2 * chipRoom) <= oneLine) {
        m_search->setGeometry(QStyle::visualRect(
                layoutDirection(), rect(),
                QRect(filters.right() - searchWidth + 1, filters.top(), searchWidth, pill)));
        kindsWidth = beside;
    } else {
        m_search->setGeometry(
                QStyle::visualRect(layoutDirection(), rect(),
                                   QRect(filters.left(), filters.top(),
                                         std::min(filters.width(), searchWidth * 3 / 2), pill)));
        filters.moveTop(filters.top() + pill + gutter / 2);
    }
    const int kindsHeight = m_kinds->heightForWidth(kindsWidth + 2 * chipRoom);
    m_kinds->setGeometry(
            QStyle::visualRect(layoutDirection(), rect(),
                               QRect(filters.left() - chipRoom, filters.top() - chipRoom,
                                     kindsWidth + 2 * chipRoom, kindsHeight)));
    int y = filters.top() - chipRoom + kindsHeight + gutter / 4;
    const int outletsHeight = m_outlets->heightForWidth(filters.width() + 2 * chipRoom);
    m_outlets->setGeometry(QStyle::visualRect(
            layoutDirection(), rect(),
            QRect(filters.left() - chipRoom, y, filters.width() + 2 * chipRoom, outletsHeight)));
    y += outletsHeight + gutter / 2;
    m_wall->setGeometry(
            QStyle::visualRect(layoutDirection(), rect(),
                               QRect(filters.left() - ringRoom, y, filters.width() + 2 * ringRoom,
                                     bottom + margin - y + 1)));
    m_wall->ensureLayout();
    update();
}

void ReviewsView::applySourceStyle(SourceStyle style)
{
    m_featured->setSourceStyle(style);
    m_wall->setSourceStyle(style);
    relayout();
}
