#include "colorcontrast.h"
#include "views/theme.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Theme::Id)

class TestTheme : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEveryPairOfColours_data();
    void readsEveryPairOfColours();
    void namesThemes();
    void wrapsCategoryColours();
    void buildsAPalette();
};

void TestTheme::readsEveryPairOfColours_data()
{
    QTest::addColumn<Theme::Id>("id");
    QTest::addColumn<double>("minimum");
    // WCAG AA for body text; AAA (7:1) for the high-contrast theme.
    QTest::newRow("dark") << Theme::Id::Dark << 4.5;
    QTest::newRow("light") << Theme::Id::Light << 4.5;
    QTest::newRow("high contrast") << Theme::Id::HighContrast << 7.0;
}

void TestTheme::readsEveryPairOfColours()
{
    QFETCH(Theme::Id, id);
    QFETCH(double, minimum);
    const Theme theme = Theme::fromId(id);
    QCOMPARE(theme.id, id);
    const QList<std::pair<const char *, std::pair<QColor, QColor>>> pairs = {
            {"text on background", {theme.text, theme.background}},
            {"text on surface", {theme.text, theme.surface}},
            {"text on raised surface", {theme.text, theme.surfaceRaised}},
            {"muted text on background", {theme.textMuted, theme.background}},
            {"muted text on surface", {theme.textMuted, theme.surface}},
            {"accent ink on background", {theme.accentInk, theme.background}},
            {"accent ink on surface", {theme.accentInk, theme.surface}},
            {"text on accent", {theme.accentText, theme.accent}},
    };
    for (const auto &[what, colours] : pairs) {
        const double ratio = ColorContrast::ratio(colours.first, colours.second);
        QVERIFY2(ratio >= minimum, qPrintable(u"%1: %2"_s.arg(QLatin1String(what)).arg(ratio)));
    }
    // Focus rings and tone colours must stand out from the background too (3:1,
    // the WCAG minimum for non-text contrast).
    for (const QColor &colour : {theme.focus, theme.positive, theme.measured, theme.critical})
        QVERIFY(ColorContrast::ratio(colour, theme.background) >= 3.0);
    for (const QColor &colour : theme.categories)
        QVERIFY(ColorContrast::ratio(colour, theme.surface) >= 3.0);
}

void TestTheme::namesThemes()
{
    QCOMPARE(Theme::idNames(), (QStringList{u"dark"_s, u"light"_s, u"high-contrast"_s}));
    Theme::Id id = Theme::Id::Dark;
    QVERIFY(Theme::idFromName(u"high-contrast"_s, &id));
    QCOMPARE(id, Theme::Id::HighContrast);
    QVERIFY(!Theme::idFromName(u"sepia"_s, &id));
    QCOMPARE(id, Theme::Id::HighContrast);
    QCOMPARE(Theme::dark().accent, QColor(0x76, 0xb9, 0x00));
    QVERIFY(Theme::dark().isDark());
    QVERIFY(!Theme::light().isDark());
}

void TestTheme::wrapsCategoryColours()
{
    const Theme theme = Theme::dark();
    QVERIFY(theme.categories.size() >= 7);
    QCOMPARE(theme.category(0), theme.categories.at(0));
    QCOMPARE(theme.category(int(theme.categories.size())), theme.categories.at(0));
    QCOMPARE(theme.category(-1), theme.textMuted);
}

void TestTheme::buildsAPalette()
{
    const Theme theme = Theme::light();
    const QPalette palette = theme.palette();
    QCOMPARE(palette.color(QPalette::Window), theme.background);
    QCOMPARE(palette.color(QPalette::Text), theme.text);
    QCOMPARE(palette.color(QPalette::Highlight), theme.accent);
    QCOMPARE(palette.color(QPalette::HighlightedText), theme.accentText);
    // Disabled controls recede: their text between the muted text and the
    // background, their fields flat on the background, in every theme.
    for (const Theme &each : {Theme::dark(), Theme::light(), Theme::highContrast()}) {
        const QPalette colours = each.palette();
        const auto distance = [](const QColor &a, const QColor &b) {
            return std::abs(a.lightnessF() - b.lightnessF());
        };
        const QColor disabled = colours.color(QPalette::Disabled, QPalette::Text);
        QCOMPARE(colours.color(QPalette::Disabled, QPalette::WindowText), disabled);
        QCOMPARE(colours.color(QPalette::Disabled, QPalette::ButtonText), disabled);
        QVERIFY(distance(disabled, each.background) < distance(each.textMuted, each.background));
        QVERIFY(distance(disabled, each.background) > 0.15);
        QCOMPARE(colours.color(QPalette::Disabled, QPalette::Base), each.background);
    }
}

QTEST_GUILESS_MAIN(TestTheme)
#include "tst_theme.moc"
