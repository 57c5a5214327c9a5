#include "contentbuilder.h"
#include "models/catalog.h"
#include "models/partnerfilterproxy.h"
#include "models/partnermodel.h"
#include "views/common/chipbar.h"
#include "views/common/searchfield.h"
#include "views/common/viewheader.h"
#include "views/partners/partnerdetailpane.h"
#include "views/partners/partneremptystate.h"
#include "views/partners/partnergrid.h"
#include "views/partners/partnersview.h"
#include "views/theme.h"
#include "views/viewregistry.h"

#include <QApplication>
#include <QImage>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Twenty-one partners in six categories: seven OEM systems, three software
// makers named at launch, people, places and products to search.
ContentSet partners()
{
    using namespace Fixtures;
    PartnersBuilder partners;
    partners.category(u"oem"_s, text(u"OEM systems"_s))
            .category(u"retail"_s, text(u"Retail"_s))
            .category(u"software"_s, text(u"Software and platforms"_s))
            .category(u"research"_s, text(u"Research"_s))
            .category(u"creators"_s, text(u"Creators"_s))
            .category(u"industry"_s, text(u"Industry"_s));
    const auto add = [&partners](const QString &id, const QString &name, const QString &category) {
        partners.partner(PartnerBuilder(id).name(name).category(category));
    };
    add(u"acer"_s, u"Acer"_s, u"oem"_s);
    add(u"asus"_s, u"ASUS"_s, u"oem"_s);
    add(u"dell"_s, u"Dell Technologies"_s, u"oem"_s);
    add(u"gigabyte"_s, u"GIGABYTE"_s, u"oem"_s);
    add(u"hp"_s, u"HP"_s, u"oem"_s);
    partners.partner(PartnerBuilder(u"lenovo"_s)
                             .name(u"Lenovo"_s)
                             .category(u"oem"_s)
                             .product(u"ThinkStation PGX"_s));
    add(u"msi"_s, u"MSI"_s, u"oem"_s);
    add(u"shop"_s, u"Corner Shop"_s, u"retail"_s);
    add(u"ollama"_s, u"Ollama"_s, u"software"_s);
    add(u"studio"_s, u"Model Studio"_s, u"software"_s);
    for (const QString &id : {u"containers"_s, u"search-engine"_s, u"model-hub"_s}) {
        partners.partner(PartnerBuilder(id)
                                 .category(u"software"_s)
                                 .description(u"Named by NVIDIA at launch."_s));
    }
    add(u"university"_s, u"A University"_s, u"research"_s);
    add(u"robot-lab"_s, u"Robotics Lab"_s, u"research"_s);
    partners.partner(PartnerBuilder(u"zipline"_s)
                             .name(u"Zipline"_s)
                             .category(u"research"_s)
                             .people({u"Jo Mardall"_s}));
    add(u"art-studio"_s, u"An Art Studio"_s, u"creators"_s);
    add(u"musician"_s, u"A Musician"_s, u"creators"_s);
    add(u"robots"_s, u"Sidewalk Robots"_s, u"industry"_s);
    add(u"lab"_s, u"An AI Lab"_s, u"industry"_s);
    partners.partner(PartnerBuilder(u"rockets"_s)
                             .name(u"Rocket Company"_s)
                             .category(u"industry"_s)
                             .place(u"Harbour, Texas"_s));
    ContentSetBuilder set;
    set.partners = partners;
    return set.content();
}

} // namespace

class tst_PartnersView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void registry();
    void everyPartnerShown();
    void search_data();
    void search();
    void categoryChip();
    void chipCountsFollowSearch();
    void emptyState();
    void typeToSearchFromTheGrid();
    void typeToSearchFromAnywhere();
    void escapeClearsThenLeaves();
    void tabOrder();
    void selectItem();
    void selectItemClearsFilters();
    void advance();
    void reset();
    void layouts_data();
    void layouts();
    void deterministicRender();
    void themeSwitchesLive();
    void accessibleNames();

private:
    Chip *chip(ChipBar *bar, const QString &text) const;
    Catalog m_catalog;
};

void tst_PartnersView::initTestCase()
{
    Appearance::loadFonts();
    m_catalog.setContent(partners());
}

Chip *tst_PartnersView::chip(ChipBar *bar, const QString &text) const
{
    for (Chip *chip : bar->chips()) {
        if (chip->text() == text)
            return chip;
    }
    return nullptr;
}

void tst_PartnersView::registry()
{
    std::unique_ptr<ShowcaseView> view(ViewRegistry::create(u"partners"_s, &m_catalog));
    QVERIFY(qobject_cast<PartnersView *>(view.get()));
    QCOMPARE(view->name(), u"partners"_s);
}

void tst_PartnersView::everyPartnerShown()
{
    PartnersView view(&m_catalog);
    view.resize(1920, 1080);
    QCOMPARE(m_catalog.partners()->rowCount(), 21);
    QCOMPARE(view.grid()->model()->rowCount(), m_catalog.partners()->rowCount());
    QVERIFY(!view.header()->title().isEmpty());
}

void tst_PartnersView::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("case") << u"gigabyte"_s << QStringList{u"gigabyte"_s};
    QTest::newRow("upper case") << u"OLLAMA"_s << QStringList{u"ollama"_s};
    QTest::newRow("accents ignored") << u"ÁSÚS"_s << QStringList{u"asus"_s};
    QTest::newRow("product") << u"thinkstation"_s << QStringList{u"lenovo"_s};
    QTest::newRow("person") << u"jo mardall"_s << QStringList{u"zipline"_s};
    QTest::newRow("place") << u"harbour"_s << QStringList{u"rockets"_s};
    QTest::newRow("every word") << u"named nvidia"_s
                                << QStringList{u"containers"_s, u"search-engine"_s, u"model-hub"_s};
    QTest::newRow("nothing") << u"xyzzy"_s << QStringList{};
}

void tst_PartnersView::search()
{
    QFETCH(QString, text);
    QFETCH(QStringList, ids);
    PartnersView view(&m_catalog);
    view.resize(1920, 1080);
    view.searchField()->setText(text);
    QCOMPARE(view.proxy()->searchText(), text);
    QStringList found;
    for (int row = 0; row < view.grid()->model()->rowCount(); ++row)
        found << view.grid()->model()->index(row, 0).data(int(PartnerModel::Role::Id)).toString();
    QCOMPARE(found, ids);
}

void tst_PartnersView::categoryChip()
{
    PartnersView view(&m_catalog);
    view.resize(1920, 1080);
    Chip *oem = chip(view.categoryFilter(), u"OEM systems"_s);
    QVERIFY(oem);
    QTest::mouseClick(oem, Qt::LeftButton);
    QCOMPARE(view.proxy()->category(), u"oem"_s);
    QCOMPARE(view.grid()->model()->rowCount(), 7);
    QTest::mouseClick(view.categoryFilter()->chips().constFirst(), Qt::LeftButton);
    QCOMPARE(view.proxy()->category(), QString());
}

void tst_PartnersView::chipCountsFollowSearch()
{
    PartnersView view(&m_catalog);
    view.resize(1920, 1080);
    QCOMPARE(view.categoryFilter()->chips().constFirst()->count(),
             m_catalog.partners()->rowCount());
    QCOMPARE(chip(view.categoryFilter(), u"OEM systems"_s)->count(), 7);
    view.searchField()->setText(u"named by nvidia"_s);
    // Only the software partners named at launch match.
    QCOMPARE(chip(view.categoryFilter(), u"OEM systems"_s)->count(), 0);
    const int software = chip(view.categoryFilter(), u"Software and platforms"_s)->count();
    QCOMPARE(software, 3);
    QCOMPARE(view.categoryFilter()->chips().constFirst()->count(), software);
    // The counts ignore the chosen category: each says what its click shows.
    QTest::mouseClick(chip(view.categoryFilter(), u"OEM systems"_s), Qt::LeftButton);
    QCOMPARE(chip(view.categoryFilter(), u"Software and platforms"_s)->count(), software);
}

void tst_PartnersView::emptyState()
{
    PartnersView view(&m_catalog);
    view.resize(1920, 1080);
    QVERIFY(view.emptyState()->isHidden());
    view.searchField()->setText(u"xyzzy"_s);
    QVERIFY(!view.emptyState()->isHidden());
    QVERIFY(view.emptyState()->message().contains(u"xyzzy"_s));
    QVERIFY(view.grid()->geometry().intersects(view.emptyState()->geometry()));
    QTest::mouseClick(view.emptyState()->clearButton(), Qt::LeftButton);
    QCOMPARE(view.searchField()->text(), QString());
    QVERIFY(view.emptyState()->isHidden());
    QCOMPARE(view.grid()->model()->rowCount(), m_catalog.partners()->rowCount());
}

void tst_PartnersView::typeToSearchFromTheGrid()
{
    PartnersView view(&m_catalog);
    view.resize(1920, 1080);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.activateWindow();
    view.grid()->setFocus();
    QTest::keyClicks(view.grid(), u"zip"_s);
    QCOMPARE(view.searchField()->text(), u"zip"_s);
    QVERIFY(view.searchField()->hasFocus());
    QCOMPARE(view.grid()->model()->rowCount(), 1);
    // Return goes back to the grid, on the first match.
    QTest::keyClick(view.searchField(), Qt::Key_Return);
    QVERIFY(view.grid()->hasFocus());
    QCOMPARE(view.currentItem(), u"zipline"_s);
}

// Right after the view opens, focus sits on a chip; typing must still reach
// the search, from whichever control in the view has the focus.
void tst_PartnersView::typeToSearchFromAnywhere()
{
    PartnersView view(&m_catalog);
    view.resize(1920, 1080);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.activateWindow();
    QList<QWidget *> targets = {&view};
    for (QWidget *widget : view.findChildren<QWidget *>()) {
        if (widget->isVisible() && (widget->focusPolicy() & Qt::TabFocus) &&
            widget != view.searchField() && !view.searchField()->isAncestorOf(widget))
            targets.append(widget);
    }
    // The view itself, the chips, the grid.
    QVERIFY2(targets.size() >= 3, qPrintable(QString::number(targets.size())));
    for (QWidget *target : std::as_const(targets)) {
        view.searchField()->setText(QString());
        target->setFocus(Qt::OtherFocusReason);
        QWidget *focused = QApplication::focusWidget();
        QVERIFY(focused);
        const QString what = QString::fromLatin1(focused->metaObject()->className()) + u' ' +
                             focused->accessibleName();
        QTest::keyClick(focused, Qt::Key_N, Qt::NoModifier);
        QTest::keyClicks(QApplication::focusWidget(), u"vi"_s);
        QVERIFY2(view.searchField()->hasFocus(), qPrintable(what));
        QVERIFY2(view.searchField()->text() == u"nvi"_s,
                 qPrintable(what + u": "_s + view.searchField()->text()));
    }
    // A space presses the chip with the focus, and starts nothing.
    view.searchField()->setText(QString());
    view.categoryFilter()->chips().constLast()->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QVERIFY(view.searchField()->text().isEmpty());
    QVERIFY(!view.categoryFilter()->selection().isEmpty());
    // Shortcuts are not typing.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::ControlModifier);
    QVERIFY(view.searchField()->text().isEmpty());
}

void tst_PartnersView::escapeClearsThenLeaves()
{
    PartnersView view(&m_catalog);
    view.resize(1920, 1080);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.activateWindow();
    const int all = m_catalog.partners()->rowCount();
    view.searchField()->setFocus(Qt::OtherFocusReason);
    QTest::keyClicks(view.searchField(), u"zip"_s);
    QCOMPARE(view.grid()->model()->rowCount(), 1);
    QTest::keyClick(view.searchField(), Qt::Key_Escape);
    QCOMPARE(view.searchField()->text(), QString());
    QCOMPARE(view.grid()->model()->rowCount(), all);
    QVERIFY(view.searchField()->hasFocus());
    QTest::keyClick(view.searchField(), Qt::Key_Escape);
    QVERIFY(view.grid()->hasFocus());
    // Edit > Find selects what was typed, so that typing replaces it.
    QTest::keyClicks(view.grid(), u"zip"_s);
    view.grid()->setFocus(Qt::OtherFocusReason);
    view.searchField()->find();
    QVERIFY(view.searchField()->hasFocus());
    QCOMPARE(view.searchField()->selectedText(), u"zip"_s);
    QTest::keyClicks(view.searchField(), u"nv"_s);
    QCOMPARE(view.searchField()->text(), u"nv"_s);
}

// Tab walks the search, every chip in turn, then the grid; Shift+Tab walks back.
void tst_PartnersView::tabOrder()
{
    PartnersView view(&m_catalog);
    view.resize(1920, 1080);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.activateWindow();
    QList<QWidget *> expected = {view.searchField()};
    for (Chip *chip : view.categoryFilter()->chips())
        expected.append(chip);
    expected.append(view.grid());
    view.searchField()->setFocus(Qt::TabFocusReason);
    for (qsizetype i = 1; i < expected.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY2(QApplication::focusWidget() == expected.at(i), qPrintable(QString::number(i)));
    }
    for (qsizetype i = expected.size() - 2; i >= 0; --i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ShiftModifier);
        QVERIFY2(QApplication::focusWidget() == expected.at(i), qPrintable(QString::number(i)));
    }
}

void tst_PartnersView::selectItem()
{
    PartnersView view(&m_catalog);
    view.resize(1280, 800);
    QSignalSpy changed(&view, &ShowcaseView::currentItemChanged);
    QVERIFY(view.selectItem(u"musician"_s));
    QCOMPARE(view.currentItem(), u"musician"_s);
    QCOMPARE(changed.constLast().constFirst().toString(), u"musician"_s);
    QCOMPARE(view.detailPane()->partner().data(int(PartnerModel::Role::Id)).toString(),
             u"musician"_s);
    const QModelIndex index = view.grid()->currentIndex();
    QVERIFY(view.grid()->viewport()->rect().contains(view.grid()->visualRect(index)));
    QVERIFY(!view.selectItem(u"no-such-partner"_s));
    QCOMPARE(view.currentItem(), u"musician"_s);
}

void tst_PartnersView::selectItemClearsFilters()
{
    PartnersView view(&m_catalog);
    view.resize(1920, 1080);
    view.searchField()->setText(u"acer"_s);
    QTest::mouseClick(chip(view.categoryFilter(), u"OEM systems"_s), Qt::LeftButton);
    QVERIFY(view.selectItem(u"lab"_s));
    QCOMPARE(view.searchField()->text(), QString());
    QVERIFY(view.categoryFilter()->selection().isEmpty());
    QCOMPARE(view.currentItem(), u"lab"_s);
}

void tst_PartnersView::advance()
{
    PartnersView view(&m_catalog);
    view.resize(1920, 1080);
    const int rows = m_catalog.partners()->rowCount();
    for (int i = 0; i < rows - 1; ++i)
        QVERIFY(view.advance());
    QCOMPARE(view.currentItem(),
             m_catalog.partners()->index(rows - 2).data(int(PartnerModel::Role::Id)).toString());
    QVERIFY(view.advance());
    QVERIFY(!view.advance()); // wrapped to the first
    QCOMPARE(view.currentItem(),
             m_catalog.partners()->index(0).data(int(PartnerModel::Role::Id)).toString());
}

void tst_PartnersView::reset()
{
    PartnersView view(&m_catalog);
    view.resize(1280, 800);
    view.searchField()->setText(u"a"_s);
    QTest::mouseClick(chip(view.categoryFilter(), u"Creators"_s), Qt::LeftButton);
    view.selectItem(u"spacex"_s);
    view.reset();
    QCOMPARE(view.searchField()->text(), QString());
    QVERIFY(view.categoryFilter()->selection().isEmpty());
    QCOMPARE(view.currentItem(), QString());
    QVERIFY(!view.detailPane()->partner().isValid());
    QCOMPARE(view.grid()->verticalScrollBar()->value(), 0);
}

void tst_PartnersView::layouts_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("portrait");
    QTest::newRow("1080p") << QSize(1920, 1080) << false;
    QTest::newRow("4K") << QSize(3840, 2160) << false;
    QTest::newRow("laptop") << QSize(1280, 800) << false;
    QTest::newRow("portrait") << QSize(1080, 1920) << true;
}

void tst_PartnersView::layouts()
{
    QFETCH(QSize, size);
    QFETCH(bool, portrait);
    PartnersView view(&m_catalog);
    view.resize(size);
    // As the exporter does: resized and rendered, never shown.
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    view.render(&image);
    const QRect detail = view.detailPane()->geometry();
    const QRect grid = view.grid()->geometry();
    QVERIFY(view.rect().contains(detail));
    if (portrait)
        QVERIFY(detail.top() > grid.bottom());
    else
        QVERIFY(detail.left() > grid.right());
    QVERIFY(!view.searchField()->geometry().intersects(view.categoryFilter()->geometry()));
    QVERIFY(view.grid()->columnCount() >= 3);
    view.setLayoutDirection(Qt::RightToLeft);
    if (!portrait)
        QVERIFY(view.detailPane()->geometry().right() < view.grid()->geometry().left());
}

void tst_PartnersView::deterministicRender()
{
    const auto render = [this](const QString &item) {
        PartnersView view(&m_catalog);
        view.resize(1920, 1080);
        if (!item.isEmpty())
            view.selectItem(item);
        QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::black);
        view.render(&image);
        return image;
    };
    QCOMPARE(render(QString()), render(QString()));
    const QImage item = render(u"art-studio"_s);
    QCOMPARE(item, render(u"art-studio"_s));
    QVERIFY(item != render(QString()));
}

void tst_PartnersView::themeSwitchesLive()
{
    PartnersView view(&m_catalog);
    view.resize(1280, 800);
    QImage dark(view.size(), QImage::Format_ARGB32_Premultiplied);
    view.render(&dark);
    Appearance::instance()->setTheme(Theme::Id::Light);
    QImage light(view.size(), QImage::Format_ARGB32_Premultiplied);
    view.render(&light);
    Appearance::instance()->setTheme(Theme::Id::Dark);
    QImage again(view.size(), QImage::Format_ARGB32_Premultiplied);
    view.render(&again);
    QCOMPARE(light.pixelColor(5, 5), Theme::light().background);
    QVERIFY(light != dark);
    QCOMPARE(again, dark);
}

void tst_PartnersView::accessibleNames()
{
    PartnersView view(&m_catalog);
    view.resize(1920, 1080);
    for (QWidget *widget : std::initializer_list<QWidget *>{
                 view.searchField(), view.categoryFilter(), view.grid(), view.detailPane()}) {
        QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());
    }
    QVERIFY(!view.searchField()->accessibleDescription().isEmpty());
    for (Chip *chip : view.categoryFilter()->chips())
        QVERIFY(!chip->accessibleName().isEmpty());
}

QTEST_MAIN(tst_PartnersView)
#include "tst_partnersview.moc"
