#include "pinlockout.h"

#include "pathtrust.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

PinLockout::PinLockout(const QString &stateFile)
    : m_stateFile(stateFile)
{}

QString PinLockout::defaultStateFile()
{
    QString base = qEnvironmentVariable("XDG_STATE_HOME");
    if (base.isEmpty() || QDir::isRelativePath(base))
        base = QDir::homePath() + u"/.local/state"_s;
    return QDir(base).filePath(u"spark-showcase/pin-lockout"_s);
}

QDateTime PinLockout::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

int PinLockout::secondsLeft() const
{
    if (!m_lockedUntil.isValid())
        return 0;
    const qint64 ms = now().msecsTo(m_lockedUntil);
    if (ms <= 0)
        return 0;
    // A clock set back must not stretch a lockout past its longest.
    return int(qMin<qint64>((ms + 999) / 1000, MaximumLockout));
}

bool PinLockout::load(QString *error)
{
    m_wrongPins = 0;
    m_lockedUntil = QDateTime();
    if (m_stateFile.isEmpty() || !QFileInfo::exists(m_stateFile))
        return true;
    QString problem = PathTrust::checkFile(m_stateFile);
    QFile file(m_stateFile);
    if (problem.isEmpty() && !file.open(QIODevice::ReadOnly | QIODevice::Text))
        problem = u"cannot read %1: %2"_s.arg(m_stateFile, file.errorString());
    if (problem.isEmpty()) {
        static const QRegularExpression format(
                u"^wrongPins=([0-9]{1,6})\\nlockedUntil=([0-9T:.Z-]*)\\n$"_s);
        const QRegularExpressionMatch match = format.match(QString::fromUtf8(file.read(4096)));
        const QDateTime until =
                match.hasMatch() ? QDateTime::fromString(match.captured(2), Qt::ISODateWithMs)
                                 : QDateTime();
        if (!match.hasMatch() || (!match.captured(2).isEmpty() && !until.isValid())) {
            problem = u"%1 is not a PIN lockout state"_s.arg(m_stateFile);
        } else {
            m_wrongPins = match.captured(1).toInt();
            m_lockedUntil = until;
            return true;
        }
    }
    // Counts as a lockout: deleting or spoiling the file gains no guesses.
    m_wrongPins = WrongPinsBeforeLockout;
    m_lockedUntil = now().addSecs(m_firstLockout);
    if (error)
        *error = problem;
    return false;
}

int PinLockout::recordWrong(QString *error)
{
    ++m_wrongPins;
    int seconds = 0;
    if (m_wrongPins % WrongPinsBeforeLockout == 0) {
        const int lockouts = m_wrongPins / WrongPinsBeforeLockout;
        const qint64 longer = qint64(m_firstLockout) << qMin(lockouts - 1, 16);
        seconds = int(qMin<qint64>(MaximumLockout, longer));
        m_lockedUntil = now().addSecs(seconds);
    }
    save(error);
    return seconds;
}

void PinLockout::recordRight(QString *error)
{
    m_wrongPins = 0;
    m_lockedUntil = QDateTime();
    save(error);
}

bool PinLockout::save(QString *error)
{
    if (m_stateFile.isEmpty())
        return true;
    const QString text =
            u"wrongPins=%1\nlockedUntil=%2\n"_s.arg(m_wrongPins)
                    .arg(m_lockedUntil.isValid() ? m_lockedUntil.toUTC().toString(Qt::ISODateWithMs)
                                                 : QString());
    const QString problem = PathTrust::writeFile(m_stateFile, text.toUtf8(), 0600);
    if (!problem.isEmpty() && error)
        *error = problem;
    return problem.isEmpty();
}
