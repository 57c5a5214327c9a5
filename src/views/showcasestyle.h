#pragma once

#include <QProxyStyle>

// The window's own chrome in the showcase's design, over Fusion: the view
// tabs as text with the accent underline of the kiosk's large tabs, a menu
// bar and status bar on the views' background with a hairline between, menus
// as raised panels with rounded highlights, and the focus ring of the views
// on every standard control. Colours come from Appearance's current theme at
// paint time, so a theme switch needs no new style; sizes are the desktop's
// normal density (the kiosk enlarges its tabs with a style sheet of its own).
class ShowcaseStyle : public QProxyStyle
{
    Q_OBJECT

public:
    ShowcaseStyle();

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget = nullptr) const override;
    int pixelMetric(PixelMetric metric, const QStyleOption *option = nullptr,
                    const QWidget *widget = nullptr) const override;
    QSize sizeFromContents(ContentsType type, const QStyleOption *option, const QSize &size,
                           const QWidget *widget = nullptr) const override;
    int styleHint(StyleHint hint, const QStyleOption *option = nullptr,
                  const QWidget *widget = nullptr,
                  QStyleHintReturn *returnData = nullptr) const override;
    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
    void polish(QWidget *widget) override;
    void unpolish(QWidget *widget) override;

    // The height of the accent line under the current tab, and of the
    // hairlines between the chrome and the views.
    static constexpr int IndicatorWidth = 3;
};
