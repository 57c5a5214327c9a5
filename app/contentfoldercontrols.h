#pragma once

#include "contentproblemspanel.h"

#include <QObject>
#include <QPointer>
#include <QToolButton>

#include <functional>

class ContentSource;
class QAction;
class QMainWindow;
class QMenu;

// What a workstation user has to choose and follow the content: in the File
// menu Open Content Folder… (Ctrl+O), Reload Content (F5), Use Bundled
// Content (while a folder is in use) and Content Problems, which shows the
// problems panel; in the status bar the content in use (the folder's name,
// its path as tooltip) and its problem count, a button that opens the panel.
// The kiosk has none of it.
class ContentFolderControls : public QObject
{
    Q_OBJECT

public:
    // Asks for a folder, starting in \a start; an empty result is a cancel.
    using FolderPicker = std::function<QString(QWidget *parent, const QString &start)>;

    // Adds the entries at the top of \a fileMenu, the status to \a window's
    // status bar and the panel, hidden, to its right dock area.
    ContentFolderControls(ContentSource *source, QMainWindow *window, QMenu *fileMenu);
    ~ContentFolderControls() override;

    // Replaces the folder dialog (QFileDialog::getExistingDirectory), for tests.
    void setFolderPicker(const FolderPicker &picker) { m_picker = picker; }

    // File > Open Content Folder…: asks for a folder and uses it.
    void openFolder();

    ContentSource *source() const { return m_source; }
    ContentProblemsPanel *panel() const { return m_panel; }
    QToolButton *statusButton() const { return m_status; }
    QAction *openFolderAction() const { return m_openAction; }
    QAction *reloadAction() const { return m_reloadAction; }
    QAction *bundledAction() const { return m_bundledAction; }
    QAction *panelAction() const { return m_panelAction; }

    // Shows the panel and raises it.
    void showPanel();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void updateStatus();
    // Docks the panel beneath the views when the window is taller than wide,
    // beside them otherwise; only when the window turns from one to the other.
    void dockForShape();

    ContentSource *m_source;
    QMainWindow *m_window;
    FolderPicker m_picker;
    // Children of the window, which may delete them before this.
    QPointer<ContentProblemsPanel> m_panel;
    QPointer<QToolButton> m_status;
    QAction *m_openAction;
    QAction *m_reloadAction;
    QAction *m_bundledAction;
    QAction *m_panelAction;
    QAction *m_separator;
    // The content was started or opened with large files still being read:
    // their problems, when they arrive, open the panel as problems at once do.
    bool m_panelWhenRead = false;
    // Whether the panel is docked for a window taller than wide.
    bool m_dockedPortrait = false;
};
