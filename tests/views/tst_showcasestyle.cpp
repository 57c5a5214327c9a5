#include "views/common/painting.h"
#include "views/showcasestyle.h"
#include "views/theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabBar>
#include <QTest>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

// The window chrome drawn in the theme's colours: checked on the pixels a
// real window shows, in every theme, after real key and mouse events.
class tst_ShowcaseStyle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void tabsUnderlineTheCurrentView_data();
    void tabsUnderlineTheCurrentView();
    void tabsShowKeyboardFocus();
    void desktopDensity();
    void menuHighlightsTheActiveItem_data();
    void menuHighlightsTheActiveItem();
    void menuBarAndStatusBarSitOnTheBackground_data();
    void menuBarAndStatusBarSitOnTheBackground();
    void dockedPanelBehindAHairline_data();
    void dockedPanelBehindAHairline();
    void checkBoxesTickInTheAccent_data();
    void checkBoxesTickInTheAccent();
    void disabledFieldsRecede_data();
    void disabledFieldsRecede();

private:
    static void applyTheme(Theme::Id id);
    static int countPixels(const QImage &image, const QRect &area, const QColor &color,
                           int tolerance = 8);
};

void tst_ShowcaseStyle::initTestCase()
{
    Appearance::loadFonts();
    applyTheme(Theme::Id::Dark);
    QVERIFY(qobject_cast<ShowcaseStyle *>(QApplication::style()));
}

void tst_ShowcaseStyle::cleanup()
{
    applyTheme(Theme::Id::Dark);
}

void tst_ShowcaseStyle::applyTheme(Theme::Id id)
{
    Appearance::instance()->setTheme(id);
    Appearance::instance()->apply(qApp);
}

int tst_ShowcaseStyle::countPixels(const QImage &image, const QRect &area, const QColor &color,
                                   int tolerance)
{
    int count = 0;
    const QRect r = area.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (qAbs(c.red() - color.red()) <= tolerance &&
                qAbs(c.green() - color.green()) <= tolerance &&
                qAbs(c.blue() - color.blue()) <= tolerance)
                ++count;
        }
    }
    return count;
}

namespace {

void addThemes()
{
    QTest::addColumn<Theme::Id>("theme");
    QTest::newRow("dark") << Theme::Id::Dark;
    QTest::newRow("light") << Theme::Id::Light;
    QTest::newRow("high contrast") << Theme::Id::HighContrast;
}

// The bottom band of a tab, where the current one has its accent line.
QRect underline(const QTabBar &bar, int index)
{
    const QRect tab = bar.tabRect(index);
    return QRect(tab.left(), tab.bottom() - ShowcaseStyle::IndicatorWidth - 1, tab.width(),
                 ShowcaseStyle::IndicatorWidth + 2);
}

} // namespace

void tst_ShowcaseStyle::tabsUnderlineTheCurrentView_data()
{
    addThemes();
}

void tst_ShowcaseStyle::tabsUnderlineTheCurrentView()
{
    QFETCH(Theme::Id, theme);
    applyTheme(theme);
    const Theme &t = Appearance::instance()->theme();
    QTabBar bar;
    bar.setDocumentMode(true);
    bar.setExpanding(false);
    for (const QString &title : {u"Hardware"_s, u"Timeline"_s, u"Partners"_s})
        bar.addTab(title);
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    QImage image = bar.grab().toImage();
    QVERIFY(countPixels(image, underline(bar, 0), t.accent) >= bar.tabRect(0).width() / 2);
    QCOMPARE(countPixels(image, underline(bar, 1), t.accent), 0);
    // Text: the current tab in the text colour, the others muted.
    QVERIFY(countPixels(image, bar.tabRect(0), t.text, 24) > 0);
    QVERIFY(countPixels(image, bar.tabRect(1), t.textMuted, 24) > 0);

    // A click moves the line.
    QTest::mouseClick(&bar, Qt::LeftButton, {}, bar.tabRect(2).center());
    QCOMPARE(bar.currentIndex(), 2);
    image = bar.grab().toImage();
    QCOMPARE(countPixels(image, underline(bar, 0), t.accent), 0);
    QVERIFY(countPixels(image, underline(bar, 2), t.accent) >= bar.tabRect(2).width() / 2);
}

void tst_ShowcaseStyle::tabsShowKeyboardFocus()
{
    const Theme &t = Appearance::instance()->theme();
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *bar = new QTabBar(&window);
    bar->setDocumentMode(true);
    bar->addTab(u"Hardware"_s);
    bar->addTab(u"Timeline"_s);
    bar->setFocusPolicy(Qt::StrongFocus);
    auto *field = new QLineEdit(&window);
    layout->addWidget(field);
    layout->addWidget(bar);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    field->setFocus(Qt::OtherFocusReason);
    QCOMPARE(countPixels(bar->grab().toImage(), bar->rect(), t.focus, 4), 0);
    QTest::keyClick(field, Qt::Key_Tab);
    QVERIFY(bar->hasFocus());
    QVERIFY(countPixels(bar->grab().toImage(), bar->tabRect(0), t.focus, 4) > 20);
    // The arrow keys move the current tab, and the ring with it.
    QTest::keyClick(bar, Qt::Key_Right);
    QCOMPARE(bar->currentIndex(), 1);
    const QImage image = bar->grab().toImage();
    QCOMPARE(countPixels(image, bar->tabRect(0), t.focus, 4), 0);
    QVERIFY(countPixels(image, bar->tabRect(1), t.focus, 4) > 20);
}

void tst_ShowcaseStyle::desktopDensity()
{
    QTabBar bar;
    bar.setDocumentMode(true);
    bar.addTab(u"Hardware"_s);
    // Tabs comfortable for a pointer, far from the kiosk's 72 px for fingers.
    QVERIFY2(bar.sizeHint().height() >= 36 && bar.sizeHint().height() <= 52,
             qPrintable(QString::number(bar.sizeHint().height())));
    QMainWindow window;
    window.menuBar()->addMenu(u"&File"_s)->addAction(u"&Quit"_s);
    window.statusBar()->showMessage(u"Ready"_s);
    window.resize(800, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const int menuBar = window.menuBar()->height();
    QVERIFY2(menuBar >= 26 && menuBar <= 40, qPrintable(QString::number(menuBar)));
}

void tst_ShowcaseStyle::menuHighlightsTheActiveItem_data()
{
    addThemes();
}

void tst_ShowcaseStyle::menuHighlightsTheActiveItem()
{
    QFETCH(Theme::Id, theme);
    applyTheme(theme);
    const Theme &t = Appearance::instance()->theme();
    QMenu menu;
    QAction *first = menu.addAction(u"Export Current View…"_s);
    first->setShortcut(QKeySequence(u"Ctrl+E"_s));
    menu.addSeparator();
    QAction *second = menu.addAction(u"Quit"_s);
    menu.popup(QPoint(100, 100));
    QVERIFY(QTest::qWaitForWindowExposed(&menu));
    QTest::keyClick(&menu, Qt::Key_Down);
    QCOMPARE(menu.activeAction(), first);
    QImage image = menu.grab().toImage();
    const QRect firstRect = menu.actionGeometry(first);
    const QRect secondRect = menu.actionGeometry(second);
    // The panel is the theme's surface, with a hairline around it.
    QCOMPARE(image.pixelColor(menu.width() / 2, menu.height() - 1), t.border);
    QCOMPARE(image.pixelColor(secondRect.center().x(), secondRect.top() + 1), t.surface);
    if (theme == Theme::Id::HighContrast) {
        // High contrast outlines the active item in the focus colour.
        QVERIFY(countPixels(image, firstRect, t.focus, 4) > firstRect.width());
    } else {
        const QColor fill = Painting::mix(t.surfaceRaised, t.accent, 0.14);
        QVERIFY(countPixels(image, firstRect, fill, 3) > firstRect.width() * 4);
        QCOMPARE(countPixels(image, secondRect, fill, 3), 0);
    }
    // Down again skips the separator.
    QTest::keyClick(&menu, Qt::Key_Down);
    QCOMPARE(menu.activeAction(), second);
    menu.close();
}

void tst_ShowcaseStyle::menuBarAndStatusBarSitOnTheBackground_data()
{
    addThemes();
}

void tst_ShowcaseStyle::menuBarAndStatusBarSitOnTheBackground()
{
    QFETCH(Theme::Id, theme);
    applyTheme(theme);
    const Theme &t = Appearance::instance()->theme();
    QMainWindow window;
    window.menuBar()->addMenu(u"&File"_s)->addAction(u"&Quit"_s);
    window.menuBar()->addMenu(u"&View"_s)->addAction(u"&Next View"_s);
    window.statusBar()->showMessage(u"Ready"_s);
    window.setCentralWidget(new QWidget);
    window.resize(800, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QImage bar = window.menuBar()->grab().toImage();
    QCOMPARE(bar.pixelColor(bar.width() - 4, bar.height() / 2), t.background);
    const QImage status = window.statusBar()->grab().toImage();
    QCOMPARE(status.pixelColor(status.width() / 2, 0), t.border);
    QCOMPARE(status.pixelColor(status.width() / 2, status.height() - 2), t.background);
}

void tst_ShowcaseStyle::dockedPanelBehindAHairline_data()
{
    addThemes();
}

// Between the views and a panel docked beside them: one hairline across the
// separator, no grip.
void tst_ShowcaseStyle::dockedPanelBehindAHairline()
{
    QFETCH(Theme::Id, theme);
    applyTheme(theme);
    const Theme &t = Appearance::instance()->theme();
    QMainWindow window;
    auto *central = new QWidget;
    window.setCentralWidget(central);
    auto *dock = new QDockWidget(u"Panel"_s);
    dock->setWidget(new QWidget);
    window.addDockWidget(Qt::RightDockWidgetArea, dock);
    window.resize(800, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QImage image = window.grab().toImage();
    const int from = central->geometry().right() + 1;
    const int to = dock->geometry().left();
    QVERIFY2(to > from, qPrintable(u"%1..%2"_s.arg(from).arg(to)));
    for (const int y : {central->geometry().top() + 10, central->geometry().center().y()}) {
        int lines = 0;
        for (int x = from; x < to; ++x)
            lines += image.pixelColor(x, y) == t.border ? 1 : 0;
        QCOMPARE(lines, 1);
    }
}

void tst_ShowcaseStyle::checkBoxesTickInTheAccent_data()
{
    addThemes();
}

void tst_ShowcaseStyle::checkBoxesTickInTheAccent()
{
    QFETCH(Theme::Id, theme);
    applyTheme(theme);
    const Theme &t = Appearance::instance()->theme();
    QCheckBox box(u"English"_s);
    box.show();
    QVERIFY(QTest::qWaitForWindowExposed(&box));
    box.setFocus(Qt::OtherFocusReason);
    // The indicator sits at the leading edge, before the text.
    const QRect indicator(0, 0, 22, box.height());
    QCOMPARE(countPixels(box.grab().toImage(), indicator, t.accent, 4), 0);
    // Unchecked, the box still shows against the background.
    QVERIFY(countPixels(box.grab().toImage(), indicator, t.textMuted, 40) > 4);
    QTest::keyClick(&box, Qt::Key_Space);
    QVERIFY(box.isChecked());
    QVERIFY(countPixels(box.grab().toImage(), indicator, t.accent, 4) > indicator.width());
}

void tst_ShowcaseStyle::disabledFieldsRecede_data()
{
    addThemes();
}

void tst_ShowcaseStyle::disabledFieldsRecede()
{
    QFETCH(Theme::Id, theme);
    applyTheme(theme);
    const Theme &t = Appearance::instance()->theme();
    QSpinBox spin;
    spin.setValue(90);
    spin.resize(120, 32);
    spin.show();
    QVERIFY(QTest::qWaitForWindowExposed(&spin));
    const QPoint inside(spin.width() / 4, spin.height() / 2 - 6);
    QCOMPARE(spin.grab().toImage().pixelColor(inside), t.surface);
    spin.setEnabled(false);
    QCOMPARE(spin.grab().toImage().pixelColor(inside), t.background);
    const QPalette palette = spin.palette();
    QVERIFY(palette.color(QPalette::Disabled, QPalette::Text) != t.textMuted);
    QVERIFY(palette.color(QPalette::Disabled, QPalette::Text) != t.text);
}

QTEST_MAIN(tst_ShowcaseStyle)
#include "tst_showcasestyle.moc"
