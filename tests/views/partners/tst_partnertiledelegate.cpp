#include "content/contentloader.h"
#include "models/catalog.h"
#include "models/partnermodel.h"
#include "views/partners/partnertiledelegate.h"
#include "views/theme.h"

#include <QImage>
#include <QPainter>
#include <QStyleOptionViewItem>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_PartnerTileDelegate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void uniformSize();
    void tileHeightScales_data();
    void tileHeightScales();
    void drawLinesElides();
    void paintsMonogramInCategoryColour();

private:
    Catalog m_catalog;
};

void tst_PartnerTileDelegate::initTestCase()
{
    Appearance::loadFonts();
    m_catalog.setContent(ContentLoader::load().content);
}

void tst_PartnerTileDelegate::uniformSize()
{
    PartnerTileDelegate delegate;
    delegate.setTileSize(QSize(300, 240));
    const QStyleOptionViewItem option;
    for (int row = 0; row < m_catalog.partners()->rowCount(); ++row)
        QCOMPARE(delegate.sizeHint(option, m_catalog.partners()->index(row)), QSize(300, 240));
}

void tst_PartnerTileDelegate::tileHeightScales_data()
{
    QTest::addColumn<double>("small");
    QTest::addColumn<double>("large");
    QTest::newRow("laptop to 1080p") << 0.74 << 1.0;
    QTest::newRow("1080p to 4K") << 1.0 << 2.0;
}

void tst_PartnerTileDelegate::tileHeightScales()
{
    QFETCH(double, small);
    QFETCH(double, large);
    QVERIFY(PartnerTileDelegate::tileHeight(large) > PartnerTileDelegate::tileHeight(small));
    QVERIFY(PartnerTileDelegate::minimumTileWidth(large) >
            PartnerTileDelegate::minimumTileWidth(small));
}

void tst_PartnerTileDelegate::drawLinesElides()
{
    QImage image(400, 200, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    const QFont font = Appearance::instance()->font(Typography::Role::Body, 1.0);
    const QFontMetrics metrics(font);
    const QString text = u"Named by NVIDIA among the software partners of DGX Spark at launch."_s;
    const int one = PartnerTileDelegate::drawLines(&painter, QRect(0, 0, 120, 200), font, text, 1,
                                                   Qt::LeftToRight);
    const int two = PartnerTileDelegate::drawLines(&painter, QRect(0, 0, 120, 200), font, text, 2,
                                                   Qt::LeftToRight);
    QCOMPARE(one, metrics.lineSpacing());
    QCOMPARE(two, 2 * metrics.lineSpacing());
    QCOMPARE(PartnerTileDelegate::drawLines(&painter, QRect(0, 0, 120, 200), font, QString(), 2,
                                            Qt::LeftToRight),
             0);
}

void tst_PartnerTileDelegate::paintsMonogramInCategoryColour()
{
    PartnerTileDelegate delegate;
    delegate.setTileSize(QSize(300, PartnerTileDelegate::tileHeight(1.0)));
    // The first partner, whichever the content holds first.
    const QModelIndex first = m_catalog.partners()->index(0);
    QStyleOptionViewItem option;
    option.rect = QRect(QPoint(0, 0), delegate.tileSize());
    option.direction = Qt::LeftToRight;
    QImage image(option.rect.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::black);
    QPainter painter(&image);
    delegate.paint(&painter, option, first);
    painter.end();
    // The foot of the monogram square carries the category colour.
    const QColor color = Appearance::instance()->theme().category(
            first.data(int(PartnerModel::Role::CategoryIndex)).toInt());
    bool found = false;
    for (int y = 0; y < image.height() && !found; ++y) {
        for (int x = 0; x < 150 && !found; ++x)
            found = image.pixelColor(x, y) == color;
    }
    QVERIFY(found);
}

QTEST_MAIN(tst_PartnerTileDelegate)
#include "tst_partnertiledelegate.moc"
