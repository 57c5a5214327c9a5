#include "pinoverlay.h"

#include "views/common/painting.h"
#include "views/theme.h"

#include <QApplication>
#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QVariantAnimation>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {
constexpr int MaxDigits = 12;
constexpr double Pi = 3.14159265358979323846;
} // namespace

PinOverlay::PinOverlay(QWidget *parent)
    : QWidget(parent)
    , m_panel(new QWidget(this))
    , m_title(new QLabel(m_panel))
    , m_prompt(new QLabel(m_panel))
    , m_dots(new QLabel(m_panel))
    , m_erase(new QPushButton(m_panel))
    , m_ok(new QPushButton(m_panel))
    , m_cancel(new QPushButton(m_panel))
    , m_idle(new QTimer(this))
    , m_lockTick(new QTimer(this))
    , m_shake(new QVariantAnimation(this))
{
    setObjectName(u"pinOverlay"_s);
    m_panel->setObjectName(u"pinPanel"_s);
    m_ok->setObjectName(u"okButton"_s);
    m_cancel->setObjectName(u"cancelButton"_s);
    m_erase->setObjectName(u"eraseButton"_s);
    setFocusPolicy(Qt::StrongFocus);
    m_title->setAlignment(Qt::AlignCenter);
    m_prompt->setAlignment(Qt::AlignCenter);
    m_dots->setAlignment(Qt::AlignCenter);

    auto *keypad = new QGridLayout;
    for (int digit = 0; digit <= 9; ++digit) {
        auto *button = new QPushButton(QLocale().toString(digit), m_panel);
        button->setObjectName(u"digit%1"_s.arg(digit));
        connect(button, &QPushButton::clicked, this,
                [this, digit] { press(QString::number(digit)); });
        m_digits.append(button);
        if (digit > 0)
            keypad->addWidget(button, (digit - 1) / 3, (digit - 1) % 3);
    }
    keypad->addWidget(m_erase, 3, 0);
    keypad->addWidget(m_digits.at(0), 3, 1);
    keypad->addWidget(m_ok, 3, 2);
    connect(m_erase, &QPushButton::clicked, this, &PinOverlay::erase);
    connect(m_ok, &QPushButton::clicked, this, &PinOverlay::submit);
    connect(m_cancel, &QPushButton::clicked, this, &PinOverlay::cancel);
    for (QPushButton *button : findChildren<QPushButton *>()) {
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        button->setAutoDefault(false);
        button->installEventFilter(this);
    }

    auto *layout = new QVBoxLayout(m_panel);
    layout->addWidget(m_title);
    layout->addWidget(m_prompt);
    layout->addWidget(m_dots);
    layout->addLayout(keypad, 1);
    layout->addWidget(m_cancel);

    m_idle->setSingleShot(true);
    m_idle->setInterval(30000);
    connect(m_idle, &QTimer::timeout, this, &PinOverlay::cancel);
    m_lockTick->setInterval(1000);
    connect(m_lockTick, &QTimer::timeout, this, [this] {
        --m_lockLeft;
        updateLock();
    });
    m_shake->setDuration(420);
    m_shake->setStartValue(0.0);
    m_shake->setEndValue(1.0);
    connect(m_shake, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        const double t = value.toDouble();
        placePanel(int(std::sin(t * 6 * Pi) * (1 - t) * 24));
    });
    connect(m_shake, &QVariantAnimation::finished, this, [this] { placePanel(); });

    connect(Appearance::instance(), &Appearance::themeChanged, this, &PinOverlay::restyle);
    connect(Appearance::instance(), &Appearance::fontsChanged, this, &PinOverlay::restyle);
    parent->installEventFilter(this);
    connect(qApp, &QApplication::focusChanged, this,
            [this](QWidget *, QWidget *now) { keepFocus(now); });
    setGeometry(parent->rect());
    retranslate();
    restyle();
    updateDots();
    hide();
}

QPushButton *PinOverlay::digitButton(int digit) const
{
    return digit >= 0 && digit < m_digits.size() ? m_digits.at(digit) : nullptr;
}

void PinOverlay::setIdleTimeout(int milliseconds)
{
    m_idle->setInterval(milliseconds);
}

void PinOverlay::open()
{
    QWidget *focus = QApplication::focusWidget();
    if (!isOpen())
        m_focusBefore = focus && focus != this && !isAncestorOf(focus) ? focus : nullptr;
    m_pin.clear();
    updateDots();
    updateLock();
    setGeometry(parentWidget()->rect());
    restyle();
    raise();
    show();
    setFocus(Qt::OtherFocusReason);
    m_idle->start();
}

void PinOverlay::close()
{
    m_idle->stop();
    m_shake->stop();
    m_pin.clear();
    updateDots();
    if (isHidden())
        return;
    QWidget *focus = QApplication::focusWidget();
    const bool hadFocus = focus && (focus == this || isAncestorOf(focus));
    hide();
    if (hadFocus) {
        if (m_focusBefore && m_focusBefore->isVisible())
            m_focusBefore->setFocus(Qt::OtherFocusReason);
        else
            parentWidget()->setFocus(Qt::OtherFocusReason);
    }
    m_focusBefore = nullptr;
}

void PinOverlay::cancel()
{
    const bool wasOpen = isOpen();
    close();
    if (wasOpen)
        Q_EMIT canceled();
}

void PinOverlay::setChecking(bool checking)
{
    m_checking = checking;
    updateLock();
}

QString PinOverlay::prompt() const
{
    return m_prompt->text();
}

void PinOverlay::keepFocus(QWidget *now)
{
    // Modal to the keyboard: a click, a shortcut or a view that takes the
    // focus for itself does not move it beneath the panel.
    if (m_keepingFocus || !isOpen() || !now || now == this || isAncestorOf(now) ||
        now->window() != window()) {
        return;
    }
    m_keepingFocus = true;
    setFocus(Qt::OtherFocusReason);
    m_keepingFocus = false;
}

QList<QWidget *> PinOverlay::focusChain() const
{
    QList<QWidget *> chain{const_cast<PinOverlay *>(this)};
    for (QWidget *widget = nextInFocusChain(); widget && widget != this;
         widget = widget->nextInFocusChain()) {
        if (isAncestorOf(widget) && widget->isVisibleTo(this) && widget->isEnabled() &&
            (widget->focusPolicy() & Qt::TabFocus)) {
            chain.append(widget);
        }
    }
    return chain;
}

bool PinOverlay::focusNextPrevChild(bool next)
{
    // Tab and Shift+Tab go round the panel's own keys and never leave it.
    const QList<QWidget *> chain = focusChain();
    QWidget *focus = QApplication::focusWidget();
    qsizetype index = chain.indexOf(focus);
    if (index < 0)
        index = next ? chain.size() - 1 : 0;
    const qsizetype count = chain.size();
    QWidget *target = chain.at((index + (next ? 1 : count - 1)) % count);
    target->setFocus(next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
    return true;
}

void PinOverlay::reject()
{
    m_pin.clear();
    updateDots();
    //: Kiosk operator exit: shown after a wrong PIN
    m_prompt->setText(tr("Wrong PIN. Try again."));
    if (!Appearance::instance()->reducedMotion())
        m_shake->start();
    m_idle->start();
}

void PinOverlay::lockOut(int seconds)
{
    m_pin.clear();
    updateDots();
    m_lockLeft = qMax(1, seconds);
    m_lockTick->start();
    updateLock();
}

void PinOverlay::updateLock()
{
    const bool locked = m_lockLeft > 0;
    for (QPushButton *button : std::as_const(m_digits))
        button->setEnabled(!locked && !m_checking);
    m_erase->setEnabled(!locked && !m_checking);
    m_ok->setEnabled(!locked && !m_checking);
    if (m_checking && !locked) {
        //: Kiosk operator exit: shown while the PIN typed is being checked
        m_prompt->setText(tr("Checking the PIN…"));
        if (!hasFocus() && !m_cancel->hasFocus())
            setFocus(Qt::OtherFocusReason);
    } else if (locked) {
        //: Kiosk operator exit: shown after several wrong PINs in a row; %n seconds until
        //: the keypad takes digits again
        m_prompt->setText(
                tr("Too many wrong PINs. Try again in %n second(s).", nullptr, m_lockLeft));
        // The keypad is disabled, so the panel keeps the focus for Cancel and Esc.
        if (!hasFocus() && !m_cancel->hasFocus())
            setFocus(Qt::OtherFocusReason);
    } else {
        m_lockTick->stop();
        //: Kiosk operator exit: asks for the operator PIN
        m_prompt->setText(tr("Enter the PIN to leave kiosk mode."));
    }
}

void PinOverlay::press(const QString &digit)
{
    m_idle->start();
    if (isLockedOut() || m_checking || m_pin.size() >= MaxDigits)
        return;
    m_pin += digit;
    updateDots();
}

void PinOverlay::erase()
{
    m_idle->start();
    if (m_checking)
        return;
    m_pin.chop(1);
    updateDots();
}

void PinOverlay::submit()
{
    m_idle->start();
    // An empty PIN is no try: Enter alone must not use up the operator's
    // guesses.
    if (isLockedOut() || m_checking || m_pin.isEmpty())
        return;
    const QString pin = m_pin;
    Q_EMIT submitted(pin);
}

void PinOverlay::updateDots()
{
    // One dot per digit typed, an underscore-like placeholder when empty.
    m_dots->setText(m_pin.isEmpty() ? u"–"_s : QString(m_pin.size(), QChar(0x25CF)));
    //: Kiosk operator exit: accessible text of the PIN field; %n digits typed so far
    m_dots->setAccessibleName(tr("%n digit(s) entered", nullptr, int(m_pin.size())));
}

void PinOverlay::retranslate()
{
    //: Kiosk operator exit: title of the panel that asks for the PIN
    m_title->setText(tr("Operator exit"));
    updateLock();
    //: Kiosk operator exit keypad: erases the last digit
    m_erase->setText(tr("Erase"));
    m_erase->setAccessibleName(tr("Erase"));
    //: Kiosk operator exit keypad: submits the PIN
    m_ok->setText(tr("OK"));
    //: Kiosk operator exit: closes the PIN panel and stays in kiosk mode
    m_cancel->setText(tr("Cancel"));
    //: Kiosk operator exit: accessible name of the PIN panel
    setAccessibleName(tr("Operator exit"));
    for (int digit = 0; digit < m_digits.size(); ++digit) {
        m_digits.at(digit)->setText(QLocale().toString(digit));
        //: Kiosk operator exit keypad: accessible name of a digit key; %1 the digit
        m_digits.at(digit)->setAccessibleName(tr("Digit %1").arg(digit));
    }
}

void PinOverlay::restyle()
{
    const Theme &theme = Appearance::instance()->theme();
    const double scale = Typography::scaleFor(parentWidget()->size());
    const Painting::Metrics metrics = Painting::Metrics::forScale(scale);
    const int key = qRound(qMax(88.0, 110 * scale));
    m_title->setFont(Appearance::instance()->font(Typography::Role::Headline, scale));
    m_prompt->setFont(Appearance::instance()->font(Typography::Role::Body, scale));
    m_dots->setFont(Appearance::instance()->font(Typography::Role::Headline, scale));
    const QFont keyFont = Appearance::instance()->font(Typography::Role::Headline, scale);
    const QFont labelFont = Appearance::instance()->font(Typography::Role::Title, scale);
    for (QPushButton *button : std::as_const(m_digits)) {
        button->setFont(keyFont);
        button->setMinimumSize(key, key);
    }
    for (QPushButton *button : {m_erase, m_ok, m_cancel}) {
        button->setFont(labelFont);
        button->setMinimumSize(key, qRound(key * 0.6));
    }
    m_ok->setMinimumSize(key, key);
    m_erase->setMinimumSize(key, key);
    const auto name = [](const QColor &color) { return color.name(QColor::HexArgb); };
    const int radius = qRound(metrics.radius);
    m_panel->setStyleSheet(
            u"#pinPanel { background: %1; border: 1px solid %2; border-radius: %3px; }"
            "QLabel { color: %4; background: transparent; }"
            "QPushButton { color: %4; background: %5; border: 1px solid %2; border-radius: %3px; }"
            "QPushButton:pressed { background: %6; color: %7; }"
            "QPushButton:focus { border: %8px solid %9; }"
            "QPushButton#okButton { background: %6; color: %7; border-color: %6; }"
            // A locked keypad: keys drawn as outlines with muted digits.
            "QPushButton:disabled, QPushButton#okButton:disabled {"
            " background: transparent; color: %10; border-color: %2; }"_s
                    .arg(name(theme.surface), name(theme.border), QString::number(radius),
                         name(theme.text), name(theme.surfaceRaised), name(theme.accent),
                         name(theme.accentText), QString::number(qMax(2, qRound(metrics.ring))),
                         name(theme.focus))
                    .arg(name(theme.textMuted)));
    m_panel->layout()->setContentsMargins(qRound(metrics.padding * 1.5), qRound(metrics.padding),
                                          qRound(metrics.padding * 1.5),
                                          qRound(metrics.padding * 1.5));
    m_panel->layout()->setSpacing(qRound(metrics.gutter / 2));
    placePanel();
}

void PinOverlay::placePanel(int shift)
{
    const QSize hint = m_panel->sizeHint().expandedTo(m_panel->minimumSizeHint());
    const QSize size = hint.boundedTo(this->size());
    QRect area(QPoint(), size);
    area.moveCenter(rect().center());
    m_panel->setGeometry(area.translated(shift, 0));
}

bool PinOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize) {
        setGeometry(parentWidget()->rect());
    } else if (event->type() == QEvent::KeyPress && watched != this &&
               qobject_cast<QPushButton *>(watched)) {
        // Keys typed while a keypad button has focus count as typed on the pad;
        // the others (Space presses the button) are the button's.
        auto *key = static_cast<QKeyEvent *>(event);
        if (handleKey(key))
            return true;
    }
    return QWidget::eventFilter(watched, event);
}

bool PinOverlay::handleKey(QKeyEvent *event)
{
    const int key = event->key();
    if (key >= Qt::Key_0 && key <= Qt::Key_9) {
        press(QString::number(key - Qt::Key_0));
    } else if (key == Qt::Key_Backspace || key == Qt::Key_Delete) {
        erase();
    } else if (key == Qt::Key_Return || key == Qt::Key_Enter) {
        submit();
    } else if (key == Qt::Key_Escape) {
        cancel();
    } else {
        return false;
    }
    event->accept();
    return true;
}

void PinOverlay::keyPressEvent(QKeyEvent *event)
{
    // Whatever the panel does not use goes no further: the widgets beneath
    // it see no keys while it is open.
    handleKey(event);
    event->accept();
}

bool PinOverlay::event(QEvent *event)
{
    // No application shortcut fires while the focus is in the panel.
    if (event->type() == QEvent::ShortcutOverride) {
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

void PinOverlay::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    restyle();
}

void PinOverlay::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PinOverlay::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    QColor veil = Appearance::instance()->theme().background;
    veil.setAlphaF(0.92f);
    painter.fillRect(rect(), veil);
}
