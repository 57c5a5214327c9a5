#include "kioskcontroller.h"

#include "attractloop.h"
#include "content/contentwatcher.h"
#include "core/logging.h"
#include "countdownoverlay.h"
#include "pathtrust.h"
#include "pinoverlay.h"
#include "snapshotwriter.h"
#include "statedump.h"
#include "unixsignalwatcher.h"
#include "views/language.h"
#include "views/showcaseview.h"
#include "windowkeeper.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDateTime>
#include <QDialog>
#include <QDir>
#include <QDropEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QMouseEvent>
#include <QStandardPaths>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

#include <csignal>

using namespace Qt::StringLiterals;

// The window's whole state (StateDump) after a start and after each idle
// reset, for the attack suite's proof that a reset is total:
// QT_LOGGING_RULES="spark.kiosk.state.debug=true".
Q_LOGGING_CATEGORY(lcKioskState, "spark.kiosk.state", QtWarningMsg)

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

// Keys that read or write the clipboard in a text field. Besides copy, cut
// and paste, X11's bindings make Ctrl+K and Ctrl+U cut to the clipboard.
bool isClipboardKey(const QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Copy:
    case Qt::Key_Cut:
    case Qt::Key_Paste:
        return true;
    default:
        break;
    }
    const Qt::KeyboardModifiers modifiers =
            event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier | Qt::AltModifier);
    if (event->key() == Qt::Key_Insert && modifiers != Qt::NoModifier)
        return true; // Ctrl+Insert copies, Shift+Insert and Ctrl+Shift+Insert paste
    for (QKeySequence::StandardKey key :
         {QKeySequence::Copy, QKeySequence::Cut, QKeySequence::Paste, QKeySequence::DeleteEndOfLine,
          QKeySequence::DeleteCompleteLine}) {
        if (event->matches(key))
            return true;
    }
    return false;
}

bool isMouseButtonEvent(QEvent::Type type)
{
    return type == QEvent::MouseButtonPress || type == QEvent::MouseButtonRelease ||
           type == QEvent::MouseButtonDblClick;
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
    , m_keeper(new WindowKeeper(window, this))
    , m_snapshots(new SnapshotWriter(this))
    , m_lockout(config.lockoutFile)
{
    setUpLoop();
    m_keeper->setScreenIndex(m_config.screen);

    connect(m_loop, &AttractLoop::countdown, m_countdown, &CountdownOverlay::showSeconds);
    connect(m_loop, &AttractLoop::countdownCanceled, m_countdown, &QWidget::hide);
    connect(m_loop, &AttractLoop::resetDone, this, &KioskController::resetVisitorState);
    if (m_language) {
        connect(m_loop, &AttractLoop::languageRequested, m_language, [this](const QString &code) {
            if (code != m_language->current())
                m_language->setLanguage(code);
        });
    }
    connect(m_pin, &PinOverlay::submitted, this, &KioskController::submitPin);
    connect(m_pin, &PinOverlay::canceled, this,
            [] { qCInfo(lcKiosk) << "Operator exit canceled"; });
    connect(&m_pinCheck, &QFutureWatcher<bool>::finished, this, &KioskController::finishPinCheck);
    connect(m_snapshots, &SnapshotWriter::saved, this,
            [](const QString &path) { qCInfo(lcKiosk).noquote() << "Snapshot saved to" << path; });

    m_cursorTimer.setSingleShot(true);
    m_cursorTimer.setInterval(CursorHideDelay);
    connect(&m_cursorTimer, &QTimer::timeout, this, &KioskController::hideCursor);
    connect(&m_snapshotTimer, &QTimer::timeout, this, &KioskController::writePeriodicSnapshot);
    connect(&m_shiftTimer, &QTimer::timeout, this, &KioskController::shiftPixels);
    applyTimers();
}

KioskController::~KioskController()
{
    m_pinCheck.waitForFinished();
    m_snapshots->waitForFinished();
    if (m_started) {
        qApp->removeEventFilter(this);
        LinkOpener::setHandler(std::move(m_previousLinkHandler));
    }
    if (m_cursorHidden)
        QGuiApplication::restoreOverrideCursor();
    // The overlays live in the window, which may outlive the controller.
    delete m_pin.data();
    delete m_countdown.data();
}

void KioskController::setUpLoop()
{
    QList<AttractLoop::Entry> entries;
    for (const QString &name : std::as_const(m_config.views)) {
        for (ShowcaseView *view : std::as_const(m_views)) {
            if (view->name() == name) {
                entries.append({view, m_config.viewDwellOf(name) * 1000,
                                m_config.itemDwellOf(name) * 1000});
            }
        }
    }
    m_loop->setEntries(entries);
    QStringList languages = m_config.languages;
    if (languages.isEmpty() && m_language) {
        // No rotation: a reset returns to the language the kiosk started in.
        languages = m_loop->languages().isEmpty() ? QStringList{m_language->current()}
                                                  : QStringList{m_loop->languages().constFirst()};
    }
    m_loop->setLanguages(languages);
    m_loop->setIdleTimeout(m_config.idleTimeout * 1000);
    m_loop->setCountdownSeconds(m_config.countdown);
    m_countdown->setTotalSeconds(m_config.countdown);
}

void KioskController::applyTimers()
{
    m_snapshotTimer.setInterval(m_config.snapshotInterval * 1000);
    m_shiftTimer.setInterval(m_config.pixelShiftPeriod * 1000);
    m_snapshots->setFolder(snapshotFolder());
    m_snapshots->setKeep(m_config.snapshotKeep);
    if (!m_started)
        return;
    if (m_config.snapshotFolder.isEmpty())
        m_snapshotTimer.stop();
    else
        m_snapshotTimer.start();
    if (m_config.pixelShift) {
        // Start from the centre of the shift range so that the contents keep
        // one size and only move.
        const int p = m_config.pixelShiftPixels;
        m_shiftStep = 0;
        m_shiftOffset = QPoint();
        if (m_window)
            m_window->setContentsMargins(p, p, p, p);
        m_shiftTimer.start();
    } else {
        m_shiftTimer.stop();
        m_shiftOffset = QPoint();
        if (m_window)
            m_window->setContentsMargins(0, 0, 0, 0);
    }
}

void KioskController::applyAppearance()
{
    Appearance *appearance = Appearance::instance();
    if (appearance->theme().id != m_config.theme) {
        appearance->setTheme(m_config.theme);
        appearance->apply(qobject_cast<QApplication *>(QCoreApplication::instance()));
    }
    if (appearance->reducedMotion() != m_config.reducedMotion)
        appearance->setReducedMotion(m_config.reducedMotion);
}

void KioskController::start()
{
    if (m_started)
        return;
    m_started = true;
    m_startTime = QDateTime::currentDateTimeUtc();
    qApp->installEventFilter(this);
    // Visitors scan QR codes; a browser would take them out of the kiosk.
    m_previousLinkHandler = LinkOpener::setHandler([this](const QUrl &url) {
        ++m_refusedLinks;
        qCWarning(lcKiosk).noquote()
                << "Kiosk mode opens no browser; not opening" << url.toDisplayString();
        return false;
    });
    m_signals = new UnixSignalWatcher(this);
    connect(m_signals, &UnixSignalWatcher::received, this, [this](int signal, const QString &name) {
        if (signal == SIGHUP)
            reload();
        else
            requestExit(name);
    });
    QString error;
    if (!m_lockout.load(&error)) {
        qCWarning(lcKiosk).noquote()
                << "PIN lockout state unreadable, counted as a lockout:" << error;
    }
    if (m_lockout.isLocked()) {
        qCWarning(lcKiosk).noquote()
                << u"Operator PIN keypad still locked for %1 s after %2 wrong PINs (from %3)"_s
                           .arg(m_lockout.secondsLeft())
                           .arg(m_lockout.wrongPins())
                           .arg(m_lockout.stateFile());
    }
    if (!m_config.hasPin()) {
        qCWarning(lcKiosk) << "No operator PIN in the kiosk settings: the exit chord is off;"
                           << "stop the kiosk with SIGTERM";
    }
    if (m_window) {
        for (QLineEdit *edit : m_window->findChildren<QLineEdit *>())
            guardLineEdit(edit);
    }
    applyAppearance();
    if (m_keepWindow)
        m_keeper->start();
    m_loop->start();
    applyTimers();
    if (m_window)
        m_window->setFocus(Qt::OtherFocusReason);
    m_cursorTimer.start();
    logState(u"after start"_s);
    qCInfo(lcKiosk).noquote()
            << u"Kiosk mode started with %1 views; theme %2, motion %3, language %4"_s
                       .arg(m_loop->entries().size())
                       .arg(Theme::idName(Appearance::instance()->theme().id),
                            Appearance::instance()->reducedMotion() ? u"reduced"_s : u"on"_s,
                            m_language ? m_language->current() : u"-"_s);
}

void KioskController::applyConfig(const KioskConfig &config)
{
    const bool lockoutMoved = config.lockoutFile != m_config.lockoutFile;
    m_config = config;
    setUpLoop();
    if (lockoutMoved) {
        m_lockout.setStateFile(m_config.lockoutFile);
        QString error;
        if (!m_lockout.load(&error))
            qCWarning(lcKiosk).noquote() << "PIN lockout state unreadable:" << error;
    }
    if (!m_config.hasPin() && m_pin->isOpen())
        m_pin->close();
    m_keeper->setScreenIndex(m_config.screen);
    applyAppearance();
    applyTimers();
    Q_EMIT configApplied();
    if (m_started && !m_exiting) {
        // The new tour starts from its first view, as after an idle reset.
        m_countdown->hide();
        m_configReset = true;
        m_loop->resetAndResume();
        m_configReset = false;
    }
}

void KioskController::reload()
{
    qCInfo(lcKiosk) << "SIGHUP: reading the kiosk settings again";
    if (m_loader) {
        const KioskConfig::Loaded loaded = m_loader();
        for (const QString &problem : loaded.problems)
            qCWarning(lcKiosk).noquote() << problem;
        applyConfig(loaded.config);
        if (!m_config.hasPin()) {
            qCWarning(lcKiosk) << "No operator PIN in the kiosk settings: the exit chord is off;"
                               << "stop the kiosk with SIGTERM";
        }
        qCInfo(lcKiosk) << "Kiosk settings reloaded";
    }
    if (m_contentWatcher) {
        qCInfo(lcKiosk).noquote() << "SIGHUP: reading the content in"
                                  << m_contentWatcher->directory() << "again";
        m_contentWatcher->reload();
    }
    Q_EMIT reloaded();
}

void KioskController::requestExit(const QString &reason)
{
    qCInfo(lcKiosk) << "Leaving kiosk mode:" << reason;
    m_exiting = true;
    m_keeper->stop();
    m_loop->stop();
    m_snapshotTimer.stop();
    m_shiftTimer.stop();
    Q_EMIT exitRequested(0);
}

void KioskController::openOperatorExit()
{
    if (!m_config.hasPin()) {
        qCWarning(lcKiosk) << "Operator exit asked for, but no usable PIN is set in [operator] pin;"
                           << "stop the kiosk with SIGTERM instead";
        return;
    }
    qCInfo(lcKiosk) << "Operator exit opened";
    m_countdown->hide();
    m_pin->open();
    if (m_lockout.isLocked())
        m_pin->lockOut(m_lockout.secondsLeft());
}

void KioskController::submitPin(const QString &pin)
{
    if (pin.isEmpty() || !m_config.hasPin() || isCheckingPin())
        return; // no try
    if (m_lockout.isLocked()) {
        m_pin->lockOut(m_lockout.secondsLeft());
        return;
    }
    m_pin->setChecking(true);
    const PinHash hash = m_config.pin;
    m_pinCheck.setFuture(QtConcurrent::run([hash, pin] { return hash.verify(pin); }));
}

void KioskController::finishPinCheck()
{
    const bool right = m_pinCheck.result();
    m_pin->setChecking(false);
    QString error;
    if (right) {
        m_lockout.recordRight(&error);
        if (!error.isEmpty())
            qCWarning(lcKiosk).noquote() << "Cannot save the PIN lockout state:" << error;
        m_pin->close();
        Q_EMIT pinChecked(true);
        requestExit(u"operator PIN entered"_s);
        return;
    }
    const int seconds = m_lockout.recordWrong(&error);
    ++m_wrongPinsTotal;
    if (seconds > 0)
        ++m_lockouts;
    qCWarning(lcKiosk) << "Wrong operator PIN, attempt" << m_lockout.wrongPins();
    if (!error.isEmpty())
        qCWarning(lcKiosk).noquote() << "Cannot save the PIN lockout state:" << error;
    m_pin->reject();
    if (seconds > 0) {
        qCWarning(lcKiosk) << "Operator PIN keypad locked for" << seconds << "s after"
                           << m_lockout.wrongPins() << "wrong PINs";
        m_pin->lockOut(seconds);
    }
    Q_EMIT pinChecked(false);
}

void KioskController::resetVisitorState()
{
    // New settings restart the tour too; only the end of a countdown is an
    // idle reset.
    if (!m_configReset)
        ++m_idleResets;
    m_sessionOpen = false;
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
    if (m_window) {
        // Whatever a visitor typed can no more be brought back with Ctrl+Z:
        // setText() starts a new undo history.
        for (QLineEdit *edit : m_window->findChildren<QLineEdit *>()) {
            if (edit->isUndoAvailable() || edit->isRedoAvailable())
                edit->setText(edit->text());
        }
        m_window->setFocus(Qt::OtherFocusReason);
    }
    applyAppearance();
    logState(u"after reset"_s);
}

void KioskController::logState(const QString &when)
{
    if (!lcKioskState().isDebugEnabled())
        return;
    // Once deferred layouts and the window manager have settled.
    QTimer::singleShot(StateSettleDelay, this, [this, when] {
        if (!m_window)
            return;
        const QVariantMap dump = StateDump::of(m_window);
        qCDebug(lcKioskState).noquote() << u"State %1: %2 %3"_s.arg(
                when, StateDump::digest(dump),
                QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(dump))
                                          .toJson(QJsonDocument::Compact)));
    });
}

ShowcaseView *KioskController::shownView() const
{
    for (ShowcaseView *view : m_views) {
        if (view->isVisible())
            return view;
    }
    return nullptr;
}

void KioskController::accountViewTime(ShowcaseView *shown)
{
    if (m_shownView && m_shownTimer.isValid())
        m_viewMilliseconds[m_shownView->name()] += m_shownTimer.elapsed();
    m_shownView = shown;
    m_shownTimer.start();
}

double KioskController::viewSeconds(const QString &view)
{
    accountViewTime(shownView());
    return double(m_viewMilliseconds.value(view)) / 1000.0;
}

void KioskController::countInput(QObject *watched, QEvent::Type type)
{
    // Each press reaches the window first and then the widget under it: count
    // it once, at the window.
    if (type != QEvent::TouchBegin && type != QEvent::MouseButtonPress)
        return;
    if (!watched->isWindowType())
        return;
    // The first touch or click since the last reset starts a visitor's
    // session (a mouse moved on its own does not); it lasts until the next
    // reset.
    if (!m_sessionOpen) {
        m_sessionOpen = true;
        ++m_visitorSessions;
    }
    if (ShowcaseView *view = shownView())
        ++m_viewTouches[view->name()];
}

QString KioskController::snapshotFolder() const
{
    if (!m_config.snapshotFolder.isEmpty())
        return m_config.snapshotFolder;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
            .filePath(u"snapshots"_s);
}

QString KioskController::periodicSnapshotPath() const
{
    if (m_config.snapshotFolder.isEmpty())
        return QString();
    return QDir(m_config.snapshotFolder).filePath(u"spark-showcase-latest.png"_s);
}

QString KioskController::operatorSnapshotPath() const
{
    const QString stamp = QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss-zzz"_s);
    return QDir(snapshotFolder()).filePath(u"spark-showcase-%1.png"_s.arg(stamp));
}

void KioskController::writePeriodicSnapshot()
{
    QString error;
    if (!m_snapshots->save(m_window, QFileInfo(periodicSnapshotPath()).fileName(),
                           SnapshotWriter::Kind::Periodic, &error)) {
        qCWarning(lcKiosk).noquote() << "Periodic snapshot skipped:" << error;
    }
}

void KioskController::takeOperatorSnapshot()
{
    QString error;
    if (!m_snapshots->save(m_window, QFileInfo(operatorSnapshotPath()).fileName(),
                           SnapshotWriter::Kind::Operator, &error)) {
        // Held keys and repeated chords would fill the log otherwise.
        qCDebug(lcKiosk).noquote() << "Operator snapshot refused:" << error;
    }
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
        if (auto *box = qobject_cast<QDialog *>(guard.data()))
            box->reject();
        else if (guard)
            guard->close();
    });
}

void KioskController::guardLineEdit(QWidget *widget)
{
    auto *edit = qobject_cast<QLineEdit *>(widget);
    if (!edit)
        return;
    // On X11 a selected text is published as the PRIMARY selection, which any
    // other client may read. A kiosk field never holds a selection, so there
    // is never anything to publish, to drag or to cut.
    edit->setDragEnabled(false);
    edit->setAcceptDrops(false);
    connect(edit, &QLineEdit::selectionChanged, this, &KioskController::dropSelection,
            Qt::UniqueConnection);
    if (edit->hasSelectedText())
        edit->deselect();
}

void KioskController::dropSelection()
{
    auto *edit = qobject_cast<QLineEdit *>(sender());
    if (edit && edit->hasSelectedText())
        edit->deselect();
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
    if (key == Qt::Key_Escape && m_pin->isOpen())
        return KeyAction::CancelPin;
    if (isClipboardKey(event))
        return KeyAction::Clipboard;
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
    case Qt::Key_F10:
        // Shift+F10 opens context menus.
        return modifiers & Qt::ShiftModifier ? KeyAction::Block : KeyAction::None;
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
        countInput(watched, type);
        m_loop->notifyInput();
        if (type == QEvent::MouseMove || type == QEvent::TabletMove)
            showCursor();
    }
    switch (type) {
    case QEvent::ShortcutOverride:
    case QEvent::KeyPress: {
        const auto *key = static_cast<QKeyEvent *>(event);
        const KeyAction action = keyAction(key);
        if (action == KeyAction::None)
            break;
        // Overriding the shortcut keeps any menu action from firing; the key
        // press that follows is then handled here.
        event->accept();
        if (type == QEvent::KeyPress && !key->isAutoRepeat()) {
            switch (action) {
            case KeyAction::OperatorExit:
                openOperatorExit();
                break;
            case KeyAction::Snapshot:
                takeOperatorSnapshot();
                break;
            case KeyAction::CancelPin:
                m_pin->cancel();
                break;
            case KeyAction::Clipboard:
                ++m_blockedClipboard;
                qCDebug(lcKiosk) << "Blocked a clipboard key" << key->key();
                break;
            case KeyAction::Block:
            case KeyAction::None:
                qCDebug(lcKiosk) << "Blocked key" << key->key();
                break;
            }
        }
        return true;
    }
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
        // The middle button pastes the X11 selection into text fields, and
        // does nothing else in the app.
        if (isMouseButtonEvent(type) &&
            static_cast<QMouseEvent *>(event)->button() == Qt::MiddleButton) {
            ++m_blockedClipboard;
            return true;
        }
        break;
    case QEvent::DragEnter:
    case QEvent::DragMove:
    case QEvent::Drop:
        event->ignore();
        return true;
    case QEvent::Close:
        if (!m_exiting && watched->isWidgetType() && static_cast<QWidget *>(watched)->isWindow() &&
            !qobject_cast<QDialog *>(watched)) {
            qCDebug(lcKiosk) << "Blocked a close request";
            event->ignore();
            return true;
        }
        break;
    case QEvent::ContextMenu:
    // Tool tips and What's This are windows of their own over the kiosk; a
    // touch screen has no hover to show them anyway.
    case QEvent::ToolTip:
    case QEvent::WhatsThis:
    case QEvent::QueryWhatsThis:
        return true;
    case QEvent::Show:
        if (watched->isWidgetType()) {
            auto *widget = static_cast<QWidget *>(watched);
            if (widget->isWindow() && qobject_cast<QDialog *>(widget))
                rejectDialog(widget);
            else
                guardLineEdit(widget);
            if (auto *view = qobject_cast<ShowcaseView *>(widget); view && m_views.contains(view))
                accountViewTime(view);
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
