#include "viewheader.h"

#include "views/common/leadingedge.h"
#include "views/common/textmetrics.h"
#include "views/theme.h"

#include <QPainter>
#include <QResizeEvent>

struct ViewHeader::Block
{
    QString text;
    QFont font;
    QColor color;
    int height;
};

ViewHeader::ViewHeader(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    connect(Appearance::instance(), &Appearance::themeChanged, this, qOverload<>(&QWidget::update));
    connect(Appearance::instance(), &Appearance::fontsChanged, this, [this] {
        m_heights.clear();
        updateGeometry();
        update();
    });
}

void ViewHeader::setTexts(const QString &eyebrow, const QString &title, const QString &subtitle)
{
    m_eyebrow = eyebrow;
    m_title = title;
    m_subtitle = subtitle;
    setAccessibleName(title);
    setAccessibleDescription(subtitle);
    updateGeometry();
    update();
}

void ViewHeader::setEyebrow(const QString &text)
{
    m_eyebrow = text;
    m_heights.clear();
    updateGeometry();
    update();
}

void ViewHeader::setTitle(const QString &text)
{
    m_title = text;
    m_heights.clear();
    setAccessibleName(text);
    updateGeometry();
    update();
}

void ViewHeader::setSubtitle(const QString &text)
{
    m_subtitle = text;
    m_heights.clear();
    setAccessibleDescription(text);
    updateGeometry();
    update();
}

void ViewHeader::setScale(double scale)
{
    if (qFuzzyCompare(scale, m_scale))
        return;
    m_scale = scale;
    m_heights.clear();
    updateGeometry();
    update();
}

QList<ViewHeader::Block> ViewHeader::blocks(int width) const
{
    const Appearance *appearance = Appearance::instance();
    const Theme &theme = appearance->theme();
    QList<Block> result;
    const auto add = [&](const QString &text, Typography::Role role, const QColor &color) {
        if (text.isEmpty())
            return;
        const QFont font = appearance->font(role, m_scale);
        result.append({text, font, color, TextMetrics::wrappedHeight(font, text, width)});
    };
    add(m_eyebrow, Typography::Role::Label, theme.accentInk);
    add(m_title, Typography::Role::Headline, theme.text);
    add(m_subtitle, Typography::Role::Body, theme.textMuted);
    return result;
}

int ViewHeader::heightForWidth(int width) const
{
    const auto known = m_heights.constFind(width);
    if (known != m_heights.cend())
        return *known;
    int height = 0;
    const QList<Block> list = blocks(width);
    for (const Block &block : list)
        height += block.height;
    const int spacing = static_cast<int>(6 * m_scale);
    height += spacing * std::max(0, int(list.size()) - 1);
    m_heights.insert(width, height);
    return height;
}

QSize ViewHeader::sizeHint() const
{
    const int width = std::max(400, this->width());
    return {width, heightForWidth(width)};
}

QSize ViewHeader::minimumSizeHint() const
{
    return {100, heightForWidth(std::max(100, width()))};
}

void ViewHeader::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // The size hints depend on the width, and layouts cache them until told:
    // a new width can mean more or fewer lines.
    if (event->size().width() != event->oldSize().width())
        updateGeometry();
}

void ViewHeader::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const int spacing = static_cast<int>(6 * m_scale);
    int y = 0;
    for (const Block &block : blocks(width())) {
        painter.setFont(block.font);
        painter.setPen(block.color);
        painter.drawText(QRect(0, y, width(), block.height),
                         Qt::TextWordWrap | leadingEdge(layoutDirection()) | Qt::AlignTop,
                         block.text);
        y += block.height + spacing;
    }
}
