#include "partnerdetailpane.h"

#include "content/content.h"
#include "models/categorymodel.h"
#include "models/partnermodel.h"
#include "partnertiledelegate.h"
#include "views/common/painting.h"
#include "views/common/qrtile.h"
#include "views/common/sourcelinks.h"
#include "views/theme.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QLocale>
#include <QPainter>
#include <QStyle>

#include <climits>

using namespace Qt::StringLiterals;

namespace {
using PartnerRole = PartnerModel::Role;
}

PartnerDetailPane::PartnerDetailPane(QWidget *parent)
    : QWidget(parent)
    , m_links(new SourceLinks(this))
    , m_qr(new QrTile(this))
{
    m_links->hide();
    m_qr->hide();
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    connect(Appearance::instance(), &Appearance::themeChanged, this, [this] {
        m_fitted.clear(); // the blocks carry their colours
        update();
    });
    connect(Appearance::instance(), &Appearance::fontsChanged, this, &PartnerDetailPane::refresh);
    refresh();
}

void PartnerDetailPane::setPartner(const QModelIndex &index)
{
    m_partner = index;
    refresh();
}

void PartnerDetailPane::setOverview(QAbstractItemModel *categories, QAbstractItemModel *partners)
{
    m_categories = categories;
    m_partners = partners;
    m_categoriesFollower.setModel(categories);
    m_partnersFollower.setModel(partners);
    refresh();
}

void PartnerDetailPane::setScale(double scale)
{
    if (qFuzzyCompare(scale, m_scale))
        return;
    m_scale = scale;
    m_fitted.clear();
    placeSources();
    update();
}

void PartnerDetailPane::setSourceStyle(SourceStyle style)
{
    if (style == m_style)
        return;
    m_style = style;
    refresh();
}

void PartnerDetailPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeSources();
}

void PartnerDetailPane::placeSources()
{
    // Never given a size (just built): placed on its first resize.
    if (!testAttribute(Qt::WA_Resized))
        return;
    bool links = false;
    bool code = false;
    for (const Block &block : fittedBlocks()) {
        const QRect r = QStyle::visualRect(layoutDirection(), rect(), block.rect);
        if (block.kind == Block::Links) {
            links = true;
            m_links->placeInColumn(block.sources, block.text, block.scale, r.topLeft(), r.width());
        } else if (block.kind == Block::Qr) {
            // A code cut by the pane's edge would not scan: none rather than half.
            code = r.bottom() < height();
            m_qr->setScale(m_scale);
            m_qr->setUrl(block.text);
            m_qr->setGeometry(r);
        }
    }
    m_links->setVisible(links);
    if (!links)
        m_links->setSources({});
    m_qr->setVisible(code);
}

void PartnerDetailPane::refresh()
{
    // Counted here, on a change, not while painting: ten thousand partners.
    m_counts.clear();
    if (m_partners) {
        for (int row = 0; row < m_partners->rowCount(); ++row)
            ++m_counts[m_partners->index(row, 0).data(int(PartnerRole::Category)).toString()];
    }
    m_fitted.clear();
    const QStringList lines = texts();
    if (m_partner.isValid()) {
        setAccessibleName(m_partner.data(int(PartnerRole::Name)).toString());
        setAccessibleDescription(lines.mid(1).join(u'\n'));
    } else {
        //: Accessible name of the partner detail pane when no partner is selected
        setAccessibleName(tr("Partner details"));
        setAccessibleDescription(lines.join(u'\n'));
    }
    placeSources();
    update();
}

QStringList PartnerDetailPane::texts() const
{
    QStringList result;
    for (const Block &block : blocks(1.0)) {
        if ((block.kind == Block::Text || block.kind == Block::Badge) && !block.text.isEmpty())
            result << block.text;
        if (block.kind == Block::Links) {
            QStringList citations;
            for (const QVariant &source : block.sources)
                citations << source.toMap().value(u"citation"_s).toString();
            result << tr("Source: %1").arg(citations.join(u'\n'));
        }
    }
    return result;
}

QList<PartnerDetailPane::Block> PartnerDetailPane::blocks(double fit) const
{
    QList<Block> result;
    const Appearance *appearance = Appearance::instance();
    const Theme &theme = appearance->theme();
    const Painting::Metrics metrics = Painting::Metrics::forScale(m_scale);
    // The pane is a card: its padding, then the content.
    const int pad = static_cast<int>(std::lround(metrics.padding * 1.5));
    const double s = m_scale * fit;
    // A QR code stands beside the text when the pane is wide enough (portrait
    // screens), beneath the citations otherwise.
    QString qrUrl;
    QSize tile;
    if (m_partner.isValid() && m_style == SourceStyle::QrCode) {
        const QVariantList cited = m_partner.data(int(PartnerRole::Sources)).toList();
        for (const QVariant &source : cited) {
            qrUrl = source.toMap().value(u"url"_s).toString();
            if (!qrUrl.isEmpty())
                break;
        }
        if (!qrUrl.isEmpty())
            tile = QrTile::sizeFor(qrUrl, m_scale);
    }
    const int tileGap = static_cast<int>(std::lround(24 * m_scale));
    const int fullWidth = std::max(1, this->width() - 2 * pad);
    const bool beside =
            !qrUrl.isEmpty() && fullWidth >= tile.width() + tileGap + int(360 * m_scale);
    const int width = beside ? fullWidth - tile.width() - tileGap : fullWidth;
    int y = pad;
    const auto gap = [&](double pixels) { y += static_cast<int>(std::lround(pixels * s)); };
    const auto text = [&](const QString &value, Typography::Role role, const QColor &color,
                          int indent = 0) {
        if (value.isEmpty())
            return;
        Block block;
        block.text = value;
        block.font = appearance->font(role, s);
        block.color = color;
        const QRect bounds = QFontMetrics(block.font)
                                     .boundingRect(QRect(0, 0, width - indent, INT_MAX / 2),
                                                   Qt::TextWordWrap, value);
        block.rect = QRect(pad + indent, y, width - indent, bounds.height());
        y += bounds.height();
        result << block;
    };
    const auto label = [&](const QString &value) {
        gap(18);
        text(value.toUpper(), Typography::Role::Caption, theme.textMuted);
        gap(4);
    };

    if (!m_partner.isValid()) {
        //: Eyebrow of the partner detail pane when nothing is selected, above the
        //: number of partners
        text(tr("All partners").toUpper(), Typography::Role::Label, theme.accentInk);
        const int total = m_partners ? m_partners->rowCount() : 0;
        text(QLocale().toString(total), Typography::Role::Display, theme.text);
        gap(12);
        if (m_categories && m_partners) {
            const QFont body = appearance->font(Typography::Role::Body, s);
            const int lineHeight = QFontMetrics(body).height();
            const int dot = static_cast<int>(std::lround(12 * s));
            for (int row = 0; row < m_categories->rowCount(); ++row) {
                const QModelIndex category = m_categories->index(row, 0);
                const QString id = category.data(int(CategoryModel::Role::Id)).toString();
                const int count = m_counts.value(id);
                Block marker;
                marker.kind = Block::Dot;
                marker.fill = theme.category(row);
                marker.rect = QRect(pad, y + (lineHeight - dot) / 2, dot, dot);
                result << marker;
                //: A category and how many partners it has, in the detail pane overview
                text(tr("%1 · %2").arg(category.data().toString(), QLocale().toString(count)),
                     Typography::Role::Body, theme.text, dot * 2);
                gap(6);
            }
        }
        gap(18);
        //: Hint in the partner detail pane when no partner is selected
        text(tr("Choose a tile, or type a name, to see what a partner does with DGX Spark."),
             Typography::Role::Body, theme.textMuted);
        return result;
    }

    const QModelIndex index = m_partner;
    const QColor color = theme.category(index.data(int(PartnerRole::CategoryIndex)).toInt());
    const int side = static_cast<int>(std::lround(96 * s));
    Block monogram;
    monogram.kind = Block::Monogram;
    monogram.text = index.data(int(PartnerRole::Monogram)).toString();
    monogram.color = color;
    monogram.rect = QRect(pad, y, side, side);
    result << monogram;
    {
        // The category beside the monogram, vertically centred on it.
        Block category;
        category.text = index.data(int(PartnerRole::CategoryName)).toString();
        category.font = appearance->font(Typography::Role::Label, s);
        category.color = theme.textMuted;
        const int indent = side + static_cast<int>(std::lround(18 * s));
        const QRect bounds = QFontMetrics(category.font)
                                     .boundingRect(QRect(0, 0, width - indent, side),
                                                   Qt::TextWordWrap, category.text);
        category.rect = QRect(pad + indent, y + (side - bounds.height()) / 2, width - indent,
                              bounds.height());
        result << category;
    }
    y += side;
    gap(20);
    text(index.data(int(PartnerRole::Name)).toString(), Typography::Role::Headline, theme.text);
    if (const QString product = index.data(int(PartnerRole::Product)).toString();
        !product.isEmpty()) {
        gap(6);
        text(product, Typography::Role::Title, theme.accentInk);
    }
    gap(16);
    //: Heading in the partner detail pane: what the partner does with DGX Spark
    label(tr("With DGX Spark"));
    text(index.data(int(PartnerRole::Description)).toString(), Typography::Role::Body, theme.text);
    if (const QString place = index.data(int(PartnerRole::Place)).toString(); !place.isEmpty()) {
        //: Heading in the partner detail pane: where the partner is
        label(tr("Place"));
        text(place, Typography::Role::Body, theme.text);
    }
    if (const QStringList people = index.data(int(PartnerRole::People)).toStringList();
        !people.isEmpty()) {
        //: Heading in the partner detail pane: the people named with the partner
        label(tr("People"));
        text(QLocale().createSeparatedList(people), Typography::Role::Body, theme.text);
    }
    if (index.data(int(PartnerRole::Confidence)).toInt() == int(Confidence::Low)) {
        gap(16);
        Block badge;
        badge.kind = Block::Badge;
        //: Marks a partner fact that rests on weak sources
        badge.text = tr("Approximate");
        badge.font = appearance->font(Typography::Role::Label, s);
        badge.color = theme.text;
        badge.fill = Painting::mix(theme.surface, theme.critical, 0.25);
        const QFontMetrics fm(badge.font);
        const int padX = static_cast<int>(std::lround(12 * s));
        badge.rect = QRect(pad, y, fm.horizontalAdvance(badge.text) + 2 * padX,
                           fm.height() + static_cast<int>(std::lround(8 * s)));
        y += badge.rect.height();
        result << badge;
    }
    gap(22);
    Block rule;
    rule.kind = Block::Rule;
    rule.rect = QRect(pad, y, width, 1);
    result << rule;
    gap(14);
    if (const QString source = index.data(int(PartnerRole::SourceText)).toString();
        !source.isEmpty()) {
        //: %1 the sources of a partner fact, one per line
        const QString line = tr("Source: %1").arg(source);
        const QVariantList sources = index.data(int(PartnerRole::Sources)).toList();
        if (m_style == SourceStyle::Links && !sources.isEmpty()) {
            // Room for the links; their text stands in for the line in texts().
            Block links;
            links.kind = Block::Links;
            //: Heading above the links to the sources of a partner (one or several)
            links.text = (sources.size() > 1 ? tr("Sources") : tr("Source")).toUpper();
            links.scale = s;
            links.sources = sources;
            const int bleed = SourceLinks::bleedFor(s);
            const int h = SourceLinks::heightFor(sources, true, width + 2 * bleed, s) - 2 * bleed;
            links.rect = QRect(pad, y, width, h);
            y += h;
            result << links;
        } else {
            text(line, Typography::Role::Caption, theme.textMuted);
        }
    }
    if (!qrUrl.isEmpty()) {
        Block code;
        code.kind = Block::Qr;
        code.text = qrUrl;
        if (beside) {
            code.rect = QRect(pad + width + tileGap, pad, tile.width(), tile.height());
        } else {
            gap(16);
            code.rect = QRect(pad, y, tile.width(), tile.height());
            y += tile.height();
        }
        result << code;
    }
    return result;
}

QList<PartnerDetailPane::Block> PartnerDetailPane::fittedBlocks() const
{
    if (!m_fitted.isEmpty() && m_fittedSize == size())
        return m_fitted;
    m_fittedSize = size();
    m_fitted = fitBlocks();
    return m_fitted;
}

QList<PartnerDetailPane::Block> PartnerDetailPane::fitBlocks() const
{
    // A long description in a short pane steps the type down rather than
    // running off the card.
    const int pad =
            static_cast<int>(std::lround(Painting::Metrics::forScale(m_scale).padding * 1.5));
    QList<Block> list;
    for (double fit : {1.0, 0.9, 0.8, 0.7, 0.6}) {
        list = blocks(fit);
        int bottom = 0;
        for (const Block &block : std::as_const(list))
            bottom = std::max(bottom, block.rect.bottom());
        if (bottom + pad <= height())
            break;
    }
    return list;
}

void PartnerDetailPane::paintEvent(QPaintEvent *)
{
    const Theme &theme = Appearance::instance()->theme();
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const Painting::Metrics metrics = Painting::Metrics::forScale(m_scale);
    painter.setPen(QPen(theme.border, metrics.hairline));
    painter.setBrush(theme.surface);
    const double inset = metrics.hairline / 2;
    painter.drawRoundedRect(QRectF(rect()).adjusted(inset, inset, -inset, -inset),
                            metrics.radius * 1.5, metrics.radius * 1.5);

    const int align = QStyle::visualAlignment(layoutDirection(), Qt::AlignLeading | Qt::AlignTop);
    painter.setClipRect(rect().adjusted(1, 1, -1, -1));
    // Names and descriptions keep the direction of their own script.
    painter.setLayoutDirection(Qt::LayoutDirectionAuto);
    for (const Block &block : fittedBlocks()) {
        const QRect r = QStyle::visualRect(layoutDirection(), rect(), block.rect);
        switch (block.kind) {
        case Block::Monogram:
            PartnerTileDelegate::paintMonogram(&painter, r, block.text, block.color, m_scale);
            break;
        case Block::Text:
            painter.setFont(block.font);
            painter.setPen(block.color);
            painter.drawText(r, align | Qt::TextWordWrap, block.text);
            break;
        case Block::Badge:
            painter.setPen(Qt::NoPen);
            painter.setBrush(block.fill);
            painter.drawRoundedRect(r, r.height() / 2.0, r.height() / 2.0);
            painter.setFont(block.font);
            painter.setPen(block.color);
            painter.drawText(r, Qt::AlignCenter, block.text);
            break;
        case Block::Dot:
            painter.setPen(Qt::NoPen);
            painter.setBrush(block.fill);
            painter.drawEllipse(r);
            break;
        case Block::Rule:
            painter.fillRect(r, theme.border);
            break;
        case Block::Links:
        case Block::Qr:
            break; // widgets of their own: placeSources()
        }
    }
}

void PartnerDetailPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        refresh();
    } else if (event->type() == QEvent::LayoutDirectionChange) {
        placeSources();
        update();
    }
    QWidget::changeEvent(event);
}
