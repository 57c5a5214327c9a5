#pragma once

#include <QMainWindow>

class Catalog;
class Language;
class QActionGroup;
class QMenu;
class QTabWidget;
class ShowcaseView;

// The browsing window: the four views as tabs, with menus and shortcuts.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Catalog *catalog, Language *language, QWidget *parent = nullptr);

    // Shows the view \a name; false when there is no such view.
    bool showView(const QString &name);
    // Shows the view holding \a id with it selected; false when no view has it.
    bool selectItem(const QString &view, const QString &id);

    QString currentViewName() const;
    ShowcaseView *view(const QString &name) const;
    QTabWidget *tabs() const { return m_tabs; }

    // Shows a one-line notice, such as a rejected content override, in the status bar.
    void showNotice(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void createMenus();
    void retranslate();
    void rebuildLanguageMenu();
    void showAbout();

    Catalog *m_catalog;
    Language *m_language;
    QTabWidget *m_tabs;
    QList<ShowcaseView *> m_views;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_themeMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QList<QAction *> m_viewActions;
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
};
