#include "content/contentloader.h"
#include "models/catalog.h"
#include "views/hardware/hardwareview.h"
#include "views/theme.h"

#include <QImage>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// How long the Hardware view takes to paint itself into an image, as the
// exporter and a kiosk repaint do. Goal: under 8 ms at 1920 x 1080.
class BenchHardwareView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void paint_data();
    void paint();

private:
    Catalog m_catalog;
};

void BenchHardwareView::initTestCase()
{
    Appearance::loadFonts();
    m_catalog.setContent(ContentLoader::load().content);
}

void BenchHardwareView::paint_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("page");
    QTest::newRow("1920x1080 specifications")
            << QSize(1920, 1080) << int(HardwareView::Page::Specifications);
    QTest::newRow("1920x1080 then and now")
            << QSize(1920, 1080) << int(HardwareView::Page::ThenAndNow);
    QTest::newRow("1920x1080 memory") << QSize(1920, 1080) << int(HardwareView::Page::MemoryFit);
    QTest::newRow("3840x2160 specifications")
            << QSize(3840, 2160) << int(HardwareView::Page::Specifications);
}

void BenchHardwareView::paint()
{
    QFETCH(QSize, size);
    QFETCH(int, page);
    HardwareView view(&m_catalog);
    view.resize(size);
    view.selectItem(u"gb10"_s);
    view.setPage(HardwareView::Page(page));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    view.render(&image); // lay out once, outside the measurement
    QBENCHMARK
    {
        view.render(&image);
    }
}

QTEST_MAIN(BenchHardwareView)
#include "bench_hardwareview.moc"
