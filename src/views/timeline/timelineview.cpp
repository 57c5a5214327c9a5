#include "timelineview.h"

#include "models/catalog.h"
#include "models/categorymodel.h"
#include "models/eramodel.h"
#include "models/formatting.h"
#include "models/timelinefilterproxy.h"
#include "models/timelinemodel.h"
#include "timelinedetailcard.h"
#include "timelineitemview.h"
#include "views/common/chipbar.h"
#include "views/common/painting.h"
#include "views/common/searchfield.h"
#include "views/common/searchpreparation.h"
#include "views/common/viewheader.h"
#include "views/theme.h"

#include <QBoxLayout>
#include <QEvent>
#include <QLineEdit>
#include <QPaintEvent>
#include <QPainter>
#include <QScopedValueRollback>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

TimelineView::TimelineView(Catalog *catalog, QWidget *parent)
    : ShowcaseView(u"timeline"_s, catalog, parent)
    , m_proxy(new TimelineFilterProxy(this))
    , m_searchPreparation(new SearchPreparation(
              this, catalog->timeline(), [this](int rows) { return m_proxy->prepareSearch(rows); }))
    , m_chips(new ChipBar(this))
    , m_search(new SearchField(this))
    , m_itemView(new TimelineItemView(this))
    , m_card(new TimelineDetailCard(this))
    , m_filters(new QBoxLayout(QBoxLayout::LeftToRight))
    , m_searchColumn(new QVBoxLayout)
    , m_body(new QBoxLayout(QBoxLayout::LeftToRight))
{
    m_proxy->setSourceModel(catalog->timeline());

    m_chips->setObjectName(u"timelineChips"_s);
    m_chips->setMode(ChipBar::Mode::Multiple);
    m_chips->setModel(catalog->timelineCategories(), int(CategoryModel::Role::Id));

    m_itemView->setAxisModel(catalog->timeline());
    m_itemView->setEraModel(catalog->eras());
    m_itemView->setCategoryModel(catalog->timelineCategories());
    m_itemView->setModel(m_proxy);
    m_card->setCategoryModel(catalog->timelineCategories());

    auto *layout = new QVBoxLayout(this);
    // The view takes whatever size it is given (an export may ask for little
    // room); wrapping chips and headings must not make it grow.
    layout->setSizeConstraint(QLayout::SetNoConstraint);
    layout->addWidget(header());
    layout->addLayout(m_filters);
    layout->addLayout(m_body, 1);
    m_filters->addWidget(m_chips, 1);
    m_filters->addLayout(m_searchColumn);
    m_searchColumn->addWidget(m_search);
    m_searchColumn->addStretch(1);
    m_body->addWidget(m_itemView, 62);
    m_body->addWidget(m_card, 38);
    setFocusProxy(m_itemView);

    connect(m_chips, &ChipBar::selectionChanged, this, &TimelineView::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &TimelineView::applySearch);
    // Esc in the empty search field goes back to the events.
    connect(m_search, &SearchField::leaveRequested, this,
            [this] { m_itemView->setFocus(Qt::OtherFocusReason); });
    updateTabOrder();
    connect(m_chips, &ChipBar::chipsRebuilt, this, &TimelineView::updateTabOrder);
    connect(m_itemView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { currentChanged(current); });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TimelineView::restoreCurrent);
    // The card shows the model's words; they change with the language.
    connect(m_proxy, &QAbstractItemModel::dataChanged, this,
            [this] { m_card->setIndex(m_card->index()); });
    connect(catalog->timeline(), &QAbstractItemModel::modelReset, this,
            &TimelineView::updateCounts);
    connect(catalog->timelineCategories(), &QAbstractItemModel::modelReset, this,
            &TimelineView::updateColors);
    // Dates on the axis and the card read as the content's language writes them.
    setLocale(Formatting::locale(catalog->language()));
    connect(catalog, &Catalog::languageChanged, this,
            [this](const QString &language) { setLocale(Formatting::locale(language)); });
    connect(Appearance::instance(), &Appearance::themeChanged, this, [this] {
        updateColors();
        update();
    });

    retranslate();
    updateColors();
    updateCounts();
    updateLayout();
    // Last, so that the loading state covers every child.
    showsContentOf(ContentFile::Timeline);
}

void TimelineView::retranslate()
{
    header()->setTexts(
            //: Eyebrow above the Timeline view's headline
            tr("The story so far"),
            //: Headline of the Timeline view
            tr("How DGX Spark came to be"),
            //: The line under the Timeline view's headline
            tr("A real time axis: quiet years fold away, and the busiest days open "
               "up so that every event can be read."));
    //: The filter chip that shows events of every category
    m_chips->setAllText(tr("All events"));
    m_search->setTexts(
            //: Placeholder of the timeline's search field
            tr("Search events"),
            //: Accessible description of the timeline's search field
            tr("Finds events by their title, place, people or "
               "story; case and accents do not matter."));
    setAccessibleName(title());
}

void TimelineView::updateTabOrder()
{
    // The chips, the search, then the events.
    setTabOrder(m_chips->setTabOrderAfter(nullptr), m_search);
    setTabOrder(m_search, m_itemView);
}

void TimelineView::updateLayout()
{
    const double scale = Typography::scaleFor(size());
    const Painting::Metrics metrics = Painting::Metrics::forScale(scale);
    const int margin = int(metrics.margin);
    const int gutter = int(metrics.gutter);
    auto *outer = static_cast<QVBoxLayout *>(layout());
    outer->setContentsMargins(margin, int(metrics.margin * 0.75), margin, margin);
    outer->setSpacing(gutter);
    m_body->setSpacing(gutter);
    // The search field at the trailing end of the chips, on their first
    // line; on a portrait screen, above them.
    const int chipRoom = int(std::ceil(metrics.ring * 2));
    m_search->setScale(scale);
    m_search->setFont(Appearance::instance()->font(Typography::Role::Body, scale));
    m_search->setPillHeight(m_chips->chips().constFirst()->sizeHint().height() - 2 * chipRoom);
    const bool portraitFilters = height() > width() * 1.05;
    m_filters->setDirection(portraitFilters ? QBoxLayout::BottomToTop : QBoxLayout::LeftToRight);
    m_filters->setSpacing(portraitFilters ? gutter / 2 : gutter);
    m_search->setFixedWidth(std::clamp(int(width() * 0.22), int(240 * scale), int(400 * scale)));
    m_searchColumn->setContentsMargins(0, portraitFilters ? 0 : chipRoom, 0, 0);
    m_filters->setAlignment(m_searchColumn, portraitFilters ? Qt::AlignLeft : Qt::Alignment());
    header()->setScale(scale);
    m_chips->setScale(scale);
    m_itemView->setScale(scale);
    m_card->setScale(scale);
    // Portrait screens read best with time running down the screen.
    const bool portrait = height() > width() * 1.05;
    m_itemView->setOrientation(portrait ? Qt::Vertical : Qt::Horizontal);
    m_body->setDirection(portrait ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
    m_body->setStretch(0, portrait ? 62 : 68);
    m_body->setStretch(1, portrait ? 38 : 32);
}

void TimelineView::updateCounts()
{
    QHash<QString, int> counts;
    const TimelineModel *model = catalog()->timeline();
    int total = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        // The counts follow the search, so a chip never promises more than
        // its click shows.
        if (!m_proxy->matchesSearch(row))
            continue;
        ++counts[model->index(row, 0).data(int(TimelineModel::Role::Category)).toString()];
        ++total;
    }
    m_chips->setCounts(counts, total);
    m_card->setEventCount(m_proxy->rowCount());
}

void TimelineView::updateColors()
{
    const Theme &theme = Appearance::instance()->theme();
    QList<QColor> colors;
    for (int row = 0; row < catalog()->timelineCategories()->rowCount(); ++row)
        colors.append(theme.category(row));
    m_chips->setColors(colors);
}

void TimelineView::applyFilter(const QSet<QString> &categories)
{
    const QString keep = m_currentId;
    {
        // Rows leaving the proxy move the current index; the chosen event is put
        // back (or cleared) once the filter settles.
        const QScopedValueRollback<bool> guard(m_filtering, true);
        m_proxy->setCategories(categories);
    }
    settleSelection(keep);
}

void TimelineView::applySearch(const QString &text)
{
    const QString keep = m_currentId;
    {
        const QScopedValueRollback<bool> guard(m_filtering, true);
        m_proxy->setSearchText(text);
    }
    m_card->setSearchText(text);
    updateCounts();
    settleSelection(keep);
}

void TimelineView::settleSelection(const QString &keep)
{
    m_card->setEventCount(m_proxy->rowCount());
    const int row = m_proxy->rowOf(keep);
    if (row >= 0) {
        select(m_proxy->index(row, 0), false);
    } else {
        m_itemView->selectionModel()->clear();
        currentChanged(QModelIndex());
    }
}

void TimelineView::restoreCurrent()
{
    settleSelection(m_currentId);
}

void TimelineView::select(const QModelIndex &index, bool centre)
{
    m_itemView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                 QItemSelectionModel::Rows);
    m_itemView->scrollTo(index, centre ? QAbstractItemView::PositionAtCenter
                                       : QAbstractItemView::EnsureVisible);
    currentChanged(index);
}

void TimelineView::currentChanged(const QModelIndex &current)
{
    if (m_filtering)
        return;
    m_card->setIndex(current);
    const QString id = current.data(int(TimelineModel::Role::Id)).toString();
    if (id == m_currentId)
        return;
    m_currentId = id;
    Q_EMIT currentItemChanged(id);
}

bool TimelineView::selectItem(const QString &id)
{
    int row = m_proxy->rowOf(id);
    if (row < 0) {
        if (catalog()->timeline()->rowOf(id) < 0)
            return false;
        // A deep link to a filtered-out event shows every event again.
        m_search->clear();
        m_chips->setSelection({});
        row = m_proxy->rowOf(id);
        if (row < 0)
            return false;
    }
    select(m_proxy->index(row, 0), true);
    return true;
}

bool TimelineView::advance()
{
    const int rows = m_proxy->rowCount();
    if (rows == 0)
        return false;
    const QModelIndex current = m_itemView->currentIndex();
    const int next = current.isValid() ? current.row() + 1 : 0;
    const bool wrapped = next >= rows;
    select(m_proxy->index(wrapped ? 0 : next, 0), true);
    return !wrapped;
}

void TimelineView::reset()
{
    // setText() rather than clear(), which can be undone: a new visitor's
    // Ctrl+Z must not bring the last visitor's search back.
    m_search->setText(QString());
    m_chips->setSelection({});
    m_itemView->selectionModel()->clear();
    currentChanged(QModelIndex());
    m_itemView->finishAnimation();
    m_itemView->setZoom(TimelineItemView::MinimumZoom);
}

QVariantMap TimelineView::state() const
{
    QVariantMap result = ShowcaseView::state();
    result.insert(u"zoom"_s, m_itemView->zoom());
    return result;
}

void TimelineView::paintBackground(QPainter &painter, const QRegion &region)
{
    // The timeline paints its own, opaque background.
    const QRegion behind = region - m_itemView->geometry();
    for (const QRect &rect : behind)
        painter.fillRect(rect, Appearance::instance()->theme().background);
}

void TimelineView::showEvent(QShowEvent *event)
{
    ShowcaseView::showEvent(event);
    m_searchPreparation->schedule();
}

void TimelineView::relayout()
{
    updateLayout();
    // Lay out now rather than on the next turn of the event loop, so that a view
    // that is resized and rendered straight away (an export) is drawn as designed.
    layout()->activate();
}

void TimelineView::applySourceStyle(SourceStyle style)
{
    m_card->setSourceStyle(style);
}
