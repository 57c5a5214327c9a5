#include "countdownoverlay.h"

#include "views/common/painting.h"
#include "views/theme.h"

#include <QEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QVariantAnimation>

CountdownOverlay::CountdownOverlay(QWidget *parent)
    : QWidget(parent)
    , m_fade(new QVariantAnimation(this))
{
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    m_fade->setStartValue(0.0);
    m_fade->setEndValue(1.0);
    m_fade->setDuration(250);
    connect(m_fade, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        m_opacity = value.toDouble();
        update();
    });
    connect(Appearance::instance(), &Appearance::themeChanged, this, qOverload<>(&QWidget::update));
    connect(Appearance::instance(), &Appearance::fontsChanged, this, qOverload<>(&QWidget::update));
    parent->installEventFilter(this);
    setGeometry(parent->rect());
    hide();
    updateAccessibleText();
}

QString CountdownOverlay::headline() const
{
    //: Kiosk: large line over the screen after a minute without input; touching keeps
    //: the visitor's screen as it is, otherwise the tour starts over
    return tr("Touch to stay");
}

QString CountdownOverlay::secondsText() const
{
    //: Kiosk: under "Touch to stay"; %n is the number of seconds before the tour starts over
    return tr("Starting over in %n second(s)", nullptr, m_seconds);
}

void CountdownOverlay::showSeconds(int seconds)
{
    m_seconds = seconds;
    updateAccessibleText();
    if (!isVisible()) {
        setGeometry(parentWidget()->rect());
        raise();
        show();
        if (Appearance::instance()->reducedMotion()) {
            m_opacity = 1.0;
        } else {
            m_opacity = 0.0;
            m_fade->start();
        }
    }
    update();
}

void CountdownOverlay::updateAccessibleText()
{
    setAccessibleName(headline());
    setAccessibleDescription(secondsText());
}

bool CountdownOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void CountdownOverlay::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        updateAccessibleText();
        update();
    }
    QWidget::changeEvent(event);
}

void CountdownOverlay::mousePressEvent(QMouseEvent *event)
{
    // The touch is the visitor saying "I'm here": it ends the countdown (the
    // kiosk's input filter sees it) and presses nothing underneath.
    event->accept();
}

void CountdownOverlay::paintEvent(QPaintEvent *)
{
    const Theme &theme = Appearance::instance()->theme();
    const double scale = Typography::scaleFor(size());
    const Painting::Metrics metrics = Painting::Metrics::forScale(scale);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setOpacity(m_opacity);

    QColor veil = theme.background;
    veil.setAlphaF(0.9f);
    painter.fillRect(rect(), veil);

    const QFont display = Appearance::instance()->font(Typography::Role::Display, scale);
    const QFont title = Appearance::instance()->font(Typography::Role::Title, scale);
    QFont number = display;
    number.setPixelSize(qRound(display.pixelSize() * 1.15));

    // A ring that empties second by second, the number inside it; below, the
    // invitation and the seconds in words. No movement but the per-second step.
    const double ringSize = 190 * scale;
    const double gap = metrics.gutter * 1.5;
    const QFontMetricsF headlineMetrics(display);
    const QFontMetricsF titleMetrics(title);
    const double blockHeight =
            ringSize + gap + headlineMetrics.height() + metrics.padding + titleMetrics.height();
    double y = (height() - blockHeight) / 2;

    const QRectF ring((width() - ringSize) / 2, y, ringSize, ringSize);
    const double stroke = qMax(4.0, 10 * scale);
    QPen track(Painting::mix(theme.background, theme.text, 0.18), stroke);
    painter.setPen(track);
    painter.setBrush(Qt::NoBrush);
    const QRectF arcRect = ring.adjusted(stroke / 2, stroke / 2, -stroke / 2, -stroke / 2);
    painter.drawEllipse(arcRect);
    QPen arc(theme.accent, stroke, Qt::SolidLine, Qt::RoundCap);
    painter.setPen(arc);
    const double share = m_total > 0 ? qBound(0.0, double(m_seconds) / m_total, 1.0) : 1.0;
    const int span = int(-360 * 16 * share);
    painter.drawArc(arcRect, 90 * 16, layoutDirection() == Qt::RightToLeft ? -span : span);
    painter.setFont(number);
    painter.setPen(theme.text);
    painter.drawText(ring, Qt::AlignCenter, QLocale().toString(m_seconds));
    y += ringSize + gap;

    const QRectF headlineRect(metrics.margin, y, width() - 2 * metrics.margin,
                              headlineMetrics.height());
    painter.setFont(display);
    painter.setPen(theme.text);
    painter.drawText(headlineRect, Qt::AlignCenter | Qt::TextSingleLine, headline());
    y += headlineMetrics.height() + metrics.padding;

    const QRectF secondsRect(metrics.margin, y, width() - 2 * metrics.margin,
                             titleMetrics.height());
    painter.setFont(title);
    painter.setPen(theme.textMuted);
    painter.drawText(secondsRect, Qt::AlignCenter | Qt::TextSingleLine, secondsText());
}
