#include "featuredquote.h"

#include "controlbutton.h"
#include "models/reviewmodel.h"
#include "quotecard.h"
#include "views/common/painting.h"
#include "views/common/qrtile.h"
#include "views/common/sourcelinks.h"
#include "views/common/textmetrics.h"
#include "views/theme.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QVariantAnimation>

using namespace Qt::StringLiterals;

namespace {

using Role = ReviewModel::Role;

constexpr int DefaultInterval = 8000;
constexpr int FadeDuration = 700;
// Above this many featured quotes, measuring them all to pick one type size
// for the rotation costs more than it is worth; the current one decides.
constexpr int MeasuredQuotesLimit = 48;

QFont scaled(QFont font, double factor)
{
    font.setPixelSize(std::max(1, static_cast<int>(std::lround(font.pixelSize() * factor))));
    return font;
}

} // namespace

struct FeaturedQuote::Layout
{
    QRect card;
    QRect inner;
    QRect eyebrow;
    QFont markFont;
    QRect markInk; // relative to the baseline
    QRect mark;
    QFont quoteFont;
    QRect quote;
    QRect translationLabel;
    QRect translation;
    QRect outlet;
    QRect award;
    QRect byline;
    QRect summary;
    QRect meta;
    QRect source;
    QRect controls;
    QRect qr; // the QR code of the source, beside the attribution
    QString qrUrl;
    QVariantList sources; // with links: Formatting::sourceList()
    QString awardText;
    QString bylineText;
    QString summaryText;
    QString metaText;
    QString sourceText;
    QString translationText;
    int shortfall = 0; // the height the quote lacks in the smallest type
};

FeaturedQuote::FeaturedQuote(QWidget *parent)
    : QWidget(parent)
    , m_fade(new QVariantAnimation(this))
    , m_previous(new ControlButton(ControlButton::Glyph::Previous, this))
    , m_play(new ControlButton(ControlButton::Glyph::Pause, this))
    , m_next(new ControlButton(ControlButton::Glyph::Next, this))
    , m_links(new SourceLinks(this))
    , m_qr(new QrTile(this))
{
    m_links->hide();
    m_qr->hide();
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_Hover);
    m_play->setProminent(true);
    m_timer.setInterval(DefaultInterval);
    connect(&m_timer, &QTimer::timeout, this, [this] { step(+1, true); });
    m_fade->setStartValue(0.0);
    m_fade->setEndValue(1.0);
    m_fade->setDuration(FadeDuration);
    connect(m_fade, &QVariantAnimation::valueChanged, this, qOverload<>(&QWidget::update));
    connect(m_fade, &QVariantAnimation::finished, this, [this] {
        m_previousRow = -1;
        update();
    });
    connect(m_previous, &QAbstractButton::clicked, this, [this] { previous(); });
    connect(m_next, &QAbstractButton::clicked, this, [this] { next(); });
    connect(m_play, &QAbstractButton::clicked, this, [this] { setPlaying(!m_playing); });
    m_focusConnection =
            connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
                const bool inside = now && (now == this || isAncestorOf(now));
                if (inside == m_focusInside)
                    return;
                m_focusInside = inside;
                updateTimer();
            });
    Appearance *appearance = Appearance::instance();
    connect(appearance, &Appearance::themeChanged, this, qOverload<>(&QWidget::update));
    connect(appearance, &Appearance::fontsChanged, this, [this] {
        invalidateLayouts();
        layoutControls();
        update();
    });
    connect(appearance, &Appearance::reducedMotionChanged, this, [this] {
        if (Appearance::instance()->reducedMotion()) {
            m_fade->stop();
            m_previousRow = -1;
        }
        layoutControls();
        updateTimer();
        update();
    });
    updateTexts();
    layoutControls();
}

FeaturedQuote::~FeaturedQuote()
{
    // The children go before QObject would drop this connection, and their
    // focus moving on must not reach a half-destroyed widget.
    disconnect(m_focusConnection);
}

void FeaturedQuote::setModel(QAbstractItemModel *model)
{
    if (!m_follower.setModel(model))
        return;
    m_model = model;
    m_current = QPersistentModelIndex();
    modelChanged();
}

void FeaturedQuote::modelChanged()
{
    // Keep the quote on screen when it survived the change, else start over.
    if (!m_current.isValid() && rowCount() > 0)
        m_current = m_model->index(0, 0);
    m_previousRow = -1;
    m_fade->stop();
    invalidateLayouts();
    updateTexts();
    layoutControls();
    updateTimer();
    update();
    Q_EMIT currentChanged(currentId());
}

int FeaturedQuote::rowCount() const
{
    return m_model ? m_model->rowCount() : 0;
}

void FeaturedQuote::setScale(double scale)
{
    if (qFuzzyCompare(scale, m_scale))
        return;
    m_scale = scale;
    invalidateLayouts();
    for (ControlButton *button : {m_previous, m_play, m_next})
        button->setScale(scale);
    layoutControls();
    update();
}

void FeaturedQuote::setSourceStyle(SourceStyle style)
{
    if (style == m_style)
        return;
    m_style = style;
    invalidateLayouts();
    layoutControls();
    update();
}

void FeaturedQuote::placeSources()
{
    if (m_style == SourceStyle::Text && m_links->isHidden() && m_qr->isHidden())
        return; // the citation is painted: nothing to place
    // Measured afresh, not through the paint cache: this runs while the
    // widget is still being set up, and painting measures again when it paints.
    const Layout l = computeLayout(currentRow());
    const bool links = !l.sources.isEmpty() && l.source.isValid();
    if (links) {
        //: Heading above the link to the source of the featured quote (one or several)
        const QString heading = l.sources.size() > 1 ? tr("Sources") : tr("Source");
        const QRect r = QStyle::visualRect(layoutDirection(), rect(), l.source);
        m_links->placeInColumn(l.sources, heading, m_scale, r.topLeft(), r.width());
    } else {
        m_links->setSources({});
    }
    m_links->setVisible(links);
    const bool code = !l.qrUrl.isEmpty() && l.qr.top() >= l.eyebrow.bottom();
    if (code) {
        m_qr->setScale(m_scale);
        m_qr->setUrl(l.qrUrl);
        m_qr->setGeometry(QStyle::visualRect(layoutDirection(), rect(), l.qr));
    }
    m_qr->setVisible(code);
}

int FeaturedQuote::currentRow() const
{
    return m_current.isValid() ? m_current.row() : -1;
}

QString FeaturedQuote::currentId() const
{
    return m_current.isValid() ? m_current.data(int(Role::Id)).toString() : QString();
}

bool FeaturedQuote::showItem(const QString &id)
{
    for (int row = 0; row < rowCount(); ++row) {
        if (m_model->index(row, 0).data(int(Role::Id)).toString() == id) {
            setCurrentRow(row, false);
            // Start the full interval again, so the chosen quote stays a while.
            updateTimer();
            return true;
        }
    }
    return false;
}

bool FeaturedQuote::next()
{
    return step(+1, false);
}

bool FeaturedQuote::previous()
{
    return step(-1, false);
}

void FeaturedQuote::restart()
{
    m_fade->stop();
    m_previousRow = -1;
    m_playing = true;
    if (rowCount() > 0)
        setCurrentRow(0, false);
    updateTexts();
    updateTimer();
    Q_EMIT playingChanged(m_playing);
}

bool FeaturedQuote::step(int delta, bool byTimer)
{
    const int rows = rowCount();
    if (rows == 0)
        return false;
    const int row = currentRow();
    const int next = row + delta;
    const bool wrapped = next < 0 || next >= rows;
    setCurrentRow((next + rows) % rows, true);
    if (byTimer)
        Q_EMIT rotated(currentId());
    else
        updateTimer(); // a visitor's step restarts the interval
    return !wrapped;
}

void FeaturedQuote::setCurrentRow(int row, bool animate)
{
    if (!m_model || row < 0 || row >= rowCount())
        return;
    const int previous = currentRow();
    if (row == previous)
        return;
    m_current = m_model->index(row, 0);
    // Fade only on screen and when motion is welcome; an export or a reduced
    // motion setting always sees the quote whole.
    if (animate && isVisible() && !Appearance::instance()->reducedMotion() && previous >= 0) {
        m_previousRow = previous;
        m_fade->stop();
        m_fade->start();
    } else {
        m_fade->stop();
        m_previousRow = -1;
    }
    updateTexts();
    placeSources();
    update();
    Q_EMIT currentChanged(currentId());
}

void FeaturedQuote::setRotationInterval(int milliseconds)
{
    m_timer.setInterval(std::max(1, milliseconds));
    updateTimer();
}

void FeaturedQuote::setPlaying(bool playing)
{
    if (playing == m_playing)
        return;
    m_playing = playing;
    updateTexts();
    updateTimer();
    Q_EMIT playingChanged(playing);
}

double FeaturedQuote::opacity() const
{
    if (m_previousRow < 0 || m_fade->state() != QAbstractAnimation::Running)
        return 1.0;
    const double t = m_fade->currentValue().toDouble();
    return t < 0.5 ? 1.0 - 2 * t : 2 * t - 1.0;
}

void FeaturedQuote::updateTimer()
{
    const bool run = m_playing && isVisible() && !m_hovered && !m_focusInside &&
                     !Appearance::instance()->reducedMotion() && rowCount() > 1;
    if (run)
        m_timer.start(); // (re)starts the full interval
    else
        m_timer.stop();
}

void FeaturedQuote::updateTexts()
{
    //: Accessible name of the rotating quote at the top of the Reviews view
    setAccessibleName(tr("Featured quote"));
    const QModelIndex index = m_current;
    setAccessibleDescription(index.isValid()
                                     ? index.data(Qt::AccessibleTextRole).toString() + tr(". ") +
                                               QuoteCard::accessibleDescription(index)
                                     : QString());
    m_play->setGlyph(m_playing ? ControlButton::Glyph::Pause : ControlButton::Glyph::Play);
    //: Button that stops the featured quotes from changing by themselves
    const QString pause = tr("Pause rotation");
    //: Button that lets the featured quotes change by themselves again
    const QString play = tr("Play rotation");
    m_play->setAccessibleName(m_playing ? pause : play);
    m_play->setToolTip(m_playing ? pause : play);
    //: Accessible description of the pause/play button
    m_play->setAccessibleDescription(tr("The featured quote changes every few seconds; "
                                        "Space pauses and plays."));
    //: Button that shows the previous featured quote
    m_previous->setAccessibleName(tr("Previous quote"));
    m_previous->setToolTip(m_previous->accessibleName());
    //: Button that shows the next featured quote
    m_next->setAccessibleName(tr("Next quote"));
    m_next->setToolTip(m_next->accessibleName());
}

FeaturedQuote::Layout FeaturedQuote::layoutFor(int row) const
{
    // Laid out once per quote and size: painting a frame of the fade, or the
    // next frame of anything else, measures no text.
    if (m_layoutSize != size()) {
        m_layouts.clear();
        m_tallest.clear();
        m_layoutSize = size();
    }
    auto found = m_layouts.find(row);
    if (found == m_layouts.end())
        found = m_layouts.insert(row, computeLayout(row));
    return *found;
}

int FeaturedQuote::heightShortfall() const
{
    if (!m_model || rowCount() == 0)
        return 0;
    if (rowCount() > MeasuredQuotesLimit)
        return layoutFor(std::max(0, currentRow())).shortfall;
    int shortfall = 0;
    for (int row = 0; row < rowCount(); ++row)
        shortfall = std::max(shortfall, layoutFor(row).shortfall);
    return shortfall;
}

void FeaturedQuote::invalidateLayouts()
{
    m_layouts.clear();
    m_tallest.clear();
}

FeaturedQuote::Layout FeaturedQuote::computeLayout(int row) const
{
    Layout l;
    const Painting::Metrics metrics = Painting::Metrics::forScale(m_scale);
    const Appearance *appearance = Appearance::instance();
    const int room = static_cast<int>(std::ceil(metrics.ring * 3));
    l.card = rect().adjusted(room, room, -room, -room);
    const int pad = static_cast<int>(std::lround(metrics.padding * 1.5));
    l.inner = l.card.adjusted(pad, pad, -pad, -pad);
    const int width = l.inner.width();
    const int spacing = static_cast<int>(std::lround(10 * m_scale));

    const QFont label = appearance->font(Typography::Role::Label, m_scale);
    const QFont body = appearance->font(Typography::Role::Body, m_scale);
    const QFont caption = appearance->font(Typography::Role::Caption, m_scale);
    const QFont title = appearance->font(Typography::Role::Title, m_scale);
    l.eyebrow = QRect(l.inner.left(), l.inner.top(), width, QFontMetrics(label).height());

    const int buttons = m_play->sizeHint().height();
    l.controls = QRect(l.inner.left(), l.inner.bottom() - buttons + 1, width, buttons);

    const QModelIndex index = m_model && row >= 0 ? m_model->index(row, 0) : QModelIndex();
    if (!index.isValid())
        return l;
    l.awardText = index.data(int(Role::Award)).toString();
    l.bylineText = index.data(int(Role::Byline)).toString();
    l.summaryText = index.data(int(Role::Summary)).toString();
    l.translationText = index.data(int(Role::QuoteTranslation)).toString();
    QStringList meta;
    if (const QString date = index.data(int(Role::DateText)).toString(); !date.isEmpty())
        meta << date;
    if (const QString kind = index.data(int(Role::KindName)).toString(); !kind.isEmpty())
        meta << kind;
    l.metaText = meta.join(tr(" · "));
    if (const QString source = index.data(int(Role::SourceText)).toString(); !source.isEmpty())
        l.sourceText = tr("Source: %1").arg(source);
    const QVariantList sources = index.data(int(Role::Sources)).toList();
    if (m_style == SourceStyle::QrCode) {
        for (const QVariant &source : sources) {
            l.qrUrl = source.toMap().value(u"url"_s).toString();
            if (!l.qrUrl.isEmpty())
                break;
        }
    }

    // The attribution sits on the controls, the quote hangs from the top. A
    // QR code stands beside the attribution, on the trailing side.
    int bottom = l.controls.top() - spacing * 3;
    int attribution = width;
    if (!l.qrUrl.isEmpty()) {
        const QSize tile = QrTile::sizeFor(l.qrUrl, m_scale);
        attribution = std::max(1, width - tile.width() - spacing * 3);
        l.qr = QRect(l.inner.right() + 1 - tile.width(),
                     l.controls.top() - spacing * 2 - tile.height(), tile.width(), tile.height());
    }
    const auto stackUp = [&](QRect *target, const QString &text, const QFont &font, int gap) {
        if (text.isEmpty())
            return;
        const int h = TextMetrics::wrappedHeight(font, text, attribution);
        *target = QRect(l.inner.left(), bottom - h, attribution, h);
        bottom -= h + gap;
    };
    if (m_style == SourceStyle::Links && !sources.isEmpty()) {
        // Room for the links, which are widgets of their own.
        const int bleed = SourceLinks::bleedFor(m_scale);
        const int h =
                SourceLinks::heightFor(sources, true, attribution + 2 * bleed, m_scale) - 2 * bleed;
        l.source = QRect(l.inner.left(), bottom - h, attribution, h);
        l.sources = sources;
        l.sourceText.clear();
        bottom -= h + spacing / 3;
    } else {
        stackUp(&l.source, l.sourceText, caption, spacing / 3);
    }
    stackUp(&l.meta, l.metaText, caption, spacing);
    stackUp(&l.summary, l.summaryText, body, spacing / 2);
    stackUp(&l.byline, l.bylineText, body, spacing / 3);
    {
        const QString outlet = index.data(int(Role::Outlet)).toString();
        const int h = QFontMetrics(title).height();
        l.outlet = QRect(l.inner.left(), bottom - h, attribution, h);
        if (!l.awardText.isEmpty()) {
            const int padX = static_cast<int>(std::lround(12 * m_scale));
            const int aw = QFontMetrics(label).horizontalAdvance(l.awardText) + 2 * padX;
            const int ah =
                    QFontMetrics(label).height() + static_cast<int>(std::lround(8 * m_scale));
            // A little slack: the painter's font may round a pixel wider.
            const int ow = std::min(attribution - aw - spacing * 2,
                                    QFontMetrics(title).horizontalAdvance(outlet) + 4);
            l.outlet.setWidth(std::max(1, ow));
            l.award = QRect(l.inner.left() + ow + spacing * 2, l.outlet.center().y() - ah / 2, aw,
                            ah);
        }
        bottom -= h;
    }
    if (!l.qrUrl.isEmpty())
        bottom = std::min(bottom, l.qr.top());
    const int quoteBottom = bottom - spacing * 3;

    // The mark and the quote: the largest type in which every featured quote
    // fits, so the size holds still while the quotes rotate.
    const int quoteTop = l.eyebrow.bottom() + spacing * 2;
    const bool allQuotes = rowCount() <= MeasuredQuotesLimit;
    const Typography::Role candidates[] = {Typography::Role::Display, Typography::Role::Headline,
                                           Typography::Role::Title, Typography::Role::Body};
    for (Typography::Role candidate : candidates) {
        l.quoteFont = appearance->font(candidate, m_scale);
        l.markFont = scaled(appearance->font(Typography::Role::Display, m_scale), 1.6);
        l.markInk = QFontMetrics(l.markFont).tightBoundingRect(u"\u201C"_s);
        int tallest = 0;
        if (allQuotes) {
            auto cached = m_tallest.find(int(candidate));
            if (cached == m_tallest.end()) {
                int h = 0;
                for (int r = 0; r < rowCount(); ++r) {
                    const QString text = m_model->index(r, 0).data(int(Role::QuoteText)).toString();
                    h = std::max(h, TextMetrics::wrappedHeight(l.quoteFont, text, width));
                }
                cached = m_tallest.insert(int(candidate), h);
            }
            tallest = *cached;
        } else {
            tallest = TextMetrics::wrappedHeight(
                    l.quoteFont, index.data(int(Role::QuoteText)).toString(), width);
        }
        int translation = 0;
        if (!l.translationText.isEmpty()) {
            translation = spacing + QFontMetrics(caption).height() + spacing / 3 +
                          TextMetrics::wrappedHeight(body, l.translationText, width);
        }
        const int need = l.markInk.height() + spacing + tallest + translation;
        if (need <= quoteBottom - quoteTop)
            break;
        if (candidate == Typography::Role::Body) {
            l.shortfall = need - (quoteBottom - quoteTop);
            break;
        }
    }
    const int qh = TextMetrics::wrappedHeight(l.quoteFont,
                                              index.data(int(Role::QuoteText)).toString(), width);
    int need = l.markInk.height() + spacing + qh;
    if (!l.translationText.isEmpty()) {
        need += spacing + QFontMetrics(caption).height() + spacing / 3 +
                TextMetrics::wrappedHeight(body, l.translationText, width);
    }
    // Set the quote a little above the middle of the room it has: optically
    // centred, whatever its length.
    const int lift = std::max(0, (quoteBottom - quoteTop - need) * 2 / 5);
    l.mark = QRect(l.inner.left(), quoteTop + lift, width, l.markInk.height());
    l.quote = QRect(l.inner.left(), l.mark.bottom() + 1 + spacing, width, qh);
    if (!l.translationText.isEmpty()) {
        l.translationLabel = QRect(l.inner.left(), l.quote.bottom() + 1 + spacing, width,
                                   QFontMetrics(caption).height());
        l.translation = QRect(l.inner.left(), l.translationLabel.bottom() + 1 + spacing / 3, width,
                              TextMetrics::wrappedHeight(body, l.translationText, width));
    }
    return l;
}

void FeaturedQuote::paintQuote(QPainter *painter, int row, double opacity)
{
    if (!m_model || row < 0 || row >= rowCount() || opacity <= 0)
        return;
    const Layout l = layoutFor(row);
    const QModelIndex index = m_model->index(row, 0);
    const Theme &theme = Appearance::instance()->theme();
    const Appearance *appearance = Appearance::instance();
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    const int align = QStyle::visualAlignment(layoutDirection(), Qt::AlignLeading | Qt::AlignTop);
    painter->save();
    painter->setOpacity(opacity);
    // The quote keeps the direction of its own words; only the layout mirrors.
    painter->setLayoutDirection(Qt::LayoutDirectionAuto);
    const QColor tone = QuoteCard::toneColor(index.data(int(Role::Tone)).toInt());

    painter->setFont(l.markFont);
    painter->setPen(tone);
    {
        const QRect r = QStyle::visualRect(layoutDirection(), rect(), l.mark);
        const int baseline = r.top() - l.markInk.top();
        const int x = rtl ? r.right() - l.markInk.right() : r.left() - l.markInk.left();
        painter->drawText(QPoint(x, baseline), u"\u201C"_s);
    }
    painter->setFont(l.quoteFont);
    painter->setPen(theme.text);
    painter->drawText(QStyle::visualRect(layoutDirection(), rect(), l.quote),
                      align | Qt::TextWordWrap, index.data(int(Role::QuoteText)).toString());
    if (!l.translationText.isEmpty()) {
        painter->setFont(appearance->font(Typography::Role::Caption, m_scale));
        painter->setPen(theme.textMuted);
        painter->drawText(QStyle::visualRect(layoutDirection(), rect(), l.translationLabel), align,
                          tr("Translation"));
        painter->setFont(appearance->italic(appearance->font(Typography::Role::Body, m_scale)));
        painter->setPen(theme.text);
        painter->drawText(QStyle::visualRect(layoutDirection(), rect(), l.translation),
                          align | Qt::TextWordWrap, l.translationText);
    }
    painter->setFont(appearance->font(Typography::Role::Title, m_scale));
    painter->setPen(theme.accentInk);
    painter->drawText(QStyle::visualRect(layoutDirection(), rect(), l.outlet),
                      align | Qt::TextSingleLine,
                      QFontMetrics(painter->font())
                              .elidedText(index.data(int(Role::Outlet)).toString(), Qt::ElideRight,
                                          l.outlet.width()));
    if (!l.awardText.isEmpty()) {
        const QRect r = QStyle::visualRect(layoutDirection(), rect(), l.award);
        painter->setPen(Qt::NoPen);
        painter->setBrush(theme.accent);
        painter->drawRoundedRect(r, r.height() / 2.0, r.height() / 2.0);
        painter->setFont(appearance->font(Typography::Role::Label, m_scale));
        painter->setPen(theme.accentText);
        painter->drawText(r, Qt::AlignCenter, l.awardText);
    }
    painter->setFont(appearance->font(Typography::Role::Body, m_scale));
    painter->setPen(theme.textMuted);
    painter->drawText(QStyle::visualRect(layoutDirection(), rect(), l.byline),
                      align | Qt::TextWordWrap, l.bylineText);
    painter->drawText(QStyle::visualRect(layoutDirection(), rect(), l.summary),
                      align | Qt::TextWordWrap, l.summaryText);
    painter->setFont(appearance->font(Typography::Role::Caption, m_scale));
    painter->drawText(QStyle::visualRect(layoutDirection(), rect(), l.meta),
                      align | Qt::TextWordWrap, l.metaText);
    if (!l.sourceText.isEmpty())
        painter->drawText(QStyle::visualRect(layoutDirection(), rect(), l.source),
                          align | Qt::TextWordWrap, l.sourceText);
    painter->restore();
}

void FeaturedQuote::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setLayoutDirection(layoutDirection());
    const Theme &theme = Appearance::instance()->theme();
    const Appearance *appearance = Appearance::instance();
    const Painting::Metrics metrics = Painting::Metrics::forScale(m_scale);
    const Layout l = layoutFor(currentRow());
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    const int align = QStyle::visualAlignment(layoutDirection(), Qt::AlignLeading | Qt::AlignTop);

    // The card, with a glow of the brand colour in its leading top corner,
    // drawn once per size and theme: a large gradient is costly every frame.
    const qreal dpr = painter.device()->devicePixelRatioF();
    const quint64 key = (quint64(l.card.width()) << 32) | quint64(l.card.height());
    if (m_background.isNull() || m_backgroundKey != key || m_backgroundTheme != int(theme.id) ||
        m_backgroundRtl != rtl || !qFuzzyCompare(m_background.devicePixelRatio(), dpr)) {
        m_background = QPixmap(l.card.size() * dpr);
        m_background.setDevicePixelRatio(dpr);
        m_background.fill(Qt::transparent);
        QPainter p(&m_background);
        p.setRenderHint(QPainter::Antialiasing);
        const QRectF box(QPointF(0, 0), QSizeF(l.card.size()));
        QPainterPath shape;
        shape.addRoundedRect(box.adjusted(metrics.hairline / 2, metrics.hairline / 2,
                                          -metrics.hairline / 2, -metrics.hairline / 2),
                             metrics.radius * 1.5, metrics.radius * 1.5);
        p.setPen(Qt::NoPen);
        p.setBrush(theme.surface);
        p.drawPath(shape);
        p.setClipPath(shape);
        QRadialGradient glow(rtl ? box.topRight() : box.topLeft(), box.width() * 0.9);
        QColor tint = theme.accent;
        tint.setAlphaF(theme.isDark() ? 0.16f : 0.12f);
        glow.setColorAt(0, tint);
        tint.setAlphaF(0);
        glow.setColorAt(1, tint);
        p.fillRect(box, glow);
        p.setClipping(false);
        p.setPen(QPen(theme.border, metrics.hairline));
        p.setBrush(Qt::NoBrush);
        p.drawPath(shape);
        m_backgroundKey = key;
        m_backgroundTheme = int(theme.id);
        m_backgroundRtl = rtl;
    }
    painter.drawPixmap(l.card.topLeft(), m_background);
    if (hasFocus())
        Painting::focusRing(&painter, l.card, theme, m_scale, metrics.radius * 1.5);

    // Eyebrow: what this is, and where in the rotation we are.
    painter.setFont(appearance->font(Typography::Role::Label, m_scale));
    painter.setPen(theme.accentInk);
    //: Label above the rotating quote at the top of the Reviews view
    painter.drawText(l.eyebrow, align, tr("Featured quote").toUpper());
    if (rowCount() > 0 && currentRow() >= 0) {
        painter.setPen(theme.textMuted);
        //: Position in the featured quotes: %1 of %2
        painter.drawText(
                l.eyebrow,
                QStyle::visualAlignment(layoutDirection(), Qt::AlignTrailing | Qt::AlignTop),
                tr("%1 of %2")
                        .arg(QLocale().toString(currentRow() + 1), QLocale().toString(rowCount())));
    }

    if (rowCount() == 0) {
        painter.setFont(appearance->font(Typography::Role::Title, m_scale));
        painter.setPen(theme.textMuted);
        //: Shown where the featured quote would be when no quote is featured
        painter.drawText(l.inner, Qt::AlignCenter | Qt::TextWordWrap, tr("No featured quotes"));
        return;
    }

    // The quote, fading out and the next one fading in.
    const double t = m_previousRow >= 0 && m_fade->state() == QAbstractAnimation::Running
                             ? m_fade->currentValue().toDouble()
                             : 1.0;
    if (t < 0.5)
        paintQuote(&painter, m_previousRow, 1.0 - 2 * t);
    else
        paintQuote(&painter, currentRow(), m_previousRow >= 0 ? 2 * t - 1.0 : 1.0);

    // Progress: one dot per quote, the current one drawn long.
    const int count = rowCount();
    const int buttonsWidth = m_next->geometry().right() - m_previous->geometry().left();
    const double dot = 8 * m_scale;
    const double gap = 8 * m_scale;
    const double longDot = dot * 3;
    const double dotsWidth = (count - 1) * (dot + gap) + longDot;
    const double available = l.controls.width() - buttonsWidth - 24 * m_scale;
    if (count > 1 && dotsWidth <= available) {
        painter.setPen(Qt::NoPen);
        double x = rtl ? l.controls.left() : l.controls.right() - dotsWidth;
        const double y = l.controls.center().y() - dot / 2;
        for (int i = 0; i < count; ++i) {
            const int ordinal = rtl ? count - 1 - i : i;
            const bool current = ordinal == currentRow();
            const double w = current ? longDot : dot;
            painter.setBrush(current ? theme.accent
                                     : Painting::mix(theme.surface, theme.text, 0.3));
            painter.drawRoundedRect(QRectF(x, y, w, dot), dot / 2, dot / 2);
            x += w + gap;
        }
    }
}

void FeaturedQuote::layoutControls()
{
    // Never given a size (just built): placed on its first resize.
    if (!testAttribute(Qt::WA_Resized))
        return;
    const Layout l = layoutFor(-1);
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    const bool rotation = !Appearance::instance()->reducedMotion();
    m_play->setVisible(rotation);
    QList<ControlButton *> order = {m_previous};
    if (rotation)
        order << m_play;
    order << m_next;
    const int gap = static_cast<int>(std::lround(8 * m_scale));
    // The buttons' own focus-ring room makes them look further in than the
    // text; pull them out by that much so their circles line up with it.
    const int pull = static_cast<int>(Painting::Metrics::forScale(m_scale).ring * 2.5);
    int x = rtl ? l.controls.right() + pull : l.controls.left() - pull;
    for (ControlButton *button : order) {
        const QSize size = button->sizeHint();
        const int left = rtl ? x - size.width() + 1 : x;
        button->setGeometry(left, l.controls.center().y() - size.height() / 2, size.width(),
                            size.height());
        x += rtl ? -(size.width() + gap) : size.width() + gap;
    }
    const bool several = rowCount() > 1;
    m_previous->setEnabled(several);
    m_next->setEnabled(several);
    m_play->setEnabled(several);
    placeSources();
}

void FeaturedQuote::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutControls();
}

void FeaturedQuote::keyPressEvent(QKeyEvent *event)
{
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    switch (event->key()) {
    case Qt::Key_Space:
        if (!Appearance::instance()->reducedMotion())
            setPlaying(!m_playing);
        event->accept();
        return;
    case Qt::Key_Left:
        step(rtl ? +1 : -1, false);
        event->accept();
        return;
    case Qt::Key_Right:
        step(rtl ? -1 : +1, false);
        event->accept();
        return;
    case Qt::Key_Home:
        setCurrentRow(0, true);
        updateTimer();
        event->accept();
        return;
    case Qt::Key_End:
        setCurrentRow(rowCount() - 1, true);
        updateTimer();
        event->accept();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void FeaturedQuote::enterEvent(QEnterEvent *event)
{
    m_hovered = true;
    updateTimer();
    QWidget::enterEvent(event);
}

void FeaturedQuote::leaveEvent(QEvent *event)
{
    m_hovered = false;
    updateTimer();
    QWidget::leaveEvent(event);
}

void FeaturedQuote::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateTimer();
}

void FeaturedQuote::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_hovered = false;
    m_timer.stop();
    m_fade->stop();
    m_previousRow = -1;
}

void FeaturedQuote::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        invalidateLayouts();
        updateTexts();
    }
    if (event->type() == QEvent::LayoutDirectionChange)
        layoutControls();
    QWidget::changeEvent(event);
}

void FeaturedQuote::focusInEvent(QFocusEvent *event)
{
    update();
    QWidget::focusInEvent(event);
}

void FeaturedQuote::focusOutEvent(QFocusEvent *event)
{
    update();
    QWidget::focusOutEvent(event);
}
