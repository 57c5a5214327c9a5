#include "partnerfixtures.h"

#include "content/contentloader.h"
#include "models/catalog.h"
#include "models/categorymodel.h"
#include "models/partnermodel.h"
#include "views/partners/partnerdetailpane.h"
#include "views/theme.h"

#include <QImage>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_PartnerDetailPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void overview();
    void partner_data();
    void partner();
    void approximate();
    void accessible();
    void fitsShortPanes();

private:
    QModelIndex indexOf(const QString &id) const;
    Catalog m_catalog;
};

void tst_PartnerDetailPane::initTestCase()
{
    Appearance::loadFonts();
    m_catalog.setContent(ContentLoader::load().content);
}

QModelIndex tst_PartnerDetailPane::indexOf(const QString &id) const
{
    return m_catalog.partners()->index(m_catalog.partners()->rowOf(id));
}

void tst_PartnerDetailPane::overview()
{
    PartnerDetailPane pane;
    pane.setOverview(m_catalog.partnerCategories(), m_catalog.partners());
    pane.resize(500, 800);
    const QString all = pane.texts().join(u'\n');
    QVERIFY(all.contains(QLocale().toString(m_catalog.partners()->rowCount())));
    for (int row = 0; row < m_catalog.partnerCategories()->rowCount(); ++row)
        QVERIFY(all.contains(m_catalog.partnerCategories()->index(row).data().toString()));
}

void tst_PartnerDetailPane::partner_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("product") << u"lenovo"_s
                             << QStringList{u"Lenovo"_s, u"Lenovo ThinkStation PGX"_s,
                                            u"OEM systems"_s};
    QTest::newRow("place and people")
            << u"spacex"_s << QStringList{u"SpaceX"_s, u"Starbase, Texas"_s, u"Elon Musk"_s};
    QTest::newRow("two people") << u"openai"_s << QStringList{u"Sam Altman"_s, u"Greg Brockman"_s};
}

void tst_PartnerDetailPane::partner()
{
    QFETCH(QString, id);
    QFETCH(QStringList, expected);
    PartnerDetailPane pane;
    pane.resize(500, 900);
    const QModelIndex index = indexOf(id);
    pane.setPartner(index);
    const QString all = pane.texts().join(u'\n');
    for (const QString &text : std::as_const(expected))
        QVERIFY2(all.contains(text), qPrintable(text));
    QVERIFY(all.contains(index.data(int(PartnerModel::Role::Description)).toString()));
    // Every fact carries its source.
    QVERIFY(all.contains(index.data(int(PartnerModel::Role::SourceText)).toString()));
    QVERIFY(!all.contains(u"Approximate"_s));
}

void tst_PartnerDetailPane::approximate()
{
    Catalog catalog;
    ContentSet content;
    content.partners = PartnerFixtures::generated(10);
    catalog.setContent(content);
    PartnerDetailPane pane;
    pane.resize(500, 900);
    pane.setPartner(catalog.partners()->index(0)); // low confidence in the fixtures
    QVERIFY(pane.texts().contains(u"Approximate"_s));
    pane.setPartner(catalog.partners()->index(1));
    QVERIFY(!pane.texts().contains(u"Approximate"_s));
}

void tst_PartnerDetailPane::accessible()
{
    PartnerDetailPane pane;
    pane.resize(500, 900);
    pane.setPartner(indexOf(u"zipline"_s));
    QCOMPARE(pane.accessibleName(), u"Zipline"_s);
    QVERIFY(pane.accessibleDescription().contains(u"Jo Mardall"_s));
    pane.setPartner(QModelIndex());
    QVERIFY(!pane.accessibleName().isEmpty());
}

void tst_PartnerDetailPane::fitsShortPanes()
{
    // A short pane still paints (type steps down) without running past it.
    PartnerDetailPane pane;
    pane.resize(1000, 260);
    pane.setPartner(indexOf(u"lenovo"_s));
    QImage image(pane.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::black);
    pane.render(&image);
    QVERIFY(image.pixelColor(40, 40) != QColor(Qt::black));
}

QTEST_MAIN(tst_PartnerDetailPane)
#include "tst_partnerdetailpane.moc"
