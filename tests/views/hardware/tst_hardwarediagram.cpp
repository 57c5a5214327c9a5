#include "hardwarefixtures.h"
#include "models/hardwaremodel.h"
#include "views/hardware/hardwarediagram.h"
#include "views/theme.h"

#include <QAbstractListModel>
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
    void followsRowsInsertedRemovedAndMoved();
    void followsLayoutChanges();
    void followsDataChanges();
    void sameModelTwice();
    void leavesAModelItNoLongerHas();
    void survivesItsModel();
    void themesPaint_data();
    void themesPaint();
    void firstAndLaterPicturesAgree();

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
    m_content = HardwareFixtures::content();
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
    for (const QString &id : {u"cpu"_s, u"gpu"_s, u"link"_s, u"memory"_s, u"storage"_s, u"usb-c"_s,
                              u"qsfp"_s, u"power"_s}) {
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
    const int part = partOf(u"nic"_s);
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
    QTest::newRow("cpu right") << u"cpu"_s << int(Qt::Key_Right) << u"link"_s;
    QTest::newRow("link right") << u"link"_s << int(Qt::Key_Right) << u"gpu"_s;
    QTest::newRow("gpu left") << u"gpu"_s << int(Qt::Key_Left) << u"link"_s;
    QTest::newRow("gpu up") << u"gpu"_s << int(Qt::Key_Up) << u"superchip"_s;
    QTest::newRow("chip up") << u"superchip"_s << int(Qt::Key_Up) << u"chassis"_s;
    QTest::newRow("chassis down") << u"chassis"_s << int(Qt::Key_Down) << u"superchip"_s;
    QTest::newRow("cpu left") << u"cpu"_s << int(Qt::Key_Left) << u"storage"_s;
    QTest::newRow("gpu down") << u"gpu"_s << int(Qt::Key_Down) << u"memory"_s;
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
    m_diagram->setFocusedPart(partOf(u"cpu"_s));
    QTest::keyClick(m_diagram, Qt::Key_Return);
    QCOMPARE(m_diagram->selectedPart(), partOf(u"cpu"_s));
    QTest::keyClick(m_diagram, Qt::Key_Right);
    QTest::keyClick(m_diagram, Qt::Key_Space);
    QCOMPARE(m_diagram->selectedPart(), partOf(u"link"_s));
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
    m_selection->setCurrentIndex(m_model->index(m_model->rowOf(u"superchip"_s), 0),
                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QImage image(m_diagram->size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Appearance::instance()->theme().background);
    m_diagram->render(&image);
    // The selected part's outline is drawn in the accent colour.
    const QRect part = m_diagram->partRect(partOf(u"superchip"_s)).toAlignedRect();
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

void TestHardwareDiagram::firstAndLaterPicturesAgree()
{
    // The first picture at a size draws the layers through one passing image;
    // later ones (the selection moved) copy them from kept images. A diagram
    // that starts on a part and one that moves to it show the same pixels.
    const auto select = [this](const QString &id) {
        m_selection->setCurrentIndex(m_model->index(m_model->rowOf(id), 0),
                                     QItemSelectionModel::ClearAndSelect |
                                             QItemSelectionModel::Rows);
    };
    const auto rendered = [this] {
        QImage image(m_diagram->size(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::black);
        m_diagram->render(&image);
        return image;
    };
    select(u"storage"_s);
    const QImage before = rendered();
    select(u"superchip"_s);
    const QImage moved = rendered();
    QVERIFY(moved != before);

    cleanup();
    init(); // a new diagram, never painted
    select(u"superchip"_s);
    const QImage started = rendered();
    QCOMPARE(started, moved);
    select(u"storage"_s);
    QCOMPARE(rendered(), before);
}

namespace {

// A model with HardwareModel's roles whose rows can be inserted, removed,
// moved and reordered one by one, as HardwareModel itself never does.
class PartsModel : public QAbstractListModel
{
public:
    using Row = QHash<int, QVariant>;

    static Row part(const QString &name, DiagramShape shape, const QRectF &rect)
    {
        return {{int(HardwareModel::Role::Name), name},
                {int(HardwareModel::Role::Value), u"%1 value"_s.arg(name)},
                {int(HardwareModel::Role::Why), u"Why %1 matters"_s.arg(name)},
                {int(HardwareModel::Role::Confidence), int(Confidence::High)},
                {int(HardwareModel::Role::HasDiagram), true},
                {int(HardwareModel::Role::DiagramShape), int(shape)},
                {int(HardwareModel::Role::DiagramRect), rect},
                {int(HardwareModel::Role::DiagramCount), 1}};
    }
    static Row spec(const QString &name)
    {
        return {{int(HardwareModel::Role::Name), name},
                {int(HardwareModel::Role::HasDiagram), false}};
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid())
            return {};
        return m_rows.at(index.row())
                .value(role == Qt::DisplayRole ? int(HardwareModel::Role::Name) : role);
    }
    bool setData(const QModelIndex &index, const QVariant &value, int role) override
    {
        m_rows[index.row()][role] = value;
        Q_EMIT dataChanged(index, index, {role});
        return true;
    }
    void insert(int row, const Row &data)
    {
        beginInsertRows({}, row, row);
        m_rows.insert(row, data);
        endInsertRows();
    }
    void remove(int row)
    {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    void move(int from, int to)
    {
        beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
        m_rows.move(from, to);
        endMoveRows();
    }
    // A layout change: the rows in reverse order.
    void reverse()
    {
        Q_EMIT layoutAboutToBeChanged();
        const QModelIndexList before = persistentIndexList();
        std::reverse(m_rows.begin(), m_rows.end());
        for (const QModelIndex &index : before)
            changePersistentIndex(index, this->index(rowCount() - 1 - index.row()));
        Q_EMIT layoutChanged();
    }
    void clear()
    {
        beginResetModel();
        m_rows.clear();
        endResetModel();
    }
    // How many connections each signal a view follows has: reset, layout
    // change, rows inserted, removed and moved, data changed, destroyed.
    QList<int> followers() const
    {
        return {receivers(SIGNAL(modelReset())),
                receivers(SIGNAL(layoutChanged(QList<QPersistentModelIndex>,
                                               QAbstractItemModel::LayoutChangeHint))),
                receivers(SIGNAL(rowsInserted(QModelIndex, int, int))),
                receivers(SIGNAL(rowsRemoved(QModelIndex, int, int))),
                receivers(SIGNAL(rowsMoved(QModelIndex, int, int, QModelIndex, int))),
                receivers(SIGNAL(dataChanged(QModelIndex, QModelIndex, QList<int>))),
                receivers(SIGNAL(destroyed(QObject *)))};
    }

private:
    QList<Row> m_rows;
};

std::unique_ptr<PartsModel> partsModel()
{
    auto model = std::make_unique<PartsModel>();
    model->insert(0, PartsModel::part(u"Box"_s, DiagramShape::Chassis, QRectF(0, 0, 100, 110)));
    model->insert(1, PartsModel::part(u"Chip"_s, DiagramShape::Cpu, QRectF(10, 10, 20, 20)));
    model->insert(2, PartsModel::part(u"Memory"_s, DiagramShape::Memory, QRectF(60, 10, 20, 20)));
    model->insert(3, PartsModel::spec(u"Price"_s));
    model->insert(4, PartsModel::part(u"Port"_s, DiagramShape::UsbC, QRectF(40, 100, 20, 8)));
    return model;
}

QStringList partNames(const HardwareDiagram &diagram)
{
    QStringList names;
    for (int part = 0; part < diagram.partCount(); ++part)
        names.append(diagram.partName(part));
    return names;
}

} // namespace

void TestHardwareDiagram::followsRowsInsertedRemovedAndMoved()
{
    const std::unique_ptr<PartsModel> model = partsModel();
    m_diagram->setModel(model.get());
    QCOMPARE(partNames(*m_diagram), QStringList({u"Box"_s, u"Chip"_s, u"Memory"_s, u"Port"_s}));
    QCOMPARE(m_diagram->partOfRow(3), -1);
    QCOMPARE(m_diagram->rowOfPart(3), 4);

    model->insert(1, PartsModel::part(u"Radio"_s, DiagramShape::Wireless, QRectF(40, 40, 10, 20)));
    QCOMPARE(partNames(*m_diagram),
             QStringList({u"Box"_s, u"Radio"_s, u"Chip"_s, u"Memory"_s, u"Port"_s}));
    QCOMPARE(m_diagram->partOfRow(1), 1);
    QVERIFY(!m_diagram->labelRect(1).isEmpty());

    model->remove(3); // Memory
    QCOMPARE(partNames(*m_diagram), QStringList({u"Box"_s, u"Radio"_s, u"Chip"_s, u"Port"_s}));
    QCOMPARE(m_diagram->rowOfPart(3), 4);

    model->move(4, 0); // Port first
    QCOMPARE(partNames(*m_diagram), QStringList({u"Port"_s, u"Box"_s, u"Radio"_s, u"Chip"_s}));
    for (int part = 0; part < m_diagram->partCount(); ++part)
        QCOMPARE(m_diagram->partOfRow(m_diagram->rowOfPart(part)), part);
}

void TestHardwareDiagram::followsLayoutChanges()
{
    const std::unique_ptr<PartsModel> model = partsModel();
    m_diagram->setModel(model.get());
    m_diagram->setFocusedPart(1);
    model->reverse(); // a layout change: Port, Price, Memory, Chip, Box
    QCOMPARE(partNames(*m_diagram), QStringList({u"Port"_s, u"Memory"_s, u"Chip"_s, u"Box"_s}));
    QCOMPARE(m_diagram->partOfRow(1), -1);
    QCOMPARE(m_diagram->rowOfPart(1), 2);
    QCOMPARE(m_diagram->partAt(m_diagram->partRect(2).center()), 2);
}

void TestHardwareDiagram::followsDataChanges()
{
    const std::unique_ptr<PartsModel> model = partsModel();
    m_diagram->setModel(model.get());
    const QRectF label = m_diagram->labelRect(1);
    // A new name moves the label.
    model->setData(model->index(1), u"A chip with a much longer name than before"_s,
                   int(HardwareModel::Role::Name));
    QCOMPARE(m_diagram->partName(1), u"A chip with a much longer name than before"_s);
    QVERIFY(m_diagram->labelRect(1) != label);
    // A new place moves the part.
    const QRectF part = m_diagram->partRect(2);
    model->setData(model->index(2), QRectF(60, 50, 20, 20), int(HardwareModel::Role::DiagramRect));
    QVERIFY(m_diagram->partRect(2).top() > part.top());
    // A row that loses its place leaves the drawing; one that gains it joins.
    model->setData(model->index(2), false, int(HardwareModel::Role::HasDiagram));
    QCOMPARE(partNames(*m_diagram), QStringList({u"Box"_s,
                                                 u"A chip with a much longer name "
                                                 "than before"_s,
                                                 u"Port"_s}));
    model->setData(model->index(3), int(DiagramShape::Power),
                   int(HardwareModel::Role::DiagramShape));
    model->setData(model->index(3), QRectF(110, 90, 10, 15), int(HardwareModel::Role::DiagramRect));
    model->setData(model->index(3), true, int(HardwareModel::Role::HasDiagram));
    QCOMPARE(m_diagram->partOfRow(3), 2);
    QCOMPARE(m_diagram->partName(2), u"Price"_s);
    // Other roles change nothing drawn.
    const QStringList before = partNames(*m_diagram);
    model->setData(model->index(0), u"Cheaper"_s, int(HardwareModel::Role::Value));
    QCOMPARE(partNames(*m_diagram), before);
}

void TestHardwareDiagram::sameModelTwice()
{
    const std::unique_ptr<PartsModel> model = partsModel();
    m_diagram->setModel(model.get());
    const QList<int> once(7, 1);
    QCOMPARE(model->followers(), once);
    m_diagram->setModel(model.get());
    QCOMPARE(model->followers(), once);
    QCOMPARE(m_diagram->model(), model.get());
    QCOMPARE(m_diagram->partCount(), 4);
    // Each change is followed once, as before.
    model->remove(1);
    QCOMPARE(partNames(*m_diagram), QStringList({u"Box"_s, u"Memory"_s, u"Port"_s}));
    model->insert(4, PartsModel::part(u"Fan"_s, DiagramShape::Network, QRectF(70, 60, 10, 10)));
    QCOMPARE(partNames(*m_diagram), QStringList({u"Box"_s, u"Memory"_s, u"Port"_s, u"Fan"_s}));
    QImage image(m_diagram->size(), QImage::Format_ARGB32_Premultiplied);
    m_diagram->render(&image);
}

void TestHardwareDiagram::leavesAModelItNoLongerHas()
{
    const std::unique_ptr<PartsModel> first = partsModel();
    const std::unique_ptr<PartsModel> second = partsModel();
    second->remove(1);
    m_diagram->setModel(first.get());
    m_diagram->setModel(second.get());
    QCOMPARE(first->followers(), QList<int>(7, 0));
    QCOMPARE(second->followers(), QList<int>(7, 1));
    QCOMPARE(m_diagram->partCount(), 3);
    first->clear(); // no longer followed
    QCOMPARE(m_diagram->partCount(), 3);
    m_diagram->setModel(first.get());
    QCOMPARE(m_diagram->partCount(), 0);
    second->clear();
    first->insert(0, PartsModel::part(u"Box"_s, DiagramShape::Chassis, QRectF(0, 0, 100, 100)));
    QCOMPARE(partNames(*m_diagram), QStringList({u"Box"_s}));
    m_diagram->setModel(nullptr);
    QCOMPARE(first->followers(), QList<int>(7, 0));
    QCOMPARE(m_diagram->partCount(), 0);
}

void TestHardwareDiagram::survivesItsModel()
{
    auto model = partsModel();
    m_diagram->setModel(model.get());
    QCOMPARE(m_diagram->partCount(), 4);
    model.reset();
    QCOMPARE(m_diagram->model(), nullptr);
    QCOMPARE(m_diagram->partCount(), 0);
    QImage image(m_diagram->size(), QImage::Format_ARGB32_Premultiplied);
    m_diagram->render(&image); // the empty state
}

QTEST_MAIN(TestHardwareDiagram)
#include "tst_hardwarediagram.moc"
