#include "partneremptystate.h"

#include "views/common/chipbar.h"
#include "views/theme.h"

#include <QEvent>
#include <QPainter>

#include <climits>

PartnerEmptyState::PartnerEmptyState(QWidget *parent)
    : QWidget(parent)
    , m_clear(new Chip(this))
{
    m_clear->setCheckable(false);
    connect(m_clear, &Chip::clicked, this, &PartnerEmptyState::clearRequested);
    connect(Appearance::instance(), &Appearance::themeChanged, this, qOverload<>(&QWidget::update));
    retranslate();
}

void PartnerEmptyState::setSearchText(const QString &text)
{
    m_searchText = text;
    retranslate();
}

void PartnerEmptyState::setScale(double scale)
{
    m_scale = scale;
    m_clear->setScale(scale);
    resizeEvent(nullptr);
    update();
}

QString PartnerEmptyState::message() const
{
    if (m_searchText.trimmed().isEmpty())
        //: Shown over the partner grid when a category has no partners
        return tr("No partner in this category");
    //: Shown over the partner grid when the search finds nothing; %1 the search text
    return tr("No partner matches “%1”").arg(m_searchText.trimmed());
}

void PartnerEmptyState::retranslate()
{
    const bool searching = !m_searchText.trimmed().isEmpty();
    //: Button in the empty partner grid that clears the search (and the category filter)
    m_clear->setText(searching ? tr("Clear search") : tr("Show all partners"));
    m_clear->setAccessibleName(m_clear->text());
    setAccessibleName(message());
    //: Accessible description of the empty partner grid
    setAccessibleDescription(tr("Try another spelling, another category, or clear the search."));
    resizeEvent(nullptr);
    update();
}

int PartnerEmptyState::textHeight() const
{
    const QFont headline = Appearance::instance()->font(Typography::Role::Headline, m_scale);
    const QFont body = Appearance::instance()->font(Typography::Role::Body, m_scale);
    const int w = std::max(1, width());
    return QFontMetrics(headline)
                   .boundingRect(QRect(0, 0, w, INT_MAX / 2), Qt::AlignHCenter | Qt::TextWordWrap,
                                 message())
                   .height() +
           static_cast<int>(12 * m_scale) +
           QFontMetrics(body)
                   .boundingRect(QRect(0, 0, w, INT_MAX / 2), Qt::AlignHCenter | Qt::TextWordWrap,
                                 accessibleDescription())
                   .height();
}

void PartnerEmptyState::resizeEvent(QResizeEvent *)
{
    const QSize button = m_clear->sizeHint();
    const int gap = static_cast<int>(28 * m_scale);
    const int total = textHeight() + gap + button.height();
    const int top = std::max(0, (height() - total) / 2);
    m_clear->setGeometry((width() - button.width()) / 2, top + textHeight() + gap, button.width(),
                         button.height());
}

void PartnerEmptyState::paintEvent(QPaintEvent *)
{
    const Theme &theme = Appearance::instance()->theme();
    QPainter painter(this);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const QFont headline = Appearance::instance()->font(Typography::Role::Headline, m_scale);
    const QFont body = Appearance::instance()->font(Typography::Role::Body, m_scale);
    const QSize button = m_clear->sizeHint();
    const int gap = static_cast<int>(28 * m_scale);
    const int total = textHeight() + gap + button.height();
    int y = std::max(0, (height() - total) / 2);
    const int flags = Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap;
    painter.setFont(headline);
    painter.setPen(theme.text);
    const QRect first = painter.boundingRect(QRect(0, y, width(), INT_MAX / 2), flags, message());
    painter.drawText(QRect(0, y, width(), first.height()), flags, message());
    y += first.height() + static_cast<int>(12 * m_scale);
    painter.setFont(body);
    painter.setPen(theme.textMuted);
    painter.drawText(QRect(0, y, width(), height() - y), flags, accessibleDescription());
}

void PartnerEmptyState::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
