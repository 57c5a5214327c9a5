#include "views/translationrouter.h"

#include <QDir>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A translator that knows one source text of one context.
class OneWordTranslator : public QTranslator
{
public:
    OneWordTranslator(const char *context, const char *source, QString translation)
        : m_context(context)
        , m_source(source)
        , m_translation(std::move(translation))
    {}

    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (m_context == context && m_source == sourceText)
            return m_translation;
        return {};
    }
    bool isEmpty() const override { return m_translation.isEmpty(); }

private:
    QByteArray m_context;
    QByteArray m_source;
    QString m_translation;
};

// Counts the LanguageChange events the application gets.
class LanguageChangeCounter : public QObject
{
public:
    int count = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            ++count;
        return false;
    }
};

} // namespace

class TestTranslationRouter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void isInstalledOnce();
    void routeReplacesTheRouteBefore();
    void asksQtsTranslatorFirst();
    void isEmptyWhenItsTranslatorsAre();
    void routingAnnouncesNothing();
    void loadsTheAppsTranslations();
    void loadsNothingForAnUnknownLanguage();
};

void TestTranslationRouter::cleanup()
{
    TranslationRouter::instance()->route({});
}

void TestTranslationRouter::isInstalledOnce()
{
    TranslationRouter *router = TranslationRouter::instance();
    QVERIFY(router);
    QCOMPARE(TranslationRouter::instance(), router);
    OneWordTranslator app("Context", "Hello", u"Hallo"_s);
    router->route({u"xx"_s, &app, nullptr});
    // The application asks it: tr() answers from the route.
    QCOMPARE(QCoreApplication::translate("Context", "Hello"), u"Hallo"_s);
    QCOMPARE(QCoreApplication::translate("Context", "Goodbye"), u"Goodbye"_s);
    QCOMPARE(QCoreApplication::translate("Other", "Hello"), u"Hello"_s);
}

void TestTranslationRouter::routeReplacesTheRouteBefore()
{
    TranslationRouter *router = TranslationRouter::instance();
    OneWordTranslator first("Context", "Hello", u"Hallo"_s);
    OneWordTranslator second("Context", "Hello", u"Bonjour"_s);
    OneWordTranslator qt("Context", "OK", u"D'accord"_s);
    QCOMPARE(router->route({u"de"_s, &first, nullptr}).language, QString());
    const TranslationRouter::Route before = router->route({u"fr"_s, &second, &qt});
    QCOMPARE(before.language, u"de"_s);
    QCOMPARE(before.app, &first);
    QCOMPARE(before.qt, nullptr);
    const TranslationRouter::Route now = router->current();
    QCOMPARE(now.language, u"fr"_s);
    QCOMPARE(now.app, &second);
    QCOMPARE(now.qt, &qt);
    QCOMPARE(QCoreApplication::translate("Context", "Hello"), u"Bonjour"_s);
    // Put back, the route before answers again.
    router->route(before);
    QCOMPARE(QCoreApplication::translate("Context", "Hello"), u"Hallo"_s);
}

void TestTranslationRouter::asksQtsTranslatorFirst()
{
    TranslationRouter *router = TranslationRouter::instance();
    OneWordTranslator app("Context", "Cancel", u"from the app"_s);
    OneWordTranslator qt("Context", "Cancel", u"from Qt"_s);
    router->route({u"xx"_s, &app, &qt});
    QCOMPARE(router->translate("Context", "Cancel"), u"from Qt"_s);
    // What Qt's does not know, the app's answers.
    OneWordTranslator qtElse("Context", "Close", u"from Qt"_s);
    router->route({u"xx"_s, &app, &qtElse});
    QCOMPARE(router->translate("Context", "Cancel"), u"from the app"_s);
    // What neither knows is no translation at all.
    QVERIFY(router->translate("Context", "Open").isNull());
    router->route({u"xx"_s, nullptr, &qtElse});
    QVERIFY(router->translate("Context", "Cancel").isNull());
    router->route({});
    QVERIFY(router->translate("Context", "Cancel").isNull());
}

void TestTranslationRouter::isEmptyWhenItsTranslatorsAre()
{
    TranslationRouter *router = TranslationRouter::instance();
    QVERIFY(router->isEmpty());
    OneWordTranslator empty("Context", "Hello", QString());
    OneWordTranslator full("Context", "Hello", u"Hallo"_s);
    router->route({u"xx"_s, &empty, &empty});
    QVERIFY(router->isEmpty());
    router->route({u"xx"_s, &full, nullptr});
    QVERIFY(!router->isEmpty());
    router->route({u"xx"_s, &empty, &full});
    QVERIFY(!router->isEmpty());
}

void TestTranslationRouter::routingAnnouncesNothing()
{
    TranslationRouter *router = TranslationRouter::instance();
    LanguageChangeCounter counter;
    qApp->installEventFilter(&counter);
    OneWordTranslator app("Context", "Hello", u"Hallo"_s);
    router->route({u"xx"_s, &app, nullptr});
    router->route({});
    QCoreApplication::sendPostedEvents();
    qApp->removeEventFilter(&counter);
    QCOMPARE(counter.count, 0);
    // The counter does see one when a translator is installed.
    qApp->installEventFilter(&counter);
    OneWordTranslator installed("Context", "Hello", u"Hallo"_s);
    QCoreApplication::installTranslator(&installed);
    QCoreApplication::removeTranslator(&installed);
    QCoreApplication::sendPostedEvents();
    qApp->removeEventFilter(&counter);
    QVERIFY(counter.count > 0);
}

void TestTranslationRouter::loadsTheAppsTranslations()
{
    // Every language the build compiled in.
    const QStringList files = QDir(u":/i18n"_s).entryList({u"spark-showcase_*.qm"_s});
    QVERIFY(!files.isEmpty());
    static const QRegularExpression name(u"^spark-showcase_(.+)\\.qm$"_s);
    for (const QString &file : files) {
        const QString code = name.match(file).captured(1);
        QVERIFY2(!code.isEmpty(), qPrintable(file));
        const Translation translation = Translation::load(code);
        QVERIFY2(translation.app != nullptr, qPrintable(code));
        // English is the source language: Qt's own strings are already English.
        if (code == u"en")
            QVERIFY(translation.qt == nullptr);
    }
}

void TestTranslationRouter::loadsNothingForAnUnknownLanguage()
{
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Cannot load the translation"_s));
    const Translation translation = Translation::load(u"xx-unknown"_s);
    QVERIFY(translation.app == nullptr);
}

QTEST_MAIN(TestTranslationRouter)
#include "tst_translationrouter.moc"
