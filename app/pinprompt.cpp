#include "pinprompt.h"

#include "kiosk/pinhash.h"

#include <QString>

#include <atomic>
#include <csignal>
#include <memory>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// The terminal's settings while echo is off, for the signal handler to put
// back: only async-signal-safe calls there.
struct termios g_saved = {};
std::atomic<int> g_echoOffFd{-1};

extern "C" void restoreTerminalAndDie(int signal)
{
    const int fd = g_echoOffFd.exchange(-1);
    if (fd >= 0)
        ::tcsetattr(fd, TCSAFLUSH, &g_saved);
    ::signal(signal, SIG_DFL);
    ::raise(signal);
}

// Turns echo off on a terminal for as long as it lives.
class EchoOff
{
public:
    explicit EchoOff(int fd)
    {
        struct termios quiet = {};
        if (::tcgetattr(fd, &g_saved) != 0)
            return;
        quiet = g_saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL; // the newline still shows, so the prompts stay apart
        struct sigaction action = {};
        action.sa_handler = restoreTerminalAndDie;
        sigemptyset(&action.sa_mask);
        for (int signal : {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP})
            ::sigaction(signal, &action, nullptr);
        g_echoOffFd = fd;
        if (::tcsetattr(fd, TCSAFLUSH, &quiet) != 0)
            g_echoOffFd = -1;
    }
    ~EchoOff()
    {
        const int fd = g_echoOffFd.exchange(-1);
        if (fd >= 0)
            ::tcsetattr(fd, TCSAFLUSH, &g_saved);
        for (int signal : {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP})
            ::signal(signal, SIG_DFL);
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;
};

// One line without its line end; false at the end of the input.
bool readLine(std::FILE *in, QString *line)
{
    QByteArray bytes;
    int c = 0;
    while ((c = std::fgetc(in)) != EOF && c != '\n')
        bytes.append(char(c));
    if (c == EOF && bytes.isEmpty())
        return false;
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    *line = QString::fromLocal8Bit(bytes);
    // Leaves no copy of the PIN in the buffer.
    bytes.fill('\0');
    return true;
}

void print(std::FILE *file, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), file);
    std::fflush(file);
}

} // namespace

int PinPrompt::run(std::FILE *in, std::FILE *out, std::FILE *err)
{
    const int fd = ::fileno(in);
    const bool terminal = ::isatty(fd);
    QString first;
    QString second;
    bool complete = false;
    {
        std::unique_ptr<EchoOff> echoOff;
        if (terminal)
            echoOff = std::make_unique<EchoOff>(fd);
        if (terminal) {
            //: --kiosk-hash-pin: asks for the PIN, which is not shown as it is typed
            print(err, tr("Operator PIN (4 to 12 digits, not shown): "));
        }
        if (readLine(in, &first)) {
            if (terminal) {
                //: --kiosk-hash-pin: asks for the same PIN a second time
                print(err, tr("The same PIN again: "));
            }
            complete = readLine(in, &second);
        }
    }
    if (!complete) {
        //: --kiosk-hash-pin: the input ended before two PINs were read
        print(err, u"spark-showcase: "_s + tr("no PIN read twice; nothing printed") + u'\n');
        return 1;
    }
    if (first != second) {
        //: --kiosk-hash-pin: the two entries differ
        print(err, u"spark-showcase: "_s + tr("the two PINs differ; nothing printed") + u'\n');
        return 1;
    }
    const QString weakness = PinHash::weakness(first);
    if (!weakness.isEmpty()) {
        //: --kiosk-hash-pin refuses a PIN; %1 the reason
        print(err, u"spark-showcase: "_s + tr("%1; nothing printed").arg(weakness) + u'\n');
        return 1;
    }
    const PinHash hash = PinHash::create(first);
    first.fill(u'\0');
    second.fill(u'\0');
    print(out, u"pin = "_s + hash.toString() + u'\n');
    if (terminal) {
        //: --kiosk-hash-pin: after the line is printed
        print(err, tr("Put this line in the [operator] section of the kiosk settings.") + u'\n');
    }
    return 0;
}
