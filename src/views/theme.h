#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QObject>
#include <QPalette>
#include <QSize>

class QApplication;

// The colours of the illustrated hardware diagram. Each theme sets its own, from
// its own colours, so that the drawing reads as one with the rest of the theme:
// in dark a lit board in a dark box, in light a bright one, in high contrast
// black shapes with strong outlines.
struct DiagramPalette
{
    QColor background;    // what the drawing sits on
    QColor glow;          // the soft light behind the box
    QColor body;          // the chassis top rim
    QColor bodyEdge;      // the chassis outline
    QColor bodyLight;     // the highlight along the rim
    QColor face;          // the rear panel
    QColor floor;         // the board inside the box
    QColor floorGrid;     // its faint grid
    QColor trace;         // copper traces
    QColor substrate;     // chip packages
    QColor substrateEdge; // and their outline
    QColor die;           // silicon
    QColor dieEdge;       // and its outline
    QColor dieGrid;       // the floor plan printed on it
    QColor metal;         // shields, screws, connector shells
    QColor opening;       // the inside of a connector
    QColor card;          // module circuit boards
    QColor gold;          // contact fingers
    QColor outline;       // part outlines where the theme wants them strong
    QColor shadow;        // beneath the box
    QColor halo;          // behind leader lines, where they cross the drawing
    QColor leader;        // leader lines at rest
    QColor label;         // labels at rest
    QColor labelHover;    // hovered or focused labels and leaders
    QColor accent;        // the selected part: outline, traces, leader
    QColor accentInk;     // the selected part's label
    bool strongOutlines = false;
};

// The colours of one theme. Custom-painted views take every colour from here,
// so that dark, light and high-contrast look designed everywhere.
struct Theme
{
    enum class Id { Dark, Light, HighContrast };

    Id id = Id::Dark;
    QColor background;        // window background
    QColor surface;           // cards, panes
    QColor surfaceRaised;     // hovered or selected cards, chips
    QColor border;            // hairlines and card outlines
    QColor text;              // body text
    QColor textMuted;         // secondary text: captions, sources
    QColor accent;            // the brand green: fills, selection, highlights
    QColor accentText;        // text or icons drawn on an accent fill
    QColor accentInk;         // accent-coloured text on the background (readable contrast)
    QColor focus;             // keyboard focus ring
    QColor positive;          // tone of a quote: praise
    QColor measured;          // tone of a quote: measured
    QColor critical;          // tone of a quote: critical
    QList<QColor> categories; // one per category, in order; wraps around
    DiagramPalette diagram;   // the hardware diagram's, from the colours above

    QColor category(int index) const;
    // A palette for the standard widgets (tabs, tables, menus, dialogs).
    QPalette palette() const;
    bool isDark() const { return id != Id::Light; }

    static Theme dark();
    static Theme light();
    static Theme highContrast();
    static Theme fromId(Id id);
    // "dark", "light", "high-contrast"
    static QString idName(Id id);
    static bool idFromName(const QString &name, Id *id);
    static QStringList idNames();
};

// Type sizes that scale with the space a view has, so that a kiosk screen
// reads from two metres away and a laptop window still fits.
struct Typography
{
#pragma GCC diagnostic push
    // Qt's X11 interface declares a global Display; this one is scoped, it hides nothing.
#pragma GCC diagnostic ignored "-Wshadow"
    enum class Role { Display, Headline, Title, Body, Label, Caption };
#pragma GCC diagnostic pop

    // The scale for a view of \a size: 1.0 at 1080 pixels on the short side.
    static double scaleFor(QSize size);
    // The pixel size of \a role at \a scale, never below a legible minimum.
    static int pixelSize(Role role, double scale);
};

// The app-wide look: theme, fonts, reduced motion. Views read it while
// painting and listen to its signals to repaint.
class Appearance : public QObject
{
    Q_OBJECT

public:
    static Appearance *instance();

    const Theme &theme() const { return m_theme; }
    void setTheme(Theme::Id id);

    bool reducedMotion() const { return m_reducedMotion; }
    void setReducedMotion(bool reduced);

    // The app's own font (Inter, embedded) with fallbacks for scripts it lacks,
    // chosen for the current UI language.
    QFont font(Typography::Role role, double scale) const;
    QFont font(Typography::Role role, QSize viewSize) const
    {
        return font(role, Typography::scaleFor(viewSize));
    }
    QStringList fontFamilies() const { return m_families; }
    // Whether the current language's script sets emphasis in italics: Latin,
    // Greek and Cyrillic do; Arabic, Chinese and Japanese do not, and the
    // fallback faces have no slanted glyphs for them.
    bool hasItalics() const { return m_italics; }
    // \a font in italics where the language has them, upright otherwise.
    QFont italic(QFont font) const
    {
        font.setItalic(m_italics);
        return font;
    }
    // Picks the fallback families for \a language ("ja" prefers Japanese glyph forms).
    void setLanguage(const QString &language);

    // Registers the embedded fonts; safe to call more than once, on the GUI
    // thread before any other thread draws text.
    static bool loadFonts();
    // Lets go of this thread's font engines, so that the next text drawn sets
    // them up anew. Qt fixes an engine's antialiasing from the first glyph
    // drawn with it, so an export that follows other drawing (the window's, or
    // an export in another language) would otherwise differ by a few pixels
    // from the same file exported by a process of its own.
    static void renewFontEngines();
    // Applies style, palette and font to the whole application.
    void apply(QApplication *application) const;

Q_SIGNALS:
    void themeChanged();
    void reducedMotionChanged(bool reduced);
    void fontsChanged();

private:
    Appearance();

    Theme m_theme = Theme::dark();
    bool m_reducedMotion = false;
    QStringList m_families;
    bool m_italics = true;
};
