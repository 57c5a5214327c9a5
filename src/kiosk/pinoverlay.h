#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;
class QVariantAnimation;

// The operator's way out of kiosk mode: a panel inside the window (never a
// dialog) with the PIN shown as dots and a large touch keypad. Digits come
// from the keypad or the keyboard; Enter or OK submits; Backspace erases; Esc
// or Cancel closes it. While open it is modal to the keyboard: Tab cycles
// through its own keys, application shortcuts do not fire, and the focus
// cannot move to the widgets beneath it; on closing, the focus goes back to
// where it was.
class PinOverlay : public QWidget
{
    Q_OBJECT

public:
    // Covers \a parent, hidden until open() is called.
    explicit PinOverlay(QWidget *parent);

    void open();
    void close();
    // Closes and says so (canceled()), as Esc and Cancel do.
    void cancel();
    bool isOpen() const { return isVisible(); }

    QString pin() const { return m_pin; }
    // Wrong PIN: shakes the panel (unless motion is reduced) and clears it.
    void reject();
    // Too many wrong PINs: the keypad takes no digits for \a seconds and says
    // how long is left; it comes back by itself.
    void lockOut(int seconds);
    bool isLockedOut() const { return m_lockLeft > 0; }
    // While a submitted PIN is being checked the keypad takes nothing and
    // says so.
    void setChecking(bool checking);
    bool isChecking() const { return m_checking; }
    QString prompt() const;

    // The keypad buttons, "0" to "9", for tests.
    QPushButton *digitButton(int digit) const;
    QPushButton *okButton() const { return m_ok; }
    QPushButton *cancelButton() const { return m_cancel; }
    // Closes by itself after this long without a key (default 30 s).
    void setIdleTimeout(int milliseconds);

Q_SIGNALS:
    // Enter or OK with at least one digit: an empty PIN is never submitted.
    void submitted(const QString &pin);
    void canceled();

protected:
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void press(const QString &digit);
    void erase();
    void submit();
    void retranslate();
    void restyle();
    void updateDots();
    void updateLock();
    void placePanel(int shift = 0);
    bool handleKey(QKeyEvent *event);
    void keepFocus(QWidget *now);
    QList<QWidget *> focusChain() const;

    QWidget *m_panel;
    QLabel *m_title;
    QLabel *m_prompt;
    QLabel *m_dots;
    QList<QPushButton *> m_digits;
    QPushButton *m_erase;
    QPushButton *m_ok;
    QPushButton *m_cancel;
    QTimer *m_idle;
    QTimer *m_lockTick;
    QVariantAnimation *m_shake;
    QString m_pin;
    QPointer<QWidget> m_focusBefore;
    int m_lockLeft = 0; // seconds until digits are taken again
    bool m_checking = false;
    bool m_keepingFocus = false;
};
