#include "views/renderscope.h"

#include "views/language.h"
#include "views/theme.h"
#include "views/translationrouter.h"

#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString timelineTitle()
{
    return QCoreApplication::translate("ViewRegistry", "Timeline");
}

// Counts the change events a widget receives.
class EventCounter : public QLabel
{
public:
    int count(QEvent::Type type) const { return m_counts.value(type); }

protected:
    bool event(QEvent *event) override
    {
        ++m_counts[event->type()];
        return QLabel::event(event);
    }

private:
    QHash<QEvent::Type, int> m_counts;
};

} // namespace

class TestRenderScope : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void borrowsLanguageAndLookSilently();
    void putsEverythingBack();
    void nests();
    void languageSwitchStillAnnouncesItself();

private:
    std::unique_ptr<Language> m_language;
};

void TestRenderScope::init()
{
    m_language = std::make_unique<Language>(nullptr);
    QVERIFY(m_language->setLanguage(u"en"_s));
    Appearance::instance()->setTheme(Theme::Id::Dark);
    Appearance::instance()->setReducedMotion(false);
}

void TestRenderScope::cleanup()
{
    m_language.reset();
    Appearance::instance()->setTheme(Theme::Id::Dark);
    Appearance::instance()->setReducedMotion(false);
}

void TestRenderScope::borrowsLanguageAndLookSilently()
{
    EventCounter widget;
    widget.show();
    QCoreApplication::processEvents();
    QSignalSpy theme(Appearance::instance(), &Appearance::themeChanged);
    QSignalSpy fonts(Appearance::instance(), &Appearance::fontsChanged);
    QSignalSpy motion(Appearance::instance(), &Appearance::reducedMotionChanged);
    QSignalSpy language(m_language.get(), &Language::changed);
    {
        const RenderScope scope(u"ar"_s, Theme::Id::Light);
        QCOMPARE(scope.language(), u"ar"_s);
        QCOMPARE(scope.locale().textDirection(), Qt::RightToLeft);
        QVERIFY(timelineTitle() != u"Timeline"_s);
        QCOMPARE(QLocale().language(), QLocale::Arabic);
        QCOMPARE(Appearance::instance()->theme().id, Theme::Id::Light);
        QVERIFY(Appearance::instance()->reducedMotion());
        QVERIFY(!Appearance::instance()->hasItalics());
        // The application keeps its direction; a render sets its own.
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
        QCOMPARE(m_language->current(), u"en"_s);
    }
    QCoreApplication::processEvents();
    QCOMPARE(theme.count(), 0);
    QCOMPARE(fonts.count(), 0);
    QCOMPARE(motion.count(), 0);
    QCOMPARE(language.count(), 0);
    for (QEvent::Type type :
         {QEvent::LanguageChange, QEvent::LocaleChange, QEvent::StyleChange, QEvent::PaletteChange,
          QEvent::FontChange, QEvent::LayoutDirectionChange}) {
        QVERIFY2(widget.count(type) == 0, qPrintable(QString::number(type)));
    }
}

void TestRenderScope::putsEverythingBack()
{
    QVERIFY(m_language->setLanguage(u"de"_s));
    const QString german = timelineTitle();
    QCOMPARE(german, u"Zeitleiste"_s);
    const QStringList families = Appearance::instance()->fontFamilies();
    {
        const RenderScope scope(u"zh_CN"_s, Theme::Id::HighContrast, false);
        QVERIFY(timelineTitle() != german);
        QCOMPARE(Appearance::instance()->fontFamilies().at(1), u"Noto Sans CJK SC"_s);
        QVERIFY(!Appearance::instance()->reducedMotion());
    }
    QCOMPARE(timelineTitle(), german);
    QCOMPARE(QLocale().name(), u"de_DE"_s);
    QCOMPARE(Appearance::instance()->theme().id, Theme::Id::Dark);
    QVERIFY(!Appearance::instance()->reducedMotion());
    QCOMPARE(Appearance::instance()->fontFamilies(), families);
    QVERIFY(Appearance::instance()->hasItalics());
    QCOMPARE(TranslationRouter::instance()->current().language, u"de"_s);
}

void TestRenderScope::nests()
{
    {
        const RenderScope outer(u"de"_s, Theme::Id::Light);
        {
            const RenderScope inner(u"fr"_s, Theme::Id::HighContrast);
            QCOMPARE(QLocale().language(), QLocale::French);
            QCOMPARE(Appearance::instance()->theme().id, Theme::Id::HighContrast);
        }
        QCOMPARE(timelineTitle(), u"Zeitleiste"_s);
        QCOMPARE(QLocale().language(), QLocale::German);
        QCOMPARE(Appearance::instance()->theme().id, Theme::Id::Light);
    }
    QCOMPARE(timelineTitle(), u"Timeline"_s);
    QCOMPARE(QLocale().name(), u"en_US"_s);
    QCOMPARE(Appearance::instance()->theme().id, Theme::Id::Dark);
}

void TestRenderScope::languageSwitchStillAnnouncesItself()
{
    EventCounter widget;
    widget.show();
    QCoreApplication::processEvents();
    QVERIFY(m_language->setLanguage(u"es"_s));
    QCoreApplication::processEvents();
    QCOMPARE(widget.count(QEvent::LanguageChange), 1);
    QVERIFY(timelineTitle() != u"Timeline"_s);
    QCOMPARE(QLocale().language(), QLocale::Spanish);
}

QTEST_MAIN(TestRenderScope)
#include "tst_renderscope.moc"
