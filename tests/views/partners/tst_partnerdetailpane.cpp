#include "partnerfixtures.h"
#include "sourceurls.h"

#include "contentbuilder.h"
#include "models/catalog.h"
#include "models/categorymodel.h"
#include "models/partnermodel.h"
#include "views/common/linkopener.h"
#include "views/common/qrtile.h"
#include "views/common/sourcelinks.h"
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
    void linksEveryPartnersSources();
    void showsAQrCodeForEveryPartner_data();
    void showsAQrCodeForEveryPartner();

private:
    QModelIndex indexOf(const QString &id) const;
    Catalog m_catalog;
};

void tst_PartnerDetailPane::initTestCase()
{
    Appearance::loadFonts();
    using namespace Fixtures;
    ContentSetBuilder set;
    set.partners.category(u"oem"_s, text(u"OEM systems"_s))
            .category(u"industry"_s, text(u"Industry"_s))
            .partner(PartnerBuilder(u"box-maker"_s)
                             .name(u"Box Maker"_s)
                             .category(u"oem"_s)
                             .product(u"Box Maker Station"_s))
            .partner(PartnerBuilder(u"rockets"_s)
                             .name(u"Rocket Company"_s)
                             .category(u"industry"_s)
                             .place(u"Harbour, Texas"_s)
                             .people({u"A Rocket Builder"_s}))
            .partner(PartnerBuilder(u"lab"_s)
                             .name(u"An AI Lab"_s)
                             .category(u"industry"_s)
                             .people({u"A Chief Executive"_s, u"A President"_s}))
            .partner(PartnerBuilder(u"drones"_s)
                             .name(u"Drone Delivery"_s)
                             .category(u"industry"_s)
                             .people({u"A Drone Engineer"_s}));
    m_catalog.setContent(set.content());
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
    QTest::newRow("product") << u"box-maker"_s
                             << QStringList{u"Box Maker"_s, u"Box Maker Station"_s,
                                            u"OEM systems"_s};
    QTest::newRow("place and people")
            << u"rockets"_s
            << QStringList{u"Rocket Company"_s, u"Harbour, Texas"_s, u"A Rocket Builder"_s};
    QTest::newRow("two people") << u"lab"_s
                                << QStringList{u"A Chief Executive"_s, u"A President"_s};
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
    pane.setPartner(indexOf(u"drones"_s));
    QCOMPARE(pane.accessibleName(), u"Drone Delivery"_s);
    QVERIFY(pane.accessibleDescription().contains(u"A Drone Engineer"_s));
    pane.setPartner(QModelIndex());
    QVERIFY(!pane.accessibleName().isEmpty());
}

void tst_PartnerDetailPane::fitsShortPanes()
{
    // A short pane still paints (type steps down) without running past it.
    PartnerDetailPane pane;
    pane.resize(1000, 260);
    pane.setPartner(indexOf(u"box-maker"_s));
    QVERIFY(pane.partner().isValid());
    QImage image(pane.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::black);
    pane.render(&image);
    QVERIFY(image.pixelColor(40, 40) != QColor(Qt::black));
}

namespace {

QStringList partnerUrls(const QModelIndex &index)
{
    return sourceUrls(index, int(PartnerModel::Role::Sources));
}

} // namespace

void tst_PartnerDetailPane::linksEveryPartnersSources()
{
    PartnerDetailPane pane;
    pane.setOverview(m_catalog.partnerCategories(), m_catalog.partners());
    pane.setSourceStyle(SourceStyle::Links);
    pane.resize(540, 860);
    QList<QUrl> opened;
    ScopedLinkHandler handler([&](const QUrl &url) {
        opened.append(url);
        return true;
    });
    PartnerModel *model = m_catalog.partners();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row);
        pane.setPartner(index);
        const QByteArray id = index.data(int(PartnerModel::Role::Id)).toString().toUtf8();
        SourceLinks *links = pane.sourceLinks();
        QVERIFY2(links->isVisibleTo(&pane), id.constData());
        QCOMPARE(links->urls(), partnerUrls(index));
        QVERIFY2(!links->urls().isEmpty(), id.constData());
        QVERIFY2(pane.rect().contains(links->geometry()), id.constData());
        // Screen readers still hear the sources in the pane's text.
        QVERIFY(pane.texts().join(u'\n').contains(links->links().constFirst()->citation()));
        opened.clear();
        links->links().constFirst()->click();
        QCOMPARE(opened, QList<QUrl>{QUrl(partnerUrls(index).constFirst())});
    }
    pane.setPartner(QModelIndex());
    QVERIFY(!pane.sourceLinks()->isVisibleTo(&pane));
}

void tst_PartnerDetailPane::showsAQrCodeForEveryPartner_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("beside");
    // The pane of a 1080p landscape kiosk, tall and narrow: the code beneath
    // the text; of a portrait one, wide and short: the code beside it.
    QTest::newRow("landscape") << QSize(540, 860) << false;
    QTest::newRow("portrait") << QSize(1000, 480) << true;
}

void tst_PartnerDetailPane::showsAQrCodeForEveryPartner()
{
    QFETCH(QSize, size);
    QFETCH(bool, beside);
    PartnerDetailPane pane;
    pane.setOverview(m_catalog.partnerCategories(), m_catalog.partners());
    pane.setSourceStyle(SourceStyle::QrCode);
    pane.resize(size);
    PartnerModel *model = m_catalog.partners();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row);
        pane.setPartner(index);
        const QByteArray id = index.data(int(PartnerModel::Role::Id)).toString().toUtf8();
        QrTile *tile = pane.qrTile();
        QVERIFY2(tile->isVisibleTo(&pane), id.constData());
        QCOMPARE(tile->url(), partnerUrls(index).constFirst());
        QVERIFY2(pane.rect().contains(tile->geometry()), id.constData());
        QCOMPARE(tile->geometry().top() < pane.height() / 3, beside);
        QVERIFY(pane.texts().join(u'\n').contains(u"Source: "_s));
    }
}

QTEST_MAIN(tst_PartnerDetailPane)
#include "tst_partnerdetailpane.moc"
