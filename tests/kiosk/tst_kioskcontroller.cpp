#include "kiosk/kioskcontroller.h"

#include "content/contentwatcher.h"
#include "fakeview.h"

#include "kiosk/attractloop.h"
#include "kiosk/countdownoverlay.h"
#include "kiosk/pinoverlay.h"
#include "kiosk/snapshotwriter.h"
#include "kiosk/windowkeeper.h"
#include "views/common/linkopener.h"
#include "views/showcaseview.h"
#include "views/theme.h"

#include <QAction>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QMainWindow>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>

#include <csignal>

using namespace Qt::StringLiterals;
using KioskTest::FakeView;
using KioskTest::testPin;

class TestKioskController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void blockedKeysDoNotClose_data();
    void blockedKeysDoNotClose();
    void closeRequestsAreIgnored();
    void contextMenusDoNothing();
    void toolTipsStayHidden();
    void chordAndRightPinQuit();
    void wrongPinDoesNotQuit();
    void repeatedWrongPinsLockTheKeypad();
    void emptyPinIsNoTry();
    void lockoutSurvivesARestart();
    void escapeClosesThePinPanel();
    void chordWithoutPinOpensNothing();
    void inputPausesLoop();
    void countdownShowsAndResets();
    void dialogsAreTurnedAway();
    void opensNoBrowser();
    void cursorHidesWithoutMotion();
    void snapshotIsSaved();
    void snapshotChordIsRateLimited();
    void pixelShiftMovesContents();
    void sigtermQuitsCleanly();
    void sighupReloadsAndStays();
    void sighupReloadsTheContent();
    void clipboardKeysDoNothing_data();
    void clipboardKeysDoNothing();
    void fieldsHoldNoSelection();
    void middleClickIsSwallowed();
    void dropsAreRefused();
    void resetLeavesNoUndoAndNoFocus();
    void keepsTheWindowFullScreen();
    void screenComesFromTheSettings();

private:
    KioskController *make(const KioskConfig &config = KioskConfig());
    void typePin(const QString &pin);
    QLineEdit *addField();

    QTemporaryDir m_dir;
    QMainWindow *m_window = nullptr;
    QAction *m_quit = nullptr;
    QList<FakeView *> m_views;
    KioskController *m_controller = nullptr;
};

void TestKioskController::initTestCase()
{
    Appearance::loadFonts();
    Appearance::instance()->setReducedMotion(true);
}

void TestKioskController::init()
{
    m_window = KioskTest::windowWithViews(&m_views);
    // What a browsing window offers and a kiosk must not: Ctrl+Q closes it.
    m_quit = new QAction(m_window);
    m_quit->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Q), QKeySequence(Qt::CTRL | Qt::Key_W),
                          QKeySequence(Qt::Key_Escape), QKeySequence(Qt::Key_F11),
                          QKeySequence(Qt::ALT | Qt::Key_F4)});
    connect(m_quit, &QAction::triggered, m_window, &QWidget::close);
    m_window->addAction(m_quit);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestKioskController::cleanup()
{
    delete m_controller;
    m_controller = nullptr;
    delete m_window;
    m_window = nullptr;
    m_views.clear();
}

KioskController *TestKioskController::make(const KioskConfig &config)
{
    m_controller = new KioskController(KioskTest::testConfig(config, QDir(m_dir.path())), m_window,
                                       KioskTest::showcaseViews(m_views), nullptr);
    // The window manager's part has tests of its own; here the window stays
    // as the test shows it.
    m_controller->setKeepWindow(false);
    return m_controller;
}

void TestKioskController::typePin(const QString &pin)
{
    PinOverlay *overlay = m_controller->pinOverlay();
    QTest::keyClicks(overlay, pin);
    QSignalSpy checked(m_controller, &KioskController::pinChecked);
    QTest::keyClick(overlay, Qt::Key_Return);
    QVERIFY(checked.wait(5000));
}

QLineEdit *TestKioskController::addField()
{
    auto *edit = new QLineEdit(m_views.at(2));
    edit->setObjectName(u"field"_s);
    edit->setGeometry(10, 10, 300, 30);
    edit->show();
    return edit;
}

void TestKioskController::blockedKeysDoNotClose_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::newRow("Esc") << int(Qt::Key_Escape) << int(Qt::NoModifier);
    QTest::newRow("Alt+F4") << int(Qt::Key_F4) << int(Qt::AltModifier);
    QTest::newRow("Ctrl+Q") << int(Qt::Key_Q) << int(Qt::ControlModifier);
    QTest::newRow("Ctrl+W") << int(Qt::Key_W) << int(Qt::ControlModifier);
    QTest::newRow("F11") << int(Qt::Key_F11) << int(Qt::NoModifier);
    QTest::newRow("Menu key") << int(Qt::Key_Menu) << int(Qt::NoModifier);
}

void TestKioskController::blockedKeysDoNotClose()
{
    QFETCH(int, key);
    QFETCH(int, modifiers);
    make()->start();
    QSignalSpy triggered(m_quit, &QAction::triggered);
    QTest::keyClick(m_views.at(0), Qt::Key(key), Qt::KeyboardModifiers(modifiers));
    QTest::keyClick(m_window, Qt::Key(key), Qt::KeyboardModifiers(modifiers));
    QCOMPARE(triggered.size(), 0);
    QVERIFY(m_window->isVisible());
    QVERIFY(!m_controller->pinOverlay()->isOpen());
}

void TestKioskController::closeRequestsAreIgnored()
{
    make()->start();
    QVERIFY(!m_window->close());
    QVERIFY(m_window->isVisible());
}

void TestKioskController::contextMenusDoNothing()
{
    make()->start();
    QContextMenuEvent event(QContextMenuEvent::Mouse, QPoint(5, 5),
                            m_views.at(1)->mapToGlobal(QPoint(5, 5)));
    QApplication::sendEvent(m_views.at(1), &event);
    QCOMPARE(m_views.at(1)->contextMenus, 0);
}

void TestKioskController::toolTipsStayHidden()
{
    make()->start();
    FakeView *view = m_views.at(1);
    view->setToolTip(u"A window of its own"_s);
    QHelpEvent event(QEvent::ToolTip, QPoint(5, 5), view->mapToGlobal(QPoint(5, 5)));
    QApplication::sendEvent(view, &event);
    // A tooltip shows while its event is handled; none was, nor is one queued.
    QCoreApplication::processEvents();
    QVERIFY(!QToolTip::isVisible());
}

void TestKioskController::chordAndRightPinQuit()
{
    KioskConfig config;
    config.pin = testPin(u"4711"_s);
    make(config)->start();
    QSignalSpy exit(m_controller, &KioskController::exitRequested);
    QTest::keyClick(m_window, Qt::Key_Q, Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
    PinOverlay *pin = m_controller->pinOverlay();
    QVERIFY(pin->isOpen());
    QTest::keyClicks(pin, u"4711"_s);
    QCOMPARE(pin->pin(), u"4711"_s);
    QCOMPARE(exit.size(), 0);
    QTest::keyClick(pin, Qt::Key_Return);
    // Checked off the GUI thread: the answer comes back as an event, never
    // during the key press. (Whether the worker is still running is a race:
    // it may be done before its answer is delivered.)
    QCOMPARE(exit.size(), 0);
    QVERIFY(exit.wait(5000) || exit.size() == 1);
    QCOMPARE(exit.size(), 1);
    QCOMPARE(exit.at(0).at(0).toInt(), 0);
    QVERIFY(m_controller->isExiting());
    QCOMPARE(m_controller->loop()->state(), AttractLoop::State::Stopped);
    // Leaving for real: the window may close now.
    QVERIFY(m_window->close());
}

void TestKioskController::wrongPinDoesNotQuit()
{
    KioskConfig config;
    config.pin = testPin(u"2580"_s);
    make(config)->start();
    QSignalSpy exit(m_controller, &KioskController::exitRequested);
    QSignalSpy checked(m_controller, &KioskController::pinChecked);
    QTest::keyClick(m_window, Qt::Key_Q, Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
    PinOverlay *pin = m_controller->pinOverlay();
    QVERIFY(pin->isOpen());
    QTest::mouseClick(pin->digitButton(4), Qt::LeftButton);
    QTest::mouseClick(pin->digitButton(3), Qt::LeftButton);
    QTest::mouseClick(pin->digitButton(2), Qt::LeftButton);
    QTest::mouseClick(pin->digitButton(1), Qt::LeftButton);
    QCOMPARE(pin->pin(), u"4321"_s);
    QTest::mouseClick(pin->okButton(), Qt::LeftButton);
    QVERIFY(checked.wait(5000));
    QCOMPARE(checked.at(0).at(0).toBool(), false);
    QCOMPARE(exit.size(), 0);
    QCOMPARE(m_controller->wrongPins(), 1);
    QVERIFY(pin->isOpen());
    QVERIFY(pin->pin().isEmpty());
    QVERIFY(!m_controller->isExiting());
    QVERIFY(!m_window->close());
}

void TestKioskController::repeatedWrongPinsLockTheKeypad()
{
    KioskConfig config;
    config.pin = testPin(u"2580"_s);
    make(config)->setPinLockout(1);
    m_controller->start();
    QSignalSpy exit(m_controller, &KioskController::exitRequested);
    QTest::keyClick(m_window, Qt::Key_Q, Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
    PinOverlay *pin = m_controller->pinOverlay();
    for (int attempt = 1; attempt < KioskController::WrongPinsBeforeLockout; ++attempt) {
        typePin(u"9999"_s);
        QVERIFY(!pin->isLockedOut());
    }
    typePin(u"9999"_s);
    QVERIFY(pin->isLockedOut());
    QCOMPARE(m_controller->wrongPins(), KioskController::WrongPinsBeforeLockout);
    // The right PIN cannot be typed while locked.
    QTest::keyClicks(pin, u"2580"_s);
    QTest::keyClick(pin, Qt::Key_Return);
    QVERIFY(!m_controller->isCheckingPin());
    QCOMPARE(exit.size(), 0);
    QCOMPARE(m_controller->wrongPins(), KioskController::WrongPinsBeforeLockout);
    // Once the lock is over, it can.
    QTRY_VERIFY_WITH_TIMEOUT(!pin->isLockedOut() && !m_controller->lockout().isLocked(), 3000);
    typePin(u"2580"_s);
    QCOMPARE(exit.size(), 1);
    QVERIFY(m_window->close());
}

void TestKioskController::emptyPinIsNoTry()
{
    KioskConfig config;
    config.pin = testPin(u"2580"_s);
    make(config)->start();
    QSignalSpy checked(m_controller, &KioskController::pinChecked);
    QTest::keyClick(m_window, Qt::Key_Q, Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
    PinOverlay *pin = m_controller->pinOverlay();
    for (int i = 0; i < 3 * KioskController::WrongPinsBeforeLockout; ++i) {
        QTest::keyClick(pin, Qt::Key_Return);
        QTest::mouseClick(pin->okButton(), Qt::LeftButton);
    }
    m_controller->submitPin(QString());
    // No check was started, so none can finish.
    QVERIFY(!m_controller->isCheckingPin());
    QCOMPARE(checked.count(), 0);
    QCOMPARE(m_controller->wrongPins(), 0);
    QVERIFY(!pin->isLockedOut());
}

void TestKioskController::lockoutSurvivesARestart()
{
    KioskConfig config;
    config.pin = testPin(u"2580"_s);
    config.lockoutFile = m_dir.filePath(u"restart/pin-lockout"_s);
    make(config)->start();
    QTest::keyClick(m_window, Qt::Key_Q, Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
    for (int attempt = 0; attempt < KioskController::WrongPinsBeforeLockout; ++attempt)
        typePin(u"9999"_s);
    QVERIFY(m_controller->pinOverlay()->isLockedOut());
    // A crash and a restart: a new controller, the same state file.
    delete m_controller;
    m_controller = nullptr;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"still locked for (59|60) s after 5 "
                                                          u"wrong PINs"_s));
    make(config)->start();
    QCOMPARE(m_controller->wrongPins(), KioskController::WrongPinsBeforeLockout);
    QVERIFY(m_controller->lockout().isLocked());
    QSignalSpy exit(m_controller, &KioskController::exitRequested);
    QTest::keyClick(m_window, Qt::Key_Q, Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
    PinOverlay *pin = m_controller->pinOverlay();
    QVERIFY(pin->isOpen());
    QVERIFY(pin->isLockedOut());
    m_controller->submitPin(u"2580"_s);
    // Locked out: the PIN is not even checked, so nothing can let the visitor out.
    QVERIFY(!m_controller->isCheckingPin());
    QCOMPARE(exit.count(), 0);
}

void TestKioskController::escapeClosesThePinPanel()
{
    KioskConfig config;
    config.pin = testPin(u"2580"_s);
    make(config)->start();
    QSignalSpy triggered(m_quit, &QAction::triggered);
    QTest::keyClick(m_window, Qt::Key_Q, Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
    PinOverlay *pin = m_controller->pinOverlay();
    QVERIFY(pin->isOpen());
    QTest::keyClicks(pin, u"25"_s);
    QTest::keyClick(pin, Qt::Key_Escape);
    QVERIFY(!pin->isOpen());
    // Esc stays blocked for everything else.
    QTest::keyClick(m_window, Qt::Key_Escape);
    QCOMPARE(triggered.size(), 0);
    QVERIFY(m_window->isVisible());
    QCOMPARE(m_controller->wrongPins(), 0);
}

void TestKioskController::chordWithoutPinOpensNothing()
{
    make()->start();
    QSignalSpy exit(m_controller, &KioskController::exitRequested);
    QTest::keyClick(m_window, Qt::Key_Q, Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
    QVERIFY(!m_controller->pinOverlay()->isOpen());
    QCOMPARE(exit.size(), 0);
}

void TestKioskController::inputPausesLoop()
{
    make()->start();
    AttractLoop *loop = m_controller->loop();
    QCOMPARE(loop->state(), AttractLoop::State::Running);
    QCOMPARE(loop->entries().size(), 4);
    QTest::keyClick(m_views.at(2), Qt::Key_A);
    QCOMPARE(loop->state(), AttractLoop::State::Paused);
    loop->resetAndResume();
    QCOMPARE(loop->state(), AttractLoop::State::Running);
    QTest::mouseClick(m_views.at(1), Qt::LeftButton);
    QCOMPARE(loop->state(), AttractLoop::State::Paused);
}

void TestKioskController::countdownShowsAndResets()
{
    KioskConfig config;
    config.views = {u"timeline"_s, u"reviews"_s};
    config.countdown = 3;
    make(config);
    AttractLoop *loop = m_controller->loop();
    loop->setIdleTimeout(20);
    loop->setSecondLength(20);
    m_controller->start();
    QSignalSpy countdown(loop, &AttractLoop::countdown);
    QSignalSpy reset(loop, &AttractLoop::resetDone);
    QTest::keyClick(m_views.at(0), Qt::Key_A);
    QVERIFY(countdown.wait(1000));
    CountdownOverlay *overlay = m_controller->countdownOverlay();
    QVERIFY(overlay->isVisible());
    QCOMPARE(overlay->geometry(), m_window->rect());
    QCOMPARE(overlay->secondsLeft(), 3);
    QVERIFY(reset.wait(1000));
    QVERIFY(!overlay->isVisible());
    // Views in the tour and views outside it are all back to a visitor's start.
    for (FakeView *view : std::as_const(m_views))
        QCOMPARE(view->resets, 1);
}

void TestKioskController::dialogsAreTurnedAway()
{
    make()->start();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"a dialog was turned away"_s));
    QMessageBox box(QMessageBox::Warning, u"Title"_s, u"Text"_s, QMessageBox::Ok, m_window);
    // Should the kiosk let it through, the test still ends.
    QTimer::singleShot(3000, &box, &QMessageBox::accept);
    QElapsedTimer timer;
    timer.start();
    box.exec();
    QVERIFY2(timer.elapsed() < 2000, "the message box stayed open");
    QCOMPARE(m_controller->rejectedDialogs(), 1);
    QVERIFY(!box.isVisible());
}

void TestKioskController::opensNoBrowser()
{
    // Whatever asks for a web page in kiosk mode is refused and logged;
    // the window's own handler comes back when the kiosk ends.
    int opened = 0;
    ScopedLinkHandler browser([&](const QUrl &) {
        ++opened;
        return true;
    });
    make()->start();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"opens no browser"_s));
    QVERIFY(!LinkOpener::open(QUrl(u"https://blogs.nvidia.com/blog/live-dgx-spark-delivery/"_s)));
    QCOMPARE(opened, 0);
    QCOMPARE(m_controller->refusedLinks(), 1);
    delete m_controller;
    m_controller = nullptr;
    QVERIFY(LinkOpener::open(QUrl(u"https://example.com/"_s)));
    QCOMPARE(opened, 1);
}

void TestKioskController::cursorHidesWithoutMotion()
{
    make();
    m_controller->setCursorHideDelay(20);
    m_controller->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->isCursorHidden(), 1000);
    QVERIFY(QGuiApplication::overrideCursor());
    QCOMPARE(QGuiApplication::overrideCursor()->shape(), Qt::BlankCursor);
    QTest::mouseMove(m_views.at(0), QPoint(10, 10));
    QVERIFY(!m_controller->isCursorHidden());
    QVERIFY(!QGuiApplication::overrideCursor());
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->isCursorHidden(), 1000);
    delete m_controller;
    m_controller = nullptr;
    QVERIFY(!QGuiApplication::overrideCursor());
}

void TestKioskController::snapshotIsSaved()
{
    KioskConfig config;
    config.snapshotFolder = m_dir.filePath(u"snaps"_s);
    make(config);
    const QString periodic = m_controller->periodicSnapshotPath();
    QCOMPARE(periodic, m_dir.filePath(u"snaps/spark-showcase-latest.png"_s));
    QSignalSpy saved(m_controller->snapshots(), &SnapshotWriter::saved);
    for (int i = 0; i < 2; ++i) {
        QString error;
        QVERIFY2(m_controller->snapshots()->save(m_window, u"spark-showcase-latest.png"_s,
                                                 SnapshotWriter::Kind::Periodic, &error),
                 qPrintable(error));
        QVERIFY(saved.wait(5000));
    }
    const QImage image(periodic);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), m_window->size() * m_window->devicePixelRatio());
    // Replaced, not added to.
    QCOMPARE(QDir(config.snapshotFolder).entryList(QDir::Files).size(), 1);
    QVERIFY(m_controller->operatorSnapshotPath().startsWith(config.snapshotFolder + u'/'));
}

void TestKioskController::snapshotChordIsRateLimited()
{
    KioskConfig config;
    config.snapshotFolder = m_dir.filePath(u"chord"_s);
    config.snapshotKeep = 3;
    make(config)->start();
    QCOMPARE(m_controller->snapshots()->keep(), 3);
    QSignalSpy saved(m_controller->snapshots(), &SnapshotWriter::saved);
    for (int i = 0; i < 40; ++i)
        QTest::keyClick(m_window, Qt::Key_S,
                        Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
    QVERIFY(saved.wait(5000));
    m_controller->snapshots()->waitForFinished();
    // Nothing is being written and the answers are delivered: no other
    // snapshot can still come.
    QVERIFY(!m_controller->snapshots()->isBusy());
    QCoreApplication::processEvents();
    QCOMPARE(saved.size(), 1);
    QCOMPARE(SnapshotWriter::snapshotFiles(config.snapshotFolder).size(), 1);
}

void TestKioskController::pixelShiftMovesContents()
{
    KioskConfig config;
    config.pixelShift = true;
    config.pixelShiftPixels = 5;
    make(config)->start();
    QCOMPARE(m_window->contentsMargins(), QMargins(5, 5, 5, 5));
    QTRY_COMPARE(m_window->centralWidget()->geometry().topLeft(), QPoint(5, 5));
    const QSize size = m_window->centralWidget()->size();
    m_controller->shiftPixels();
    QCOMPARE(m_controller->pixelShiftOffset(), QPoint(5, 0));
    QCOMPARE(m_window->contentsMargins(), QMargins(10, 5, 0, 5));
    QTRY_COMPARE(m_window->centralWidget()->geometry().topLeft(), QPoint(10, 5));
    QCOMPARE(m_window->centralWidget()->size(), size);
    QSet<QPoint> seen;
    for (int i = 0; i < 9; ++i) {
        m_controller->shiftPixels();
        seen.insert(m_controller->pixelShiftOffset());
        QVERIFY(qAbs(m_controller->pixelShiftOffset().x()) <= 5);
        QVERIFY(qAbs(m_controller->pixelShiftOffset().y()) <= 5);
    }
    QCOMPARE(seen.size(), 9);
}

void TestKioskController::sigtermQuitsCleanly()
{
    make()->start();
    QSignalSpy exit(m_controller, &KioskController::exitRequested);
    ::raise(SIGTERM);
    QVERIFY(exit.wait(2000));
    QCOMPARE(exit.at(0).at(0).toInt(), 0);
    QVERIFY(m_window->close());
}

void TestKioskController::sighupReloadsAndStays()
{
    make();
    KioskConfig reloaded;
    reloaded.views = {u"reviews"_s};
    reloaded.idleTimeout = 99;
    reloaded.lockoutFile = m_controller->config().lockoutFile;
    int loads = 0;
    m_controller->setLoader([&] {
        ++loads;
        return KioskConfig::Loaded{reloaded, {u"kiosk.ini:2: [idle] timeOut: unknown key"_s}};
    });
    m_controller->start();
    QCOMPARE(m_controller->loop()->entries().size(), 4);
    QSignalSpy exit(m_controller, &KioskController::exitRequested);
    QSignalSpy done(m_controller, &KioskController::reloaded);
    QTest::ignoreMessage(QtWarningMsg, "kiosk.ini:2: [idle] timeOut: unknown key");
    QVERIFY(::raise(SIGHUP) == 0);
    QVERIFY(done.wait(2000));
    QCOMPARE(loads, 1);
    QCOMPARE(exit.size(), 0);
    QCOMPARE(m_controller->loop()->entries().size(), 1);
    QCOMPARE(m_controller->loop()->idleTimeout(), 99000);
    QCOMPARE(m_controller->loop()->state(), AttractLoop::State::Running);
    QVERIFY(m_window->isVisible());
}

void TestKioskController::sighupReloadsTheContent()
{
    QTemporaryDir content;
    QVERIFY(content.isValid());
    ContentWatcher watcher(content.path());
    // Only SIGHUP makes it read the folder here.
    watcher.setDebounceInterval(60 * 60 * 1000);
    watcher.start();
    make()->setContentWatcher(&watcher);
    QCOMPARE(m_controller->contentWatcher(), &watcher);
    m_controller->start();
    QSignalSpy reloaded(&watcher, &ContentWatcher::reloaded);
    QSignalSpy done(m_controller, &KioskController::reloaded);
    QVERIFY(::raise(SIGHUP) == 0);
    QVERIFY(done.wait(2000));
    QCOMPARE(reloaded.size(), 1);
    QCOMPARE(watcher.status().attempts, 2);
    QCOMPARE(m_controller->loop()->state(), AttractLoop::State::Running);
}

void TestKioskController::clipboardKeysDoNothing_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::newRow("Ctrl+C") << int(Qt::Key_C) << int(Qt::ControlModifier);
    QTest::newRow("Ctrl+X") << int(Qt::Key_X) << int(Qt::ControlModifier);
    QTest::newRow("Ctrl+V") << int(Qt::Key_V) << int(Qt::ControlModifier);
    QTest::newRow("Shift+Insert") << int(Qt::Key_Insert) << int(Qt::ShiftModifier);
    QTest::newRow("Ctrl+Insert") << int(Qt::Key_Insert) << int(Qt::ControlModifier);
    QTest::newRow("Ctrl+Shift+Insert")
            << int(Qt::Key_Insert) << int(Qt::ControlModifier | Qt::ShiftModifier);
    QTest::newRow("Shift+Delete") << int(Qt::Key_Delete) << int(Qt::ShiftModifier);
    QTest::newRow("Paste key") << int(Qt::Key_Paste) << int(Qt::NoModifier);
    QTest::newRow("Copy key") << int(Qt::Key_Copy) << int(Qt::NoModifier);
}

void TestKioskController::clipboardKeysDoNothing()
{
    QFETCH(int, key);
    QFETCH(int, modifiers);
    QLineEdit *field = addField();
    make()->start();
    QClipboard *clipboard = QGuiApplication::clipboard();
    clipboard->setText(u"what the operator copied"_s);
    QSignalSpy changed(clipboard, &QClipboard::dataChanged);
    field->setFocus();
    QTest::keyClicks(field, u"dgx spark"_s);
    field->setCursorPosition(3);
    const int blockedBefore = m_controller->blockedClipboardKeys();
    // QTest::keyClick() knows no text for keys such as Paste; the events a
    // window sends for a key press, by hand.
    QKeyEvent override(QEvent::ShortcutOverride, key, Qt::KeyboardModifiers(modifiers));
    QApplication::sendEvent(field, &override);
    QKeyEvent press(QEvent::KeyPress, key, Qt::KeyboardModifiers(modifiers));
    QApplication::sendEvent(field, &press);
    QKeyEvent release(QEvent::KeyRelease, key, Qt::KeyboardModifiers(modifiers));
    QApplication::sendEvent(field, &release);
    QCOMPARE(field->text(), u"dgx spark"_s);
    QCOMPARE(clipboard->text(), u"what the operator copied"_s);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(m_controller->blockedClipboardKeys(), blockedBefore + 1);
}

void TestKioskController::fieldsHoldNoSelection()
{
    QLineEdit *field = addField();
    field->setText(u"nvidia"_s);
    make()->start();
    // A selection would be published as X11's PRIMARY selection.
    field->selectAll();
    QVERIFY(!field->hasSelectedText());
    field->setFocus();
    QTest::keyClick(field, Qt::Key_Home, Qt::ShiftModifier);
    QVERIFY(!field->hasSelectedText());
    QTest::mouseDClick(field, Qt::LeftButton, Qt::NoModifier, QPoint(20, 15));
    QVERIFY(!field->hasSelectedText());
    // Fields made later are held too.
    auto *later = new QLineEdit(m_views.at(1));
    later->setText(u"later"_s);
    later->show();
    later->selectAll();
    QVERIFY(!later->hasSelectedText());
    // Typing still works.
    QTest::keyClicks(field, u"!"_s);
    QVERIFY(field->text().contains(u'!'));
}

void TestKioskController::middleClickIsSwallowed()
{
    make()->start();
    FakeView *view = m_views.at(0);
    QTest::mouseClick(view, Qt::MiddleButton, Qt::NoModifier, QPoint(5, 5));
    QTest::mouseClick(view, Qt::LeftButton, Qt::NoModifier, QPoint(5, 5));
    QCOMPARE(view->middleClicks, 0);
    QCOMPARE(view->leftClicks, 1);
}

void TestKioskController::dropsAreRefused()
{
    QLineEdit *field = addField();
    make()->start();
    QMimeData data;
    data.setText(u"dropped"_s);
    QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(field, &enter);
    QVERIFY(!enter.isAccepted());
    QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(field, &drop);
    QVERIFY(!drop.isAccepted());
    QVERIFY(field->text().isEmpty());
    QVERIFY(!field->acceptDrops());
}

void TestKioskController::resetLeavesNoUndoAndNoFocus()
{
    QLineEdit *field = addField();
    make()->start();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    field->setFocus();
    QTest::keyClicks(field, u"previous visitor"_s);
    field->clear();
    QVERIFY(field->isUndoAvailable());
    m_controller->loop()->resetAndResume();
    QVERIFY(!field->isUndoAvailable());
    QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(field->text().isEmpty());
    QVERIFY(!field->hasFocus());
    QCOMPARE(QApplication::focusWidget(), m_window);
}

void TestKioskController::keepsTheWindowFullScreen()
{
    make();
    m_controller->setKeepWindow(true);
    m_controller->start();
    QTRY_VERIFY(m_window->isFullScreen());
    QTRY_VERIFY(m_controller->windowKeeper()->problems().isEmpty());
    QSignalSpy restored(m_controller->windowKeeper(), &WindowKeeper::restored);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Kiosk window minimised"_s));
    m_window->showMinimized();
    QVERIFY(restored.wait(1000));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isFullScreen() && !m_window->isMinimized(), 1000);
    // Leaving lets go of the window.
    QSignalSpy exit(m_controller, &KioskController::exitRequested);
    ::raise(SIGTERM);
    QVERIFY(exit.wait(2000));
    QVERIFY(!m_controller->windowKeeper()->isWatching());
    QVERIFY(m_window->close());
}

void TestKioskController::screenComesFromTheSettings()
{
    KioskConfig config;
    config.screen = 3;
    make(config);
    QCOMPARE(m_controller->windowKeeper()->screenIndex(), 3);
    KioskConfig reloaded = config;
    reloaded.screen = 1;
    m_controller->applyConfig(reloaded);
    QCOMPARE(m_controller->windowKeeper()->screenIndex(), 1);
}

QTEST_MAIN(TestKioskController)
#include "tst_kioskcontroller.moc"
