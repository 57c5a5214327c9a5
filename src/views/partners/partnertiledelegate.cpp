#include "partnertiledelegate.h"

#include "models/partnermodel.h"
#include "views/common/painting.h"
#include "views/theme.h"

#include <QAbstractItemView>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QTextLayout>

#include <climits>

namespace {

using Role = PartnerModel::Role;

// Measures of a tile at scale 1; everything scales with the view.
constexpr double Padding = 20;
constexpr double Monogram = 76;
constexpr double GapAfterMonogram = 16;
constexpr double GapAfterName = 4;
constexpr int ProductLines = 2;

} // namespace

PartnerTileDelegate::PartnerTileDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

int PartnerTileDelegate::tileHeight(double scale)
{
    const Appearance *appearance = Appearance::instance();
    const QFontMetrics name(appearance->font(Typography::Role::Title, scale));
    const QFontMetrics body(appearance->font(Typography::Role::Body, scale));
    const double gutter = Painting::Metrics::forScale(scale).gutter;
    // A long name takes a second line from the product: room for the larger.
    const int text =
            std::max(name.height() + ProductLines * body.lineSpacing(),
                     name.lineSpacing() + name.height() + (ProductLines - 1) * body.lineSpacing());
    return static_cast<int>(std::lround(
            (2 * Padding + Monogram + GapAfterMonogram + GapAfterName) * scale + text + gutter));
}

int PartnerTileDelegate::minimumTileWidth(double scale)
{
    return static_cast<int>(std::lround(260 * scale));
}

QSize PartnerTileDelegate::sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const
{
    return m_tileSize;
}

void PartnerTileDelegate::paintMonogram(QPainter *painter, const QRectF &square,
                                        const QString &monogram, const QColor &color, double scale)
{
    const Theme &theme = Appearance::instance()->theme();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(Painting::mix(theme.surface, color, theme.isDark() ? 0.2 : 0.14));
    const double radius =
            Painting::Metrics::forScale(scale).radius * 0.75 * square.width() / (Monogram * scale);
    painter->drawRoundedRect(square, radius, radius);
    // A bar of the category colour along the bottom edge, like a label's foot.
    painter->setBrush(color);
    const double foot = std::max(2.0, square.height() * 0.06);
    painter->save();
    QPainterPath clip;
    clip.addRoundedRect(square, radius, radius);
    painter->setClipPath(clip);
    painter->drawRect(QRectF(square.left(), square.bottom() - foot, square.width(), foot));
    painter->restore();

    QFont font = Appearance::instance()->font(Typography::Role::Display, scale);
    font.setWeight(QFont::Bold);
    // As large as fits: two letters fill the square, three step down.
    double pixels = square.height() * (monogram.size() > 2 ? 0.36 : 0.46);
    font.setPixelSize(std::max(8, static_cast<int>(pixels)));
    QFontMetricsF metrics(font);
    const double room = square.width() * 0.84;
    if (metrics.horizontalAdvance(monogram) > room) {
        pixels *= room / metrics.horizontalAdvance(monogram);
        font.setPixelSize(std::max(8, static_cast<int>(pixels)));
        metrics = QFontMetricsF(font);
    }
    painter->setFont(font);
    painter->setPen(theme.id == Theme::Id::Light ? color.darker(115) : color);
    // Centre on the ink, not the line box, so capitals sit optically centred.
    const QRectF ink = metrics.tightBoundingRect(monogram);
    const QPointF origin(square.center().x() - ink.width() / 2 - ink.left(),
                         square.center().y() - foot / 2 - ink.height() / 2 - ink.top());
    painter->drawText(origin, monogram);
    painter->restore();
}

int PartnerTileDelegate::drawLines(QPainter *painter, const QRect &rect, const QFont &font,
                                   const QString &text, int maxLines, Qt::LayoutDirection direction)
{
    if (text.isEmpty() || maxLines <= 0)
        return 0;
    QTextLayout layout(text, font);
    QTextOption option(QStyle::visualAlignment(direction, Qt::AlignLeading));
    // Names keep the direction of their own script; only the layout mirrors.
    option.setTextDirection(Qt::LayoutDirectionAuto);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    const QFontMetrics metrics(font);
    QStringList lines;
    layout.beginLayout();
    while (lines.size() < maxLines) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(rect.width());
        if (lines.size() == maxLines - 1) {
            // The last line we have room for takes the rest, elided.
            lines << metrics.elidedText(text.mid(line.textStart()).simplified(), Qt::ElideRight,
                                        rect.width());
            break;
        }
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    painter->setFont(font);
    const int align = QStyle::visualAlignment(direction, Qt::AlignLeading | Qt::AlignTop);
    int y = rect.top();
    for (const QString &line : std::as_const(lines)) {
        painter->drawText(QRect(rect.left(), y, rect.width(), metrics.height()),
                          align | Qt::TextSingleLine, line);
        y += metrics.lineSpacing();
    }
    return y - rect.top();
}

void PartnerTileDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    const Theme &theme = Appearance::instance()->theme();
    const Appearance *appearance = Appearance::instance();
    const Painting::Metrics metrics = Painting::Metrics::forScale(m_scale);
    const double s = m_scale;
    const int half = static_cast<int>(std::lround(metrics.gutter / 2));
    const QRect card = option.rect.adjusted(half, half, -half, -half);

    Painting::CardStates states = Painting::Normal;
    if (option.state & QStyle::State_MouseOver)
        states |= Painting::Hovered;
    if (option.state & QStyle::State_Selected)
        states |= Painting::Selected;
    if ((option.state & QStyle::State_HasFocus) && (option.state & QStyle::State_Active))
        states |= Painting::Focused;
    else if (option.state & QStyle::State_HasFocus) {
        // The grid has the focus but not the window (an export, a test): the
        // ring follows the view's own focus, not the window system's.
        if (auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
            view && view->hasFocus()) {
            states |= Painting::Focused;
        }
    }
    Painting::card(painter, card, theme, s, states);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    const Qt::LayoutDirection direction = option.direction;
    const bool rtl = direction == Qt::RightToLeft;
    const int pad = static_cast<int>(std::lround(Padding * s));
    const QRect inner = card.adjusted(pad, pad, -pad, -pad);
    const QColor color = theme.category(index.data(int(Role::CategoryIndex)).toInt());

    const int side = static_cast<int>(std::lround(Monogram * s));
    const QRect square(rtl ? inner.right() - side + 1 : inner.left(), inner.top(), side, side);
    paintMonogram(painter, square, index.data(int(Role::Monogram)).toString(), color, s);

    // The category in words beside the monogram: colour is never the only cue.
    const QFont caption = appearance->font(Typography::Role::Caption, s);
    const QFontMetrics captionMetrics(caption);
    const int gap = static_cast<int>(std::lround(14 * s));
    const QRect beside =
            rtl ? QRect(inner.left(), inner.top(), inner.width() - side - gap, side)
                : QRect(square.right() + 1 + gap, inner.top(), inner.width() - side - gap, side);
    painter->setPen(theme.textMuted);
    drawLines(painter, beside, caption, index.data(int(Role::CategoryName)).toString(), 2,
              direction);

    const QFont title = appearance->font(Typography::Role::Title, s);
    const QFont body = appearance->font(Typography::Role::Body, s);
    int y = square.bottom() + 1 + static_cast<int>(std::lround(GapAfterMonogram * s));
    painter->setPen(theme.text);
    const QString name = index.data(int(Role::Name)).toString();
    const bool longName = QFontMetrics(title).horizontalAdvance(name) > inner.width();
    const int nameHeight = drawLines(painter, QRect(inner.left(), y, inner.width(), INT_MAX / 2),
                                     title, name, longName ? 2 : 1, direction);
    y += nameHeight + static_cast<int>(std::lround(GapAfterName * s));
    QString what = index.data(int(Role::Product)).toString();
    if (what.isEmpty())
        what = index.data(int(Role::Description)).toString();
    painter->setPen(theme.textMuted);
    drawLines(painter, QRect(inner.left(), y, inner.width(), inner.bottom() - y + 1), body, what,
              longName ? ProductLines - 1 : ProductLines, direction);
    painter->restore();
}
