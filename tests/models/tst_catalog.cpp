#include "content/contentloader.h"
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

class TestCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fillsEveryModel();
    void switchesEveryModelsLanguage();
};

void TestCatalog::fillsEveryModel()
{
    Catalog catalog;
    QSignalSpy changed(&catalog, &Catalog::contentChanged);
    const ContentSet content = ContentLoader::load().content;
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
    QVERIFY(catalog.sources()->rowCount() > 10);
    QCOMPARE(catalog.content().partners.items.size(), content.partners.items.size());
}

void TestCatalog::switchesEveryModelsLanguage()
{
    Catalog catalog;
    catalog.setContent(ContentLoader::load().content);
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

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
