#include "mainwindow.h"

#include "aboutdialog.h"
#include "content/contentwatcher.h"
#include "contentfoldercontrols.h"
#include "contentsource.h"
#include "core/logging.h"
#include "export/exportplan.h"
#include "exportdialog.h"
#include "models/catalog.h"
#include "views/common/searchfield.h"
#include "views/language.h"
#include "views/showcaseview.h"
#include "views/theme.h"
#include "views/viewregistry.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QEvent>
#include <QHash>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(Catalog *catalog, Language *language, QWidget *parent)
    : QMainWindow(parent)
    , m_catalog(catalog)
    , m_language(language)
    , m_tabs(new QTabWidget(this))
{
    m_tabs->setDocumentMode(true);
    m_tabs->tabBar()->setExpanding(false);
    m_tabs->setObjectName(u"viewTabs"_s);
    // The views lay themselves out at any size they are given. Their own
    // minimum size hints follow the width they last had, and a view never
    // shown has had none: left to them, the window's minimum could exceed a
    // 1280x720 screen, and a full-screen kiosk would reach past its bottom edge.
    m_tabs->setMinimumSize(MinimumViewSize);
    // Each view is built when first needed (see views()); until then its tab
    // holds an empty page.
    m_names = ViewRegistry::names();
    for (const QString &name : std::as_const(m_names)) {
        m_views.append(nullptr);
        m_tabs->addTab(new QWidget(m_tabs), ViewRegistry::title(name));
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index >= 0)
            ensureView(index);
    });
    // A timer, not a posted call: the frame's own posted events (and a quit
    // right after the first frame) go first.
    m_buildTimer = new QTimer(this);
    m_buildTimer->setSingleShot(true);
    m_buildTimer->setInterval(0);
    connect(m_buildTimer, &QTimer::timeout, this, &MainWindow::buildNextView);
    setCentralWidget(m_tabs);
    // Present from the start, so that menu entries explain themselves there.
    statusBar()->setSizeGripEnabled(false);
    createMenus();
    retranslate();
    connect(m_language, &Language::changed, this, &MainWindow::rebuildLanguageMenu);
    connect(m_catalog, &Catalog::loadingChanged, this, &MainWindow::updateExportActions);
    updateExportActions();
    resize(1440, 900);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_exportCurrentAction = m_fileMenu->addAction(QString(), this, &MainWindow::exportCurrentView);
    m_exportCurrentAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAllAction = m_fileMenu->addAction(QString(), this, &MainWindow::exportAllViews);
    m_exportAllAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), qApp, &QApplication::closeAllWindows);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_editMenu = menuBar()->addMenu(QString());
    m_copyImageAction = m_editMenu->addAction(QString(), this, &MainWindow::copyViewAsImage);
    m_copyImageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_editMenu->addSeparator();
    m_findAction = m_editMenu->addAction(QString(), this, &MainWindow::find);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateFindAction);
    updateFindAction();

    m_viewMenu = menuBar()->addMenu(QString());
    for (int i = 0; i < m_names.size(); ++i) {
        QAction *action =
                m_viewMenu->addAction(QString(), this, [this, i] { m_tabs->setCurrentIndex(i); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        m_viewActions.append(action);
    }
    m_viewMenu->addSeparator();
    m_nextViewAction = m_viewMenu->addAction(QString(), this, [this] {
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + 1) % m_tabs->count());
    });
    m_nextViewAction->setShortcuts(
            {QKeySequence(Qt::CTRL | Qt::Key_Tab), QKeySequence(Qt::CTRL | Qt::Key_PageDown)});
    m_previousViewAction = m_viewMenu->addAction(QString(), this, [this] {
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + m_tabs->count() - 1) % m_tabs->count());
    });
    // The menu shows the first shortcut as users know it, Ctrl+Shift+Tab. X11
    // and Wayland report Shift+Tab as Shift+Backtab, which the second one catches.
    m_previousViewAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab),
                                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab),
                                        QKeySequence(Qt::CTRL | Qt::Key_PageUp)});
    m_viewMenu->addSeparator();

    m_themeMenu = m_viewMenu->addMenu(QString());
    auto *themes = new QActionGroup(this);
    const auto addTheme = [&](Theme::Id id) {
        QAction *action = m_themeMenu->addAction(QString(), this, [id] {
            Appearance::instance()->setTheme(id);
            Appearance::instance()->apply(qApp);
        });
        action->setCheckable(true);
        action->setChecked(Appearance::instance()->theme().id == id);
        themes->addAction(action);
        return action;
    };
    m_darkAction = addTheme(Theme::Id::Dark);
    m_lightAction = addTheme(Theme::Id::Light);
    m_highContrastAction = addTheme(Theme::Id::HighContrast);
    connect(Appearance::instance(), &Appearance::themeChanged, this, [this] {
        const Theme::Id id = Appearance::instance()->theme().id;
        m_darkAction->setChecked(id == Theme::Id::Dark);
        m_lightAction->setChecked(id == Theme::Id::Light);
        m_highContrastAction->setChecked(id == Theme::Id::HighContrast);
    });

    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    rebuildLanguageMenu();

    m_reducedMotionAction = m_viewMenu->addAction(QString());
    m_reducedMotionAction->setCheckable(true);
    m_reducedMotionAction->setChecked(Appearance::instance()->reducedMotion());
    connect(m_reducedMotionAction, &QAction::toggled, Appearance::instance(),
            &Appearance::setReducedMotion);

    m_viewMenu->addSeparator();
    m_fullScreenAction = m_viewMenu->addAction(QString(), this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen
                          : windowState() & ~Qt::WindowFullScreen);
    });
    m_fullScreenAction->setCheckable(true);
    m_fullScreenAction->setShortcut(QKeySequence::FullScreen);

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutQtAction = m_helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::rebuildLanguageMenu()
{
    m_languageMenu->clear();
    for (QAction *action : m_languageGroup->actions())
        m_languageGroup->removeAction(action);
    for (const QString &code : Language::available()) {
        // Each language is listed in its own name, so a visitor finds theirs
        // whatever language the app is in.
        QAction *action = m_languageMenu->addAction(
                Language::nativeName(code), this, [this, code] { m_language->setLanguage(code); });
        action->setCheckable(true);
        action->setChecked(code == m_language->current());
        m_languageGroup->addAction(action);
    }
}

void MainWindow::retranslate()
{
    //: The window title
    setWindowTitle(tr("Spark Showcase"));
    //: Accessible name of the tabs that hold the four views
    m_tabs->setAccessibleName(tr("Views"));
    for (int i = 0; i < m_names.size(); ++i) {
        const QString title = ViewRegistry::title(m_names.at(i));
        m_tabs->setTabText(i, title);
        //: A View menu entry that shows one of the four views; %1 is its title
        m_viewActions.at(i)->setText(tr("Show %1").arg(title));
    }
    m_fileMenu->setTitle(tr("&File"));
    m_exportCurrentAction->setText(tr("&Export Current View…"));
    m_exportCurrentAction->setStatusTip(
            tr("Save the view shown as a picture or document, at any size"));
    m_exportAllAction->setText(tr("Export &All Views…"));
    m_exportAllAction->setStatusTip(
            tr("Save every view as pictures or documents, in one or more languages"));
    m_editMenu->setTitle(tr("&Edit"));
    m_copyImageAction->setText(tr("&Copy View as Image"));
    m_copyImageAction->setStatusTip(tr("Put a picture of the view shown on the clipboard"));
    //: Edit menu: focuses and selects the search field of the view shown
    m_findAction->setText(tr("&Find"));
    m_findAction->setStatusTip(tr("Search the view shown"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_nextViewAction->setText(tr("&Next View"));
    m_previousViewAction->setText(tr("&Previous View"));
    m_themeMenu->setTitle(tr("&Theme"));
    m_darkAction->setText(tr("&Dark"));
    m_lightAction->setText(tr("&Light"));
    //: A theme with the strongest contrast between text and background
    m_highContrastAction->setText(tr("&High Contrast"));
    m_languageMenu->setTitle(tr("L&anguage"));
    //: Stops animations and the rotation of featured quotes
    m_reducedMotionAction->setText(tr("&Reduce Motion"));
    m_fullScreenAction->setText(tr("&Full Screen"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Spark Showcase"));
    m_aboutQtAction->setText(tr("About &Qt"));
}

bool MainWindow::event(QEvent *event)
{
    // Right after the first frame, the views not shown are built, one per pass
    // through the event loop.
    if (event->type() == QEvent::Paint && !m_buildingRest && m_buildRest) {
        m_buildingRest = true;
        m_buildTimer->start();
    }
    return QMainWindow::event(event);
}

void MainWindow::showEvent(QShowEvent *event)
{
    // The view shown is built before the first frame.
    ensureView(m_tabs->currentIndex());
    QMainWindow::showEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // A kiosk ends through its controller (operator PIN, SIGTERM), which ends
    // the event loop; a visitor's close request is refused.
    if (m_kiosk) {
        qCInfo(lcKiosk) << "Ignored a request to close the kiosk window";
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    // The kiosk's tabs grow with the screen the window fills.
    if (m_kiosk && qMax(1.0, Typography::scaleFor(size())) != m_kioskTabScale)
        styleKioskTabs();
}

void MainWindow::enterKioskMode()
{
    m_kiosk = true;
    menuBar()->hide();
    statusBar()->hide();
    // Menu shortcuts stay out of reach: nothing may export, show a dialog,
    // quit or leave full screen.
    for (QAction *action : {m_exportCurrentAction, m_exportAllAction, m_copyImageAction,
                            m_quitAction, m_fullScreenAction, m_aboutAction, m_aboutQtAction}) {
        action->setEnabled(false);
    }
    // No content folder to choose, no panel: the kiosk follows its --content folder alone.
    delete m_contentControls;
    m_contentControls = nullptr;
    setWindowFlag(Qt::FramelessWindowHint, true);
    setContextMenuPolicy(Qt::NoContextMenu);
    // A kiosk never opens a browser: its sources are QR codes a visitor scans.
    // Views built later get them from ensureView().
    for (ShowcaseView *view : std::as_const(m_views)) {
        if (view)
            view->setSourceStyle(SourceStyle::QrCode);
    }
    styleKioskTabs();
    connect(Appearance::instance(), &Appearance::themeChanged, this, &MainWindow::styleKioskTabs,
            Qt::UniqueConnection);
    connect(Appearance::instance(), &Appearance::fontsChanged, this, &MainWindow::styleKioskTabs,
            Qt::UniqueConnection);
}

void MainWindow::styleKioskTabs()
{
    // Touch targets: tabs at least 72 px high (more on large screens) with
    // room on either side, in the title type of the window's scale.
    QTabBar *bar = m_tabs->tabBar();
    const double scale = qMax(1.0, Typography::scaleFor(size()));
    m_kioskTabScale = scale;
    bar->setFont(Appearance::instance()->font(Typography::Role::Title, scale));
    const Theme &theme = Appearance::instance()->theme();
    bar->setStyleSheet(u"QTabBar::tab { min-height: %1px; min-width: %2px; padding: 0 %3px; "
                       "color: %4; background: transparent; border: none; "
                       "border-bottom: %5px solid transparent; }"
                       "QTabBar::tab:selected { color: %6; border-bottom-color: %7; }"_s
                               .arg(qRound(72 * scale))
                               .arg(qRound(160 * scale))
                               .arg(qRound(28 * scale))
                               .arg(theme.textMuted.name())
                               .arg(qRound(4 * scale))
                               .arg(theme.text.name(), theme.accent.name()));
}

bool MainWindow::showView(const QString &name)
{
    const qsizetype index = m_names.indexOf(name);
    if (index < 0)
        return false;
    m_tabs->setCurrentIndex(int(index));
    // Already current (the first tab), but perhaps not built yet.
    ensureView(int(index));
    return true;
}

bool MainWindow::selectItem(const QString &view, const QString &id)
{
    ShowcaseView *target = this->view(view);
    if (!target || !target->selectItem(id))
        return false;
    return showView(view);
}

QString MainWindow::currentViewName() const
{
    return m_names.value(m_tabs->currentIndex());
}

ShowcaseView *MainWindow::view(const QString &name)
{
    const qsizetype index = m_names.indexOf(name);
    return index < 0 ? nullptr : ensureView(int(index));
}

QList<ShowcaseView *> MainWindow::views()
{
    for (int i = 0; i < m_names.size(); ++i)
        ensureView(i);
    return m_views;
}

bool MainWindow::isBuilt(const QString &name) const
{
    const qsizetype index = m_names.indexOf(name);
    return index >= 0 && m_views.at(index);
}

ShowcaseView *MainWindow::ensureView(int index)
{
    if (ShowcaseView *built = m_views.at(index))
        return built;
    const QString &name = m_names.at(index);
    ShowcaseView *view = ViewRegistry::create(name, m_catalog, m_tabs);
    view->setObjectName(name);
    // In the window every source is a link that opens the browser; a kiosk
    // shows QR codes instead.
    view->setSourceStyle(m_kiosk ? SourceStyle::QrCode : SourceStyle::Links);
    m_views[index] = view;
    // The view takes the place of its empty page, and the tab that was
    // current stays current. Nothing else changes: no signal.
    QWidget *page = m_tabs->widget(index);
    const int current = m_tabs->currentIndex();
    {
        const QSignalBlocker blocker(m_tabs);
        m_tabs->insertTab(index, view, ViewRegistry::title(name));
        m_tabs->removeTab(index + 1);
        m_tabs->setCurrentIndex(current);
    }
    delete page;
    if (index == current)
        updateFindAction();
    return view;
}

void MainWindow::buildNextView()
{
    for (int i = 0; i < m_names.size(); ++i) {
        if (!m_views.at(i)) {
            ensureView(i);
            // One view per pass through the event loop: input waits for at most one.
            m_buildTimer->start();
            return;
        }
    }
}

void MainWindow::find()
{
    const auto *current = qobject_cast<ShowcaseView *>(m_tabs->currentWidget());
    if (SearchField *field = current ? current->searchField() : nullptr)
        field->find();
}

void MainWindow::updateFindAction()
{
    const auto *current = qobject_cast<ShowcaseView *>(m_tabs->currentWidget());
    m_findAction->setEnabled(current && current->searchField());
}

void MainWindow::updateExportActions()
{
    // A view whose content file is still being read would be exported empty:
    // both exports wait, disabled, until the content is complete.
    const bool enabled = !m_kiosk && !m_catalog->isLoading();
    m_exportCurrentAction->setEnabled(enabled);
    m_exportAllAction->setEnabled(enabled);
}

void MainWindow::replaceContent(const ContentSet &content)
{
    const QString shown = currentViewName();
    // Views not built yet read the new content when they are.
    QHash<ShowcaseView *, QString> items;
    for (ShowcaseView *view : std::as_const(m_views)) {
        if (view)
            items.insert(view, view->currentItem());
    }
    // Filters live in the views' chip bars and proxies, which keep what still
    // exists when their models reset; selections are put back here.
    m_catalog->setContent(content);
    for (ShowcaseView *view : std::as_const(m_views)) {
        if (!view)
            continue;
        const QString item = items.value(view);
        if (!item.isEmpty() && view->currentItem() != item && !view->selectItem(item))
            qCInfo(lcApp).noquote()
                    << "The new content has no item" << item << "in" << view->name();
    }
    if (currentViewName() != shown)
        showView(shown);
}

void MainWindow::setContentWatcher(ContentWatcher *watcher)
{
    if (m_contentWatcher)
        disconnect(m_contentWatcher, nullptr, this, nullptr);
    m_contentWatcher = watcher;
    if (watcher) {
        connect(watcher, &ContentWatcher::contentChanged, this, &MainWindow::replaceContent);
        connect(watcher, &QObject::destroyed, this, [this] { m_contentWatcher = nullptr; });
    }
}

void MainWindow::setContentSource(ContentSource *source)
{
    if (m_contentSource)
        disconnect(m_contentSource, nullptr, this, nullptr);
    delete m_contentControls;
    m_contentControls = nullptr;
    m_contentSource = source;
    if (!source)
        return;
    connect(source, &ContentSource::contentChanged, this, &MainWindow::replaceContent);
    connect(source, &QObject::destroyed, this, [this] { setContentSource(nullptr); });
    if (!m_kiosk)
        m_contentControls = new ContentFolderControls(source, this, m_fileMenu);
}

void MainWindow::showNotice(const QString &message)
{
    if (m_kiosk) {
        qCWarning(lcKiosk).noquote() << message;
        return;
    }
    statusBar()->showMessage(message);
}

void MainWindow::showAbout()
{
    if (m_kiosk)
        return;
    AboutDialog dialog(m_catalog, this);
    dialog.exec();
}

void MainWindow::exportCurrentView()
{
    exportViews(false);
}

void MainWindow::exportAllViews()
{
    exportViews(true);
}

void MainWindow::exportViews(bool allViews)
{
    const auto *current = qobject_cast<ShowcaseView *>(m_tabs->currentWidget());
    if (!current || m_kiosk || m_catalog->isLoading())
        return;
    Exporter exporter(m_catalog);
    ExportDialog dialog(allViews ? ExportDialog::Scope::AllViews : ExportDialog::Scope::CurrentView,
                        current->name(), current->currentItem(), current->size(), &exporter, this);
    dialog.setLanguages({m_language->current()});
    QSettings settings;
    dialog.restoreSettings(settings);
    if (dialog.exec() != QDialog::Accepted)
        return;
    dialog.saveSettings(&settings);
    const std::optional<ExportPlan> plan = ExportPlan::create(dialog.request());
    if (plan)
        exportWithProgress(*plan);
}

Exporter::Result MainWindow::exportWithProgress(const ExportPlan &plan)
{
    Exporter exporter(m_catalog);
    // Titles in the window's language: the exporter reports each view before
    // it renders it in a language of its own.
    QHash<QString, QString> titles;
    for (const QString &name : ViewRegistry::names())
        titles.insert(name, ViewRegistry::title(name));

    QProgressDialog progress(this);
    progress.setWindowTitle(tr("Export"));
    //: The button that stops a running export, in its progress dialog
    progress.setCancelButtonText(tr("Cancel"));
    progress.setLabelText(tr("Preparing the export…"));
    progress.setRange(0, plan.count());
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    connect(&progress, &QProgressDialog::canceled, &exporter, &Exporter::cancel);
    connect(&exporter, &Exporter::viewStarted, &progress,
            [&](const QString &view, const QString &language, int index, int count) {
                //: Export progress; %1 a view title, %2 a language name, %3 and %4 numbers
                progress.setLabelText(
                        tr("Drawing %1 in %2, file %3 of %4…")
                                .arg(titles.value(view), Language::nativeName(language))
                                .arg(index + 1)
                                .arg(count));
                // Lets the dialog paint and its Cancel button be pressed.
                QCoreApplication::processEvents();
            });
    connect(&exporter, &Exporter::fileWritten, &progress,
            [&progress](const QString &, int number) { progress.setValue(number); });
    progress.show();
    QCoreApplication::processEvents();

    // The exporter draws in a language and look of its own; this window
    // keeps its own and stays live behind the progress dialog.
    const Exporter::Result result = exporter.run(plan);
    progress.close();

    const QString folder = QDir::toNativeSeparators(plan.request().outputDirectory);
    switch (result.status) {
    case Exporter::Status::Done:
        //: %n files were saved into the folder %1
        showNotice(
                tr("Files exported to %1: %n.", nullptr, int(result.written.size())).arg(folder));
        break;
    case Exporter::Status::Canceled:
        //: %n files were saved before the export was canceled
        showNotice(tr("Export canceled. Files saved: %n.", nullptr, int(result.written.size())));
        break;
    default: {
        QMessageBox box(QMessageBox::Warning, tr("Export"), tr("The export did not finish."),
                        QMessageBox::Ok, this);
        QString reason = result.error;
        if (!reason.isEmpty())
            reason[0] = reason.at(0).toUpper();
        if (!result.written.isEmpty()) {
            //: After the reason an export failed; %n files had been saved before
            reason += u"\n\n"_s +
                      tr("Files saved before it stopped: %n.", nullptr, int(result.written.size()));
        }
        box.setInformativeText(reason);
        box.exec();
        break;
    }
    }
    return result;
}

void MainWindow::copyViewAsImage()
{
    auto *current = qobject_cast<ShowcaseView *>(m_tabs->currentWidget());
    if (!current)
        return;
    QGuiApplication::clipboard()->setImage(current->grab().toImage());
    //: %1 is a view title
    showNotice(tr("Copied the %1 view to the clipboard.").arg(current->title()));
}
