#include "contentfoldercontrols.h"

#include "contentproblemspanel.h"
#include "contentsource.h"
#include "mainwindow.h"

#include "accessibilityaudit.h"

#include "content/contentloader.h"
#include "contentgenerator.h"
#include "models/catalog.h"
#include "views/language.h"
#include "views/theme.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {

QByteArray partnersFile(const QString &name)
{
    QFile file(u":/data/partners.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QJsonArray items = root.value(u"items").toArray();
    QJsonObject first = items.at(0).toObject();
    if (name.isEmpty()) {
        first.insert(u"category"_s, u"no-such-category"_s);
    } else {
        QJsonObject names = first.value(u"name").toObject();
        names.insert(u"en"_s, name);
        first.insert(u"name"_s, names);
    }
    items.replace(0, first);
    root.insert(u"items"_s, items);
    return QJsonDocument(root).toJson();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

QString firstPartnerId(const Catalog &catalog)
{
    const auto &items = catalog.content().partners.items;
    return items.empty() ? QString() : items.front().name.english();
}

} // namespace

// The window as a workstation user meets it: one ContentSource over the
// app's settings, a MainWindow that follows it, the folder dialog replaced.
class TestContentFolderControls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void fileMenuEntries();
    void openFolderByItsShortcut();
    void cancelledPickerChangesNothing();
    void reloadByItsShortcut();
    void backToTheBundledContent();
    void statusBarOpensThePanel();
    void problemsOpenThePanelAndCopy();
    void problemsOfALargeFileOpenThePanelWhenRead();
    void panelGoesBeneathTheViewsInPortrait();
    void rememberedAcrossANewWindow();
    void commandLineFolderWinsForTheRun();
    void panelFollowsTheLanguage();
    void kioskHasNoneOfIt();
    void everyControlIsNamed();

private:
    void makeWindow(const QString &commandLineFolder = QString());
    QAction *fileAction(const QString &text) const;
    ContentFolderControls *controls() const { return m_window->contentControls(); }

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<Language> m_language;
    std::unique_ptr<ContentSource> m_source;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_asked; // the start folder of every question the picker got
    QString m_answer;
};

void TestContentFolderControls::initTestCase()
{
    Appearance::loadFonts();
}

void TestContentFolderControls::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    m_folder = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid() && m_folder->isValid());
    QVERIFY(writeFile(m_folder->filePath(u"partners.json"_s), partnersFile(u"From the folder"_s)));
    m_settings =
            std::make_unique<QSettings>(m_home->filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_asked.clear();
    m_answer.clear();
    makeWindow();
}

void TestContentFolderControls::makeWindow(const QString &commandLineFolder)
{
    m_window.reset();
    m_language.reset();
    m_catalog.reset();
    m_source = std::make_unique<ContentSource>(m_settings.get());
    m_source->start(commandLineFolder);
    m_catalog = std::make_unique<Catalog>();
    m_catalog->setContent(m_source->content());
    m_language = std::make_unique<Language>(m_catalog.get());
    m_language->setLanguage(u"en"_s);
    m_window = std::make_unique<MainWindow>(m_catalog.get(), m_language.get());
    m_window->setContentSource(m_source.get());
    QVERIFY(controls());
    controls()->setFolderPicker([this](QWidget *, const QString &start) {
        m_asked.append(start);
        return m_answer;
    });
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()) ||
            QTest::qWaitForWindowExposed(m_window.get()));
}

void TestContentFolderControls::cleanup()
{
    m_window.reset();
    m_language.reset();
    m_catalog.reset();
    m_source.reset();
    m_settings.reset();
    m_folder.reset();
    m_home.reset();
}

QAction *TestContentFolderControls::fileAction(const QString &text) const
{
    QMenu *file = m_window->menuBar()->actions().constFirst()->menu();
    for (QAction *entry : file->actions()) {
        if (entry->text() == text)
            return entry;
    }
    return nullptr;
}

void TestContentFolderControls::fileMenuEntries()
{
    QMenu *file = m_window->menuBar()->actions().constFirst()->menu();
    QStringList texts;
    for (QAction *entry : file->actions())
        texts.append(entry->isSeparator() ? u"-"_s : entry->text());
    QCOMPARE(texts.mid(0, 5),
             (QStringList{u"&Open Content Folder…"_s, u"&Reload Content"_s,
                          u"Use &Bundled Content"_s, u"Content Problems"_s, u"-"_s}));
    QCOMPARE(fileAction(u"&Open Content Folder…"_s)->shortcut(), QKeySequence(QKeySequence::Open));
    QCOMPARE(fileAction(u"&Reload Content"_s)->shortcut(), QKeySequence(QKeySequence::Refresh));
    QCOMPARE(QKeySequence(QKeySequence::Refresh).toString(), u"F5"_s);
    // Nothing to reload or leave while the bundled content is shown.
    QVERIFY(!fileAction(u"&Reload Content"_s)->isEnabled());
    QVERIFY(!fileAction(u"Use &Bundled Content"_s)->isEnabled());
    QVERIFY(fileAction(u"Content Problems"_s)->isCheckable());
}

void TestContentFolderControls::openFolderByItsShortcut()
{
    m_answer = m_folder->path();
    m_window->showView(u"partners"_s);
    QTest::keyClick(m_window.get(), Qt::Key_O, Qt::ControlModifier);
    QCOMPARE(m_asked, QStringList{QDir::homePath()});
    QCOMPARE(m_source->folder(), m_folder->path());
    QCOMPARE(firstPartnerId(*m_catalog), u"From the folder"_s);
    QCOMPARE(m_window->currentViewName(), u"partners"_s);
    QVERIFY(fileAction(u"&Reload Content"_s)->isEnabled());
    QVERIFY(fileAction(u"Use &Bundled Content"_s)->isEnabled());
    const QString name = QFileInfo(m_folder->path()).fileName();
    QToolButton *status = controls()->statusButton();
    QCOMPARE(status->text(), u"Content: %1 · no problems"_s.arg(name));
    QVERIFY(status->toolTip().startsWith(m_folder->path()));
    // A good folder needs no panel.
    QVERIFY(!controls()->panel()->isVisible());
    // The next question starts in the folder in use.
    QTest::keyClick(m_window.get(), Qt::Key_O, Qt::ControlModifier);
    QCOMPARE(m_asked.constLast(), m_folder->path());
}

void TestContentFolderControls::cancelledPickerChangesNothing()
{
    m_answer.clear();
    QTest::keyClick(m_window.get(), Qt::Key_O, Qt::ControlModifier);
    QCOMPARE(m_asked.size(), 1);
    QVERIFY(m_source->isBundled());
    QVERIFY(!m_settings->contains(ContentSource::SettingsKey));
}

void TestContentFolderControls::reloadByItsShortcut()
{
    m_answer = m_folder->path();
    controls()->openFolder();
    QVERIFY(writeFile(m_folder->filePath(u"partners.json"_s), partnersFile(u"Edited"_s)));
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QCOMPARE(firstPartnerId(*m_catalog), u"Edited"_s);
    QCOMPARE(m_source->folder(), m_folder->path());
}

void TestContentFolderControls::backToTheBundledContent()
{
    m_answer = m_folder->path();
    controls()->openFolder();
    QCOMPARE(firstPartnerId(*m_catalog), u"From the folder"_s);
    QAction *bundled = fileAction(u"Use &Bundled Content"_s);
    QVERIFY(bundled->isEnabled());
    bundled->trigger();
    QVERIFY(m_source->isBundled());
    QCOMPARE(firstPartnerId(*m_catalog),
             ContentLoader::load().content.partners.items.front().name.english());
    QVERIFY(!bundled->isEnabled());
    QCOMPARE(controls()->statusButton()->text(), u"Bundled content"_s);
    QVERIFY(!m_settings->contains(ContentSource::SettingsKey));
}

void TestContentFolderControls::statusBarOpensThePanel()
{
    QToolButton *status = controls()->statusButton();
    QVERIFY(status->isVisible());
    QVERIFY(!controls()->panel()->isVisible());
    QTest::mouseClick(status, Qt::LeftButton);
    QVERIFY(controls()->panel()->isVisible());
    QVERIFY(fileAction(u"Content Problems"_s)->isChecked());
    // The File menu entry hides it again.
    fileAction(u"Content Problems"_s)->trigger();
    QVERIFY(!controls()->panel()->isVisible());
}

void TestContentFolderControls::problemsOpenThePanelAndCopy()
{
    QVERIFY(writeFile(m_folder->filePath(u"partners.json"_s), partnersFile(QString())));
    m_answer = m_folder->path();
    QTest::keyClick(m_window.get(), Qt::Key_O, Qt::ControlModifier);
    ContentProblemsPanel *panel = controls()->panel();
    QVERIFY(panel->isVisible());
    QCOMPARE(panel->rows().size(), 1);
    // With the panel open the window still fits the smallest promised screen.
    const QSize minimum = m_window->minimumSizeHint();
    QVERIFY2(minimum.width() <= 1280 && minimum.height() <= 720,
             qPrintable(u"%1x%2"_s.arg(minimum.width()).arg(minimum.height())));
    const QString name = QFileInfo(m_folder->path()).fileName();
    QCOMPARE(controls()->statusButton()->text(), u"Content: %1 · 1 problem"_s.arg(name));
    auto *copy = panel->findChild<QToolButton *>(u"copyProblem"_s);
    QVERIFY(copy && copy->isVisible());
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), panel->rows().constFirst());
    QVERIFY(panel->rows().constFirst().startsWith(m_folder->filePath(u"partners.json"_s) +
                                                  u": /items/0/category: "_s));
}

// A large file is read after the folder opens: its problems open the panel
// when they arrive, and the exports wait for it.
void TestContentFolderControls::problemsOfALargeFileOpenThePanelWhenRead()
{
    QJsonObject root = ContentGenerator::partners(3000);
    QJsonArray items = root.value(u"items").toArray();
    QJsonObject first = items.at(0).toObject();
    first.insert(u"category"_s, u"no-such-category"_s);
    items.replace(0, first);
    root.insert(u"items"_s, items);
    QVERIFY(writeFile(m_folder->filePath(u"partners.json"_s), QJsonDocument(root).toJson()));
    m_answer = m_folder->path();
    QTest::keyClick(m_window.get(), Qt::Key_O, Qt::ControlModifier);
    QVERIFY(m_source->isLoading());
    QVERIFY(m_catalog->isLoading(ContentFile::Partners));
    QVERIFY(!controls()->panel()->isVisible());
    QAction *exportAll = fileAction(u"Export &All Views…"_s);
    QVERIFY(exportAll && !exportAll->isEnabled());
    // The status bar says the folder is still being read, not "no problems".
    const QString name = QFileInfo(m_folder->path()).fileName();
    QCOMPARE(controls()->statusButton()->text(), u"Content: %1 · reading…"_s.arg(name));

    QTRY_VERIFY(!m_source->isLoading());
    QCOMPARE(controls()->statusButton()->text(), u"Content: %1 · 1 problem"_s.arg(name));
    QVERIFY(controls()->panel()->isVisible());
    QCOMPARE(controls()->panel()->rows().size(), 1);
    QVERIFY(controls()->panel()->rows().constFirst().startsWith(
            m_folder->filePath(u"partners.json"_s) + u": /items/0/category: "_s));
    QVERIFY(!m_catalog->isLoading());
    QVERIFY(exportAll->isEnabled());
}

// On a screen taller than wide the panel docks beneath the views, so that the
// window still fits a 1080-pixel-wide portrait screen; turned back, beside them.
void TestContentFolderControls::panelGoesBeneathTheViewsInPortrait()
{
    QVERIFY(writeFile(m_folder->filePath(u"partners.json"_s), partnersFile(QString())));
    m_answer = m_folder->path();
    QTest::keyClick(m_window.get(), Qt::Key_O, Qt::ControlModifier);
    ContentProblemsPanel *panel = controls()->panel();
    QVERIFY(panel->isVisible());
    QCOMPARE(m_window->dockWidgetArea(panel), Qt::RightDockWidgetArea);

    m_window->resize(1080, 1920);
    QTRY_COMPARE(m_window->dockWidgetArea(panel), Qt::BottomDockWidgetArea);
    const QSize minimum = m_window->minimumSizeHint();
    QVERIFY2(minimum.width() <= 1080 && minimum.height() <= 1920,
             qPrintable(u"%1x%2"_s.arg(minimum.width()).arg(minimum.height())));

    m_window->resize(1920, 1080);
    QTRY_COMPARE(m_window->dockWidgetArea(panel), Qt::RightDockWidgetArea);
    // A panel the user made float stays where it is.
    panel->setFloating(true);
    m_window->resize(1080, 1920);
    QCoreApplication::processEvents();
    QVERIFY(panel->isFloating());
}

void TestContentFolderControls::rememberedAcrossANewWindow()
{
    m_answer = m_folder->path();
    QTest::keyClick(m_window.get(), Qt::Key_O, Qt::ControlModifier);
    makeWindow();
    QCOMPARE(m_source->folder(), m_folder->path());
    QCOMPARE(firstPartnerId(*m_catalog), u"From the folder"_s);
    QVERIFY(controls()->statusButton()->text().contains(QFileInfo(m_folder->path()).fileName()));
}

void TestContentFolderControls::commandLineFolderWinsForTheRun()
{
    m_answer = m_folder->path();
    controls()->openFolder();
    QTemporaryDir given;
    QVERIFY(writeFile(given.filePath(u"partners.json"_s),
                      partnersFile(u"From the command line"_s)));
    makeWindow(given.path());
    QCOMPARE(m_source->folder(), given.path());
    QCOMPARE(firstPartnerId(*m_catalog), u"From the command line"_s);
    m_window.reset();
    QCOMPARE(m_settings->value(ContentSource::SettingsKey).toString(), m_folder->path());
    makeWindow();
    QCOMPARE(m_source->folder(), m_folder->path());
}

// In Arabic the panel moves to the views' trailing side, the left, and the
// problems are read again in the new language.
void TestContentFolderControls::panelFollowsTheLanguage()
{
    QVERIFY(writeFile(m_folder->filePath(u"partners.json"_s), partnersFile(QString())));
    m_answer = m_folder->path();
    controls()->openFolder();
    ContentProblemsPanel *panel = controls()->panel();
    QCOMPARE(m_window->dockWidgetArea(panel), Qt::RightDockWidgetArea);
    const QStringList english = panel->rows();
    m_language->setLanguage(u"ar"_s);
    QVERIFY(m_window->isRightToLeft());
    QCOMPARE(m_window->dockWidgetArea(panel), Qt::LeftDockWidgetArea);
    QCOMPARE(panel->rows().size(), english.size());
    // The window hears of the new language through a posted event.
    QTRY_VERIFY2(panel->rows() != english, qPrintable(panel->rows().join(u'\n')));
    QVERIFY(panel->rows().constFirst().startsWith(m_folder->filePath(u"partners.json"_s) +
                                                  u": /items/0/category: "_s));
    m_language->setLanguage(u"en"_s);
    QCOMPARE(m_window->dockWidgetArea(panel), Qt::RightDockWidgetArea);
    QTRY_COMPARE(panel->rows(), english);
}

void TestContentFolderControls::kioskHasNoneOfIt()
{
    m_window->enterKioskMode();
    QVERIFY(!m_window->contentControls());
    QVERIFY(!fileAction(u"&Open Content Folder…"_s));
    QVERIFY(!fileAction(u"&Reload Content"_s));
    QVERIFY(!fileAction(u"Use &Bundled Content"_s));
    QVERIFY(m_window->findChildren<ContentProblemsPanel *>().isEmpty());
    QTest::keyClick(m_window.get(), Qt::Key_O, Qt::ControlModifier);
    QVERIFY(m_asked.isEmpty());
    // The content still follows the source.
    m_source->openFolder(m_folder->path());
    QCOMPARE(firstPartnerId(*m_catalog), u"From the folder"_s);
}

void TestContentFolderControls::everyControlIsNamed()
{
    QVERIFY(writeFile(m_folder->filePath(u"partners.json"_s), partnersFile(QString())));
    m_answer = m_folder->path();
    controls()->openFolder();
    QVERIFY(controls()->panel()->isVisible());
    QAccessibleInterface *root = QAccessible::queryAccessibleInterface(m_window.get());
    QVERIFY(root);
    const QStringList problems = AccessibilityAudit::namesAndDescriptions(root);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_MAIN(TestContentFolderControls)
#include "tst_contentfoldercontrols.moc"
