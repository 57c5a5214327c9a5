#include "content/contentloader.h"
#include "models/hardwaremodel.h"
#include "views/hardware/hardwarediagram.h"
#include "views/theme.h"

#include <QImage>
#include <QItemSelectionModel>
#include <QPointingDevice>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestHardwareDiagram : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void partsComeFromTheModel();
    void everyPartAndLabelIsHit();
    void clickSelects();
    void tapSelects();
    void hoverFollowsTheMouse();
    void arrowsMoveSpatially_data();
    void arrowsMoveSpatially();
    void enterAndSpaceSelect();
    void homeAndEnd();
    void tabWalksThePartsThenLeaves();
    void outsideSelectionMovesFocus();
    void followsModelChanges();
    void themesPaint_data();
    void themesPaint();

private:
    int partOf(const QString &id) const;

    HardwareContent m_content;
    std::unique_ptr<HardwareModel> m_model;
    std::unique_ptr<QItemSelectionModel> m_selection;
    std::unique_ptr<QWidget> m_window;
    HardwareDiagram *m_diagram = nullptr;
};

void TestHardwareDiagram::initTestCase()
{
    Appearance::loadFonts();
    m_content = ContentLoader::load().content.hardware;
}

void TestHardwareDiagram::init()
{
    m_model = std::make_unique<HardwareModel>();
    m_model->setContent(m_content);
    m_selection = std::make_unique<QItemSelectionModel>(m_model.get());
    m_window = std::make_unique<QWidget>();
    m_diagram = new HardwareDiagram(m_window.get());
    m_diagram->setModel(m_model.get());
    m_diagram->setSelectionModel(m_selection.get());
    m_diagram->setGeometry(0, 0, 1000, 620);
    m_window->resize(1000, 620);
}

void TestHardwareDiagram::cleanup()
{
    m_window.reset();
    m_selection.reset();
    m_model.reset();
    Appearance::instance()->setTheme(Theme::Id::Dark);
}

int TestHardwareDiagram::partOf(const QString &id) const
{
    return m_diagram->partOfRow(m_model->rowOf(id));
}

void TestHardwareDiagram::partsComeFromTheModel()
{
    int expected = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (!index.data(int(HardwareModel::Role::HasDiagram)).toBool()) {
            QCOMPARE(m_diagram->partOfRow(row), -1);
            continue;
        }
        QCOMPARE(m_diagram->partOfRow(row), expected);
        QCOMPARE(m_diagram->rowOfPart(expected), row);
        QCOMPARE(m_diagram->partName(expected),
                 index.data(int(HardwareModel::Role::Name)).toString());
        QVERIFY(m_diagram->partDescription(expected).contains(
                index.data(int(HardwareModel::Role::Value)).toString()));
        ++expected;
    }
    QCOMPARE(m_diagram->partCount(), expected);
    QVERIFY(expected >= 12);
}

void TestHardwareDiagram::everyPartAndLabelIsHit()
{
    for (int part = 0; part < m_diagram->partCount(); ++part) {
        const QRectF label = m_diagram->labelRect(part);
        QVERIFY(!label.isEmpty());
        QCOMPARE(m_diagram->partAt(label.center()), part);
    }
    // Parts that hold no other part are hit at their centre.
    for (const QString &id : {u"grace-cpu"_s, u"blackwell-gpu"_s, u"nvlink-c2c"_s, u"memory"_s,
                              u"storage"_s, u"usb-c"_s, u"qsfp"_s, u"power"_s}) {
        const int part = partOf(id);
        QCOMPARE(m_diagram->partAt(m_diagram->partRect(part).center()), part);
    }
    QCOMPARE(m_diagram->partAt(QPointF(-10, -10)), -1);
}

void TestHardwareDiagram::clickSelects()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    const int part = partOf(u"memory"_s);
    QTest::mouseClick(m_diagram, Qt::LeftButton, {}, m_diagram->partRect(part).center().toPoint());
    QCOMPARE(m_diagram->selectedPart(), part);
    QCOMPARE(m_selection->selectedRows().first().row(), m_model->rowOf(u"memory"_s));
    // Labels are targets too.
    const int label = partOf(u"hdmi"_s);
    QTest::mouseClick(m_diagram, Qt::LeftButton, {},
                      m_diagram->labelRect(label).center().toPoint());
    QCOMPARE(m_diagram->selectedPart(), label);
}

void TestHardwareDiagram::tapSelects()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QPointingDevice *touch = QTest::createTouchDevice();
    const int part = partOf(u"connectx-7"_s);
    const QPoint at = m_diagram->partRect(part).center().toPoint();
    QTest::touchEvent(m_diagram, touch).press(0, at, m_diagram);
    QTest::touchEvent(m_diagram, touch).release(0, at, m_diagram);
    QCOMPARE(m_diagram->selectedPart(), part);
}

void TestHardwareDiagram::hoverFollowsTheMouse()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    const int part = partOf(u"storage"_s);
    QTest::mouseMove(m_diagram, m_diagram->partRect(part).center().toPoint());
    QTRY_COMPARE(m_diagram->hoveredPart(), part);
    QCOMPARE(m_diagram->selectedPart(), -1);
}

void TestHardwareDiagram::arrowsMoveSpatially_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<int>("key");
    QTest::addColumn<QString>("to");
    QTest::newRow("cpu right") << u"grace-cpu"_s << int(Qt::Key_Right) << u"nvlink-c2c"_s;
    QTest::newRow("link right") << u"nvlink-c2c"_s << int(Qt::Key_Right) << u"blackwell-gpu"_s;
    QTest::newRow("gpu left") << u"blackwell-gpu"_s << int(Qt::Key_Left) << u"nvlink-c2c"_s;
    QTest::newRow("gpu up") << u"blackwell-gpu"_s << int(Qt::Key_Up) << u"gb10"_s;
    QTest::newRow("chip up") << u"gb10"_s << int(Qt::Key_Up) << u"chassis"_s;
    QTest::newRow("chassis down") << u"chassis"_s << int(Qt::Key_Down) << u"gb10"_s;
    QTest::newRow("cpu left") << u"grace-cpu"_s << int(Qt::Key_Left) << u"storage"_s;
    QTest::newRow("gpu down") << u"blackwell-gpu"_s << int(Qt::Key_Down) << u"memory"_s;
    QTest::newRow("usb left") << u"usb-c"_s << int(Qt::Key_Left) << u"power"_s;
    QTest::newRow("power left stays") << u"power"_s << int(Qt::Key_Left) << u"power"_s;
}

void TestHardwareDiagram::arrowsMoveSpatially()
{
    QFETCH(QString, from);
    QFETCH(int, key);
    QFETCH(QString, to);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_diagram->setFocus();
    m_diagram->setFocusedPart(partOf(from));
    QSignalSpy spy(m_diagram, &HardwareDiagram::focusedPartChanged);
    QTest::keyClick(m_diagram, Qt::Key(key));
    QCOMPARE(m_diagram->focusedPart(), partOf(to));
    QCOMPARE(spy.count(), from == to ? 0 : 1);
    // Moving the focus does not select.
    QCOMPARE(m_diagram->selectedPart(), -1);
}

void TestHardwareDiagram::enterAndSpaceSelect()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_diagram->setFocus();
    m_diagram->setFocusedPart(partOf(u"grace-cpu"_s));
    QTest::keyClick(m_diagram, Qt::Key_Return);
    QCOMPARE(m_diagram->selectedPart(), partOf(u"grace-cpu"_s));
    QTest::keyClick(m_diagram, Qt::Key_Right);
    QTest::keyClick(m_diagram, Qt::Key_Space);
    QCOMPARE(m_diagram->selectedPart(), partOf(u"nvlink-c2c"_s));
}

void TestHardwareDiagram::homeAndEnd()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_diagram->setFocus();
    QTest::keyClick(m_diagram, Qt::Key_End);
    QCOMPARE(m_diagram->focusedPart(), m_diagram->partCount() - 1);
    QTest::keyClick(m_diagram, Qt::Key_Home);
    QCOMPARE(m_diagram->focusedPart(), 0);
}

void TestHardwareDiagram::tabWalksThePartsThenLeaves()
{
    auto *after = new QWidget(m_window.get());
    after->setFocusPolicy(Qt::StrongFocus);
    after->setGeometry(0, 0, 10, 10);
    QWidget::setTabOrder(m_diagram, after);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_diagram->setFocus(Qt::TabFocusReason);
    QCOMPARE(m_diagram->focusedPart(), 0);
    for (int part = 1; part < m_diagram->partCount(); ++part) {
        QTest::keyClick(m_diagram, Qt::Key_Tab);
        QCOMPARE(m_diagram->focusedPart(), part);
        QVERIFY(m_diagram->hasFocus());
    }
    QTest::keyClick(m_diagram, Qt::Key_Tab);
    QVERIFY(after->hasFocus());
    QTest::keyClick(after, Qt::Key_Backtab);
    QVERIFY(m_diagram->hasFocus());
    QCOMPARE(m_diagram->focusedPart(), m_diagram->partCount() - 1);
}

void TestHardwareDiagram::outsideSelectionMovesFocus()
{
    const int row = m_model->rowOf(u"ethernet"_s);
    m_selection->setCurrentIndex(m_model->index(row, 1),
                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(m_diagram->selectedPart(), partOf(u"ethernet"_s));
    QCOMPARE(m_diagram->focusedPart(), partOf(u"ethernet"_s));
    m_selection->clearSelection();
    QCOMPARE(m_diagram->selectedPart(), -1);
}

void TestHardwareDiagram::followsModelChanges()
{
    HardwareContent smaller = m_content;
    smaller.items.erase(std::remove_if(smaller.items.begin(), smaller.items.end(),
                                       [](const HardwareItem &item) {
                                           return item.diagram &&
                                                  item.diagram->shape != DiagramShape::Chassis &&
                                                  item.diagram->shape != DiagramShape::Memory;
                                       }),
                        smaller.items.end());
    m_model->setContent(smaller);
    QCOMPARE(m_diagram->partCount(), 2);
    QVERIFY(!m_diagram->labelRect(1).isEmpty());
    m_model->setContent({});
    QCOMPARE(m_diagram->partCount(), 0);
    QImage image(m_diagram->size(), QImage::Format_ARGB32_Premultiplied);
    m_diagram->render(&image); // an empty state, no crash
}

void TestHardwareDiagram::themesPaint_data()
{
    QTest::addColumn<int>("theme");
    QTest::newRow("dark") << int(Theme::Id::Dark);
    QTest::newRow("light") << int(Theme::Id::Light);
    QTest::newRow("high contrast") << int(Theme::Id::HighContrast);
}

void TestHardwareDiagram::themesPaint()
{
    QFETCH(int, theme);
    Appearance::instance()->setTheme(Theme::Id(theme));
    m_selection->setCurrentIndex(m_model->index(m_model->rowOf(u"gb10"_s), 0),
                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QImage image(m_diagram->size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Appearance::instance()->theme().background);
    m_diagram->render(&image);
    // The selected part's outline is drawn in the accent colour.
    const QRect part = m_diagram->partRect(partOf(u"gb10"_s)).toAlignedRect();
    const QColor accent = Appearance::instance()->theme().accent;
    const auto near = [&](const QColor &c) {
        return std::abs(c.red() - accent.red()) + std::abs(c.green() - accent.green()) +
                       std::abs(c.blue() - accent.blue()) <
               24;
    };
    // Looking across the top edge, clear of the leader lines.
    bool found = false;
    for (int y = part.top() - 8; y < part.top() + 8 && !found; ++y)
        found = near(image.pixelColor(part.center().x(), y));
    QVERIFY(found);
    // An unselected part has no accent outline.
    const QRect other = m_diagram->partRect(partOf(u"storage"_s)).toAlignedRect();
    bool stray = false;
    for (int y = other.bottom() - 2; y < other.bottom() + 8 && !stray; ++y)
        stray = near(image.pixelColor(other.center().x(), y));
    QVERIFY(!stray);
}

QTEST_MAIN(TestHardwareDiagram)
#include "tst_hardwarediagram.moc"
