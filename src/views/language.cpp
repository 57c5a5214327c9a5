#include "language.h"

#include "core/logging.h"
#include "models/catalog.h"
#include "models/formatting.h"
#include "views/theme.h"
#include "views/translationrouter.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QLocale>
#include <QTranslator>

#include <utility>

using namespace Qt::StringLiterals;

namespace {
const QString TranslationPrefix = u"spark-showcase_"_s;
const QString TranslationDirectory = u":/i18n"_s;

// Every Language alive, oldest first: when the one tr() follows goes, it
// follows the newest of the others, as their installed translators would be.
QList<Language *> &languages()
{
    static QList<Language *> alive;
    return alive;
}
} // namespace

Language::Language(Catalog *catalog, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
{
    // Installed once, at start-up: from then on switching the language only
    // changes where the router forwards tr().
    TranslationRouter::instance();
    languages().append(this);
}

Language::~Language()
{
    languages().removeOne(this);
    TranslationRouter *router = TranslationRouter::instance();
    const TranslationRouter::Route route = router->current();
    if (route.language.isEmpty() || route.app != m_appTranslator || route.qt != m_qtTranslator)
        return;
    TranslationRouter::Route next;
    for (const Language *other : std::as_const(languages())) {
        if (!other->m_current.isEmpty())
            next = {other->m_current, other->m_appTranslator, other->m_qtTranslator};
    }
    router->route(next);
}

QStringList Language::available()
{
    QStringList codes = {u"en"_s};
    const QStringList files =
            QDir(TranslationDirectory)
                    .entryList({TranslationPrefix + u"*.qm"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString code = file.mid(TranslationPrefix.size()).chopped(3);
        if (!code.isEmpty() && !codes.contains(code))
            codes.append(code);
    }
    return codes;
}

QString Language::nativeName(const QString &code)
{
    const QLocale locale = Formatting::locale(code);
    QString name = locale.nativeLanguageName();
    if (name.isEmpty())
        return code;
    if (!code.contains(u'_')) {
        // Qt names some default variants after their region ("American English",
        // "español de España"); a bare code stands for the language itself, whose
        // name is the plainest one its variants share ("English", "español").
        const QList<QLocale> variants =
                QLocale::matchingLocales(locale.language(), locale.script(), QLocale::AnyTerritory);
        for (const QLocale &variant : variants) {
            const QString plain = variant.nativeLanguageName();
            if (!plain.isEmpty() && plain.size() < name.size())
                name = plain;
        }
    }
    // "français" and "español" start in lower case; a menu entry should not.
    name[0] = name.at(0).toUpper();
    return name;
}

QString Language::systemDefault()
{
    const QStringList shipped = available();
    for (const QString &ui : QLocale::system().uiLanguages()) {
        QString code = ui;
        code.replace(u'-', u'_');
        if (shipped.contains(code))
            return code;
        const QString base = code.section(u'_', 0, 0);
        // "zh_Hans_CN" or "zh_CN" both mean the Simplified Chinese we ship.
        if (base == u"zh" && shipped.contains(u"zh_CN"_s) &&
            (code.contains(u"Hans") || code.endsWith(u"CN") || code == u"zh"))
            return u"zh_CN"_s;
        if (base != u"zh" && shipped.contains(base))
            return base;
    }
    return u"en"_s;
}

bool Language::setLanguage(const QString &code)
{
    if (!isAvailable(code)) {
        qCWarning(lcApp) << "Language" << code << "is not shipped";
        return false;
    }
    if (code == m_current)
        return true;
    const QLocale locale = Formatting::locale(code);
    Translation translation = Translation::load(code);
    QTranslator *previousApp = std::exchange(m_appTranslator, translation.app.release());
    QTranslator *previousQt = std::exchange(m_qtTranslator, translation.qt.release());
    if (m_appTranslator)
        m_appTranslator->setParent(this);
    if (m_qtTranslator)
        m_qtTranslator->setParent(this);
    TranslationRouter::instance()->route({code, m_appTranslator, m_qtTranslator});
    delete previousApp;
    delete previousQt;
    QLocale::setDefault(locale);
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        QGuiApplication::setLayoutDirection(locale.textDirection());
    Appearance::instance()->setLanguage(code);
    m_current = code;
    if (m_catalog)
        m_catalog->setLanguage(code);
    qCDebug(lcApp) << "Language:" << code;
    // What installing a translator would send: every widget retranslates.
    if (QCoreApplication *application = QCoreApplication::instance()) {
        QEvent languageChange(QEvent::LanguageChange);
        QCoreApplication::sendEvent(application, &languageChange);
    }
    Q_EMIT changed(code);
    return true;
}
