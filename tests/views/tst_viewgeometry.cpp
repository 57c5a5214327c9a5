#include "content/contentloader.h"
#include "export/viewrenderer.h"
#include "models/catalog.h"
#include "views/language.h"
#include "views/showcaseview.h"
#include "views/theme.h"
#include "views/viewregistry.h"

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

namespace {

QString describe(const QWidget *widget)
{
    QString what = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        what += u" \""_s + widget->objectName() + u'"';
    if (!widget->accessibleName().isEmpty())
        what += u" «"_s + widget->accessibleName().left(40) + u'»';
    return what;
}

QString describe(const QRect &rect)
{
    return u"%1,%2 %3x%4"_s.arg(rect.x()).arg(rect.y()).arg(rect.width()).arg(rect.height());
}

// Whether \a widget lies in the scrolled content of a scroll area, where
// reaching past the visible part is what scrolling is for.
bool isScrolled(const QWidget *widget, const QWidget *top)
{
    for (const QWidget *parent = widget->parentWidget(); parent && parent != top;
         parent = parent->parentWidget()) {
        const auto *area = qobject_cast<const QAbstractScrollArea *>(parent->parentWidget());
        if (area && area->viewport() == parent)
            return true;
    }
    return false;
}

// A text that needs more room than it was given.
QString clippedText(const QWidget *widget)
{
    const QSize size = widget->size();
    if (const auto *label = qobject_cast<const QLabel *>(widget)) {
        if (label->text().isEmpty() || !label->pixmap().isNull())
            return {};
        if (label->wordWrap()) {
            const int needed = label->heightForWidth(size.width());
            if (needed > size.height() + 1)
                return u"needs %1 px of height, has %2"_s.arg(needed).arg(size.height());
            return {};
        }
        const int needed = label->sizeHint().width();
        if (needed > size.width() + 1)
            return u"needs %1 px of width, has %2"_s.arg(needed).arg(size.width());
        return {};
    }
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget)) {
        if (button->text().isEmpty())
            return {};
        const QSize needed = button->sizeHint();
        if (needed.width() > size.width() + 1 || needed.height() > size.height() + 1) {
            return u"needs %1x%2 px, has %3x%4"_s.arg(needed.width())
                    .arg(needed.height())
                    .arg(size.width())
                    .arg(size.height());
        }
        return {};
    }
    // Widgets that wrap their own text (headers, chip rows) say how tall a
    // width makes them.
    if (!widget->layout() && widget->hasHeightForWidth() &&
        !qobject_cast<const QAbstractScrollArea *>(widget)) {
        const int needed = widget->heightForWidth(size.width());
        if (needed > size.height() + 1)
            return u"needs %1 px of height, has %2"_s.arg(needed).arg(size.height());
    }
    return {};
}

QStringList widgetProblems(const ShowcaseView *view)
{
    QStringList problems;
    const QRect bounds = view->rect().adjusted(-1, -1, 1, 1);
    const QList<QWidget *> widgets = view->findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        if (!widget->isVisibleTo(view) || widget->isWindow() || isScrolled(widget, view))
            continue;
        const QRect inView(widget->mapTo(view, QPoint(0, 0)), widget->size());
        if (!widget->size().isEmpty() && !bounds.contains(inView)) {
            problems.append(
                    u"%1 at %2 reaches outside the view"_s.arg(describe(widget), describe(inView)));
        }
        const QWidget *parent = widget->parentWidget();
        if (parent && parent != view && !qobject_cast<const QAbstractScrollArea *>(parent) &&
            !parent->rect().adjusted(-1, -1, 1, 1).contains(widget->geometry())) {
            problems.append(u"%1 at %2 is cut by its parent %3"_s.arg(
                    describe(widget), describe(widget->geometry()), describe(parent)));
        }
        const QString clipped = clippedText(widget);
        if (!clipped.isEmpty())
            problems.append(u"%1: text clipped, %2"_s.arg(describe(widget), clipped));
    }
    return problems;
}

// Items drawn by a view report their place through their accessible
// interface. Those the view shows must lie inside the widget that draws them;
// in a scrolling view, inside it along every axis that does not scroll.
QStringList itemProblems(ShowcaseView *view, int *checked)
{
    QStringList problems;
    int count = 0;
    std::function<void(QAccessibleInterface *, QWidget *, int)> walk =
            [&](QAccessibleInterface *iface, QWidget *owner, int depth) {
                if (!iface || depth > 12 || count > 5000)
                    return;
                ++count;
                if (auto *widget = qobject_cast<QWidget *>(iface->object())) {
                    if (!widget->isVisibleTo(view) && widget != view)
                        return;
                    owner = widget;
                } else if (!iface->object() && owner) {
                    const QAccessible::State state = iface->state();
                    const QRect rect = iface->rect();
                    QWidget *area = owner;
                    bool scrollsX = false;
                    bool scrollsY = false;
                    if (auto *scroll = qobject_cast<QAbstractScrollArea *>(owner)) {
                        area = scroll->viewport();
                        scrollsX = scroll->horizontalScrollBar()->maximum() > 0;
                        scrollsY = scroll->verticalScrollBar()->maximum() > 0;
                    }
                    const QRect bounds(area->mapToGlobal(QPoint(-1, -1)),
                                       area->size() + QSize(2, 2));
                    const bool outX = rect.left() < bounds.left() || rect.right() > bounds.right();
                    const bool outY = rect.top() < bounds.top() || rect.bottom() > bounds.bottom();
                    if (!state.invisible && !state.offscreen && rect.isValid())
                        ++*checked;
                    if (!state.invisible && !state.offscreen && rect.isValid() &&
                        ((outX && !scrollsX) || (outY && !scrollsY))) {
                        problems.append(u"item «%1» at %2 reaches outside %3 at %4"_s.arg(
                                iface->text(QAccessible::Name).left(40), describe(rect),
                                describe(owner), describe(bounds)));
                    }
                }
                for (int i = 0; i < iface->childCount(); ++i)
                    walk(iface->child(i), owner, depth + 1);
            };
    walk(QAccessible::queryAccessibleInterface(view), view, 0);
    return problems;
}

} // namespace

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
    const QList<QSize> sizes = {{1920, 1080}, {3840, 2160}, {1280, 800}, {1080, 1920}};
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
    const QList<QSize> sizes = {
            {1080, 1920}, {1280, 800}, {3840, 2160}, {1080, 1920}, {1920, 1080}};
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
