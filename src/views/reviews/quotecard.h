#pragma once

#include "views/common/painting.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetrics>
#include <QList>
#include <QRect>
#include <QStaticText>

class QModelIndex;
class QPainter;

// One card of the quote wall: how it is measured and how it is painted, from
// the roles of ReviewModel. The wall measures every card once per width and
// paints only the cards on screen, both through this class, so the measured
// height and the painted text always agree.
class QuoteCard
{
    Q_DECLARE_TR_FUNCTIONS(QuoteCard)

public:
    // Fonts and measures for one typographic scale, built once per layout pass.
    struct Style
    {
        explicit Style(double scale, bool links = false);

        double scale;
        bool links; // the source line is a link (the window): accent ink, underlined
        Painting::Metrics metrics;
        QFont mark;        // the large opening quotation mark
        QFont quote;       // the quoted words
        QFont body;        // summary
        QFont translation; // a translation beneath the quote, in italics
        QFont label;       // outlet, award
        QFont caption;     // date, kind, source
        QFontMetrics quoteMetrics;
        QFontMetrics bodyMetrics;
        QFontMetrics translationMetrics;
        QFontMetrics labelMetrics;
        QFontMetrics captionMetrics;
        int stripe;    // width of the tone stripe at the leading edge
        QRect markInk; // the ink of the quotation mark, relative to its baseline
        int spacing;   // between blocks
    };

    enum class Part {
        Award,
        Mark,
        Quote,
        TranslationLabel,
        Translation,
        Outlet,
        Byline,
        Summary,
        Title,
        Meta,
        Source
    };

    struct Block
    {
        Part part;
        QString text;
        QRect rect; // relative to the card's top-left corner
        // The text laid out once, on first paint: a card kept on screen
        // repaints without wrapping its text again.
        mutable QStaticText laidOut;
    };

    // The blocks of the card for \a index at \a width, and its height.
    static QList<Block> blocks(const QModelIndex &index, int width, const Style &style,
                               int *height = nullptr);
    static int height(const QModelIndex &index, int width, const Style &style);

    // Paints the card for \a index into \a rect, with its \a blocks when the
    // caller kept them from before.
    static void paint(QPainter *painter, const QRect &rect, const QModelIndex &index,
                      const Style &style, Painting::CardStates states,
                      Qt::LayoutDirection direction, const QList<Block> *blocks = nullptr);

    // The colour of the tone (positive, measured, critical) in the current theme.
    static QColor toneColor(int tone);
    // The tone in words, for screen readers: colour alone says nothing to them.
    static QString toneName(int tone);
    // What a screen reader says for the card: outlet, quote, byline, summary,
    // date and source, in reading order; with \a links, also that Enter
    // opens the source and where.
    static QString accessibleDescription(const QModelIndex &index, bool links = false);
    // The web address of the first source of the card that has one.
    static QString sourceUrl(const QModelIndex &index);
    // The address of the source whose citation line is at \a point (relative
    // to the card's top-left corner, layout not mirrored), or an empty string.
    static QString sourceUrlAt(const QModelIndex &index, const QList<Block> &blocks,
                               const Style &style, const QPoint &point);
};
