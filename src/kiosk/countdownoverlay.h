#pragma once

#include <QWidget>

class QVariantAnimation;

// Covers the kiosk window while the idle countdown runs: "Touch to stay" in
// large type and the seconds left, over a translucent veil of the theme's
// background. A touch anywhere is input, which ends the countdown; the touch
// itself goes no further, so it never presses what lies underneath.
class CountdownOverlay : public QWidget
{
    Q_OBJECT

public:
    // Follows the size of \a parent, which it covers.
    explicit CountdownOverlay(QWidget *parent);

    // Shows the overlay with \a seconds left (fading in unless motion is reduced).
    void showSeconds(int seconds);
    int secondsLeft() const { return m_seconds; }
    // The countdown starts from this many seconds: the ring shows the share left.
    void setTotalSeconds(int seconds) { m_total = seconds; }

    // The texts as shown, for tests and the accessibility tree.
    QString headline() const;
    QString secondsText() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateAccessibleText();

    int m_seconds = 0;
    int m_total = 10;
    double m_opacity = 1.0;
    QVariantAnimation *m_fade;
};
