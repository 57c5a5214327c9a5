#pragma once

#include <QReadWriteLock>
#include <QString>
#include <QTranslator>

#include <memory>

// The app's translations for one language: its own strings and, except for
// English, Qt's (standard buttons and dialogs).
struct Translation
{
    std::unique_ptr<QTranslator> app;
    std::unique_ptr<QTranslator> qt;

    // Loads the compiled-in translation of \a code and Qt's; a missing file
    // leaves its translator empty, with a warning for the app's own.
    static Translation load(const QString &code);
};

// The one translator installed in the application for its whole life. tr()
// asks it, and it forwards to the translation of the language in use: Qt's
// strings first, then the app's, as two installed translators would be asked.
// Switching the language is then a matter of routing, which by itself posts
// no event: Language sends the LanguageChange, RenderScope sends none.
class TranslationRouter : public QTranslator
{
    Q_OBJECT

public:
    // The router, installed into the running application on first use.
    static TranslationRouter *instance();

    struct Route
    {
        QString language;
        QTranslator *app = nullptr;
        QTranslator *qt = nullptr;
    };
    // Sends tr() to \a route's translators (not owned); returns the route it replaces.
    Route route(const Route &route);
    Route current() const;

    QString translate(const char *context, const char *sourceText,
                      const char *disambiguation = nullptr, int n = -1) const override;
    bool isEmpty() const override;

private:
    TranslationRouter() = default;

    mutable QReadWriteLock m_lock;
    Route m_route;
};
