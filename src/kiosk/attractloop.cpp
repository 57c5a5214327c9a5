#include "attractloop.h"

#include "core/logging.h"
#include "views/showcaseview.h"

AttractLoop::AttractLoop(QObject *parent)
    : QObject(parent)
{
    m_stepTimer.setSingleShot(true);
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(60000);
    m_tickTimer.setInterval(1000);
    connect(&m_stepTimer, &QTimer::timeout, this, &AttractLoop::step);
    connect(&m_idleTimer, &QTimer::timeout, this, &AttractLoop::beginCountdown);
    connect(&m_tickTimer, &QTimer::timeout, this, &AttractLoop::tick);
}

void AttractLoop::setEntries(const QList<Entry> &entries)
{
    m_entries.clear();
    for (const Entry &entry : entries) {
        if (entry.view)
            m_entries.append(entry);
    }
    m_index = 0;
    m_elapsedMs = 0;
}

ShowcaseView *AttractLoop::currentView() const
{
    return m_index < m_entries.size() ? m_entries.at(m_index).view : nullptr;
}

void AttractLoop::start()
{
    m_idleTimer.stop();
    m_tickTimer.stop();
    m_loopCount = 0;
    m_languageIndex = 0;
    setState(State::Running);
    enterView(0);
}

void AttractLoop::stop()
{
    m_stepTimer.stop();
    m_idleTimer.stop();
    m_tickTimer.stop();
    setState(State::Stopped);
}

void AttractLoop::notifyInput()
{
    switch (m_state) {
    case State::Stopped:
        return;
    case State::Running:
        m_stepTimer.stop();
        setState(State::Paused);
        break;
    case State::CountingDown:
        m_tickTimer.stop();
        m_secondsLeft = 0;
        setState(State::Paused);
        Q_EMIT countdownCanceled();
        break;
    case State::Paused:
        break;
    }
    m_idleTimer.start();
}

void AttractLoop::step()
{
    if (m_state != State::Running || m_entries.isEmpty())
        return;
    const Entry &entry = m_entries.at(m_index);
    m_elapsedMs += qMax(1, entry.itemDwellMs);
    if (m_elapsedMs >= entry.viewDwellMs) {
        const int next = (m_index + 1) % int(m_entries.size());
        if (next == 0) {
            ++m_loopCount;
            Q_EMIT loopCompleted(m_loopCount);
            if (m_languages.size() > 1) {
                m_languageIndex = m_loopCount % int(m_languages.size());
                Q_EMIT languageRequested(m_languages.at(m_languageIndex));
            }
        }
        enterView(next);
        return;
    }
    entry.view->advance();
    Q_EMIT itemAdvanced(entry.view);
    armStep();
}

void AttractLoop::resetAndResume()
{
    m_tickTimer.stop();
    m_idleTimer.stop();
    m_secondsLeft = 0;
    for (const Entry &entry : std::as_const(m_entries))
        entry.view->reset();
    m_languageIndex = 0;
    if (!m_languages.isEmpty())
        Q_EMIT languageRequested(m_languages.constFirst());
    qCInfo(lcKiosk) << "Idle: views reset, attract loop resumed";
    Q_EMIT resetDone();
    setState(State::Running);
    enterView(0);
}

void AttractLoop::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void AttractLoop::enterView(int index)
{
    m_index = index;
    m_elapsedMs = 0;
    if (m_entries.isEmpty())
        return;
    Q_EMIT viewRequested(m_entries.at(index).view);
    armStep();
}

void AttractLoop::armStep()
{
    if (m_state == State::Running && !m_entries.isEmpty())
        m_stepTimer.start(qMax(0, m_entries.at(m_index).itemDwellMs));
}

void AttractLoop::beginCountdown()
{
    if (m_state != State::Paused)
        return;
    m_secondsLeft = qMax(1, m_countdownSeconds);
    setState(State::CountingDown);
    Q_EMIT countdown(m_secondsLeft);
    m_tickTimer.start();
}

void AttractLoop::tick()
{
    if (m_state != State::CountingDown) {
        m_tickTimer.stop();
        return;
    }
    --m_secondsLeft;
    if (m_secondsLeft > 0) {
        Q_EMIT countdown(m_secondsLeft);
        return;
    }
    resetAndResume();
}
