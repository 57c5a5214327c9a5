#pragma once

#include <QAbstractButton>

// A round button with a drawn glyph (play, pause, previous, next) for the
// featured quote's controls: focusable, with a visible focus ring, mirrored
// for right-to-left, at least 44 pixels across for touch.
class ControlButton : public QAbstractButton
{
    Q_OBJECT

public:
    enum class Glyph { Play, Pause, Previous, Next };

    explicit ControlButton(Glyph glyph, QWidget *parent = nullptr);

    void setGlyph(Glyph glyph);
    Glyph glyph() const { return m_glyph; }
    void setScale(double scale);
    // A filled accent button, for the main control.
    void setProminent(bool prominent);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Glyph m_glyph;
    double m_scale = 1.0;
    bool m_prominent = false;
};
