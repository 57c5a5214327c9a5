#include "content/contentloader.h"
#include "export/viewrenderer.h"
#include "models/catalog.h"
#include "views/language.h"
#include "views/showcaseview.h"
#include "views/theme.h"
#include "views/viewregistry.h"

#include "geometryaudit.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAccessible>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

// What can be checked of a layout without a person looking at it, for every
// view at every promised size, in every language and theme, laid out exactly
// as the exporter lays it out: no control outside the view or cut by its
// parent, no label or button narrower or shorter than its text, and no drawn
// item (diagram part, event, tile, card) reaching outside the view.
//
// The same checks hold after a view is resized from one size to the next.
//
// The device pixel ratio does not enter: layouts are in logical pixels, and
// tst_viewrenderer checks that a ratio of 2 doubles the pixels.
class tst_ViewGeometry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void fits_data();
    void fits();
    void fitsAfterResizing_data();
    void fitsAfterResizing();

private:
    Catalog m_catalog;
    std::unique_ptr<Language> m_language;
};

using GeometryAudit::itemProblems;
using GeometryAudit::widgetProblems;

void tst_ViewGeometry::initTestCase()
{
    QVERIFY(Appearance::loadFonts());
    m_catalog.setContent(ContentLoader::load().content);
    m_language = std::make_unique<Language>(&m_catalog);
}

void tst_ViewGeometry::cleanupTestCase()
{
    m_language->setLanguage(u"en"_s);
    Appearance::instance()->setTheme(Theme::Id::Dark);
}

void tst_ViewGeometry::fits_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("language");
    QTest::addColumn<Theme::Id>("theme");
    const QList<QSize> sizes = {{1920, 1080}, {3840, 2160}, {1280, 800}, {1280, 720}, {1080, 1920}};
    const QList<Theme::Id> themes = {Theme::Id::Dark, Theme::Id::Light, Theme::Id::HighContrast};
    for (const QString &view : ViewRegistry::names()) {
        for (const QSize &size : sizes) {
            for (const QString &language : Language::available()) {
                // The themes share a layout but for their line widths: each
                // language in the default theme, English in every theme.
                for (Theme::Id theme : themes) {
                    if (theme != Theme::Id::Dark && language != u"en")
                        continue;
                    QTest::addRow("%s %dx%d %s %s", qPrintable(view), size.width(), size.height(),
                                  qPrintable(language), qPrintable(Theme::idName(theme)))
                            << view << size << language << theme;
                }
            }
        }
    }
}

void tst_ViewGeometry::fits()
{
    QFETCH(QString, view);
    QFETCH(QSize, size);
    QFETCH(QString, language);
    QFETCH(Theme::Id, theme);
    QVERIFY(m_language->setLanguage(language));
    Appearance::instance()->setTheme(theme);
    ViewRenderer renderer(view, &m_catalog, size);
    QVERIFY(renderer.isValid());
    QCOMPARE(renderer.view()->size(), size);
    int items = 0;
    const QStringList problems =
            widgetProblems(renderer.view()) + itemProblems(renderer.view(), &items);
    // Every view shows drawn items: parts, events, tiles or cards.
    QVERIFY2(items >= 4, qPrintable(u"only %1 drawn items checked"_s.arg(items)));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void tst_ViewGeometry::fitsAfterResizing_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<QString>("language");
    for (const QString &view : ViewRegistry::names()) {
        for (const QString &language : Language::available())
            QTest::addRow("%s %s", qPrintable(view), qPrintable(language)) << view << language;
    }
}

// A window is resized, turned and moved between screens while it runs; what
// layouts cache from the size before must not survive into the next.
void tst_ViewGeometry::fitsAfterResizing()
{
    QFETCH(QString, view);
    QFETCH(QString, language);
    QVERIFY(m_language->setLanguage(language));
    Appearance::instance()->setTheme(Theme::Id::Dark);
    ViewRenderer renderer(view, &m_catalog, QSize(1920, 1080));
    QVERIFY(renderer.isValid());
    ShowcaseView *shown = renderer.view();
    const QList<QSize> sizes = {{1080, 1920}, {1280, 800},  {3840, 2160},
                                {1280, 720},  {1080, 1920}, {1920, 1080}};
    for (const QSize &size : sizes) {
        shown->resize(size);
        for (int round = 0; round < 3; ++round) {
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents();
        }
        int items = 0;
        const QStringList problems = widgetProblems(shown) + itemProblems(shown, &items);
        QVERIFY2(problems.isEmpty(),
                 qPrintable(u"at %1x%2:\n"_s.arg(size.width()).arg(size.height()) +
                            problems.join(u'\n')));
    }
}

QTEST_MAIN(tst_ViewGeometry)
#include "tst_viewgeometry.moc"
