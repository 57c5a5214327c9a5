#include "partdetailcard.h"

#include "models/hardwaremodel.h"
#include "views/common/painting.h"
#include "views/common/qrtile.h"
#include "views/common/sourcelinks.h"
#include "views/common/textmetrics.h"
#include "views/theme.h"

#include <QEvent>
#include <QPainter>
#include <QStaticText>
#include <QTextOption>

#include <algorithm>

using namespace Qt::StringLiterals;

struct PartDetailCard::Block
{
    enum Kind { Eyebrow, Heading, Specification, Why, Source };
    Kind kind;
    QString text;
    QFont font;
    QColor color;
    int height;
    int spaceBefore;
    QStaticText staticText; // laid out once for painting
};

struct PartDetailCard::PaintCache
{
    QStringList texts; // what the blocks say
    int width = -1;
    int textWidth = -1;
    double scale = 0;
    bool rightToLeft = false;
    QList<Block> blocks;
};

namespace {} // namespace

PartDetailCard::PartDetailCard(QWidget *parent)
    : QWidget(parent)
    , m_links(new SourceLinks(this))
    , m_qr(new QrTile(this))
    , m_paintCache(std::make_unique<PaintCache>())
{
    m_links->hide();
    m_qr->hide();
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    connect(Appearance::instance(), &Appearance::themeChanged, this, qOverload<>(&QWidget::update));
    connect(Appearance::instance(), &Appearance::fontsChanged, this, [this] {
        updateGeometry();
        update();
    });
    refresh();
}

PartDetailCard::~PartDetailCard() = default;

void PartDetailCard::setModel(HardwareModel *model)
{
    if (!m_follower.setModel(model))
        return;
    m_model = model;
    m_index = QPersistentModelIndex();
    refresh();
}

void PartDetailCard::setRow(int row)
{
    const QModelIndex index = m_model && row >= 0 && row < m_model->rowCount()
                                      ? m_model->index(row, 0)
                                      : QModelIndex();
    if (index == m_index)
        return;
    m_index = index;
    refresh();
}

void PartDetailCard::setScale(double scale)
{
    if (qFuzzyCompare(scale, m_scale))
        return;
    m_scale = scale;
    updateGeometry();
    placeSources();
    update();
}

void PartDetailCard::setSourceStyle(SourceStyle style)
{
    if (style == m_style)
        return;
    m_style = style;
    refresh();
}

PartDetailCard::Content PartDetailCard::contentOf(const QModelIndex &index) const
{
    Content content;
    if (!index.isValid()) {
        //: Eyebrow of the detail card before a part is chosen
        content.eyebrow = tr("Explore");
        //: Heading of the detail card before a part is chosen
        content.heading = tr("Pick a part");
        //: The detail card before a part is chosen: how to choose one
        content.why = tr("Touch a part of the drawing or a row of the table, or move with the "
                         "arrow keys, to see what it is, why it matters and where the figure "
                         "comes from.");
        return content;
    }
    using Role = HardwareModel::Role;
    content.eyebrow = index.data(int(Role::GroupName)).toString();
    content.heading = index.data(int(Role::Name)).toString();
    content.specification = index.data(int(Role::Value)).toString();
    content.why = index.data(int(Role::Why)).toString();
    content.approximate = index.data(int(Role::Confidence)).toInt() == int(Confidence::Low);
    content.sources = index.data(int(Role::Sources)).toList();
    for (const QVariant &source : std::as_const(content.sources)) {
        content.qrUrl = source.toMap().value(u"url"_s).toString();
        if (!content.qrUrl.isEmpty())
            break;
    }
    const QStringList sources =
            index.data(int(Role::SourceText)).toString().split(u'\n', Qt::SkipEmptyParts);
    if (sources.size() == 1) {
        //: Under a fact: where it comes from. %1 is a citation
        content.source = tr("Source: %1").arg(sources.first());
    } else if (!sources.isEmpty()) {
        //: Under a fact: where it comes from. %1 is a list of citations
        content.source = tr("Sources: %1").arg(sources.join(tr("; ")));
    }
    return content;
}

QString PartDetailCard::heading() const
{
    return contentOf(m_index).heading;
}

QString PartDetailCard::specification() const
{
    return contentOf(m_index).specification;
}

QString PartDetailCard::sourceLine() const
{
    return contentOf(m_index).source;
}

bool PartDetailCard::isApproximate() const
{
    return contentOf(m_index).approximate;
}

bool PartDetailCard::showsLinks(const Content &content) const
{
    return m_style == SourceStyle::Links && !content.sources.isEmpty();
}

bool PartDetailCard::showsQrCode(const Content &content) const
{
    return m_style == SourceStyle::QrCode && !content.qrUrl.isEmpty();
}

int PartDetailCard::textWidth(const Content &content, int width) const
{
    int inner = width - 2 * static_cast<int>(Painting::Metrics::forScale(m_scale).padding);
    if (showsQrCode(content)) {
        // The code stands on the trailing side, the words run beside it.
        inner -= QrTile::sizeFor(content.qrUrl, m_scale).width() +
                 static_cast<int>(std::round(24 * m_scale));
    }
    return std::max(1, inner);
}

QList<PartDetailCard::Block> PartDetailCard::blocks(const Content &content, int width,
                                                    TextMetrics::WrappedHeights *heights) const
{
    const Appearance *appearance = Appearance::instance();
    const Theme &theme = appearance->theme();
    const int inner = textWidth(content, width);
    const int small = static_cast<int>(std::round(6 * m_scale));
    const int large = static_cast<int>(std::round(14 * m_scale));
    QList<Block> result;
    const auto add = [&](Block::Kind kind, const QString &text, Typography::Role role,
                         const QColor &color, int space, QFont::Weight weight = QFont::Normal) {
        if (text.isEmpty())
            return;
        QFont font = appearance->font(role, m_scale);
        if (weight != QFont::Normal)
            font.setWeight(weight);
        result.append({kind, text, font, color,
                       TextMetrics::wrappedHeight(heights, font, text, inner),
                       result.isEmpty() ? 0 : space, QStaticText()});
    };
    add(Block::Eyebrow, content.eyebrow, Typography::Role::Label, theme.accentInk, 0,
        QFont::DemiBold);
    add(Block::Heading, content.heading, Typography::Role::Title, theme.text, small / 2);
    add(Block::Specification, content.specification, Typography::Role::Body, theme.accentInk,
        small / 2, QFont::Medium);
    add(Block::Why, content.why, Typography::Role::Body, theme.text, small * 2);
    // With links, the citations are widgets of their own below the blocks.
    if (!showsLinks(content))
        add(Block::Source, content.source, Typography::Role::Caption, theme.textMuted, large);
    return result;
}

int PartDetailCard::heightOf(const Content &content, int width,
                             TextMetrics::WrappedHeights *heights) const
{
    const int padding = static_cast<int>(Painting::Metrics::forScale(m_scale).padding);
    int text = 0;
    for (const Block &block : blocks(content, width, heights))
        text += block.spaceBefore + block.height;
    if (showsLinks(content)) {
        const int bleed = SourceLinks::bleedFor(m_scale);
        text += static_cast<int>(std::round(14 * m_scale)) +
                SourceLinks::heightFor(content.sources, true, textWidth(content, width) + 2 * bleed,
                                       m_scale, heights) -
                2 * bleed;
    }
    if (showsQrCode(content))
        text = std::max(text, QrTile::sizeFor(content.qrUrl, m_scale).height());
    return 2 * padding + text;
}

int PartDetailCard::heightForWidth(int width) const
{
    return heightOf(contentOf(m_index), width);
}

int PartDetailCard::stableHeightForWidth(int width) const
{
    QList<Content> contents = {contentOf(QModelIndex())};
    if (m_model) {
        for (int row = 0; row < m_model->rowCount(); ++row)
            contents.append(contentOf(m_model->index(row, 0)));
    }
    const QStringList families = Appearance::instance()->fontFamilies();
    StableHeight &last = m_stableHeight;
    const auto same = [](const Content &a, const Content &b) {
        return a.eyebrow == b.eyebrow && a.heading == b.heading &&
               a.specification == b.specification && a.why == b.why && a.source == b.source &&
               a.sources == b.sources && a.qrUrl == b.qrUrl && a.approximate == b.approximate;
    };
    if (last.width == width && last.scale == m_scale && last.style == m_style &&
        last.direction == layoutDirection() && last.families == families &&
        std::equal(contents.cbegin(), contents.cend(), last.contents.cbegin(), last.contents.cend(),
                   same))
        return last.height;
    // Parts share group names and sources: each text is measured once.
    TextMetrics::WrappedHeights heights;
    int height = 0;
    for (const Content &content : std::as_const(contents))
        height = std::max(height, heightOf(content, width, &heights));
    last = {width, m_scale, m_style, layoutDirection(), families, contents, height};
    return height;
}

QSize PartDetailCard::sizeHint() const
{
    const int width = std::max(static_cast<int>(480 * m_scale), this->width());
    return {width, heightForWidth(width)};
}

QSize PartDetailCard::minimumSizeHint() const
{
    return {static_cast<int>(240 * m_scale), heightForWidth(std::max(240, width()))};
}

void PartDetailCard::placeSources()
{
    const Content content = contentOf(m_index);
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    const int padding = static_cast<int>(Painting::Metrics::forScale(m_scale).padding);
    if (showsLinks(content)) {
        //: Heading above the links to the sources of a part (one or several)
        const QString heading = content.sources.size() > 1 ? tr("Sources") : tr("Source");
        int y = padding;
        for (const Block &block : blocks(content, width()))
            y += block.spaceBefore + block.height;
        y += static_cast<int>(std::round(14 * m_scale));
        m_links->placeInColumn(content.sources, heading, m_scale, QPoint(padding, y),
                               textWidth(content, width()));
        m_links->show();
    } else {
        m_links->hide();
        m_links->setSources({});
    }
    if (showsQrCode(content)) {
        m_qr->setScale(m_scale);
        m_qr->setUrl(content.qrUrl);
        const QSize tile = m_qr->sizeHint();
        m_qr->setGeometry(rtl ? padding : width() - padding - tile.width(), padding, tile.width(),
                          tile.height());
        m_qr->show();
    } else {
        m_qr->hide();
    }
}

void PartDetailCard::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeSources();
}

void PartDetailCard::refresh()
{
    placeSources();
    const Content content = contentOf(m_index);
    setAccessibleName(content.heading);
    QStringList description;
    for (const QString &text : {content.specification, content.why, content.source}) {
        if (!text.isEmpty())
            description.append(text);
    }
    if (content.approximate)
        //: Read out for a figure that is approximate
        description.prepend(tr("Approximate"));
    setAccessibleDescription(description.join(u'\n'));
    updateGeometry();
    update();
}

void PartDetailCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LayoutDirectionChange)
        refresh();
    QWidget::changeEvent(event);
}

void PartDetailCard::paintEvent(QPaintEvent *)
{
    // The card changes only with its content, size, scale, direction and
    // theme: it is drawn once into a picture and copied from there.
    QPainter painter(this);
    const Content content = contentOf(m_index);
    const QStringList key = {content.eyebrow,
                             content.heading,
                             content.specification,
                             content.why,
                             content.source,
                             QString::number(int(content.approximate)),
                             QString::number(int(m_index.isValid())),
                             QString::number(int(Appearance::instance()->theme().id)),
                             QString::number(int(layoutDirection())),
                             QString::number(m_scale),
                             QString::number(int(m_style))};
    if (key != m_pictureKey) {
        m_pictureKey = key;
        m_picture.invalidate();
    }
    m_picture.paint(painter, size(), [this](QPainter &picture) { paintCard(picture); });
}

void PartDetailCard::paintCard(QPainter &painter)
{
    const Appearance *appearance = Appearance::instance();
    const Theme &theme = appearance->theme();
    const Painting::Metrics metrics = Painting::Metrics::forScale(m_scale);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF frame = QRectF(rect());
    Painting::card(&painter, frame, theme, m_scale);

    const bool rtl = layoutDirection() == Qt::RightToLeft;
    // An accent bar on the leading edge ties the card to the selected part.
    if (m_index.isValid()) {
        const double bar = std::max(3.0, 5 * m_scale);
        const QRectF strip(rtl ? frame.right() - metrics.hairline - bar
                               : frame.left() + metrics.hairline,
                           frame.top() + metrics.radius, bar, frame.height() - 2 * metrics.radius);
        painter.setPen(Qt::NoPen);
        painter.setBrush(theme.accent);
        painter.drawRoundedRect(strip, bar / 2, bar / 2);
    }

    const Content content = contentOf(m_index);
    const int padding = static_cast<int>(metrics.padding);
    const int inner = textWidth(content, width());
    // In a right-to-left layout with a QR code, the code takes the left side.
    const int textLeft = rtl ? width() - padding - inner : padding;
    // Text keeps its own direction; only its alignment follows the layout.
    const QStringList texts = {content.eyebrow, content.heading, content.specification, content.why,
                               content.source};
    PaintCache &cache = *m_paintCache;
    if (cache.texts != texts || cache.width != width() || cache.textWidth != inner ||
        cache.scale != m_scale || cache.rightToLeft != rtl) {
        cache.texts = texts;
        cache.width = width();
        cache.textWidth = inner;
        cache.scale = m_scale;
        cache.rightToLeft = rtl;
        cache.blocks = blocks(content, width());
        QTextOption option((rtl ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignAbsolute);
        option.setWrapMode(QTextOption::WordWrap);
        // Each text runs in its own direction: English stays left to right in a
        // right-to-left layout, only its alignment follows the layout.
        option.setTextDirection(Qt::LayoutDirectionAuto);
        for (Block &block : cache.blocks) {
            block.staticText.setTextFormat(Qt::PlainText);
            block.staticText.setTextOption(option);
            block.staticText.setTextWidth(inner);
            block.staticText.setText(block.text);
            block.staticText.prepare(QTransform(), block.font);
        }
    }
    int y = padding;
    if (!m_index.isValid()) {
        // The invitation sits in the middle of the room kept for a part.
        int total = 0;
        for (const Block &block : std::as_const(cache.blocks))
            total += block.spaceBefore + block.height;
        y = std::max(padding, (height() - total) / 2);
    }
    for (const Block &block : std::as_const(cache.blocks)) {
        y += block.spaceBefore;
        painter.setFont(block.font);
        // Colours come from the theme of the moment, not of the cache.
        switch (block.kind) {
        case Block::Eyebrow:
        case Block::Specification:
            painter.setPen(theme.accentInk);
            break;
        case Block::Heading:
        case Block::Why:
            painter.setPen(theme.text);
            break;
        case Block::Source:
            painter.setPen(theme.textMuted);
            break;
        }
        painter.drawStaticText(QPointF(textLeft, y), block.staticText);
        if (block.kind == Block::Eyebrow && content.approximate) {
            // An "approximate" tag after the eyebrow.
            //: Tag on a figure whose sources are weak
            const QString tag = tr("Approximate");
            const QFont font = appearance->font(Typography::Role::Caption, m_scale);
            const QFontMetrics fm(font);
            const int textWidth = QFontMetrics(block.font).horizontalAdvance(block.text);
            const int pad = static_cast<int>(8 * m_scale);
            const QRect pill(0, y, fm.horizontalAdvance(tag) + 2 * pad, block.height);
            const int gap = static_cast<int>(12 * m_scale);
            QRect placed = pill.translated(textLeft + textWidth + gap, 0);
            if (rtl)
                placed.moveRight(textLeft + inner - textWidth - gap);
            painter.setPen(QPen(theme.critical, metrics.hairline));
            painter.setBrush(Qt::NoBrush);
            painter.drawRoundedRect(QRectF(placed).adjusted(0.5, 0.5, -0.5, -0.5),
                                    placed.height() / 2.0, placed.height() / 2.0);
            painter.setFont(font);
            painter.setPen(theme.critical);
            painter.drawText(placed, Qt::AlignCenter, tag);
        }
        y += block.height;
    }
}
