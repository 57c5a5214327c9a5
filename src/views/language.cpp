#include "language.h"

#include "core/logging.h"
#include "models/catalog.h"
#include "models/formatting.h"
#include "views/theme.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {
const QString TranslationPrefix = u"spark-showcase_"_s;
const QString TranslationDirectory = u":/i18n"_s;
} // namespace

Language::Language(Catalog *catalog, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
{}

Language::~Language()
{
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator);
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator);
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
    if (m_appTranslator) {
        QCoreApplication::removeTranslator(m_appTranslator);
        delete m_appTranslator;
        m_appTranslator = nullptr;
    }
    if (m_qtTranslator) {
        QCoreApplication::removeTranslator(m_qtTranslator);
        delete m_qtTranslator;
        m_qtTranslator = nullptr;
    }
    const QLocale locale = Formatting::locale(code);
    // English has a file too: it holds only the plural forms ("1 file", "2 files").
    m_appTranslator = new QTranslator(this);
    if (m_appTranslator->load(TranslationPrefix + code, TranslationDirectory))
        QCoreApplication::installTranslator(m_appTranslator);
    else
        qCWarning(lcApp) << "Cannot load the translation for" << code;
    if (code != u"en") {
        // Qt's own strings: standard buttons and dialogs.
        m_qtTranslator = new QTranslator(this);
        if (m_qtTranslator->load(locale, u"qtbase"_s, u"_"_s,
                                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(m_qtTranslator);
        }
    }
    QLocale::setDefault(locale);
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        QGuiApplication::setLayoutDirection(locale.textDirection());
    Appearance::instance()->setLanguage(code);
    m_current = code;
    if (m_catalog)
        m_catalog->setLanguage(code);
    qCDebug(lcApp) << "Language:" << code;
    Q_EMIT changed(code);
    return true;
}
