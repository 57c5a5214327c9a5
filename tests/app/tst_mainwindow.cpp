#include "mainwindow.h"

#include "content/contentloader.h"
#include "models/catalog.h"
#include "views/language.h"
#include "views/showcaseview.h"
#include "views/theme.h"
#include "views/viewregistry.h"

#include <QAction>
#include <QMenuBar>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsFourViews();
    void opensOnViewAndItem_data();
    void opensOnViewAndItem();
    void refusesUnknownViewsAndItems();
    void switchesViewsFromTheKeyboard();
    void switchesTheme();
    void switchesLanguageLive();
    void hasMenus();

private:
    Catalog *m_catalog = nullptr;
    Language *m_language = nullptr;
    MainWindow *m_window = nullptr;
};

void TestMainWindow::initTestCase()
{
    Appearance::loadFonts();
}

void TestMainWindow::init()
{
    m_catalog = new Catalog;
    m_catalog->setContent(ContentLoader::load().content);
    m_language = new Language(m_catalog);
    m_language->setLanguage(u"en"_s);
    m_window = new MainWindow(m_catalog, m_language);
    m_window->resize(1280, 800);
}

void TestMainWindow::cleanup()
{
    delete m_window;
    delete m_language;
    delete m_catalog;
    Appearance::instance()->setTheme(Theme::Id::Dark);
}

void TestMainWindow::showsFourViews()
{
    QCOMPARE(m_window->tabs()->count(), 4);
    for (int i = 0; i < 4; ++i) {
        auto *view = qobject_cast<ShowcaseView *>(m_window->tabs()->widget(i));
        QVERIFY(view);
        QCOMPARE(view->name(), ViewRegistry::names().at(i));
        QCOMPARE(m_window->tabs()->tabText(i), view->title());
    }
    QCOMPARE(m_window->currentViewName(), u"hardware"_s);
}

void TestMainWindow::opensOnViewAndItem_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<QString>("item");
    QTest::newRow("hardware part") << u"hardware"_s << u"memory"_s;
    QTest::newRow("timeline event") << u"timeline"_s << u"starbase-delivery"_s;
    QTest::newRow("partner") << u"partners"_s << u"zipline"_s;
    QTest::newRow("quote") << u"reviews"_s << u"register-fastest"_s;
}

void TestMainWindow::opensOnViewAndItem()
{
    QFETCH(QString, view);
    QFETCH(QString, item);
    QVERIFY(ViewRegistry::hasItem(view, *m_catalog, item));
    QCOMPARE(ViewRegistry::viewOfItem(*m_catalog, item), view);
    QVERIFY(m_window->selectItem(view, item));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QCOMPARE(m_window->currentViewName(), view);
    QCOMPARE(m_window->view(view)->currentItem(), item);
}

void TestMainWindow::refusesUnknownViewsAndItems()
{
    QVERIFY(!m_window->showView(u"gallery"_s));
    QVERIFY(!m_window->selectItem(u"timeline"_s, u"memory"_s));
    QVERIFY(!m_window->selectItem(u"gallery"_s, u"memory"_s));
    QCOMPARE(ViewRegistry::viewOfItem(*m_catalog, u"no-such-item"_s), QString());
    QCOMPARE(m_window->currentViewName(), u"hardware"_s);
}

void TestMainWindow::switchesViewsFromTheKeyboard()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window) || QTest::qWaitForWindowExposed(m_window));
    QTest::keyClick(m_window, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(m_window->currentViewName(), u"partners"_s);
    QTest::keyClick(m_window, Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(m_window->currentViewName(), u"reviews"_s);
    QTest::keyClick(m_window, Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(m_window->currentViewName(), u"hardware"_s);
    QTest::keyClick(m_window, Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_window->currentViewName(), u"reviews"_s);
    QTest::keyClick(m_window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(m_window->currentViewName(), u"hardware"_s);
}

void TestMainWindow::switchesTheme()
{
    QAction *light = nullptr;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->text() == u"&Light")
            light = action;
    }
    QVERIFY(light);
    light->trigger();
    QCOMPARE(Appearance::instance()->theme().id, Theme::Id::Light);
    QVERIFY(light->isChecked());
}

void TestMainWindow::switchesLanguageLive()
{
    const QStringList languages = Language::available();
    QVERIFY(languages.contains(u"ar"_s));
    m_language->setLanguage(u"ar"_s);
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
    QCOMPARE(m_catalog->language(), u"ar"_s);
    m_language->setLanguage(u"en"_s);
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
    QCOMPARE(m_window->tabs()->tabText(0), u"Hardware"_s);
}

void TestMainWindow::hasMenus()
{
    QStringList titles;
    for (QAction *action : m_window->menuBar()->actions())
        titles.append(action->text());
    QCOMPARE(titles.mid(0, 1), QStringList{u"&File"_s});
    QVERIFY(titles.contains(u"&View"_s));
    QCOMPARE(titles.constLast(), u"&Help"_s);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
