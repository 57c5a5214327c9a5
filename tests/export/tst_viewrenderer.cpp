#include "export/viewrenderer.h"

#include "content/contentloader.h"
#include "models/catalog.h"
#include "models/hardwaremodel.h"
#include "views/common/qrtile.h"
#include "views/common/sourcelinks.h"
#include "views/language.h"
#include "views/showcaseview.h"
#include "views/theme.h"
#include "views/viewregistry.h"

#include <QApplication>
#include <QScopeGuard>
#include <QSvgRenderer>
#include <QTest>

#include "qrdecoder.h"

#include <memory>

using namespace Qt::StringLiterals;

class TestViewRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyView_data();
    void everyView();
    void scaleDoublesPixels();
    void scaleDrawsSharper();
    void sameViewSameBytes();
    void itemChangesOutput();
    void unknownItem();
    void unknownView();
    void pdfIsValidDocument();
    void svgIsValidDocument();
    void removePdfDates_data();
    void removePdfDates();
    void arabicIsRightToLeft();
    void citationsByDefault();
    void everyCardWithASourceShowsACode_data();
    void everyCardWithASourceShowsACode();
    void codesReadBackInEveryTheme_data();
    void codesReadBackInEveryTheme();

private:
    QString hardwareItem() const;

    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<Language> m_language;
};

void TestViewRenderer::initTestCase()
{
    Appearance::loadFonts();
    m_catalog = std::make_unique<Catalog>();
    m_catalog->setContent(ContentLoader::load().content);
    m_language = std::make_unique<Language>(m_catalog.get());
    QVERIFY(m_language->setLanguage(u"en"_s));
    Appearance::instance()->setTheme(Theme::Id::Dark);
    Appearance::instance()->setReducedMotion(true);
    Appearance::instance()->apply(qApp);
}

QString TestViewRenderer::hardwareItem() const
{
    return m_catalog->hardware()->index(3, 0).data(int(HardwareModel::Role::Id)).toString();
}

void TestViewRenderer::everyView_data()
{
    QTest::addColumn<QString>("view");
    for (const QString &name : ViewRegistry::names())
        QTest::newRow(qPrintable(name)) << name;
}

void TestViewRenderer::everyView()
{
    QFETCH(QString, view);
    const ViewRenderer renderer(view, m_catalog.get(), QSize(640, 360));
    QVERIFY(renderer.isValid());
    QCOMPARE(renderer.view()->name(), view);
    QCOMPARE(renderer.view()->size(), QSize(640, 360));
    const QImage image = renderer.renderImage(1.0);
    QCOMPARE(image.size(), QSize(640, 360));
    QVERIFY(!image.hasAlphaChannel());
    // Something was drawn beyond the background.
    const QRgb background = Appearance::instance()->theme().background.rgb();
    bool drawn = false;
    for (int y = 0; y < image.height() && !drawn; y += 3) {
        for (int x = 0; x < image.width() && !drawn; x += 3)
            drawn = image.pixel(x, y) != background;
    }
    QVERIFY(drawn);
}

void TestViewRenderer::scaleDoublesPixels()
{
    const ViewRenderer renderer(u"timeline"_s, m_catalog.get(), QSize(1920, 1080));
    const QImage one = renderer.renderImage(1.0);
    const QImage two = renderer.renderImage(2.0);
    QCOMPARE(one.size(), QSize(1920, 1080));
    QCOMPARE(two.size(), QSize(3840, 2160));
    QCOMPARE(two.devicePixelRatio(), 2.0);
    QCOMPARE(two.deviceIndependentSize(), QSizeF(1920, 1080));
    // 96 dpi at 1x, 192 at 2x: the file shows at its logical size.
    QCOMPARE(one.dotsPerMeterX(), 3780);
    QCOMPARE(two.dotsPerMeterX(), 7559);
    QCOMPARE(renderer.renderImage(1.5).size(), QSize(2880, 1620));
}

void TestViewRenderer::scaleDrawsSharper()
{
    // A 2x render draws text at the full resolution: it is not the 1x picture
    // blown up, which would have only the 1x picture's detail.
    const ViewRenderer renderer(u"hardware"_s, m_catalog.get(), QSize(480, 270));
    const QImage one = renderer.renderImage(1.0);
    const QImage two = renderer.renderImage(2.0);
    const QImage blownUp = one.scaled(two.size(), Qt::IgnoreAspectRatio, Qt::FastTransformation)
                                   .convertToFormat(two.format());
    QVERIFY(two != blownUp);
    QSet<QRgb> colours;
    for (int y = 0; y < two.height(); ++y) {
        for (int x = 0; x < two.width(); ++x)
            colours.insert(two.pixel(x, y));
    }
    QVERIFY2(colours.size() > 8, "text is antialiased, not a handful of flat colours");
}

void TestViewRenderer::sameViewSameBytes()
{
    const ViewRenderer first(u"partners"_s, m_catalog.get(), QSize(800, 600));
    const ViewRenderer second(u"partners"_s, m_catalog.get(), QSize(800, 600));
    QCOMPARE(first.renderImage(1.0), second.renderImage(1.0));
    QCOMPARE(first.renderPdf(u"Partners"_s), second.renderPdf(u"Partners"_s));
    QCOMPARE(first.renderSvg(u"Partners"_s), second.renderSvg(u"Partners"_s));
}

void TestViewRenderer::itemChangesOutput()
{
    const QString item = hardwareItem();
    QVERIFY(!item.isEmpty());
    const ViewRenderer plain(u"hardware"_s, m_catalog.get(), QSize(800, 600));
    ViewRenderer selected(u"hardware"_s, m_catalog.get(), QSize(800, 600));
    QVERIFY(selected.selectItem(item));
    QCOMPARE(selected.view()->currentItem(), item);
    QVERIFY(plain.renderImage(1.0) != selected.renderImage(1.0));
}

void TestViewRenderer::unknownItem()
{
    ViewRenderer renderer(u"hardware"_s, m_catalog.get(), QSize(320, 200));
    QVERIFY(!renderer.selectItem(u"no-such-item"_s));
    QVERIFY(renderer.view()->currentItem().isEmpty());
}

void TestViewRenderer::unknownView()
{
    QTest::ignoreMessage(QtWarningMsg, "There is no view named \"kitchen\"");
    const ViewRenderer renderer(u"kitchen"_s, m_catalog.get(), QSize(320, 200));
    QVERIFY(!renderer.isValid());
    QVERIFY(renderer.renderImage(1.0).isNull());
    QVERIFY(renderer.renderPdf(u"x"_s).isEmpty());
    QVERIFY(renderer.renderSvg(u"x"_s).isEmpty());
}

void TestViewRenderer::pdfIsValidDocument()
{
    const ViewRenderer renderer(u"reviews"_s, m_catalog.get(), QSize(1920, 1080));
    QString error;
    const QByteArray pdf = renderer.renderPdf(u"Reviews · Spark Showcase"_s, &error);
    QVERIFY2(!pdf.isEmpty(), qPrintable(error));
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));
    // One page of 1920x1080 logical pixels at 96 per inch, in points.
    QVERIFY(pdf.contains("/MediaBox [0 0 1440"));
    QVERIFY(pdf.contains(" 810"));
    QVERIFY(!pdf.contains("/CreationDate"));
    QVERIFY(!pdf.contains("xmp:CreateDate"));
    // Vector: text is set in an embedded font, not painted into a picture.
    QVERIFY(pdf.contains("/FontFile"));
}

void TestViewRenderer::svgIsValidDocument()
{
    const ViewRenderer renderer(u"timeline"_s, m_catalog.get(), QSize(1080, 1920));
    QString error;
    const QByteArray svg = renderer.renderSvg(u"Timeline"_s, &error);
    QVERIFY2(!svg.isEmpty(), qPrintable(error));
    QSvgRenderer parsed(svg);
    QVERIFY(parsed.isValid());
    QCOMPARE(parsed.viewBox(), QRect(0, 0, 1080, 1920));
    QVERIFY(svg.contains("viewBox=\"0 0 1080 1920\""));
    QVERIFY(svg.contains("<title>Timeline</title>"));
    QVERIFY(svg.contains("<text"));
}

void TestViewRenderer::removePdfDates_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<int>("removed");

    QTest::newRow("local time")
            << QByteArray("<<\n/Title (x)\n/CreationDate (D:20250612143055+02'00')\n>>")
            << QByteArray("<<\n/Title (x)\n                                       \n>>") << 1;
    QTest::newRow("utc") << QByteArray("/CreationDate (D:20250612143055Z)/ModDate (D:1)")
                         << QByteArray(47, ' ') << 2;
    QTest::newRow("none") << QByteArray("<< /Title (x) >>") << QByteArray("<< /Title (x) >>") << 0;
}

void TestViewRenderer::removePdfDates()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QFETCH(int, removed);
    QByteArray pdf = input;
    QCOMPARE(ViewRenderer::removePdfDates(&pdf), removed);
    QCOMPARE(pdf, expected);
    QCOMPARE(pdf.size(), input.size());
}

void TestViewRenderer::arabicIsRightToLeft()
{
    if (!Language::isAvailable(u"ar"_s))
        QSKIP("Arabic is not compiled in");
    QVERIFY(m_language->setLanguage(u"ar"_s));
    const ViewRenderer arabic(u"partners"_s, m_catalog.get(), QSize(640, 360));
    QCOMPARE(arabic.view()->layoutDirection(), Qt::RightToLeft);
    const QImage mirrored = arabic.renderImage(1.0);
    QVERIFY(m_language->setLanguage(u"en"_s));
    const ViewRenderer english(u"partners"_s, m_catalog.get(), QSize(640, 360));
    QCOMPARE(english.view()->layoutDirection(), Qt::LeftToRight);
    QVERIFY(english.renderImage(1.0) != mirrored);
}

namespace {

// The visible QR tile of a view, if any: a view shows at most one.
QrTile *visibleTile(QWidget *view)
{
    for (QrTile *tile : view->findChildren<QrTile *>()) {
        if (tile->isVisibleTo(view))
            return tile;
    }
    return nullptr;
}

// The address of the first source of \a id with one, whatever the view.
QString firstUrl(const Catalog &catalog, const QString &id)
{
    const ContentSet &content = catalog.content();
    QStringList ids;
    const std::vector<Source> *sources = nullptr;
    for (const HardwareItem &item : content.hardware.items) {
        if (item.id == id) {
            ids = item.sources;
            sources = &content.hardware.sources;
        }
    }
    for (const TimelineEvent &event : content.timeline.items) {
        if (event.id == id) {
            ids = event.sources;
            sources = &content.timeline.sources;
        }
    }
    for (const Partner &partner : content.partners.items) {
        if (partner.id == id) {
            ids = partner.sources;
            sources = &content.partners.sources;
        }
    }
    for (const Review &review : content.reviews.items) {
        if (review.id == id) {
            ids = review.sources;
            sources = &content.reviews.sources;
        }
    }
    for (const QString &source : ids) {
        for (const Source &known : *sources) {
            if (known.id == source && !known.url.isEmpty())
                return known.url;
        }
    }
    return {};
}

QStringList itemsOf(const Catalog &catalog, const QString &view)
{
    const ContentSet &content = catalog.content();
    QStringList ids;
    if (view == u"hardware") {
        for (const HardwareItem &item : content.hardware.items)
            ids << item.id;
    } else if (view == u"timeline") {
        for (const TimelineEvent &event : content.timeline.items)
            ids << event.id;
    } else if (view == u"partners") {
        for (const Partner &partner : content.partners.items)
            ids << partner.id;
    } else {
        // The quote wall's cards are small: the featured quote carries the code.
        for (const Review &review : content.reviews.items) {
            if (review.featured)
                ids << review.id;
        }
    }
    return ids;
}

} // namespace

void TestViewRenderer::citationsByDefault()
{
    // An export shows citations in words unless asked for codes; never links.
    for (const QString &view : ViewRegistry::names()) {
        ViewRenderer renderer(view, m_catalog.get(), QSize(1280, 800));
        QCOMPARE(renderer.view()->sourceStyle(), SourceStyle::Text);
        renderer.selectItem(itemsOf(*m_catalog, view).constFirst());
        QVERIFY2(!visibleTile(renderer.view()), qPrintable(view));
        for (SourceLinks *links : renderer.view()->findChildren<SourceLinks *>())
            QVERIFY(!links->isVisibleTo(renderer.view()));
    }
}

void TestViewRenderer::everyCardWithASourceShowsACode_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<QSize>("size");
    for (const QString &name : ViewRegistry::names()) {
        QTest::addRow("%s 1920x1080", qPrintable(name)) << name << QSize(1920, 1080);
        QTest::addRow("%s 1080x1920", qPrintable(name)) << name << QSize(1080, 1920);
    }
}

void TestViewRenderer::everyCardWithASourceShowsACode()
{
    QFETCH(QString, view);
    QFETCH(QSize, size);
    ViewRenderer renderer(view, m_catalog.get(), size, SourceStyle::QrCode);
    for (const QString &id : itemsOf(*m_catalog, view)) {
        QVERIFY2(renderer.selectItem(id), qPrintable(id));
        QrTile *tile = visibleTile(renderer.view());
        QVERIFY2(tile, qPrintable(id));
        QCOMPARE(tile->url(), firstUrl(*m_catalog, id));
        // Whole, on screen.
        const QRect onView(tile->mapTo(renderer.view(), QPoint()), tile->size());
        QVERIFY2(renderer.view()->rect().contains(onView), qPrintable(id));
    }
}

void TestViewRenderer::codesReadBackInEveryTheme_data()
{
    QTest::addColumn<int>("theme");
    QTest::addColumn<QString>("view");
    QTest::addColumn<QString>("item");
    QTest::addColumn<QSize>("size");
    // An item of each view, whichever the content holds first.
    for (Theme::Id id : {Theme::Id::Dark, Theme::Id::Light, Theme::Id::HighContrast}) {
        for (const QString &view : ViewRegistry::names()) {
            QTest::addRow("%s %s", qPrintable(Theme::idName(id)), qPrintable(view))
                    << int(id) << view << itemsOf(*m_catalog, view).constFirst()
                    << QSize(1920, 1080);
        }
    }
    QTest::addRow("portrait timeline")
            << int(Theme::Id::Dark) << u"timeline"_s
            << itemsOf(*m_catalog, u"timeline"_s).constLast() << QSize(1080, 1920);
}

void TestViewRenderer::codesReadBackInEveryTheme()
{
    QFETCH(int, theme);
    QFETCH(QString, view);
    QFETCH(QString, item);
    QFETCH(QSize, size);
    if (QrDecoder::program().isEmpty())
        QFAIL("zbarimg is missing: install zbar-tools (scripts/dev test does)");
    Appearance::instance()->setTheme(Theme::Id(theme));
    const auto restore = qScopeGuard([] { Appearance::instance()->setTheme(Theme::Id::Dark); });
    ViewRenderer renderer(view, m_catalog.get(), size, SourceStyle::QrCode);
    QVERIFY(renderer.selectItem(item));
    QString error;
    const QStringList decoded = QrDecoder::decode(renderer.renderImage(1.0), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(decoded, QStringList{firstUrl(*m_catalog, item)});
}

QTEST_MAIN(TestViewRenderer)
#include "tst_viewrenderer.moc"
