#include "kiosk/windowkeeper.h"

#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QScreen>
#include <QSignalSpy>
#include <QTest>
#include <QWidget>

#include <qpa/qplatformnativeinterface.h>

using namespace Qt::StringLiterals;

namespace {

// Plugs screens in and out of the offscreen platform, as Qt's own high-DPI
// tests do: its native interface takes a new screen configuration.
struct Screen
{
    QString name;
    QRect geometry;
};

QJsonObject offscreenConfiguration()
{
    QPlatformNativeInterface *native = qApp->platformNativeInterface();
    auto get = reinterpret_cast<QJsonObject (*)(QPlatformNativeInterface *)>(
            native->nativeResourceForIntegration("configuration"));
    return get ? get(native) : QJsonObject();
}

bool setScreens(const QList<Screen> &screens)
{
    QPlatformNativeInterface *native = qApp->platformNativeInterface();
    auto set = reinterpret_cast<void (*)(QJsonObject, QPlatformNativeInterface *)>(
            native->nativeResourceForIntegration("setConfiguration"));
    if (!set)
        return false;
    QJsonObject configuration = offscreenConfiguration();
    QJsonArray list;
    for (const Screen &screen : screens) {
        list.append(QJsonObject{{u"name"_s, screen.name},
                                {u"x"_s, screen.geometry.x()},
                                {u"y"_s, screen.geometry.y()},
                                {u"width"_s, screen.geometry.width()},
                                {u"height"_s, screen.geometry.height()},
                                {u"logicalDpi"_s, 96},
                                {u"logicalBaseDpi"_s, 96},
                                {u"dpr"_s, 1}});
    }
    configuration.insert(u"screens"_s, list);
    set(configuration, native);
    return true;
}

} // namespace

// The window manager's side is played by calls on the window: what
// xdotool and openbox do to a real one is the attack suite's
// (tests/kiosk/attack).
class TestWindowKeeper : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void startsFullScreenOnItsScreen();
    void comesBackFromMinimised();
    void comesBackFromNormal();
    void comesBackWhenMovedOrResized();
    void comesBackToTheFront();
    void missingScreenFallsBackToPrimary();
    void stopLetsGo();
    void followsItsScreenOutAndBack();

private:
    QWidget *m_window = nullptr;
    WindowKeeper *m_keeper = nullptr;
};

void TestWindowKeeper::init()
{
    m_window = new QWidget;
    m_window->resize(400, 300);
    m_keeper = new WindowKeeper(m_window);
}

void TestWindowKeeper::cleanup()
{
    delete m_keeper;
    delete m_window;
}

void TestWindowKeeper::startsFullScreenOnItsScreen()
{
    QTest::ignoreMessage(QtInfoMsg, QRegularExpression(u"Kiosk window on screen 0"_s));
    m_keeper->start();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(m_window->isFullScreen());
    QCOMPARE(m_keeper->targetScreen(), QGuiApplication::primaryScreen());
    QTRY_COMPARE(m_window->geometry(), QGuiApplication::primaryScreen()->geometry());
    QTRY_VERIFY(m_window->isActiveWindow());
    QTRY_VERIFY(m_keeper->problems().isEmpty());
}

void TestWindowKeeper::comesBackFromMinimised()
{
    m_keeper->start();
    QTRY_VERIFY(m_keeper->problems().isEmpty());
    QSignalSpy restored(m_keeper, &WindowKeeper::restored);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Kiosk window minimised"_s));
    m_window->showMinimized();
    QVERIFY(restored.wait(1000));
    QVERIFY(restored.at(0).at(0).toStringList().contains(u"minimised"_s));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isFullScreen() && !m_window->isMinimized(), 1000);
    QTRY_VERIFY_WITH_TIMEOUT(m_keeper->problems().isEmpty(), 1000);
}

void TestWindowKeeper::comesBackFromNormal()
{
    m_keeper->start();
    QTRY_VERIFY(m_keeper->problems().isEmpty());
    QSignalSpy restored(m_keeper, &WindowKeeper::restored);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Kiosk window not full screen"_s));
    m_window->showNormal();
    QVERIFY(restored.wait(1000));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isFullScreen(), 1000);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->geometry(), QGuiApplication::primaryScreen()->geometry(),
                              1000);
}

void TestWindowKeeper::comesBackWhenMovedOrResized()
{
    m_keeper->start();
    QTRY_VERIFY(m_keeper->problems().isEmpty());
    QSignalSpy restored(m_keeper, &WindowKeeper::restored);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Kiosk window .*at "_s));
    m_window->setGeometry(50, 60, 200, 100);
    QVERIFY(restored.wait(1000));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->geometry(), QGuiApplication::primaryScreen()->geometry(),
                              1000);
}

void TestWindowKeeper::comesBackToTheFront()
{
    m_keeper->start();
    QTRY_VERIFY(m_window->isActiveWindow());
    QWidget other;
    other.resize(100, 100);
    other.show();
    other.activateWindow();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Kiosk window not active"_s));
    QSignalSpy restored(m_keeper, &WindowKeeper::restored);
    QVERIFY(restored.wait(1000));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isActiveWindow(), 1000);
    QVERIFY(!other.isActiveWindow());
}

void TestWindowKeeper::missingScreenFallsBackToPrimary()
{
    const int count = int(QGuiApplication::screens().size());
    m_keeper->setScreenIndex(count + 2);
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(u"There is no screen %1: %2 screen\\(s\\) .*showing on "
                                            u"the primary screen"_s.arg(count + 2)
                                                    .arg(count)));
    m_keeper->start();
    QCOMPARE(m_keeper->targetScreen(), QGuiApplication::primaryScreen());
    QTRY_COMPARE(m_window->geometry(), QGuiApplication::primaryScreen()->geometry());
}

void TestWindowKeeper::stopLetsGo()
{
    m_keeper->start();
    QTRY_VERIFY(m_keeper->problems().isEmpty());
    m_keeper->stop();
    QSignalSpy restored(m_keeper, &WindowKeeper::restored);
    m_window->showNormal();
    QCoreApplication::processEvents();
    // Stopped: no check is due and the window's events no longer reach it.
    QVERIFY(!m_keeper->isWatching());
    QCOMPARE(restored.count(), 0);
    QVERIFY(!m_window->isFullScreen());
}

void TestWindowKeeper::followsItsScreenOutAndBack()
{
    const QJsonObject original = offscreenConfiguration();
    const Screen left{u"LEFT"_s, QRect(0, 0, 800, 600)};
    const Screen right{u"RIGHT"_s, QRect(800, 0, 1024, 768)};
    QVERIFY(setScreens({left, right}));
    QCOMPARE(QGuiApplication::screens().size(), 2);
    m_keeper->setScreenIndex(1);
    QTest::ignoreMessage(QtInfoMsg, QRegularExpression(u"Kiosk window on screen 1 RIGHT"_s));
    m_keeper->start();
    QTRY_COMPARE(m_window->geometry(), right.geometry);
    QCOMPARE(m_window->screen()->name(), u"RIGHT"_s);

    // Unplugged: the primary screen meanwhile, said in the log.
    QSignalSpy moved(m_keeper, &WindowKeeper::screenChanged);
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(u"Screen RIGHT is gone: showing on the primary "
                                            u"screen LEFT"_s));
    QVERIFY(setScreens({left}));
    QTRY_VERIFY(!moved.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->geometry(), left.geometry, 1000);

    // Plugged back in, wherever it now is: back on it.
    const Screen back{u"RIGHT"_s, QRect(800, 0, 1280, 720)};
    QTest::ignoreMessage(QtInfoMsg, QRegularExpression(u"Screen RIGHT is back"_s));
    QVERIFY(setScreens({left, back}));
    QTRY_VERIFY(moved.size() >= 2);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->geometry(), back.geometry, 1000);
    QCOMPARE(m_window->screen()->name(), u"RIGHT"_s);

    m_keeper->stop();
    auto set = reinterpret_cast<void (*)(QJsonObject, QPlatformNativeInterface *)>(
            qApp->platformNativeInterface()->nativeResourceForIntegration("setConfiguration"));
    set(original, qApp->platformNativeInterface());
}

QTEST_MAIN(TestWindowKeeper)
#include "tst_windowkeeper.moc"
