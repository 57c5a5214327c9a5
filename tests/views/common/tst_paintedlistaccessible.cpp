#include "views/common/painteditemaccessible.h"
#include "views/common/paintedlistaccessible.h"

#include <QListView>
#include <QStringListModel>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A list view that the test's interface stands for (its class name, not
// QListView's, picks the factory).
class BackwardsList : public QListView
{
    Q_OBJECT

public:
    using QListView::QListView;
};

// One row of the list.
class BackwardsRowAccessible : public PaintedItemAccessible
{
public:
    BackwardsRowAccessible(QAbstractItemView *view, int row)
        : PaintedItemAccessible(view)
        , m_row(row)
    {}

    QModelIndex modelIndex() const override
    {
        const QAbstractItemView *view = itemView();
        return view && view->model() ? view->model()->index(m_row, 0) : QModelIndex();
    }
    bool isValid() const override { return modelIndex().isValid(); }
    QString text(QAccessible::Text) const override { return modelIndex().data().toString(); }
    QAccessible::State state() const override { return {}; }

private:
    int m_row;
};

// The list's children are its rows, last row first; the interfaces of the rows
// go whenever generation changes.
class BackwardsListAccessible : public PaintedListAccessible
{
public:
    explicit BackwardsListAccessible(QAbstractItemView *view)
        : PaintedListAccessible(view)
    {}

    int generation = 0;
    int made = 0;

    int childCount() const override { return rowCount(); }

protected:
    QModelIndex childIndex(int child) const override
    {
        if (child < 0 || child >= rowCount())
            return {};
        return itemView()->model()->index(rowCount() - 1 - child, 0);
    }
    int childOf(const QModelIndex &index) const override { return rowCount() - 1 - index.row(); }
    QAccessibleInterface *createItem(const QModelIndex &index) const override
    {
        ++const_cast<BackwardsListAccessible *>(this)->made;
        return new BackwardsRowAccessible(itemView(), index.row());
    }
    int rowsGeneration() const override { return generation; }
    QString fallbackText(QAccessible::Text t) const override
    {
        return t == QAccessible::Name ? u"rows backwards"_s : QString();
    }

private:
    int rowCount() const { return itemView()->model() ? itemView()->model()->rowCount() : 0; }
};

QAccessibleInterface *backwardsListFactory(const QString &className, QObject *object)
{
    if (className == u"BackwardsList" && object && object->isWidgetType())
        return new BackwardsListAccessible(static_cast<BackwardsList *>(object));
    return nullptr;
}

QStringList backwardsWords(int count)
{
    QStringList list;
    for (int i = 0; i < count; ++i)
        list.append(u"row %1"_s.arg(i));
    return list;
}

BackwardsListAccessible *backwardsAccessibleOf(BackwardsList *list)
{
    return dynamic_cast<BackwardsListAccessible *>(QAccessible::queryAccessibleInterface(list));
}

QModelIndex backwardsIndexOf(QAccessibleInterface *child)
{
    const auto *painted = dynamic_cast<PaintedItemAccessible *>(child);
    return painted ? painted->modelIndex() : QModelIndex();
}

} // namespace

class TestPaintedListAccessible : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void isAListOfTheWidget();
    void childrenAreTheRowsTheSubclassNames();
    void keepsOneInterfaceARow();
    void knowsOnlyItsOwnChildren();
    void findsTheChildAtAPoint();
    void focusChildIsTheCurrentRowWhileFocused();
    void textFallsBackWhenTheWidgetHasNone();
    void renewsChildrenWhenTheRowsChange();
    void dropsChildrenWhenAsked();
    void dropsChildrenWithTheView();
};

void TestPaintedListAccessible::initTestCase()
{
    QAccessible::installFactory(backwardsListFactory);
}

void TestPaintedListAccessible::cleanupTestCase()
{
    QAccessible::removeFactory(backwardsListFactory);
}

void TestPaintedListAccessible::isAListOfTheWidget()
{
    BackwardsList list;
    BackwardsListAccessible *iface = backwardsAccessibleOf(&list);
    QVERIFY(iface);
    QCOMPARE(iface->role(), QAccessible::List);
    QCOMPARE(iface->object(), &list);
    QCOMPARE(iface->itemView(), &list);
}

void TestPaintedListAccessible::childrenAreTheRowsTheSubclassNames()
{
    QStringListModel model(backwardsWords(3));
    BackwardsList list;
    list.setModel(&model);
    BackwardsListAccessible *iface = backwardsAccessibleOf(&list);
    QCOMPARE(iface->childCount(), 3);
    for (int child = 0; child < 3; ++child) {
        QAccessibleInterface *item = iface->child(child);
        QVERIFY(item);
        QCOMPARE(backwardsIndexOf(item), model.index(2 - child, 0));
        QCOMPARE(item->text(QAccessible::Name), u"row %1"_s.arg(2 - child));
        QCOMPARE(item->parent(), iface);
        QCOMPARE(iface->indexOfChild(item), child);
    }
    QCOMPARE(iface->child(-1), nullptr);
    QCOMPARE(iface->child(3), nullptr);
}

void TestPaintedListAccessible::keepsOneInterfaceARow()
{
    QStringListModel model(backwardsWords(3));
    BackwardsList list;
    list.setModel(&model);
    BackwardsListAccessible *iface = backwardsAccessibleOf(&list);
    QAccessibleInterface *first = iface->child(1);
    QCOMPARE(iface->child(1), first);
    QCOMPARE(iface->made, 1);
    // Registered, so that events and bridges can name it by id.
    const QAccessible::Id id = QAccessible::uniqueId(first);
    QCOMPARE(QAccessible::accessibleInterface(id), first);
    QVERIFY(iface->child(0) != first);
    QCOMPARE(iface->made, 2);
}

void TestPaintedListAccessible::knowsOnlyItsOwnChildren()
{
    QStringListModel model(backwardsWords(3));
    BackwardsList list;
    list.setModel(&model);
    BackwardsList other;
    other.setModel(&model);
    BackwardsListAccessible *iface = backwardsAccessibleOf(&list);

    // Not a painted item: the list itself, or another widget's interface.
    QCOMPARE(iface->indexOfChild(iface), -1);
    QCOMPARE(iface->indexOfChild(QAccessible::queryAccessibleInterface(list.viewport())), -1);
    // The same row of another view.
    QCOMPARE(iface->indexOfChild(backwardsAccessibleOf(&other)->child(0)), -1);
    // A row no longer there.
    BackwardsRowAccessible gone(&list, 5);
    QCOMPARE(iface->indexOfChild(&gone), -1);
    // A row made elsewhere but of this view is still the child that shows it.
    BackwardsRowAccessible second(&list, 1);
    QCOMPARE(iface->indexOfChild(&second), 1);
}

void TestPaintedListAccessible::findsTheChildAtAPoint()
{
    QStringListModel model(backwardsWords(3));
    BackwardsList list;
    list.resize(200, 200);
    list.setModel(&model);
    list.show();
    QVERIFY(QTest::qWaitForWindowExposed(&list));
    BackwardsListAccessible *iface = backwardsAccessibleOf(&list);
    const QRect row = list.visualRect(model.index(2, 0));
    QVERIFY(!row.isEmpty());
    QAccessibleInterface *found = iface->childAt(list.viewport()->mapToGlobal(row.center()).x(),
                                                 list.viewport()->mapToGlobal(row.center()).y());
    QCOMPARE(found, iface->child(0));
    // Below the rows there is none.
    const QPoint below = list.viewport()->mapToGlobal(QPoint(row.center().x(), row.bottom() + 40));
    QCOMPARE(iface->childAt(below.x(), below.y()), nullptr);
}

void TestPaintedListAccessible::focusChildIsTheCurrentRowWhileFocused()
{
    QStringListModel model(backwardsWords(3));
    QWidget window;
    auto *list = new BackwardsList(&window);
    list->setModel(&model);
    auto *elsewhere = new QListView(&window);
    elsewhere->move(0, 150);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    BackwardsListAccessible *iface = backwardsAccessibleOf(list);
    list->setCurrentIndex(model.index(1, 0));
    elsewhere->setFocus();
    QVERIFY(!list->hasFocus());
    QCOMPARE(iface->focusChild(), nullptr);
    list->setFocus();
    QVERIFY(list->hasFocus());
    QCOMPARE(iface->focusChild(), iface->child(1));
    list->setCurrentIndex(model.index(0, 0));
    QCOMPARE(iface->focusChild(), iface->child(2));
    // Focused with no current row.
    list->setCurrentIndex(QModelIndex());
    QCOMPARE(iface->focusChild(), nullptr);
}

void TestPaintedListAccessible::textFallsBackWhenTheWidgetHasNone()
{
    BackwardsList list;
    BackwardsListAccessible *iface = backwardsAccessibleOf(&list);
    QCOMPARE(iface->text(QAccessible::Name), u"rows backwards"_s);
    QCOMPARE(iface->text(QAccessible::Description), QString());
    list.setAccessibleName(u"named"_s);
    list.setAccessibleDescription(u"described"_s);
    QCOMPARE(iface->text(QAccessible::Name), u"named"_s);
    QCOMPARE(iface->text(QAccessible::Description), u"described"_s);
}

void TestPaintedListAccessible::renewsChildrenWhenTheRowsChange()
{
    QStringListModel model(backwardsWords(3));
    BackwardsList list;
    list.setModel(&model);
    BackwardsListAccessible *iface = backwardsAccessibleOf(&list);
    const QAccessible::Id before = QAccessible::uniqueId(iface->child(0));
    const QAccessible::Id kept = QAccessible::uniqueId(iface->child(1));
    QCOMPARE(iface->made, 2);

    ++iface->generation;
    QAccessibleInterface *renewed = iface->child(0);
    QCOMPARE(iface->made, 3);
    QVERIFY(renewed);
    QCOMPARE(QAccessible::accessibleInterface(before), nullptr);
    // Every row's interface went, not only the one asked for.
    QCOMPARE(QAccessible::accessibleInterface(kept), nullptr);
    // And the new ones are kept again until the next change.
    QCOMPARE(iface->child(0), renewed);
    QCOMPARE(iface->made, 3);
}

void TestPaintedListAccessible::dropsChildrenWhenAsked()
{
    QStringListModel model(backwardsWords(3));
    BackwardsList list;
    list.setModel(&model);
    BackwardsListAccessible *iface = backwardsAccessibleOf(&list);
    const QAccessible::Id before = QAccessible::uniqueId(iface->child(2));
    iface->forgetItems();
    QCOMPARE(QAccessible::accessibleInterface(before), nullptr);
    QVERIFY(iface->child(2));
    QCOMPARE(iface->made, 2);
}

void TestPaintedListAccessible::dropsChildrenWithTheView()
{
    QStringListModel model(backwardsWords(3));
    auto *list = new BackwardsList;
    list->setModel(&model);
    BackwardsListAccessible *iface = backwardsAccessibleOf(list);
    const QAccessible::Id first = QAccessible::uniqueId(iface->child(0));
    const QAccessible::Id second = QAccessible::uniqueId(iface->child(1));
    delete list;
    QCOMPARE(QAccessible::accessibleInterface(first), nullptr);
    QCOMPARE(QAccessible::accessibleInterface(second), nullptr);
}

QTEST_MAIN(TestPaintedListAccessible)
#include "tst_paintedlistaccessible.moc"
