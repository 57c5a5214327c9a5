#include "windowkeeper.h"

#include "core/logging.h"

#include <QEvent>
#include <QGuiApplication>
#include <QScreen>
#include <QWidget>
#include <QWindow>

#include <xcb/xcb.h>

using namespace Qt::StringLiterals;

namespace {

xcb_atom_t atom(xcb_connection_t *connection, const char *name)
{
    xcb_intern_atom_reply_t *reply = xcb_intern_atom_reply(
            connection, xcb_intern_atom(connection, 0, uint16_t(qstrlen(name)), name), nullptr);
    const xcb_atom_t result = reply ? reply->atom : xcb_atom_t(XCB_ATOM_NONE);
    free(reply);
    return result;
}

// Sends an EWMH client message about \a window to the root window, which is
// how an X11 window manager is asked to change a window it manages.
void sendToWindowManager(QWidget *window, const char *type, uint32_t first, uint32_t second = 0)
{
    auto *x11 = qGuiApp->nativeInterface<QNativeInterface::QX11Application>();
    if (!x11 || !window->windowHandle())
        return;
    xcb_connection_t *connection = x11->connection();
    const xcb_atom_t messageType = atom(connection, type);
    const xcb_screen_t *screen = xcb_setup_roots_iterator(xcb_get_setup(connection)).data;
    if (messageType == XCB_ATOM_NONE || !screen)
        return;
    xcb_client_message_event_t event = {};
    event.response_type = XCB_CLIENT_MESSAGE;
    event.format = 32;
    event.window = xcb_window_t(window->winId());
    event.type = messageType;
    event.data.data32[0] = first;
    event.data.data32[1] = second;
    xcb_send_event(connection, 0, screen->root,
                   XCB_EVENT_MASK_SUBSTRUCTURE_REDIRECT | XCB_EVENT_MASK_SUBSTRUCTURE_NOTIFY,
                   reinterpret_cast<const char *>(&event));
    xcb_flush(connection);
}

// On X11, QWidget::activateWindow() is an application's request, which a
// window manager's focus-stealing prevention may turn into a mere "demands
// attention" (openbox does when another window had input last), leaving the
// kiosk behind another window or under "show desktop". The kiosk asks the way
// a pager or taskbar does for the user (EWMH source indication 2), which
// brings the window to the current desktop, out of "show desktop", raised and
// focused. It also puts itself on every desktop, so switching desktops never
// hides it.
void claimFromWindowManager(QWidget *window)
{
    if (QGuiApplication::platformName() != u"xcb"_s)
        return;
    constexpr uint32_t AllDesktops = 0xFFFFFFFF;
    constexpr uint32_t SourcePager = 2;
    sendToWindowManager(window, "_NET_WM_DESKTOP", AllDesktops, SourcePager);
    sendToWindowManager(window, "_NET_ACTIVE_WINDOW", SourcePager, XCB_CURRENT_TIME);
}

} // namespace

WindowKeeper::WindowKeeper(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(SettleDelay);
    connect(&m_settle, &QTimer::timeout, this, &WindowKeeper::check);
    m_poll.setInterval(CheckInterval);
    connect(&m_poll, &QTimer::timeout, this, &WindowKeeper::check);
}

WindowKeeper::~WindowKeeper()
{
    stop();
}

void WindowKeeper::setScreenIndex(int index)
{
    if (index == m_index && !m_screenName.isEmpty())
        return;
    m_index = qMax(0, index);
    m_screenName.clear();
    if (m_watching)
        screensChanged();
}

QString WindowKeeper::describe(const QScreen *screen)
{
    if (!screen)
        return u"(none)"_s;
    const QRect g = screen->geometry();
    return u"%1 (%2x%3 at %4,%5)"_s.arg(screen->name())
            .arg(g.width())
            .arg(g.height())
            .arg(g.x())
            .arg(g.y());
}

QScreen *WindowKeeper::chosenScreen() const
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    if (!m_screenName.isEmpty()) {
        for (QScreen *screen : screens) {
            if (screen->name() == m_screenName)
                return screen;
        }
        return nullptr;
    }
    return m_index < screens.size() ? screens.at(m_index) : nullptr;
}

QScreen *WindowKeeper::targetScreen() const
{
    if (QScreen *screen = chosenScreen())
        return screen;
    return QGuiApplication::primaryScreen();
}

void WindowKeeper::start()
{
    if (!m_window || m_watching)
        return;
    m_watching = true;
    m_window->installEventFilter(this);
    connect(qGuiApp, &QGuiApplication::screenAdded, this, &WindowKeeper::screensChanged);
    connect(qGuiApp, &QGuiApplication::screenRemoved, this, &WindowKeeper::screensChanged);
    connect(qGuiApp, &QGuiApplication::primaryScreenChanged, this, &WindowKeeper::screensChanged);
    screensChanged();
    restore();
    m_poll.start();
}

void WindowKeeper::stop()
{
    if (!m_watching)
        return;
    m_watching = false;
    m_poll.stop();
    m_settle.stop();
    if (m_window)
        m_window->removeEventFilter(this);
    disconnect(qGuiApp, nullptr, this, nullptr);
}

void WindowKeeper::screensChanged()
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    QScreen *chosen = chosenScreen();
    if (chosen && m_screenName.isEmpty())
        m_screenName = chosen->name();
    QScreen *target = chosen ? chosen : QGuiApplication::primaryScreen();
    if (target == m_current)
        return;
    if (!m_current) {
        // The first placement.
        if (chosen) {
            qCInfo(lcKiosk).noquote() << "Kiosk window on screen" << m_index << describe(chosen);
        } else {
            QStringList names;
            for (const QScreen *screen : screens)
                names.append(screen->name());
            qCWarning(lcKiosk).noquote()
                    << u"There is no screen %1: %2 screen(s) (%3); showing on the primary screen %4"_s
                               .arg(m_index)
                               .arg(screens.size())
                               .arg(names.join(u", "_s), describe(target));
        }
    } else if (chosen) {
        qCInfo(lcKiosk).noquote() << u"Screen %1 is back: showing on %2 again"_s.arg(
                m_screenName.isEmpty() ? QString::number(m_index) : m_screenName, describe(chosen));
    } else {
        qCWarning(lcKiosk).noquote()
                << u"Screen %1 is gone: showing on the primary screen %2 until it comes back"_s.arg(
                           m_screenName.isEmpty() ? QString::number(m_index) : m_screenName,
                           describe(target));
    }
    const bool moved = m_current != nullptr;
    m_current = target;
    if (moved) {
        restore();
        Q_EMIT screenChanged(target);
    }
}

QStringList WindowKeeper::problems() const
{
    QStringList reasons;
    if (!m_window)
        return reasons;
    QScreen *screen = targetScreen();
    const Qt::WindowStates state = m_window->windowState();
    if (m_window->isHidden())
        reasons.append(u"hidden"_s);
    if (state & Qt::WindowMinimized)
        reasons.append(u"minimised"_s);
    else if (!(state & Qt::WindowFullScreen))
        reasons.append(u"not full screen"_s);
    if (screen && m_window->screen() != screen)
        reasons.append(u"on screen %1"_s.arg(m_window->screen() ? m_window->screen()->name()
                                                                : u"(none)"_s));
    if (screen && m_window->geometry() != screen->geometry()) {
        const QRect g = m_window->geometry();
        reasons.append(u"at %1x%2+%3+%4"_s.arg(g.width()).arg(g.height()).arg(g.x()).arg(g.y()));
    }
    const QWindow *handle = m_window->windowHandle();
    if (handle && !m_window->isHidden() && !(state & Qt::WindowMinimized) && !handle->isExposed())
        reasons.append(u"not on screen"_s);
    if (!m_window->isActiveWindow() && !m_window->isHidden() && !(state & Qt::WindowMinimized))
        reasons.append(u"not active"_s);
    return reasons;
}

void WindowKeeper::restore()
{
    if (!m_window)
        return;
    m_restoring = true;
    QScreen *screen = targetScreen();
    if (screen) {
        if (m_window->screen() != screen)
            m_window->setScreen(screen);
        if (!m_window->isFullScreen())
            m_window->setGeometry(screen->geometry());
    }
    m_window->setWindowState(
            (m_window->windowState() & ~(Qt::WindowMinimized | Qt::WindowMaximized)) |
            Qt::WindowFullScreen | Qt::WindowActive);
    m_window->show();
    if (screen && m_window->isFullScreen() && m_window->geometry() != screen->geometry())
        m_window->setGeometry(screen->geometry());
    m_window->raise();
    m_window->activateWindow();
    claimFromWindowManager(m_window);
    m_restoring = false;
}

void WindowKeeper::check()
{
    if (!m_watching || !m_window)
        return;
    const QStringList reasons = problems();
    if (reasons.isEmpty()) {
        if (!m_lastReasons.isEmpty())
            qCInfo(lcKiosk) << "Kiosk window back in place";
        m_lastReasons.clear();
        // Stacking sends no event: keep the window above anything that was
        // mapped over it without taking the focus.
        m_window->raise();
        return;
    }
    // One line per change, not one per check while the window manager
    // takes its time. What no restore mends (a window manager that refuses,
    // a window that cannot be as small as its screen) is tried again less
    // and less often, up to every half minute.
    if (reasons != m_lastReasons) {
        qCWarning(lcKiosk).noquote()
                << "Kiosk window" << reasons.join(u", "_s) << "- putting it back";
        m_sameAgain = 0;
    } else if (++m_sameAgain > 2 && (m_sameAgain & (m_sameAgain - 1)) != 0 && m_sameAgain < 60) {
        return;
    } else if (m_sameAgain >= 60 && m_sameAgain % 60 != 0) {
        return;
    }
    m_lastReasons = reasons;
    ++m_restores;
    restore();
    Q_EMIT restored(reasons);
}

void WindowKeeper::scheduleCheck()
{
    if (m_watching && !m_restoring && !m_settle.isActive())
        m_settle.start();
}

bool WindowKeeper::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window) {
        switch (event->type()) {
        case QEvent::WindowStateChange:
        case QEvent::Move:
        case QEvent::Resize:
        case QEvent::Hide:
        case QEvent::WindowDeactivate:
        case QEvent::ActivationChange:
            scheduleCheck();
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}
