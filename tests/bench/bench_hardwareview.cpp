#include "content/contentloader.h"
#include "models/catalog.h"
#include "views/hardware/hardwarediagramlayout.h"
#include "views/hardware/hardwareview.h"
#include "views/theme.h"

#include <QImage>
#include <QTest>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// The bundled hardware content with its items replaced by \a count generated
// ones, inside the 100 x 100 design space as the content format requires.
// Parts: a chassis around them all, then boards (superchips) of nine parts
// each in a grid on its top face, every shape in turn, and a row of connectors
// on the rear panel; one name in three long enough to wrap. Specs: rows of the
// spec table without a place in the diagram, as a long spec sheet would be.
enum class Generated { Parts, Specs };

HardwareContent generated(HardwareContent content, int count, Generated kind)
{
    const QString group = content.groups.front().id;
    const QString source = content.sources.front().id;
    content.items.clear();
    content.items.reserve(static_cast<size_t>(count));
    const auto add = [&](const QString &name, std::optional<DiagramPlacement> diagram) {
        const int i = static_cast<int>(content.items.size());
        HardwareItem item;
        item.id = u"generated-%1"_s.arg(i);
        item.kind = diagram ? HardwareKind::Part : HardwareKind::Spec;
        item.group = group;
        item.name =
                LocalizedText(i % 3 == 2 ? u"%1, a name long enough to wrap"_s.arg(name) : name);
        item.value = LocalizedText(u"%1 units"_s.arg(i));
        item.why = LocalizedText(u"Why it matters, in one line."_s);
        item.diagram = diagram;
        item.sources = {source};
        content.items.push_back(item);
    };
    if (kind == Generated::Specs) {
        for (int i = 0; i < count; ++i)
            add(u"Spec %1"_s.arg(i), std::nullopt);
        return content;
    }
    add(u"Chassis"_s, DiagramPlacement{DiagramShape::Chassis, QRectF(0, 0, 88, 100), 1});
    const int connectors = std::max(1, (count - 1) / 20);
    const int boards = std::max(1, (count - 1 - connectors) / 10);
    const int side = static_cast<int>(std::ceil(std::sqrt(boards)));
    const double pitch = 80.0 / side;
    const DiagramShape inside[] = {
            DiagramShape::Cpu,      DiagramShape::Gpu,      DiagramShape::Link,
            DiagramShape::Memory,   DiagramShape::Storage,  DiagramShape::Network,
            DiagramShape::Wireless, DiagramShape::Software, DiagramShape::Power};
    const DiagramShape rear[] = {DiagramShape::UsbC, DiagramShape::Hdmi, DiagramShape::Ethernet,
                                 DiagramShape::Qsfp, DiagramShape::Port};
    for (int b = 0; b < boards && static_cast<int>(content.items.size()) < count - connectors;
         ++b) {
        const QRectF board(4 + (b % side) * pitch, 4 + (b / side) * pitch, pitch * 0.9,
                           pitch * 0.9);
        add(u"Board %1"_s.arg(b), DiagramPlacement{DiagramShape::Superchip, board, 1});
        const double cell = board.width() / 3;
        for (int k = 0; k < 9 && static_cast<int>(content.items.size()) < count - connectors; ++k) {
            const QRectF rect(board.left() + (k % 3 + 0.1) * cell,
                              board.top() + (k / 3 + 0.1) * cell, cell * 0.8, cell * 0.8);
            add(u"Part %1.%2"_s.arg(b).arg(k),
                DiagramPlacement{inside[(b + k) % 9], rect, 1 + (b + k) % 4});
        }
    }
    const double width = 84.0 / connectors;
    for (int c = 0; c < connectors; ++c) {
        const QRectF rect(2 + c * width, 90, width * 0.8, 8);
        add(u"Connector %1"_s.arg(c), DiagramPlacement{rear[c % 5], rect, 1 + c % 4});
    }
    return content;
}

} // namespace

// How long the Hardware view takes to paint itself into an image, as the
// exporter and a kiosk repaint do (goal: under 8 ms at 1920 x 1080), how long
// it takes to build, lay out and paint its first frame with many parts (goals:
// 1,000 parts under 0.2 s, 10,000 under 1 s), and how the diagram's layout
// alone grows with the number of parts (no worse than n log n).
class BenchHardwareView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void paint_data();
    void paint();
    void build_data();
    void build();
    void firstPageTurn_data();
    void firstPageTurn();
    void layout_data();
    void layout();

private:
    ContentSet m_bundled;
    Catalog m_catalog;
};

void BenchHardwareView::initTestCase()
{
    Appearance::loadFonts();
    m_bundled = ContentLoader::load().content;
    m_catalog.setContent(m_bundled);
    // What the first view of a run pays once (fonts, glyph caches, styles)
    // stays out of the figures.
    HardwareView view(&m_catalog);
    view.resize(1920, 1080);
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    view.render(&image);
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

void BenchHardwareView::build_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("kind");
    QTest::newRow("bundled") << 0 << int(Generated::Parts);
    QTest::newRow("1000 parts") << 1000 << int(Generated::Parts);
    QTest::newRow("10000 parts") << 10000 << int(Generated::Parts);
    QTest::newRow("10000 specs") << 10000 << int(Generated::Specs);
}

// From content to the first frame at 1920 x 1080: the view built on a catalog
// that already holds the content, laid out, and painted once, with a part
// selected as after --item.
void BenchHardwareView::build()
{
    QFETCH(int, count);
    QFETCH(int, kind);
    ContentSet content = m_bundled;
    if (count > 0)
        content.hardware = generated(content.hardware, count, Generated(kind));
    Catalog catalog;
    catalog.setContent(content);
    const QString item = count > 0 ? u"generated-%1"_s.arg(count / 2) : u"gb10"_s;
    QImage image(QSize(1920, 1080), QImage::Format_ARGB32_Premultiplied);
    QBENCHMARK
    {
        HardwareView view(&catalog);
        view.resize(image.size());
        view.selectItem(item);
        view.render(&image);
    }
}

void BenchHardwareView::firstPageTurn_data()
{
    QTest::addColumn<int>("page");
    QTest::newRow("then and now") << int(HardwareView::Page::ThenAndNow);
    QTest::newRow("memory") << int(HardwareView::Page::MemoryFit);
}

// Turning to a chart page for the first time, at 1920 x 1080: the page built,
// laid out and painted with the view. reset() lets go of the page again, as
// the kiosk's reset does, so that every round builds it anew.
void BenchHardwareView::firstPageTurn()
{
    QFETCH(int, page);
    Catalog catalog;
    catalog.setContent(m_bundled);
    HardwareView view(&catalog);
    view.resize(1920, 1080);
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    view.render(&image);
    QBENCHMARK
    {
        view.setPage(HardwareView::Page(page));
        view.render(&image);
        view.reset();
    }
}

void BenchHardwareView::layout_data()
{
    QTest::addColumn<int>("count");
    QTest::newRow("1000 parts") << 1000;
    QTest::newRow("10000 parts") << 10000;
    QTest::newRow("100000 parts") << 100000;
}

// The diagram's layout on its own: which part holds which, and every label
// placed, in the 1,056 x 740 pixels the diagram gets at 1920 x 1080.
void BenchHardwareView::layout()
{
    QFETCH(int, count);
    const HardwareContent content = generated(m_bundled.hardware, count, Generated::Parts);
    std::vector<HardwareDiagramLayout::Placement> placements;
    for (const HardwareItem &item : content.items) {
        placements.push_back({item.diagram->shape, item.diagram->rect, item.diagram->count,
                              item.name.english()});
    }
    const QFont font = Appearance::instance()->font(Typography::Role::Label, 1.0);
    QBENCHMARK
    {
        HardwareDiagramLayout layout;
        layout.setParts(placements);
        layout.layout(QSizeF(1056, 740), 1.0, font);
    }
}

QTEST_MAIN(BenchHardwareView)
#include "bench_hardwareview.moc"
