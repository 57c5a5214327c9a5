#pragma once

#include <QObject>
#include <QStringList>

class Catalog;
class QTranslator;

// The UI language: installs the translators, sets the layout direction (right
// to left for Arabic), and switches the content models and fonts along with it.
class Language : public QObject
{
    Q_OBJECT

public:
    explicit Language(Catalog *catalog, QObject *parent = nullptr);
    ~Language() override;

    // The languages the app ships: English and every compiled-in translation.
    static QStringList available();
    static bool isAvailable(const QString &code) { return available().contains(code); }
    // The language's own name for itself: "Deutsch", "日本語", "العربية".
    static QString nativeName(const QString &code);
    // The shipped language that best matches the system locale, else English.
    static QString systemDefault();

    // Switches the whole app to \a code; false when it is not shipped.
    bool setLanguage(const QString &code);
    QString current() const { return m_current; }

Q_SIGNALS:
    void changed(const QString &code);

private:
    Catalog *m_catalog;
    QTranslator *m_appTranslator = nullptr;
    QTranslator *m_qtTranslator = nullptr;
    QString m_current;
};
