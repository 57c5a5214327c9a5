#include "views/common/painteditemaccessible.h"

#include <QListView>
#include <QStringListModel>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// One row of a list view, the way the quote wall's cards are made.
class RowAccessible : public PaintedItemAccessible
{
public:
    RowAccessible(QAbstractItemView *view, int row)
        : PaintedItemAccessible(view)
        , m_row(row)
    {}

    QModelIndex modelIndex() const override
    {
        return itemView() ? itemView()->model()->index(m_row, 0) : QModelIndex();
    }
    bool isValid() const override { return modelIndex().isValid(); }
    QString text(QAccessible::Text) const override { return modelIndex().data().toString(); }
    QAccessible::State state() const override { return {}; }

private:
    int m_row;
};

} // namespace

class TestPaintedItemAccessible : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isAChildlessListItem();
    void sitsInTheView();
    void isPlacedWhereTheViewPaintsIt();
    void outlivesTheView();
};

void TestPaintedItemAccessible::isAChildlessListItem()
{
    QStringListModel model({u"one"_s});
    QListView view;
    view.setModel(&model);
    RowAccessible item(&view, 0);
    QCOMPARE(item.role(), QAccessible::ListItem);
    QCOMPARE(item.object(), nullptr);
    QCOMPARE(item.childCount(), 0);
    QCOMPARE(item.child(0), nullptr);
    QCOMPARE(item.childAt(1, 1), nullptr);
    QCOMPARE(item.indexOfChild(&item), -1);
    item.setText(QAccessible::Name, u"changed"_s);
    QCOMPARE(item.text(QAccessible::Name), u"one"_s);
}

void TestPaintedItemAccessible::sitsInTheView()
{
    QStringListModel model({u"one"_s});
    QWidget window;
    auto *view = new QListView(&window);
    view->setModel(&model);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    RowAccessible item(view, 0);
    QCOMPARE(item.parent(), QAccessible::queryAccessibleInterface(view));
    QCOMPARE(item.window(), window.windowHandle());
}

void TestPaintedItemAccessible::isPlacedWhereTheViewPaintsIt()
{
    QStringListModel model({u"one"_s, u"two"_s, u"three"_s});
    QWidget window;
    window.resize(300, 200);
    auto *view = new QListView(&window);
    view->setGeometry(40, 30, 200, 150);
    view->setModel(&model);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    RowAccessible second(view, 1);
    const QRect local = view->visualRect(model.index(1, 0));
    QVERIFY(!local.isEmpty());
    QCOMPARE(second.rect(), QRect(view->viewport()->mapToGlobal(local.topLeft()), local.size()));
    QVERIFY(second.rect().top() > RowAccessible(view, 0).rect().top());

    // An item no longer there has no place.
    RowAccessible gone(view, 5);
    QVERIFY(!gone.isValid());
    QCOMPARE(gone.rect(), QRect());
}

void TestPaintedItemAccessible::outlivesTheView()
{
    QStringListModel model({u"one"_s});
    auto *view = new QListView;
    view->setModel(&model);
    RowAccessible item(view, 0);
    QVERIFY(item.isValid());
    delete view;
    QVERIFY(!item.isValid());
    QCOMPARE(item.parent(), nullptr);
    QCOMPARE(item.window(), nullptr);
    QCOMPARE(item.rect(), QRect());
}

QTEST_MAIN(TestPaintedItemAccessible)
#include "tst_painteditemaccessible.moc"
