#include "views/showcasestyle.h"
#include "views/theme.h"

#include <QApplication>
#include <QFontDatabase>
#include <QFontInfo>
#include <QSignalSpy>
#include <QStyle>
#include <QTest>
#include <QTextLayout>

using namespace Qt::StringLiterals;

class TestAppearance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loadsTheEmbeddedFont();
    void switchesTheme();
    void switchesReducedMotion();
    void picksFallbacksByLanguage();
    void drawsHanInTheFormsOfEachLanguage();
    void italicsFollowTheScript_data();
    void italicsFollowTheScript();
    void appliesToTheApplication();
};

void TestAppearance::initTestCase()
{
    QVERIFY(Appearance::loadFonts());
    QVERIFY(Appearance::loadFonts());
}

void TestAppearance::loadsTheEmbeddedFont()
{
    QVERIFY(QFontDatabase::families().contains(u"Inter"_s));
    const QFont body = Appearance::instance()->font(Typography::Role::Body, 1.0);
    QCOMPARE(QFontInfo(body).family(), u"Inter"_s);
    QCOMPARE(body.pixelSize(), 20);
    const QFont headline = Appearance::instance()->font(Typography::Role::Headline, 1.0);
    QCOMPARE(headline.weight(), QFont::Bold);
    QCOMPARE(headline.families().constFirst(), u"Inter Display"_s);
}

void TestAppearance::switchesTheme()
{
    Appearance *appearance = Appearance::instance();
    QSignalSpy changed(appearance, &Appearance::themeChanged);
    appearance->setTheme(Theme::Id::Light);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(appearance->theme().id, Theme::Id::Light);
    appearance->setTheme(Theme::Id::Light);
    QCOMPARE(changed.count(), 1);
    appearance->setTheme(Theme::Id::Dark);
}

void TestAppearance::switchesReducedMotion()
{
    Appearance *appearance = Appearance::instance();
    QSignalSpy changed(appearance, &Appearance::reducedMotionChanged);
    appearance->setReducedMotion(true);
    QCOMPARE(changed.count(), 1);
    QVERIFY(appearance->reducedMotion());
    appearance->setReducedMotion(false);
    QCOMPARE(changed.count(), 2);
}

void TestAppearance::picksFallbacksByLanguage()
{
    Appearance *appearance = Appearance::instance();
    QSignalSpy changed(appearance, &Appearance::fontsChanged);
    appearance->setLanguage(u"zh_CN"_s);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(appearance->fontFamilies().mid(0, 2),
             (QStringList{u"Inter"_s, u"Noto Sans CJK SC"_s}));
    appearance->setLanguage(u"ja"_s);
    QCOMPARE(appearance->fontFamilies().at(1), u"Noto Sans CJK JP"_s);
    QCOMPARE(changed.count(), 2);
    appearance->setLanguage(u"de"_s);
    QCOMPARE(changed.count(), 3); // the families of Japanese, but italics
    QVERIFY(appearance->fontFamilies().contains(u"DejaVu Sans"_s));
    appearance->setLanguage(u"fr"_s);
    QCOMPARE(changed.count(), 3); // nothing changes
}

// The face that draws the first character of text in the appearance's body font.
static QString drawingFamily(const QString &text)
{
    QTextLayout layout(text, Appearance::instance()->font(Typography::Role::Body, 1.0));
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    const QList<QGlyphRun> runs = layout.glyphRuns();
    return runs.isEmpty() ? QString() : runs.constFirst().rawFont().familyName();
}

void TestAppearance::drawsHanInTheFormsOfEachLanguage()
{
    const QStringList families = QFontDatabase::families();
    if (!families.contains(u"Noto Sans CJK SC"_s) || !families.contains(u"Noto Sans CJK JP"_s))
        QSKIP("Noto Sans CJK (fonts-noto-cjk) is not installed");
    // Japanese first, then Chinese, then Japanese again, in one process: each
    // language keeps its own glyph forms whatever was drawn before it.
    const QString han = u"\u4E48\u4E0E\u90E8"_s; // 么与部: their forms differ
    Appearance *appearance = Appearance::instance();
    appearance->setLanguage(u"ja"_s);
    QCOMPARE(drawingFamily(han), u"Noto Sans CJK JP"_s);
    appearance->setLanguage(u"zh_CN"_s);
    QCOMPARE(drawingFamily(han), u"Noto Sans CJK SC"_s);
    appearance->setLanguage(u"ja"_s);
    QCOMPARE(drawingFamily(han), u"Noto Sans CJK JP"_s);
    appearance->setLanguage(u"en"_s);
    QCOMPARE(drawingFamily(u"Spark"_s), u"Inter"_s);
}

void TestAppearance::italicsFollowTheScript_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("italics");
    QTest::newRow("en") << u"en"_s << true;
    QTest::newRow("de") << u"de"_s << true;
    QTest::newRow("fr") << u"fr"_s << true;
    QTest::newRow("es") << u"es"_s << true;
    QTest::newRow("ja") << u"ja"_s << false;
    QTest::newRow("zh_CN") << u"zh_CN"_s << false;
    QTest::newRow("ar") << u"ar"_s << false;
}

void TestAppearance::italicsFollowTheScript()
{
    QFETCH(QString, language);
    QFETCH(bool, italics);
    Appearance *appearance = Appearance::instance();
    appearance->setLanguage(language);
    QCOMPARE(appearance->hasItalics(), italics);
    const QFont body = appearance->font(Typography::Role::Body, 1.0);
    QCOMPARE(appearance->italic(body).italic(), italics);
    QCOMPARE(appearance->italic(body).families(), body.families());
}

void TestAppearance::appliesToTheApplication()
{
    Appearance *appearance = Appearance::instance();
    appearance->setTheme(Theme::Id::HighContrast);
    appearance->apply(qApp);
    QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(Qt::black));
    auto *style = qobject_cast<ShowcaseStyle *>(QApplication::style());
    QVERIFY(style);
    QCOMPARE(style->baseStyle()->name(), u"fusion"_s);
    // A theme switch keeps the style, which reads the theme as it paints.
    appearance->setTheme(Theme::Id::Light);
    appearance->apply(qApp);
    QCOMPARE(QApplication::style(), style);
    QCOMPARE(QApplication::palette().color(QPalette::Window), Theme::light().background);
    QCOMPARE(QApplication::font().families().constFirst(), u"Inter"_s);
    appearance->setTheme(Theme::Id::Dark);
}

QTEST_MAIN(TestAppearance)
#include "tst_appearance.moc"
