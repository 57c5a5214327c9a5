// The kiosk around the real window and views: what a visitor does is gone
// after the idle reset. The proof is a structured dump of the window's state
// (StateDump), taken after a fresh start and again after a visitor and a reset.
#include "mainwindow.h"

#include "content/contentloader.h"
#include "kiosk/attractloop.h"
#include "kiosk/countdownoverlay.h"
#include "kiosk/kioskcontroller.h"
#include "kiosk/kiosksession.h"
#include "kiosk/pinoverlay.h"
#include "kiosk/statedump.h"
#include "models/catalog.h"
#include "views/common/chipbar.h"
#include "views/common/searchfield.h"
#include "views/hardware/hardwarediagram.h"
#include "views/hardware/hardwareview.h"
#include "views/language.h"
#include "views/partners/partnergrid.h"
#include "views/partners/partnersview.h"
#include "views/reviews/featuredquote.h"
#include "views/reviews/reviewsview.h"
#include "views/showcaseview.h"
#include "views/theme.h"
#include "views/timeline/timelineitemview.h"
#include "views/timeline/timelineview.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QLineEdit>
#include <QScrollBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestKioskMode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void freshStartsAreAlike();
    void resetIsTotal_data();
    void resetIsTotal();

private:
    void startKiosk();
    QVariantMap settledDump();
    void visit(const QString &what);

    QTemporaryDir m_dir;
    Catalog *m_catalog = nullptr;
    Language *m_language = nullptr;
    MainWindow *m_window = nullptr;
    KioskSession *m_session = nullptr;
    KioskController *m_kiosk = nullptr;
};

void TestKioskMode::initTestCase()
{
    Appearance::loadFonts();
}

void TestKioskMode::init()
{
    Appearance::instance()->setTheme(Theme::Id::Dark);
    Appearance::instance()->setReducedMotion(true);
    Appearance::instance()->apply(qApp);
    m_catalog = new Catalog;
    m_catalog->setContent(ContentLoader::load().content);
    m_language = new Language(m_catalog);
    m_language->setLanguage(u"en"_s);
}

void TestKioskMode::cleanup()
{
    delete m_session;
    m_session = nullptr;
    m_kiosk = nullptr;
    delete m_window;
    m_window = nullptr;
    delete m_language;
    delete m_catalog;
}

void TestKioskMode::startKiosk()
{
    m_window = new MainWindow(m_catalog, m_language);
    m_window->enterKioskMode();
    KioskConfig config;
    // The tour stands still on its first view unless a test steps it.
    config.viewDwell = 3600;
    config.itemDwell = 600;
    config.reducedMotion = true;
    config.pin = PinHash::create(u"480516"_s, 1000);
    config.lockoutFile = m_dir.filePath(u"pin-lockout"_s);
    // Wired as main() wires it.
    m_session = new KioskSession(config, m_window, m_window->views(), m_language);
    m_kiosk = m_session->controller();
    m_session->setViewShower([this](ShowcaseView *view) { m_window->showView(view->name()); });
    m_session->start();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QTRY_VERIFY(m_window->isActiveWindow());
}

QVariantMap TestKioskMode::settledDump()
{
    // Let deferred layouts and queued updates run, as a visitor would wait.
    // (A line edit's clear button fades out in about a quarter of a second.)
    for (int i = 0; i < 10; ++i) {
        QCoreApplication::processEvents();
        QTest::qWait(40);
    }
    return StateDump::of(m_window);
}

void TestKioskMode::freshStartsAreAlike()
{
    startKiosk();
    const QVariantMap first = settledDump();
    delete m_session;
    m_session = nullptr;
    m_kiosk = nullptr;
    delete m_window;
    m_window = nullptr;
    startKiosk();
    const QVariantMap second = settledDump();
    const QStringList differences = StateDump::differences(first, second);
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));
    // Something to compare: every view, its fields and its lists.
    QVERIFY(first.size() > 100);
    QCOMPARE(first.value(u"app:theme"_s).toString(), u"dark"_s);
}

void TestKioskMode::resetIsTotal_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("partners: search, filter, selection, scroll") << u"partners"_s;
    QTest::newRow("timeline: filter, selection, zoom, scroll") << u"timeline"_s;
    QTest::newRow("hardware: page, part, focus") << u"hardware"_s;
    QTest::newRow("reviews: filters, quote, wall") << u"reviews"_s;
    QTest::newRow("language, theme, motion") << u"appearance"_s;
    QTest::newRow("overlays and focus") << u"overlays"_s;
    QTest::newRow("the tour moved on") << u"tour"_s;
    QTest::newRow("everything at once") << u"all"_s;
}

void TestKioskMode::visit(const QString &what)
{
    const bool all = what == u"all"_s;
    if (all || what == u"partners"_s) {
        m_window->showView(u"partners"_s);
        auto *partners = static_cast<PartnersView *>(m_window->view(u"partners"_s));
        QLineEdit *search = partners->searchField();
        search->setFocus();
        QTest::keyClicks(search, u"dell"_s);
        search->clear(); // undoable: Ctrl+Z would bring "dell" back
        QTest::keyClicks(search, u"a"_s);
        QTest::mouseClick(partners->categoryFilter()->chips().last(), Qt::LeftButton);
        partners->advance();
        partners->advance();
        partners->grid()->verticalScrollBar()->setValue(
                partners->grid()->verticalScrollBar()->maximum());
    }
    if (all || what == u"timeline"_s) {
        m_window->showView(u"timeline"_s);
        auto *timeline = static_cast<TimelineView *>(m_window->view(u"timeline"_s));
        QTest::mouseClick(timeline->chipBar()->chips().at(1), Qt::LeftButton);
        timeline->advance();
        timeline->itemView()->setZoom(timeline->itemView()->zoom() * 3);
        QScrollBar *scroll = timeline->itemView()->horizontalScrollBar();
        scroll->setValue(scroll->maximum() / 2);
        timeline->itemView()->setFocus();
    }
    if (all || what == u"hardware"_s) {
        m_window->showView(u"hardware"_s);
        auto *hardware = static_cast<HardwareView *>(m_window->view(u"hardware"_s));
        hardware->advance();
        hardware->advance();
        hardware->setPage(HardwareView::Page::MemoryFit);
        hardware->diagram()->setFocusedPart(2);
        hardware->diagram()->setFocus();
    }
    if (all || what == u"reviews"_s) {
        m_window->showView(u"reviews"_s);
        auto *reviews = static_cast<ReviewsView *>(m_window->view(u"reviews"_s));
        QTest::mouseClick(reviews->kindFilter()->chips().last(), Qt::LeftButton);
        QTest::mouseClick(reviews->outletFilter()->chips().last(), Qt::LeftButton);
        reviews->featured()->next();
        reviews->featured()->setPlaying(false);
        reviews->advance();
    }
    if (all || what == u"appearance"_s) {
        m_language->setLanguage(u"ar"_s);
        Appearance::instance()->setTheme(Theme::Id::Light);
        Appearance::instance()->apply(qApp);
        Appearance::instance()->setReducedMotion(false);
    }
    if (all || what == u"overlays"_s) {
        m_window->tabs()->tabBar()->setFocus();
        QTest::keyClick(m_window, Qt::Key_Q,
                        Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
        QVERIFY(m_kiosk->pinOverlay()->isOpen());
        QTest::keyClicks(m_kiosk->pinOverlay(), u"12"_s);
        m_kiosk->countdownOverlay()->showSeconds(3);
    }
    if (all || what == u"tour"_s) {
        for (int i = 0; i < 5; ++i) {
            m_kiosk->loop()->notifyInput();
            m_kiosk->loop()->resetAndResume();
        }
        // A few steps further in, on another view.
        for (int i = 0; i < 3; ++i) {
            for (ShowcaseView *view : m_window->views())
                view->advance();
        }
        m_window->showView(u"reviews"_s);
    }
}

void TestKioskMode::resetIsTotal()
{
    QFETCH(QString, what);
    startKiosk();
    const QVariantMap fresh = settledDump();

    visit(what);
    const QVariantMap visited = settledDump();
    // The visit did change something, or the comparison below proves nothing.
    QVERIFY(!StateDump::differences(fresh, visited).isEmpty());

    // What the end of the idle countdown does.
    m_kiosk->loop()->notifyInput();
    m_kiosk->loop()->resetAndResume();
    const QVariantMap reset = settledDump();
    const QStringList differences = StateDump::differences(fresh, reset);
    QVERIFY2(differences.isEmpty(),
             qPrintable(u"after the reset, unlike a fresh start:\n"_s + differences.join(u'\n')));
}

QTEST_MAIN(TestKioskMode)
#include "tst_kioskmode.moc"
