#include "hardwarefixtures.h"
#include "models/catalog.h"
#include "models/comparisonmodel.h"
#include "models/hardwaremodel.h"
#include "views/common/chipbar.h"
#include "views/hardware/comparisoncharts.h"
#include "views/hardware/hardwarediagram.h"
#include "views/hardware/hardwareview.h"
#include "views/hardware/memoryfitchart.h"
#include "views/hardware/partdetailcard.h"
#include "views/theme.h"
#include "views/viewregistry.h"

#include <QBarSeries>
#include <QBuffer>
#include <QChartView>
#include <QHeaderView>
#include <QImage>
#include <QItemSelectionModel>
#include <QPainter>
#include <QPointer>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QSvgGenerator>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestHardwareView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void registryCreatesIt();
    void selectItem_data();
    void selectItem();
    void currentItemChangedIsEmitted();
    void tableSelectionShowsInDiagram();
    void diagramSelectionShowsInTable();
    void specRowsHaveNoPart();
    void advanceToursThePartsInOrder();
    void advanceTurnsThePageOnWrap();
    void resetRestoresTheFirstState();
    void pageChipsSwitchPages();
    void chartPagesAreBuiltWhenTurnedTo();
    void layoutFits_data();
    void layoutFits();
    void rightToLeftMirrors();
    void rendersWithoutBeingShown();
    void hiddenRenderMatchesShown_data();
    void hiddenRenderMatchesShown();
    void retranslates();
    void followsTheThemeLive();
    void exportsInVector();

private:
    static QList<QRect> panels(const HardwareView &view);

    Catalog m_catalog;
    std::unique_ptr<HardwareView> m_view;
};

void TestHardwareView::initTestCase()
{
    Appearance::loadFonts();
    ContentSet content;
    content.hardware = HardwareFixtures::content();
    m_catalog.setContent(content);
    QCOMPARE(m_catalog.hardware()->rowCount(), 21);
}

void TestHardwareView::init()
{
    m_view = std::make_unique<HardwareView>(&m_catalog);
    m_view->resize(1920, 1080);
}

void TestHardwareView::cleanup()
{
    m_view.reset();
    QGuiApplication::setLayoutDirection(Qt::LeftToRight);
}

void TestHardwareView::registryCreatesIt()
{
    std::unique_ptr<ShowcaseView> view(ViewRegistry::create(u"hardware"_s, &m_catalog));
    QVERIFY(qobject_cast<HardwareView *>(view.get()));
    QCOMPARE(view->name(), u"hardware"_s);
    QCOMPARE(view->title(), ViewRegistry::title(u"hardware"_s));
    QVERIFY(ViewRegistry::hasItem(u"hardware"_s, m_catalog, u"memory"_s));
}

void TestHardwareView::selectItem_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("found");
    QTest::addColumn<bool>("onDiagram");
    QTest::newRow("part") << u"memory"_s << true << true;
    QTest::newRow("chip") << u"superchip"_s << true << true;
    QTest::newRow("port") << u"qsfp"_s << true << true;
    QTest::newRow("spec") << u"price"_s << true << false;
    QTest::newRow("unknown") << u"flux-capacitor"_s << false << false;
    QTest::newRow("empty") << QString() << false << false;
}

void TestHardwareView::selectItem()
{
    QFETCH(QString, id);
    QFETCH(bool, found);
    QFETCH(bool, onDiagram);
    QCOMPARE(m_view->selectItem(id), found);
    QCOMPARE(m_view->currentItem(), found ? id : QString());
    const int row = m_catalog.hardware()->rowOf(id);
    QCOMPARE(m_view->detailCard()->row(), row);
    QCOMPARE(m_view->diagram()->selectedPart() >= 0, onDiagram);
    if (onDiagram)
        QCOMPARE(m_view->diagram()->rowOfPart(m_view->diagram()->selectedPart()), row);
    const QModelIndexList rows = m_view->table()->selectionModel()->selectedRows();
    QCOMPARE(rows.size(), found ? 1 : 0);
    if (found)
        QCOMPARE(rows.first().row(), row);
}

void TestHardwareView::currentItemChangedIsEmitted()
{
    QSignalSpy spy(m_view.get(), &ShowcaseView::currentItemChanged);
    m_view->selectItem(u"storage"_s);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst().at(0).toString(), u"storage"_s);
    m_view->selectItem(u"storage"_s);
    QCOMPARE(spy.count(), 0);
    m_view->reset();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst().at(0).toString(), QString());
}

void TestHardwareView::tableSelectionShowsInDiagram()
{
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QTableView *table = m_view->table();
    QCOMPARE(table->selectionModel(), m_view->selectionModel());
    QCOMPARE(m_view->diagram()->selectionModel(), m_view->selectionModel());
    const int row = m_catalog.hardware()->rowOf(u"gpu"_s);
    const QModelIndex index = m_catalog.hardware()->index(row, HardwareModel::ValueColumn);
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    QCOMPARE(m_view->currentItem(), u"gpu"_s);
    QCOMPARE(m_view->diagram()->rowOfPart(m_view->diagram()->selectedPart()), row);
    QCOMPARE(m_view->detailCard()->row(), row);
}

void TestHardwareView::diagramSelectionShowsInTable()
{
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    HardwareDiagram *diagram = m_view->diagram();
    const int part = diagram->partOfRow(m_catalog.hardware()->rowOf(u"wireless"_s));
    QVERIFY(part >= 0);
    QTest::mouseClick(diagram, Qt::LeftButton, {}, diagram->partRect(part).center().toPoint());
    QCOMPARE(m_view->currentItem(), u"wireless"_s);
    const QModelIndexList rows = m_view->table()->selectionModel()->selectedRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().data(int(HardwareModel::Role::Id)).toString(), u"wireless"_s);
    QCOMPARE(m_view->detailCard()->heading(),
             rows.first().data(int(HardwareModel::Role::Name)).toString());
    // Keyboard in the diagram moves the table too.
    diagram->setFocus();
    QTest::keyClick(diagram, Qt::Key_Up);
    QTest::keyClick(diagram, Qt::Key_Return);
    QVERIFY(m_view->currentItem() != u"wireless"_s);
    QCOMPARE(m_view->table()->selectionModel()->selectedRows().first().row(),
             diagram->rowOfPart(diagram->selectedPart()));
}

void TestHardwareView::specRowsHaveNoPart()
{
    QVERIFY(m_view->selectItem(u"software"_s));
    QCOMPARE(m_view->diagram()->selectedPart(), -1);
    QCOMPARE(m_view->detailCard()->heading(),
             m_catalog.hardware()
                     ->index(m_catalog.hardware()->rowOf(u"software"_s), 0)
                     .data(int(HardwareModel::Role::Name))
                     .toString());
}

void TestHardwareView::advanceToursThePartsInOrder()
{
    HardwareModel *model = m_catalog.hardware();
    QStringList expected;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(int(HardwareModel::Role::HasDiagram)).toBool())
            expected.append(model->index(row, 0).data(int(HardwareModel::Role::Id)).toString());
    }
    QVERIFY(expected.size() >= 12);
    QStringList seen;
    for (int i = 0; i < expected.size(); ++i) {
        QVERIFY(m_view->advance());
        seen.append(m_view->currentItem());
    }
    QCOMPARE(seen, expected);
    QVERIFY(!m_view->advance());
    QCOMPARE(m_view->currentItem(), expected.first());
}

void TestHardwareView::advanceTurnsThePageOnWrap()
{
    QCOMPARE(m_view->page(), HardwareView::Page::Specifications);
    const int parts = m_view->diagram()->partCount();
    for (int i = 0; i < parts; ++i)
        QVERIFY(m_view->advance());
    QVERIFY(!m_view->advance());
    QCOMPARE(m_view->page(), HardwareView::Page::ThenAndNow);
    for (int i = 1; i < parts; ++i)
        QVERIFY(m_view->advance());
    QVERIFY(!m_view->advance());
    QCOMPARE(m_view->page(), HardwareView::Page::MemoryFit);
}

void TestHardwareView::resetRestoresTheFirstState()
{
    m_view->selectItem(u"hdmi"_s);
    m_view->setPage(HardwareView::Page::MemoryFit);
    m_view->reset();
    QCOMPARE(m_view->currentItem(), QString());
    QCOMPARE(m_view->page(), HardwareView::Page::Specifications);
    QCOMPARE(m_view->detailCard()->row(), -1);
    QCOMPARE(m_view->diagram()->selectedPart(), -1);
    QVERIFY(!m_view->detailCard()->heading().isEmpty());
    QVERIFY(m_view->pageChips().first()->isChecked());
}

void TestHardwareView::pageChipsSwitchPages()
{
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    const QList<Chip *> chips = m_view->pageChips();
    QCOMPARE(chips.size(), 3);
    QTest::mouseClick(chips.at(1), Qt::LeftButton);
    QCOMPARE(m_view->page(), HardwareView::Page::ThenAndNow);
    QVERIFY(m_view->comparisonCharts()->isVisible());
    QVERIFY(!m_view->table()->isVisible());
    QTest::mouseClick(chips.at(2), Qt::LeftButton);
    QCOMPARE(m_view->page(), HardwareView::Page::MemoryFit);
    QVERIFY(m_view->memoryFitChart()->isVisible());
    for (Chip *chip : chips)
        QVERIFY(!chip->accessibleName().isEmpty());
}

void TestHardwareView::chartPagesAreBuiltWhenTurnedTo()
{
    // No Qt Charts scene before its page is turned to.
    QVERIFY(!m_view->comparisonCharts());
    QVERIFY(!m_view->memoryFitChart());
    QVERIFY(m_view->findChildren<QChartView *>().isEmpty());
    QVERIFY(m_catalog.comparison()->rowCount() > 0);
    const auto *stack = qobject_cast<QStackedWidget *>(m_view->table()->parentWidget());
    QVERIFY(stack);
    QCOMPARE(stack->count(), 3);

    // Out of order: each page keeps its number in the stack.
    m_view->setPage(HardwareView::Page::MemoryFit);
    QVERIFY(m_view->memoryFitChart());
    QVERIFY(!m_view->comparisonCharts());
    QCOMPARE(stack->currentWidget(), m_view->memoryFitChart());
    QCOMPARE(stack->currentIndex(), int(HardwareView::Page::MemoryFit));
    QVERIFY(m_view->memoryFitChart()->series()->count() > 0);
    m_view->setPage(HardwareView::Page::ThenAndNow);
    QVERIFY(m_view->comparisonCharts());
    QCOMPARE(stack->indexOf(m_view->comparisonCharts()), int(HardwareView::Page::ThenAndNow));
    QCOMPARE(stack->indexOf(m_view->memoryFitChart()), int(HardwareView::Page::MemoryFit));
    QCOMPARE(m_view->comparisonCharts()->chartCount(), m_catalog.comparison()->rowCount());
    QCOMPARE(stack->count(), 3);

    // Turning back builds nothing again.
    const QPointer<ComparisonCharts> built = m_view->comparisonCharts();
    m_view->setPage(HardwareView::Page::Specifications);
    m_view->setPage(HardwareView::Page::ThenAndNow);
    QCOMPARE(m_view->comparisonCharts(), built.data());

    // A reset lets go of them, as at a fresh start.
    m_view->reset();
    QVERIFY(built.isNull());
    QVERIFY(!m_view->comparisonCharts());
    QVERIFY(!m_view->memoryFitChart());
    QVERIFY(m_view->findChildren<QChartView *>().isEmpty());
    QCOMPARE(stack->count(), 3);
    QCOMPARE(stack->currentWidget(), m_view->table());
}

QList<QRect> TestHardwareView::panels(const HardwareView &view)
{
    QRect page;
    for (Chip *chip : view.pageChips())
        page = page.united(chip->geometry());
    const QWidget *stack = view.table()->parentWidget();
    return {view.diagram()->geometry(), view.detailCard()->geometry(), page, stack->geometry()};
}

void TestHardwareView::layoutFits_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("portrait");
    QTest::newRow("1080p") << QSize(1920, 1080) << false;
    QTest::newRow("4k") << QSize(3840, 2160) << false;
    QTest::newRow("laptop") << QSize(1280, 800) << false;
    QTest::newRow("portrait") << QSize(1080, 1920) << true;
}

void TestHardwareView::layoutFits()
{
    QFETCH(QSize, size);
    QFETCH(bool, portrait);
    m_view->resize(size);
    m_view->grab(); // lays out as the exporter does: resized and rendered, never shown
    const QRect bounds(QPoint(0, 0), size);
    const QList<QRect> rects = panels(*m_view);
    for (const QRect &rect : rects) {
        QVERIFY2(bounds.contains(rect), qPrintable(u"%1,%2 %3x%4"_s.arg(rect.x())
                                                           .arg(rect.y())
                                                           .arg(rect.width())
                                                           .arg(rect.height())));
        QVERIFY(rect.width() > 0 && rect.height() > 0);
    }
    for (int a = 0; a < rects.size(); ++a) {
        for (int b = a + 1; b < rects.size(); ++b)
            QVERIFY2(!rects.at(a).intersects(rects.at(b)),
                     qPrintable(u"%1 and %2"_s.arg(a).arg(b)));
    }
    const QRect diagram = rects.at(0);
    const QRect stack = rects.at(3);
    if (portrait)
        QVERIFY(diagram.bottom() < stack.top());
    else
        QVERIFY(diagram.right() < stack.left());
    // The card shows the longest content without clipping.
    QVERIFY(m_view->detailCard()->height() >=
            m_view->detailCard()->heightForWidth(m_view->detailCard()->width()));
    // Every label of the diagram inside the diagram.
    const QRectF inside(QPointF(0, 0), QSizeF(m_view->diagram()->size()));
    for (int part = 0; part < m_view->diagram()->partCount(); ++part) {
        QVERIFY(inside.contains(m_view->diagram()->labelRect(part)));
        QVERIFY(inside.contains(m_view->diagram()->partRect(part)));
    }
}

void TestHardwareView::rightToLeftMirrors()
{
    m_view->grab();
    const QRect ltr = m_view->diagram()->geometry();
    m_view->setLayoutDirection(Qt::RightToLeft);
    const QRect rtl = m_view->diagram()->geometry();
    QCOMPARE(rtl.width(), ltr.width());
    QCOMPARE(rtl.left(), m_view->width() - ltr.right() - 1);
    QVERIFY(rtl.left() > m_view->table()->parentWidget()->geometry().right());
}

void TestHardwareView::rendersWithoutBeingShown()
{
    // The exporter resizes and renders, never shows.
    m_view->selectItem(u"memory"_s);
    QImage image(m_view->size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::black);
    m_view->render(&image);
    const QColor background = Appearance::instance()->theme().background;
    QCOMPARE(image.pixelColor(2, 2), background);
    // The diagram and the table drew something.
    const QRect diagram = m_view->diagram()->geometry();
    int drawn = 0;
    for (int y = diagram.top(); y < diagram.bottom(); y += 7) {
        for (int x = diagram.left(); x < diagram.right(); x += 7)
            drawn += image.pixelColor(x, y) != background ? 1 : 0;
    }
    QVERIFY(drawn > 500);
    // Two renders give the same pixels.
    QImage again(m_view->size(), QImage::Format_ARGB32_Premultiplied);
    again.fill(Qt::black);
    m_view->render(&again);
    QCOMPARE(again, image);
}

void TestHardwareView::hiddenRenderMatchesShown_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("page");
    QTest::newRow("1080p table") << QSize(1920, 1080) << int(HardwareView::Page::Specifications);
    QTest::newRow("1080p then and now") << QSize(1920, 1080) << int(HardwareView::Page::ThenAndNow);
    QTest::newRow("portrait memory") << QSize(1080, 1920) << int(HardwareView::Page::MemoryFit);
}

void TestHardwareView::hiddenRenderMatchesShown()
{
    QFETCH(QSize, size);
    QFETCH(int, page);
    const auto picture = [&](HardwareView &view) {
        view.selectItem(u"link"_s);
        view.setPage(HardwareView::Page(page));
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::black);
        view.render(&image);
        return image;
    };
    HardwareView hidden(&m_catalog);
    hidden.resize(size);
    const QImage exported = picture(hidden);

    HardwareView shown(&m_catalog);
    shown.setAttribute(Qt::WA_DontShowOnScreen);
    shown.resize(size);
    shown.show(); // as render-view does
    QCoreApplication::processEvents();
    const QImage onScreen = picture(shown);
    QVERIFY(!hidden.isVisible());
    QCOMPARE(exported, onScreen);
}

void TestHardwareView::retranslates()
{
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(m_view.get(), &change);
    for (Chip *chip : m_view->pageChips())
        QVERIFY(!chip->text().isEmpty());
    QVERIFY(!m_view->table()->accessibleName().isEmpty());
}

void TestHardwareView::followsTheThemeLive()
{
    m_view->selectItem(u"superchip"_s);
    const auto picture = [&] {
        QImage image(m_view->size(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::black);
        m_view->render(&image);
        return image;
    };
    const QImage dark = picture();
    Appearance::instance()->setTheme(Theme::Id::Light);
    const QImage light = picture();
    QCOMPARE(light.pixelColor(2, 2), Theme::light().background);
    const QPoint middle = m_view->diagram()->geometry().center();
    QVERIFY(light.pixelColor(middle) != dark.pixelColor(middle));
    QVERIFY(m_view->table()->styleSheet().contains(Theme::light().border.name()));
    Appearance::instance()->setTheme(Theme::Id::Dark);
    QCOMPARE(picture(), dark);
}

void TestHardwareView::exportsInVector()
{
    // On a vector engine nothing is drawn from the cached pictures.
    m_view->selectItem(u"memory"_s);
    m_view->grab(); // the raster pictures exist now
    QBuffer buffer;
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(m_view->size());
    svg.setViewBox(QRect(QPoint(0, 0), m_view->size()));
    QPainter painter(&svg);
    m_view->render(&painter);
    painter.end();
    const QByteArray out = buffer.data();
    QVERIFY(out.size() > 10000);
    QVERIFY(!out.contains("<image"));
    QVERIFY(out.contains("Shared memory"));
}

QTEST_MAIN(TestHardwareView)
#include "tst_hardwareview.moc"
