#pragma once

#include <QDateTime>
#include <QString>

#include <functional>

// Counts wrong operator PINs and locks the keypad after too many, the way a
// phone does: five wrong PINs in a row lock it for a minute, each further five
// for twice as long, up to 15 minutes. The count and the end of the lock are
// written to a small state file after every change, so a crash, a kill or a
// watchdog restart gives no fresh guesses.
//
// The state file holds two lines, `wrongPins=N` and `lockedUntil=ISO 8601 UTC`.
// Its folder is checked and made as PathTrust says; a file that cannot be read
// back counts as one lockout, so spoiling it gains nothing.
class PinLockout
{
public:
    static constexpr int WrongPinsBeforeLockout = 5;
    static constexpr int DefaultFirstLockout = 60; // seconds
    static constexpr int MaximumLockout = 15 * 60; // seconds

    using Clock = std::function<QDateTime()>;

    // \a stateFile empty: counts in memory only.
    explicit PinLockout(const QString &stateFile = QString());

    // Where the kiosk keeps its lockout when no other file is given:
    // $XDG_STATE_HOME/spark-showcase/pin-lockout (~/.local/state by default).
    static QString defaultStateFile();

    QString stateFile() const { return m_stateFile; }
    void setStateFile(const QString &path) { m_stateFile = path; }
    void setFirstLockout(int seconds) { m_firstLockout = qMax(1, seconds); }
    int firstLockout() const { return m_firstLockout; }
    // The wall clock, for tests (UTC).
    void setClock(Clock clock) { m_clock = std::move(clock); }

    // Reads the state file. False, with \a error, when it exists but cannot be
    // read or understood; the state then counts as one lockout from now.
    bool load(QString *error = nullptr);

    int wrongPins() const { return m_wrongPins; }
    bool isLocked() const { return secondsLeft() > 0; }
    // Whole seconds until the keypad takes PINs again (rounded up).
    int secondsLeft() const;
    QDateTime lockedUntil() const { return m_lockedUntil; }

    // A wrong PIN: counts it and returns the seconds of the lockout it starts,
    // or 0. Saved at once.
    int recordWrong(QString *error = nullptr);
    // The right PIN: the count starts again. Saved at once.
    void recordRight(QString *error = nullptr);

private:
    QDateTime now() const;
    bool save(QString *error);

    QString m_stateFile;
    Clock m_clock;
    QDateTime m_lockedUntil;
    int m_wrongPins = 0;
    int m_firstLockout = DefaultFirstLockout;
};
