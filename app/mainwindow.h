#pragma once

#include "export/exporter.h"

#include <QMainWindow>

class Catalog;
class ContentFolderControls;
class ContentSource;
class ContentWatcher;
class Language;
struct ContentSet;
class QActionGroup;
class QMenu;
class QTabWidget;
class QTimer;
class ShowcaseView;

// The browsing window: the four views as tabs, with menus and shortcuts.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The smallest size of the views' area, tabs included.
    static constexpr QSize MinimumViewSize{960, 600};

    MainWindow(Catalog *catalog, Language *language, QWidget *parent = nullptr);

    // Shows the view \a name; false when there is no such view.
    bool showView(const QString &name);
    // Shows the view holding \a id with it selected; false when no view has it.
    bool selectItem(const QString &view, const QString &id);

    QString currentViewName() const;
    // The view \a name, built now if it was not yet.
    ShowcaseView *view(const QString &name);
    QTabWidget *tabs() const { return m_tabs; }

    // The four views, built now if they were not yet. The window builds the
    // view it shows before its first frame and the others one by one right
    // after it, so that it starts as fast as a window with one view.
    QList<ShowcaseView *> views();
    // Whether the view \a name has been built.
    bool isBuilt(const QString &name) const;
    // Whether the views not shown are built right after the first frame (the
    // default) or only when first needed, as when the app quits after its
    // first frame.
    void setBuildsViewsAfterFirstFrame(bool build) { m_buildRest = build; }

    // Kiosk mode: no menus, no status bar, no window frame, large tabs, QR
    // codes in place of links, and nothing that opens a dialog (export,
    // about), a browser, or closes the window.
    void enterKioskMode();
    bool isKiosk() const { return m_kiosk; }

    // Shows \a content in place of the current one without a restart: the
    // models change in place, the current view stays, and each view keeps its
    // selected item and its filters wherever they still exist.
    void replaceContent(const ContentSet &content);
    // Follows \a watcher: each new content it validates is shown with
    // replaceContent(). The watcher is not owned.
    void setContentWatcher(ContentWatcher *watcher);
    ContentWatcher *contentWatcher() const { return m_contentWatcher; }

    // Takes its content from \a source, which is not owned: each new content is
    // shown with replaceContent(). Outside the kiosk, the File menu, the status
    // bar and the problems panel let the user choose and follow the folder
    // (ContentFolderControls).
    void setContentSource(ContentSource *source);
    ContentSource *contentSource() const { return m_contentSource; }
    // Null in the kiosk, and before setContentSource().
    ContentFolderControls *contentControls() const { return m_contentControls; }

    // Shows a one-line notice, such as a rejected content override, in the status bar.
    void showNotice(const QString &message);

    // File > Export Current View... and Export All Views...: asks with the export
    // dialog, then exports with a progress dialog.
    void exportCurrentView();
    void exportAllViews();
    // Exports \a plan with a progress dialog that can cancel it; a failure is
    // shown in a message box that names the file and the reason.
    Exporter::Result exportWithProgress(const ExportPlan &plan);
    // Edit > Copy View as Image: the current view, at its size in the window.
    void copyViewAsImage();
    // Edit > Find: focuses and selects the search field of the view shown.
    void find();

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    ShowcaseView *ensureView(int index);
    void buildNextView();
    void createMenus();
    void retranslate();
    void rebuildLanguageMenu();
    void showAbout();
    void exportViews(bool allViews);
    void styleKioskTabs();
    void updateFindAction();
    void updateExportActions();

    Catalog *m_catalog;
    Language *m_language;
    ContentWatcher *m_contentWatcher = nullptr;
    ContentSource *m_contentSource = nullptr;
    ContentFolderControls *m_contentControls = nullptr;
    QTabWidget *m_tabs;
    QStringList m_names;
    QList<ShowcaseView *> m_views;  // null until built; its tab holds an empty page until then
    QTimer *m_buildTimer = nullptr; // builds the next view not built yet
    bool m_buildingRest = false;
    bool m_buildRest = true;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_themeMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QList<QAction *> m_viewActions;
    QAction *m_exportCurrentAction = nullptr;
    QAction *m_exportAllAction = nullptr;
    QAction *m_copyImageAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_nextViewAction = nullptr;
    QAction *m_previousViewAction = nullptr;
    QAction *m_fullScreenAction = nullptr;
    QAction *m_reducedMotionAction = nullptr;
    QAction *m_darkAction = nullptr;
    QAction *m_lightAction = nullptr;
    QAction *m_highContrastAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    bool m_kiosk = false;
    double m_kioskTabScale = 0.0; // the scale the kiosk tabs were styled for
};
