#include "chartpage.h"

#include "views/theme.h"

#include <QEvent>
#include <QPainter>

ChartPage::ChartPage(QSize hint, QSize minimumHint, QWidget *parent)
    : QWidget(parent)
    , m_hint(hint)
    , m_minimumHint(minimumHint)
{
    connect(Appearance::instance(), &Appearance::themeChanged, this, [this] {
        restyle();
        update();
    });
    connect(Appearance::instance(), &Appearance::fontsChanged, this, &ChartPage::refit);
}

void ChartPage::setScale(double scale)
{
    if (qFuzzyCompare(scale, m_scale))
        return;
    m_scale = scale;
    refit();
}

void ChartPage::refit()
{
    restyle();
    relayout();
    updateGeometry();
    update();
}

QSize ChartPage::sizeHint() const
{
    return QSize(static_cast<int>(m_hint.width() * m_scale),
                 static_cast<int>(m_hint.height() * m_scale));
}

QSize ChartPage::minimumSizeHint() const
{
    return QSize(static_cast<int>(m_minimumHint.width() * m_scale),
                 static_cast<int>(m_minimumHint.height() * m_scale));
}

bool ChartPage::event(QEvent *event)
{
    if (m_layout.isDue(event))
        relayout();
    return QWidget::event(event);
}

void ChartPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void ChartPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    } else if (event->type() == QEvent::LayoutDirectionChange) {
        relayout();
        update();
    }
    QWidget::changeEvent(event);
}

void ChartPage::paintEvent(QPaintEvent *)
{
    // Its own words and lines change only with content, layout and theme: drawn
    // once into a picture and copied from there. The charts paint themselves.
    QPainter painter(this);
    m_picture.paint(painter, size(), [this](QPainter &picture) { paintContent(picture); });
}
