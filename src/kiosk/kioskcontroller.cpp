#include "kioskcontroller.h"

#include "attractloop.h"
#include "core/logging.h"
#include "countdownoverlay.h"
#include "pinoverlay.h"
#include "unixsignalwatcher.h"
#include "views/language.h"
#include "views/showcaseview.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDateTime>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QKeyEvent>
#include <QMetaEnum>
#include <QSaveFile>
#include <QStandardPaths>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace {

// The pixel-shift positions, as multiples of the configured offset: the
// centre, then a slow walk round it.
const QPoint ShiftSteps[] = {{0, 0},  {1, 0},   {1, 1},  {0, 1}, {-1, 1},
                             {-1, 0}, {-1, -1}, {0, -1}, {1, -1}};

bool isInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::KeyPress:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
    case QEvent::TabletMove:
        return true;
    default:
        return false;
    }
}

} // namespace

KioskController::KioskController(const KioskConfig &config, QWidget *window,
                                 const QList<ShowcaseView *> &views, Language *language,
                                 QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_window(window)
    , m_views(views)
    , m_language(language)
    , m_loop(new AttractLoop(this))
    , m_countdown(new CountdownOverlay(window))
    , m_pin(new PinOverlay(window))
{
    QList<AttractLoop::Entry> entries;
    for (const QString &name : std::as_const(m_config.views)) {
        for (ShowcaseView *view : views) {
            if (view->name() == name) {
                entries.append({view, m_config.viewDwellOf(name) * 1000,
                                m_config.itemDwellOf(name) * 1000});
            }
        }
    }
    m_loop->setEntries(entries);
    QStringList languages = m_config.languages;
    if (languages.isEmpty() && m_language)
        languages = {m_language->current()};
    m_loop->setLanguages(languages);
    m_loop->setIdleTimeout(m_config.idleTimeout * 1000);
    m_loop->setCountdownSeconds(m_config.countdown);
    m_countdown->setTotalSeconds(m_config.countdown);

    connect(m_loop, &AttractLoop::countdown, m_countdown, &CountdownOverlay::showSeconds);
    connect(m_loop, &AttractLoop::countdownCanceled, m_countdown, &QWidget::hide);
    connect(m_loop, &AttractLoop::resetDone, this, [this] {
        m_countdown->hide();
        m_pin->close();
        // Views left out of the tour are reset too: a visitor may have used them.
        for (ShowcaseView *view : std::as_const(m_views)) {
            bool inLoop = false;
            for (const AttractLoop::Entry &entry : m_loop->entries())
                inLoop = inLoop || entry.view == view;
            if (!inLoop)
                view->reset();
        }
    });
    if (m_language) {
        connect(m_loop, &AttractLoop::languageRequested, m_language, [this](const QString &code) {
            if (code != m_language->current())
                m_language->setLanguage(code);
        });
    }
    connect(m_pin, &PinOverlay::submitted, this, &KioskController::submitPin);
    connect(m_pin, &PinOverlay::canceled, this,
            [] { qCInfo(lcKiosk) << "Operator exit canceled"; });

    m_cursorTimer.setSingleShot(true);
    m_cursorTimer.setInterval(CursorHideDelay);
    connect(&m_cursorTimer, &QTimer::timeout, this, &KioskController::hideCursor);
    m_heartbeatTimer.setInterval(m_config.heartbeatInterval * 1000);
    connect(&m_heartbeatTimer, &QTimer::timeout, this, [this] { writeHeartbeat(); });
    m_snapshotTimer.setInterval(m_config.snapshotInterval * 1000);
    connect(&m_snapshotTimer, &QTimer::timeout, this, &KioskController::writePeriodicSnapshot);
    m_shiftTimer.setInterval(m_config.pixelShiftPeriod * 1000);
    connect(&m_shiftTimer, &QTimer::timeout, this, &KioskController::shiftPixels);
}

KioskController::~KioskController()
{
    if (m_started) {
        qApp->removeEventFilter(this);
        LinkOpener::setHandler(std::move(m_previousLinkHandler));
    }
    if (m_cursorHidden)
        QGuiApplication::restoreOverrideCursor();
}

void KioskController::start()
{
    if (m_started)
        return;
    m_started = true;
    qApp->installEventFilter(this);
    // Visitors scan QR codes; a browser would take them out of the kiosk.
    m_previousLinkHandler = LinkOpener::setHandler([this](const QUrl &url) {
        ++m_refusedLinks;
        qCWarning(lcKiosk).noquote()
                << "Kiosk mode opens no browser; not opening" << url.toDisplayString();
        return false;
    });
    m_signals = new UnixSignalWatcher(this);
    connect(m_signals, &UnixSignalWatcher::received, this,
            [this](int, const QString &name) { requestExit(name); });
    if (!m_config.hasPin()) {
        qCWarning(lcKiosk) << "No operator PIN in the kiosk settings: the exit chord is off;"
                           << "stop the kiosk with SIGTERM";
    }
    if (m_config.pixelShift) {
        // Start from the centre of the shift range so that the contents keep
        // one size and only move.
        const int p = m_config.pixelShiftPixels;
        if (m_window)
            m_window->setContentsMargins(p, p, p, p);
        m_shiftTimer.start();
    }
    m_loop->start();
    if (!m_config.heartbeatFile.isEmpty()) {
        writeHeartbeat();
        m_heartbeatTimer.start();
    }
    if (!m_config.snapshotFolder.isEmpty())
        m_snapshotTimer.start();
    m_cursorTimer.start();
    qCInfo(lcKiosk) << "Kiosk mode started with" << m_loop->entries().size() << "views";
}

void KioskController::requestExit(const QString &reason)
{
    qCInfo(lcKiosk) << "Leaving kiosk mode:" << reason;
    m_exiting = true;
    m_loop->stop();
    m_heartbeatTimer.stop();
    m_snapshotTimer.stop();
    m_shiftTimer.stop();
    Q_EMIT exitRequested(0);
}

void KioskController::openOperatorExit()
{
    if (!m_config.hasPin()) {
        qCWarning(lcKiosk) << "Operator exit asked for, but no PIN is set in [operator] pin;"
                           << "stop the kiosk with SIGTERM instead";
        return;
    }
    qCInfo(lcKiosk) << "Operator exit opened";
    m_countdown->hide();
    m_pin->open();
}

bool KioskController::submitPin(const QString &pin)
{
    if (m_config.checkPin(pin)) {
        m_wrongPins = 0;
        m_pin->close();
        requestExit(u"operator PIN entered"_s);
        return true;
    }
    ++m_wrongPins;
    qCWarning(lcKiosk) << "Wrong operator PIN, attempt" << m_wrongPins;
    m_pin->reject();
    if (m_wrongPins % WrongPinsBeforeLockout == 0) {
        const int lockouts = m_wrongPins / WrongPinsBeforeLockout;
        const int seconds = qMin(15 * 60, m_pinLockout << qMin(lockouts - 1, 10));
        qCWarning(lcKiosk) << "Operator PIN keypad locked for" << seconds << "s after"
                           << m_wrongPins << "wrong PINs";
        m_pin->lockOut(seconds);
    }
    return false;
}

bool KioskController::writeHeartbeat(QString *error)
{
    const QString path = m_config.heartbeatFile;
    QString problem;
    if (path.isEmpty()) {
        problem = u"no heartbeat file configured"_s;
    } else {
        const QFileInfo info(path);
        if (!QDir().mkpath(info.absolutePath())) {
            problem = u"cannot make the folder %1"_s.arg(info.absolutePath());
        } else {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
                problem = file.errorString();
            } else {
                const QString state = QString::fromLatin1(
                        QMetaEnum::fromType<AttractLoop::State>().valueToKey(int(m_loop->state())));
                const QString text = u"timestamp=%1\nloops=%2\nstate=%3\npid=%4\n"_s.arg(
                        QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                        QString::number(m_loop->loopCount()), state.toLower(),
                        QString::number(QCoreApplication::applicationPid()));
                file.write(text.toUtf8());
                if (!file.commit())
                    problem = file.errorString();
            }
        }
    }
    if (!problem.isEmpty()) {
        // Said once, not every interval, until it changes or recovers.
        if (problem != m_lastHeartbeatError)
            qCWarning(lcKiosk).noquote() << "Cannot write the heartbeat" << path << ":" << problem;
        m_lastHeartbeatError = problem;
        if (error)
            *error = problem;
        return false;
    }
    if (!m_lastHeartbeatError.isEmpty())
        qCInfo(lcKiosk) << "Heartbeat written again to" << path;
    m_lastHeartbeatError.clear();
    return true;
}

bool KioskController::saveSnapshot(const QString &path, QString *error)
{
    QString problem;
    if (!m_window) {
        problem = u"no window"_s;
    } else if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        problem = u"cannot make the folder %1"_s.arg(QFileInfo(path).absolutePath());
    } else {
        const QImage image = m_window->grab().toImage();
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            problem = file.errorString();
        } else if (!image.save(&file, "PNG")) {
            problem = u"the PNG encoder failed"_s;
            file.cancelWriting();
        } else if (!file.commit()) {
            problem = file.errorString();
        }
    }
    if (!problem.isEmpty()) {
        qCWarning(lcKiosk).noquote() << "Cannot save the snapshot" << path << ":" << problem;
        if (error)
            *error = problem;
        return false;
    }
    qCDebug(lcKiosk) << "Snapshot saved to" << path;
    return true;
}

QString KioskController::periodicSnapshotPath() const
{
    if (m_config.snapshotFolder.isEmpty())
        return QString();
    return QDir(m_config.snapshotFolder).filePath(u"spark-showcase-latest.png"_s);
}

QString KioskController::operatorSnapshotPath() const
{
    QString folder = m_config.snapshotFolder;
    if (folder.isEmpty()) {
        folder = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                         .filePath(u"snapshots"_s);
    }
    const QString stamp = QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss-zzz"_s);
    return QDir(folder).filePath(u"spark-showcase-%1.png"_s.arg(stamp));
}

void KioskController::writePeriodicSnapshot()
{
    saveSnapshot(periodicSnapshotPath());
}

void KioskController::takeOperatorSnapshot()
{
    const QString path = operatorSnapshotPath();
    if (saveSnapshot(path))
        qCInfo(lcKiosk) << "Operator snapshot saved to" << path;
}

void KioskController::shiftPixels()
{
    if (!m_window)
        return;
    constexpr int steps = int(sizeof(ShiftSteps) / sizeof(ShiftSteps[0]));
    m_shiftStep = (m_shiftStep + 1) % steps;
    const int p = m_config.pixelShiftPixels;
    m_shiftOffset = ShiftSteps[m_shiftStep] * p;
    m_window->setContentsMargins(p + m_shiftOffset.x(), p + m_shiftOffset.y(),
                                 p - m_shiftOffset.x(), p - m_shiftOffset.y());
}

void KioskController::showCursor()
{
    if (m_cursorHidden) {
        QGuiApplication::restoreOverrideCursor();
        m_cursorHidden = false;
    }
    m_cursorTimer.start();
}

void KioskController::hideCursor()
{
    if (!m_cursorHidden) {
        QGuiApplication::setOverrideCursor(Qt::BlankCursor);
        m_cursorHidden = true;
    }
}

void KioskController::rejectDialog(QWidget *dialog)
{
    ++m_rejectedDialogs;
    qCWarning(lcKiosk).noquote() << "Kiosk mode: a dialog was turned away:"
                                 << dialog->metaObject()->className() << dialog->windowTitle();
    dialog->setWindowOpacity(0.0);
    QPointer<QWidget> guard(dialog);
    QTimer::singleShot(0, this, [guard] {
        if (auto *dialog = qobject_cast<QDialog *>(guard.data()))
            dialog->reject();
        else if (guard)
            guard->close();
    });
}

KioskController::KeyAction KioskController::keyAction(const QKeyEvent *event) const
{
    const Qt::KeyboardModifiers modifiers =
            event->modifiers() &
            (Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier | Qt::MetaModifier);
    const int key = event->key();
    const Qt::KeyboardModifiers chord = Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier;
    if (modifiers == chord && key == Qt::Key_Q)
        return KeyAction::OperatorExit;
    if (modifiers == chord && key == Qt::Key_S)
        return KeyAction::Snapshot;
    switch (key) {
    case Qt::Key_Escape:
    case Qt::Key_F11:
    case Qt::Key_Menu:
    case Qt::Key_Close:
    case Qt::Key_Exit:
    case Qt::Key_Back:
    case Qt::Key_Stop:
    case Qt::Key_PowerOff:
    case Qt::Key_Sleep:
    case Qt::Key_Suspend:
        return KeyAction::Block;
    case Qt::Key_F4:
        return modifiers & (Qt::AltModifier | Qt::ControlModifier) ? KeyAction::Block
                                                                   : KeyAction::None;
    case Qt::Key_Q:
    case Qt::Key_W:
    case Qt::Key_E: // export
    case Qt::Key_N:
    case Qt::Key_O:
    case Qt::Key_P:
        return modifiers & (Qt::ControlModifier | Qt::MetaModifier) ? KeyAction::Block
                                                                    : KeyAction::None;
    case Qt::Key_C:
        // Copy View as Image is Ctrl+Shift+C.
        return (modifiers & Qt::ControlModifier) && (modifiers & Qt::ShiftModifier)
                       ? KeyAction::Block
                       : KeyAction::None;
    default:
        return KeyAction::None;
    }
}

bool KioskController::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (isInput(type)) {
        m_loop->notifyInput();
        if (type == QEvent::MouseMove || type == QEvent::TabletMove)
            showCursor();
    }
    switch (type) {
    case QEvent::ShortcutOverride:
    case QEvent::KeyPress: {
        const KeyAction action = keyAction(static_cast<QKeyEvent *>(event));
        if (action == KeyAction::None)
            break;
        // Overriding the shortcut keeps any menu action from firing; the key
        // press that follows is then handled here.
        event->accept();
        if (type == QEvent::KeyPress && !static_cast<QKeyEvent *>(event)->isAutoRepeat()) {
            if (action == KeyAction::OperatorExit)
                openOperatorExit();
            else if (action == KeyAction::Snapshot)
                takeOperatorSnapshot();
            else
                qCDebug(lcKiosk) << "Blocked key" << static_cast<QKeyEvent *>(event)->key();
        }
        return true;
    }
    case QEvent::Close:
        if (!m_exiting && watched->isWidgetType() && static_cast<QWidget *>(watched)->isWindow() &&
            !qobject_cast<QDialog *>(watched)) {
            qCDebug(lcKiosk) << "Blocked a close request";
            event->ignore();
            return true;
        }
        break;
    case QEvent::ContextMenu:
        return true;
    case QEvent::Show:
        if (watched->isWidgetType() && static_cast<QWidget *>(watched)->isWindow()) {
            auto *widget = static_cast<QWidget *>(watched);
            if (qobject_cast<QDialog *>(widget))
                rejectDialog(widget);
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
