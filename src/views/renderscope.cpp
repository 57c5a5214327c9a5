#include "renderscope.h"

#include "models/formatting.h"

#include <QSignalBlocker>

using namespace Qt::StringLiterals;

RenderScope::RenderScope(const QString &language, Theme::Id theme, bool reducedMotion)
    : m_language(language)
    , m_locale(Formatting::locale(language))
    , m_translation(Translation::load(language))
    , m_savedLocale(QLocale())
    , m_savedTheme(Appearance::instance()->theme().id)
    , m_savedReducedMotion(Appearance::instance()->reducedMotion())
{
    m_savedRoute = TranslationRouter::instance()->route(
            {language, m_translation.app.get(), m_translation.qt.get()});
    QLocale::setDefault(m_locale);
    Appearance *appearance = Appearance::instance();
    const QSignalBlocker silent(appearance);
    appearance->setTheme(theme);
    appearance->setReducedMotion(reducedMotion);
    appearance->setLanguage(language);
}

RenderScope::~RenderScope()
{
    Appearance *appearance = Appearance::instance();
    {
        const QSignalBlocker silent(appearance);
        appearance->setTheme(m_savedTheme);
        appearance->setReducedMotion(m_savedReducedMotion);
        // Appearance takes its fonts from the language the app speaks, which
        // the router knows; before any, Appearance starts in English.
        appearance->setLanguage(m_savedRoute.language.isEmpty() ? u"en"_s : m_savedRoute.language);
    }
    QLocale::setDefault(m_savedLocale);
    TranslationRouter::instance()->route(m_savedRoute);
}
