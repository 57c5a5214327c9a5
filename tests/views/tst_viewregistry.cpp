#include "views/viewregistry.h"

#include "content/contentloader.h"
#include "models/catalog.h"
#include "views/showcaseview.h"

#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestViewRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_catalog.setContent(ContentLoader::load().content); }
    void namesTheFourViews();
    void createsEveryView();
    void findsItems_data();
    void findsItems();

private:
    Catalog m_catalog;
};

void TestViewRegistry::namesTheFourViews()
{
    QCOMPARE(ViewRegistry::names(),
             (QStringList{u"hardware"_s, u"timeline"_s, u"partners"_s, u"reviews"_s}));
    QVERIFY(ViewRegistry::contains(u"reviews"_s));
    QVERIFY(!ViewRegistry::contains(u"gallery"_s));
    QCOMPARE(ViewRegistry::title(u"timeline"_s), u"Timeline"_s);
}

void TestViewRegistry::createsEveryView()
{
    for (const QString &name : ViewRegistry::names()) {
        std::unique_ptr<ShowcaseView> view(ViewRegistry::create(name, &m_catalog));
        QVERIFY(view);
        QCOMPARE(view->name(), name);
        QCOMPARE(view->title(), ViewRegistry::title(name));
        QCOMPARE(view->catalog(), &m_catalog);
    }
    QCOMPARE(ViewRegistry::create(u"gallery"_s, &m_catalog), nullptr);
}

void TestViewRegistry::findsItems_data()
{
    QTest::addColumn<QString>("item");
    QTest::addColumn<QString>("view");
    // The last item of each view, whichever the content holds.
    const ContentSet &content = m_catalog.content();
    QTest::newRow("part") << content.hardware.items.back().id << u"hardware"_s;
    QTest::newRow("event") << content.timeline.items.back().id << u"timeline"_s;
    QTest::newRow("partner") << content.partners.items.back().id << u"partners"_s;
    QTest::newRow("quote") << content.reviews.items.back().id << u"reviews"_s;
    QTest::newRow("nothing") << u"flux-capacitor"_s << QString();
}

void TestViewRegistry::findsItems()
{
    QFETCH(QString, item);
    QFETCH(QString, view);
    QCOMPARE(ViewRegistry::viewOfItem(m_catalog, item), view);
    for (const QString &name : ViewRegistry::names())
        QCOMPARE(ViewRegistry::hasItem(name, m_catalog, item), name == view);
}

QTEST_MAIN(TestViewRegistry)
#include "tst_viewregistry.moc"
