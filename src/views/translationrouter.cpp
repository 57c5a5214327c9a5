#include "translationrouter.h"

#include "core/logging.h"
#include "models/formatting.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>

using namespace Qt::StringLiterals;

Translation Translation::load(const QString &code)
{
    Translation translation;
    // English has a file too: it holds only the plural forms ("1 file", "2 files").
    translation.app = std::make_unique<QTranslator>();
    if (!translation.app->load(u"spark-showcase_"_s + code, u":/i18n"_s)) {
        qCWarning(lcApp) << "Cannot load the translation for" << code;
        translation.app.reset();
    }
    if (code != u"en") {
        translation.qt = std::make_unique<QTranslator>();
        if (!translation.qt->load(Formatting::locale(code), u"qtbase"_s, u"_"_s,
                                  QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            translation.qt.reset();
        }
    }
    return translation;
}

TranslationRouter *TranslationRouter::instance()
{
    static TranslationRouter *router = new TranslationRouter;
    static QPointer<QCoreApplication> installedIn;
    QCoreApplication *application = QCoreApplication::instance();
    if (application && installedIn != application) {
        QCoreApplication::installTranslator(router);
        installedIn = application;
    }
    return router;
}

TranslationRouter::Route TranslationRouter::route(const Route &route)
{
    QWriteLocker locker(&m_lock);
    return std::exchange(m_route, route);
}

TranslationRouter::Route TranslationRouter::current() const
{
    QReadLocker locker(&m_lock);
    return m_route;
}

QString TranslationRouter::translate(const char *context, const char *sourceText,
                                     const char *disambiguation, int n) const
{
    QReadLocker locker(&m_lock);
    // Qt's translator was installed after the app's, and so was asked first.
    if (m_route.qt) {
        QString text = m_route.qt->translate(context, sourceText, disambiguation, n);
        if (!text.isNull())
            return text;
    }
    if (m_route.app)
        return m_route.app->translate(context, sourceText, disambiguation, n);
    return {};
}

bool TranslationRouter::isEmpty() const
{
    QReadLocker locker(&m_lock);
    return (!m_route.app || m_route.app->isEmpty()) && (!m_route.qt || m_route.qt->isEmpty());
}
