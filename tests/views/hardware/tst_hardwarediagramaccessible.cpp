#include "hardwarefixtures.h"
#include "models/hardwaremodel.h"
#include "views/hardware/hardwarediagram.h"
#include "views/hardware/hardwarediagramaccessible.h"
#include "views/theme.h"

#include <QAccessible>
#include <QItemSelectionModel>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestHardwareDiagramAccessible : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void theFactoryIsInstalled();
    void everyPartHasANameAndDescription();
    void rectsFollowTheParts();
    void statesFollowSelectionAndFocus();
    void pressSelects();
    void childAtFindsParts();
    void countFollowsTheModel();

private:
    QAccessibleInterface *diagramInterface() const;

    HardwareContent m_content;
    std::unique_ptr<HardwareModel> m_model;
    std::unique_ptr<QItemSelectionModel> m_selection;
    std::unique_ptr<HardwareDiagram> m_diagram;
};

void TestHardwareDiagramAccessible::initTestCase()
{
    Appearance::loadFonts();
    m_content = HardwareFixtures::content();
}

void TestHardwareDiagramAccessible::init()
{
    m_model = std::make_unique<HardwareModel>();
    m_model->setContent(m_content);
    m_selection = std::make_unique<QItemSelectionModel>(m_model.get());
    m_diagram = std::make_unique<HardwareDiagram>();
    m_diagram->setModel(m_model.get());
    m_diagram->setSelectionModel(m_selection.get());
    m_diagram->resize(900, 600);
}

void TestHardwareDiagramAccessible::cleanup()
{
    m_diagram.reset();
    m_selection.reset();
    m_model.reset();
}

QAccessibleInterface *TestHardwareDiagramAccessible::diagramInterface() const
{
    return QAccessible::queryAccessibleInterface(m_diagram.get());
}

void TestHardwareDiagramAccessible::theFactoryIsInstalled()
{
    QAccessibleInterface *iface = diagramInterface();
    QVERIFY(iface);
    QVERIFY(dynamic_cast<HardwareDiagramAccessible *>(iface));
    QCOMPARE(iface->role(), QAccessible::List);
    QVERIFY(!iface->text(QAccessible::Name).isEmpty());
    QVERIFY(!iface->text(QAccessible::Description).isEmpty());
    QVERIFY(iface->state().focusable);
}

void TestHardwareDiagramAccessible::everyPartHasANameAndDescription()
{
    QAccessibleInterface *iface = diagramInterface();
    QCOMPARE(iface->childCount(), m_diagram->partCount());
    QVERIFY(iface->childCount() >= 12);
    for (int part = 0; part < iface->childCount(); ++part) {
        QAccessibleInterface *child = iface->child(part);
        QVERIFY(child);
        QVERIFY(child->isValid());
        QCOMPARE(child->role(), QAccessible::ListItem);
        const QModelIndex index = m_model->index(m_diagram->rowOfPart(part), 0);
        const QString name = index.data(int(HardwareModel::Role::Name)).toString();
        QVERIFY(!name.isEmpty());
        QCOMPARE(child->text(QAccessible::Name), name);
        const QString description = child->text(QAccessible::Description);
        QVERIFY(description.contains(index.data(int(HardwareModel::Role::Value)).toString()));
        QVERIFY(description.contains(index.data(int(HardwareModel::Role::Why)).toString()));
        QCOMPARE(child->parent(), iface);
        QCOMPARE(iface->indexOfChild(child), part);
        // The same object on every query.
        QCOMPARE(iface->child(part), child);
    }
    QVERIFY(!iface->child(iface->childCount()));
    QVERIFY(!iface->child(-1));
}

void TestHardwareDiagramAccessible::rectsFollowTheParts()
{
    QAccessibleInterface *iface = diagramInterface();
    const QRect whole(m_diagram->mapToGlobal(QPoint(0, 0)), m_diagram->size());
    for (int part = 0; part < iface->childCount(); ++part) {
        const QRect rect = iface->child(part)->rect();
        QVERIFY(!rect.isEmpty());
        QVERIFY(whole.contains(rect));
        const QRect local = m_diagram->partRect(part).toAlignedRect();
        QCOMPARE(rect.size(), local.size());
        QCOMPARE(rect.topLeft(), m_diagram->mapToGlobal(local.topLeft()));
    }
}

void TestHardwareDiagramAccessible::statesFollowSelectionAndFocus()
{
    QAccessibleInterface *iface = diagramInterface();
    const int part = m_diagram->partOfRow(m_model->rowOf(u"gpu"_s));
    QVERIFY(!iface->child(part)->state().selected);
    QVERIFY(iface->child(part)->state().selectable);
    m_diagram->selectPart(part);
    QVERIFY(iface->child(part)->state().selected);
    QVERIFY(!iface->child(part + 1)->state().selected);

    m_diagram->show();
    QVERIFY(QTest::qWaitForWindowActive(m_diagram.get()));
    m_diagram->setFocus();
    m_diagram->setFocusedPart(part);
    QVERIFY(iface->child(part)->state().focused);
    QCOMPARE(iface->focusChild(), iface->child(part));
}

void TestHardwareDiagramAccessible::pressSelects()
{
    QAccessibleInterface *child = diagramInterface()->child(3);
    QAccessibleActionInterface *action = child->actionInterface();
    QVERIFY(action);
    QVERIFY(action->actionNames().contains(QAccessibleActionInterface::pressAction()));
    action->doAction(QAccessibleActionInterface::pressAction());
    QCOMPARE(m_diagram->selectedPart(), 3);
    QCOMPARE(m_selection->selectedRows().first().row(), m_diagram->rowOfPart(3));
}

void TestHardwareDiagramAccessible::childAtFindsParts()
{
    QAccessibleInterface *iface = diagramInterface();
    const int part = m_diagram->partOfRow(m_model->rowOf(u"memory"_s));
    const QPoint global = m_diagram->mapToGlobal(m_diagram->partRect(part).center().toPoint());
    QCOMPARE(iface->childAt(global.x(), global.y()), iface->child(part));
}

void TestHardwareDiagramAccessible::countFollowsTheModel()
{
    QAccessibleInterface *iface = diagramInterface();
    QAccessibleInterface *last = iface->child(iface->childCount() - 1);
    m_model->setContent({});
    QCOMPARE(iface->childCount(), 0);
    QVERIFY(!last->isValid());
    m_model->setContent(m_content);
    QCOMPARE(iface->childCount(), m_diagram->partCount());
}

QTEST_MAIN(TestHardwareDiagramAccessible)
#include "tst_hardwarediagramaccessible.moc"
