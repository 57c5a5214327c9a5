#include "models/catalog.h"
#include "models/categorymodel.h"
#include "models/formatting.h"
#include "models/timelinemodel.h"
#include "sourceurls.h"
#include "timelinefixtures.h"
#include "views/common/linkopener.h"
#include "views/common/qrtile.h"
#include "views/common/sourcelinks.h"
#include "views/renderscope.h"
#include "views/theme.h"
#include "views/timeline/timelinedetailcard.h"

#include <QImage>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QModelIndex eventIndex(const Catalog &catalog, const QString &id)
{
    return catalog.timeline()->index(catalog.timeline()->rowOf(id), 0);
}

QImage renderedCard(QWidget *widget)
{
    QImage image(widget->size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::black);
    widget->render(&image);
    return image;
}

} // namespace

class tst_TimelineDetailCard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void introduction();
    void nothingMatchesTheSearch();
    void event();
    void precision_data();
    void precision();
    void quoteInItsOwnWords();
    void translationIsMarked();
    void approximate();
    void fitsByShrinking();
    void followsTheModel();
    void linksEveryEventsSources();
    void showsAQrCodeForEveryEvent_data();
    void showsAQrCodeForEveryEvent();
};

void tst_TimelineDetailCard::initTestCase()
{
    Appearance::loadFonts();
}

void tst_TimelineDetailCard::introduction()
{
    TimelineDetailCard card;
    card.setEventCount(12);
    const QStringList paragraphs = card.paragraphs();
    QCOMPARE(paragraphs.first(), u"12 events"_s);
    QCOMPARE(paragraphs.at(1), u"Choose an event"_s);
    QVERIFY(paragraphs.contains(u"Known to the day"_s));
    QCOMPARE(card.accessibleName(), u"Event details"_s);
    card.setEventCount(1);
    QCOMPARE(card.paragraphs().first(), u"One event"_s);
    // Large counts are grouped as the language writes numbers, like the chips.
    {
        const RenderScope english(u"en"_s, Theme::Id::Dark);
        card.setEventCount(10000);
        QCOMPARE(card.paragraphs().first(), u"10,000 events"_s);
    }
    {
        const RenderScope german(u"de"_s, Theme::Id::Dark);
        card.setEventCount(12000);
        QCOMPARE(card.paragraphs().first(), u"12.000 Ereignisse"_s);
    }
}

void tst_TimelineDetailCard::nothingMatchesTheSearch()
{
    TimelineDetailCard card;
    card.setEventCount(12);
    // A search that leaves events keeps the introduction.
    card.setSearchText(u"spark"_s);
    QCOMPARE(card.paragraphs().at(1), u"Choose an event"_s);
    // One that leaves none says what was searched for, and the way back.
    card.setEventCount(0);
    card.setSearchText(u"  xyzzy "_s);
    const QStringList paragraphs = card.paragraphs();
    QCOMPARE(paragraphs.at(0), u"No events"_s);
    QCOMPARE(paragraphs.at(1), u"Nothing matches “xyzzy”"_s);
    QVERIFY(paragraphs.at(2).contains(u"All events"_s));
    card.setSearchText(QString());
    card.setEventCount(12);
    QCOMPARE(card.paragraphs().first(), u"12 events"_s);
}

void tst_TimelineDetailCard::event()
{
    Catalog catalog;
    catalog.setContent(TimelineFixtures::contentSet());
    TimelineDetailCard card;
    card.setCategoryModel(catalog.timelineCategories());
    card.setIndex(eventIndex(catalog, u"pad-delivery"_s));
    const QStringList paragraphs = card.paragraphs();
    QCOMPARE(paragraphs.at(0), u"Deliveries · Launch week"_s);
    QCOMPARE(paragraphs.at(1), u"October 13, 2025"_s);
    QCOMPARE(paragraphs.at(2), u"Spark lands at the Harbour"_s);
    QCOMPARE(paragraphs.at(3), u"Where: Harbour, Texas"_s);
    QVERIFY(paragraphs.at(4).startsWith(u"Who: A founder, chief executive\nA rocket builder"_s));
    QVERIFY(paragraphs.at(5).startsWith(u"The founder hands"_s));
    QCOMPARE(paragraphs.at(7), u"— A founder"_s);
    QCOMPARE(paragraphs.at(8), u"Source"_s);
    QVERIFY(paragraphs.at(9).contains(u"Example Press"_s));
    QCOMPARE(card.accessibleName(), u"October 13, 2025: Spark lands at the Harbour"_s);
    QVERIFY(card.accessibleDescription().contains(u"Where: Harbour, Texas"_s));

    // One source: the heading is singular; several, plural.
    card.setIndex(eventIndex(catalog, u"show"_s));
    QVERIFY(card.paragraphs().contains(u"Source"_s));
    card.setIndex(eventIndex(catalog, u"first-delivery"_s));
    QVERIFY(card.paragraphs().contains(u"Sources"_s));
    // No place, no people: no empty lines for them.
    card.setIndex(eventIndex(catalog, u"price"_s));
    for (const QString &paragraph : card.paragraphs())
        QVERIFY(!paragraph.startsWith(u"Where"_s) && !paragraph.startsWith(u"Who"_s));
}

void tst_TimelineDetailCard::precision_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("note");
    QTest::newRow("day") << u"on-sale"_s << u"October 15, 2025"_s << QString();
    QTest::newRow("month") << u"chips"_s << u"August 2025"_s << u"The exact day is not recorded"_s;
    QTest::newRow("month, no later than a post") << u"first-delivery"_s << u"August 2016"_s
                                                 << u"Between August 1, 2016 and August 15, 2016"_s;
    QTest::newRow("month with bounds") << u"lab-delivery"_s << u"October 2025"_s
                                       << u"Between October 13, 2025 and October 15, 2025"_s;
    QTest::newRow("month from a day on") << u"robots"_s << u"October 2025"_s
                                         << u"Between October 13, 2025 and October 31, 2025"_s;
}

void tst_TimelineDetailCard::precision()
{
    QFETCH(QString, id);
    QFETCH(QString, date);
    QFETCH(QString, note);
    Catalog catalog;
    catalog.setContent(TimelineFixtures::contentSet());
    TimelineDetailCard card;
    card.setLocale(Formatting::locale(catalog.language()));
    card.setIndex(eventIndex(catalog, id));
    const QStringList paragraphs = card.paragraphs();
    QCOMPARE(paragraphs.at(1), date);
    if (note.isEmpty())
        QVERIFY(!paragraphs.at(2).contains(u"day"_s));
    else
        QCOMPARE(paragraphs.at(2), note);
}

void tst_TimelineDetailCard::quoteInItsOwnWords()
{
    ContentSet content = TimelineFixtures::contentSet();
    for (TimelineEvent &event : content.timeline.items) {
        if (event.id == u"lab-delivery" && event.quote)
            event.quote->translations = LocalizedText();
    }
    Catalog catalog;
    catalog.setContent(content);
    catalog.setLanguage(u"de"_s);
    TimelineDetailCard card;
    card.setIndex(eventIndex(catalog, u"lab-delivery"_s));
    // English words keep English quotation marks, whatever the reader's language.
    QVERIFY(card.paragraphs().contains(u"“Best delivery service ever.”"_s));
    QVERIFY(!card.paragraphs().contains(u"Translation"_s));
}

void tst_TimelineDetailCard::translationIsMarked()
{
    ContentSet content = TimelineFixtures::contentSet();
    for (TimelineEvent &event : content.timeline.items) {
        if (event.id == u"pad-delivery" && event.quote)
            event.quote->translations.insert(u"de"_s, u"Stellen Sie sich vor …"_s);
    }
    Catalog catalog;
    catalog.setContent(content);
    catalog.setLanguage(u"de"_s);
    TimelineDetailCard card;
    card.setIndex(eventIndex(catalog, u"pad-delivery"_s));
    const QStringList paragraphs = card.paragraphs();
    const qsizetype quote = paragraphs.indexOf(u"“The smallest box next to the biggest rocket.”"_s);
    QVERIFY(quote > 0);
    QCOMPARE(paragraphs.at(quote + 2), u"Translation"_s);
    QCOMPARE(paragraphs.at(quote + 3), u"Stellen Sie sich vor …"_s);
}

void tst_TimelineDetailCard::approximate()
{
    ContentSet content = TimelineFixtures::contentSet();
    for (TimelineEvent &event : content.timeline.items) {
        if (event.id == u"partners")
            event.confidence = Confidence::Low;
    }
    Catalog catalog;
    catalog.setContent(content);
    TimelineDetailCard card;
    card.setIndex(eventIndex(catalog, u"partners"_s));
    QCOMPARE(card.paragraphs().at(1), u"May 19, 2025, approximate"_s);
    card.setIndex(eventIndex(catalog, u"chips"_s));
    QVERIFY(!card.paragraphs().at(1).contains(u"approximate"_s));
}

void tst_TimelineDetailCard::fitsByShrinking()
{
    Catalog catalog;
    catalog.setContent(TimelineFixtures::contentSet());
    TimelineDetailCard card;
    card.setIndex(eventIndex(catalog, u"pad-delivery"_s));
    card.resize(600, 760);
    QCOMPARE(card.textScale(), 1.0);
    card.resize(600, 480);
    QVERIFY(card.textScale() < 1.0);
    QVERIFY(card.textScale() > 0.0);
    card.resize(300, 200);
    QCOMPARE(card.textScale(), 0.0); // shortened, but still painted
    QVERIFY(!renderedCard(&card).isNull());
}

void tst_TimelineDetailCard::followsTheModel()
{
    Catalog catalog;
    catalog.setContent(TimelineFixtures::contentSet());
    TimelineDetailCard card;
    card.resize(600, 760);
    card.setIndex(eventIndex(catalog, u"chips"_s));
    const QImage before = renderedCard(&card);
    Appearance::instance()->setTheme(Theme::Id::Light);
    const QImage light = renderedCard(&card);
    QVERIFY(before != light);
    Appearance::instance()->setTheme(Theme::Id::Dark);
    QCOMPARE(renderedCard(&card), before);
    // A new content set leaves no dangling event behind.
    catalog.setContent(TimelineFixtures::contentSet());
    QVERIFY(!card.index().isValid());
    QCOMPARE(card.paragraphs().at(1), u"Choose an event"_s);
}

namespace {

QStringList urlsOf(const QModelIndex &index)
{
    return sourceUrls(index, int(TimelineModel::Role::Sources));
}

} // namespace

void tst_TimelineDetailCard::linksEveryEventsSources()
{
    Catalog catalog;
    catalog.setContent(TimelineFixtures::contentSet());
    TimelineDetailCard card;
    card.setSourceStyle(SourceStyle::Links);
    card.resize(560, 900);
    QList<QUrl> opened;
    ScopedLinkHandler handler([&](const QUrl &url) {
        opened.append(url);
        return true;
    });
    TimelineModel *model = catalog.timeline();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        card.setIndex(index);
        const QByteArray id = index.data(int(TimelineModel::Role::Id)).toString().toUtf8();
        SourceLinks *links = card.sourceLinks();
        QVERIFY2(links->isVisibleTo(&card), id.constData());
        QCOMPARE(links->urls(), urlsOf(index));
        QVERIFY2(!links->urls().isEmpty(), id.constData());
        QVERIFY2(card.rect().contains(links->geometry()), id.constData());
        QVERIFY(!card.qrTile()->isVisibleTo(&card));
        // The screen reader hears the citations.
        for (SourceLink *link : links->links())
            QVERIFY(card.accessibleDescription().contains(link->citation()));
        opened.clear();
        links->links().constFirst()->click();
        QCOMPARE(opened.size(), links->links().constFirst()->isLink() ? 1 : 0);
    }
    card.setIndex(QModelIndex());
    QVERIFY(!card.sourceLinks()->isVisibleTo(&card));
}

void tst_TimelineDetailCard::showsAQrCodeForEveryEvent_data()
{
    QTest::addColumn<QSize>("size");
    // The card's room beside the axis on a 1080p kiosk, and beneath it on a portrait one.
    QTest::newRow("landscape") << QSize(560, 760);
    QTest::newRow("portrait") << QSize(1000, 620);
}

void tst_TimelineDetailCard::showsAQrCodeForEveryEvent()
{
    QFETCH(QSize, size);
    Catalog catalog;
    catalog.setContent(TimelineFixtures::contentSet());
    TimelineDetailCard card;
    card.setSourceStyle(SourceStyle::QrCode);
    card.resize(size);
    TimelineModel *model = catalog.timeline();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        card.setIndex(index);
        const QByteArray id = index.data(int(TimelineModel::Role::Id)).toString().toUtf8();
        QrTile *tile = card.qrTile();
        QVERIFY2(tile->isVisibleTo(&card), id.constData());
        QCOMPARE(tile->url(), urlsOf(index).constFirst());
        QVERIFY2(card.rect().contains(tile->geometry()), id.constData());
        QVERIFY2(card.textScale() > 0, id.constData());
        QVERIFY(!card.sourceLinks()->isVisibleTo(&card));
        // The citations stay in words beside the code.
        QVERIFY(card.paragraphs().contains(u"Source"_s) ||
                card.paragraphs().contains(u"Sources"_s));
    }
}

QTEST_MAIN(tst_TimelineDetailCard)
#include "tst_timelinedetailcard.moc"
