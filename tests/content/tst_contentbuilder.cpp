#include "content/contentloader.h"
#include "contentbuilder.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Fixtures;

// The builders the unit tests make their content with: what they build is
// what the parser reads, with the defaults they promise.
class TestContentBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyFilesAreValid();
    void declaresWhatItemsName();
    void keepsWhatTheTestSets();
    void buildsHardware();
    void writesAFolderTheLoaderReads();
};

void TestContentBuilder::emptyFilesAreValid()
{
    QVERIFY(TimelineBuilder().content().items.empty());
    QVERIFY(PartnersBuilder().content().items.empty());
    QVERIFY(ReviewsBuilder().content().items.empty());
    const HardwareContent hardware = HardwareBuilder().content();
    QVERIFY(hardware.items.empty());
    QVERIFY(hardware.metrics.empty());
    QVERIFY(hardware.sources.empty());
}

void TestContentBuilder::declaresWhatItemsName()
{
    const TimelineContent content = TimelineBuilder()
                                            .category(u"launch"_s, text(u"Launches"_s))
                                            .event(TimelineEventBuilder(u"a"_s))
                                            .event(TimelineEventBuilder(u"b"_s)
                                                           .category(u"launch"_s)
                                                           .sources({u"blog"_s, u"s"_s}))
                                            .content();
    QCOMPARE(content.items.size(), size_t(2));
    // The declared category keeps its name; the one only named gets one.
    QCOMPARE(content.categories.size(), size_t(2));
    QCOMPARE(content.categories.at(0).id, u"launch"_s);
    QCOMPARE(content.categories.at(0).name.english(), u"Launches"_s);
    QCOMPARE(content.categories.at(1).id, u"c"_s);
    QCOMPARE(content.categories.at(1).name.english(), u"Category c"_s);
    QCOMPARE(content.sources.size(), size_t(2));
    QCOMPARE(content.sources.at(0).id, u"s"_s);
    QCOMPARE(content.sources.at(0).url, u"https://example.com/sources/s"_s);
    QCOMPARE(content.sources.at(1).id, u"blog"_s);
}

void TestContentBuilder::keepsWhatTheTestSets()
{
    const TimelineEvent event =
            TimelineBuilder()
                    .event(TimelineEventBuilder(u"e"_s)
                                   .date(u"2016-08"_s)
                                   .notAfter(u"2016-08-15"_s)
                                   .title(text(u"Title"_s, {{u"de"_s, u"Titel"_s}}))
                                   .place(u"Place"_s)
                                   .people({u"One"_s, u"Two"_s})
                                   .quote(u"Words."_s, u"Someone"_s)
                                   .quoteTranslation(u"de"_s, u"Worte."_s)
                                   .confidence(u"low"_s))
                    .content()
                    .items.at(0);
    QCOMPARE(event.date, PartialDate(2016, 8));
    QCOMPARE(event.latest(), QDate(2016, 8, 15));
    QCOMPARE(event.title.text(u"de"_s), u"Titel"_s);
    QCOMPARE(event.place.english(), u"Place"_s);
    QCOMPARE(event.people.size(), size_t(2));
    QVERIFY(event.quote.has_value());
    QCOMPARE(event.quote->text, u"Words."_s);
    QCOMPARE(event.quote->by.english(), u"Someone"_s);
    QCOMPARE(event.quote->translations.text(u"de"_s), u"Worte."_s);
    QCOMPARE(event.confidence, Confidence::Low);

    const Review review = ReviewsBuilder()
                                  .review(ReviewBuilder(u"r"_s)
                                                  .outlet(u"Outlet"_s)
                                                  .tone(u"critical"_s)
                                                  .featured()
                                                  .date(u"2025-10"_s))
                                  .content()
                                  .items.at(0);
    QCOMPARE(review.outlet, u"Outlet"_s);
    QCOMPARE(review.tone, Tone::Critical);
    QVERIFY(review.featured);
    QCOMPARE(review.quote.text, u"Quote r."_s);

    const Partner partner = PartnersBuilder()
                                    .partner(PartnerBuilder(u"p"_s).product(u"Box"_s))
                                    .content()
                                    .items.at(0);
    QCOMPARE(partner.name.english(), u"Partner p"_s);
    QCOMPARE(partner.product.english(), u"Box"_s);
}

void TestContentBuilder::buildsHardware()
{
    const HardwareContent content =
            HardwareBuilder()
                    .part(PartBuilder(u"gpu"_s).diagram(u"gpu"_s, QRectF(10, 10, 20, 20), 2))
                    .part(PartBuilder(u"weight"_s).spec())
                    .system(u"old"_s, u"Old"_s, u"2016"_s)
                    .system(u"new"_s, u"New"_s, u"2025"_s)
                    .metric(u"power"_s, u"Power"_s, u"watt"_s, {3000, 200}, true)
                    .precision(u"fp8"_s, u"FP8"_s, 1)
                    .modelSize(u"m"_s, u"70B"_s, 70e9)
                    .capacity(u"one"_s, u"One"_s, 100)
                    .content();
    QCOMPARE(content.items.size(), size_t(2));
    QVERIFY(content.items.at(0).diagram.has_value());
    QCOMPARE(content.items.at(0).diagram->shape, DiagramShape::Gpu);
    QCOMPARE(content.items.at(0).diagram->count, 2);
    QCOMPARE(content.items.at(1).kind, HardwareKind::Spec);
    QCOMPARE(content.metrics.size(), size_t(1));
    QCOMPARE(content.metrics.at(0).values.size(), size_t(2));
    QCOMPARE(content.metrics.at(0).values.at(1).value, 200.0);
    QVERIFY(content.metrics.at(0).logarithmic);
    QCOMPARE(content.modelSizes.at(0).parameters, 70e9);
    QCOMPARE(content.capacities.at(0).gigabytes, 100.0);
}

void TestContentBuilder::writesAFolderTheLoaderReads()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ContentSetBuilder set;
    set.timeline.event(TimelineEventBuilder(u"only"_s));
    set.partners.partner(PartnerBuilder(u"p"_s));
    set.reviews.review(ReviewBuilder(u"r"_s));
    set.hardware.part(PartBuilder(u"h"_s));
    QVERIFY(set.write(dir.path()));
    const ContentLoader::Result result = ContentLoader::load(dir.path());
    QVERIFY(result.diagnostics.isEmpty());
    QCOMPARE(result.overridden.size(), 4);
    QCOMPARE(result.content.timeline.items.size(), size_t(1));
    QCOMPARE(result.content.timeline.items.at(0).id, u"only"_s);
    QCOMPARE(set.content().partners.items.at(0).id, u"p"_s);
}

QTEST_GUILESS_MAIN(TestContentBuilder)
#include "tst_contentbuilder.moc"
