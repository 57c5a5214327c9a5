#include "views/common/filtercurrent.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStringListModel>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Shows the rows whose text holds none of the hidden letters; tells a change
// either row by row (Qt's own way) or as one layout change.
class LetterFilter : public QSortFilterProxyModel
{
public:
    explicit LetterFilter(bool asLayout)
        : m_asLayout(asLayout)
    {}

    void hide(const QString &letters)
    {
        m_hidden = letters;
        if (m_asLayout)
            invalidate();
        else
            invalidateRowsFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        const QString text = sourceModel()->index(sourceRow, 0, sourceParent).data().toString();
        for (const QChar letter : m_hidden) {
            if (text.contains(letter))
                return false;
        }
        return true;
    }

private:
    bool m_asLayout;
    QString m_hidden;
};

} // namespace

class tst_FilterCurrent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsWhereRowsLeavingPutIt_data();
    void followsWhereRowsLeavingPutIt();
};

void tst_FilterCurrent::followsWhereRowsLeavingPutIt_data()
{
    QTest::addColumn<QString>("current");
    QTest::addColumn<QStringList>("steps"); // letters hidden, one change each
    QTest::newRow("stays") << u"a1"_s << QStringList{u"b"_s};
    QTest::newRow("to the row above") << u"b2"_s << QStringList{u"b"_s};
    QTest::newRow("above, past rows that go") << u"c3"_s << QStringList{u"bc"_s};
    QTest::newRow("below, none above") << u"a1"_s << QStringList{u"a"_s};
    QTest::newRow("none left") << u"b2"_s << QStringList{u"abc"_s};
    QTest::newRow("back and again") << u"c3"_s << QStringList{u"c"_s, QString(), u"ab"_s};
    QTest::newRow("rows come back only") << u"a4"_s << QStringList{u"b"_s, QString()};
}

// The current row ends where QItemSelectionModel puts it when the same change
// comes row by row, and currentChanged says so.
void tst_FilterCurrent::followsWhereRowsLeavingPutIt()
{
    QFETCH(QString, current);
    QFETCH(QStringList, steps);
    QStringListModel source({u"a1"_s, u"b2"_s, u"c3"_s, u"a4"_s, u"b5"_s, u"c6"_s});
    LetterFilter rows(false);
    LetterFilter layout(true);
    QAbstractItemModelTester tester(&layout,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    rows.setSourceModel(&source);
    layout.setSourceModel(&source);
    QItemSelectionModel rowsSelection(&rows);
    QItemSelectionModel layoutSelection(&layout);
    int lost = 0;
    FilterCurrent follower(&layout, &layoutSelection, [&] { ++lost; });
    const int start = static_cast<int>(source.stringList().indexOf(current));
    rowsSelection.setCurrentIndex(rows.index(start, 0), QItemSelectionModel::ClearAndSelect);
    layoutSelection.setCurrentIndex(layout.index(start, 0), QItemSelectionModel::ClearAndSelect);
    QSignalSpy rowsChanged(&rowsSelection, &QItemSelectionModel::currentChanged);
    QSignalSpy layoutChanged(&layoutSelection, &QItemSelectionModel::currentChanged);
    for (const QString &letters : std::as_const(steps)) {
        rows.hide(letters);
        layout.hide(letters);
        QCOMPARE(layout.rowCount(), rows.rowCount());
        QCOMPARE(layoutSelection.currentIndex().data(), rowsSelection.currentIndex().data());
        QCOMPARE(layoutSelection.currentIndex().isValid(), rowsSelection.currentIndex().isValid());
    }
    // Each move told, by the selection model or, with no row left, by the follower.
    QCOMPARE(layoutChanged.size() + lost, rowsChanged.size());
}

QTEST_MAIN(tst_FilterCurrent)
#include "tst_filtercurrent.moc"
