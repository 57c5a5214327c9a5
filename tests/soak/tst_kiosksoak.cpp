// The kiosk for days, in minutes: the real main window in kiosk mode, with
// its session's heartbeat, metrics, snapshots and pixel shift running,
// tours thousands of views with the language rotating through every shipped
// one, and visitors come in between: they touch a tab, search, filter, pick
// items, then leave it idle until the countdown resets everything. The
// attract loop's dwell, idle and countdown times are set in milliseconds
// (AttractLoop's own settings), so nothing waits for wall-clock minutes.
//
// Resident memory (VmRSS, /proc/self/status) after a warm-up and at the end
// must stay within 2 MiB. Made for the address sanitizer (scripts/dev soak),
// which also fails it on any memory error or leak; labelled `soak`, outside
// the default runs. For other figures:
//   SPARK_SOAK_TRANSITIONS=4000 SPARK_SOAK_SESSIONS=100 build-sanitize/tests/soak/tst_kiosksoak
#include "mainwindow.h"

#include "content/contentloader.h"
#include "kiosk/attractloop.h"
#include "kiosk/kioskcontroller.h"
#include "kiosk/kiosksession.h"
#include "models/catalog.h"
#include "views/common/chipbar.h"
#include "views/common/searchfield.h"
#include "views/language.h"
#include "views/partners/partnersview.h"
#include "views/reviews/reviewsview.h"
#include "views/showcaseview.h"
#include "views/theme.h"
#include "views/timeline/timelineview.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QPointingDevice>
#include <QSet>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SPARK_ASAN 1
#include <sanitizer/allocator_interface.h>
#include <sanitizer/asan_interface.h>
#endif
#endif

using namespace Qt::StringLiterals;

namespace {

// Resident set size in KiB: VmRSS in /proc/self/status.
qint64 residentKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly)) {
        qWarning("cannot read /proc/self/status: %s", qPrintable(status.errorString()));
        return -1;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// What the app's heap holds, in KiB, as the address sanitizer's allocator
// counts it (-1 without it): resident memory under the sanitizer also holds
// the sanitizer's own bookkeeping.
qint64 heapInUseKiB()
{
#ifdef SPARK_ASAN
    return qint64(__sanitizer_get_current_allocated_bytes() / 1024);
#else
    return -1;
#endif
}

int setting(const char *name, int fallback)
{
    return qEnvironmentVariableIsSet(name) ? qEnvironmentVariableIntValue(name) : fallback;
}

} // namespace

class TestKioskSoak : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void toursAndVisitors();

private:
    // Lets the tour run until \a count more views have been entered.
    void runTransitions(int count);
    // One visitor, from the first touch to the idle reset.
    void visit(int visitor);
    void touch(QWidget *widget, QPoint at);
    void touchTab(const QString &view);

    QTemporaryDir m_dir;
    Catalog *m_catalog = nullptr;
    Language *m_language = nullptr;
    MainWindow *m_window = nullptr;
    KioskSession *m_session = nullptr;
    KioskController *m_kiosk = nullptr;
    QPointingDevice *m_touchScreen = nullptr;
    qint64 m_transitions = 0;
    QSet<QString> m_languagesShown;
};

void TestKioskSoak::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Appearance::loadFonts();
    m_touchScreen = QTest::createTouchDevice();
    m_catalog = new Catalog;
    m_catalog->setContent(ContentLoader::load().content);
    m_language = new Language(m_catalog);
    m_language->setLanguage(u"en"_s);
    m_window = new MainWindow(m_catalog, m_language);
    m_window->enterKioskMode();

    // What an event kiosk runs with, every timer of the session on.
    KioskConfig config;
    config.languages = Language::available();
    config.pin = PinHash::create(u"480516"_s, PinHash::MinimumIterations);
    config.lockoutFile = m_dir.filePath(u"pin-lockout"_s);
    config.heartbeatFile = m_dir.filePath(u"heartbeat"_s);
    config.prometheusFile = m_dir.filePath(u"spark-showcase.prom"_s);
    config.heartbeatInterval = 1;
    config.snapshotFolder = m_dir.filePath(u"snapshots"_s);
    QVERIFY(QDir(m_dir.path()).mkpath(u"snapshots"_s));
    config.snapshotInterval = 10;
    config.snapshotKeep = 3;
    config.pixelShift = true;
    config.pixelShiftPeriod = 5;
    m_session = new KioskSession(config, m_window, m_window->views(), m_language);
    m_kiosk = m_session->controller();
    m_session->setViewShower([this](ShowcaseView *view) {
        m_window->showView(view->name());
        ++m_transitions;
        m_languagesShown.insert(m_language->current());
    });
    m_session->start();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QCOMPARE(m_window->size(), QSize(1920, 1080));

    // Hours in milliseconds: two steps a view (an item, then the next view),
    // a visitor gone after 1.5 s without input (more than any of their
    // actions takes under the sanitizers), a countdown of three 20 ms seconds.
    AttractLoop *loop = m_kiosk->loop();
    QList<AttractLoop::Entry> entries = loop->entries();
    QCOMPARE(entries.size(), m_window->views().size());
    for (AttractLoop::Entry &entry : entries) {
        entry.viewDwellMs = 2;
        entry.itemDwellMs = 1;
    }
    loop->setEntries(entries);
    loop->setIdleTimeout(1500);
    loop->setCountdownSeconds(3);
    loop->setSecondLength(20);
    loop->start();
}

void TestKioskSoak::cleanupTestCase()
{
    delete m_session;
    delete m_window;
    delete m_language;
    delete m_catalog;
    // QTest::createTouchDevice() leaves the device to its caller.
    delete m_touchScreen;
}

void TestKioskSoak::runTransitions(int count)
{
    const qint64 target = m_transitions + count;
    QElapsedTimer timer;
    timer.start();
    while (m_transitions < target && timer.elapsed() < 600'000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        // What the event loop of the app does between two turns.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    QVERIFY2(m_transitions >= target, "the tour stopped");
}

void TestKioskSoak::touch(QWidget *widget, QPoint at)
{
    QWindow *window = m_window->windowHandle();
    const QPoint point = widget->mapTo(m_window, at);
    QTest::touchEvent(window, m_touchScreen).press(0, point, window);
    QTest::touchEvent(window, m_touchScreen).release(0, point, window);
    QCoreApplication::processEvents();
}

void TestKioskSoak::touchTab(const QString &view)
{
    QTabBar *bar = m_window->tabs()->tabBar();
    const int index = m_window->tabs()->indexOf(m_window->view(view));
    QVERIFY(index >= 0);
    touch(bar, bar->tabRect(index).center());
    QCOMPARE(m_window->currentViewName(), view);
}

void TestKioskSoak::visit(int visitor)
{
    static const QStringList searches{u"dell"_s,     u"asus"_s, u"starbase"_s, u"openai"_s,
                                      u"petaflop"_s, u"zz"_s,   u"mem"_s};
    const QString search = searches.at(visitor % searches.size());
    const int sessions = m_kiosk->visitorSessions();
    const int resets = m_kiosk->idleResets();

    // A touch on the tab of the partners: a session starts, the tour waits.
    touchTab(u"partners"_s);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_kiosk->visitorSessions(), sessions + 1);
    QVERIFY(m_kiosk->loop()->state() != AttractLoop::State::Running);
    auto *partners = static_cast<PartnersView *>(m_window->view(u"partners"_s));
    touch(partners->searchField(), partners->searchField()->rect().center());
    QTest::keyClicks(partners->searchField(), search);
    const QList<Chip *> categories = partners->categoryFilter()->chips();
    touch(categories.at(visitor % categories.size()),
          categories.at(visitor % categories.size())->rect().center());
    partners->advance();

    touchTab(u"timeline"_s);
    if (QTest::currentTestFailed())
        return;
    auto *timeline = static_cast<TimelineView *>(m_window->view(u"timeline"_s));
    const QList<Chip *> eras = timeline->chipBar()->chips();
    touch(eras.at(visitor % eras.size()), eras.at(visitor % eras.size())->rect().center());
    if (visitor % 2)
        QTest::keyClicks(timeline->searchField(), search);
    timeline->advance();

    touchTab(u"reviews"_s);
    if (QTest::currentTestFailed())
        return;
    auto *reviews = static_cast<ReviewsView *>(m_window->view(u"reviews"_s));
    const QList<Chip *> kinds = reviews->kindFilter()->chips();
    touch(kinds.at(visitor % kinds.size()), kinds.at(visitor % kinds.size())->rect().center());
    reviews->advance();

    touchTab(u"hardware"_s);
    if (QTest::currentTestFailed())
        return;
    m_window->view(u"hardware"_s)->advance();
    QCOMPARE(m_kiosk->visitorSessions(), sessions + 1);

    // Then nobody: the idle timeout, the countdown, the reset.
    QTRY_COMPARE_WITH_TIMEOUT(m_kiosk->idleResets(), resets + 1, 10'000);
    QTRY_COMPARE(m_kiosk->loop()->state(), AttractLoop::State::Running);
    QCOMPARE(m_language->current(), Language::available().constFirst());
    QVERIFY(partners->searchField()->text().isEmpty());
}

void TestKioskSoak::toursAndVisitors()
{
    const int transitions = setting("SPARK_SOAK_TRANSITIONS", 2000);
    const int sessions = setting("SPARK_SOAK_SESSIONS", 50);
    QVERIFY(sessions >= 10);
    const int perSession = transitions / sessions;
    // Two fifths of the run warm up: every view, language, search and filter
    // used, the caches of fonts, glyphs and pixmaps filled, the allocator's
    // arenas grown to what the run needs.
    const int warmUp = sessions * 2 / 5;
    const int tenth = sessions / 10;

    QElapsedTimer clock;
    clock.start();
    const qint64 transitionsAtStart = m_transitions;
    qint64 warm = 0;
    qint64 last = 0;
    qint64 warmHeap = 0;
    for (int visitor = 0; visitor < sessions; ++visitor) {
        runTransitions(perSession);
        visit(visitor);
        if (QTest::currentTestFailed())
            return;
        if (visitor + 1 == warmUp) {
            QCOMPARE(m_languagesShown.size(), Language::available().size());
            warm = residentKiB();
            warmHeap = heapInUseKiB();
            QVERIFY(warm > 0);
            qInfo("RSS after the warm-up (%lld transitions, %d sessions): %lld KiB; heap in "
                  "use %lld KiB",
                  m_transitions - transitionsAtStart, warmUp, warm, warmHeap);
        } else if (visitor + 1 > warmUp && (visitor + 1) % tenth == 0) {
            last = residentKiB();
            qInfo("RSS after %lld transitions, %d sessions: %lld KiB (%+lld KiB); heap in use "
                  "%lld KiB; %.0f s",
                  m_transitions - transitionsAtStart, visitor + 1, last, last - warm,
                  heapInUseKiB(), double(clock.elapsed()) / 1000);
        }
    }
    last = residentKiB();
    const qint64 lastHeap = heapInUseKiB();
    qInfo("%lld transitions, %d visitor sessions, %d idle resets in %.0f s; RSS %lld KiB after "
          "the warm-up, %lld KiB at the end (%+lld KiB); heap in use %lld KiB, then %lld KiB "
          "(%+lld KiB)",
          m_transitions - transitionsAtStart, m_kiosk->visitorSessions(), m_kiosk->idleResets(),
          double(clock.elapsed()) / 1000, warm, last, last - warm, warmHeap, lastHeap,
          lastHeap - warmHeap);
    QVERIFY(m_transitions - transitionsAtStart >= transitions);
    QCOMPARE(m_kiosk->visitorSessions(), sessions);
    QCOMPARE(m_kiosk->idleResets(), sessions);
#ifdef SPARK_ASAN
    // Where the sanitizer's own memory went (its allocator, its stack depot).
    __asan_print_accumulated_stats();
    // Under the address sanitizer resident memory also holds what the
    // sanitizer keeps for itself and never gives back (the call stack of
    // every allocation it has seen, its allocator's caches): it grew by about
    // 0.6 MB a session while the heap stayed flat. There the heap the app
    // holds is what must stay flat; without the sanitizer, resident memory.
    QVERIFY2(lastHeap - warmHeap <= 2048,
             qPrintable(u"the heap grew by %1 KiB after the warm-up"_s.arg(lastHeap - warmHeap)));
#else
    QVERIFY2(last - warm <= 2048,
             qPrintable(u"resident memory grew by %1 KiB after the warm-up"_s.arg(last - warm)));
#endif
    // The controller's own files kept being written.
    QVERIFY(QFile::exists(m_dir.filePath(u"heartbeat"_s)));
    QVERIFY(QFile::exists(m_dir.filePath(u"spark-showcase.prom"_s)));
}

int main(int argc, char **argv)
{
    // The screen of an event kiosk, 1920x1080, not the offscreen platform's
    // own 800x600, where the tabs of some languages would not all fit.
    QTemporaryDir screens;
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if (platform.isEmpty() || platform == "offscreen") {
        const QString config = screens.filePath(u"screens.json"_s);
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(R"({"screens": [{"name": "kiosk", "x": 0, "y": 0, "width": 1920,)"
                       R"( "height": 1080, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})") <
                    0)
            qFatal("cannot write %s: %s", qPrintable(config), qPrintable(file.errorString()));
        file.close();
        qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + QFile::encodeName(config));
    }
    // Minutes in one test function, more than Qt Test's five by default.
    if (!qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", "3600000");
    QApplication app(argc, argv);
    TestKioskSoak test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_kiosksoak.moc"
