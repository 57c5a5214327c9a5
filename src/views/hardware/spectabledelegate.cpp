#include "spectabledelegate.h"

#include "models/hardwaremodel.h"
#include "views/common/painting.h"
#include "views/common/textmetrics.h"
#include "views/theme.h"

#include <QAbstractItemView>
#include <QPainter>
#include <QStaticText>
#include <QTextOption>

using namespace Qt::StringLiterals;

// A cell laid out once for its text, width and direction: its heights and its
// text ready to draw, so that repainting a table does no text layout.
struct SpecTableDelegate::Layout
{
    QString text;
    QString heading; // the group, where a new one starts
    QString tag;     // "approximate"
    bool opensGroup = false;
    bool rightToLeft = false;
    int width = -1;
    QStaticText body;
    QStaticText headingText;
    QStaticText tagText;
    int headingHeight = 0;
    int textHeight = 0;
    int tagHeight = 0;
    int naturalWidth = 0; // of the text on one line, with padding
    int paddingX = 0;
    int paddingY = 0;
    int spacing = 0;
    int height() const
    {
        int h = 2 * paddingY + textHeight;
        if (headingHeight > 0)
            h += headingHeight + spacing;
        if (tagHeight > 0)
            h += tagHeight + spacing / 2;
        return h;
    }
};

namespace {} // namespace

SpecTableDelegate::SpecTableDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
    setScale(1.0);
    // New fonts can shape the same texts differently even where the QFont
    // compares equal (a fallback font loaded for a language).
    connect(Appearance::instance(), &Appearance::fontsChanged, this, [this] {
        m_cache.clear();
        setScale(m_scale);
    });
}

SpecTableDelegate::~SpecTableDelegate() = default;

void SpecTableDelegate::setScale(double scale)
{
    const Appearance *appearance = Appearance::instance();
    const QFont text = appearance->font(Typography::Role::Label, scale);
    const QFont caption = appearance->font(Typography::Role::Caption, scale);
    // The table restyles with every theme: the cells laid out so far hold as
    // long as the scale and the fonts do.
    if (!m_cache.isEmpty() && qFuzzyCompare(scale, m_scale) && text == m_textFont &&
        caption == m_tagFont) {
        return;
    }
    m_scale = scale;
    m_textFont = text;
    m_nameFont = m_textFont;
    m_nameFont.setWeight(QFont::DemiBold);
    m_headingFont = caption;
    m_headingFont.setWeight(QFont::DemiBold);
    m_tagFont = caption;
    m_cache.clear();
}

bool SpecTableDelegate::startsGroup(const QModelIndex &index)
{
    if (!index.isValid())
        return false;
    if (index.row() == 0)
        return true;
    const int role = int(HardwareModel::Role::Group);
    return index.siblingAtRow(index.row() - 1).data(role) != index.data(role);
}

QString SpecTableDelegate::cellText(const QModelIndex &index)
{
    return index.data(Qt::DisplayRole).toString();
}

const SpecTableDelegate::Layout &SpecTableDelegate::layout(const QModelIndex &index, int width,
                                                           bool rightToLeft) const
{
    const bool name = index.column() == HardwareModel::NameColumn;
    QString text = cellText(index);
    QString heading;
    QString tag;
    if (name && startsGroup(index))
        heading = index.data(int(HardwareModel::Role::GroupName)).toString();
    if (index.column() == HardwareModel::ValueColumn &&
        index.data(int(HardwareModel::Role::Confidence)).toInt() == int(Confidence::Low)) {
        //: Tag in the spec table on a figure whose sources are weak
        tag = tr("Approximate");
    }
    // Every cell of a row reserves the group heading's line, so that the
    // texts of a row stay level.
    const bool opensGroup = startsGroup(index.siblingAtColumn(HardwareModel::NameColumn));

    Layout &l = m_cache[(quint64(quint32(index.row())) << 32) | quint32(index.column())];
    if (l.width == width && l.rightToLeft == rightToLeft && l.opensGroup == opensGroup &&
        l.text == text && l.heading == heading && l.tag == tag) {
        return l;
    }
    l.text = text;
    l.heading = heading;
    l.tag = tag;
    l.opensGroup = opensGroup;
    l.rightToLeft = rightToLeft;
    l.width = width;
    l.paddingX = static_cast<int>(std::round(16 * m_scale));
    l.paddingY = static_cast<int>(std::round(11 * m_scale));
    l.spacing = static_cast<int>(std::round(4 * m_scale));
    const int inner = std::max(1, width - 2 * l.paddingX);
    const QFont &font = name ? m_nameFont : m_textFont;
    QTextOption option((rightToLeft ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignAbsolute);
    option.setWrapMode(QTextOption::WordWrap);
    // Each text runs in its own direction: English stays left to right in a
    // right-to-left layout, only its alignment follows the layout.
    option.setTextDirection(Qt::LayoutDirectionAuto);
    const auto prepare = [&](QStaticText *staticText, const QString &string, const QFont &f) {
        staticText->setTextFormat(Qt::PlainText);
        staticText->setTextOption(option);
        staticText->setTextWidth(inner);
        staticText->setText(string);
        staticText->prepare(QTransform(), f);
    };
    prepare(&l.body, l.text, font);
    prepare(&l.headingText, l.heading, m_headingFont);
    prepare(&l.tagText, l.tag, m_tagFont);
    l.headingHeight = opensGroup ? QFontMetrics(m_headingFont).height() : 0;
    l.textHeight = TextMetrics::wrappedHeight(font, l.text, inner);
    l.naturalWidth = QFontMetrics(font).horizontalAdvance(l.text) + 2 * l.paddingX;
    l.tagHeight = l.tag.isEmpty() ? 0 : QFontMetrics(m_tagFont).height();
    return l;
}

QSize SpecTableDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    const int width =
            option.rect.width() > 0 ? option.rect.width() : static_cast<int>(320 * m_scale);
    const Layout &l = layout(index, width, option.direction == Qt::RightToLeft);
    return {std::min(l.naturalWidth, std::max(width, 1)), l.height()};
}

void SpecTableDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    const Theme &theme = Appearance::instance()->theme();
    const Painting::Metrics metrics = Painting::Metrics::forScale(m_scale);
    const QRect r = option.rect;
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
    const bool current = view && view->hasFocus() && view->currentIndex().row() == index.row();
    const bool rtl = option.direction == Qt::RightToLeft;
    const bool first = index.column() == HardwareModel::NameColumn;
    const bool last = index.column() == HardwareModel::ValueColumn;
    const Layout &l = layout(index, r.width(), rtl);

    painter->save();
    // Everything here sits on whole pixels: no antialiasing, which is costly.
    painter->setRenderHint(QPainter::Antialiasing, false);
    // The row band.
    QRect band = r;
    if (l.headingHeight > 0)
        band.setTop(r.top() + l.paddingY / 2 + l.headingHeight);
    if (selected)
        painter->fillRect(band,
                          Painting::mix(theme.surface, theme.accent, theme.isDark() ? 0.16 : 0.2));
    // A hairline between rows, and a stronger one above a new group.
    painter->setPen(QPen(theme.border, metrics.hairline));
    painter->drawLine(QPointF(r.left(), r.bottom() + 0.5),
                      QPointF(r.right() + 1, r.bottom() + 0.5));
    if (selected && first) {
        const double bar = std::max(3.0, 4 * m_scale);
        painter->setPen(Qt::NoPen);
        painter->setBrush(theme.accent);
        painter->drawRect(
                QRectF(rtl ? band.right() + 1 - bar : band.left(), band.top(), bar, band.height()));
    }

    int y = r.top() + l.paddingY;
    const int x = r.left() + l.paddingX;
    if (l.headingHeight > 0) {
        if (!l.heading.isEmpty()) {
            painter->setFont(m_headingFont);
            painter->setPen(theme.accentInk);
            painter->drawStaticText(QPointF(x, r.top() + l.paddingY / 2), l.headingText);
        }
        y = band.top() + l.paddingY;
    }
    painter->setFont(first ? m_nameFont : m_textFont);
    painter->setPen(first || selected ? theme.text
                                      : Painting::mix(theme.text, theme.textMuted, 0.35));
    painter->drawStaticText(QPointF(x, y), l.body);
    if (!l.tag.isEmpty()) {
        painter->setFont(m_tagFont);
        painter->setPen(theme.critical);
        painter->drawStaticText(QPointF(x, y + l.textHeight + l.spacing / 2), l.tagText);
    }
    // The keyboard focus: an outline around the whole row, drawn cell by cell.
    if (current) {
        painter->setPen(QPen(theme.focus, metrics.ring));
        painter->setBrush(Qt::NoBrush);
        const double h = metrics.ring / 2;
        const QRectF f = QRectF(band).adjusted(h, h, -h, -h);
        painter->drawLine(QPointF(band.left(), f.top()), QPointF(band.right() + 1, f.top()));
        painter->drawLine(QPointF(band.left(), f.bottom()), QPointF(band.right() + 1, f.bottom()));
        if ((first && !rtl) || (last && rtl))
            painter->drawLine(QPointF(f.left(), f.top()), QPointF(f.left(), f.bottom()));
        if ((last && !rtl) || (first && rtl))
            painter->drawLine(QPointF(f.right(), f.top()), QPointF(f.right(), f.bottom()));
    }
    painter->restore();
}
