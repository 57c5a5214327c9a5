#include "contentfoldercontrols.h"

#include "contentproblemspanel.h"
#include "contentsource.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

ContentFolderControls::ContentFolderControls(ContentSource *source, QMainWindow *window,
                                             QMenu *fileMenu)
    : QObject(window)
    , m_source(source)
    , m_window(window)
    , m_panel(new ContentProblemsPanel(source, window))
    , m_status(new QToolButton(window))
    , m_openAction(new QAction(this))
    , m_reloadAction(new QAction(this))
    , m_bundledAction(new QAction(this))
    , m_panelAction(m_panel->toggleViewAction())
    , m_separator(new QAction(this))
{
    m_picker = [](QWidget *parent, const QString &start) {
        return QFileDialog::getExistingDirectory(parent, tr("Open Content Folder"), start);
    };

    m_openAction->setShortcut(QKeySequence::Open);
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    m_separator->setSeparator(true);
    connect(m_openAction, &QAction::triggered, this, &ContentFolderControls::openFolder);
    connect(m_reloadAction, &QAction::triggered, m_source, &ContentSource::reload);
    connect(m_bundledAction, &QAction::triggered, m_source, &ContentSource::useBundled);
    QAction *first = fileMenu->actions().value(0);
    fileMenu->insertActions(
            first, {m_openAction, m_reloadAction, m_bundledAction, m_panelAction, m_separator});

    // Beside the views on their trailing side: the right, the left in Arabic;
    // beneath them in a window taller than wide (dockForShape()).
    window->addDockWidget(
            window->isRightToLeft() ? Qt::LeftDockWidgetArea : Qt::RightDockWidgetArea, m_panel);
    // Content that starts with problems shows them; good content needs no panel.
    m_panel->setVisible(!m_source->problems().isEmpty());
    m_panelWhenRead = m_source->isLoading();

    m_status->setObjectName(u"contentStatus"_s);
    m_status->setAutoRaise(true);
    m_status->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_status->setFocusPolicy(Qt::TabFocus);
    connect(m_status, &QToolButton::clicked, this, &ContentFolderControls::showPanel);
    window->statusBar()->addPermanentWidget(m_status);

    connect(m_source, &ContentSource::statusChanged, this, &ContentFolderControls::updateStatus);
    window->installEventFilter(this);
    retranslate();
    // The content was read before the app's language was chosen: its
    // problems are read again to speak it.
    if (!m_source->problems().isEmpty())
        m_source->reload();
}

ContentFolderControls::~ContentFolderControls()
{
    if (m_window)
        m_window->removeEventFilter(this);
    // The panel's toggle action goes with the panel.
    delete m_panel;
    delete m_status;
}

void ContentFolderControls::openFolder()
{
    const QString start = m_source->isBundled() ? QDir::homePath() : m_source->folder();
    const QString folder = m_picker(m_window, start);
    if (folder.isEmpty())
        return;
    m_source->openFolder(folder);
    // A folder with problems shows them at once; a good one needs no panel.
    if (!m_source->problems().isEmpty())
        showPanel();
    m_panelWhenRead = m_source->isLoading();
}

void ContentFolderControls::showPanel()
{
    m_panel->show();
    m_panel->raise();
}

bool ContentFolderControls::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange) {
        retranslate();
        // The problems' messages are in the language they were found in.
        // (A folder that cannot serve is read again by Reload only: that
        // would replace the content, and an export switches languages.)
        if (!m_source->problems().isEmpty() && !m_source->folderUnusable())
            m_source->reload();
    }
    if (watched == m_window && event->type() == QEvent::Resize)
        dockForShape();
    if (watched == m_window && event->type() == QEvent::LayoutDirectionChange) {
        // The panel keeps to the views' trailing side when the direction turns.
        const Qt::DockWidgetArea area = m_window->dockWidgetArea(m_panel);
        const Qt::DockWidgetArea mirrored = area == Qt::RightDockWidgetArea ? Qt::LeftDockWidgetArea
                                            : area == Qt::LeftDockWidgetArea
                                                    ? Qt::RightDockWidgetArea
                                                    : area;
        if (mirrored != area)
            m_window->addDockWidget(mirrored, m_panel);
    }
    return QObject::eventFilter(watched, event);
}

void ContentFolderControls::dockForShape()
{
    // A window taller than wide keeps its whole width for the views, which
    // lay out for it; the panel goes beneath them. A panel the user made
    // float stays where it is.
    const bool portrait = m_window->height() > m_window->width();
    if (portrait == m_dockedPortrait || m_panel->isFloating())
        return;
    m_dockedPortrait = portrait;
    const Qt::DockWidgetArea side =
            m_window->isRightToLeft() ? Qt::LeftDockWidgetArea : Qt::RightDockWidgetArea;
    m_window->addDockWidget(portrait ? Qt::BottomDockWidgetArea : side, m_panel);
}

void ContentFolderControls::retranslate()
{
    //: File menu: choose a folder whose content files replace the bundled ones
    m_openAction->setText(tr("&Open Content Folder…"));
    m_openAction->setStatusTip(tr("Show the content files of a folder in place of the bundled "
                                  "ones, and follow their changes"));
    //: File menu: read the content folder in use again
    m_reloadAction->setText(tr("&Reload Content"));
    m_reloadAction->setStatusTip(tr("Read the content folder again now"));
    //: File menu: stop using a content folder and show the content built into the app
    m_bundledAction->setText(tr("Use &Bundled Content"));
    m_bundledAction->setStatusTip(tr("Show the content built into the app again"));
    // The panel's own title names its entry, Content Problems.
    m_panelAction->setStatusTip(tr("Show the problems found in the content folder"));
    updateStatus();
}

void ContentFolderControls::updateStatus()
{
    if (m_panelWhenRead && !m_source->isLoading()) {
        m_panelWhenRead = false;
        if (!m_source->problems().isEmpty())
            showPanel();
    }
    const QString folder = m_source->folder();
    m_reloadAction->setEnabled(!folder.isEmpty());
    m_bundledAction->setEnabled(!folder.isEmpty());
    if (folder.isEmpty()) {
        //: Status bar: the app shows its own content, no folder is open
        m_status->setText(tr("Bundled content"));
        m_status->setToolTip(tr("The content built into the app. File › Open Content Folder… "
                                "shows your own."));
        m_status->setAccessibleName(m_status->text());
        return;
    }
    const QString path = QDir::toNativeSeparators(QFileInfo(folder).absoluteFilePath());
    QString name = QFileInfo(folder).fileName();
    if (name.isEmpty())
        name = path;
    const int count = int(m_source->problems().size());
    if (m_source->isLoading() && count == 0) {
        //: Status bar while large content files are still being read after the window
        //: opened; %1 is the content folder's name
        m_status->setText(tr("Content: %1 · reading…").arg(name));
    } else if (count == 0) {
        //: Status bar: %1 is the content folder's name
        m_status->setText(tr("Content: %1 · no problems").arg(name));
    } else {
        //: Status bar: %1 is the content folder's name; %n problems were found in it
        m_status->setText(tr("Content: %1 · %n problem(s)", nullptr, count).arg(name));
    }
    //: Tooltip of the content status; %1 is the folder's full path
    m_status->setToolTip(tr("%1\nClick to show its problems.").arg(path));
    m_status->setAccessibleName(m_status->text());
}
