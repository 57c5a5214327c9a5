#include "content/contentloader.h"
#include "views/common/qrtile.h"
#include "views/theme.h"

#include "colorcontrast.h"
#include "qrdecoder.h"

#include <QAccessible>
#include <QImage>
#include <QPainter>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Every web address the bundled content cites.
QStringList bundledUrls()
{
    const ContentSet content = ContentLoader::load().content;
    QSet<QString> urls;
    for (const std::vector<Source> *list : {&content.hardware.sources, &content.timeline.sources,
                                            &content.partners.sources, &content.reviews.sources}) {
        for (const Source &source : *list) {
            if (!source.url.isEmpty())
                urls.insert(source.url);
        }
    }
    QStringList sorted(urls.begin(), urls.end());
    sorted.sort();
    return sorted;
}

// The tile as a screen shows it: on the theme's background, at \a ratio.
QImage shot(QrTile &tile, double ratio)
{
    QImage image((QSizeF(tile.size() + QSize(80, 80)) * ratio).toSize(), QImage::Format_RGB32);
    image.setDevicePixelRatio(ratio);
    image.fill(Appearance::instance()->theme().background);
    QPainter painter(&image);
    tile.render(&painter, QPoint(40, 40));
    return image;
}

} // namespace

class TestQrTile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void scansFromAMetre();
    void keepsAQuietZone();
    void sitsOnWholePixels();
    void darkOnLightInEveryTheme();
    void readsBackInEveryTheme_data();
    void readsBackInEveryTheme();
    void namesItsAddress();
    void emptyWithoutAnAddress();
};

void TestQrTile::initTestCase()
{
    Appearance::loadFonts();
    QVERIFY(bundledUrls().size() > 20);
}

void TestQrTile::cleanupTestCase()
{
    Appearance::instance()->setTheme(Theme::Id::Dark);
}

void TestQrTile::scansFromAMetre()
{
    // At the scale of a 1080p screen the modules take at least 200 pixels: on
    // a 43-inch screen (0.5 mm a pixel) about 10 cm, a tenth of a metre.
    QrTile tile;
    tile.setScale(1.0);
    for (const QString &url : bundledUrls()) {
        tile.setUrl(url);
        QVERIFY2(tile.codeRect().width() >= QrTile::TargetCodeSide, qPrintable(url));
        QVERIFY2(tile.codeRect().width() <= QrTile::TargetCodeSide * 13 / 10, qPrintable(url));
        QCOMPARE(tile.codeRect().width(), tile.code().size() * tile.moduleSize());
        QCOMPARE(tile.sizeHint(), QrTile::sizeFor(url, 1.0));
    }
    // Larger screens, larger codes.
    tile.setScale(2.0);
    QVERIFY(tile.codeRect().width() >= 2 * QrTile::TargetCodeSide);
}

void TestQrTile::keepsAQuietZone()
{
    QrTile tile;
    tile.setUrl(
            u"https://forums.developer.nvidia.com/t/2-23-2026-price-change-announcement/361713"_s);
    tile.resize(tile.sizeHint());
    const QRect code = tile.codeRect();
    const int quiet = QrCode::QuietZone * tile.moduleSize();
    QVERIFY(code.left() >= quiet);
    QVERIFY(code.top() >= quiet);
    QVERIFY(tile.width() - 1 - code.right() >= quiet);
    // The host name sits beneath the quiet zone.
    QVERIFY(tile.height() - 1 - code.bottom() > quiet);
    // Nothing dark in the quiet zone.
    QImage image(tile.size(), QImage::Format_RGB32);
    image.fill(Qt::red);
    tile.render(&image);
    const QColor light = QrTile::lightColor(Appearance::instance()->theme());
    for (int x = code.left() - quiet + 2; x < code.right() + quiet - 2; x += 3) {
        QCOMPARE(image.pixelColor(x, code.top() - quiet / 2), light);
        QCOMPARE(image.pixelColor(x, code.bottom() + quiet / 2), light);
    }
}

void TestQrTile::sitsOnWholePixels()
{
    QrTile tile;
    tile.setUrl(u"https://blogs.nvidia.com/blog/live-dgx-spark-delivery/"_s);
    for (double scale : {0.6, 0.74, 1.0, 1.5, 2.0}) {
        tile.setScale(scale);
        QVERIFY(tile.moduleSize() >= 2);
        const QRect code = tile.codeRect();
        QCOMPARE(code.width() % tile.moduleSize(), 0);
        QCOMPARE(code.width(), code.height());
    }
}

void TestQrTile::darkOnLightInEveryTheme()
{
    for (Theme::Id id : {Theme::Id::Dark, Theme::Id::Light, Theme::Id::HighContrast}) {
        const Theme theme = Theme::fromId(id);
        const double ratio =
                ColorContrast::ratio(QrTile::darkColor(theme), QrTile::lightColor(theme));
        QVERIFY2(ratio >= 15, qPrintable(Theme::idName(id) + u": "_s + QString::number(ratio)));
        QVERIFY(ColorContrast::relativeLuminance(QrTile::lightColor(theme)) >
                ColorContrast::relativeLuminance(QrTile::darkColor(theme)));
    }
}

void TestQrTile::readsBackInEveryTheme_data()
{
    QTest::addColumn<int>("theme");
    QTest::addColumn<double>("ratio");
    for (Theme::Id id : {Theme::Id::Dark, Theme::Id::Light, Theme::Id::HighContrast}) {
        for (double ratio : {1.0, 2.0}) {
            QTest::addRow("%s@%gx", qPrintable(Theme::idName(id)), ratio) << int(id) << ratio;
        }
    }
}

void TestQrTile::readsBackInEveryTheme()
{
    QFETCH(int, theme);
    QFETCH(double, ratio);
    if (QrDecoder::program().isEmpty())
        QFAIL("zbarimg is missing: install zbar-tools (scripts/dev test does)");
    Appearance::instance()->setTheme(Theme::Id(theme));
    const QString url = u"https://www.theregister.com/2025/10/14/dgx_spark_review/"_s;
    QrTile tile;
    tile.setUrl(url);
    tile.resize(tile.sizeHint());
    QString error;
    QCOMPARE(QrDecoder::decode(shot(tile, ratio), &error), QStringList{url});
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestQrTile::namesItsAddress()
{
    const QString url = u"https://lmsys.org/blog/2025-10-13-nvidia-dgx-spark/"_s;
    QrTile tile;
    tile.setUrl(url);
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(&tile);
    QVERIFY(accessible);
    QCOMPARE(accessible->role(), QAccessible::Graphic);
    QVERIFY(!accessible->text(QAccessible::Name).isEmpty());
    QVERIFY2(accessible->text(QAccessible::Description).contains(url),
             qPrintable(accessible->text(QAccessible::Description)));
    QCOMPARE(tile.toolTip(), url);
    QCOMPARE(tile.url(), url);
}

void TestQrTile::emptyWithoutAnAddress()
{
    QrTile tile;
    QVERIFY(tile.isEmpty());
    QCOMPARE(tile.sizeHint(), QSize(0, 0));
    QCOMPARE(QrTile::sizeFor(QString(), 1.0), QSize(0, 0));
    QVERIFY(tile.accessibleDescription().isEmpty());
    tile.setUrl(u"https://example.com/"_s);
    QVERIFY(!tile.isEmpty());
    tile.setUrl(QString());
    QVERIFY(tile.isEmpty());
}

QTEST_MAIN(TestQrTile)
#include "tst_qrtile.moc"
