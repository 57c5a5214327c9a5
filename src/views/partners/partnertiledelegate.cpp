#include "partnertiledelegate.h"

#include "models/partnermodel.h"
#include "views/common/painting.h"
#include "views/theme.h"

#include <QAbstractItemView>
#include <QPainter>
#include <QPainterPath>
#include <QStaticText>
#include <QStyle>
#include <QTextLayout>

#include <climits>

namespace {

using PartnerRole = PartnerModel::Role;

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
    // A bar of the category colour along the bottom edge, between the corners.
    painter->setBrush(color);
    const double foot = std::max(2.0, square.height() * 0.06);
    painter->drawRoundedRect(QRectF(square.left() + radius, square.bottom() - foot * 1.5,
                                    square.width() - 2 * radius, foot),
                             foot / 2, foot / 2);

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
    // The ink is measured once per monogram and size: tiles repaint often.
    static QHash<QString, QRectF> inks;
    const QString key = monogram + u'/' + QString::number(font.pixelSize());
    auto ink = inks.find(key);
    if (ink == inks.end()) {
        if (inks.size() > 4096)
            inks.clear();
        ink = inks.insert(key, metrics.tightBoundingRect(monogram));
    }
    const QPointF origin(square.center().x() - ink->width() / 2 - ink->left(),
                         square.center().y() - foot / 2 - ink->height() / 2 - ink->top());
    painter->drawText(origin, monogram);
    painter->restore();
}

QStringList PartnerTileDelegate::wrapLines(const QFont &font, const QString &text, int width,
                                           int maxLines)
{
    QStringList lines;
    if (text.isEmpty() || maxLines <= 0)
        return lines;
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    const QFontMetrics metrics(font);
    layout.beginLayout();
    while (lines.size() < maxLines) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        if (lines.size() == maxLines - 1) {
            // The last line we have room for takes the rest, elided.
            lines << metrics.elidedText(text.mid(line.textStart()).simplified(), Qt::ElideRight,
                                        width);
            break;
        }
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines;
}

int PartnerTileDelegate::drawLines(QPainter *painter, const QRect &rect, const QFont &font,
                                   const QString &text, int maxLines, Qt::LayoutDirection direction)
{
    const QStringList lines = wrapLines(font, text, rect.width(), maxLines);
    const QFontMetrics metrics(font);
    painter->setFont(font);
    const int align = QStyle::visualAlignment(direction, Qt::AlignLeading | Qt::AlignTop);
    int y = rect.top();
    for (const QString &line : lines) {
        painter->drawText(QRect(rect.left(), y, rect.width(), metrics.height()),
                          align | Qt::TextSingleLine, line);
        y += metrics.lineSpacing();
    }
    return y - rect.top();
}

int PartnerTileDelegate::drawCachedLines(QPainter *painter, const QString &key, const QRect &rect,
                                         const QFont &font, const QString &text, int maxLines,
                                         Qt::LayoutDirection direction) const
{
    auto found = m_lines.find(key);
    if (found == m_lines.end()) {
        if (m_lines.size() > 4096)
            m_lines.clear();
        QList<QStaticText> prepared;
        for (const QString &line : wrapLines(font, text, rect.width(), maxLines)) {
            QStaticText laidOut(line);
            laidOut.setTextFormat(Qt::PlainText);
            QTextOption option;
            // Names keep the direction of their own script; only the layout mirrors.
            option.setTextDirection(Qt::LayoutDirectionAuto);
            laidOut.setTextOption(option);
            laidOut.prepare(QTransform(), font);
            prepared << laidOut;
        }
        found = m_lines.insert(key, prepared);
    }
    painter->setFont(font);
    const int lineSpacing = QFontMetrics(font).lineSpacing();
    int y = rect.top();
    for (const QStaticText &line : *found) {
        const double x =
                direction == Qt::RightToLeft ? rect.right() + 1 - line.size().width() : rect.left();
        painter->drawStaticText(QPointF(x, y), line);
        y += lineSpacing;
    }
    return y - rect.top();
}

void PartnerTileDelegate::clearCache()
{
    m_lines.clear();
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
    const QColor color = theme.category(index.data(int(PartnerRole::CategoryIndex)).toInt());

    const int side = static_cast<int>(std::lround(Monogram * s));
    const QRect square(rtl ? inner.right() - side + 1 : inner.left(), inner.top(), side, side);
    paintMonogram(painter, square, index.data(int(PartnerRole::Monogram)).toString(), color, s);

    // The category in words beside the monogram: colour is never the only cue.
    const QFont caption = appearance->font(Typography::Role::Caption, s);
    const int gap = static_cast<int>(std::lround(14 * s));
    const QRect beside =
            rtl ? QRect(inner.left(), inner.top(), inner.width() - side - gap, side)
                : QRect(square.right() + 1 + gap, inner.top(), inner.width() - side - gap, side);
    if (m_cachedTile != m_tileSize || !qFuzzyCompare(m_cachedScale, s)) {
        m_lines.clear();
        m_cachedTile = m_tileSize;
        m_cachedScale = s;
    }
    const QString id = index.data(int(PartnerRole::Id)).toString();
    painter->setPen(theme.textMuted);
    drawCachedLines(painter, id + u"/category", beside, caption,
                    index.data(int(PartnerRole::CategoryName)).toString(), 2, direction);

    const QFont title = appearance->font(Typography::Role::Title, s);
    const QFont body = appearance->font(Typography::Role::Body, s);
    int y = square.bottom() + 1 + static_cast<int>(std::lround(GapAfterMonogram * s));
    painter->setPen(theme.text);
    const QString name = index.data(int(PartnerRole::Name)).toString();
    const bool longName = QFontMetrics(title).horizontalAdvance(name) > inner.width();
    const int nameHeight =
            drawCachedLines(painter, id + u"/name", QRect(inner.left(), y, inner.width(), 0), title,
                            name, longName ? 2 : 1, direction);
    y += nameHeight + static_cast<int>(std::lround(GapAfterName * s));
    QString what = index.data(int(PartnerRole::Product)).toString();
    if (what.isEmpty())
        what = index.data(int(PartnerRole::Description)).toString();
    painter->setPen(theme.textMuted);
    drawCachedLines(painter, id + u"/what", QRect(inner.left(), y, inner.width(), 0), body, what,
                    longName ? ProductLines - 1 : ProductLines, direction);
    painter->restore();
}
