#pragma once

#include "views/theme.h"
#include "views/translationrouter.h"

#include <QLocale>
#include <QString>

// For the life of one synchronous render, what views read comes from another
// language and look: tr() answers in \a language, QLocale() is its locale,
// and Appearance reports \a theme, \a reducedMotion and the language's fonts.
// Nothing is announced: no signal, no LanguageChange, no style, palette or
// font change, so the windows that are open neither notice nor repaint. All of
// it is put back on destruction.
//
// The application's layout direction stays as it is: a view rendered in the
// scope takes its direction from locale() on its own root widget. Nothing may
// run the event loop inside the scope, because whatever the windows did there
// would read the borrowed state.
class RenderScope
{
public:
    RenderScope(const QString &language, Theme::Id theme, bool reducedMotion = true);
    ~RenderScope();
    RenderScope(const RenderScope &) = delete;
    RenderScope &operator=(const RenderScope &) = delete;

    QString language() const { return m_language; }
    // The language's locale, with its text direction.
    QLocale locale() const { return m_locale; }

private:
    QString m_language;
    QLocale m_locale;
    Translation m_translation;
    TranslationRouter::Route m_savedRoute;
    QLocale m_savedLocale;
    Theme::Id m_savedTheme;
    bool m_savedReducedMotion;
};
