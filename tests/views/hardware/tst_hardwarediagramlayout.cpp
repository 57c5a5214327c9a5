#include "views/hardware/hardwarediagramlayout.h"
#include "views/theme.h"

#include <QFont>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

using Layout = HardwareDiagramLayout;
using Placement = HardwareDiagramLayout::Placement;
using LabelSide = HardwareDiagramLayout::LabelSide;

namespace {

// \a count parts: a chassis whose top face spans y 0 to 88 and whose rear
// panel reaches down to 100, boards of nine parts each on its face, and one
// connector in twenty on the rear panel. One name in three wraps.
std::vector<Placement> generatedPlacements(int count)
{
    std::vector<Placement> parts;
    const auto add = [&](DiagramShape shape, const QRectF &rect) {
        const int i = static_cast<int>(parts.size());
        const QString name = i % 3 == 2 ? u"Part %1, with a name long enough to wrap"_s.arg(i)
                                        : u"Part %1"_s.arg(i);
        parts.push_back({shape, rect, 1 + i % 4, name});
    };
    add(DiagramShape::Chassis, QRectF(0, 0, 88, 100));
    const int connectors = std::max(1, (count - 1) / 20);
    const int boards = std::max(1, (count - 1 - connectors) / 10);
    const int side = static_cast<int>(std::ceil(std::sqrt(boards)));
    const double pitch = 80.0 / side;
    for (int b = 0; b < boards && static_cast<int>(parts.size()) < count - connectors; ++b) {
        const QRectF board(4 + (b % side) * pitch, 4 + (b / side) * pitch, pitch * 0.9,
                           pitch * 0.9);
        add(DiagramShape::Superchip, board);
        const double cell = board.width() / 3;
        for (int k = 0; k < 9 && static_cast<int>(parts.size()) < count - connectors; ++k) {
            add(k % 2 ? DiagramShape::Memory : DiagramShape::Cpu,
                QRectF(board.left() + (k % 3 + 0.1) * cell, board.top() + (k / 3 + 0.1) * cell,
                       cell * 0.8, cell * 0.8));
        }
    }
    const double width = 84.0 / connectors;
    for (int c = 0; c < connectors && static_cast<int>(parts.size()) < count; ++c)
        add(DiagramShape::UsbC, QRectF(2 + c * width, 90, width * 0.8, 8));
    return parts;
}

double area(const QRectF &rect)
{
    return rect.width() * rect.height();
}

// The holder of every part as the definition puts it: of the parts that
// contain it and are larger, the smallest, the first of equals.
std::vector<int> naiveContainers(const std::vector<Placement> &parts)
{
    std::vector<int> result(parts.size(), -1);
    for (size_t i = 0; i < parts.size(); ++i) {
        for (size_t j = 0; j < parts.size(); ++j) {
            const QRectF &outer = parts[j].design;
            if (i == j || !outer.contains(parts[i].design) ||
                !(area(outer) > area(parts[i].design)))
                continue;
            if (result[i] < 0 || area(outer) < area(parts[size_t(result[i])].design))
                result[i] = static_cast<int>(j);
        }
    }
    return result;
}

// Whether two labels on the same side share any pixels.
bool overlap(const QRectF &a, const QRectF &b)
{
    return a.intersected(b).width() > 0.01 && a.intersected(b).height() > 0.01;
}

} // namespace

class TestHardwareDiagramLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void emptyLaysOutNothing();
    void containersAreTheSmallestHolders_data();
    void containersAreTheSmallestHolders();
    void partsKeepTheirProportions();
    void sidesFollowTheChassis();
    void labelsFitBesideTheirParts_data();
    void labelsFitBesideTheirParts();
    void everyPartIsLabelledWhenThereIsRoom();
    void tooManyLabelsLeaveSomeOut_data();
    void tooManyLabelsLeaveSomeOut();
    void onlyLabelsThatMayFitAreMeasured();
    void chassisCaptionSpansTheTop();
    void namesMoveLabels();
    void paintOrderIsLargestFirst();
    void heldBoundsUniteWhatAPartHolds();
    void partAtPrefersLabelsThenTheSmallestPart();
    void neighbourMovesSpatially_data();
    void neighbourMovesSpatially();

private:
    QFont m_font;
};

void TestHardwareDiagramLayout::initTestCase()
{
    Appearance::loadFonts();
    m_font = Appearance::instance()->font(Typography::Role::Label, 1.0);
}

void TestHardwareDiagramLayout::emptyLaysOutNothing()
{
    Layout layout;
    layout.setParts({});
    layout.layout(QSizeF(800, 600), 1.0, m_font);
    QCOMPARE(layout.count(), 0);
    QCOMPARE(layout.partAt(QPointF(10, 10)), -1);
    QCOMPARE(layout.neighbour(0, Qt::Key_Right), -1);
    QCOMPARE(layout.firstOf(DiagramShape::Chassis), -1);
    // No room: nothing laid out, nothing breaks.
    layout.setParts(generatedPlacements(20));
    layout.layout(QSizeF(0, 0), 1.0, m_font);
    for (const Layout::Part &part : layout.parts())
        QVERIFY(part.label.isEmpty());
}

void TestHardwareDiagramLayout::containersAreTheSmallestHolders_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("random");
    QTest::newRow("generated 200") << 200 << false;
    QTest::newRow("generated 3000") << 3000 << false;
    QTest::newRow("random 400") << 400 << true;
    QTest::newRow("random 2000") << 2000 << true;
}

void TestHardwareDiagramLayout::containersAreTheSmallestHolders()
{
    QFETCH(int, count);
    QFETCH(bool, random);
    std::vector<Placement> parts;
    if (random) {
        // Rectangles of every size on a coarse grid, so that many share edges
        // and some are equal: the ties the definition settles.
        QRandomGenerator generator(16);
        for (int i = 0; i < count; ++i) {
            const double x = generator.bounded(20) * 5.0;
            const double y = generator.bounded(20) * 5.0;
            const double w = (1 + generator.bounded(10)) * 5.0;
            const double h = (1 + generator.bounded(10)) * 5.0;
            parts.push_back({DiagramShape::Cpu, QRectF(x, y, w, h), 1, u"P%1"_s.arg(i)});
        }
        parts.push_back({DiagramShape::Chassis, QRectF(0, 0, 150, 150), 1, u"Box"_s});
    } else {
        parts = generatedPlacements(count);
    }
    const std::vector<int> expected = naiveContainers(parts);
    Layout layout;
    layout.setParts(parts);
    std::vector<bool> holds(parts.size(), false);
    for (int i = 0; i < layout.count(); ++i) {
        QCOMPARE(layout.part(i).container, expected[size_t(i)]);
        if (expected[size_t(i)] >= 0)
            holds[size_t(expected[size_t(i)])] = true;
    }
    for (int i = 0; i < layout.count(); ++i)
        QCOMPARE(layout.part(i).holdsParts, bool(holds[size_t(i)]));
}

void TestHardwareDiagramLayout::partsKeepTheirProportions()
{
    Layout layout;
    layout.setParts(generatedPlacements(60));
    const QSizeF area(1000, 700);
    layout.layout(area, 1.0, m_font);
    const QRectF drawn = layout.drawnRect();
    QVERIFY(QRectF(QPointF(0, 0), area).contains(drawn));
    QCOMPARE(drawn.size(), layout.designBounds().size() * layout.unit());
    for (const Layout::Part &part : layout.parts()) {
        QCOMPARE(part.rect.width() / part.design.width(), layout.unit());
        QCOMPARE(part.rect.height() / part.design.height(), layout.unit());
        QCOMPARE(part.rect, layout.toArea(part.design));
        QVERIFY(drawn.adjusted(-0.01, -0.01, 0.01, 0.01).contains(part.rect));
    }
}

void TestHardwareDiagramLayout::sidesFollowTheChassis()
{
    Layout layout;
    layout.setParts({
            {DiagramShape::Chassis, QRectF(0, 0, 100, 120), 1, u"Box"_s},
            {DiagramShape::Cpu, QRectF(10, 10, 10, 10), 1, u"West"_s},
            {DiagramShape::Gpu, QRectF(80, 10, 10, 10), 1, u"East"_s},
            {DiagramShape::Memory, QRectF(45, 20, 10, 10), 1, u"Middle one"_s},
            {DiagramShape::Memory, QRectF(45, 40, 10, 10), 1, u"Middle two"_s},
            {DiagramShape::UsbC, QRectF(10, 105, 20, 10), 2, u"Rear"_s},
    });
    layout.layout(QSizeF(1200, 800), 1.0, m_font);
    QCOMPARE(layout.part(0).side, LabelSide::Top);
    QCOMPARE(layout.part(1).side, LabelSide::Left);
    QCOMPARE(layout.part(2).side, LabelSide::Right);
    // Parts on the centre line go to whichever side has fewer labels.
    QCOMPARE(layout.part(3).side, LabelSide::Left);
    QCOMPARE(layout.part(4).side, LabelSide::Right);
    // Below the top face (as deep as the box is wide): the rear panel.
    QCOMPARE(layout.part(5).side, LabelSide::Bottom);
    QVERIFY(layout.part(5).label.top() > layout.part(5).rect.bottom());
}

void TestHardwareDiagramLayout::labelsFitBesideTheirParts_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QSizeF>("area");
    QTest::newRow("12 at 1000x700") << 12 << QSizeF(1000, 700);
    QTest::newRow("40 at 1920x1080") << 40 << QSizeF(1920, 1080);
    QTest::newRow("300 at 1920x1080") << 300 << QSizeF(1920, 1080);
    QTest::newRow("4000 at 1000x480") << 4000 << QSizeF(1000, 480);
    QTest::newRow("3000 at 1080x1920") << 3000 << QSizeF(1080, 1920);
    QTest::newRow("10000 at 3840x2160") << 10000 << QSizeF(3840, 2160);
}

void TestHardwareDiagramLayout::labelsFitBesideTheirParts()
{
    QFETCH(int, count);
    QFETCH(QSizeF, area);
    Layout layout;
    layout.setParts(generatedPlacements(count));
    layout.layout(area, 1.0, m_font);
    const QRectF bounds(QPointF(0, 0), area);
    const QRectF drawn = layout.drawnRect();
    std::vector<QRectF> left;
    std::vector<QRectF> right;
    std::vector<QRectF> bottom;
    for (const Layout::Part &part : layout.parts()) {
        if (part.label.isEmpty())
            continue;
        // Inside the area, on the part's side of the drawing.
        QVERIFY2(bounds.adjusted(-0.5, -0.5, 0.5, 0.5).contains(part.label), qPrintable(part.name));
        switch (part.side) {
        case LabelSide::Left:
            QVERIFY(part.label.right() < drawn.left());
            QVERIFY(part.anchor.x() >= part.rect.left() && part.anchor.x() <= part.rect.right());
            left.push_back(part.label);
            break;
        case LabelSide::Right:
            QVERIFY(part.label.left() > drawn.right());
            right.push_back(part.label);
            break;
        case LabelSide::Bottom:
            QVERIFY(part.label.top() > part.rect.bottom());
            bottom.push_back(part.label);
            break;
        case LabelSide::Top:
            QVERIFY(part.label.bottom() < part.rect.top());
            break;
        }
        QVERIFY(part.rect.adjusted(-0.01, -0.01, 0.01, 0.01).contains(part.anchor));
    }
    // No two labels on one side share a pixel.
    for (std::vector<QRectF> *side : {&left, &right, &bottom}) {
        std::sort(side->begin(), side->end(),
                  [](const QRectF &a, const QRectF &b) { return a.top() < b.top(); });
        for (size_t i = 0; i < side->size(); ++i) {
            for (size_t j = i + 1; j < side->size() && (*side)[j].top() < (*side)[i].bottom(); ++j)
                QVERIFY(!overlap((*side)[i], (*side)[j]));
        }
    }
    QVERIFY(!left.empty());
    QVERIFY(!right.empty());
    QVERIFY(!bottom.empty());
}

void TestHardwareDiagramLayout::everyPartIsLabelledWhenThereIsRoom()
{
    Layout layout;
    layout.setParts(generatedPlacements(24));
    layout.layout(QSizeF(1400, 900), 1.0, m_font);
    for (const Layout::Part &part : layout.parts())
        QVERIFY2(!part.label.isEmpty(), qPrintable(part.name));
}

void TestHardwareDiagramLayout::tooManyLabelsLeaveSomeOut_data()
{
    QTest::addColumn<int>("count");
    QTest::newRow("1000") << 1000;
    QTest::newRow("10000") << 10000;
}

void TestHardwareDiagramLayout::tooManyLabelsLeaveSomeOut()
{
    QFETCH(int, count);
    Layout layout;
    layout.setParts(generatedPlacements(count));
    const QSizeF area(1200, 800);
    layout.layout(area, 1.0, m_font);
    int labelled = 0;
    for (const Layout::Part &part : layout.parts())
        labelled += part.label.isEmpty() ? 0 : 1;
    // Only as many as fit one above the other on the two sides, plus two rows
    // beneath: far fewer than the parts, and not none.
    const double line = QFontMetricsF(m_font).height();
    QVERIFY(labelled > 10);
    QVERIFY2(labelled <= 2 * area.height() / line + 2 * area.width() / 20,
             qPrintable(QString::number(labelled)));
}

void TestHardwareDiagramLayout::onlyLabelsThatMayFitAreMeasured()
{
    // Placing the labels is a sort per side and linear passes; measuring text,
    // the costly step, happens only for labels that may get room, so the
    // measuring does not grow with the number of parts once the sides are full.
    Layout small;
    small.setParts(generatedPlacements(2000));
    small.layout(QSizeF(1200, 800), 1.0, m_font);
    Layout large;
    large.setParts(generatedPlacements(20000));
    large.layout(QSizeF(1200, 800), 1.0, m_font);
    QVERIFY(small.measuredLabels() > 0);
    QVERIFY2(
            large.measuredLabels() <= small.measuredLabels() * 2,
            qPrintable(u"%1 against %2"_s.arg(large.measuredLabels()).arg(small.measuredLabels())));
    QVERIFY(large.measuredLabels() < 1000);
}

void TestHardwareDiagramLayout::chassisCaptionSpansTheTop()
{
    Layout layout;
    layout.setParts(generatedPlacements(30));
    layout.layout(QSizeF(1200, 800), 1.0, m_font);
    const Layout::Part &chassis = layout.part(layout.firstOf(DiagramShape::Chassis));
    QCOMPARE(chassis.side, LabelSide::Top);
    QVERIFY(!chassis.label.isEmpty());
    QVERIFY(qAbs(chassis.label.center().x() - chassis.rect.center().x()) < 0.5);
    QVERIFY(chassis.label.bottom() <= chassis.rect.top());
    QVERIFY(chassis.label.top() >= 0);
}

void TestHardwareDiagramLayout::namesMoveLabels()
{
    Layout layout;
    layout.setParts(generatedPlacements(12));
    layout.layout(QSizeF(1200, 800), 1.0, m_font);
    const int part = 1;
    const QRectF before = layout.part(part).label;
    layout.setName(part, u"A far longer name for this part, which takes more room"_s);
    layout.layout(QSizeF(1200, 800), 1.0, m_font);
    QCOMPARE(layout.part(part).name, u"A far longer name for this part, which takes more room"_s);
    QVERIFY(layout.part(part).label.height() > before.height() ||
            layout.part(part).label.width() > before.width());
}

void TestHardwareDiagramLayout::paintOrderIsLargestFirst()
{
    Layout layout;
    layout.setParts(generatedPlacements(200));
    const std::vector<int> &order = layout.paintOrder();
    QCOMPARE(int(order.size()), layout.count());
    for (size_t k = 1; k < order.size(); ++k) {
        const double a = area(layout.part(order[k - 1]).design);
        const double b = area(layout.part(order[k]).design);
        QVERIFY(a >= b);
        if (a == b) // stable: the model's order among equals
            QVERIFY(order[k - 1] < order[k]);
    }
}

void TestHardwareDiagramLayout::heldBoundsUniteWhatAPartHolds()
{
    Layout layout;
    layout.setParts(generatedPlacements(40));
    layout.layout(QSizeF(1200, 800), 1.0, m_font);
    for (int i = 0; i < layout.count(); ++i) {
        QRectF expected;
        for (const Layout::Part &part : layout.parts()) {
            if (part.container == i)
                expected = expected.united(part.rect);
        }
        QCOMPARE(layout.heldBounds(i), expected);
        QCOMPARE(layout.heldBounds(i).isValid(), layout.part(i).holdsParts);
    }
}

void TestHardwareDiagramLayout::partAtPrefersLabelsThenTheSmallestPart()
{
    Layout layout;
    layout.setParts(generatedPlacements(40));
    layout.layout(QSizeF(1400, 900), 1.0, m_font);
    for (int i = 0; i < layout.count(); ++i) {
        const Layout::Part &part = layout.part(i);
        QCOMPARE(layout.partAt(part.label.center()), i);
        // Inside a part that holds nothing, it is that part, not its holders.
        if (!part.holdsParts)
            QCOMPARE(layout.partAt(part.rect.center()), i);
    }
    // A board between its parts is the board, not the chassis beneath it.
    const int board = layout.firstOf(DiagramShape::Superchip);
    QCOMPARE(layout.partAt(layout.part(board).rect.topLeft() + QPointF(1, 1)), board);
    QCOMPARE(layout.partAt(QPointF(-5, -5)), -1);
}

void TestHardwareDiagramLayout::neighbourMovesSpatially_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("to");
    // A 3 x 3 grid of parts, 0 1 2 / 3 4 5 / 6 7 8, in a box (9).
    QTest::newRow("right") << 4 << int(Qt::Key_Right) << 5;
    QTest::newRow("left") << 4 << int(Qt::Key_Left) << 3;
    QTest::newRow("up") << 4 << int(Qt::Key_Up) << 1;
    QTest::newRow("down") << 4 << int(Qt::Key_Down) << 7;
    QTest::newRow("straight ahead beats nearer aside") << 3 << int(Qt::Key_Right) << 4;
    QTest::newRow("nothing further") << 5 << int(Qt::Key_Right) << -1;
    // The box is reached at its top edge: up from the top row.
    QTest::newRow("up to the holder") << 1 << int(Qt::Key_Up) << 9;
    QTest::newRow("down from the holder") << 9 << int(Qt::Key_Down) << 1;
    QTest::newRow("no part: the first") << -1 << int(Qt::Key_Down) << 0;
}

void TestHardwareDiagramLayout::neighbourMovesSpatially()
{
    QFETCH(int, from);
    QFETCH(int, key);
    QFETCH(int, to);
    std::vector<Placement> parts;
    for (int i = 0; i < 9; ++i) {
        parts.push_back({DiagramShape::Cpu, QRectF(10 + (i % 3) * 30, 10 + (i / 3) * 30, 20, 20), 1,
                         u"P%1"_s.arg(i)});
    }
    parts.push_back({DiagramShape::Superchip, QRectF(0, 0, 100, 100), 1, u"Box"_s});
    Layout layout;
    layout.setParts(parts);
    QCOMPARE(layout.neighbour(from, Qt::Key(key)), to);
}

QTEST_MAIN(TestHardwareDiagramLayout)
#include "tst_hardwarediagramlayout.moc"
