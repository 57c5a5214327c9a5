#include "contentbuilder.h"
#include "reviewfixtures.h"

#include "content/contentloader.h"
#include "models/catalog.h"
#include "models/reviewmodel.h"
#include "views/reviews/quotecard.h"
#include "views/theme.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_QuoteCard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void quoteKeptExactly();
    void blocksOfAFullCard();
    void translationMarked();
    void heightMatchesBlocks_data();
    void heightMatchesBlocks();
    void narrowerIsTaller();
    void toneColours();
    void accessibleDescription();
    void paintsWithinItsRect();
    void findsTheSourceUnderAPoint();
    void paintsTheSourceAsALink();

private:
    QModelIndex indexOf(const QString &id) const;
    // What the app ships, for the checks that hold for every quote.
    Catalog m_catalog;
    // Quotes of every kind of card, built here, for the checks of one card.
    Catalog m_built;
};

void tst_QuoteCard::initTestCase()
{
    Appearance::loadFonts();
    m_catalog.setContent(ContentLoader::load().content);
    using namespace Fixtures;
    ContentSetBuilder set;
    set.reviews.source(SourceBuilder(u"review"_s).url(u"https://example.com/review"_s))
            .source(SourceBuilder(u"post"_s).url(u"https://example.com/post"_s))
            .review(ReviewBuilder(u"full"_s)
                            .outlet(u"A Magazine"_s)
                            .quote(u"Even novices will have no trouble getting started."_s)
                            .award(text(u"Recommended"_s))
                            .summary(text(u"Clear, thorough and friendly guides."_s))
                            .date(u"2025-10"_s))
            .review(ReviewBuilder(u"titled"_s)
                            .outlet(u"A Lab"_s)
                            .quote(u"Very cool."_s)
                            .reviewTitle(u"The Machine is so Cool"_s)
                            .sources({u"review"_s, u"post"_s}))
            .review(ReviewBuilder(u"long"_s).quote(
                    u"A must-have for developers, and for the managers who bring "
                    u"new tools into their teams."_s))
            .review(ReviewBuilder(u"critical"_s)
                            .outlet(u"The Paper"_s)
                            .tone(u"critical"_s)
                            .quote(u"By no means the fastest chip."_s))
            .review(ReviewBuilder(u"measured"_s)
                            .outlet(u"Lab Notes"_s)
                            .tone(u"measured"_s)
                            .quote(u"A new standard for local inference."_s));
    m_built.setContent(set.content());
}

QModelIndex tst_QuoteCard::indexOf(const QString &id) const
{
    return m_built.reviews()->index(m_built.reviews()->rowOf(id));
}

void tst_QuoteCard::quoteKeptExactly()
{
    const QuoteCard::Style style(1.0);
    for (int row = 0; row < m_catalog.reviews()->rowCount(); ++row) {
        const QModelIndex index = m_catalog.reviews()->index(row);
        const QList<QuoteCard::Block> blocks = QuoteCard::blocks(index, 400, style);
        const auto quote = std::find_if(blocks.cbegin(), blocks.cend(), [](const auto &block) {
            return block.part == QuoteCard::Part::Quote;
        });
        QVERIFY(quote != blocks.cend());
        QCOMPARE(quote->text, index.data(int(ReviewModel::Role::QuoteText)).toString());
    }
}

void tst_QuoteCard::blocksOfAFullCard()
{
    // One card has an award and a summary, another a review title.
    const QuoteCard::Style style(1.0);
    QList<QuoteCard::Part> parts;
    for (const auto &block : QuoteCard::blocks(indexOf(u"full"_s), 400, style))
        parts << block.part;
    QCOMPARE(parts.constFirst(), QuoteCard::Part::Award);
    QVERIFY(parts.contains(QuoteCard::Part::Summary));
    QVERIFY(parts.contains(QuoteCard::Part::Outlet));
    QVERIFY(parts.contains(QuoteCard::Part::Meta));
    QCOMPARE(parts.constLast(), QuoteCard::Part::Source);

    bool titled = false;
    for (const auto &block : QuoteCard::blocks(indexOf(u"titled"_s), 400, style)) {
        if (block.part == QuoteCard::Part::Title) {
            titled = true;
            QVERIFY(block.text.contains(u"The Machine is so Cool"_s));
        }
    }
    QVERIFY(titled);
}

void tst_QuoteCard::translationMarked()
{
    Catalog catalog;
    ContentSet content;
    content.reviews = ReviewFixtures::generated(14);
    catalog.setContent(content);
    catalog.setLanguage(u"de"_s);
    const QuoteCard::Style style(1.0);
    // Quote 0 and 13 carry a German translation in the fixtures.
    QList<QuoteCard::Part> parts;
    for (const auto &block : QuoteCard::blocks(catalog.reviews()->index(13), 400, style))
        parts << block.part;
    const qsizetype label = parts.indexOf(QuoteCard::Part::TranslationLabel);
    QVERIFY(label > parts.indexOf(QuoteCard::Part::Quote));
    QCOMPARE(parts.value(label + 1), QuoteCard::Part::Translation);
    // No translation: no label.
    parts.clear();
    for (const auto &block : QuoteCard::blocks(catalog.reviews()->index(1), 400, style))
        parts << block.part;
    QVERIFY(!parts.contains(QuoteCard::Part::TranslationLabel));
}

void tst_QuoteCard::heightMatchesBlocks_data()
{
    QTest::addColumn<double>("scale");
    QTest::addColumn<int>("width");
    QTest::newRow("1x") << 1.0 << 380;
    QTest::newRow("2x") << 2.0 << 760;
    QTest::newRow("laptop") << 0.74 << 300;
}

void tst_QuoteCard::heightMatchesBlocks()
{
    QFETCH(double, scale);
    QFETCH(int, width);
    const QuoteCard::Style style(scale);
    for (int row = 0; row < m_catalog.reviews()->rowCount(); ++row) {
        const QModelIndex index = m_catalog.reviews()->index(row);
        int height = 0;
        const QList<QuoteCard::Block> blocks = QuoteCard::blocks(index, width, style, &height);
        QCOMPARE(QuoteCard::height(index, width, style), height);
        for (const auto &block : blocks) {
            QVERIFY(block.rect.bottom() < height);
            QVERIFY(block.rect.right() < width);
        }
    }
}

void tst_QuoteCard::narrowerIsTaller()
{
    const QuoteCard::Style style(1.0);
    const QModelIndex index = indexOf(u"long"_s);
    QVERIFY(QuoteCard::height(index, 260, style) > QuoteCard::height(index, 600, style));
}

void tst_QuoteCard::toneColours()
{
    const Theme &theme = Appearance::instance()->theme();
    QCOMPARE(QuoteCard::toneColor(int(Tone::Positive)), theme.positive);
    QCOMPARE(QuoteCard::toneColor(int(Tone::Measured)), theme.measured);
    QCOMPARE(QuoteCard::toneColor(int(Tone::Critical)), theme.critical);
}

void tst_QuoteCard::accessibleDescription()
{
    const QString critical = QuoteCard::accessibleDescription(indexOf(u"critical"_s));
    QVERIFY(critical.contains(u"The Paper"_s));
    QVERIFY(critical.contains(QuoteCard::toneName(int(Tone::Critical))));
    QVERIFY(critical.contains(u"Source:"_s));
    const QString measured = QuoteCard::accessibleDescription(indexOf(u"measured"_s));
    QVERIFY(measured.contains(QuoteCard::toneName(int(Tone::Measured))));
}

void tst_QuoteCard::paintsWithinItsRect()
{
    const QuoteCard::Style style(1.0);
    const QModelIndex index = indexOf(u"measured"_s);
    const int height = QuoteCard::height(index, 400, style);
    QImage image(440, height + 40, QImage::Format_ARGB32_Premultiplied);
    const QColor background(1, 2, 3);
    image.fill(background);
    QPainter painter(&image);
    QuoteCard::paint(&painter, QRect(20, 20, 400, height), index, style, Painting::Normal,
                     Qt::LeftToRight);
    painter.end();
    // Nothing outside the card: its corners' surroundings stay untouched.
    QCOMPARE(image.pixelColor(5, 5), background);
    QCOMPARE(image.pixelColor(435, height + 35), background);
    QVERIFY(image.pixelColor(220, 20 + height / 2) != background);
}

void tst_QuoteCard::findsTheSourceUnderAPoint()
{
    const QModelIndex index = indexOf(u"titled"_s);
    const QVariantList sources = index.data(int(ReviewModel::Role::Sources)).toList();
    QCOMPARE(sources.size(), 2);
    QCOMPARE(QuoteCard::sourceUrl(index), sources.at(0).toMap().value(u"url"_s).toString());
    // Wide enough for one source a line: each line leads to its own source.
    const QuoteCard::Style style(1.0, true);
    const QList<QuoteCard::Block> blocks = QuoteCard::blocks(index, 900, style);
    QRect line;
    for (const QuoteCard::Block &block : blocks) {
        if (block.part == QuoteCard::Part::Source)
            line = block.rect;
    }
    QVERIFY(line.isValid());
    const int lineHeight = style.captionMetrics.height();
    QCOMPARE(QuoteCard::sourceUrlAt(index, blocks, style,
                                    QPoint(line.left() + 5, line.top() + lineHeight / 2)),
             sources.at(0).toMap().value(u"url"_s).toString());
    QCOMPARE(QuoteCard::sourceUrlAt(index, blocks, style,
                                    QPoint(line.left() + 5, line.top() + lineHeight * 3 / 2)),
             sources.at(1).toMap().value(u"url"_s).toString());
    QCOMPARE(QuoteCard::sourceUrlAt(index, blocks, style, QPoint(line.left() + 5, 10)), QString());
}

void tst_QuoteCard::paintsTheSourceAsALink()
{
    // Links change the colour of the source line, never the card's height.
    const QModelIndex index = indexOf(u"measured"_s);
    const QuoteCard::Style text(1.0, false);
    const QuoteCard::Style links(1.0, true);
    QCOMPARE(QuoteCard::height(index, 400, links), QuoteCard::height(index, 400, text));
    const auto render = [&](const QuoteCard::Style &style) {
        QImage image(400, QuoteCard::height(index, 400, style), QImage::Format_RGB32);
        image.fill(Qt::black);
        QPainter painter(&image);
        QuoteCard::paint(&painter, image.rect(), index, style, Painting::Normal, Qt::LeftToRight);
        return image;
    };
    const QImage plain = render(text);
    const QImage linked = render(links);
    QVERIFY(plain != linked);
    const QColor ink = Appearance::instance()->theme().accentInk;
    int inked = 0;
    for (int y = plain.height() * 2 / 3; y < plain.height(); ++y) {
        for (int x = 0; x < plain.width(); ++x)
            inked += int(linked.pixelColor(x, y) == ink) - int(plain.pixelColor(x, y) == ink);
    }
    QVERIFY(inked > 50);
}

QTEST_MAIN(tst_QuoteCard)
#include "tst_quotecard.moc"
