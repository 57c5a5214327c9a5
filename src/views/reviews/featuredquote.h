#pragma once

#include "models/modelfollower.h"
#include "views/common/sourcestyle.h"

#include <QHash>
#include <QPersistentModelIndex>
#include <QPixmap>
#include <QTimer>
#include <QWidget>

class ControlButton;
class QAbstractItemModel;
class QrTile;
class QVariantAnimation;
class SourceLinks;

// The large featured quote above (or beside) the quote wall. It steps through
// the quotes of its model (the featured ones) every few seconds with a short
// fade, pauses while the pointer is over it or the keyboard focus is inside it,
// and never moves on its own under reduced motion. Keyboard: Space pauses and
// plays, Left and Right step, Home goes back to the first quote.
//
// Its first state is deterministic: the first quote, fully opaque; the timer
// only runs while the widget is shown, so exports never catch it mid-fade.
//
// The source is a citation, a link in the window (SourceLinks), or a QR code
// of its address beside the attribution (kiosk, export with --qr).
class FeaturedQuote : public QWidget
{
    Q_OBJECT

public:
    explicit FeaturedQuote(QWidget *parent = nullptr);
    ~FeaturedQuote() override;

    void setModel(QAbstractItemModel *model);
    QAbstractItemModel *model() const { return m_model; }
    void setScale(double scale);
    void setSourceStyle(SourceStyle style);
    SourceStyle sourceStyle() const { return m_style; }
    SourceLinks *sourceLinks() const { return m_links; }
    QrTile *qrTile() const { return m_qr; }

    int currentRow() const;
    QString currentId() const;
    // Shows the quote \a id; false when the model has no such quote.
    bool showItem(const QString &id);
    // Steps to the next (or previous) quote; false when it wrapped around.
    bool next();
    bool previous();
    // Back to the first quote, playing: what a new visitor sees.
    void restart();

    // How long each quote stays, in milliseconds.
    void setRotationInterval(int milliseconds);
    int rotationInterval() const { return m_timer.interval(); }
    // The visitor's choice: play or pause.
    bool isPlaying() const { return m_playing; }
    void setPlaying(bool playing);
    // Whether the timer runs now: playing, shown, not held by the pointer or
    // the focus, motion allowed, and more than one quote.
    bool isRotating() const { return m_timer.isActive(); }
    // 1 except during a fade.
    double opacity() const;
    // How many pixels taller it must be, at its width, for every quote to fit
    // in the smallest type beside its attribution and controls; 0 when they
    // fit. Measures every quote while there are few, else the one shown.
    int heightShortfall() const;

    ControlButton *playButton() const { return m_play; }
    ControlButton *previousButton() const { return m_previous; }
    ControlButton *nextButton() const { return m_next; }

Q_SIGNALS:
    void currentChanged(const QString &id);
    // The timer moved on to the quote \a id.
    void rotated(const QString &id);
    void playingChanged(bool playing);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    struct Layout;
    Layout layoutFor(int row) const;
    Layout computeLayout(int row) const;
    void invalidateLayouts();
    void paintQuote(QPainter *painter, int row, double opacity);
    bool step(int delta, bool byTimer);
    void setCurrentRow(int row, bool animate);
    void updateTimer();
    void updateTexts();
    void layoutControls();
    void placeSources();
    void modelChanged();
    int rowCount() const;

    QAbstractItemModel *m_model = nullptr;
    QPersistentModelIndex m_current;
    int m_previousRow = -1; // the quote fading out
    double m_scale = 1.0;
    SourceStyle m_style = SourceStyle::Text;
    bool m_playing = true;
    bool m_hovered = false;
    bool m_focusInside = false;
    QMetaObject::Connection m_focusConnection;
    mutable QHash<int, Layout> m_layouts; // by row, for m_layoutSize
    mutable QHash<int, int> m_tallest;    // the tallest quote, by type role
    mutable QSize m_layoutSize;
    QPixmap m_background;
    quint64 m_backgroundKey = 0;
    int m_backgroundTheme = -1;
    bool m_backgroundRtl = false;
    QTimer m_timer;
    QVariantAnimation *m_fade;
    ControlButton *m_previous;
    ControlButton *m_play;
    ControlButton *m_next;
    SourceLinks *m_links;
    QrTile *m_qr;
    // Last, so that it lets go of the model first.
    ModelFollower m_follower{this, [this] { modelChanged(); },
                             [this](auto &&...) {
                                 invalidateLayouts();
                                 updateTexts();
                                 update();
                             }};
};
