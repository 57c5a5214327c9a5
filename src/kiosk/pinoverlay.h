#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;
class QVariantAnimation;

// The operator's way out of kiosk mode: a panel inside the window (never a
// dialog) with the PIN shown as dots and a large touch keypad. Digits come
// from the keypad or the keyboard; Enter or OK submits; Backspace erases.
class PinOverlay : public QWidget
{
    Q_OBJECT

public:
    // Covers \a parent, hidden until open() is called.
    explicit PinOverlay(QWidget *parent);

    void open();
    void close();
    bool isOpen() const { return isVisible(); }

    QString pin() const { return m_pin; }
    // Wrong PIN: shakes the panel (unless motion is reduced) and clears it.
    void reject();
    // Too many wrong PINs: the keypad takes no digits for \a seconds and says
    // how long is left; it comes back by itself.
    void lockOut(int seconds);
    bool isLockedOut() const { return m_lockLeft > 0; }

    // The keypad buttons, "0" to "9", for tests.
    QPushButton *digitButton(int digit) const;
    QPushButton *okButton() const { return m_ok; }
    QPushButton *cancelButton() const { return m_cancel; }
    // Closes by itself after this long without a key (default 30 s).
    void setIdleTimeout(int milliseconds);

Q_SIGNALS:
    void submitted(const QString &pin);
    void canceled();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
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
    int m_lockLeft = 0; // seconds until digits are taken again
};
