#include "theme.h"

#include "core/enumnames.h"
#include "core/logging.h"
#include "showcasestyle.h"
#include "views/common/painting.h"

#include <QApplication>
#include <QDirIterator>
#include <QFontDatabase>
#include <QLocale>
#include <QResource>
#include <QtGui/private/qfont_p.h>
#include <QtGui/private/qfontdatabase_p.h>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using Painting::mix;

namespace {

// What the diagram of every theme takes straight from the theme's own colours;
// each theme then sets the materials.
DiagramPalette diagramBase(const Theme &t)
{
    DiagramPalette d;
    d.background = t.background;
    d.halo = t.background;
    d.label = t.textMuted;
    d.labelHover = t.text;
    d.accent = t.accent;
    d.accentInk = t.accentInk;
    return d;
}

} // namespace

QColor Theme::category(int index) const
{
    if (categories.isEmpty() || index < 0)
        return textMuted;
    return categories.at(index % categories.size());
}

QPalette Theme::palette() const
{
    QPalette p;
    p.setColor(QPalette::Window, background);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, surface);
    p.setColor(QPalette::AlternateBase, surfaceRaised);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::PlaceholderText, textMuted);
    p.setColor(QPalette::Button, surfaceRaised);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, accentInk);
    p.setColor(QPalette::Highlight, accent);
    p.setColor(QPalette::HighlightedText, accentText);
    p.setColor(QPalette::ToolTipBase, surfaceRaised);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Link, accentInk);
    p.setColor(QPalette::LinkVisited, accentInk);
    p.setColor(QPalette::Light, surfaceRaised.lighter(130));
    p.setColor(QPalette::Midlight, surfaceRaised);
    p.setColor(QPalette::Mid, border);
    p.setColor(QPalette::Dark, border.darker(130));
    p.setColor(QPalette::Shadow, Qt::black);
    // Disabled controls recede: their text halfway to the background, their
    // fields flat on it, so that an enabled field never looks disabled.
    const auto blend = [](const QColor &a, const QColor &b, float t) {
        return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * t,
                                a.greenF() + (b.greenF() - a.greenF()) * t,
                                a.blueF() + (b.blueF() - a.blueF()) * t);
    };
    const QColor disabledText = blend(textMuted, background, 0.4f);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        p.setColor(QPalette::Disabled, role, disabledText);
    }
    p.setColor(QPalette::Disabled, QPalette::Base, background);
    p.setColor(QPalette::Disabled, QPalette::Button, blend(surfaceRaised, background, 0.5f));
    p.setColor(QPalette::Disabled, QPalette::Highlight, border);
    return p;
}

Theme Theme::dark()
{
    Theme t;
    t.id = Id::Dark;
    t.background = QColor(0x0c, 0x0e, 0x0b);
    t.surface = QColor(0x16, 0x19, 0x14);
    t.surfaceRaised = QColor(0x21, 0x25, 0x1e);
    t.border = QColor(0x33, 0x39, 0x2e);
    t.text = QColor(0xf1, 0xf4, 0xee);
    t.textMuted = QColor(0xa9, 0xb1, 0xa2);
    t.accent = QColor(0x76, 0xb9, 0x00);
    t.accentText = QColor(0x0c, 0x0e, 0x0b);
    t.accentInk = QColor(0x8c, 0xd4, 0x1a);
    t.focus = QColor(0xc6, 0xf2, 0x5a);
    t.positive = QColor(0x76, 0xb9, 0x00);
    t.measured = QColor(0x6f, 0xb4, 0xff);
    t.critical = QColor(0xff, 0x8a, 0x5c);
    t.categories = {QColor(0x76, 0xb9, 0x00), QColor(0x3f, 0xb8, 0xdc), QColor(0xb4, 0x8c, 0xf2),
                    QColor(0xf2, 0xa9, 0x3b), QColor(0xef, 0x76, 0x96), QColor(0x4f, 0xcf, 0xa8),
                    QColor(0xe6, 0xd4, 0x5a), QColor(0x95, 0xa8, 0xbe)};
    // A lit board in a dark box.
    DiagramPalette &d = t.diagram = diagramBase(t);
    d.glow = mix(t.background, t.accent, 0.10);
    d.body = mix(t.surface, t.surfaceRaised, 0.6);
    d.bodyEdge = mix(t.border, t.text, 0.18);
    d.bodyLight = mix(t.border, t.text, 0.45);
    d.face = mix(t.background, t.surface, 0.55);
    d.floor = mix(t.background, t.accent, 0.035);
    d.floorGrid = mix(d.floor, t.accent, 0.07);
    d.trace = mix(d.floor, t.accent, 0.2);
    d.substrate = mix(t.surface, t.accent, 0.13);
    d.substrateEdge = mix(d.substrate, t.accent, 0.35);
    d.die = mix(t.background, QColor(0, 0, 0), 0.45);
    d.dieEdge = mix(t.border, t.accent, 0.25);
    d.dieGrid = mix(d.die, t.accent, 0.2);
    d.metal = mix(t.textMuted, t.surface, 0.45);
    d.opening = mix(t.background, QColor(0, 0, 0), 0.7);
    d.card = mix(t.surface, t.accent, 0.07);
    d.gold = mix(t.category(6), t.surface, 0.35);
    d.outline = mix(t.border, t.text, 0.15);
    d.leader = mix(t.textMuted, t.background, 0.35);
    d.shadow = QColor(0, 0, 0, 150);
    return t;
}

Theme Theme::light()
{
    Theme t;
    t.id = Id::Light;
    t.background = QColor(0xf4, 0xf6, 0xf1);
    t.surface = QColor(0xff, 0xff, 0xff);
    t.surfaceRaised = QColor(0xe9, 0xed, 0xe4);
    t.border = QColor(0xd3, 0xd9, 0xcc);
    t.text = QColor(0x14, 0x17, 0x12);
    t.textMuted = QColor(0x55, 0x5e, 0x4f);
    t.accent = QColor(0x76, 0xb9, 0x00);
    t.accentText = QColor(0x0c, 0x0e, 0x0b);
    t.accentInk = QColor(0x3d, 0x6b, 0x00);
    t.focus = QColor(0x2f, 0x5c, 0x00);
    t.positive = QColor(0x3d, 0x6b, 0x00);
    t.measured = QColor(0x1d, 0x5f, 0xb8);
    t.critical = QColor(0xb8, 0x40, 0x12);
    t.categories = {QColor(0x4f, 0x8a, 0x00), QColor(0x0d, 0x7f, 0xa5), QColor(0x7a, 0x4f, 0xc4),
                    QColor(0xb0, 0x6a, 0x00), QColor(0xc0, 0x3a, 0x63), QColor(0x13, 0x8a, 0x6a),
                    QColor(0x8a, 0x7a, 0x00), QColor(0x4f, 0x63, 0x7a)};
    // A bright board, dark silicon.
    DiagramPalette &d = t.diagram = diagramBase(t);
    d.glow = mix(t.background, t.accent, 0.10);
    d.body = t.surface;
    d.bodyEdge = mix(t.border, t.text, 0.3);
    d.bodyLight = QColor(255, 255, 255);
    d.face = mix(t.surfaceRaised, t.border, 0.5);
    d.floor = mix(t.surfaceRaised, t.accent, 0.05);
    d.floorGrid = mix(d.floor, t.text, 0.05);
    d.trace = mix(d.floor, t.accent, 0.32);
    d.substrate = mix(t.surface, t.accent, 0.28);
    d.substrateEdge = mix(d.substrate, t.text, 0.25);
    d.die = mix(t.text, t.surface, 0.12);
    d.dieEdge = mix(t.text, t.surface, 0.35);
    d.dieGrid = mix(d.die, t.accent, 0.32);
    d.metal = mix(t.textMuted, t.surface, 0.4);
    d.opening = mix(t.text, t.surface, 0.1);
    d.card = mix(t.surface, t.accent, 0.2);
    d.gold = mix(t.category(3), t.surface, 0.25);
    d.outline = mix(t.border, t.text, 0.3);
    d.leader = mix(t.textMuted, t.background, 0.3);
    d.shadow = QColor(30, 40, 20, 70);
    return t;
}

Theme Theme::highContrast()
{
    Theme t;
    t.id = Id::HighContrast;
    t.background = QColor(0x00, 0x00, 0x00);
    t.surface = QColor(0x00, 0x00, 0x00);
    t.surfaceRaised = QColor(0x1a, 0x1a, 0x1a);
    t.border = QColor(0xff, 0xff, 0xff);
    t.text = QColor(0xff, 0xff, 0xff);
    t.textMuted = QColor(0xe6, 0xe6, 0xe6);
    t.accent = QColor(0xa6, 0xff, 0x00);
    t.accentText = QColor(0x00, 0x00, 0x00);
    t.accentInk = QColor(0xb8, 0xff, 0x3d);
    t.focus = QColor(0xff, 0xff, 0x00);
    t.positive = QColor(0xa6, 0xff, 0x00);
    t.measured = QColor(0x7d, 0xd3, 0xff);
    t.critical = QColor(0xff, 0x9e, 0x6b);
    t.categories = {QColor(0xa6, 0xff, 0x00), QColor(0x5c, 0xe1, 0xff), QColor(0xd9, 0xb3, 0xff),
                    QColor(0xff, 0xc8, 0x4d), QColor(0xff, 0x99, 0xc2), QColor(0x6d, 0xff, 0xcf),
                    QColor(0xff, 0xf0, 0x66), QColor(0xcf, 0xdc, 0xec)};
    // Black shapes with strong outlines, no glow, grid or shadow.
    const QColor black(0, 0, 0);
    DiagramPalette &d = t.diagram = diagramBase(t);
    d.glow = t.background;
    d.body = black;
    d.bodyEdge = t.border;
    d.bodyLight = t.border;
    d.face = black;
    d.floor = black;
    d.floorGrid = black;
    d.trace = mix(black, t.accent, 0.55);
    d.substrate = black;
    d.substrateEdge = t.border;
    d.die = black;
    d.dieEdge = t.border;
    d.dieGrid = mix(black, t.accent, 0.45);
    d.metal = mix(t.text, black, 0.2);
    d.opening = black;
    d.card = black;
    d.gold = t.category(6);
    d.outline = t.border;
    d.leader = t.textMuted;
    d.shadow = QColor(0, 0, 0, 0);
    d.strongOutlines = true;
    return t;
}

Theme Theme::fromId(Id id)
{
    switch (id) {
    case Id::Dark:
        return dark();
    case Id::Light:
        return light();
    case Id::HighContrast:
        return highContrast();
    }
    return dark();
}

namespace {

// The names of the themes on the command line and in the kiosk settings.
constexpr EnumNames<Theme::Id, 3> ThemeNames{{{
        {Theme::Id::Dark, u"dark"},
        {Theme::Id::Light, u"light"},
        {Theme::Id::HighContrast, u"high-contrast"},
}}};
static_assert(ThemeNames.isComplete(Theme::Id::HighContrast));

} // namespace

QString Theme::idName(Id id)
{
    return ThemeNames.name(id);
}

bool Theme::idFromName(const QString &name, Id *id)
{
    return ThemeNames.value(name, id);
}

QStringList Theme::idNames()
{
    return ThemeNames.names();
}

double Typography::scaleFor(QSize size)
{
    const int shortSide = std::min(size.width(), size.height());
    if (shortSide <= 0)
        return 1.0;
    return std::clamp(shortSide / 1080.0, 0.6, 4.0);
}

int Typography::pixelSize(Role role, double scale)
{
    // Base sizes at 1080 pixels on the short side, and the floor below which
    // text stops being comfortable to read.
    struct Step
    {
        double base;
        int minimum;
    };
    Step step{20, 13};
    switch (role) {
    case Role::Display:
        step = {64, 30};
        break;
    case Role::Headline:
        step = {40, 22};
        break;
    case Role::Title:
        step = {28, 17};
        break;
    case Role::Body:
        step = {20, 13};
        break;
    case Role::Label:
        step = {17, 12};
        break;
    case Role::Caption:
        step = {15, 11};
        break;
    }
    return std::max(step.minimum, static_cast<int>(std::lround(step.base * scale)));
}

Appearance *Appearance::instance()
{
    static Appearance *appearance = new Appearance;
    return appearance;
}

Appearance::Appearance()
{
    setLanguage(u"en"_s);
}

void Appearance::setTheme(Theme::Id id)
{
    if (id == m_theme.id)
        return;
    m_theme = Theme::fromId(id);
    Q_EMIT themeChanged();
}

void Appearance::setReducedMotion(bool reduced)
{
    if (reduced == m_reducedMotion)
        return;
    m_reducedMotion = reduced;
    Q_EMIT reducedMotionChanged(reduced);
}

void Appearance::setLanguage(const QString &language)
{
    // Inter first for Latin, Greek and Cyrillic; then the CJK face whose glyph
    // forms match the language; DejaVu Sans covers Arabic.
    QStringList families = {u"Inter"_s};
    if (language.startsWith(u"zh"))
        families << u"Noto Sans CJK SC"_s << u"Noto Sans CJK JP"_s;
    else
        families << u"Noto Sans CJK JP"_s << u"Noto Sans CJK SC"_s;
    families << u"DejaVu Sans"_s;
    const QLocale::Script script = QLocale(language).script();
    const bool italics = script == QLocale::LatinScript || script == QLocale::GreekScript ||
                         script == QLocale::CyrillicScript;
    if (families == m_families && italics == m_italics)
        return;
    m_families = families;
    m_italics = italics;
    Q_EMIT fontsChanged();
}

QFont Appearance::font(Typography::Role role, double scale) const
{
    QFont font;
    QStringList families = m_families;
    const int pixels = Typography::pixelSize(role, scale);
    // Inter Display is drawn for large sizes: tighter spacing, finer details.
    if (pixels >= 32)
        families.prepend(u"Inter Display"_s);
    font.setFamilies(families);
    font.setPixelSize(pixels);
    switch (role) {
    case Typography::Role::Display:
    case Typography::Role::Headline:
        font.setWeight(QFont::Bold);
        break;
    case Typography::Role::Title:
        font.setWeight(QFont::DemiBold);
        break;
    case Typography::Role::Label:
        font.setWeight(QFont::Medium);
        break;
    case Typography::Role::Body:
    case Typography::Role::Caption:
        font.setWeight(QFont::Normal);
        break;
    }
    font.setHintingPreference(QFont::PreferVerticalHinting);
    // Qt caches a merged font under its first family alone (Inter), together
    // with the fallback list of the language that asked first, so Chinese drawn
    // after Japanese in one process would take Japanese glyph forms. An explicit
    // stretch, which changes nothing on screen, keeps the Chinese fonts apart.
    if (m_families.value(1).endsWith(u" SC"))
        font.setStretch(QFont::Unstretched);
    return font;
}

void Appearance::renewFontEngines()
{
    // What QFontDatabase does when the application's fonts change.
    QFontCache::instance()->clear();
}

bool Appearance::loadFonts()
{
    static bool loaded = false;
    if (loaded)
        return true;
    bool ok = true;
    QDirIterator it(u":/fonts"_s, {u"*.otf"_s, u"*.ttf"_s}, QDir::Files);
    int count = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        // The fonts are stored uncompressed in the binary, and Qt reads them
        // where they are: QFontDatabase::addApplicationFont would copy all six
        // into the heap (1.6 MB) to keep them. They keep their resource path
        // as their name, as addApplicationFont gives them: a font from data
        // would be named by its number instead, which reorders the fonts in
        // exported PDF files (Qt's PDF writer lists them by a hash of it).
        const QResource resource(path);
        const QByteArray data =
                resource.compressionAlgorithm() == QResource::NoCompression
                        ? QByteArray::fromRawData(reinterpret_cast<const char *>(resource.data()),
                                                  qsizetype(resource.size()))
                        : resource.uncompressedData();
        if (data.isEmpty() || QFontDatabasePrivate::instance()->addAppFont(data, path) < 0) {
            qCWarning(lcViews) << "Cannot load the embedded font" << path;
            ok = false;
        }
        ++count;
    }
    if (count == 0) {
        qCWarning(lcViews) << "No embedded fonts found; the system font is used";
        ok = false;
    }
    loaded = ok;
    return ok;
}

void Appearance::apply(QApplication *application) const
{
    // One style for the app's life: it reads the theme while painting.
    if (!qobject_cast<ShowcaseStyle *>(QApplication::style()))
        application->setStyle(new ShowcaseStyle);
    application->setPalette(m_theme.palette());
    QFont base = font(Typography::Role::Body, 0.75);
    application->setFont(base);
}
