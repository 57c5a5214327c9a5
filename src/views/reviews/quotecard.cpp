#include "quotecard.h"

#include "content/content.h"
#include "models/reviewmodel.h"
#include "views/common/textmetrics.h"

#include <QModelIndex>
#include <QPainter>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace {

using Role = ReviewModel::Role;

QString text(const QModelIndex &index, Role role)
{
    return index.data(int(role)).toString();
}

// The sources as a card shows them: publisher and date, one per line; the
// full titles are in the card's accessible description and the featured quote.
QString shortSources(const QModelIndex &index)
{
    QStringList lines;
    const QVariantList sources = index.data(int(Role::Sources)).toList();
    for (const QVariant &source : sources)
        lines.append(source.toMap().value(u"shortCitation"_s).toString());
    return lines.join(u'\n');
}

QString openingMark()
{
    return QStringLiteral("\u201C");
}

} // namespace

QuoteCard::Style::Style(double s, bool linked)
    : scale(s)
    , links(linked)
    , metrics(Painting::Metrics::forScale(s))
    , mark(Appearance::instance()->font(Typography::Role::Display, s))
    , quote(Appearance::instance()->font(Typography::Role::Title, s))
    , body(Appearance::instance()->font(Typography::Role::Body, s))
    , translation(Appearance::instance()->italic(body))
    , label(Appearance::instance()->font(Typography::Role::Label, s))
    , caption(Appearance::instance()->font(Typography::Role::Caption, s))
    , quoteMetrics(quote)
    , bodyMetrics(body)
    , translationMetrics(translation)
    , labelMetrics(label)
    , captionMetrics(caption)
    , stripe(std::max(3, static_cast<int>(std::lround(4 * s))))
    // Only the ink of the quotation mark takes room, not the whole line.
    , markInk(QFontMetrics(mark).tightBoundingRect(openingMark()))
    , spacing(static_cast<int>(std::lround(10 * s)))
{}

QList<QuoteCard::Block> QuoteCard::blocks(const QModelIndex &index, int width, const Style &style,
                                          int *height)
{
    QList<Block> result;
    const int pad = static_cast<int>(std::lround(style.metrics.padding));
    const int left = pad + style.stripe;
    const int inner = std::max(1, width - left - pad);
    int y = pad;
    const auto add = [&](Part part, const QString &value, const QFontMetrics &metrics,
                         int gapBefore) {
        if (value.isEmpty())
            return;
        if (!result.isEmpty())
            y += gapBefore;
        const int h = TextMetrics::wrappedHeight(metrics, value, inner);
        result.append({part, value, QRect(left, y, inner, h), {}});
        y += h;
    };

    const QString award = text(index, Role::Award);
    if (!award.isEmpty()) {
        const int padX = static_cast<int>(std::lround(10 * style.scale));
        const int w = std::min(inner, style.labelMetrics.horizontalAdvance(award) + 2 * padX);
        const int h = style.labelMetrics.height() + static_cast<int>(std::lround(8 * style.scale));
        result.append({Part::Award, award, QRect(left, y, w, h), {}});
        y += h;
    }
    // The quotation mark is decoration: the quoted words stay exactly as given.
    if (!result.isEmpty())
        y += style.spacing;
    result.append({Part::Mark, openingMark(), QRect(left, y, inner, style.markInk.height()), {}});
    y += style.markInk.height();
    add(Part::Quote, text(index, Role::QuoteText), style.quoteMetrics, style.spacing / 2);
    const QString translation = text(index, Role::QuoteTranslation);
    if (!translation.isEmpty()) {
        //: Marks the line beneath a quote as a translation of its original words
        add(Part::TranslationLabel, tr("Translation"), style.captionMetrics, style.spacing);
        add(Part::Translation, translation, style.translationMetrics, style.spacing / 3);
    }
    add(Part::Outlet, text(index, Role::Outlet), style.labelMetrics, style.spacing * 2);
    add(Part::Byline, text(index, Role::Byline), style.captionMetrics, style.spacing / 3);
    add(Part::Summary, text(index, Role::Summary), style.bodyMetrics, style.spacing);
    const QString title = text(index, Role::ReviewTitle);
    if (!title.isEmpty()) {
        //: The headline of the review a quote comes from; %1 the headline
        add(Part::Title, tr("From “%1”").arg(title), style.captionMetrics, style.spacing / 2);
    }
    QStringList meta;
    if (const QString date = text(index, Role::DateText); !date.isEmpty())
        meta << date;
    if (const QString kind = text(index, Role::KindName); !kind.isEmpty())
        meta << kind;
    if (index.data(int(Role::Confidence)).toInt() == int(Confidence::Low))
        //: Marks a quote whose date or attribution rests on weak sources
        meta << tr("approximate");
    //: Separates date, kind and notes under a quote
    add(Part::Meta, meta.join(tr(" · ")), style.captionMetrics, style.spacing);
    if (const QString source = shortSources(index); !source.isEmpty()) {
        //: %1 the sources of a quote, one per line
        add(Part::Source, tr("Source: %1").arg(source), style.captionMetrics, style.spacing / 3);
    }
    if (height)
        *height = y + pad;
    return result;
}

int QuoteCard::height(const QModelIndex &index, int width, const Style &style)
{
    int h = 0;
    blocks(index, width, style, &h);
    return h;
}

QColor QuoteCard::toneColor(int tone)
{
    const Theme &theme = Appearance::instance()->theme();
    switch (Tone(tone)) {
    case Tone::Positive:
        return theme.positive;
    case Tone::Measured:
        return theme.measured;
    case Tone::Critical:
        return theme.critical;
    }
    return theme.textMuted;
}

QString QuoteCard::toneName(int tone)
{
    switch (Tone(tone)) {
    case Tone::Positive:
        //: The tone of a quote, read out by screen readers
        return tr("positive");
    case Tone::Measured:
        //: The tone of a quote, read out by screen readers
        return tr("measured");
    case Tone::Critical:
        //: The tone of a quote, read out by screen readers
        return tr("critical");
    }
    return {};
}

QString QuoteCard::sourceUrl(const QModelIndex &index)
{
    const QVariantList sources = index.data(int(Role::Sources)).toList();
    for (const QVariant &source : sources) {
        const QString url = source.toMap().value(u"url"_s).toString();
        if (!url.isEmpty())
            return url;
    }
    return {};
}

QString QuoteCard::sourceUrlAt(const QModelIndex &index, const QList<Block> &blocks,
                               const Style &style, const QPoint &point)
{
    for (const Block &block : blocks) {
        if (block.part != Part::Source || !block.rect.contains(point))
            continue;
        // One source a line, in the order of the model's list; a citation
        // that wraps still leads to its own source.
        const QVariantList sources = index.data(int(Role::Sources)).toList();
        int y = block.rect.top();
        const int width = block.rect.width();
        for (qsizetype i = 0; i < sources.size(); ++i) {
            const QVariantMap source = sources.at(i).toMap();
            QString line = source.value(u"shortCitation"_s).toString();
            if (i == 0)
                line = tr("Source: %1").arg(line);
            y += TextMetrics::wrappedHeight(style.captionMetrics, line, width);
            if (point.y() < y)
                return source.value(u"url"_s).toString();
        }
        return sourceUrl(index);
    }
    return {};
}

QString QuoteCard::accessibleDescription(const QModelIndex &index, bool links)
{
    QStringList parts;
    const QString byline = text(index, Role::Byline);
    parts << (byline.isEmpty() ? text(index, Role::Outlet)
                               //: Who said a quote: %1 the outlet or person, %2 their role
                               : tr("%1, %2").arg(text(index, Role::Outlet), byline));
    //: Screen reader text: %1 the tone of a quote (positive, measured, critical)
    parts << tr("Tone: %1").arg(toneName(index.data(int(Role::Tone)).toInt()));
    if (const QString award = text(index, Role::Award); !award.isEmpty())
        //: Screen reader text: %1 an award the reviewer gave
        parts << tr("Award: %1").arg(award);
    if (const QString translation = text(index, Role::QuoteTranslation); !translation.isEmpty())
        //: Screen reader text: %1 the translation of a quote
        parts << tr("Translation: %1").arg(translation);
    if (const QString summary = text(index, Role::Summary); !summary.isEmpty())
        parts << summary;
    if (const QString title = text(index, Role::ReviewTitle); !title.isEmpty())
        parts << tr("From “%1”").arg(title);
    if (const QString date = text(index, Role::DateText); !date.isEmpty())
        parts << date;
    if (const QString source = text(index, Role::SourceText); !source.isEmpty())
        parts << tr("Source: %1").arg(source);
    if (const QString url = sourceUrl(index); links && !url.isEmpty())
        //: Screen reader text on a quote card: %1 the web address of its source
        parts << tr("Enter opens the source, %1").arg(url);
    //: Joins the parts of what a screen reader says about a quote card
    return parts.join(tr(". "));
}

void QuoteCard::paint(QPainter *painter, const QRect &rect, const QModelIndex &index,
                      const Style &style, Painting::CardStates states,
                      Qt::LayoutDirection direction, const QList<Block> *blocks)
{
    const Theme &theme = Appearance::instance()->theme();
    const QColor tone = toneColor(index.data(int(Role::Tone)).toInt());
    Painting::card(painter, rect, theme, style.scale, states);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    // Quotes keep the direction of their own words (English in an Arabic UI
    // still reads left to right); the layout is mirrored, not the text.
    painter->setLayoutDirection(Qt::LayoutDirectionAuto);
    const bool rtl = direction == Qt::RightToLeft;
    // The tone: a quiet bar along the leading edge, between the corners.
    {
        const double radius = style.metrics.radius;
        const double inset =
                (states & Painting::Selected) ? style.metrics.ring : style.metrics.hairline;
        const QRectF bar(rtl ? rect.right() + 1 - inset - style.stripe : rect.left() + inset,
                         rect.top() + radius, style.stripe, rect.height() - 2 * radius);
        painter->setPen(Qt::NoPen);
        painter->setBrush(tone);
        painter->drawRoundedRect(bar, style.stripe / 2.0, style.stripe / 2.0);
    }

    const int align = QStyle::visualAlignment(direction, Qt::AlignLeading | Qt::AlignTop);
    const QList<Block> list = blocks ? *blocks : QuoteCard::blocks(index, rect.width(), style);
    const auto draw = [&](const Block &block, const QRect &r, const QFont &font,
                          const QColor &color) {
        if (block.laidOut.text().isEmpty()) {
            block.laidOut.setText(block.text);
            block.laidOut.setTextFormat(Qt::PlainText);
            block.laidOut.setTextWidth(r.width());
            QTextOption option(Qt::Alignment(align) & Qt::AlignHorizontal_Mask);
            option.setWrapMode(QTextOption::WordWrap);
            option.setTextDirection(Qt::LayoutDirectionAuto);
            block.laidOut.setTextOption(option);
            block.laidOut.prepare(painter->transform(), font);
        }
        painter->setFont(font);
        painter->setPen(color);
        painter->drawStaticText(r.topLeft(), block.laidOut);
    };
    for (const Block &block : list) {
        const QRect r = QStyle::visualRect(direction, rect, block.rect.translated(rect.topLeft()));
        switch (block.part) {
        case Part::Award: {
            painter->setPen(Qt::NoPen);
            painter->setBrush(theme.accent);
            painter->drawRoundedRect(r, r.height() / 2.0, r.height() / 2.0);
            painter->setFont(style.label);
            painter->setPen(theme.accentText);
            painter->drawText(r, Qt::AlignCenter, block.text);
            break;
        }
        case Part::Mark: {
            painter->setFont(style.mark);
            painter->setPen(tone);
            // Set the mark so that its ink fills the block it was measured for.
            const int baseline = r.top() - style.markInk.top();
            const int x = rtl ? r.right() - style.markInk.right() : r.left() - style.markInk.left();
            painter->drawText(QPoint(x, baseline), block.text);
            break;
        }
        case Part::Quote:
            draw(block, r, style.quote, theme.text);
            break;
        case Part::Translation:
            draw(block, r, style.translation, theme.text);
            break;
        case Part::Outlet:
            draw(block, r, style.label, theme.accentInk);
            break;
        case Part::Summary:
            draw(block, r, style.body, theme.textMuted);
            break;
        case Part::TranslationLabel:
        case Part::Byline:
        case Part::Title:
        case Part::Meta:
            draw(block, r, style.caption, theme.textMuted);
            break;
        case Part::Source:
            if (style.links && !sourceUrl(index).isEmpty()) {
                // A link: accent ink and underlined, not colour alone. Drawn
                // as text, not from the cached layout, whose glyphs were
                // prepared without the underline.
                QFont underlined = style.caption;
                underlined.setUnderline(true);
                QTextOption option(Qt::Alignment(align) & Qt::AlignHorizontal_Mask);
                option.setWrapMode(QTextOption::WordWrap);
                option.setTextDirection(Qt::LayoutDirectionAuto);
                painter->setFont(underlined);
                painter->setPen(theme.accentInk);
                painter->drawText(QRectF(r), block.text, option);
            } else {
                draw(block, r, style.caption, theme.textMuted);
            }
            break;
        }
    }
    painter->restore();
}
