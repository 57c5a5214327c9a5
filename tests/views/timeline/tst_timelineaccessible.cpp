#include "models/catalog.h"
#include "models/eramodel.h"
#include "models/timelinefilterproxy.h"
#include "models/timelinemodel.h"
#include "timelinefixtures.h"
#include "views/theme.h"
#include "views/timeline/timelineaccessible.h"
#include "views/timeline/timelineitemview.h"

#include <QAccessible>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_TimelineAccessible : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void list();
    void childrenAreVisibleEvents();
    void eventNamesAndStates();
    void focusAndSelection();
    void hitTest();
    void pressSelects();
    void staleChildrenAreDropped();

private:
    Catalog *m_catalog = nullptr;
    TimelineFilterProxy *m_proxy = nullptr;
    TimelineItemView *m_view = nullptr;
};

void tst_TimelineAccessible::initTestCase()
{
    Appearance::loadFonts();
}

void tst_TimelineAccessible::init()
{
    m_catalog = new Catalog;
    m_catalog->setContent(TimelineFixtures::contentSet());
    m_proxy = new TimelineFilterProxy;
    m_proxy->setSourceModel(m_catalog->timeline());
    m_view = new TimelineItemView;
    m_view->setAxisModel(m_catalog->timeline());
    m_view->setEraModel(m_catalog->eras());
    m_view->setModel(m_proxy);
    m_view->resize(1200, 700);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    Appearance::instance()->setReducedMotion(true);
}

void tst_TimelineAccessible::cleanup()
{
    delete m_view;
    delete m_proxy;
    delete m_catalog;
}

void tst_TimelineAccessible::list()
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(m_view);
    QVERIFY(iface);
    QVERIFY(dynamic_cast<TimelineAccessible *>(iface));
    QCOMPARE(iface->role(), QAccessible::List);
    QCOMPARE(iface->text(QAccessible::Name), u"Timeline events"_s);
    QVERIFY(!iface->text(QAccessible::Description).isEmpty());
    m_view->setAccessibleName(u"Events"_s);
    QCOMPARE(iface->text(QAccessible::Name), u"Events"_s);
}

void tst_TimelineAccessible::childrenAreVisibleEvents()
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(m_view);
    QCOMPARE(iface->childCount(), 12);
    m_view->setZoom(m_view->maximumZoom());
    m_view->scrollTo(m_proxy->index(m_proxy->rowOf(u"on-sale"_s), 0),
                     QAbstractItemView::PositionAtCenter);
    const int visible = iface->childCount();
    QVERIFY(visible > 0 && visible < 12);
    QCOMPARE(visible, m_view->visibleIndexes().size());
    for (int i = 0; i < visible; ++i) {
        QAccessibleInterface *child = iface->child(i);
        QVERIFY(child);
        QCOMPARE(child->role(), QAccessible::ListItem);
        QCOMPARE(child->parent(), iface);
        QCOMPARE(iface->indexOfChild(child), i);
        // The same interface each time it is asked for.
        QCOMPARE(iface->child(i), child);
        QVERIFY(!child->state().offscreen);
    }
    QVERIFY(!iface->child(visible));
    QVERIFY(!iface->child(-1));
}

void tst_TimelineAccessible::eventNamesAndStates()
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(m_view);
    QStringList names;
    for (int i = 0; i < iface->childCount(); ++i)
        names.append(iface->child(i)->text(QAccessible::Name));
    QCOMPARE(names.at(0), u"April 5, 2016: First box announced"_s);
    // A month stays a month.
    QCOMPARE(names.at(1), u"August 2016: The first box goes to a lab"_s);
    QVERIFY(names.contains(u"October 13, 2025: Spark lands at the Harbour"_s));
    QCOMPARE(names.last(), u"February 2026: Price rises to $4,999"_s);

    QAccessibleInterface *child = iface->child(0);
    QVERIFY(child->text(QAccessible::Description)
                    .startsWith(u"A large box of eight accelerators"_s));
    const QRect rect = child->rect();
    const QRect visual = m_view->visualRect(m_proxy->index(0, 0));
    QCOMPARE(rect.size(), visual.size());
    QCOMPARE(rect.topLeft(), m_view->viewport()->mapToGlobal(visual.topLeft()));
    const QAccessible::State state = child->state();
    QVERIFY(state.selectable);
    QVERIFY(state.focusable);
    QVERIFY(!state.selected);
    QVERIFY(!state.focused);
}

void tst_TimelineAccessible::focusAndSelection()
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(m_view);
    m_view->setFocus();
    QVERIFY(m_view->hasFocus());
    QTest::keyClick(m_view, Qt::Key_End);
    QAccessibleInterface *focus = iface->focusChild();
    QVERIFY(focus);
    QCOMPARE(focus->text(QAccessible::Name), u"February 2026: Price rises to $4,999"_s);
    QVERIFY(focus->state().focused);
    QVERIFY(focus->state().selected);
    QTest::keyClick(m_view, Qt::Key_Home);
    QVERIFY(!focus->state().selected);
    QCOMPARE(iface->focusChild()->text(QAccessible::Name), u"April 5, 2016: First box announced"_s);
}

void tst_TimelineAccessible::hitTest()
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(m_view);
    const QModelIndex index = m_proxy->index(m_proxy->rowOf(u"chips"_s), 0);
    const QPoint marker = m_view->markerCenter(index).toPoint();
    const QPoint global = m_view->viewport()->mapToGlobal(marker);
    QAccessibleInterface *child = iface->childAt(global.x(), global.y());
    QVERIFY(child);
    QCOMPARE(child->text(QAccessible::Name), u"August 2025: The chip detailed at a talk"_s);
    const QPoint nowhere = m_view->viewport()->mapToGlobal(m_view->overviewRect().topLeft());
    QVERIFY(!iface->childAt(nowhere.x(), nowhere.y()));
}

void tst_TimelineAccessible::pressSelects()
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(m_view);
    QAccessibleInterface *child = iface->child(3);
    QAccessibleActionInterface *actions = child->actionInterface();
    QVERIFY(actions);
    QVERIFY(actions->actionNames().contains(QAccessibleActionInterface::pressAction()));
    actions->doAction(QAccessibleActionInterface::pressAction());
    QCOMPARE(m_view->currentIndex(), m_proxy->index(3, 0));
    QVERIFY(child->state().selected);
}

void tst_TimelineAccessible::staleChildrenAreDropped()
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(m_view);
    QAccessibleInterface *child = iface->child(0);
    QVERIFY(child->isValid());
    m_proxy->setCategories({u"launch"_s});
    QCOMPARE(iface->childCount(), 1);
    QCOMPARE(iface->child(0)->text(QAccessible::Name),
             u"October 15, 2025: The Spark goes on sale"_s);
    m_proxy->setCategories({});
    QCOMPARE(iface->childCount(), 12);
    QCOMPARE(iface->child(0)->text(QAccessible::Name), u"April 5, 2016: First box announced"_s);
}

QTEST_MAIN(tst_TimelineAccessible)
#include "tst_timelineaccessible.moc"
