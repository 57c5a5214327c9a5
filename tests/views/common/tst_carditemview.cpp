#include "views/common/carditemview.h"

#include <QScrollBar>
#include <QStandardItemModel>
#include <QStringListModel>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Rows of one extent side by side along the scroll direction, each as wide as
// the viewport across it, the first at the start; the scroll bar's value moves them.
class StripView : public CardItemView
{
public:
    static constexpr int Extent = 20;

    explicit StripView(Qt::Orientation orientation = Qt::Vertical, int bleed = 0)
        : m_orientation(orientation)
        , m_bleed(bleed)
    {}

    using CardItemView::horizontalOffset;
    using CardItemView::isIndexHidden;
    using CardItemView::setSelection;
    using CardItemView::verticalOffset;
    using CardItemView::visualRegionForSelection;

    void scrollTo(const QModelIndex &, ScrollHint) override {}
    QModelIndex moveCursor(CursorAction, Qt::KeyboardModifiers) override { return {}; }

protected:
    QRect rowRect(int row) const override
    {
        if (row < 0 || row >= rowCount())
            return {};
        const QSize size = viewport()->size();
        if (m_orientation == Qt::Vertical)
            return QRect(0, row * Extent - verticalScrollBar()->value(), size.width(), Extent);
        return QRect(row * Extent - horizontalScrollBar()->value(), 0, Extent, size.height());
    }
    int rowAt(const QPoint &point) const override
    {
        for (int row = 0; row < rowCount(); ++row) {
            if (rowRect(row).contains(point))
                return row;
        }
        return -1;
    }
    // From the rectangle's start to its end along the axis: it counts on the
    // rectangle being normalized, as the real views do.
    QList<int> rowsIn(const QRect &rect) const override
    {
        const bool vertical = m_orientation == Qt::Vertical;
        const int offset = vertical ? verticalScrollBar()->value() : horizontalScrollBar()->value();
        const int start = (vertical ? rect.top() : rect.left()) + offset;
        const int end = (vertical ? rect.bottom() : rect.right()) + offset;
        QList<int> rows;
        if (end < 0)
            return rows;
        for (int row = std::max(0, start / Extent); row <= std::min(rowCount() - 1, end / Extent);
             ++row) {
            rows.append(row);
        }
        return rows;
    }
    Qt::Orientation scrollOrientation() const override { return m_orientation; }
    int rowBleed() const override { return m_bleed; }

private:
    int rowCount() const { return model() ? model()->rowCount(rootIndex()) : 0; }

    Qt::Orientation m_orientation;
    int m_bleed;
};

QStringList cardWords(int count)
{
    QStringList list;
    for (int i = 0; i < count; ++i)
        list.append(u"row %1"_s.arg(i));
    return list;
}

QList<int> cardSelectedRows(const QAbstractItemView &view)
{
    QList<int> rows;
    const QModelIndexList selected = view.selectionModel()->selectedIndexes();
    for (const QModelIndex &index : selected)
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void sendCardMouse(QWidget *viewport, QEvent::Type type, const QPoint &pos,
                   Qt::MouseButtons buttons)
{
    QMouseEvent event(type, pos, viewport->mapToGlobal(pos), Qt::LeftButton, buttons,
                      Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &event);
}

} // namespace

class TestCardItemView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isAReadOnlySingleSelectionList();
    void placesTheRowsOfItsModel();
    void answersOnlyForItsRoot();
    void findsTheRowAtAPoint();
    void hidesNoRow();
    void offsetsFollowTheScrollDirection_data();
    void offsetsFollowTheScrollDirection();
    void selectsTheRowsInARectangle();
    void selectsNothingWithoutAModel();
    void clickSelectsTheRowUnderTheMouse();
    void dragSelectsFromWhereItStartedAfterScrolling();
    void selectionRegionCoversTheRowsAndTheirBleed();
};

void TestCardItemView::isAReadOnlySingleSelectionList()
{
    StripView view;
    QCOMPARE(view.selectionMode(), QAbstractItemView::SingleSelection);
    QCOMPARE(view.selectionBehavior(), QAbstractItemView::SelectRows);
    QCOMPARE(view.editTriggers(), QAbstractItemView::NoEditTriggers);
    QCOMPARE(view.horizontalScrollBarPolicy(), Qt::ScrollBarAlwaysOff);
    QCOMPARE(view.frameShape(), QFrame::NoFrame);
    QCOMPARE(view.focusPolicy(), Qt::StrongFocus);
    QVERIFY(view.hasMouseTracking());
}

void TestCardItemView::placesTheRowsOfItsModel()
{
    QStringListModel model(cardWords(4));
    StripView view;
    view.resize(200, 100);
    view.setModel(&model);
    const int width = view.viewport()->width();
    QCOMPARE(view.visualRect(model.index(0, 0)), QRect(0, 0, width, StripView::Extent));
    QCOMPARE(view.visualRect(model.index(2, 0)),
             QRect(0, 2 * StripView::Extent, width, StripView::Extent));
    // No index, or one of another model, has no place.
    QCOMPARE(view.visualRect(QModelIndex()), QRect());
    QStringListModel other(cardWords(4));
    QCOMPARE(view.visualRect(other.index(2, 0)), QRect());
}

void TestCardItemView::answersOnlyForItsRoot()
{
    QStandardItemModel model;
    for (int i = 0; i < 3; ++i) {
        auto *parent = new QStandardItem(u"parent %1"_s.arg(i));
        for (int j = 0; j < 3; ++j)
            parent->appendRow(new QStandardItem(u"child %1"_s.arg(j)));
        model.appendRow(parent);
    }
    StripView view;
    view.resize(200, 100);
    view.setModel(&model);
    const QModelIndex root = model.index(1, 0);
    view.setRootIndex(root);
    QCOMPARE(view.visualRect(model.index(2, 0, root)).top(), 2 * StripView::Extent);
    // A row of the same number elsewhere in the tree is not one of the view's.
    QCOMPARE(view.visualRect(model.index(2, 0)), QRect());
    QCOMPARE(view.visualRect(model.index(2, 0, model.index(0, 0))), QRect());
    // Points and rectangles name the root's children.
    QCOMPARE(view.indexAt(QPoint(5, StripView::Extent + 5)), model.index(1, 0, root));
    view.setSelection(QRect(5, 5, 10, StripView::Extent), QItemSelectionModel::ClearAndSelect);
    const QModelIndexList selected = view.selectionModel()->selectedIndexes();
    QCOMPARE(selected.size(), 2);
    for (const QModelIndex &index : selected)
        QCOMPARE(index.parent(), root);
}

void TestCardItemView::findsTheRowAtAPoint()
{
    StripView empty;
    QCOMPARE(empty.indexAt(QPoint(5, 5)), QModelIndex());

    QStringListModel model(cardWords(3));
    StripView view;
    view.resize(200, 100);
    view.setModel(&model);
    QCOMPARE(view.indexAt(QPoint(5, 5)), model.index(0, 0));
    QCOMPARE(view.indexAt(QPoint(5, 2 * StripView::Extent + 1)), model.index(2, 0));
    // Below the last row there is none.
    QCOMPARE(view.indexAt(QPoint(5, 3 * StripView::Extent + 1)), QModelIndex());
}

void TestCardItemView::hidesNoRow()
{
    QStringListModel model(cardWords(3));
    StripView view;
    view.setModel(&model);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(!view.isIndexHidden(model.index(row, 0)));
}

void TestCardItemView::offsetsFollowTheScrollDirection_data()
{
    QTest::addColumn<Qt::Orientation>("orientation");
    QTest::newRow("vertical") << Qt::Vertical;
    QTest::newRow("horizontal") << Qt::Horizontal;
}

void TestCardItemView::offsetsFollowTheScrollDirection()
{
    QFETCH(Qt::Orientation, orientation);
    StripView view(orientation);
    view.horizontalScrollBar()->setRange(0, 200);
    view.verticalScrollBar()->setRange(0, 200);
    view.horizontalScrollBar()->setValue(30);
    view.verticalScrollBar()->setValue(50);
    if (orientation == Qt::Vertical) {
        QCOMPARE(view.verticalOffset(), 50);
        QCOMPARE(view.horizontalOffset(), 0);
    } else {
        QCOMPARE(view.horizontalOffset(), 30);
        QCOMPARE(view.verticalOffset(), 0);
    }
}

void TestCardItemView::selectsTheRowsInARectangle()
{
    QStringListModel model(cardWords(6));
    StripView view;
    view.resize(200, 200);
    view.setModel(&model);
    const int extent = StripView::Extent;
    view.setSelection(QRect(5, extent + 2, 10, extent), QItemSelectionModel::ClearAndSelect);
    QCOMPARE(cardSelectedRows(view), QList<int>({1, 2}));
    // A rectangle drawn backwards is the same rectangle.
    view.setSelection(QRect(QPoint(15, 4 * extent + 5), QPoint(5, 3 * extent + 5)),
                      QItemSelectionModel::ClearAndSelect);
    QCOMPARE(cardSelectedRows(view), QList<int>({3, 4}));
    // The command is the caller's: Select adds to what is selected.
    view.setSelection(QRect(5, 5, 10, 5), QItemSelectionModel::Select);
    QCOMPARE(cardSelectedRows(view), QList<int>({0, 3, 4}));
    // A rectangle over no row clears with ClearAndSelect.
    view.setSelection(QRect(5, 7 * extent, 10, 10), QItemSelectionModel::ClearAndSelect);
    QCOMPARE(cardSelectedRows(view), QList<int>());
}

void TestCardItemView::selectsNothingWithoutAModel()
{
    StripView view;
    view.setSelection(QRect(0, 0, 100, 100), QItemSelectionModel::ClearAndSelect);
    QCOMPARE(view.selectionModel(), nullptr);
}

void TestCardItemView::clickSelectsTheRowUnderTheMouse()
{
    QStringListModel model(cardWords(5));
    StripView view;
    view.resize(200, 200);
    view.setModel(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QPoint point(10, 3 * StripView::Extent + 4);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, point);
    QCOMPARE(cardSelectedRows(view), QList<int>({3}));
    QCOMPARE(view.currentIndex(), model.index(3, 0));
}

void TestCardItemView::dragSelectsFromWhereItStartedAfterScrolling()
{
    // Qt keeps where a drag started in content coordinates, with the offsets;
    // once the rows scroll, the selection still reaches back to the row pressed.
    QStringListModel model(cardWords(10));
    StripView view;
    view.setSelectionMode(QAbstractItemView::ExtendedSelection);
    view.resize(200, 100);
    view.setModel(&model);
    view.verticalScrollBar()->setRange(0, 100);
    const int extent = StripView::Extent;
    QWidget *viewport = view.viewport();
    sendCardMouse(viewport, QEvent::MouseButtonPress, QPoint(10, extent + 5), Qt::LeftButton);
    QCOMPARE(cardSelectedRows(view), QList<int>({1}));
    view.verticalScrollBar()->setValue(2 * extent);
    // Row 4 is now at the viewport's 2 * extent.
    sendCardMouse(viewport, QEvent::MouseMove, QPoint(10, 2 * extent + 5), Qt::LeftButton);
    QCOMPARE(cardSelectedRows(view), QList<int>({1, 2, 3, 4}));
    sendCardMouse(viewport, QEvent::MouseButtonRelease, QPoint(10, 2 * extent + 5), Qt::NoButton);
}

void TestCardItemView::selectionRegionCoversTheRowsAndTheirBleed()
{
    QStringListModel model(cardWords(6));
    const int extent = StripView::Extent;
    QItemSelection selection(model.index(1, 0), model.index(2, 0));
    selection.select(model.index(4, 0), model.index(4, 0));

    StripView plain;
    plain.resize(200, 200);
    plain.setModel(&model);
    const int width = plain.viewport()->width();
    const QRegion region = plain.visualRegionForSelection(selection);
    QCOMPARE(region, QRegion(0, extent, width, 2 * extent) + QRegion(0, 4 * extent, width, extent));

    // A view that paints past its rows (a focus ring) repaints that much more.
    StripView ringed(Qt::Vertical, 3);
    ringed.resize(200, 200);
    ringed.setModel(&model);
    const QRegion grown = ringed.visualRegionForSelection(selection);
    QCOMPARE(grown.boundingRect(), QRect(-3, extent - 3, width + 6, 4 * extent + 6));
    QVERIFY(!grown.contains(QPoint(width / 2, 3 * extent + 10)));
    QVERIFY(grown.contains(QPoint(width / 2, 3 * extent - 2)));
    QVERIFY(grown.contains(QPoint(width + 2, 4 * extent)));

    QCOMPARE(plain.visualRegionForSelection(QItemSelection()), QRegion());
}

QTEST_MAIN(TestCardItemView)
#include "tst_carditemview.moc"
