#include "timelineitemview.h"

#include "content/content.h"
#include "content/partialdate.h"
#include "core/logging.h"
#include "models/eramodel.h"
#include "models/timelinemodel.h"
#include "timelineaccessible.h"
#include "views/common/leadingedge.h"
#include "views/common/painting.h"
#include "views/theme.h"

#include <QAccessible>
#include <QApplication>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QStaticText>
#include <QTextLayout>
#include <QTouchEvent>
#include <QVarLengthArray>
#include <QVariantAnimation>
#include <QWindow>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace {

// Cards go one track further out rather than slide more than a fifth of their
// length away from their marker.
constexpr double TrackPenalty = 0.3;
constexpr double SlidePenalty = 1.0;
constexpr double FoldPenalty = 3.0;
// Zooming stops when the most stretched day fills this share of the lane.
constexpr double UsefulDayShare = 0.25;
constexpr int ScrollDuration = 420; // ms
constexpr double ZoomStep = 1.5;

// Sizes of the label cards at one typographic scale.
struct CardMetrics
{
    QFont dateFont;
    QFont titleFont;
    double dateHeight;
    double titleHeight;
    double padH;
    double padV;
    double strip;
    double lineGap;
    double radius;
    double minWidth;
    double maxWidth;
    double slack; // the selection ring and rounding, so that text never has to be elided

    explicit CardMetrics(double s)
    {
        const Appearance *appearance = Appearance::instance();
        dateFont = appearance->font(Typography::Role::Label, s);
        // Title type: read from two metres, by a visitor standing at a kiosk.
        titleFont = appearance->font(Typography::Role::Title, s);
        dateHeight = QFontMetricsF(dateFont).height();
        titleHeight = QFontMetricsF(titleFont).height();
        padH = 14 * s;
        padV = 10 * s;
        strip = 4 * s;
        lineGap = 2 * s;
        radius = 8 * s;
        minWidth = 140 * s;
        maxWidth = 300 * s;
        slack = Painting::Metrics::forScale(s).ring + 2;
    }

    double height(int lines) const { return 2 * padV + dateHeight + lineGap + lines * titleHeight; }
};

QString yearText(int year, const QLocale &locale)
{
    QLocale plain = locale;
    plain.setNumberOptions(QLocale::OmitGroupSeparator);
    return plain.toString(year);
}

// "October 2025" in the reader's language.
QString monthYearText(QDate date, const QLocale &locale)
{
    return PartialDate(date.year(), date.month()).toDisplayString(locale);
}

QString monthText(int month, const QLocale &locale)
{
    return locale.standaloneMonthName(month, QLocale::ShortFormat);
}

// The years a fold in the axis hides: "2017–2024".
QString foldYears(const TimelineScale::Segment &segment, const QLocale &locale)
{
    if (segment.first.year() == segment.last.year())
        return yearText(segment.first.year(), locale);
    //: The first and the last year hidden by a fold in the time axis
    return TimelineItemView::tr("%1–%2").arg(yearText(segment.first.year(), locale),
                                             yearText(segment.last.year(), locale));
}

// Eras alternate between two quiet tints, a step below the cards.
QColor eraColour(const Theme &theme, int era)
{
    const QColor tint = theme.isDark() ? theme.surface : theme.surfaceRaised;
    return Painting::mix(theme.background, tint, era % 2 ? 0.55 : 0.95);
}

QColor cardColour(const Theme &theme)
{
    return theme.isDark() ? theme.surfaceRaised : theme.surface;
}

enum class TickUnit { Day, Week, Month, Quarter, Year, Years };

// The calendar step from \a date that \a unit ticks on.
QDate nextTick(QDate date, TickUnit unit, int years)
{
    switch (unit) {
    case TickUnit::Day:
        return date.addDays(1);
    case TickUnit::Week:
        return date.addDays(7);
    case TickUnit::Month:
        return date.addMonths(1);
    case TickUnit::Quarter:
        return date.addMonths(3);
    case TickUnit::Year:
        return date.addYears(1);
    case TickUnit::Years:
        return date.addYears(years);
    }
    return date.addDays(1);
}

// The first tick of \a unit on or after \a date.
QDate alignTick(QDate date, TickUnit unit, int years)
{
    switch (unit) {
    case TickUnit::Day:
        return date;
    case TickUnit::Week:
        return date.addDays((8 - date.dayOfWeek()) % 7);
    case TickUnit::Month:
        return date.day() == 1 ? date : QDate(date.year(), date.month(), 1).addMonths(1);
    case TickUnit::Quarter: {
        QDate d = QDate(date.year(), date.month(), 1);
        if (d < date)
            d = d.addMonths(1);
        while ((d.month() - 1) % 3 != 0)
            d = d.addMonths(1);
        return d;
    }
    case TickUnit::Year:
    case TickUnit::Years: {
        QDate d(date.year(), 1, 1);
        if (d < date)
            d = d.addYears(1);
        while (unit == TickUnit::Years && d.year() % years != 0)
            d = d.addYears(1);
        return d;
    }
    }
    return date;
}

} // namespace

TimelineItemView::TimelineItemView(QWidget *parent)
    : QAbstractItemView(parent)
    , m_animation(new QVariantAnimation(this))
{
    TimelineAccessible::install();
    setObjectName(u"timelineItemView"_s);
    setSelectionMode(SingleSelection);
    setSelectionBehavior(SelectRows);
    setEditTriggers(NoEditTriggers);
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setAutoScroll(true);
    setTabKeyNavigation(false);
    setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_AcceptTouchEvents);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    viewport()->setCursor(Qt::OpenHandCursor);

    m_animation->setDuration(ScrollDuration);
    m_animation->setEasingCurve(QEasingCurve::OutCubic);
    connect(m_animation, &QVariantAnimation::valueChanged, this,
            [this](const QVariant &value) { setOffset(value.toDouble()); });

    Appearance *appearance = Appearance::instance();
    connect(appearance, &Appearance::themeChanged, this, [this] {
        m_overviewDirty = true;
        m_cardPixmaps.clear();
        viewport()->update();
    });
    connect(appearance, &Appearance::fontsChanged, this,
            [this] { invalidate(MetricsDirty | GeometryDirty); });
    connect(appearance, &Appearance::reducedMotionChanged, this, [this](bool reduced) {
        if (reduced)
            finishAnimation();
    });
}

TimelineItemView::~TimelineItemView() = default;

void TimelineItemView::setModel(QAbstractItemModel *model)
{
    if (this->model())
        disconnect(this->model(), nullptr, this, nullptr);
    QAbstractItemView::setModel(model);
    if (model) {
        // Rows that move or are filtered out change the whole layout.
        connect(model, &QAbstractItemModel::rowsRemoved, this, [this] {
            ++m_generation;
            invalidate(EventsDirty);
        });
        connect(model, &QAbstractItemModel::layoutChanged, this, [this] {
            ++m_generation;
            invalidate(EventsDirty);
        });
        connect(model, &QAbstractItemModel::modelReset, this, [this] {
            if (!m_axisModel)
                invalidate(ScaleDirty);
        });
    }
    ++m_generation;
    invalidate(EventsDirty | ScaleDirty);
}

void TimelineItemView::setAxisModel(QAbstractItemModel *model)
{
    if (m_axisModel)
        disconnect(m_axisModel, nullptr, this, nullptr);
    m_axisModel = model;
    if (model) {
        const auto changed = [this] { invalidate(ScaleDirty); };
        connect(model, &QAbstractItemModel::modelReset, this, changed);
        connect(model, &QAbstractItemModel::rowsInserted, this, changed);
        connect(model, &QAbstractItemModel::rowsRemoved, this, changed);
        connect(model, &QAbstractItemModel::layoutChanged, this, changed);
    }
    invalidate(ScaleDirty);
}

void TimelineItemView::setEraModel(QAbstractItemModel *model)
{
    if (m_eraModel)
        disconnect(m_eraModel, nullptr, this, nullptr);
    m_eraModel = model;
    if (model) {
        const auto changed = [this] { invalidate(ScaleDirty); };
        connect(model, &QAbstractItemModel::modelReset, this, changed);
        connect(model, &QAbstractItemModel::rowsInserted, this, changed);
        connect(model, &QAbstractItemModel::rowsRemoved, this, changed);
        // Era names change with the language.
        connect(model, &QAbstractItemModel::dataChanged, viewport(), qOverload<>(&QWidget::update));
    }
    invalidate(ScaleDirty);
}

void TimelineItemView::setCategoryModel(QAbstractItemModel *model)
{
    if (m_categoryModel)
        disconnect(m_categoryModel, nullptr, this, nullptr);
    m_categoryModel = model;
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &TimelineItemView::rebuildCategories);
        connect(model, &QAbstractItemModel::rowsInserted, this,
                &TimelineItemView::rebuildCategories);
        connect(model, &QAbstractItemModel::rowsRemoved, this,
                &TimelineItemView::rebuildCategories);
    }
    rebuildCategories();
}

void TimelineItemView::rebuildCategories()
{
    m_categories.clear();
    if (m_categoryModel) {
        for (int row = 0; row < m_categoryModel->rowCount(); ++row) {
            const QString id = m_categoryModel->index(row, 0).data(Qt::UserRole).toString();
            m_categories.insert(id, row);
        }
    }
    invalidate(EventsDirty);
}

void TimelineItemView::setOrientation(Qt::Orientation orientation)
{
    if (orientation == m_orientation)
        return;
    finishAnimation();
    m_orientation = orientation;
    invalidate(GeometryDirty | MetricsDirty);
    updateGeometries();
}

void TimelineItemView::setScale(double scale)
{
    if (qFuzzyCompare(scale, m_scale))
        return;
    m_scale = scale;
    invalidate(GeometryDirty | MetricsDirty);
    updateGeometry();
}

// --- layout ----------------------------------------------------------------

void TimelineItemView::invalidate(int what)
{
    m_dirty |= what;
    m_overviewDirty = true;
    viewport()->update();
    // The scroll range follows the layout; recompute it once events settle.
    if (what & (ScaleDirty | GeometryDirty | EventsDirty))
        QMetaObject::invokeMethod(this, &TimelineItemView::updateGeometries, Qt::QueuedConnection);
}

void TimelineItemView::ensureLayout() const
{
    // A hidden view gets no resize events; its size is checked here instead.
    if (QSizeF(maximumViewportSize()) != m_geometry.size)
        m_dirty |= GeometryDirty;
    if (m_dirty == 0)
        return;
    if (m_dirty & ScaleDirty) {
        readScale();
        m_dirty |= GeometryDirty;
    }
    if (m_dirty & EventsDirty) {
        readEvents();
        m_dirty |= MetricsDirty;
    }
    if (m_dirty & MetricsDirty) {
        measureEvents();
        m_dirty |= GeometryDirty;
    }
    if (m_dirty & GeometryDirty) {
        computeGeometry();
        m_dirty |= ItemsDirty;
    }
    if (m_dirty & ItemsDirty)
        computeItems();
    m_dirty = 0;
}

void TimelineItemView::readScale() const
{
    std::vector<TimelineScale::EventSpan> events;
    QAbstractItemModel *axis = m_axisModel ? m_axisModel.data() : model();
    if (axis) {
        const int rows = axis->rowCount();
        events.reserve(static_cast<size_t>(rows));
        for (int row = 0; row < rows; ++row) {
            const QModelIndex index = axis->index(row, 0);
            events.push_back({index.data(int(TimelineModel::Role::Earliest)).toDate(),
                              index.data(int(TimelineModel::Role::Latest)).toDate(),
                              index.data(int(TimelineModel::Role::Date)).toDate()});
        }
    }
    std::vector<TimelineScale::EraSpan> eras;
    if (m_eraModel) {
        for (int row = 0; row < m_eraModel->rowCount(); ++row) {
            const QModelIndex index = m_eraModel->index(row, 0);
            eras.push_back({index.data(int(EraModel::Role::Start)).toDate(),
                            index.data(int(EraModel::Role::End)).toDate()});
        }
    }
    const double zoom = m_timeScale.zoom();
    m_timeScale.build(events, eras);
    m_timeScale.setGeometry(m_geometry.fitLength, m_geometry.breakLength, zoom);
    qCDebug(lcViews) << "Timeline axis:" << m_timeScale.segments().size() << "segments from"
                     << m_timeScale.first() << "to" << m_timeScale.last();
}

void TimelineItemView::readEvents() const
{
    m_events.clear();
    m_order.clear();
    m_rank.clear();
    QAbstractItemModel *model = this->model();
    const int rows = model ? model->rowCount(rootIndex()) : 0;
    m_events.resize(static_cast<size_t>(rows));
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = model->index(row, 0, rootIndex());
        Event &event = m_events[static_cast<size_t>(row)];
        event.date = index.data(int(TimelineModel::Role::Date)).toDate();
        event.earliest = index.data(int(TimelineModel::Role::Earliest)).toDate();
        event.latest = index.data(int(TimelineModel::Role::Latest)).toDate();
        if (!event.earliest.isValid())
            event.earliest = event.date;
        if (!event.latest.isValid())
            event.latest = event.date;
        event.exactDay = index.data(int(TimelineModel::Role::Precision)).toInt() ==
                         int(PartialDate::Precision::Day);
        event.approximate =
                index.data(int(TimelineModel::Role::Confidence)).toInt() == int(Confidence::Low);
        event.dateText = index.data(int(TimelineModel::Role::DateText)).toString();
        event.title = index.data(int(TimelineModel::Role::Title)).toString();
        event.category =
                m_categories.value(index.data(int(TimelineModel::Role::Category)).toString(), -1);
    }
    m_order.resize(static_cast<size_t>(rows));
    std::iota(m_order.begin(), m_order.end(), 0);
    std::stable_sort(m_order.begin(), m_order.end(), [this](int a, int b) {
        return m_events[static_cast<size_t>(a)].date < m_events[static_cast<size_t>(b)].date;
    });
    m_rank.resize(static_cast<size_t>(rows));
    for (size_t i = 0; i < m_order.size(); ++i)
        m_rank[static_cast<size_t>(m_order[i])] = static_cast<int>(i);
}

void TimelineItemView::measureEvents() const
{
    const CardMetrics card(m_scale);
    // Widths are kept by text for as long as the fonts stay, so that a filter
    // or a new content set measures only words it has not met.
    if (m_measuredFonts != std::pair(card.dateFont, card.titleFont)) {
        m_measuredFonts = {card.dateFont, card.titleFont};
        m_dateWidths.clear();
        m_titleWidths.clear();
    }
    const QFontMetricsF dateMetrics(card.dateFont);
    const QFontMetricsF titleMetrics(card.titleFont);
    const auto measured = [](QHash<QString, double> &cache, const QFontMetricsF &metrics,
                             const QString &text) {
        auto it = cache.constFind(text);
        if (it == cache.constEnd())
            it = cache.insert(text, metrics.horizontalAdvance(text));
        return *it;
    };
    const double space = titleMetrics.horizontalAdvance(u' ');
    const double maxInner = card.maxWidth - 2 * card.padH - card.strip - card.slack;
    for (Event &event : m_events) {
        event.dateWidth = measured(m_dateWidths, dateMetrics, event.dateText);
        // Titles are measured word by word: many share their words.
        const QStringList words = event.title.split(u' ', Qt::SkipEmptyParts);
        QList<double> widths;
        double total = words.isEmpty() ? 0 : -space;
        for (const QString &word : words) {
            widths.append(measured(m_titleWidths, titleMetrics, word));
            total += widths.last() + space;
        }
        event.titleWidth = total + 1;
        event.wrapWidth = 0;
        if (event.titleWidth <= maxInner)
            continue;
        // The narrowest width that takes the title in two lines, broken at a
        // space (or anywhere, for scripts without spaces).
        double narrowest = event.titleWidth / 2 + 2 * titleMetrics.averageCharWidth();
        if (words.size() > 1) {
            narrowest = event.titleWidth;
            double first = -space;
            for (qsizetype k = 0; k + 1 < words.size(); ++k) {
                first += widths.at(k) + space;
                narrowest = std::min(narrowest, std::max(first, total - first - space));
            }
        }
        event.wrapWidth = narrowest + 2;
    }
}

void TimelineItemView::computeGeometry() const
{
    Geometry g;
    const double s = m_scale;
    // The viewport's size, known even before a hidden view has laid it out.
    const QSizeF size = maximumViewportSize();
    g.size = size;
    const double width = size.width();
    const double height = size.height();
    const CardMetrics card(s);
    const QFontMetricsF caption(Appearance::instance()->font(Typography::Role::Caption, s));
    const QFontMetricsF label(Appearance::instance()->font(Typography::Role::Label, s));
    const double bar = 10 * s;

    // Folds are as long as their label.
    QFont strong = Appearance::instance()->font(Typography::Role::Caption, s);
    strong.setWeight(QFont::DemiBold);
    const QFontMetricsF foldMetrics(strong);
    double breakLength = 72 * s;
    for (const TimelineScale::Segment &segment : m_timeScale.segments()) {
        if (segment.kind == TimelineScale::Segment::Kind::Break)
            breakLength =
                    std::max(breakLength,
                             foldMetrics.horizontalAdvance(foldYears(segment, locale())) + 24 * s);
    }

    if (isHorizontal()) {
        g.pad = 28 * s;
        const double overviewHeight = caption.height() + 8 * s + bar;
        g.overview = QRectF(0, 0, width, overviewHeight);
        g.overviewBar = QRectF(g.pad, overviewHeight - bar, std::max(1.0, width - 2 * g.pad), bar);
        const double connector = 40 * s;
        g.lane = QRectF(0, overviewHeight + connector, width,
                        std::max(0.0, height - overviewHeight - connector));
        g.eraStrip = QRectF(0, g.lane.top(), width, label.height() + 16 * s);
        const double tickArea = 2 * caption.height() + 16 * s;
        g.axisCross = g.lane.bottom() - tickArea;
        g.axisStart = g.pad;
        g.fitLength = std::max(10.0, width - 2 * g.pad);
        g.stem = 22 * s;
        g.trackGap = 10 * s;
        g.trackCross = card.height(2);
        const double available = g.axisCross - g.eraStrip.bottom() - 6 * s - g.stem;
        g.tracks = std::max(
                0, int(std::floor((available + g.trackGap) / (g.trackCross + g.trackGap))));
    } else {
        const bool rtl = isRightToLeft();
        const auto mirrored = [&](const QRectF &r) {
            return rtl ? QRectF(width - r.right(), r.top(), r.width(), r.height()) : r;
        };
        g.pad = 24 * s;
        const double yearWidth = caption.horizontalAdvance(yearText(2000, locale())) + 10 * s;
        const double overviewWidth = yearWidth + bar;
        g.overview = mirrored(QRectF(0, 0, overviewWidth, height));
        g.overviewBar = mirrored(QRectF(yearWidth, g.pad, bar, std::max(1.0, height - 2 * g.pad)));
        const double connector = 36 * s;
        const QRectF lane(overviewWidth + connector, 0,
                          std::max(0.0, width - overviewWidth - connector), height);
        g.lane = mirrored(lane);
        const double eraWidth = label.height() + 16 * s;
        g.eraStrip = mirrored(QRectF(lane.right() - eraWidth, 0, eraWidth, height));
        double tickArea = 0;
        for (int month = 1; month <= 12; ++month)
            tickArea = std::max(tickArea, caption.horizontalAdvance(monthText(month, locale())));
        tickArea = std::max(tickArea, caption.horizontalAdvance(yearText(2000, locale())));
        for (const TimelineScale::Segment &segment : m_timeScale.segments()) {
            if (segment.kind == TimelineScale::Segment::Kind::Break)
                tickArea = std::max(tickArea,
                                    foldMetrics.horizontalAdvance(foldYears(segment, locale())));
        }
        tickArea += 18 * s;
        const double axis = lane.left() + tickArea;
        g.axisCross = rtl ? width - axis : axis;
        g.axisStart = g.pad;
        g.fitLength = std::max(10.0, height - 2 * g.pad);
        g.stem = 20 * s;
        g.trackGap = 10 * s;
        const double available = (lane.right() - eraWidth - 6 * s) - axis - g.stem;
        const double widest = 420 * s;
        const double narrowest = 280 * s;
        g.tracks = std::clamp(int(std::floor((available + g.trackGap) / (narrowest + g.trackGap))),
                              available > 0 ? 1 : 0, 3);
        if (g.tracks > 0) {
            g.trackCross = std::min(widest, (available - (g.tracks - 1) * g.trackGap) / g.tracks);
            // Wide lanes keep one generous track rather than many thin ones.
            if (g.tracks > 1 && available >= widest * 2 + g.trackGap)
                g.trackCross = widest;
        }
    }
    g.breakLength = breakLength;
    m_geometry = g;
    const double zoom = std::max(m_timeScale.zoom(), MinimumZoom);
    m_timeScale.setGeometry(g.fitLength, breakLength, zoom);
    // The longest useful zoom depends on the length; keep inside it.
    const double limit = maximumZoom();
    if (m_timeScale.zoom() > limit)
        m_timeScale.setGeometry(g.fitLength, breakLength, limit);
}

void TimelineItemView::computeItems() const
{
    m_cardTexts.clear();
    m_cardPixmaps.clear();
    const Geometry &g = m_geometry;
    const CardMetrics card(m_scale);
    const double s = m_scale;
    m_items.assign(m_events.size(), Item());
    m_maxSpanReach = 0;
    m_maxCardMain = 0;
    for (size_t row = 0; row < m_events.size(); ++row) {
        const Event &event = m_events[row];
        Item &item = m_items[row];
        item.marker = m_timeScale.center(event.date);
        item.spanStart = m_timeScale.position(event.earliest);
        item.spanEnd = m_timeScale.endPosition(event.latest);
        m_maxSpanReach = std::max(
                {m_maxSpanReach, item.marker - item.spanStart, item.spanEnd - item.marker});
        if (isHorizontal()) {
            // A long title widens its card a little (by half at most) rather than
            // lose words.
            const double maxInner = card.maxWidth - 2 * card.padH - card.strip - card.slack;
            item.titleLines = event.wrapWidth > 0 ? 2 : 1;
            const double inner = std::max(
                    event.dateWidth, event.wrapWidth > 0 ? std::min(event.wrapWidth, maxInner * 1.5)
                                                         : event.titleWidth);
            item.cardMain = std::clamp(inner + 2 * card.padH + card.strip + card.slack,
                                       card.minWidth, card.maxWidth * 1.5);
            item.cardCross = card.height(item.titleLines);
        } else {
            const double maxInner = g.trackCross - 2 * card.padH - card.strip;
            item.titleLines = event.titleWidth <= maxInner  ? 1
                              : event.wrapWidth <= maxInner ? 2
                                                            : 3;
            item.cardMain = card.height(item.titleLines);
            item.cardCross = g.trackCross;
        }
        m_maxCardMain = std::max(m_maxCardMain, item.cardMain);
    }

    const double inset = isHorizontal() ? card.radius : card.padV + card.dateHeight / 2;
    const double mainGap = 8 * s;
    const double limitStart = -g.pad;
    const double limitEnd = m_timeScale.length() + g.pad;
    // A card over a fold seems to speak of the years it hides.
    std::vector<std::pair<double, double>> folds;
    for (const TimelineScale::Segment &segment : m_timeScale.segments()) {
        if (segment.kind == TimelineScale::Segment::Kind::Break)
            folds.emplace_back(segment.start, segment.start + segment.length);
    }
    const auto foldOverlap = [&folds](double a, double b) {
        double overlap = 0;
        for (const auto &fold : folds)
            overlap += std::max(0.0, std::min(b, fold.second) - std::max(a, fold.first));
        return overlap;
    };

    if (isHorizontal()) {
        // Across the screen, a stem rises straight from the marker and must meet
        // its card. Cards go on tracks from the latest event back, each as close
        // to its marker as the card after it allows.
        std::vector<double> freeUntil(static_cast<size_t>(g.tracks), limitEnd + mainGap);
        for (auto it = m_order.rbegin(); it != m_order.rend(); ++it) {
            Item &item = m_items[static_cast<size_t>(*it)];
            const double preferred = item.marker - inset;
            const double lowest = std::max(item.marker + inset - item.cardMain, limitStart);
            int best = -1;
            double bestCost = 0;
            double bestStart = 0;
            for (int track = 0; track < g.tracks; ++track) {
                const double highest =
                        freeUntil[static_cast<size_t>(track)] - mainGap - item.cardMain;
                const double start = std::min(preferred, highest);
                if (start < lowest)
                    continue;
                const double cost =
                        track * TrackPenalty + SlidePenalty * (preferred - start) / item.cardMain +
                        FoldPenalty * foldOverlap(start, start + item.cardMain) / item.cardMain;
                if (best < 0 || cost < bestCost) {
                    best = track;
                    bestCost = cost;
                    bestStart = start;
                }
            }
            if (best >= 0) {
                item.track = best;
                item.cardStart = bestStart;
                freeUntil[static_cast<size_t>(best)] = bestStart;
            }
        }
    } else {
        // Down the screen, a card may move away from its marker, joined to it by
        // an elbow. Each goes to the track where it sits closest to its date;
        // then the cards of each track settle where they are least displaced in
        // all (isotonic regression), so that a crowded week spreads both ways.
        std::vector<std::vector<int>> tracks(static_cast<size_t>(g.tracks));
        std::vector<double> trackEnd(static_cast<size_t>(g.tracks), limitStart - mainGap);
        for (int row : m_order) {
            Item &item = m_items[static_cast<size_t>(row)];
            const double preferred = std::max(item.marker - inset, limitStart);
            const double reach = 1.5 * item.cardMain;
            int best = -1;
            double bestCost = 0;
            double bestStart = 0;
            for (int track = 0; track < g.tracks; ++track) {
                const double start =
                        std::max(preferred, trackEnd[static_cast<size_t>(track)] + mainGap);
                if (start - preferred > reach)
                    continue;
                const double cost =
                        track * TrackPenalty + SlidePenalty * (start - preferred) / item.cardMain +
                        FoldPenalty * foldOverlap(start, start + item.cardMain) / item.cardMain;
                if (best < 0 || cost < bestCost) {
                    best = track;
                    bestCost = cost;
                    bestStart = start;
                }
            }
            if (best >= 0) {
                item.track = best;
                item.cardStart = bestStart;
                trackEnd[static_cast<size_t>(best)] = bestStart + item.cardMain;
                tracks[static_cast<size_t>(best)].push_back(row);
            }
        }
        for (const std::vector<int> &rows : tracks)
            settle(rows, inset, mainGap, limitStart, limitEnd);
    }

    m_cards.clear();
    m_marks.clear();
    for (int row : m_order) {
        const Item &item = m_items[static_cast<size_t>(row)];
        if (item.track >= 0) {
            m_cards.push_back(row);
        } else {
            const double position = std::round(item.marker);
            if (!m_marks.empty() && m_marks.back().position == position)
                ++m_marks.back().count;
            else
                m_marks.push_back({position, 1});
        }
    }
    std::stable_sort(m_cards.begin(), m_cards.end(), [this](int a, int b) {
        return m_items[static_cast<size_t>(a)].cardStart <
               m_items[static_cast<size_t>(b)].cardStart;
    });
}

// Moves the cards of one track (in time order, not overlapping) to where the sum
// of their squared distances from their markers is least, keeping their order,
// their gaps and the ends of the axis: pool adjacent violators.
void TimelineItemView::settle(const std::vector<int> &rows, double inset, double gap,
                              double limitStart, double limitEnd) const
{
    if (rows.empty())
        return;
    // Shifted so that "no overlap" becomes "never decreasing".
    std::vector<double> offsets(rows.size());
    std::vector<double> wanted(rows.size());
    double offset = 0;
    for (size_t i = 0; i < rows.size(); ++i) {
        const Item &item = m_items[static_cast<size_t>(rows[i])];
        offsets[i] = offset;
        wanted[i] = item.marker - inset - offset;
        offset += item.cardMain + gap;
    }
    struct Block
    {
        double sum;
        int count;
        double mean() const { return sum / count; }
    };
    std::vector<Block> blocks;
    for (double value : wanted) {
        blocks.push_back({value, 1});
        while (blocks.size() > 1 && blocks[blocks.size() - 2].mean() > blocks.back().mean()) {
            blocks[blocks.size() - 2].sum += blocks.back().sum;
            blocks[blocks.size() - 2].count += blocks.back().count;
            blocks.pop_back();
        }
    }
    const Item &last = m_items[static_cast<size_t>(rows.back())];
    const double highest = limitEnd - last.cardMain - offsets.back();
    size_t i = 0;
    for (const Block &block : blocks) {
        const double value = std::max(std::min(block.mean(), highest), limitStart);
        for (int n = 0; n < block.count; ++n, ++i)
            m_items[static_cast<size_t>(rows[i])].cardStart = value + offsets[i];
    }
}

void TimelineItemView::updateScrollRange()
{
    ensureLayout();
    QScrollBar *active = isHorizontal() ? horizontalScrollBar() : verticalScrollBar();
    QScrollBar *other = isHorizontal() ? verticalScrollBar() : horizontalScrollBar();
    other->setRange(0, 0);
    const int maximum = int(std::ceil(maximumOffset()));
    active->setRange(0, maximum);
    active->setPageStep(int(m_geometry.fitLength));
    active->setSingleStep(std::max(1, int(m_geometry.fitLength / 12)));
}

void TimelineItemView::updateGeometries()
{
    updateScrollRange();
    if (m_pendingScroll.isValid() && !maximumViewportSize().isEmpty()) {
        const QModelIndex index = m_pendingScroll;
        m_pendingScroll = QPersistentModelIndex();
        scrollTo(index, m_pendingHint);
    }
    QAbstractItemView::updateGeometries();
}

// --- coordinates -----------------------------------------------------------

const TimelineScale &TimelineItemView::timeScale() const
{
    ensureLayout();
    return m_timeScale;
}

double TimelineItemView::offset() const
{
    return isHorizontal() ? horizontalScrollBar()->value() : verticalScrollBar()->value();
}

double TimelineItemView::maximumOffset() const
{
    return std::max(0.0, m_timeScale.length() - m_geometry.fitLength);
}

void TimelineItemView::setOffset(double offset)
{
    QScrollBar *bar = isHorizontal() ? horizontalScrollBar() : verticalScrollBar();
    bar->setValue(int(std::lround(std::clamp(offset, 0.0, maximumOffset()))));
}

double TimelineItemView::toView(double main) const
{
    const double along = m_geometry.axisStart + main - offset();
    if (isHorizontal() && isRightToLeft())
        return m_geometry.size.width() - along;
    return along;
}

double TimelineItemView::toContent(double viewMain) const
{
    double along = viewMain;
    if (isHorizontal() && isRightToLeft())
        along = m_geometry.size.width() - viewMain;
    return along - m_geometry.axisStart + offset();
}

double TimelineItemView::offsetFor(double main, double at) const
{
    double along = at;
    if (isHorizontal() && isRightToLeft())
        along = m_geometry.size.width() - at;
    return m_geometry.axisStart + main - along;
}

double TimelineItemView::mainOf(const QPointF &point) const
{
    return isHorizontal() ? point.x() : point.y();
}

QRectF TimelineItemView::alongAxis(double main0, double main1, double cross0, double cross1) const
{
    const double a = toView(main0);
    const double b = toView(main1);
    const double lo = std::min(a, b);
    const double hi = std::max(a, b);
    const double axis = m_geometry.axisCross;
    if (isHorizontal())
        return QRectF(lo, axis - cross1, hi - lo, cross1 - cross0);
    if (isRightToLeft())
        return QRectF(axis - cross1, lo, cross1 - cross0, hi - lo);
    return QRectF(axis + cross0, lo, cross1 - cross0, hi - lo);
}

QRectF TimelineItemView::cardRectOf(const Item &item) const
{
    if (item.track < 0)
        return {};
    const Geometry &g = m_geometry;
    const double cross = g.stem + item.track * (g.trackCross + g.trackGap);
    return alongAxis(item.cardStart, item.cardStart + item.cardMain, cross, cross + item.cardCross);
}

QRectF TimelineItemView::spanRectOf(const Item &item) const
{
    const double half = 6 * m_scale;
    return alongAxis(item.spanStart, item.spanEnd, -half, half);
}

QPointF TimelineItemView::markerOf(const Item &item) const
{
    if (isHorizontal())
        return {toView(item.marker), m_geometry.axisCross};
    return {m_geometry.axisCross, toView(item.marker)};
}

// The card of the current event when the lane had no room for it: drawn over
// the first track, as close to its marker as the lane allows.
QRectF TimelineItemView::floatingCardOf(int row) const
{
    const Item &item = m_items[static_cast<size_t>(row)];
    const CardMetrics card(m_scale);
    const double inset = isHorizontal() ? card.radius : card.padV + card.dateHeight / 2;
    const double windowStart = offset() - m_geometry.pad;
    const double windowEnd = offset() + m_geometry.fitLength + m_geometry.pad;
    const double start = std::clamp(item.marker - inset, std::min(windowStart, item.marker),
                                    std::max(windowStart, windowEnd - item.cardMain));
    const double cross = m_geometry.stem;
    return alongAxis(start, start + item.cardMain, cross, cross + item.cardCross);
}

QRect TimelineItemView::itemRect(int row) const
{
    if (row < 0 || row >= int(m_items.size()))
        return {};
    const Item &item = m_items[static_cast<size_t>(row)];
    const double r = 10 * m_scale;
    const QPointF marker = markerOf(item);
    QRectF rect(marker.x() - r, marker.y() - r, 2 * r, 2 * r);
    rect |= spanRectOf(item);
    QRectF card = cardRectOf(item);
    if (card.isNull() && currentIndex().isValid() && currentIndex().row() == row)
        card = floatingCardOf(row);
    if (!card.isNull())
        rect |= card;
    return rect.toAlignedRect();
}

double TimelineItemView::axisPosition(QDate date) const
{
    ensureLayout();
    return toView(m_timeScale.position(date));
}

double TimelineItemView::overviewPosition(QDate date) const
{
    ensureLayout();
    const QRectF &bar = m_geometry.overviewBar;
    if (m_timeScale.isEmpty())
        return isHorizontal() ? bar.left() : bar.top();
    const double days = double(m_timeScale.first().daysTo(m_timeScale.last().addDays(1)));
    const double t = double(m_timeScale.first().daysTo(date)) / days;
    if (isHorizontal())
        return isRightToLeft() ? bar.right() - t * bar.width() : bar.left() + t * bar.width();
    return bar.top() + t * bar.height();
}

QDate TimelineItemView::dateAt(const QPoint &point) const
{
    ensureLayout();
    return m_timeScale.dateAt(toContent(mainOf(point)));
}

QDate TimelineItemView::firstVisibleDate() const
{
    ensureLayout();
    return m_timeScale.dateAt(std::max(0.0, offset()));
}

QDate TimelineItemView::lastVisibleDate() const
{
    ensureLayout();
    const double end = std::min(m_timeScale.length(), offset() + m_geometry.fitLength);
    return m_timeScale.dateAt(end - 0.01);
}

QRect TimelineItemView::overviewRect() const
{
    ensureLayout();
    return m_geometry.overview.toAlignedRect();
}

QRect TimelineItemView::laneRect() const
{
    ensureLayout();
    return m_geometry.lane.toAlignedRect();
}

QRectF TimelineItemView::spanRect(const QModelIndex &index) const
{
    ensureLayout();
    if (!index.isValid() || index.model() != model() || index.row() >= int(m_items.size()))
        return {};
    return spanRectOf(m_items[static_cast<size_t>(index.row())]);
}

QRectF TimelineItemView::cardRect(const QModelIndex &index) const
{
    ensureLayout();
    if (!index.isValid() || index.model() != model() || index.row() >= int(m_items.size()))
        return {};
    return cardRectOf(m_items[static_cast<size_t>(index.row())]);
}

QPointF TimelineItemView::markerCenter(const QModelIndex &index) const
{
    ensureLayout();
    if (!index.isValid() || index.model() != model() || index.row() >= int(m_items.size()))
        return {};
    return markerOf(m_items[static_cast<size_t>(index.row())]);
}

QModelIndexList TimelineItemView::visibleIndexes() const
{
    ensureLayout();
    QModelIndexList result;
    if (!model())
        return result;
    const double first = offset() - m_geometry.pad;
    const double last = offset() + m_geometry.fitLength + m_geometry.pad;
    auto it = std::lower_bound(m_order.begin(), m_order.end(), first, [this](int row, double m) {
        return m_items[static_cast<size_t>(row)].marker < m;
    });
    for (; it != m_order.end() && m_items[static_cast<size_t>(*it)].marker <= last; ++it)
        result.append(model()->index(*it, 0, rootIndex()));
    return result;
}

std::pair<size_t, size_t> TimelineItemView::visibleCards(double main0, double main1) const
{
    const auto first = std::lower_bound(
            m_cards.begin(), m_cards.end(), main0 - m_maxCardMain,
            [this](int row, double m) { return m_items[static_cast<size_t>(row)].cardStart < m; });
    const auto last = std::upper_bound(first, m_cards.end(), main1, [this](double m, int row) {
        return m < m_items[static_cast<size_t>(row)].cardStart;
    });
    return {size_t(first - m_cards.begin()), size_t(last - m_cards.begin())};
}

int TimelineItemView::rowAtMarker(double main, double tolerance) const
{
    auto it = std::lower_bound(
            m_order.begin(), m_order.end(), main - tolerance,
            [this](int row, double m) { return m_items[static_cast<size_t>(row)].marker < m; });
    int best = -1;
    double bestDistance = tolerance;
    for (; it != m_order.end(); ++it) {
        const double marker = m_items[static_cast<size_t>(*it)].marker;
        if (marker > main + tolerance)
            break;
        const double distance = std::abs(marker - main);
        if (distance <= bestDistance) {
            best = *it;
            bestDistance = distance;
        }
    }
    return best;
}

QColor TimelineItemView::categoryColor(int category) const
{
    return Appearance::instance()->theme().category(category);
}

// --- QAbstractItemView -----------------------------------------------------

QRect TimelineItemView::visualRect(const QModelIndex &index) const
{
    ensureLayout();
    if (!index.isValid() || index.model() != model())
        return {};
    return itemRect(index.row());
}

QModelIndex TimelineItemView::indexAt(const QPoint &point) const
{
    ensureLayout();
    if (!model() || !m_geometry.lane.contains(point))
        return {};
    const auto indexOf = [this](int row) { return model()->index(row, 0, rootIndex()); };
    const QModelIndex current = currentIndex();
    if (current.isValid() && current.row() < int(m_items.size()) &&
        itemRect(current.row()).contains(point)) {
        const Item &item = m_items[static_cast<size_t>(current.row())];
        const QRectF card = item.track >= 0 ? cardRectOf(item) : floatingCardOf(current.row());
        if (card.contains(point))
            return current;
    }
    const double main = toContent(mainOf(point));
    const auto [first, last] = visibleCards(main - 1, main + 1);
    for (size_t i = last; i > first; --i) {
        const int row = m_cards[i - 1];
        if (cardRectOf(m_items[static_cast<size_t>(row)]).contains(point))
            return indexOf(row);
    }
    // Near the axis: the closest marker, then any span under the point.
    const double cross = isHorizontal() ? point.y() : point.x();
    if (std::abs(cross - m_geometry.axisCross) <= 18 * m_scale) {
        const int row = rowAtMarker(main, 14 * m_scale);
        if (row >= 0)
            return indexOf(row);
        for (size_t i = first; i < last; ++i) {
            const int r = m_cards[i];
            if (spanRectOf(m_items[static_cast<size_t>(r)]).contains(point))
                return indexOf(r);
        }
    }
    return {};
}

void TimelineItemView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    if (!index.isValid() || index.model() != model())
        return;
    if (maximumViewportSize().isEmpty()) {
        m_pendingScroll = index;
        m_pendingHint = hint;
        return;
    }
    ensureLayout();
    updateScrollRange();
    if (index.row() >= int(m_items.size()))
        return;
    const Item &item = m_items[static_cast<size_t>(index.row())];
    const double length = m_geometry.fitLength;
    double first = std::min(item.spanStart, item.marker);
    double last = std::max(item.spanEnd, item.marker);
    if (item.track >= 0) {
        first = std::min(first, item.cardStart);
        last = std::max(last, item.cardStart + item.cardMain);
    }
    const double margin = std::min(48 * m_scale, length / 8);
    const double current = m_animation->state() == QAbstractAnimation::Running
                                   ? m_animation->endValue().toDouble()
                                   : offset();
    double target = current;
    switch (hint) {
    case EnsureVisible:
        if (first < current - m_geometry.pad || last > current + length + m_geometry.pad)
            target = (first + last) / 2 - length / 2;
        break;
    case PositionAtTop:
        target = first - margin;
        break;
    case PositionAtBottom:
        target = last - length + margin;
        break;
    case PositionAtCenter:
        target = item.marker - length / 2;
        break;
    }
    animateTo(std::clamp(target, 0.0, maximumOffset()));
}

void TimelineItemView::reset()
{
    finishAnimation();
    m_pendingScroll = QPersistentModelIndex();
    m_hoverRow = -1;
    ++m_generation;
    QAbstractItemView::reset();
    invalidate(EventsDirty);
}

QModelIndex TimelineItemView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers)
{
    ensureLayout();
    if (!model() || m_order.empty())
        return {};
    const QModelIndex current = currentIndex();
    const int count = int(m_order.size());
    const int rank = current.isValid() && current.row() < count
                             ? m_rank[static_cast<size_t>(current.row())]
                             : -1;
    const auto at = [&](int r) {
        return model()->index(m_order[static_cast<size_t>(std::clamp(r, 0, count - 1))], 0,
                              rootIndex());
    };
    const auto next = [&] { return rank < 0 ? at(0) : at(rank + 1); };
    const auto previous = [&] { return rank < 0 ? at(count - 1) : at(rank - 1); };
    // Left and right follow the screen: time runs leftwards right to left.
    const bool mirrored = isRightToLeft();
    const auto segmentOfRank = [&](int r) {
        return m_timeScale.segmentOf(m_events[static_cast<size_t>(m_order[size_t(r)])].date);
    };
    switch (cursorAction) {
    case MoveLeft:
        return mirrored ? next() : previous();
    case MoveRight:
        return mirrored ? previous() : next();
    case MoveUp:
    case MovePrevious:
        return previous();
    case MoveDown:
    case MoveNext:
        return next();
    case MoveHome:
        return at(0);
    case MoveEnd:
        return at(count - 1);
    case MovePageDown: {
        // The first event of the next era (or stretch) that has any.
        if (rank < 0)
            return at(0);
        const int segment = segmentOfRank(rank);
        for (int r = rank + 1; r < count; ++r) {
            if (segmentOfRank(r) != segment)
                return at(r);
        }
        return at(count - 1);
    }
    case MovePageUp: {
        if (rank < 0)
            return at(0);
        int r = rank;
        // Back to the start of this era; from there, to the start of the previous one.
        if (r > 0 && segmentOfRank(r - 1) == segmentOfRank(r)) {
            while (r > 0 && segmentOfRank(r - 1) == segmentOfRank(rank))
                --r;
            return at(r);
        }
        if (r == 0)
            return at(0);
        const int segment = segmentOfRank(r - 1);
        r = r - 1;
        while (r > 0 && segmentOfRank(r - 1) == segment)
            --r;
        return at(r);
    }
    }
    return current;
}

int TimelineItemView::horizontalOffset() const
{
    return isHorizontal() ? horizontalScrollBar()->value() : 0;
}

int TimelineItemView::verticalOffset() const
{
    return isHorizontal() ? 0 : verticalScrollBar()->value();
}

bool TimelineItemView::isIndexHidden(const QModelIndex &) const
{
    // Filtered events are not in the model at all.
    return false;
}

void TimelineItemView::setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command)
{
    ensureLayout();
    if (!model() || !selectionModel())
        return;
    // What is drawn of an event, not the box around it, decides: the box of a
    // card high up also covers the stems of its neighbours.
    QItemSelection selection;
    const QRectF area = QRectF(rect.normalized()).adjusted(-0.5, -0.5, 0.5, 0.5);
    const double r = 10 * m_scale;
    for (const QModelIndex &index : visibleIndexes()) {
        const Item &item = m_items[static_cast<size_t>(index.row())];
        const QPointF marker = markerOf(item);
        const bool hit = cardRectOf(item).intersects(area) || spanRectOf(item).intersects(area) ||
                         QRectF(marker.x() - r, marker.y() - r, 2 * r, 2 * r).intersects(area);
        if (hit)
            selection.select(index, index);
    }
    selectionModel()->select(selection, command);
}

QRegion TimelineItemView::visualRegionForSelection(const QItemSelection &selection) const
{
    QRegion region;
    for (const QItemSelectionRange &range : selection) {
        for (int row = range.top(); row <= range.bottom(); ++row)
            region += visualRect(model()->index(row, 0, rootIndex()));
    }
    return region;
}

void TimelineItemView::scrollContentsBy(int, int)
{
    // The overview and the connectors stay; everything is repainted.
    viewport()->update();
}

void TimelineItemView::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                   const QList<int> &roles)
{
    QAbstractItemView::dataChanged(topLeft, bottomRight, roles);
    invalidate(EventsDirty);
}

void TimelineItemView::rowsInserted(const QModelIndex &parent, int start, int end)
{
    QAbstractItemView::rowsInserted(parent, start, end);
    ++m_generation;
    invalidate(EventsDirty);
}

void TimelineItemView::rowsAboutToBeRemoved(const QModelIndex &parent, int start, int end)
{
    QAbstractItemView::rowsAboutToBeRemoved(parent, start, end);
    m_hoverRow = -1;
}

void TimelineItemView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    // One event at a time is both current and selected, so that the detail
    // card, the focus ring and the selection never disagree.
    if (current.isValid() && selectionModel() && !selectionModel()->isSelected(current))
        selectionModel()->select(current,
                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QAbstractItemView::currentChanged(current, previous);
    viewport()->update();
    notifyAccessibleFocus(current);
}

void TimelineItemView::selectionChanged(const QItemSelection &selected,
                                        const QItemSelection &deselected)
{
    QAbstractItemView::selectionChanged(selected, deselected);
    viewport()->update();
}

void TimelineItemView::notifyAccessibleFocus(const QModelIndex &index)
{
    if (!QAccessible::isActive() || !index.isValid())
        return;
    const int child = visibleIndexes().indexOf(index);
    if (child < 0)
        return;
    if (hasFocus()) {
        QAccessibleEvent focus(this, QAccessible::Focus);
        focus.setChild(child);
        QAccessible::updateAccessibility(&focus);
    }
    QAccessibleEvent selection(this, QAccessible::Selection);
    selection.setChild(child);
    QAccessible::updateAccessibility(&selection);
}

// --- zoom and scroll ---------------------------------------------------------

double TimelineItemView::maximumZoom() const
{
    if (m_timeScale.isEmpty() || m_geometry.fitLength <= 0)
        return MinimumZoom;
    const double dayAtFit = m_timeScale.maximumDayLength() / m_timeScale.zoom();
    if (dayAtFit <= 0)
        return MinimumZoom;
    return std::max(MinimumZoom, UsefulDayShare * m_geometry.fitLength / dayAtFit);
}

void TimelineItemView::setZoom(double zoom)
{
    ensureLayout();
    double anchor = m_geometry.axisStart + m_geometry.fitLength / 2;
    if (isHorizontal() && isRightToLeft())
        anchor = m_geometry.size.width() - anchor;
    const QModelIndex current = currentIndex();
    if (current.isValid() && current.row() < int(m_items.size())) {
        const double marker = mainOf(markerOf(m_items[static_cast<size_t>(current.row())]));
        const double lo = isHorizontal() ? m_geometry.lane.left() : m_geometry.lane.top();
        const double hi = isHorizontal() ? m_geometry.lane.right() : m_geometry.lane.bottom();
        if (marker >= lo && marker <= hi)
            anchor = marker;
    }
    zoomAround(zoom, anchor);
}

void TimelineItemView::zoomIn()
{
    setZoom(zoom() * ZoomStep);
}

void TimelineItemView::zoomOut()
{
    setZoom(zoom() / ZoomStep);
}

void TimelineItemView::zoomBy(double factor, const QPointF &anchor)
{
    ensureLayout();
    zoomAround(zoom() * factor, mainOf(anchor));
}

void TimelineItemView::zoomAround(double zoom, double anchor)
{
    ensureLayout();
    if (m_timeScale.isEmpty())
        return;
    zoom = std::clamp(zoom, MinimumZoom, maximumZoom());
    if (std::abs(zoom - m_timeScale.zoom()) < 1e-9)
        return;
    finishAnimation();
    // Keep the same moment under the anchor: find it as a share of its segment.
    const double before = toContent(anchor);
    const int index = m_timeScale.segmentAt(before);
    const TimelineScale::Segment old = m_timeScale.segments()[static_cast<size_t>(index)];
    const double share = old.length > 0 ? (before - old.start) / old.length : 0.0;
    m_timeScale.setGeometry(m_geometry.fitLength, m_geometry.breakLength, zoom);
    const TimelineScale::Segment &now = m_timeScale.segments()[static_cast<size_t>(index)];
    const double after = now.start + share * now.length;
    m_dirty |= ItemsDirty;
    ensureLayout();
    updateScrollRange();
    setOffset(offsetFor(after, anchor));
    viewport()->update();
    Q_EMIT zoomChanged(zoom);
}

bool TimelineItemView::isOnScreen() const
{
    const QWidget *top = window();
    return isVisible() && !top->testAttribute(Qt::WA_DontShowOnScreen) && top->windowHandle() &&
           top->windowHandle()->isExposed();
}

void TimelineItemView::animateTo(double target)
{
    target = std::clamp(target, 0.0, maximumOffset());
    if (Appearance::instance()->reducedMotion() || !isOnScreen()) {
        m_animation->stop();
        setOffset(target);
        return;
    }
    if (m_animation->state() == QAbstractAnimation::Running) {
        if (std::abs(m_animation->endValue().toDouble() - target) < 0.5)
            return;
        m_animation->stop();
    }
    if (std::abs(target - offset()) < 0.5) {
        setOffset(target);
        return;
    }
    m_animation->setStartValue(offset());
    m_animation->setEndValue(target);
    m_animation->start();
}

bool TimelineItemView::isAnimating() const
{
    return m_animation->state() == QAbstractAnimation::Running;
}

void TimelineItemView::finishAnimation()
{
    if (m_animation->state() != QAbstractAnimation::Running)
        return;
    const double end = m_animation->endValue().toDouble();
    m_animation->stop();
    setOffset(end);
}

void TimelineItemView::panBy(double viewportDelta)
{
    m_animation->stop();
    // Dragging content towards the end of time shows earlier events.
    const double sign = (isHorizontal() && isRightToLeft()) ? 1.0 : -1.0;
    setOffset(offset() + sign * viewportDelta);
}

void TimelineItemView::centreOnOverview(const QPointF &point, bool animate)
{
    ensureLayout();
    if (m_timeScale.isEmpty())
        return;
    const QRectF &bar = m_geometry.overviewBar;
    double t = isHorizontal() ? (point.x() - bar.left()) / bar.width()
                              : (point.y() - bar.top()) / bar.height();
    if (isHorizontal() && isRightToLeft())
        t = 1 - t;
    t = std::clamp(t, 0.0, 1.0);
    const qint64 days = m_timeScale.first().daysTo(m_timeScale.last());
    const QDate date = m_timeScale.first().addDays(qint64(std::llround(t * double(days))));
    const double target = m_timeScale.center(date) - m_geometry.fitLength / 2;
    if (animate) {
        animateTo(target);
    } else {
        m_animation->stop();
        setOffset(target);
    }
}

// --- input -------------------------------------------------------------------

void TimelineItemView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        event->accept();
        return;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        zoomOut();
        event->accept();
        return;
    case Qt::Key_0:
        setZoom(MinimumZoom);
        event->accept();
        return;
    default:
        break;
    }
    // Moving between events selects the event moved to, and nothing else; the
    // base class would also select whatever lies under the centre of its rect.
    static const QHash<int, CursorAction> moves = {
            {Qt::Key_Left, MoveLeft},     {Qt::Key_Right, MoveRight},       {Qt::Key_Up, MoveUp},
            {Qt::Key_Down, MoveDown},     {Qt::Key_Home, MoveHome},         {Qt::Key_End, MoveEnd},
            {Qt::Key_PageUp, MovePageUp}, {Qt::Key_PageDown, MovePageDown},
    };
    // With Ctrl, Alt or Meta the keys belong to the window (Ctrl+Page Down
    // changes tabs).
    const bool plain =
            !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    const auto move = moves.constFind(event->key());
    if (plain && move != moves.constEnd() && selectionModel()) {
        const QModelIndex next = moveCursor(*move, event->modifiers());
        if (next.isValid() && next != currentIndex()) {
            selectionModel()->setCurrentIndex(next, QItemSelectionModel::ClearAndSelect |
                                                            QItemSelectionModel::Rows);
            scrollTo(next, EnsureVisible);
        }
        event->accept();
        return;
    }
    QAbstractItemView::keyPressEvent(event);
}

void TimelineItemView::wheelEvent(QWheelEvent *event)
{
    const QPoint angle = event->angleDelta();
    const QPoint pixels = event->pixelDelta();
    if (event->modifiers() & Qt::ControlModifier) {
        const double steps = (angle.y() != 0 ? angle.y() : angle.x()) / 120.0;
        if (steps != 0)
            zoomBy(std::pow(1.25, steps), event->position());
        event->accept();
        return;
    }
    ensureLayout();
    double delta = 0;
    if (!pixels.isNull()) {
        delta = std::abs(pixels.x()) > std::abs(pixels.y()) ? pixels.x() : pixels.y();
    } else {
        const int notches = std::abs(angle.x()) > std::abs(angle.y()) ? angle.x() : angle.y();
        delta = notches / 120.0 * m_geometry.fitLength / 10;
    }
    // A wheel turned away from the reader moves on in time.
    m_animation->stop();
    setOffset(offset() - delta);
    event->accept();
}

void TimelineItemView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        event->ignore();
        return;
    }
    ensureLayout();
    m_pressed = true;
    m_panning = false;
    m_pressPoint = event->position().toPoint();
    m_lastPoint = m_pressPoint;
    m_animation->stop();
    m_overviewDrag = m_geometry.overview.adjusted(0, 0, 0, isHorizontal() ? 8 * m_scale : 0)
                             .contains(event->position());
    if (m_overviewDrag)
        centreOnOverview(event->position(), false);
    event->accept();
}

void TimelineItemView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint point = event->position().toPoint();
    if (!m_pressed) {
        const QModelIndex hovered = indexAt(point);
        const int row = hovered.isValid() ? hovered.row() : -1;
        if (row != m_hoverRow) {
            m_hoverRow = row;
            viewport()->setCursor(row >= 0 ? Qt::PointingHandCursor : Qt::OpenHandCursor);
            viewport()->update();
        }
        return;
    }
    if (m_overviewDrag) {
        centreOnOverview(event->position(), false);
        return;
    }
    if (!m_panning &&
        (point - m_pressPoint).manhattanLength() >= QApplication::startDragDistance()) {
        m_panning = true;
        viewport()->setCursor(Qt::ClosedHandCursor);
    }
    if (m_panning)
        panBy(mainOf(point) - mainOf(m_lastPoint));
    m_lastPoint = point;
}

void TimelineItemView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressed) {
        event->ignore();
        return;
    }
    m_pressed = false;
    if (!m_panning && !m_overviewDrag)
        selectAt(event->position().toPoint());
    m_panning = false;
    m_overviewDrag = false;
    viewport()->setCursor(m_hoverRow >= 0 ? Qt::PointingHandCursor : Qt::OpenHandCursor);
}

void TimelineItemView::mouseDoubleClickEvent(QMouseEvent *event)
{
    // A double click zooms in on the spot, like a map.
    if (event->button() == Qt::LeftButton && m_geometry.lane.contains(event->position())) {
        zoomBy(2.0, event->position());
        event->accept();
        return;
    }
    event->ignore();
}

void TimelineItemView::selectAt(const QPoint &point)
{
    const QModelIndex index = indexAt(point);
    if (!index.isValid())
        return;
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                     QItemSelectionModel::Rows);
    scrollTo(index, EnsureVisible);
    Q_EMIT clicked(index);
}

bool TimelineItemView::viewportEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::TouchCancel:
        handleTouch(static_cast<QTouchEvent *>(event));
        return true;
    case QEvent::Leave:
        if (m_hoverRow >= 0) {
            m_hoverRow = -1;
            viewport()->update();
        }
        break;
    default:
        break;
    }
    return QAbstractItemView::viewportEvent(event);
}

void TimelineItemView::handleTouch(QTouchEvent *event)
{
    event->accept();
    ensureLayout();
    QList<QPointF> points;
    for (const QEventPoint &point : event->points()) {
        if (point.state() != QEventPoint::Released)
            points.append(point.position());
    }
    if (event->type() == QEvent::TouchBegin) {
        m_animation->stop();
        m_touchMoved = false;
        m_touchPoints = 0;
        m_touchStart = event->points().isEmpty() ? QPointF() : event->points().first().position();
    }
    if (event->type() == QEvent::TouchCancel) {
        m_touchPoints = 0;
        return;
    }
    if (event->type() == QEvent::TouchEnd || points.isEmpty()) {
        // A tap that did not travel selects what it touched.
        if (!m_touchMoved && !event->points().isEmpty()) {
            const QPointF end = event->points().first().position();
            if (m_geometry.overview.contains(end))
                centreOnOverview(end, true);
            else
                selectAt(end.toPoint());
        }
        m_touchPoints = 0;
        return;
    }
    QPointF centroid;
    for (const QPointF &p : points)
        centroid += p;
    centroid /= double(points.size());
    double distance = 0;
    if (points.size() >= 2) {
        const QPointF d = points.at(1) - points.at(0);
        distance = std::hypot(d.x(), d.y());
    }
    if (points.size() != m_touchPoints) {
        // Fingers came or went: start measuring afresh.
        m_touchPoints = int(points.size());
        m_touchCentroid = centroid;
        m_touchDistance = distance;
        if (points.size() >= 2)
            m_touchMoved = true;
        return;
    }
    if (!m_touchMoved) {
        const QPointF travelled = centroid - m_touchStart;
        if (travelled.manhattanLength() < QApplication::startDragDistance())
            return;
        m_touchMoved = true;
    }
    if (points.size() >= 2 && m_touchDistance > 0 && distance > 0)
        zoomBy(distance / m_touchDistance, centroid);
    panBy(mainOf(centroid) - mainOf(m_touchCentroid));
    m_touchCentroid = centroid;
    m_touchDistance = distance;
}

void TimelineItemView::focusInEvent(QFocusEvent *event)
{
    // Unlike other item views, focus alone chooses no event: the detail card
    // keeps its introduction until the reader picks one (an arrow key does).
    QAbstractScrollArea::focusInEvent(event);
    viewport()->update();
}

void TimelineItemView::focusOutEvent(QFocusEvent *event)
{
    QAbstractItemView::focusOutEvent(event);
    viewport()->update();
}

void TimelineItemView::resizeEvent(QResizeEvent *event)
{
    QAbstractItemView::resizeEvent(event);
    // Keep the moment at the centre of the lane where it was.
    const bool hadLayout = !(m_dirty & GeometryDirty) && m_geometry.fitLength > 0;
    const double centre = hadLayout ? offset() + m_geometry.fitLength / 2 : 0;
    const QDate centreDate = hadLayout ? m_timeScale.dateAt(centre) : QDate();
    m_dirty |= GeometryDirty;
    ensureLayout();
    updateScrollRange();
    if (centreDate.isValid())
        setOffset(m_timeScale.center(centreDate) - m_geometry.fitLength / 2);
    m_overviewDirty = true;
}

void TimelineItemView::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::LayoutDirectionChange:
        finishAnimation();
        invalidate(GeometryDirty);
        break;
    case QEvent::LanguageChange:
    case QEvent::LocaleChange:
        invalidate(MetricsDirty | GeometryDirty);
        break;
    default:
        break;
    }
    QAbstractItemView::changeEvent(event);
}

QSize TimelineItemView::sizeHint() const
{
    return QSize(960, 560) * m_scale;
}

QSize TimelineItemView::minimumSizeHint() const
{
    return QSize(320, 260) * std::min(m_scale, 1.0);
}

// --- painting ------------------------------------------------------------------

void TimelineItemView::paintEvent(QPaintEvent *)
{
    ensureLayout();
    QPainter painter(viewport());
    const Theme &theme = Appearance::instance()->theme();
    painter.fillRect(viewport()->rect(), theme.background);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    if (m_timeScale.isEmpty()) {
        paintEmpty(&painter);
        return;
    }
    paintOverview(&painter);
    paintConnectors(&painter);
    painter.save();
    painter.setClipRect(m_geometry.lane);
    paintBands(&painter);
    paintTicks(&painter);
    paintEvents(&painter);
    painter.restore();
    if (m_items.empty())
        paintEmpty(&painter);
    if (hasFocus() && !currentIndex().isValid()) {
        // Keyboard focus with no event chosen yet: the ring goes round the lane.
        const double ring = Painting::Metrics::forScale(m_scale).ring;
        const QRectF lane =
                m_geometry.lane.adjusted(ring * 2.5, ring * 2.5, -ring * 2.5, -ring * 2.5);
        Painting::focusRing(&painter, lane, theme, m_scale, 4 * m_scale);
    }
}

void TimelineItemView::paintEmpty(QPainter *painter) const
{
    const Theme &theme = Appearance::instance()->theme();
    const QFont title = Appearance::instance()->font(Typography::Role::Title, m_scale);
    const QFont body = Appearance::instance()->font(Typography::Role::Body, m_scale);
    QRectF area = m_geometry.lane.isEmpty() ? QRectF(viewport()->rect()) : m_geometry.lane;
    area.adjust(24 * m_scale, 0, -24 * m_scale, 0);
    // With an axis but no rows, a filter hides every event.
    const bool filtered = !m_timeScale.isEmpty();
    //: Shown on the timeline when no event matches the chosen categories
    const QString heading = filtered ? tr("No events in these categories")
                                     //: Shown on the timeline when the content has no events
                                     : tr("No events to show");
    //: Beneath "No events in these categories"
    const QString hint = filtered ? tr("Choose another category, or all events.") : QString();
    const QFontMetricsF headingMetrics(title);
    const QFontMetricsF hintMetrics(body);
    const double total =
            headingMetrics.height() + (hint.isEmpty() ? 0 : hintMetrics.height() + 8 * m_scale);
    double y = area.center().y() - total / 2;
    painter->setFont(title);
    painter->setPen(theme.text);
    painter->drawText(QRectF(area.left(), y, area.width(), headingMetrics.height()),
                      Qt::AlignCenter, heading);
    y += headingMetrics.height() + 8 * m_scale;
    if (!hint.isEmpty()) {
        painter->setFont(body);
        painter->setPen(theme.textMuted);
        painter->drawText(QRectF(area.left(), y, area.width(), hintMetrics.height()),
                          Qt::AlignCenter, hint);
    }
}

void TimelineItemView::paintOverview(QPainter *painter) const
{
    const qreal dpr = pixelRatio(painter);
    const QSize pixels = (m_geometry.overview.size() * dpr).toSize();
    if (m_overviewDirty || m_overviewCache.size() != pixels ||
        !qFuzzyCompare(m_overviewCache.devicePixelRatio(), dpr)) {
        m_overviewCache = QPixmap(pixels.expandedTo(QSize(1, 1)));
        m_overviewCache.setDevicePixelRatio(dpr);
        m_overviewCache.fill(Qt::transparent);
        QPainter cache(&m_overviewCache);
        cache.setRenderHint(QPainter::Antialiasing);
        cache.setRenderHint(QPainter::TextAntialiasing);
        cache.translate(-m_geometry.overview.topLeft());
        paintOverviewCache(&cache);
        m_overviewDirty = false;
    }
    painter->drawPixmap(m_geometry.overview.topLeft(), m_overviewCache);

    const Theme &theme = Appearance::instance()->theme();
    const QRectF &bar = m_geometry.overviewBar;
    const double s = m_scale;
    // The current event.
    const QModelIndex current = currentIndex();
    if (current.isValid() && current.row() < int(m_events.size())) {
        const double p = overviewPosition(m_events[static_cast<size_t>(current.row())].date);
        const QPointF centre =
                isHorizontal() ? QPointF(p, bar.center().y()) : QPointF(bar.center().x(), p);
        painter->setPen(QPen(theme.background, 2 * s));
        painter->setBrush(theme.accent);
        painter->drawEllipse(centre, 7 * s, 7 * s);
    }
    // The stretch the lane shows, once it is not all of it.
    if (zoom() > MinimumZoom + 1e-6 || offset() > 0) {
        const double a = overviewPosition(firstVisibleDate());
        const double b = overviewPosition(lastVisibleDate().addDays(1));
        const double lo = std::min(a, b);
        const double hi = std::max(std::max(a, b), lo + 4 * s);
        const double grow = 5 * s;
        const QRectF window =
                isHorizontal() ? QRectF(lo, bar.top() - grow, hi - lo, bar.height() + 2 * grow)
                               : QRectF(bar.left() - grow, lo, bar.width() + 2 * grow, hi - lo);
        QColor fill = theme.accent;
        fill.setAlphaF(0.18);
        painter->setPen(QPen(theme.accentInk, 2 * s));
        painter->setBrush(fill);
        painter->drawRoundedRect(window, 4 * s, 4 * s);
    }
}

void TimelineItemView::paintOverviewCache(QPainter *painter) const
{
    const Theme &theme = Appearance::instance()->theme();
    const double s = m_scale;
    const QRectF &bar = m_geometry.overviewBar;
    const QFont caption = Appearance::instance()->font(Typography::Role::Caption, s);
    const QFontMetricsF metrics(caption);
    const auto across = [&](double a, double b, double grow) {
        const double lo = std::min(a, b);
        const double hi = std::max(a, b);
        return isHorizontal() ? QRectF(lo, bar.top() - grow, hi - lo, bar.height() + 2 * grow)
                              : QRectF(bar.left() - grow, lo, bar.width() + 2 * grow, hi - lo);
    };

    painter->setPen(Qt::NoPen);
    // High contrast draws its hairlines in white: the bar takes less of it, so
    // that coloured dots still stand out on it.
    const bool stark = theme.id == Theme::Id::HighContrast;
    painter->setBrush(Painting::mix(theme.background, theme.border, stark ? 0.3 : 0.45));
    painter->drawRoundedRect(bar, std::min(bar.width(), bar.height()) / 2,
                             std::min(bar.width(), bar.height()) / 2);
    // Eras, as slightly brighter stretches of the bar.
    for (const TimelineScale::Segment &segment : m_timeScale.segments()) {
        if (segment.kind != TimelineScale::Segment::Kind::Era)
            continue;
        const QRectF r = across(overviewPosition(segment.first),
                                overviewPosition(segment.last.addDays(1)), 0);
        painter->setBrush(Painting::mix(theme.background, theme.border, stark ? 0.5 : 0.9));
        painter->drawRect(r);
    }

    // Years: a tick at each New Year and as many labels as fit.
    const int firstYear = m_timeScale.first().year();
    const int lastYear = m_timeScale.last().year() + 1;
    const double yearLength = std::abs(overviewPosition(QDate(firstYear + 1, 1, 1)) -
                                       overviewPosition(QDate(firstYear, 1, 1)));
    const double labelLength =
            isHorizontal() ? metrics.horizontalAdvance(yearText(2000, locale())) + 12 * s
                           : metrics.height() + 4 * s;
    const int step = std::max(1, int(std::ceil(labelLength / std::max(1.0, yearLength))));
    painter->setFont(caption);
    for (int year = firstYear; year <= lastYear; ++year) {
        const double p = overviewPosition(QDate(year, 1, 1));
        painter->setPen(QPen(Painting::mix(theme.border, theme.textMuted, 0.5), std::max(1.0, s)));
        if (isHorizontal())
            painter->drawLine(QPointF(p, bar.top() - 4 * s), QPointF(p, bar.bottom()));
        else
            painter->drawLine(QPointF(bar.left() - 4 * s, p), QPointF(bar.right(), p));
        if ((year - firstYear) % step != 0 || year == lastYear)
            continue;
        painter->setPen(theme.textMuted);
        const QString text = yearText(year, locale());
        if (isHorizontal()) {
            const double w = metrics.horizontalAdvance(text);
            const double x = isRightToLeft() ? p - 4 * s - w : p + 4 * s;
            painter->drawText(QRectF(x, m_geometry.overview.top(), w, metrics.height()),
                              Qt::AlignLeft | Qt::AlignTop, text);
        } else {
            const double x = isRightToLeft() ? bar.right() + 6 * s : m_geometry.overview.left();
            // Beside the bar, on the side away from the lane.
            const double w = isRightToLeft() ? m_geometry.overview.right() - x
                                             : bar.left() - 6 * s - m_geometry.overview.left();
            painter->drawText(QRectF(x, p, std::max(0.0, w), metrics.height()),
                              (isRightToLeft() ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignTop |
                                      Qt::AlignAbsolute,
                              text);
        }
    }

    // Every event of the lane, as a dot (or a short bar over a month).
    painter->setPen(Qt::NoPen);
    const double r = 3.5 * s;
    for (const Event &event : m_events) {
        painter->setBrush(categoryColor(event.category));
        const double a = overviewPosition(event.earliest);
        const double b = overviewPosition(event.latest.addDays(1));
        if (std::abs(b - a) > 2 * r) {
            painter->drawRoundedRect(
                    across(a, b, r - (isHorizontal() ? bar.height() : bar.width()) / 2), r, r);
        } else {
            const double p = overviewPosition(event.date);
            painter->drawEllipse(isHorizontal() ? QPointF(p, bar.center().y())
                                                : QPointF(bar.center().x(), p),
                                 r, r);
        }
    }
}

void TimelineItemView::paintConnectors(QPainter *painter) const
{
    // Each stretch of the lane is joined to the same dates on the overview, so
    // that the reader sees which years were folded and which days were widened.
    const Theme &theme = Appearance::instance()->theme();
    const Geometry &g = m_geometry;
    const double s = m_scale;
    const double windowStart = offset();
    const double windowEnd = offset() + g.fitLength;
    const double barEdge =
            isHorizontal() ? g.overviewBar.bottom()
                           : (isRightToLeft() ? g.overviewBar.left() : g.overviewBar.right());
    const double laneEdge =
            isHorizontal() ? g.lane.top() : (isRightToLeft() ? g.lane.right() : g.lane.left());
    const auto point = [&](double main, double cross) {
        return isHorizontal() ? QPointF(main, cross) : QPointF(cross, main);
    };
    QPen edge(Painting::mix(theme.border, theme.textMuted, 0.3), std::max(1.0, s));
    int eraParity = 0;
    for (const TimelineScale::Segment &segment : m_timeScale.segments()) {
        const bool era = segment.kind == TimelineScale::Segment::Kind::Era;
        if (era)
            ++eraParity;
        const double start = std::max(segment.start, windowStart);
        const double end = std::min(segment.start + segment.length, windowEnd);
        if (end <= start)
            continue;
        const QDate first = start <= segment.start ? segment.first : m_timeScale.dateAt(start);
        const QDate last = end >= segment.start + segment.length ? segment.last.addDays(1)
                                                                 : m_timeScale.dateAt(end);
        const double o0 = overviewPosition(first);
        const double o1 = overviewPosition(last);
        const bool isFirst = &segment == &m_timeScale.segments().front();
        const bool isLast = &segment == &m_timeScale.segments().back();
        // The lane's bands reach into the room at either end; so do their joins.
        const double l0 = toView(start - (isFirst && start <= segment.start ? g.pad : 0));
        const double l1 =
                toView(end + (isLast && end >= segment.start + segment.length ? g.pad : 0));
        QPolygonF shape;
        shape << point(o0, barEdge) << point(o1, barEdge) << point(l1, laneEdge)
              << point(l0, laneEdge);
        QColor fill;
        if (segment.kind == TimelineScale::Segment::Kind::Break) {
            fill = Qt::transparent;
        } else if (era) {
            fill = eraColour(theme, eraParity);
        } else {
            fill = Qt::transparent;
        }
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawPolygon(shape);
        painter->setPen(edge);
        if (start <= segment.start && !isFirst)
            painter->drawLine(point(o0, barEdge), point(toView(start), laneEdge));
        if (end >= segment.start + segment.length && !isLast)
            painter->drawLine(point(o1, barEdge), point(toView(end), laneEdge));
    }
}

void TimelineItemView::paintBands(QPainter *painter) const
{
    const Theme &theme = Appearance::instance()->theme();
    const Geometry &g = m_geometry;
    const double s = m_scale;
    const double windowStart = offset() - g.pad;
    const double windowEnd = offset() + g.fitLength + g.pad;
    const QFont eraFont = Appearance::instance()->font(Typography::Role::Label, s);
    // Bands reach across the whole lane.
    const auto band = [&](double a, double b) {
        const double lo = std::min(toView(a), toView(b));
        const double hi = std::max(toView(a), toView(b));
        return isHorizontal() ? QRectF(lo, g.lane.top(), hi - lo, g.lane.height())
                              : QRectF(g.lane.left(), lo, g.lane.width(), hi - lo);
    };
    int eraParity = 0;
    QPen edge(Painting::mix(theme.border, theme.textMuted, 0.3), std::max(1.0, s));
    for (const TimelineScale::Segment &segment : m_timeScale.segments()) {
        const bool era = segment.kind == TimelineScale::Segment::Kind::Era;
        if (era)
            ++eraParity;
        // The first and the last stretch reach into the room around the axis.
        const double a = segment.start - (&segment == &m_timeScale.segments().front() ? g.pad : 0);
        const double b = segment.start + segment.length +
                         (&segment == &m_timeScale.segments().back() ? g.pad : 0);
        if (b < windowStart || a > windowEnd)
            continue;
        const QRectF rect = band(a, b);
        if (era) {
            painter->fillRect(rect, eraColour(theme, eraParity));
        }
        if (segment.kind == TimelineScale::Segment::Kind::Break) {
            // Hatching up to the axis: time folded away. Its label goes beside it,
            // with the tick labels.
            painter->save();
            QRectF hatched = rect;
            if (isHorizontal())
                hatched.setBottom(g.axisCross);
            else if (isRightToLeft())
                hatched.setRight(g.axisCross);
            else
                hatched.setLeft(g.axisCross);
            painter->setClipRect(hatched);
            QPen hatch(Painting::mix(theme.background, theme.border, 0.8), std::max(1.0, s));
            painter->setPen(hatch);
            const double step = 12 * s;
            const double extent = rect.width() + rect.height();
            for (double d = -extent; d < extent; d += step) {
                painter->drawLine(QPointF(rect.left() + d, rect.bottom()),
                                  QPointF(rect.left() + d + rect.height(), rect.top()));
            }
            painter->restore();
        }
        // Edges between stretches of different scale.
        painter->setPen(edge);
        const double p = toView(segment.start);
        if (isHorizontal())
            painter->drawLine(QPointF(p, g.lane.top()), QPointF(p, g.axisCross));
        else
            painter->drawLine(QPointF(g.lane.left(), p), QPointF(g.lane.right(), p));
    }

    // Era names along the far side, kept in view while their era is.
    if (!m_eraModel)
        return;
    const QFontMetricsF metrics(eraFont);
    painter->setFont(eraFont);
    const std::vector<TimelineScale::Segment> &segments = m_timeScale.segments();
    for (size_t i = 0; i < segments.size(); ++i) {
        const TimelineScale::Segment &segment = segments[i];
        if (segment.kind != TimelineScale::Segment::Kind::Era)
            continue;
        // The last era's name may run on into the room after the axis.
        double end = segment.start + segment.length;
        if (i + 1 == segments.size())
            end += g.pad;
        const double a = std::max(segment.start, windowStart + g.pad);
        const double b = std::min(end, windowEnd);
        const double inset = 12 * s;
        const double available = b - a - 2 * inset;
        if (available < 36 * s)
            continue;
        const QString name = m_eraModel->index(segment.era, 0).data().toString();
        const QString text = metrics.elidedText(name, Qt::ElideRight, available);
        painter->setPen(theme.textMuted);
        if (isHorizontal()) {
            const double x0 = std::min(toView(a), toView(b)) + inset;
            painter->drawText(QRectF(x0, g.eraStrip.top(), available, g.eraStrip.height()),
                              Qt::AlignVCenter | leadingEdge(layoutDirection()), text);
        } else {
            // Read top to bottom along the strip.
            painter->save();
            const QRectF strip = g.eraStrip;
            painter->translate(strip.center().x(), toView(a) + inset);
            painter->rotate(90);
            painter->drawText(QRectF(0, -strip.width() / 2, available, strip.width()),
                              Qt::AlignVCenter | Qt::AlignLeft | Qt::AlignAbsolute, text);
            painter->restore();
        }
    }
}

void TimelineItemView::paintTicks(QPainter *painter) const
{
    const Theme &theme = Appearance::instance()->theme();
    const Geometry &g = m_geometry;
    const double s = m_scale;
    const QFont caption = Appearance::instance()->font(Typography::Role::Caption, s);
    const QFontMetricsF metrics(caption);
    const double windowStart = offset() - g.pad;
    const double windowEnd = offset() + g.fitLength + g.pad;
    const QLocale locale = this->locale();
    const QColor axisColour = Painting::mix(theme.border, theme.textMuted, 0.55);
    const double spacing = 2 * metrics.height() + 10 * s;

    painter->setFont(caption);
    for (const TimelineScale::Segment &segment : m_timeScale.segments()) {
        const double a = segment.start;
        const double b = segment.start + segment.length;
        if (b < windowStart || a > windowEnd)
            continue;
        const double lo = std::min(toView(a), toView(b));
        const double hi = std::max(toView(a), toView(b));
        if (segment.kind == TimelineScale::Segment::Kind::Break) {
            // The axis stops at a fold, marked by two slanted strokes.
            painter->setPen(QPen(axisColour, 2 * s, Qt::SolidLine, Qt::RoundCap));
            const double d = 5 * s;
            const double c = g.axisCross;
            for (double p : {lo + 6 * s, hi - 6 * s}) {
                for (double o : {-3 * s, 3 * s}) {
                    if (isHorizontal())
                        painter->drawLine(QPointF(p + o - d / 2, c + d),
                                          QPointF(p + o + d / 2, c - d));
                    else
                        painter->drawLine(QPointF(c - d, p + o - d / 2),
                                          QPointF(c + d, p + o + d / 2));
                }
            }
            // Beneath the fold, like a tick label: the years it hides, and how many.
            const QString years = foldYears(segment, locale);
            const int count = int(std::lround(double(segment.days()) / 365.25));
            //: Beneath a fold in the time axis that hides a single year without events
            const QString span = count < 2 ? tr("one year")
                                           //: Beneath a fold in the time axis: how many years
                                           //: without events it hides
                                           : tr("%n years", "", count);
            const double line = metrics.height();
            QFont strong = caption;
            strong.setWeight(QFont::DemiBold);
            QRectF first;
            QRectF second;
            if (isHorizontal()) {
                first = QRectF(lo - 20 * s, g.axisCross + 9 * s, hi - lo + 40 * s, line);
                second = first.translated(0, line);
            } else {
                // Down the screen, in the column of the tick labels, beside the axis.
                const double x = isRightToLeft() ? g.axisCross + 10 * s : g.lane.left();
                const double w =
                        isRightToLeft() ? g.lane.right() - x : g.axisCross - 10 * s - g.lane.left();
                first = QRectF(x, (lo + hi) / 2 - line, w, line);
                second = first.translated(0, line);
            }
            const Qt::Alignment align =
                    isHorizontal() ? Qt::Alignment(Qt::AlignCenter)
                                   : (Qt::AlignVCenter | Qt::AlignAbsolute |
                                      (isRightToLeft() ? Qt::AlignLeft : Qt::AlignRight));
            painter->setFont(strong);
            painter->setPen(theme.text);
            painter->drawText(first, align, years);
            painter->setFont(caption);
            painter->setPen(theme.textMuted);
            painter->drawText(second, align, span);
            continue;
        }
        // The axis line, on into the room at either end.
        painter->setPen(QPen(axisColour, 2 * s, Qt::SolidLine, Qt::FlatCap));
        {
            const double first = &segment == &m_timeScale.segments().front() ? -g.pad : 0;
            const double last = &segment == &m_timeScale.segments().back() ? g.pad : 0;
            const double p0 = toView(a + first);
            const double p1 = toView(b + last);
            if (isHorizontal())
                painter->drawLine(QPointF(p0, g.axisCross), QPointF(p1, g.axisCross));
            else
                painter->drawLine(QPointF(g.axisCross, p0), QPointF(g.axisCross, p1));
        }

        // The finest calendar unit whose labels fit this stretch's scale.
        const double day = segment.dayLength();
        // Across, a label needs its own width; down the screen, two lines of height.
        const auto fits = [&](double days, double width) {
            return day * days >= (isHorizontal() ? width * s : spacing);
        };
        TickUnit unit = TickUnit::Years;
        int years = 1;
        if (fits(1, 34))
            unit = TickUnit::Day;
        else if (fits(7, 40))
            unit = TickUnit::Week;
        else if (fits(30.4, 46))
            unit = TickUnit::Month;
        else if (fits(91.3, 46))
            unit = TickUnit::Quarter;
        else if (fits(365.25, 52))
            unit = TickUnit::Year;
        else
            years = std::max(2, int(std::ceil((isHorizontal() ? 52 * s : spacing) /
                                              std::max(0.01, day * 365.25))));

        painter->save();
        const QRectF clip = isHorizontal() ? QRectF(lo, g.lane.top(), hi - lo, g.lane.height())
                                           : QRectF(g.lane.left(), lo, g.lane.width(), hi - lo);
        painter->setClipRect(clip, Qt::IntersectClip);
        const QDate visibleFirst =
                std::max(segment.first, m_timeScale.dateAt(std::max(a, windowStart)));
        const QDate visibleLast =
                std::min(segment.last, m_timeScale.dateAt(std::min(b, windowEnd) - 0.01));
        QDate date = alignTick(unit == TickUnit::Day
                                       ? visibleFirst
                                       : std::max(segment.first, visibleFirst.addMonths(-3)),
                               unit, years);
        // The first tick whose stretch reaches into view carries the month or
        // year as context, kept in view.
        bool contextShown = false;
        for (; date.isValid() && date <= visibleLast; date = nextTick(date, unit, years)) {
            const bool firstOfWindow = !contextShown && nextTick(date, unit, years) > visibleFirst;
            contextShown = contextShown || firstOfWindow;
            const double p = toView(m_timeScale.position(date));
            const double pEnd = toView(m_timeScale.endPosition(date));
            painter->setPen(QPen(axisColour, std::max(1.0, s)));
            const double tick = (unit == TickUnit::Day || date.day() == 1) ? 7 * s : 4 * s;
            if (isHorizontal())
                painter->drawLine(QPointF(p, g.axisCross), QPointF(p, g.axisCross + tick));
            else
                painter->drawLine(QPointF(g.axisCross, p),
                                  QPointF(g.axisCross + (isRightToLeft() ? tick : -tick), p));

            QString major;
            QString minor;
            switch (unit) {
            case TickUnit::Day:
            case TickUnit::Week:
                major = locale.toString(date.day());
                if (firstOfWindow || date.day() == 1 || (unit == TickUnit::Week && date.day() <= 7))
                    minor = monthYearText(date, locale);
                break;
            case TickUnit::Month:
            case TickUnit::Quarter:
                major = monthText(date.month(), locale);
                if (firstOfWindow || date.month() == 1)
                    minor = yearText(date.year(), locale);
                break;
            case TickUnit::Year:
            case TickUnit::Years:
                major = yearText(date.year(), locale);
                break;
            }

            painter->setPen(theme.textMuted);
            const double lineHeight = metrics.height();
            if (isHorizontal()) {
                const double top = g.axisCross + 9 * s;
                if (unit == TickUnit::Day) {
                    const double l = std::min(p, pEnd);
                    const double w = std::abs(pEnd - p);
                    painter->drawText(QRectF(l, top, w, lineHeight), Qt::AlignCenter, major);
                    if (!minor.isEmpty()) {
                        // The month stays in view while any of its days are, within
                        // its stretch of the axis.
                        const double mw = metrics.horizontalAdvance(minor);
                        double x = isRightToLeft() ? std::max(p, pEnd) - mw : l;
                        const double laneStart = toView(offset()) - (isRightToLeft() ? mw : 0);
                        if (firstOfWindow)
                            x = isRightToLeft() ? std::min(x, laneStart) : std::max(x, laneStart);
                        x = std::clamp(x, lo, std::max(lo, hi - mw));
                        painter->drawText(QRectF(x + (isRightToLeft() ? -2 : 2) * s,
                                                 top + lineHeight, mw, lineHeight),
                                          Qt::AlignLeft | Qt::AlignAbsolute, minor);
                    }
                } else {
                    const double w = std::max(metrics.horizontalAdvance(major),
                                              metrics.horizontalAdvance(minor));
                    const double x = isRightToLeft() ? p - 5 * s - w : p + 5 * s;
                    // A label that would run past its stretch is left out, not cut.
                    if (x < lo - 0.5 || x + w > hi + 0.5)
                        continue;
                    const Qt::Alignment align =
                            Qt::AlignAbsolute | (isRightToLeft() ? Qt::AlignRight : Qt::AlignLeft);
                    painter->drawText(QRectF(x, top, w, lineHeight), align, major);
                    if (!minor.isEmpty()) {
                        // The month or year stays in view while the window shows it.
                        double mx = x;
                        const double laneStart = toView(offset()) - (isRightToLeft() ? w : 0);
                        if (firstOfWindow)
                            mx = isRightToLeft() ? std::min(mx, laneStart)
                                                 : std::max(mx, laneStart);
                        mx = std::clamp(mx, lo, std::max(lo, hi - w));
                        painter->drawText(QRectF(mx, top + lineHeight, w, lineHeight), align,
                                          minor);
                    }
                }
            } else {
                const double room = isRightToLeft() ? g.lane.right() - g.axisCross - 10 * s
                                                    : g.axisCross - g.lane.left() - 10 * s;
                const double x = isRightToLeft() ? g.axisCross + 10 * s : g.lane.left();
                const Qt::Alignment align =
                        Qt::AlignAbsolute | (isRightToLeft() ? Qt::AlignLeft : Qt::AlignRight);
                const double top =
                        unit == TickUnit::Day
                                ? (p + pEnd) / 2 - (minor.isEmpty() ? lineHeight / 2 : lineHeight)
                                : p + 2 * s;
                if (top < lo - 0.5 || top + (minor.isEmpty() ? 1 : 2) * lineHeight > hi + 0.5)
                    continue;
                painter->drawText(QRectF(x, top, room, lineHeight), align | Qt::AlignTop, major);
                if (!minor.isEmpty())
                    painter->drawText(QRectF(x, top + lineHeight, room, lineHeight),
                                      align | Qt::AlignTop,
                                      unit == TickUnit::Day || unit == TickUnit::Week
                                              ? monthText(date.month(), locale)
                                              : minor);
            }
        }
        painter->restore();
    }
}

void TimelineItemView::paintEvents(QPainter *painter) const
{
    const Theme &theme = Appearance::instance()->theme();
    const Geometry &g = m_geometry;
    const double s = m_scale;
    const double windowStart = offset() - g.pad - m_maxSpanReach;
    const double windowEnd = offset() + g.fitLength + g.pad + m_maxSpanReach;
    const QModelIndex current = currentIndex();
    const int currentRow =
            current.isValid() && current.row() < int(m_items.size()) ? current.row() : -1;

    // Events without a card: a short mark each, taller where they crowd.
    const auto firstMark =
            std::lower_bound(m_marks.begin(), m_marks.end(), windowStart,
                             [](const Mark &mark, double m) { return mark.position < m; });
    QPen markPen(Painting::mix(theme.border, theme.textMuted, 0.6), std::max(1.0, s));
    QVarLengthArray<QLineF, 256> marks;
    for (auto it = firstMark; it != m_marks.end() && it->position <= windowEnd; ++it) {
        const double p = std::round(toView(it->position)) + 0.5;
        const double h = (6 + 3 * std::log2(double(it->count))) * s;
        if (isHorizontal())
            marks.append(QLineF(p, g.axisCross - 3 * s, p, g.axisCross - 3 * s - h));
        else
            marks.append(QLineF(g.axisCross + (isRightToLeft() ? -3 : 3) * s, p,
                                g.axisCross + (isRightToLeft() ? -1 : 1) * (3 * s + h), p));
    }
    if (!marks.isEmpty()) {
        // Up to one mark per pixel: drawn in one go, on the pixel grid.
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setPen(markPen);
        painter->drawLines(marks.constData(), int(marks.size()));
        painter->restore();
    }

    const auto [first, last] = visibleCards(offset() - g.pad, offset() + g.fitLength + g.pad);
    std::vector<int> rows(m_cards.begin() + long(first), m_cards.begin() + long(last));
    if (currentRow >= 0 && std::find(rows.begin(), rows.end(), currentRow) == rows.end()) {
        const Item &item = m_items[static_cast<size_t>(currentRow)];
        if (item.spanEnd >= windowStart && item.spanStart <= windowEnd)
            rows.push_back(currentRow);
    }

    const auto stemColour = [&](int row) {
        if (row == currentRow)
            return theme.accent;
        return Painting::mix(theme.border, theme.textMuted, 0.45);
    };
    // Spans: the days an event may have happened on.
    for (int row : rows) {
        const Item &item = m_items[static_cast<size_t>(row)];
        const Event &event = m_events[static_cast<size_t>(row)];
        const QRectF span = spanRectOf(item);
        const double along = isHorizontal() ? span.width() : span.height();
        if (event.exactDay && along < 10 * s)
            continue;
        QColor colour = categoryColor(event.category);
        QColor fill = colour;
        fill.setAlphaF(event.exactDay ? 0.22 : 0.32);
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        const double radius = std::min(span.width(), span.height()) / 2;
        painter->drawRoundedRect(span, radius, radius);
        if (!event.exactDay) {
            // Brackets at both ends: the first and the last possible day.
            painter->setPen(QPen(colour, 2 * s, Qt::SolidLine, Qt::RoundCap));
            const double c = g.axisCross;
            const double h = 9 * s;
            for (double p : {toView(item.spanStart), toView(item.spanEnd)}) {
                if (isHorizontal())
                    painter->drawLine(QPointF(p, c - h), QPointF(p, c + h));
                else
                    painter->drawLine(QPointF(c - h, p), QPointF(c + h, p));
            }
        }
    }
    // Stems from the markers to the cards.
    const CardMetrics cardMetrics(s);
    const double cardInset = cardMetrics.padV + cardMetrics.dateHeight / 2;
    for (int row : rows) {
        const Item &item = m_items[static_cast<size_t>(row)];
        QRectF card = item.track >= 0 ? cardRectOf(item) : floatingCardOf(row);
        const QPointF marker = markerOf(item);
        painter->setPen(QPen(stemColour(row), (row == currentRow ? 2.5 : 1.5) * s));
        if (isHorizontal()) {
            const double x = std::clamp(marker.x(), card.left() + 1, card.right() - 1);
            painter->drawLine(QPointF(marker.x(), marker.y()), QPointF(marker.x(), card.bottom()));
            if (std::abs(x - marker.x()) > 0.5)
                painter->drawLine(QPointF(marker.x(), card.bottom()), QPointF(x, card.bottom()));
        } else {
            const double edge = isRightToLeft() ? card.right() : card.left();
            const double anchor = card.top() + cardInset;
            if (marker.y() >= card.top() + cardInset / 2 && marker.y() <= card.bottom() - 2) {
                painter->drawLine(marker, QPointF(edge, marker.y()));
            } else {
                // An elbow: out from the axis, along to the card's date, into the card.
                const double bend = g.axisCross + (isRightToLeft() ? -1 : 1) * g.stem * 0.5;
                QPainterPath path(marker);
                path.lineTo(bend, marker.y());
                path.lineTo(bend, anchor);
                path.lineTo(edge, anchor);
                painter->setBrush(Qt::NoBrush);
                painter->drawPath(path);
            }
        }
    }
    // Markers: filled on the day; hollow where only the month is known.
    for (int row : rows) {
        const Item &item = m_items[static_cast<size_t>(row)];
        const Event &event = m_events[static_cast<size_t>(row)];
        const QPointF centre = markerOf(item);
        const bool selected = row == currentRow;
        const double r = (selected ? 9 : 7) * s;
        const QColor colour = categoryColor(event.category);
        if (selected) {
            painter->setPen(Qt::NoPen);
            QColor halo = theme.accent;
            halo.setAlphaF(0.3);
            painter->setBrush(halo);
            painter->drawEllipse(centre, r + 6 * s, r + 6 * s);
        }
        if (event.exactDay) {
            painter->setPen(QPen(theme.background, 2 * s));
            painter->setBrush(colour);
        } else {
            painter->setPen(QPen(colour, 3 * s));
            painter->setBrush(theme.background);
        }
        painter->drawEllipse(centre, r, r);
    }
    // Cards, the current one last so that it is never covered.
    for (int row : rows) {
        if (row == currentRow)
            continue;
        const Item &item = m_items[static_cast<size_t>(row)];
        if (item.track >= 0)
            paintCard(painter, row, cardRectOf(item), false);
    }
    if (currentRow >= 0 && std::find(rows.begin(), rows.end(), currentRow) != rows.end()) {
        const Item &item = m_items[static_cast<size_t>(currentRow)];
        const bool floating = item.track < 0;
        const QRectF rect = floating ? floatingCardOf(currentRow) : cardRectOf(item);
        paintCard(painter, currentRow, rect, floating);
        if (hasFocus())
            Painting::focusRing(painter, rect, theme, s, CardMetrics(s).radius);
    }
}

// The words of a card, laid out once per layout: its date and the lines of its
// title, the last ending in an ellipsis when words are left over.
const TimelineItemView::CardText &TimelineItemView::cardText(int row) const
{
    const auto found = m_cardTexts.constFind(row);
    if (found != m_cardTexts.constEnd())
        return *found;
    const CardMetrics card(m_scale);
    const Event &event = m_events[static_cast<size_t>(row)];
    const Item &item = m_items[static_cast<size_t>(row)];
    const double width = (isHorizontal() ? item.cardMain : item.cardCross) - card.strip -
                         2 * card.padH - card.slack + 2;
    const auto prepared = [](const QString &words, const QFont &font) {
        QStaticText text(words);
        text.setTextFormat(Qt::PlainText);
        text.prepare(QTransform(), font);
        return text;
    };
    CardText text;
    QString date = event.dateText;
    if (event.approximate)
        //: A date on a timeline card whose fact is uncertain; %1 is the date
        date = tr("%1 (approximate)").arg(date);
    text.date = prepared(QFontMetricsF(card.dateFont).elidedText(date, Qt::ElideRight, width),
                         card.dateFont);
    const QFontMetricsF titleMetrics(card.titleFont);
    QTextLayout layout(event.title, card.titleFont);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    for (int n = 0; n < item.titleLines; ++n) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        const QString words = n == item.titleLines - 1
                                      ? event.title.mid(line.textStart())
                                      : event.title.mid(line.textStart(), line.textLength());
        text.title.append(prepared(titleMetrics.elidedText(words.trimmed(), Qt::ElideRight, width),
                                   card.titleFont));
    }
    layout.endLayout();
    return *m_cardTexts.insert(row, text);
}

void TimelineItemView::paintCard(QPainter *painter, int row, const QRectF &rect,
                                 bool floating) const
{
    if (floating) {
        drawCard(painter, row, rect, true);
        return;
    }
    // Cards change only with the layout, the theme, the selection and the
    // pointer: each is drawn once into a pixmap and blitted from then on.
    const QModelIndex current = currentIndex();
    const int state =
            (current.isValid() && current.row() == row ? 1 : 0) | (row == m_hoverRow ? 2 : 0);
    const qreal dpr = pixelRatio(painter);
    const QSize pixels = (rect.size() * dpr).toSize().expandedTo(QSize(1, 1));
    if (m_cardPixmaps.size() > 512)
        m_cardPixmaps.clear();
    QPixmap &pixmap = m_cardPixmaps[(quint64(row) << 2) | quint64(state)];
    if (pixmap.size() != pixels || !qFuzzyCompare(pixmap.devicePixelRatio(), dpr)) {
        pixmap = QPixmap(pixels);
        pixmap.setDevicePixelRatio(dpr);
        pixmap.fill(Qt::transparent);
        QPainter cache(&pixmap);
        cache.setRenderHints(painter->renderHints());
        drawCard(&cache, row, QRectF(QPointF(0, 0), rect.size()), false);
    }
    painter->drawPixmap(rect.topLeft(), pixmap);
}

qreal TimelineItemView::pixelRatio(const QPainter *painter)
{
    // The scale of the device painted on: the screen's, or an export's.
    const qreal ratio = std::abs(painter->deviceTransform().m11());
    return ratio > 0 ? ratio : 1.0;
}

void TimelineItemView::drawCard(QPainter *painter, int row, const QRectF &rect, bool floating) const
{
    const Theme &theme = Appearance::instance()->theme();
    const CardMetrics card(m_scale);
    const Event &event = m_events[static_cast<size_t>(row)];
    const QModelIndex current = currentIndex();
    const bool selected = current.isValid() && current.row() == row;
    const bool hovered = row == m_hoverRow;
    const double s = m_scale;
    const bool rtl = isRightToLeft();

    painter->save();
    if (floating) {
        QColor shadow = Qt::black;
        shadow.setAlphaF(theme.isDark() ? 0.5 : 0.18);
        painter->setPen(Qt::NoPen);
        painter->setBrush(shadow);
        painter->drawRoundedRect(rect.translated(0, 4 * s), card.radius, card.radius);
    }
    const double ring = selected ? Painting::Metrics::forScale(s).ring : std::max(1.0, s);
    QPen outline(selected ? theme.accent : theme.border, ring);
    painter->setPen(outline);
    const QColor fill = cardColour(theme);
    painter->setBrush(selected || hovered ? Painting::mix(fill, theme.text, 0.07) : fill);
    const QRectF body = rect.adjusted(ring / 2, ring / 2, -ring / 2, -ring / 2);
    painter->drawRoundedRect(body, card.radius, card.radius);

    // The category's colour along the leading edge: the card's own rounded
    // shape, cut by a rectangle (far cheaper than clipping to a path).
    const QRectF strip =
            rtl ? QRectF(body.right() - card.strip, body.top(), card.strip, body.height())
                : QRectF(body.left(), body.top(), card.strip, body.height());
    painter->setClipRect(strip, Qt::IntersectClip);
    painter->setPen(Qt::NoPen);
    painter->setBrush(categoryColor(event.category));
    painter->drawRoundedRect(body, card.radius, card.radius);
    painter->setClipping(false);

    const CardText &text = cardText(row);
    const double left = rtl ? body.left() + card.padH : body.left() + card.strip + card.padH;
    const double width = body.width() - card.strip - 2 * card.padH;
    const auto leadingX = [&](const QStaticText &line) {
        return rtl ? left + width - line.size().width() : left;
    };
    double y = body.top() + card.padV - ring / 2 + std::max(1.0, s) / 2;
    painter->setFont(card.dateFont);
    painter->setPen(selected ? theme.accentInk : theme.textMuted);
    painter->drawStaticText(QPointF(leadingX(text.date), y), text.date);
    y += card.dateHeight + card.lineGap;
    painter->setFont(card.titleFont);
    painter->setPen(theme.text);
    for (const QStaticText &line : text.title) {
        painter->drawStaticText(QPointF(leadingX(line), y), line);
        y += card.titleHeight;
    }
    painter->restore();
}
