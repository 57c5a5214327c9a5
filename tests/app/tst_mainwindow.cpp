#include "mainwindow.h"

#include "cliexport.h"

#include "accessibilityaudit.h"
#include "geometryaudit.h"

#include "content/contentloader.h"
#include "content/contentwatcher.h"
#include "export/exportplan.h"
#include "exportdialog.h"
#include "models/catalog.h"
#include "models/partnerfilterproxy.h"
#include "views/common/chipbar.h"
#include "views/common/qrtile.h"
#include "views/common/searchfield.h"
#include "views/common/sourcelinks.h"
#include "views/hardware/partdetailcard.h"
#include "views/language.h"
#include "views/partners/partnersview.h"
#include "views/showcaseview.h"
#include "views/theme.h"
#include "views/viewregistry.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>
#include <QWindow>

using namespace Qt::StringLiterals;

namespace {

// The first item of \a view in \a content: the tests name no item of the
// shipped content, they take one from it.
QString firstItem(const ContentSet &content, const QString &view)
{
    if (view == u"hardware")
        return content.hardware.items.front().id;
    if (view == u"timeline")
        return content.timeline.items.front().id;
    if (view == u"partners")
        return content.partners.items.front().id;
    return content.reviews.items.front().id;
}

// The address of the first source of \a item that has one.
QString firstUrl(const std::vector<Source> &sources, const QStringList &cited)
{
    for (const QString &id : cited) {
        for (const Source &source : sources) {
            if (source.id == id && !source.url.isEmpty())
                return source.url;
        }
    }
    return {};
}

// Counts, by type, the change events that reach \a window or any widget it
// holds when the counter is made (the progress dialog an export opens later
// is new, and gets its own polish).
class ChangeEventCounter : public QObject
{
public:
    explicit ChangeEventCounter(QWidget *window)
    {
        m_widgets.insert(window);
        const QList<QWidget *> children = window->findChildren<QWidget *>();
        for (QWidget *child : children)
            m_widgets.insert(child);
        QCoreApplication::instance()->installEventFilter(this);
    }
    ~ChangeEventCounter() override { QCoreApplication::instance()->removeEventFilter(this); }

    int count(QEvent::Type type) const { return m_counts.value(type); }

    bool eventFilter(QObject *object, QEvent *event) override
    {
        static const QList<QEvent::Type> counted = {
                QEvent::LanguageChange, QEvent::StyleChange,           QEvent::PaletteChange,
                QEvent::FontChange,     QEvent::LayoutDirectionChange, QEvent::LocaleChange};
        if (counted.contains(event->type()) && m_widgets.contains(object))
            ++m_counts[event->type()];
        return false;
    }

private:
    QSet<QObject *> m_widgets;
    QHash<QEvent::Type, int> m_counts;
};

// The text of every label in \a window, with the tab titles.
QStringList textsOf(const MainWindow *window)
{
    QStringList texts;
    const QList<QLabel *> labels = window->findChildren<QLabel *>();
    for (const QLabel *label : labels)
        texts.append(label->text());
    for (int i = 0; i < window->tabs()->count(); ++i)
        texts.append(window->tabs()->tabText(i));
    return texts;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsFourViews();
    void buildsTheShownViewFirstAndTheOthersAfterTheFirstFrame();
    void buildsViewsOnlyWhenNeededWhenAskedTo();
    void opensOnViewAndItem_data();
    void opensOnViewAndItem();
    void refusesUnknownViewsAndItems();
    void switchesViewsFromTheKeyboard();
    void previousViewShortcutReadsAsUsersKnowIt();
    void findFocusesTheSearchOfTheView();
    void switchesTheme();
    void switchesLanguageLive();
    void hasMenus();
    void everyControlIsNamed_data();
    void everyControlIsNamed();
    void exportMenus();
    void copyViewAsImage();
    void exportWithProgress();
    void exportKeepsWindowLanguage();
    void exportLeavesTheWindowAlone();
    void exportCurrentViewThroughDialog();
    void kioskModeHasNoMenusAndStaysOpen();
    void shrinksToSmallScreens_data();
    void shrinksToSmallScreens();
    void kioskLayoutFitsEveryPromisedSize_data();
    void kioskLayoutFitsEveryPromisedSize();
    void sourcesAreLinksThenCodes();
    void replaceContentKeepsViewSelectionAndFilters();
    void followsAContentWatcher();

private:
    QAction *action(const QString &menu, const QString &text) const;

    Catalog *m_catalog = nullptr;
    Language *m_language = nullptr;
    MainWindow *m_window = nullptr;
};

void TestMainWindow::initTestCase()
{
    Appearance::loadFonts();
    // Each run starts from no remembered export choices.
    QSettings().clear();
}

void TestMainWindow::init()
{
    m_catalog = new Catalog;
    m_catalog->setContent(ContentLoader::load().content);
    m_language = new Language(m_catalog);
    m_language->setLanguage(u"en"_s);
    m_window = new MainWindow(m_catalog, m_language);
    m_window->resize(1280, 800);
}

void TestMainWindow::cleanup()
{
    delete m_window;
    delete m_language;
    delete m_catalog;
    Appearance::instance()->setTheme(Theme::Id::Dark);
}

void TestMainWindow::showsFourViews()
{
    QCOMPARE(m_window->views().size(), 4);
    QCOMPARE(m_window->tabs()->count(), 4);
    for (int i = 0; i < 4; ++i) {
        auto *view = qobject_cast<ShowcaseView *>(m_window->tabs()->widget(i));
        QVERIFY(view);
        QCOMPARE(view->name(), ViewRegistry::names().at(i));
        QCOMPARE(m_window->tabs()->tabText(i), view->title());
    }
    QCOMPARE(m_window->currentViewName(), u"hardware"_s);
}

void TestMainWindow::buildsTheShownViewFirstAndTheOthersAfterTheFirstFrame()
{
    QVERIFY(m_window->showView(u"partners"_s));
    const QStringList others = {u"hardware"_s, u"timeline"_s, u"reviews"_s};
    QVERIFY(m_window->isBuilt(u"partners"_s));
    for (const QString &name : others)
        QVERIFY2(!m_window->isBuilt(name), qPrintable(name));
    // The tabs are all there, with their titles, before their views are.
    QCOMPARE(m_window->tabs()->count(), 4);
    QCOMPARE(m_window->tabs()->tabText(1), ViewRegistry::title(u"timeline"_s));
    QCOMPARE(m_window->currentViewName(), u"partners"_s);
    QVERIFY(m_window->tabs()->currentWidget() == m_window->view(u"partners"_s));

    QSignalSpy changed(m_window->tabs(), &QTabWidget::currentChanged);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QTRY_VERIFY(m_window->isBuilt(u"hardware"_s) && m_window->isBuilt(u"timeline"_s) &&
                m_window->isBuilt(u"reviews"_s));
    // Building them changed neither the view shown nor its tab.
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_window->currentViewName(), u"partners"_s);
    for (int i = 0; i < 4; ++i) {
        auto *view = qobject_cast<ShowcaseView *>(m_window->tabs()->widget(i));
        QVERIFY(view);
        QCOMPARE(view->name(), ViewRegistry::names().at(i));
    }
}

void TestMainWindow::buildsViewsOnlyWhenNeededWhenAskedTo()
{
    m_window->setBuildsViewsAfterFirstFrame(false);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    // The views are built by a zero-interval timer: one pass of the event loop
    // would run it, if it had been started.
    QCoreApplication::processEvents();
    // The first tab is shown and built; the others wait to be shown.
    QVERIFY(m_window->isBuilt(u"hardware"_s));
    QVERIFY(!m_window->isBuilt(u"reviews"_s));
    QAction *find = action(u"&Edit"_s, u"&Find"_s);
    QVERIFY(!find->isEnabled());
    m_window->tabs()->setCurrentIndex(3);
    QVERIFY(m_window->isBuilt(u"reviews"_s));
    QCOMPARE(m_window->tabs()->currentWidget(), m_window->view(u"reviews"_s));
    QCOMPARE(m_window->currentViewName(), u"reviews"_s);
    // Edit > Find follows the view that was just built.
    QVERIFY(find->isEnabled());
    QVERIFY(!m_window->isBuilt(u"timeline"_s));
}

void TestMainWindow::opensOnViewAndItem_data()
{
    QTest::addColumn<QString>("view");
    QTest::newRow("hardware part") << u"hardware"_s;
    QTest::newRow("timeline event") << u"timeline"_s;
    QTest::newRow("partner") << u"partners"_s;
    QTest::newRow("quote") << u"reviews"_s;
}

void TestMainWindow::opensOnViewAndItem()
{
    QFETCH(QString, view);
    const QString item = firstItem(m_catalog->content(), view);
    QVERIFY(ViewRegistry::hasItem(view, *m_catalog, item));
    QCOMPARE(ViewRegistry::viewOfItem(*m_catalog, item), view);
    QVERIFY(m_window->selectItem(view, item));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QCOMPARE(m_window->currentViewName(), view);
    QCOMPARE(m_window->view(view)->currentItem(), item);
}

void TestMainWindow::refusesUnknownViewsAndItems()
{
    QVERIFY(!m_window->showView(u"gallery"_s));
    const QString part = firstItem(m_catalog->content(), u"hardware"_s);
    QVERIFY(!m_window->selectItem(u"timeline"_s, part));
    QVERIFY(!m_window->selectItem(u"gallery"_s, part));
    QCOMPARE(ViewRegistry::viewOfItem(*m_catalog, u"no-such-item"_s), QString());
    QCOMPARE(m_window->currentViewName(), u"hardware"_s);
}

void TestMainWindow::switchesViewsFromTheKeyboard()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window) || QTest::qWaitForWindowExposed(m_window));
    QTest::keyClick(m_window, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(m_window->currentViewName(), u"partners"_s);
    QTest::keyClick(m_window, Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(m_window->currentViewName(), u"reviews"_s);
    QTest::keyClick(m_window, Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(m_window->currentViewName(), u"hardware"_s);
    QTest::keyClick(m_window, Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_window->currentViewName(), u"reviews"_s);
    QTest::keyClick(m_window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(m_window->currentViewName(), u"hardware"_s);
}

// The View menu shows "Ctrl+Shift+Tab", not Qt's "Ctrl+Shift+Backtab", and
// both ways a platform reports the keys switch views.
void TestMainWindow::previousViewShortcutReadsAsUsersKnowIt()
{
    QAction *previous = action(u"&View"_s, u"&Previous View"_s);
    QAction *next = action(u"&View"_s, u"&Next View"_s);
    QVERIFY(previous);
    QVERIFY(next);
    QCOMPARE(previous->shortcut().toString(QKeySequence::NativeText), u"Ctrl+Shift+Tab"_s);
    QCOMPARE(previous->shortcut().toString(QKeySequence::PortableText), u"Ctrl+Shift+Tab"_s);
    QCOMPARE(next->shortcut().toString(QKeySequence::NativeText), u"Ctrl+Tab"_s);
    for (const QAction *entry : m_window->findChildren<QAction *>()) {
        for (const QKeySequence &shortcut : {entry->shortcut()}) {
            QVERIFY2(!shortcut.toString(QKeySequence::NativeText).contains(u"Backtab"_s),
                     qPrintable(entry->text()));
        }
    }
    // What the menu shows and a screen reader reads out.
    QMenu *viewMenu = nullptr;
    for (QObject *object : previous->associatedObjects())
        viewMenu = viewMenu ? viewMenu : qobject_cast<QMenu *>(object);
    QVERIFY(viewMenu);
    QAccessibleInterface *menu = QAccessible::queryAccessibleInterface(viewMenu);
    QVERIFY(menu);
    QString accelerator;
    for (int i = 0; i < menu->childCount(); ++i) {
        if (menu->child(i)->text(QAccessible::Name) == u"Previous View"_s)
            accelerator = menu->child(i)->text(QAccessible::Accelerator);
    }
    QCOMPARE(accelerator, u"Ctrl+Shift+Tab"_s);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QTest::keyClick(m_window, Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(m_window->currentViewName(), u"reviews"_s);
    QTest::keyClick(m_window, Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_window->currentViewName(), u"partners"_s);
    QTest::keyClick(m_window, Qt::Key_Tab, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_window->currentViewName(), u"timeline"_s);
    QTest::keyClick(m_window, Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(m_window->currentViewName(), u"hardware"_s);
}

void TestMainWindow::findFocusesTheSearchOfTheView()
{
    QAction *find = action(u"&Edit"_s, u"&Find"_s);
    QVERIFY(find);
    QCOMPARE(find->shortcut(), QKeySequence(QKeySequence::Find));
    QCOMPARE(find->shortcut().toString(QKeySequence::NativeText), u"Ctrl+F"_s);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window) || QTest::qWaitForWindowExposed(m_window));
    // Partners has a search; Ctrl+F from anywhere in the window focuses it
    // and selects its text, so that typing replaces it.
    QTest::keyClick(m_window, Qt::Key_3, Qt::ControlModifier);
    QVERIFY(find->isEnabled());
    ShowcaseView *partners = m_window->view(u"partners"_s);
    SearchField *field = partners->searchField();
    QVERIFY(field);
    field->setText(u"zip"_s);
    m_window->tabs()->tabBar()->setFocus(Qt::OtherFocusReason);
    QVERIFY(!field->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(field->hasFocus());
    QCOMPARE(field->selectedText(), u"zip"_s);
    QTest::keyClicks(field, u"asus"_s);
    QCOMPARE(field->text(), u"asus"_s);
    // Esc empties the field, a second Esc goes back to the grid.
    QTest::keyClick(field, Qt::Key_Escape);
    QCOMPARE(field->text(), QString());
    QVERIFY(field->hasFocus());
    QTest::keyClick(field, Qt::Key_Escape);
    QVERIFY(!field->hasFocus());
    QCOMPARE(QApplication::focusWidget()->accessibleName(), u"Partners"_s);
    // Timeline and Reviews have a search too; Hardware has none, and says
    // so with a disabled Find.
    for (const QString &name : {u"timeline"_s, u"reviews"_s}) {
        QVERIFY(m_window->showView(name));
        QVERIFY(find->isEnabled());
        SearchField *search = m_window->view(name)->searchField();
        QVERIFY(search);
        QVERIFY(!search->hasFocus());
        QTest::keyClick(m_window, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(search->hasFocus());
        QTest::keyClick(search, Qt::Key_Escape);
        QVERIFY(!search->hasFocus());
    }
    QVERIFY(m_window->showView(u"hardware"_s));
    QVERIFY(!m_window->view(u"hardware"_s)->searchField());
    QVERIFY(!find->isEnabled());
    QWidget *before = QApplication::focusWidget();
    QTest::keyClick(m_window, Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), before);
}

void TestMainWindow::switchesTheme()
{
    QAction *light = nullptr;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->text() == u"&Light")
            light = action;
    }
    QVERIFY(light);
    light->trigger();
    QCOMPARE(Appearance::instance()->theme().id, Theme::Id::Light);
    QVERIFY(light->isChecked());
}

void TestMainWindow::switchesLanguageLive()
{
    const QStringList languages = Language::available();
    QVERIFY(languages.contains(u"ar"_s));
    m_language->setLanguage(u"ar"_s);
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
    QCOMPARE(m_catalog->language(), u"ar"_s);
    m_language->setLanguage(u"en"_s);
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
    QCOMPARE(m_window->tabs()->tabText(0), u"Hardware"_s);
}

void TestMainWindow::hasMenus()
{
    QStringList titles;
    for (QAction *action : m_window->menuBar()->actions())
        titles.append(action->text());
    QCOMPARE(titles.mid(0, 1), QStringList{u"&File"_s});
    QVERIFY(titles.contains(u"&View"_s));
    QCOMPARE(titles.constLast(), u"&Help"_s);
}

void TestMainWindow::everyControlIsNamed_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : Language::available())
        QTest::newRow(qPrintable(language)) << language;
}

// The whole window as a screen reader meets it, on every tab and in every
// language: menus, tabs and the views' own controls, each with a name.
void TestMainWindow::everyControlIsNamed()
{
    QFETCH(QString, language);
    m_language->setLanguage(language);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QAccessibleInterface *root = QAccessible::queryAccessibleInterface(m_window);
    QVERIFY(root);
    for (int tab = 0; tab < m_window->tabs()->count(); ++tab) {
        m_window->tabs()->setCurrentIndex(tab);
        QStringList problems = AccessibilityAudit::namesAndDescriptions(root);
        for (QAction *top : m_window->menuBar()->actions()) {
            if (QMenu *menu = top->menu()) {
                QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(menu);
                problems += AccessibilityAudit::namesAndDescriptions(iface);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
}

QAction *TestMainWindow::action(const QString &menu, const QString &text) const
{
    for (QAction *top : m_window->menuBar()->actions()) {
        if (top->text() != menu || !top->menu())
            continue;
        for (QAction *entry : top->menu()->actions()) {
            if (entry->text() == text)
                return entry;
        }
    }
    return nullptr;
}

void TestMainWindow::exportMenus()
{
    QAction *current = action(u"&File"_s, u"&Export Current View…"_s);
    QAction *all = action(u"&File"_s, u"Export &All Views…"_s);
    QAction *copy = action(u"&Edit"_s, u"&Copy View as Image"_s);
    QVERIFY(current);
    QVERIFY(all);
    QVERIFY(copy);
    QCOMPARE(copy->shortcut(), QKeySequence(u"Ctrl+Shift+C"_s));
    QCOMPARE(current->shortcut(), QKeySequence(u"Ctrl+E"_s));
    QCOMPARE(all->shortcut(), QKeySequence(u"Ctrl+Shift+E"_s));
    // File, Edit, View, Help, in that order.
    const QList<QAction *> menus = m_window->menuBar()->actions();
    QCOMPARE(menus.at(0)->text(), u"&File"_s);
    QCOMPARE(menus.at(1)->text(), u"&Edit"_s);
}

void TestMainWindow::copyViewAsImage()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(m_window->showView(u"partners"_s));
    QGuiApplication::clipboard()->clear();
    QTest::keySequence(m_window, QKeySequence(u"Ctrl+Shift+C"_s));
    const QImage image = QGuiApplication::clipboard()->image();
    QVERIFY(!image.isNull());
    const ShowcaseView *view = m_window->view(u"partners"_s);
    QCOMPARE(image.size(), view->size() * view->devicePixelRatio());
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"Partners"_s));
}

void TestMainWindow::exportWithProgress()
{
    m_window->show();
    QTemporaryDir directory;
    ExportRequest request;
    request.views = {u"hardware"_s, u"reviews"_s};
    request.languages = {u"en"_s, u"es"_s};
    request.size = QSize(400, 300);
    request.outputDirectory = directory.path();
    const std::optional<ExportPlan> plan = ExportPlan::create(request);
    QVERIFY(plan);
    const Exporter::Result result = m_window->exportWithProgress(*plan);
    QVERIFY2(result.isDone(), qPrintable(result.error));
    QCOMPARE(QDir(directory.path()).entryList(QDir::Files).size(), 4);
    QVERIFY(m_window->statusBar()->currentMessage().contains(u": 4."_s));
    QVERIFY(m_window->updatesEnabled());
}

void TestMainWindow::exportKeepsWindowLanguage()
{
    QTemporaryDir directory;
    ExportRequest request;
    request.views = {u"timeline"_s};
    request.languages = {u"ar"_s, u"de"_s};
    request.theme = Theme::Id::Light;
    request.size = QSize(400, 300);
    request.outputDirectory = directory.path();
    const Theme::Id theme = Appearance::instance()->theme().id;
    QVERIFY(m_window->exportWithProgress(*ExportPlan::create(request)).isDone());
    QCoreApplication::processEvents();
    QCOMPARE(m_language->current(), u"en"_s);
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
    QCOMPARE(Appearance::instance()->theme().id, theme);
    QCOMPARE(m_window->tabs()->tabText(0), u"Hardware"_s);
}

void TestMainWindow::exportLeavesTheWindowAlone()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QTRY_VERIFY(m_window->isBuilt(u"hardware"_s) && m_window->isBuilt(u"timeline"_s) &&
                m_window->isBuilt(u"reviews"_s) && m_window->isBuilt(u"partners"_s));
    QCoreApplication::processEvents();
    QCOMPARE(Appearance::instance()->theme().id, Theme::Id::Dark);
    const bool reducedMotion = Appearance::instance()->reducedMotion();
    const QStringList texts = textsOf(m_window);
    QVERIFY(texts.contains(u"Hardware"_s));

    QTemporaryDir windowFolder;
    ExportRequest request;
    request.views = {u"timeline"_s, u"partners"_s};
    request.languages = {u"de"_s};
    request.theme = Theme::Id::Light;
    request.size = QSize(480, 320);
    request.outputDirectory = windowFolder.path();
    const std::optional<ExportPlan> plan = ExportPlan::create(request);
    QVERIFY(plan);

    QSignalSpy themeChanged(Appearance::instance(), &Appearance::themeChanged);
    QSignalSpy fontsChanged(Appearance::instance(), &Appearance::fontsChanged);
    QSignalSpy motionChanged(Appearance::instance(), &Appearance::reducedMotionChanged);
    QSignalSpy languageChanged(m_language, &Language::changed);
    QSignalSpy catalogChanged(m_catalog, &Catalog::languageChanged);
    {
        const ChangeEventCounter events(m_window);
        const Exporter::Result result = m_window->exportWithProgress(*plan);
        QVERIFY2(result.isDone(), qPrintable(result.error));
        QCOMPARE(result.written.size(), 2);
        QCoreApplication::processEvents();
        for (QEvent::Type type :
             {QEvent::LanguageChange, QEvent::StyleChange, QEvent::PaletteChange,
              QEvent::FontChange, QEvent::LayoutDirectionChange, QEvent::LocaleChange}) {
            QVERIFY2(events.count(type) == 0,
                     qPrintable(u"%1 events of type %2"_s.arg(events.count(type)).arg(type)));
        }
    }
    QCOMPARE(themeChanged.count(), 0);
    QCOMPARE(fontsChanged.count(), 0);
    QCOMPARE(motionChanged.count(), 0);
    QCOMPARE(languageChanged.count(), 0);
    QCOMPARE(catalogChanged.count(), 0);
    QCOMPARE(m_catalog->language(), u"en"_s);
    QCOMPARE(QLocale().name(), u"en_US"_s);
    QCOMPARE(Appearance::instance()->theme().id, Theme::Id::Dark);
    QCOMPARE(textsOf(m_window), texts);
    QCOMPARE(m_window->tabs()->tabText(0), u"Hardware"_s);

    // The command line's files for the same request, byte for byte.
    QTemporaryDir cliFolder;
    request.outputDirectory = cliFolder.path();
    QString progress;
    QString errors;
    QTextStream progressStream(&progress);
    QTextStream errorStream(&errors);
    CliExport cli(&progressStream, &errorStream);
    QCOMPARE(cli.run(QString(), request), 0);
    const QStringList files = QDir(windowFolder.path()).entryList(QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 2);
    QCOMPARE(QDir(cliFolder.path()).entryList(QDir::Files, QDir::Name), files);
    for (const QString &file : files) {
        QFile fromWindow(windowFolder.filePath(file));
        QFile fromCli(cliFolder.filePath(file));
        QVERIFY(fromWindow.open(QIODevice::ReadOnly));
        QVERIFY(fromCli.open(QIODevice::ReadOnly));
        QVERIFY2(fromWindow.readAll() == fromCli.readAll(), qPrintable(file));
    }
    // CliExport made the application light and still for itself.
    Appearance::instance()->setTheme(Theme::Id::Dark);
    Appearance::instance()->setReducedMotion(reducedMotion);
    Appearance::instance()->apply(qApp);
}

void TestMainWindow::exportCurrentViewThroughDialog()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QTemporaryDir directory;
    const QString part = firstItem(m_catalog->content(), u"hardware"_s);
    QVERIFY(m_window->selectItem(u"hardware"_s, part));
    bool seen = false;
    // The dialog is modal: answer it from the event loop it runs.
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<ExportDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        // A failed check below must still close the dialog, or exec() never returns.
        const auto closeAnyway = qScopeGuard([dialog] {
            if (dialog->isVisible())
                dialog->reject();
        });
        seen = true;
        QCOMPARE(dialog->request().views, QStringList{u"hardware"_s});
        QCOMPARE(dialog->request().item, part);
        QCOMPARE(dialog->request().size, m_window->view(u"hardware"_s)->size());
        dialog->setSizePreset(ExportDialog::SizePreset::Square);
        dialog->setFolder(directory.path());
        dialog->accept();
    });
    m_window->exportCurrentView();
    QVERIFY(seen);
    QCOMPARE(QDir(directory.path()).entryList(QDir::Files),
             QStringList{u"hardware_en_1080x1080@1x.png"_s});
    // The choices are remembered for the next time.
    QSettings settings;
    QCOMPARE(settings.value(u"export/folder"_s).toString(), directory.path());
    QCOMPARE(settings.value(u"export/size"_s).toString(), u"1080x1080"_s);
}

void TestMainWindow::kioskModeHasNoMenusAndStaysOpen()
{
    m_window->enterKioskMode();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(m_window->isKiosk());
    QVERIFY(!m_window->menuBar()->isVisible());
    QVERIFY(!m_window->statusBar()->isVisible());
    QVERIFY(m_window->windowFlags().testFlag(Qt::FramelessWindowHint));
    // Nothing that opens a dialog or leaves the window can be triggered.
    for (const QString &text : {u"&Export Current View…"_s, u"Export &All Views…"_s, u"&Quit"_s}) {
        QAction *entry = action(u"&File"_s, text);
        QVERIFY2(entry, qPrintable(text));
        QVERIFY2(!entry->isEnabled(), qPrintable(text));
    }
    QVERIFY(!action(u"&Help"_s, u"&About Spark Showcase"_s)->isEnabled());
    QVERIFY(!action(u"&View"_s, u"&Full Screen"_s)->isEnabled());
    // A visitor's close request (the window manager's close button, Alt+F4).
    QCloseEvent close;
    QApplication::sendEvent(m_window, &close);
    QVERIFY(!close.isAccepted());
    QVERIFY(!m_window->windowHandle()->close());
    QVERIFY(!m_window->close());
    QTest::keyClick(m_window, Qt::Key_Q, Qt::ControlModifier);
    QVERIFY(m_window->isVisible());
    // Tabs big enough for a finger.
    QTabBar *bar = m_window->tabs()->tabBar();
    for (int i = 0; i < bar->count(); ++i)
        QVERIFY2(bar->tabRect(i).height() >= 72, qPrintable(QString::number(i)));
    // Notices go to the log, not to a status bar nobody reads.
    QTest::ignoreMessage(QtWarningMsg, "Something happened");
    m_window->showNotice(u"Something happened"_s);
    QVERIFY(m_window->statusBar()->currentMessage().isEmpty());
}

void TestMainWindow::shrinksToSmallScreens_data()
{
    QTest::addColumn<bool>("kiosk");
    QTest::newRow("window") << false;
    QTest::newRow("kiosk") << true;
}

// Every view laid out on a 4K screen, then the window moves to a 1280x720
// one: nothing in the views may hold the window taller than the screen.
void TestMainWindow::shrinksToSmallScreens()
{
    QFETCH(bool, kiosk);
    if (kiosk)
        m_window->enterKioskMode();
    m_window->resize(3840, 2160);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    for (const QString &name : ViewRegistry::names()) {
        QVERIFY(m_window->showView(name));
        QCoreApplication::processEvents();
    }
    QVERIFY(m_window->showView(u"hardware"_s));
    m_window->resize(1280, 720);
    QTRY_COMPARE(m_window->size(), QSize(1280, 720));
    QVERIFY(m_window->minimumSizeHint().height() <= 720);
    QVERIFY(m_window->minimumSize().height() <= 720);
    const QRect view(m_window->view(u"hardware"_s)->mapTo(m_window, QPoint()),
                     m_window->view(u"hardware"_s)->size());
    QVERIFY(m_window->rect().contains(view));
}

void TestMainWindow::kioskLayoutFitsEveryPromisedSize_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("language");
    // The promised sizes (tst_viewgeometry), 1280x720 among them: the
    // headless output of cage and many signage screens.
    const QList<QSize> sizes = {{1920, 1080}, {3840, 2160}, {1280, 800}, {1280, 720}, {1080, 1920}};
    // English, the longest words (German), the tallest script (Japanese) and
    // right to left (Arabic); tst_viewgeometry checks the bare views in all.
    for (const QSize &size : sizes) {
        for (const QString &language : {u"en"_s, u"de"_s, u"ja"_s, u"ar"_s}) {
            QTest::addRow("%dx%d %s", size.width(), size.height(), qPrintable(language))
                    << size << language;
        }
    }
}

// The views in the kiosk window, under its large tabs: every view, laid out
// in the room the tabs leave, with nothing cut off.
void TestMainWindow::kioskLayoutFitsEveryPromisedSize()
{
    QFETCH(QSize, size);
    QFETCH(QString, language);
    QVERIFY(m_language->setLanguage(language));
    m_window->resize(size);
    m_window->enterKioskMode();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_window->resize(size);
    QTRY_COMPARE(m_window->size(), size);
    QTabBar *bar = m_window->tabs()->tabBar();
    for (const QString &name : ViewRegistry::names()) {
        QVERIFY(m_window->showView(name));
        for (int round = 0; round < 3; ++round) {
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents();
        }
        ShowcaseView *view = m_window->view(name);
        QVERIFY(bar->height() >= 72);
        QCOMPARE(view->width(), size.width());
        QCOMPARE(view->height(), size.height() - bar->height());
        int items = 0;
        const QStringList problems =
                GeometryAudit::widgetProblems(m_window) + GeometryAudit::itemProblems(view, &items);
        // A short screen may hold three quote cards above the fold.
        QVERIFY2(items >= 3, qPrintable(u"%1: only %2 drawn items checked"_s.arg(name).arg(items)));
        QVERIFY2(problems.isEmpty(), qPrintable(name + u":\n"_s + problems.join(u'\n')));
    }
    // Every tab shows whole: no scroll arrows on the tab bar.
    for (int i = 0; i < bar->count(); ++i) {
        const QRect tab = bar->tabRect(i);
        QVERIFY2(bar->rect().contains(tab), qPrintable(bar->tabText(i)));
    }
}

void TestMainWindow::sourcesAreLinksThenCodes()
{
    // In the window, sources are links; a kiosk shows QR codes instead.
    for (ShowcaseView *view : m_window->views())
        QCOMPARE(view->sourceStyle(), SourceStyle::Links);
    const HardwareItem &part = m_catalog->content().hardware.items.front();
    QVERIFY(m_window->selectItem(u"hardware"_s, part.id));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    auto *card = m_window->view(u"hardware"_s)->findChild<PartDetailCard *>();
    QVERIFY(card);
    QTRY_VERIFY(card->sourceLinks()->isVisible());
    QVERIFY(!card->qrTile()->isVisible());
    m_window->enterKioskMode();
    // A frameless window is shown anew, as main() shows the kiosk full screen.
    m_window->show();
    for (ShowcaseView *view : m_window->views())
        QCOMPARE(view->sourceStyle(), SourceStyle::QrCode);
    QTRY_VERIFY(card->qrTile()->isVisible());
    QVERIFY(!card->sourceLinks()->isVisible());
    QCOMPARE(card->qrTile()->url(), firstUrl(m_catalog->content().hardware.sources, part.sources));
    QVERIFY(!card->qrTile()->url().isEmpty());
}

namespace {

Partner *partner(ContentSet &content, const QString &id)
{
    for (Partner &partner : content.partners.items) {
        if (partner.id == id)
            return &partner;
    }
    return nullptr;
}

} // namespace

void TestMainWindow::replaceContentKeepsViewSelectionAndFilters()
{
    m_language->setLanguage(u"fr"_s);
    const QString event = firstItem(m_catalog->content(), u"timeline"_s);
    const QString quote = firstItem(m_catalog->content(), u"reviews"_s);
    const QString chosen = firstItem(m_catalog->content(), u"partners"_s);
    const QString category = m_catalog->content().partners.items.front().category;
    QVERIFY(m_window->selectItem(u"timeline"_s, event));
    QVERIFY(m_window->selectItem(u"reviews"_s, quote));
    QVERIFY(m_window->selectItem(u"partners"_s, chosen));
    auto *partners = qobject_cast<PartnersView *>(m_window->view(u"partners"_s));
    QVERIFY(partners);
    partners->categoryFilter()->setSelection({category});
    QCOMPARE(partners->currentItem(), chosen);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));

    // New content: a partner renamed, the selected quote gone.
    ContentSet next = m_catalog->content();
    Partner *renamed = partner(next, chosen);
    QVERIFY(renamed);
    renamed->name = LocalizedText(u"Partner (new)"_s);
    renamed->name.insert(u"fr"_s, u"Partenaire (nouveau)"_s);
    auto &reviews = next.reviews.items;
    const auto before = reviews.size();
    reviews.erase(std::remove_if(reviews.begin(), reviews.end(),
                                 [&](const Review &r) { return r.id == quote; }),
                  reviews.end());
    QCOMPARE(reviews.size(), before - 1);
    m_window->replaceContent(next);

    QCOMPARE(m_window->currentViewName(), u"partners"_s);
    QCOMPARE(partners->currentItem(), chosen);
    QCOMPARE(partners->categoryFilter()->selection(), QSet<QString>{category});
    QCOMPARE(m_window->view(u"timeline"_s)->currentItem(), event);
    QVERIFY(m_window->view(u"reviews"_s)->currentItem() != quote);
    QCOMPARE(m_catalog->language(), u"fr"_s);
    QCOMPARE(m_language->current(), u"fr"_s);
    QCOMPARE(m_catalog->content().reviews.items.size(), before - 1);
    // The models changed in place: the view shows the new name in French.
    bool found = false;
    for (int row = 0; row < partners->proxy()->rowCount(); ++row)
        found = found ||
                partners->proxy()->index(row, 0).data().toString() == u"Partenaire (nouveau)"_s;
    QVERIFY(found);
}

void TestMainWindow::followsAContentWatcher()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ContentWatcher watcher(dir.path());
    watcher.setDebounceInterval(50);
    watcher.start();
    m_window->setContentWatcher(&watcher);
    QCOMPARE(m_window->contentWatcher(), &watcher);
    const QString chosen = firstItem(m_catalog->content(), u"partners"_s);
    QVERIFY(m_window->selectItem(u"partners"_s, chosen));

    QFile bundled(u":/data/partners.json"_s);
    QVERIFY(bundled.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(bundled.readAll()).object();
    QJsonArray items = root.value(u"items").toArray();
    for (int i = 0; i < items.size(); ++i) {
        QJsonObject item = items.at(i).toObject();
        if (item.value(u"id").toString() != chosen)
            continue;
        QJsonObject name = item.value(u"name").toObject();
        name.insert(u"en"_s, u"Partner (new)"_s);
        item.insert(u"name"_s, name);
        items.replace(i, item);
    }
    root.insert(u"items"_s, items);
    QFile file(dir.filePath(u"partners.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write(QJsonDocument(root).toJson()) > 0);
    file.close();

    QTRY_COMPARE(partner(const_cast<ContentSet &>(m_catalog->content()), chosen)->name.english(),
                 u"Partner (new)"_s);
    QCOMPARE(m_window->currentViewName(), u"partners"_s);
    QCOMPARE(m_window->view(u"partners"_s)->currentItem(), chosen);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
