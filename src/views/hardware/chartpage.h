#pragma once

#include "views/common/cachedpicture.h"
#include "views/common/deferredlayout.h"

#include <QSize>
#include <QWidget>

class QPainter;

// A chart page of the Hardware view ("Then and now", "What fits in memory"):
// Qt Charts scenes with words and lines of the page's own around them. What
// the pages do alike lives here: the scale and the size hints that follow it,
// the layout put off while the page is hidden, the page's own painting kept
// as one picture, and the events that call for new words, styles or layout.
class ChartPage : public QWidget
{
    Q_OBJECT

public:
    void setScale(double scale);
    double scale() const { return m_scale; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    // \a hint and \a minimumHint are the size hints at scale 1.
    ChartPage(QSize hint, QSize minimumHint, QWidget *parent);

    // The hooks: refresh() takes the words from the model again; retranslate()
    // runs on a language change and refreshes; restyle() sets colours and
    // fonts for the theme and scale; relayout() places the charts and words
    // for the size; paintContent() draws the page's own words and lines.
    virtual void refresh() = 0;
    virtual void retranslate() { refresh(); }
    virtual void restyle() = 0;
    virtual void relayout() = 0;
    virtual void paintContent(QPainter &painter) = 0;

    // Draws the page's own painting again on the next paint.
    void invalidatePicture() { m_picture.invalidate(); }
    // True, and the layout put off until the page is shown, when the Hardware
    // view does not show the page: until then its words would be measured and
    // its axes placed for nothing. relayout() asks first.
    bool postponeLayout() { return m_layout.postpone(this); }

    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // New styles and a new layout, for a new scale or new fonts.
    void refit();

    QSize m_hint;
    QSize m_minimumHint;
    double m_scale = 1.0;
    DeferredLayout m_layout; // put off while hidden, done when shown
    CachedPicture m_picture; // the page's own painting, without the charts
};
