#include "unixsignalwatcher.h"

#include "core/logging.h"

#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

int g_sockets[2] = {-1, -1};
struct sigaction g_previousTerm = {};
struct sigaction g_previousInt = {};
struct sigaction g_previousHup = {};

extern "C" void writeSignal(int signal)
{
    // Only async-signal-safe calls here: write() and errno.
    const int saved = errno;
    const char byte = char(signal);
    [[maybe_unused]] const ssize_t written = ::write(g_sockets[0], &byte, 1);
    errno = saved;
}

} // namespace

UnixSignalWatcher::UnixSignalWatcher(QObject *parent)
    : QObject(parent)
{
    if (g_sockets[0] != -1) {
        qCWarning(lcKiosk) << "Signals are watched already; SIGTERM, SIGINT and SIGHUP not watched"
                           << "twice";
        return;
    }
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, g_sockets) != 0) {
        qCWarning(lcKiosk) << "Cannot watch SIGTERM, SIGINT and SIGHUP: socketpair failed:"
                           << std::strerror(errno);
        g_sockets[0] = g_sockets[1] = -1;
        return;
    }
    struct sigaction action = {};
    action.sa_handler = writeSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    if (::sigaction(SIGTERM, &action, &g_previousTerm) != 0 ||
        ::sigaction(SIGINT, &action, &g_previousInt) != 0 ||
        ::sigaction(SIGHUP, &action, &g_previousHup) != 0) {
        qCWarning(lcKiosk) << "Cannot watch SIGTERM, SIGINT and SIGHUP: sigaction failed:"
                           << std::strerror(errno);
    }
    m_notifier = new QSocketNotifier(g_sockets[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &UnixSignalWatcher::readSignal);
}

UnixSignalWatcher::~UnixSignalWatcher()
{
    if (!m_notifier)
        return;
    ::sigaction(SIGTERM, &g_previousTerm, nullptr);
    ::sigaction(SIGINT, &g_previousInt, nullptr);
    ::sigaction(SIGHUP, &g_previousHup, nullptr);
    delete m_notifier;
    ::close(g_sockets[0]);
    ::close(g_sockets[1]);
    g_sockets[0] = g_sockets[1] = -1;
}

void UnixSignalWatcher::readSignal()
{
    char byte = 0;
    while (::read(g_sockets[1], &byte, 1) == 1) {
        const int signal = int(byte);
        const QString name = signal == SIGTERM  ? u"SIGTERM"_s
                             : signal == SIGINT ? u"SIGINT"_s
                             : signal == SIGHUP ? u"SIGHUP"_s
                                                : u"signal %1"_s.arg(signal);
        Q_EMIT received(signal, name);
    }
}
