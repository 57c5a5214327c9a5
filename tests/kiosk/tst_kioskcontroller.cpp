#include "kiosk/kioskcontroller.h"

#include "content/contentwatcher.h"

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
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QMainWindow>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>

#include <csignal>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

class FakeView : public ShowcaseView
{
public:
    explicit FakeView(const QString &name, QWidget *parent = nullptr)
        : ShowcaseView(nullptr, parent)
        , m_name(name)
    {
        setContextMenuPolicy(Qt::DefaultContextMenu);
    }

    QString name() const override { return m_name; }
    QString title() const override { return m_name; }
    bool selectItem(const QString &) override { return false; }
    QString currentItem() const override { return QString::number(m_current); }
    bool advance() override
    {
        m_current = (m_current + 1) % 4;
        return m_current != 0;
    }
    void reset() override
    {
        ++resets;
        m_current = 0;
    }

    int resets = 0;
    int contextMenus = 0;
    int middleClicks = 0;
    int leftClicks = 0;

protected:
    void contextMenuEvent(QContextMenuEvent *) override { ++contextMenus; }
    void mousePressEvent(QMouseEvent *event) override
    {
        if (event->button() == Qt::MiddleButton)
            ++middleClicks;
        else if (event->button() == Qt::LeftButton)
            ++leftClicks;
    }

private:
    QString m_name;
    int m_current = 0;
};

// PBKDF2 with few iterations, so that checks take no time in tests.
PinHash testPin(const QString &pin)
{
    return PinHash::create(pin, 1000);
}

} // namespace

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
    void heartbeatFileContent();
    void heartbeatFailureIsReported();
    void dialogsAreTurnedAway();
    void opensNoBrowser();
    void cursorHidesWithoutMotion();
    void snapshotIsSaved();
    void snapshotChordIsRateLimited();
    void heartbeatRefusesAnOpenFolder();
    void pixelShiftMovesContents();
    void sigtermQuitsCleanly();
    void sighupReloadsAndStays();
    void heartbeatReportsContentReloads();
    void sighupReloadsTheContent();
    void metricsPassPromtool();
    void metricsMoveAsTheKioskRuns();
    void metricsFailureIsReported();
    void clipboardKeysDoNothing_data();
    void clipboardKeysDoNothing();
    void fieldsHoldNoSelection();
    void middleClickIsSwallowed();
    void dropsAreRefused();
    void resetLeavesNoUndoAndNoFocus();
    void keepsTheWindowFullScreen();
    void screenComesFromTheSettings();

private:
    KioskController *make(KioskConfig config = KioskConfig());
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
    m_window = new QMainWindow;
    auto *central = new QWidget(m_window);
    auto *layout = new QVBoxLayout(central);
    for (const QString &name : {u"hardware"_s, u"timeline"_s, u"partners"_s, u"reviews"_s}) {
        auto *view = new FakeView(name, central);
        layout->addWidget(view);
        m_views.append(view);
    }
    m_window->setCentralWidget(central);
    // What a browsing window offers and a kiosk must not: Ctrl+Q closes it.
    m_quit = new QAction(m_window);
    m_quit->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Q), QKeySequence(Qt::CTRL | Qt::Key_W),
                          QKeySequence(Qt::Key_Escape), QKeySequence(Qt::Key_F11),
                          QKeySequence(Qt::ALT | Qt::Key_F4)});
    connect(m_quit, &QAction::triggered, m_window, &QWidget::close);
    m_window->addAction(m_quit);
    m_window->resize(800, 600);
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

KioskController *TestKioskController::make(KioskConfig config)
{
    QList<ShowcaseView *> views;
    for (FakeView *view : std::as_const(m_views))
        views.append(view);
    if (config.lockoutFile == KioskConfig().lockoutFile)
        config.lockoutFile = m_dir.filePath(
                u"state/%1/pin-lockout"_s.arg(QLatin1StringView(QTest::currentTestFunction())));
    m_controller = new KioskController(config, m_window, views, nullptr);
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

void TestKioskController::heartbeatFileContent()
{
    KioskConfig config;
    config.heartbeatFile = m_dir.filePath(u"run/heartbeat"_s);
    make(config);
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    m_controller->start();
    QFile file(config.heartbeatFile);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.at(0).startsWith(u"timestamp="_s));
    const QDateTime stamp = QDateTime::fromString(lines.at(0).mid(10), Qt::ISODateWithMs);
    QVERIFY2(stamp.isValid(), qPrintable(lines.at(0)));
    QVERIFY(stamp >= before);
    QVERIFY(stamp <= QDateTime::currentDateTimeUtc());
    QCOMPARE(lines.at(1), u"loops=0"_s);
    QCOMPARE(lines.at(2), u"state=running"_s);
    QCOMPARE(lines.at(3), u"pid=%1"_s.arg(QCoreApplication::applicationPid()));

    // Written again with the loop count as it grows.
    AttractLoop *loop = m_controller->loop();
    for (int i = 0; i < 4 * (KioskConfig::DefaultViewDwell / KioskConfig::DefaultItemDwell + 1);
         ++i) {
        loop->step();
    }
    QCOMPARE(loop->loopCount(), 1);
    QVERIFY(m_controller->writeHeartbeat());
    file.close();
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(file.readAll()).contains(u"\nloops=1\n"_s));
    // Atomic writes leave no temporary file behind.
    QCOMPARE(QDir(m_dir.filePath(u"run"_s)).entryList(QDir::Files), QStringList{u"heartbeat"_s});
}

void TestKioskController::heartbeatFailureIsReported()
{
    QFile blocker(m_dir.filePath(u"not-a-folder"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    KioskConfig config;
    config.heartbeatFile = m_dir.filePath(u"not-a-folder/heartbeat"_s);
    make(config);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Cannot write the heartbeat"_s));
    QString error;
    QVERIFY(!m_controller->writeHeartbeat(&error));
    QVERIFY2(error.contains(u"not-a-folder"_s), qPrintable(error));
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

void TestKioskController::heartbeatRefusesAnOpenFolder()
{
    const QString folder = m_dir.filePath(u"open"_s);
    QVERIFY(QDir().mkpath(folder));
    QCOMPARE(::chmod(QFile::encodeName(folder).constData(), 0777), 0);
    KioskConfig config;
    config.heartbeatFile = folder + u"/heartbeat"_s;
    make(config);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Cannot write the heartbeat"_s));
    QString error;
    QVERIFY(!m_controller->writeHeartbeat(&error));
    QVERIFY2(error.contains(u"can be written by others"_s), qPrintable(error));
    QVERIFY(!QFile::exists(config.heartbeatFile));
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

namespace {

QStringList heartbeatLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
}

QString heartbeatValue(const QString &path, const QString &key)
{
    for (const QString &line : heartbeatLines(path)) {
        if (line.startsWith(key + u'='))
            return line.mid(key.size() + 1);
    }
    return QString();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

} // namespace

void TestKioskController::heartbeatReportsContentReloads()
{
    QTemporaryDir content;
    QVERIFY(content.isValid());
    ContentWatcher watcher(content.path());
    watcher.setDebounceInterval(50);
    watcher.start();
    KioskConfig config;
    config.heartbeatFile = m_dir.filePath(u"run/heartbeat-content"_s);
    make(config)->setContentWatcher(&watcher);
    m_controller->start();
    const QString path = config.heartbeatFile;
    QCOMPARE(heartbeatLines(path).size(), 7);
    QCOMPARE(heartbeatValue(path, u"content_revision"_s), watcher.status().revision);
    QCOMPARE(heartbeatValue(path, u"content_reload"_s), u"ok"_s);
    QCOMPARE(QDateTime::fromString(heartbeatValue(path, u"content_reload_time"_s),
                                   Qt::ISODateWithMs),
             watcher.status().lastAttempt);
    // The watchdog's line stays the first.
    QVERIFY(heartbeatLines(path).at(0).startsWith(u"timestamp="_s));

    // A bad file: written to the heartbeat at once, with the revision kept.
    const QString revision = watcher.status().revision;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"partners\\.json: "_s));
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(u"the bundled partners\\.json is shown"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"read with 1 problem"_s));
    QVERIFY(writeFile(content.filePath(u"partners.json"_s), "{ \"items\": ["));
    QTRY_COMPARE(heartbeatValue(path, u"content_reload"_s), u"failed"_s);
    QCOMPARE(heartbeatValue(path, u"content_revision"_s), revision);

    // Gone again: the bundled file, reported as good.
    QVERIFY(QFile::remove(content.filePath(u"partners.json"_s)));
    QTRY_COMPARE(heartbeatValue(path, u"content_reload"_s), u"ok"_s);
    QCOMPARE(heartbeatValue(path, u"content_revision"_s), revision);
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

namespace {

// The value of the sample \a series ("name" or "name{label=\"value\"}") in
// Prometheus text, or NaN when the file has no such sample.
double metric(const QByteArray &text, const QString &series)
{
    for (const QString &line : QString::fromUtf8(text).split(u'\n')) {
        if (line.startsWith(series + u' '))
            return line.mid(series.size() + 1).toDouble();
    }
    return qQNaN();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Runs Prometheus' own checker on \a path; its complaints, or an empty string.
QString promtoolCheck(const QString &path, bool *ran)
{
    QProcess promtool;
    promtool.setStandardInputFile(path);
    promtool.start(u"promtool"_s, {u"check"_s, u"metrics"_s});
    *ran = promtool.waitForFinished(30000) && promtool.exitStatus() == QProcess::NormalExit;
    const QString output =
            QString::fromUtf8(promtool.readAllStandardOutput() + promtool.readAllStandardError());
    if (!*ran)
        return u"promtool did not run: "_s + promtool.errorString();
    return promtool.exitCode() == 0 ? QString() : output;
}

} // namespace

void TestKioskController::metricsPassPromtool()
{
    QTemporaryDir content;
    ContentWatcher watcher(content.path());
    watcher.start();
    KioskConfig config;
    config.prometheusFile = m_dir.filePath(u"textfile/spark-showcase.prom"_s);
    make(config)->setContentWatcher(&watcher);
    m_controller->start();
    // Written at start, with the heartbeat's timer, without a heartbeat file.
    QVERIFY(QFile::exists(config.prometheusFile));
    bool ran = false;
    const QString problems = promtoolCheck(config.prometheusFile, &ran);
    QVERIFY2(ran, qPrintable(problems));
    QVERIFY2(problems.isEmpty(), qPrintable(problems));

    const QByteArray text = readAll(config.prometheusFile);
    QCOMPARE(metric(text, u"spark_showcase_up"_s), 1.0);
    QCOMPARE(metric(text, u"spark_showcase_state{state=\"touring\"}"_s), 1.0);
    QCOMPARE(metric(text, u"spark_showcase_state{state=\"paused\"}"_s), 0.0);
    QCOMPARE(metric(text, u"spark_showcase_state{state=\"countdown\"}"_s), 0.0);
    QCOMPARE(metric(text, u"spark_showcase_state{state=\"locked\"}"_s), 0.0);
    QCOMPARE(metric(text, u"spark_showcase_loops_completed_total"_s), 0.0);
    QCOMPARE(metric(text, u"spark_showcase_content_reload_ok"_s), 1.0);
    QCOMPARE(metric(text, u"spark_showcase_content_revision_info{revision=\"%1\"}"_s.arg(
                                  watcher.status().revision)),
             1.0);
    const double now = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
    QVERIFY(qAbs(metric(text, u"spark_showcase_start_time_seconds"_s) - now) < 60);
    QVERIFY(qAbs(metric(text, u"spark_showcase_heartbeat_timestamp_seconds"_s) - now) < 60);
    for (const QString &view : {u"hardware"_s, u"timeline"_s, u"partners"_s, u"reviews"_s}) {
        QCOMPARE(metric(text, u"spark_showcase_view_touches_total{view=\"%1\"}"_s.arg(view)), 0.0);
        QVERIFY(metric(text, u"spark_showcase_view_seconds_total{view=\"%1\"}"_s.arg(view)) >= 0);
    }
    // Every family has its HELP and TYPE, counters end in _total.
    for (const QString &line : QString::fromUtf8(text).split(u'\n')) {
        if (line.startsWith(u"# TYPE "_s) && line.endsWith(u" counter"_s))
            QVERIFY2(line.section(u' ', 2, 2).endsWith(u"_total"_s), qPrintable(line));
    }
    // Atomic: no temporary file left beside it.
    QCOMPARE(QDir(m_dir.filePath(u"textfile"_s)).entryList(QDir::Files),
             QStringList{u"spark-showcase.prom"_s});
}

void TestKioskController::metricsMoveAsTheKioskRuns()
{
    KioskConfig config;
    config.prometheusFile = m_dir.filePath(u"textfile/moving.prom"_s);
    config.pin = testPin(u"2580"_s);
    make(config);
    // One view on screen at a time, as in the window's tabs.
    for (FakeView *view : std::as_const(m_views))
        view->setVisible(view->name() == u"hardware"_s);
    m_controller->start();
    AttractLoop *loop = m_controller->loop();

    // A loop of the tour.
    for (int i = 0; i < 4 * (KioskConfig::DefaultViewDwell / KioskConfig::DefaultItemDwell + 1);
         ++i) {
        loop->step();
    }
    // A visitor touches the hardware view twice, then moves to partners and
    // touches it once: one session.
    QTest::qWait(20);
    QTest::mouseClick(m_window->windowHandle(), Qt::LeftButton, {}, QPoint(100, 100));
    QCOMPARE(loop->state(), AttractLoop::State::Paused);
    QTest::mouseClick(m_window->windowHandle(), Qt::LeftButton, {}, QPoint(120, 100));
    m_views.at(0)->hide();
    m_views.at(2)->show();
    QTest::qWait(20);
    QTest::mouseClick(m_window->windowHandle(), Qt::LeftButton, {}, QPoint(100, 100));
    // The countdown runs out: an idle reset; the next touch is a new session.
    QCOMPARE(m_controller->visitorSessions(), 1);
    loop->resetAndResume();
    QCOMPARE(loop->state(), AttractLoop::State::Running);
    QTest::mouseClick(m_window->windowHandle(), Qt::LeftButton, {}, QPoint(100, 100));
    QCOMPARE(m_controller->visitorSessions(), 2);
    // A wrong PIN.
    QTest::keyClick(m_window, Qt::Key_Q, Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
    QSignalSpy checked(m_controller, &KioskController::pinChecked);
    m_controller->submitPin(u"1111"_s);
    QVERIFY(checked.wait(5000));

    QVERIFY(m_controller->writeMetrics());
    const QByteArray text = readAll(config.prometheusFile);
    QCOMPARE(metric(text, u"spark_showcase_loops_completed_total"_s), 1.0);
    QCOMPARE(metric(text, u"spark_showcase_visitor_sessions_total"_s), 2.0);
    QCOMPARE(metric(text, u"spark_showcase_idle_resets_total"_s), 1.0);
    QCOMPARE(metric(text, u"spark_showcase_wrong_pins_total"_s), 1.0);
    QCOMPARE(metric(text, u"spark_showcase_pin_lockouts_total"_s), 0.0);
    QCOMPARE(metric(text, u"spark_showcase_view_touches_total{view=\"hardware\"}"_s), 2.0);
    QCOMPARE(metric(text, u"spark_showcase_view_touches_total{view=\"partners\"}"_s), 2.0);
    QCOMPARE(metric(text, u"spark_showcase_view_touches_total{view=\"timeline\"}"_s), 0.0);
    QCOMPARE(metric(text, u"spark_showcase_state{state=\"paused\"}"_s), 1.0);
    QVERIFY(metric(text, u"spark_showcase_view_seconds_total{view=\"hardware\"}"_s) >= 0.02);
    QVERIFY(metric(text, u"spark_showcase_view_seconds_total{view=\"partners\"}"_s) >= 0.02);
    QCOMPARE(metric(text, u"spark_showcase_view_seconds_total{view=\"timeline\"}"_s), 0.0);
    // Without a content folder there is no content family.
    QVERIFY(qIsNaN(metric(text, u"spark_showcase_content_reload_ok"_s)));

    // Five wrong PINs lock the keypad: a lockout, and the locked state.
    for (int i = 0; i < KioskController::WrongPinsBeforeLockout - 1; ++i) {
        m_controller->submitPin(u"1111"_s);
        QVERIFY(checked.wait(5000));
    }
    QVERIFY(m_controller->writeMetrics());
    const QByteArray locked = readAll(config.prometheusFile);
    QCOMPARE(metric(locked, u"spark_showcase_wrong_pins_total"_s), 5.0);
    QCOMPARE(metric(locked, u"spark_showcase_pin_lockouts_total"_s), 1.0);
    QCOMPARE(metric(locked, u"spark_showcase_state{state=\"locked\"}"_s), 1.0);
    QCOMPARE(metric(locked, u"spark_showcase_state{state=\"paused\"}"_s), 0.0);
    bool ran = false;
    const QString problems = promtoolCheck(config.prometheusFile, &ran);
    QVERIFY2(ran && problems.isEmpty(), qPrintable(problems));
}

void TestKioskController::metricsFailureIsReported()
{
    KioskConfig config;
    config.prometheusFile = m_dir.filePath(u"not-a-folder-either/metrics.prom"_s);
    QVERIFY(writeFile(m_dir.filePath(u"not-a-folder-either"_s), "a file"));
    make(config);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Cannot write the Prometheus file"_s));
    QString error;
    QVERIFY(!m_controller->writeMetrics(&error));
    QVERIFY(!error.isEmpty());
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
