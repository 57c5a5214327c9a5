#include "partnerfixtures.h"

#include "content/contentloader.h"
#include "models/catalog.h"
#include "models/partnermodel.h"
#include "views/partners/partnergrid.h"
#include "views/partners/partnertiledelegate.h"
#include "views/theme.h"

#include <QAccessible>
#include <QImage>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Resized grids lay out on their resize event, which a hidden widget only
// gets when it is rendered (as the exporter does) or shown.
void layOut(PartnerGrid *grid)
{
    QImage image(grid->size(), QImage::Format_ARGB32_Premultiplied);
    grid->render(&image);
}

} // namespace

class tst_PartnerGrid : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void columnsFillTheWidth_data();
    void columnsFillTheWidth();
    void everyWidthFillsItsColumns();
    void tilesDoNotOverlap();
    void typingStartsASearch();
    void arrowsStillNavigate();
    void accessibleTiles();
    void largeModel();

private:
    Catalog m_catalog;
};

void tst_PartnerGrid::initTestCase()
{
    Appearance::loadFonts();
    m_catalog.setContent(ContentLoader::load().content);
}

void tst_PartnerGrid::columnsFillTheWidth_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<double>("scale");
    QTest::addColumn<int>("columns");
    QTest::newRow("narrow") << 300 << 1.0 << 1;
    QTest::newRow("1080p") << 1280 << 1.0 << 4;
    QTest::newRow("4K") << 2560 << 2.0 << 4;
    QTest::newRow("portrait") << 1032 << 1.0 << 3;
}

void tst_PartnerGrid::columnsFillTheWidth()
{
    QFETCH(int, width);
    QFETCH(double, scale);
    QFETCH(int, columns);
    PartnerGrid grid;
    grid.setModel(m_catalog.partners());
    grid.setScale(scale);
    grid.resize(width, 800);
    layOut(&grid);
    QCOMPARE(grid.columnCount(), columns);
    QVERIFY(grid.uniformItemSizes());
    // The first row holds exactly that many tiles, however the scroll bar goes.
    const int top = grid.visualRect(m_catalog.partners()->index(0)).top();
    int inFirstRow = 0;
    for (int row = 0; row < m_catalog.partners()->rowCount(); ++row)
        inFirstRow += grid.visualRect(m_catalog.partners()->index(row)).top() == top ? 1 : 0;
    QCOMPARE(inFirstRow, columns);
}

// Whatever the width, the first row holds as many tiles as the grid has
// columns, including widths that the columns divide exactly.
void tst_PartnerGrid::everyWidthFillsItsColumns()
{
    PartnerGrid grid;
    grid.setModel(m_catalog.partners());
    grid.setScale(0.9);
    grid.resize(1200, 700);
    grid.show();
    QVERIFY(QTest::qWaitForWindowExposed(&grid));
    QStringList problems;
    for (int width = 1200; width <= 1300; ++width) {
        grid.resize(width, 700);
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        grid.doItemsLayout();
        const int top = grid.visualRect(m_catalog.partners()->index(0)).top();
        int inFirstRow = 0;
        for (int row = 0; row < m_catalog.partners()->rowCount(); ++row)
            inFirstRow += grid.visualRect(m_catalog.partners()->index(row)).top() == top ? 1 : 0;
        if (inFirstRow != grid.columnCount()) {
            problems << u"%1 px: %2 tiles in the first row of %3 columns"_s.arg(width)
                                .arg(inFirstRow)
                                .arg(grid.columnCount());
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void tst_PartnerGrid::tilesDoNotOverlap()
{
    PartnerGrid grid;
    grid.setModel(m_catalog.partners());
    grid.resize(1280, 3000);
    layOut(&grid);
    QList<QRect> rects;
    for (int row = 0; row < m_catalog.partners()->rowCount(); ++row)
        rects << grid.visualRect(m_catalog.partners()->index(row));
    for (int a = 0; a < rects.size(); ++a) {
        QCOMPARE(rects.at(a).size(), grid.tileDelegate()->tileSize());
        for (int b = a + 1; b < rects.size(); ++b)
            QVERIFY(!rects.at(a).intersects(rects.at(b)));
    }
}

void tst_PartnerGrid::typingStartsASearch()
{
    PartnerGrid grid;
    grid.setModel(m_catalog.partners());
    grid.resize(800, 600);
    layOut(&grid);
    QSignalSpy typed(&grid, &PartnerGrid::searchTyped);
    QTest::keyClicks(&grid, u"zi"_s);
    QCOMPARE(typed.count(), 2);
    QCOMPARE(typed.at(0).at(0).toString(), u"z"_s);
    // No jump by first letter: the current tile stays.
    QVERIFY(!grid.currentIndex().isValid() || grid.currentIndex().row() == 0);
}

void tst_PartnerGrid::arrowsStillNavigate()
{
    PartnerGrid grid;
    grid.setModel(m_catalog.partners());
    grid.resize(1280, 800);
    layOut(&grid);
    grid.setCurrentIndex(m_catalog.partners()->index(0));
    QTest::keyClick(&grid, Qt::Key_Right);
    QCOMPARE(grid.currentIndex().row(), 1);
    QTest::keyClick(&grid, Qt::Key_Down);
    QCOMPARE(grid.currentIndex().row(), 1 + grid.columnCount());
}

void tst_PartnerGrid::accessibleTiles()
{
    PartnerGrid grid;
    grid.setModel(m_catalog.partners());
    grid.setAccessibleName(u"Partners"_s);
    grid.resize(1280, 800);
    layOut(&grid);
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(&grid);
    QVERIFY(iface);
    QCOMPARE(iface->text(QAccessible::Name), u"Partners"_s);
    QAccessibleTableInterface *table = iface->tableInterface();
    QVERIFY(table);
    QCOMPARE(table->rowCount(), m_catalog.partners()->rowCount());
    for (int row = 0; row < table->rowCount(); ++row) {
        QAccessibleInterface *cell = table->cellAt(row, 0);
        QVERIFY(cell);
        const QModelIndex index = m_catalog.partners()->index(row);
        QCOMPARE(cell->text(QAccessible::Name),
                 index.data(int(PartnerModel::Role::Name)).toString());
        QCOMPARE(cell->text(QAccessible::Description),
                 index.data(int(PartnerModel::Role::Description)).toString());
    }
}

void tst_PartnerGrid::largeModel()
{
    Catalog catalog;
    ContentSet content;
    content.partners = PartnerFixtures::generated(10000);
    catalog.setContent(content);
    PartnerGrid grid;
    grid.setModel(catalog.partners());
    grid.resize(1280, 800);
    layOut(&grid);
    const QModelIndex last = catalog.partners()->index(9999);
    grid.scrollTo(last);
    QCOMPARE(grid.indexAt(grid.visualRect(last).center()), last);
}

QTEST_MAIN(tst_PartnerGrid)
#include "tst_partnergrid.moc"
