#include "showcasestyle.h"

#include "views/common/painting.h"
#include "views/theme.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QPainterPath>
#include <QPointer>
#include <QStatusBar>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTabBar>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// The chrome is drawn at the desktop's density: the scale of the app's own
// body text (Appearance::apply), not of a view's size.
constexpr double ChromeScale = 0.75;

const Theme &theme()
{
    return Appearance::instance()->theme();
}

bool isHorizontal(QTabBar::Shape shape)
{
    return shape == QTabBar::RoundedNorth || shape == QTabBar::TriangularNorth ||
           shape == QTabBar::RoundedSouth || shape == QTabBar::TriangularSouth;
}

void roundedFill(QPainter *painter, const QRectF &rect, const QColor &color, double radius)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawRoundedRect(rect, radius, radius);
    painter->restore();
}

void hairline(QPainter *painter, QPointF from, QPointF to, const QColor &color)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(QPen(color, 1));
    painter->drawLine(from, to);
    painter->restore();
}

// A menu bar entry, a menu item: hovered, pressed or open.
QColor highlightFill(const Theme &t)
{
    // High contrast keeps its black panels and marks the entry with an
    // outline instead (see below); the other themes raise it.
    return t.id == Theme::Id::HighContrast ? QColor(Qt::transparent)
                                           : Painting::mix(t.surfaceRaised, t.accent, 0.14);
}

void highlight(QPainter *painter, const QRectF &rect, const Theme &t, double radius)
{
    if (t.id == Theme::Id::HighContrast) {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(t.focus, 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(rect.adjusted(1, 1, -1, -1), radius, radius);
        painter->restore();
        return;
    }
    roundedFill(painter, rect, highlightFill(t), radius);
}

// An icon of the base style, made when first drawn. Every menu bar asks for
// the toolbar extension arrow when it is built, every search field for its
// clear button, and Fusion's icons are PNG files whose loading probes every
// image plugin (loading them all, and Qt SVG): that was paid before the first
// frame, for an arrow shown only on a menu bar too narrow for its menus and a
// button shown only once something is typed.
class DeferredStyleIconEngine : public QIconEngine
{
public:
    DeferredStyleIconEngine(QStyle *style, QStyle::StandardPixmap standardPixmap,
                            Qt::LayoutDirection direction)
        : m_style(style)
        , m_standardPixmap(standardPixmap)
        , m_direction(direction)
    {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().pixmap(size, mode, state);
    }
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        return icon().pixmap(size, scale, mode, state);
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().actualSize(size, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return icon().availableSizes(mode, state);
    }
    bool isNull() override { return m_loaded ? m_icon.isNull() : m_style.isNull(); }
    QString key() const override { return u"DeferredStyleIconEngine"_s; }
    QIconEngine *clone() const override { return new DeferredStyleIconEngine(*this); }

private:
    const QIcon &icon()
    {
        if (!m_loaded) {
            m_loaded = true;
            if (m_style) {
                QStyleOption option;
                option.direction = m_direction;
                m_icon = m_style->standardIcon(m_standardPixmap, &option);
            }
        }
        return m_icon;
    }

    QPointer<QStyle> m_style;
    QStyle::StandardPixmap m_standardPixmap;
    Qt::LayoutDirection m_direction;
    bool m_loaded = false;
    QIcon m_icon;
};

} // namespace

ShowcaseStyle::ShowcaseStyle()
    : QProxyStyle(QStyleFactory::create(u"Fusion"_s))
{
    setObjectName(u"showcase"_s);
}

void ShowcaseStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
                                  QPainter *painter, const QWidget *widget) const
{
    const Theme &t = theme();
    const Painting::Metrics metrics = Painting::Metrics::forScale(ChromeScale);
    switch (element) {
    case PE_FrameFocusRect: {
        // The views' focus ring, on every standard control and item, once
        // the keyboard has moved the focus (as Fusion does).
        if (!(option->state & State_KeyboardFocusChange))
            return;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(t.focus, 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(option->rect).adjusted(1, 1, -1, -1), 4, 4);
        painter->restore();
        return;
    }
    case PE_FrameTabBarBase:
        // The hairline under the tabs, the full width of the window.
        if (const auto *base = qstyleoption_cast<const QStyleOptionTabBarBase *>(option)) {
            const QRect r = base->rect;
            hairline(painter, QPointF(r.left(), r.bottom() + 0.5),
                     QPointF(r.right() + 1, r.bottom() + 0.5), t.border);
        }
        return;
    case PE_FrameTabWidget:
        return;
    case PE_PanelMenuBar:
        painter->fillRect(option->rect, t.background);
        return;
    case PE_PanelMenu:
    case PE_FrameMenu: {
        painter->fillRect(option->rect, t.surface);
        painter->save();
        painter->setPen(QPen(t.border, 1));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5));
        painter->restore();
        return;
    }
    case PE_PanelStatusBar: {
        painter->fillRect(option->rect, t.background);
        hairline(painter, QPointF(option->rect.left(), option->rect.top() + 0.5),
                 QPointF(option->rect.right() + 1, option->rect.top() + 0.5), t.border);
        return;
    }
    case PE_FrameStatusBarItem:
        return;
    case PE_IndicatorDockWidgetResizeHandle: {
        // Between the views and a panel beside or below them: a hairline,
        // like the ones under the tabs and above the status bar.
        const QRect r = option->rect;
        if (option->state & State_Horizontal) {
            hairline(painter, QPointF(r.left(), r.center().y() + 0.5),
                     QPointF(r.right() + 1, r.center().y() + 0.5), t.border);
        } else {
            hairline(painter, QPointF(r.center().x() + 0.5, r.top()),
                     QPointF(r.center().x() + 0.5, r.bottom() + 1), t.border);
        }
        return;
    }
    case PE_IndicatorCheckBox: {
        // Check boxes in menus (Reduce Motion, Full Screen), lists (the export
        // languages) and dialogs: a rounded box, filled with the accent and
        // ticked when on.
        const QRectF box = QRectF(option->rect).adjusted(1.5, 1.5, -1.5, -1.5);
        const bool on = option->state & State_On;
        const bool partly = option->state & State_NoChange;
        const bool enabled = option->state & State_Enabled;
        const QColor fill = enabled ? t.accent : t.border;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(on || partly ? QPen(Qt::NoPen)
                                     : QPen(enabled ? t.textMuted : t.border, 1.2));
        painter->setBrush(on || partly ? fill : QColor(Qt::transparent));
        painter->drawRoundedRect(box, 3, 3);
        QPen tick(t.accentText, std::max(1.6, box.width() / 8), Qt::SolidLine, Qt::RoundCap,
                  Qt::RoundJoin);
        painter->setPen(tick);
        painter->setBrush(Qt::NoBrush);
        if (on) {
            const QPointF a(box.left() + box.width() * 0.24, box.top() + box.height() * 0.52);
            const QPointF b(box.left() + box.width() * 0.43, box.top() + box.height() * 0.70);
            const QPointF c(box.left() + box.width() * 0.76, box.top() + box.height() * 0.32);
            painter->drawPolyline(QList<QPointF>{a, b, c});
        } else if (partly) {
            painter->drawLine(QPointF(box.left() + box.width() * 0.28, box.center().y()),
                              QPointF(box.right() - box.width() * 0.28, box.center().y()));
        }
        painter->restore();
        return;
    }
    case PE_IndicatorTabClose:
    default:
        break;
    }
    Q_UNUSED(metrics);
    QProxyStyle::drawPrimitive(element, option, painter, widget);
}

void ShowcaseStyle::drawControl(ControlElement element, const QStyleOption *option,
                                QPainter *painter, const QWidget *widget) const
{
    const Theme &t = theme();
    const Painting::Metrics metrics = Painting::Metrics::forScale(ChromeScale);
    switch (element) {
    case CE_TabBarTabShape:
        if (const auto *tab = qstyleoption_cast<const QStyleOptionTab *>(option)) {
            if (!isHorizontal(tab->shape))
                break;
            const QRectF r = tab->rect;
            const bool selected = tab->state & State_Selected;
            const bool hovered = (tab->state & State_MouseOver) && (tab->state & State_Enabled);
            // The kiosk tabs' accent line under the current view; a muted
            // one under a tab the pointer is over.
            const double inset = metrics.ring * 2;
            if (selected || hovered) {
                const QRectF line(r.left() + inset, r.bottom() + 1 - IndicatorWidth,
                                  r.width() - 2 * inset, IndicatorWidth);
                roundedFill(painter, line, selected ? t.accent : t.border, IndicatorWidth / 2.0);
            }
            if ((tab->state & State_HasFocus) && (tab->state & State_KeyboardFocusChange)) {
                painter->save();
                painter->setRenderHint(QPainter::Antialiasing);
                painter->setPen(QPen(t.focus, 2));
                painter->setBrush(Qt::NoBrush);
                painter->drawRoundedRect(r.adjusted(3, 4, -3, -IndicatorWidth - 3), 6, 6);
                painter->restore();
            }
            return;
        }
        break;
    case CE_TabBarTabLabel:
        if (const auto *tab = qstyleoption_cast<const QStyleOptionTab *>(option)) {
            QStyleOptionTab copy(*tab);
            const bool strong = (tab->state & State_Selected) ||
                                ((tab->state & State_MouseOver) && (tab->state & State_Enabled));
            copy.palette.setColor(QPalette::WindowText, strong ? t.text : t.textMuted);
            // The focus ring is drawn with the shape, around the whole tab.
            copy.state &= ~State_HasFocus;
            QProxyStyle::drawControl(element, &copy, painter, widget);
            return;
        }
        break;
    case CE_MenuBarEmptyArea:
        painter->fillRect(option->rect, t.background);
        return;
    case CE_MenuBarItem:
        if (const auto *item = qstyleoption_cast<const QStyleOptionMenuItem *>(option)) {
            painter->fillRect(item->rect, t.background);
            const bool active = (item->state & State_Selected) || (item->state & State_Sunken);
            if (active && (item->state & State_Enabled))
                highlight(painter, QRectF(item->rect).adjusted(1, 3, -1, -3), t, 6);
            const int flags =
                    Qt::AlignCenter | Qt::TextShowMnemonic | Qt::TextDontClip | Qt::TextSingleLine |
                    (styleHint(SH_UnderlineShortcut, item, widget) ? 0 : int(Qt::TextHideMnemonic));
            QPalette palette = item->palette;
            palette.setColor(QPalette::ButtonText, t.text);
            drawItemText(painter, item->rect, flags, palette, item->state & State_Enabled,
                         item->text, QPalette::ButtonText);
            return;
        }
        break;
    case CE_MenuItem:
        if (const auto *item = qstyleoption_cast<const QStyleOptionMenuItem *>(option)) {
            if (item->menuItemType == QStyleOptionMenuItem::Separator) {
                const int y = item->rect.center().y();
                hairline(painter, QPointF(item->rect.left() + 8, y + 0.5),
                         QPointF(item->rect.right() - 7, y + 0.5), t.border);
                return;
            }
            QStyleOptionMenuItem copy(*item);
            const bool selected = (item->state & State_Selected) && (item->state & State_Enabled);
            painter->fillRect(item->rect, t.surface);
            if (selected)
                highlight(painter, QRectF(item->rect).adjusted(4, 1, -4, -1), t, 6);
            // Fusion draws the text, the check and the shortcut; the
            // highlight is ours.
            copy.state &= ~State_Selected;
            copy.palette.setColor(QPalette::Window, Qt::transparent);
            copy.palette.setColor(QPalette::Button, Qt::transparent);
            copy.palette.setColor(QPalette::Text, t.text);
            copy.palette.setColor(QPalette::WindowText, t.text);
            copy.palette.setColor(QPalette::ButtonText, t.text);
            copy.palette.setColor(QPalette::Base, t.surfaceRaised);
            QProxyStyle::drawControl(element, &copy, painter, widget);
            return;
        }
        break;
    default:
        break;
    }
    QProxyStyle::drawControl(element, option, painter, widget);
}

int ShowcaseStyle::pixelMetric(PixelMetric metric, const QStyleOption *option,
                               const QWidget *widget) const
{
    switch (metric) {
    case PM_TabBarTabHSpace:
        return 36;
    case PM_TabBarTabVSpace:
        return 22;
    case PM_TabBarBaseOverlap:
        return 0;
    case PM_TabBarTabShiftVertical:
    case PM_TabBarTabShiftHorizontal:
        return 0;
    case PM_MenuBarItemSpacing:
        return 2;
    case PM_MenuBarHMargin:
        return 8;
    case PM_MenuBarVMargin:
        return 2;
    case PM_MenuBarPanelWidth:
        return 0;
    case PM_MenuPanelWidth:
        return 1;
    case PM_MenuHMargin:
        return 0;
    case PM_MenuVMargin:
        return 5;
    default:
        break;
    }
    return QProxyStyle::pixelMetric(metric, option, widget);
}

QSize ShowcaseStyle::sizeFromContents(ContentsType type, const QStyleOption *option,
                                      const QSize &size, const QWidget *widget) const
{
    QSize result = QProxyStyle::sizeFromContents(type, option, size, widget);
    switch (type) {
    case CT_MenuBarItem:
        // Room for the rounded highlight around the title.
        result += QSize(12, 10);
        break;
    case CT_MenuItem:
        if (const auto *item = qstyleoption_cast<const QStyleOptionMenuItem *>(option)) {
            if (item->menuItemType == QStyleOptionMenuItem::Separator)
                result.setHeight(9);
            else
                result += QSize(16, 8);
        }
        break;
    default:
        break;
    }
    return result;
}

int ShowcaseStyle::styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                             QStyleHintReturn *returnData) const
{
    switch (hint) {
    case SH_TabBar_Alignment:
        return Qt::AlignLeft; // mirrored in right-to-left languages
    case SH_MenuBar_MouseTracking:
    case SH_Menu_MouseTracking:
        return 1;
    default:
        break;
    }
    return QProxyStyle::styleHint(hint, option, widget, returnData);
}

QIcon ShowcaseStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption *option,
                                  const QWidget *widget) const
{
    if (standardIcon == SP_ToolBarHorizontalExtensionButton ||
        standardIcon == SP_ToolBarVerticalExtensionButton ||
        standardIcon == SP_LineEditClearButton) {
        // As the base style picks the arrow's direction without an option.
        const Qt::LayoutDirection direction =
                option ? option->direction : QGuiApplication::layoutDirection();
        return QIcon(new DeferredStyleIconEngine(baseStyle(), standardIcon, direction));
    }
    return QProxyStyle::standardIcon(standardIcon, option, widget);
}

void ShowcaseStyle::polish(QWidget *widget)
{
    QProxyStyle::polish(widget);
    // Hover feedback on tabs and menu bar entries.
    if (qobject_cast<QTabBar *>(widget) || qobject_cast<QMenuBar *>(widget))
        widget->setAttribute(Qt::WA_Hover, true);
}

void ShowcaseStyle::unpolish(QWidget *widget)
{
    QProxyStyle::unpolish(widget);
}
