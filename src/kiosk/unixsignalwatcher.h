#pragma once

#include <QObject>

class QSocketNotifier;

// Turns SIGTERM, SIGINT and SIGHUP into a Qt signal, the way Qt's documentation on
// Unix signals shows: the handler only writes the signal number into a socket
// pair, and a QSocketNotifier reads it back in the event loop. One instance
// at a time; it restores the previous handlers when destroyed.
class UnixSignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit UnixSignalWatcher(QObject *parent = nullptr);
    ~UnixSignalWatcher() override;

    // False when the socket pair or the handlers could not be set up (logged).
    bool isWatching() const { return m_notifier != nullptr; }

Q_SIGNALS:
    // SIGTERM, SIGINT or SIGHUP arrived; \a name is "SIGTERM", "SIGINT" or "SIGHUP".
    void received(int signal, const QString &name);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};
