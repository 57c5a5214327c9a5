#include "contentbuilder.h"
#include "models/catalog.h"
#include "models/categorymodel.h"
#include "models/comparisonmodel.h"
#include "models/eramodel.h"
#include "models/hardwaremodel.h"
#include "models/memoryfitmodel.h"
#include "models/partnermodel.h"
#include "models/reviewmodel.h"
#include "models/sourcemodel.h"
#include "models/timelinemodel.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Fixtures;

namespace {

// Something for every model of the catalog, no two lists of the same length.
ContentSet content()
{
    ContentSetBuilder set;
    set.hardware.part(PartBuilder(u"a"_s))
            .part(PartBuilder(u"b"_s).group(u"other"_s))
            .part(PartBuilder(u"c"_s).spec())
            .system(u"old"_s, u"Old"_s, u"2016"_s)
            .system(u"new"_s, u"New"_s, u"2025"_s)
            .metric(u"power"_s, u"Power"_s, u"watt"_s, {3000, 200})
            .precision(u"fp4"_s, u"FP4"_s, 0.5)
            .modelSize(u"small"_s, u"7B"_s, 7e9)
            .modelSize(u"large"_s, u"70B"_s, 70e9)
            .capacity(u"one"_s, u"One"_s, 128);
    set.timeline.era(u"then"_s, u"Then"_s, u"2016"_s, u"2017"_s)
            .event(TimelineEventBuilder(u"e1"_s).sources({u"t1"_s}))
            .event(TimelineEventBuilder(u"e2"_s).category(u"other"_s).sources({u"t2"_s}))
            .event(TimelineEventBuilder(u"e3"_s).category(u"third"_s).sources({u"t3"_s}))
            .event(TimelineEventBuilder(u"e4"_s).sources({u"t4"_s}));
    set.partners.partner(PartnerBuilder(u"p1"_s).sources({u"p"_s}))
            .partner(PartnerBuilder(u"p2"_s).category(u"other"_s).sources({u"p"_s}))
            .partner(PartnerBuilder(u"p3"_s).sources({u"p"_s}))
            .partner(PartnerBuilder(u"p4"_s).sources({u"p"_s}))
            .partner(PartnerBuilder(u"p5"_s).sources({u"p"_s}));
    for (int i = 0; i < 6; ++i)
        set.reviews.review(ReviewBuilder(u"r%1"_s.arg(i)).sources({u"r"_s}));
    return set.content();
}

} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fillsEveryModel();
    void switchesEveryModelsLanguage();
    void saysWhichPartsAreLoading();
};

void TestCatalog::fillsEveryModel()
{
    Catalog catalog;
    QSignalSpy changed(&catalog, &Catalog::contentChanged);
    const ContentSet content = ::content();
    catalog.setContent(content);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(catalog.hardware()->rowCount(), int(content.hardware.items.size()));
    QCOMPARE(catalog.hardwareGroups()->rowCount(), int(content.hardware.groups.size()));
    QCOMPARE(catalog.comparison()->rowCount(), int(content.hardware.metrics.size()));
    QCOMPARE(catalog.memoryFit()->rowCount(), int(content.hardware.modelSizes.size()));
    QCOMPARE(catalog.timeline()->rowCount(), int(content.timeline.items.size()));
    QCOMPARE(catalog.timelineCategories()->rowCount(), int(content.timeline.categories.size()));
    QCOMPARE(catalog.eras()->rowCount(), int(content.timeline.eras.size()));
    QCOMPARE(catalog.partners()->rowCount(), int(content.partners.items.size()));
    QCOMPARE(catalog.partnerCategories()->rowCount(), int(content.partners.categories.size()));
    QCOMPARE(catalog.reviews()->rowCount(), int(content.reviews.items.size()));
    QCOMPARE(catalog.reviewKinds()->rowCount(), int(content.reviews.kinds.size()));
    // s (hardware), t1 to t4, p and r.
    QCOMPARE(catalog.sources()->rowCount(), 7);
    QCOMPARE(catalog.content().partners.items.size(), content.partners.items.size());
}

void TestCatalog::switchesEveryModelsLanguage()
{
    Catalog catalog;
    catalog.setContent(content());
    QList<QAbstractItemModel *> models = {
            catalog.hardware(),  catalog.hardwareGroups(), catalog.comparison(),
            catalog.memoryFit(), catalog.timeline(),       catalog.timelineCategories(),
            catalog.eras(),      catalog.partners(),       catalog.partnerCategories(),
            catalog.reviews(),   catalog.reviewKinds(),    catalog.sources()};
    QList<QSignalSpy *> spies;
    for (QAbstractItemModel *model : models)
        spies.append(new QSignalSpy(model, &QAbstractItemModel::dataChanged));
    QSignalSpy language(&catalog, &Catalog::languageChanged);
    catalog.setLanguage(u"de"_s);
    QCOMPARE(language.count(), 1);
    QCOMPARE(catalog.language(), u"de"_s);
    for (int i = 0; i < spies.size(); ++i)
        QVERIFY2(spies.at(i)->count() == 1, qPrintable(QString::number(i)));
    catalog.setLanguage(u"de"_s);
    QCOMPARE(language.count(), 1);
    qDeleteAll(spies);
}

void TestCatalog::saysWhichPartsAreLoading()
{
    Catalog catalog;
    QSignalSpy loading(&catalog, &Catalog::loadingChanged);
    QSignalSpy changed(&catalog, &Catalog::contentChanged);
    ContentSet pending = content();
    pending.partners = {};
    pending.pending = {ContentFile::Partners};
    catalog.setContent(pending);
    QCOMPARE(loading.count(), 1);
    QVERIFY(catalog.isLoading());
    QVERIFY(catalog.isLoading(ContentFile::Partners));
    QVERIFY(!catalog.isLoading(ContentFile::Timeline));
    QCOMPARE(catalog.partners()->rowCount(), 0);
    // The same parts pending: no change to report.
    catalog.setContent(pending);
    QCOMPARE(loading.count(), 1);
    // They arrive.
    catalog.setContent(content());
    QCOMPARE(loading.count(), 2);
    QCOMPARE(changed.count(), 3);
    QVERIFY(!catalog.isLoading());
    QVERIFY(!catalog.isLoading(ContentFile::Partners));
    QCOMPARE(catalog.partners()->rowCount(), int(content().partners.items.size()));
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
