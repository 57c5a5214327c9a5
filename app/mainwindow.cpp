#include "mainwindow.h"

#include "aboutdialog.h"
#include "models/catalog.h"
#include "views/language.h"
#include "views/showcaseview.h"
#include "views/theme.h"
#include "views/viewregistry.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>

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
    for (const QString &name : ViewRegistry::names()) {
        ShowcaseView *view = ViewRegistry::create(name, catalog, m_tabs);
        view->setObjectName(name);
        m_views.append(view);
        m_tabs->addTab(view, view->title());
    }
    setCentralWidget(m_tabs);
    createMenus();
    retranslate();
    connect(m_language, &Language::changed, this, &MainWindow::rebuildLanguageMenu);
    resize(1440, 900);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_quitAction = m_fileMenu->addAction(QString(), qApp, &QApplication::closeAllWindows);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(QString());
    for (int i = 0; i < m_views.size(); ++i) {
        QAction *action = m_viewMenu->addAction(QString(), this, [this, i] {
            m_tabs->setCurrentIndex(i);
        });
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
    m_previousViewAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab),
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
        QAction *action = m_languageMenu->addAction(Language::nativeName(code), this, [this, code] {
            m_language->setLanguage(code);
        });
        action->setCheckable(true);
        action->setChecked(code == m_language->current());
        m_languageGroup->addAction(action);
    }
}

void MainWindow::retranslate()
{
    //: The window title
    setWindowTitle(tr("Spark Showcase"));
    for (int i = 0; i < m_views.size(); ++i) {
        m_tabs->setTabText(i, m_views.at(i)->title());
        //: A View menu entry that shows one of the four views; %1 is its title
        m_viewActions.at(i)->setText(tr("Show %1").arg(m_views.at(i)->title()));
    }
    m_fileMenu->setTitle(tr("&File"));
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

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

bool MainWindow::showView(const QString &name)
{
    for (int i = 0; i < m_views.size(); ++i) {
        if (m_views.at(i)->name() == name) {
            m_tabs->setCurrentIndex(i);
            return true;
        }
    }
    return false;
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
    const auto *view = qobject_cast<ShowcaseView *>(m_tabs->currentWidget());
    return view ? view->name() : QString();
}

ShowcaseView *MainWindow::view(const QString &name) const
{
    for (ShowcaseView *view : m_views) {
        if (view->name() == name)
            return view;
    }
    return nullptr;
}

void MainWindow::showNotice(const QString &message)
{
    statusBar()->showMessage(message);
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_catalog, this);
    dialog.exec();
}
