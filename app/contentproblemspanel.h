#pragma once

#include <QDockWidget>

class ContentSource;
class QAbstractButton;
class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QToolButton;
class QVBoxLayout;

// The problems of the content folder in use, in a panel beside the views that
// stays open while the files are edited: one row per problem, its text
// exactly `file: /pointer: message` (as --check-content prints it), each with
// a button that copies it, and Copy All. Above the rows, what is on screen
// meanwhile: a bad file keeps its last good version, or the bundled one. It
// follows the source: every reading, from Reload or from the folder changing
// on disk, updates it.
class ContentProblemsPanel : public QDockWidget
{
    Q_OBJECT

public:
    explicit ContentProblemsPanel(ContentSource *source, QWidget *parent = nullptr);

    // The width it opens at: a path, a pointer and a message on two or three lines.
    static constexpr int PreferredWidth = 440;

    // The rows' texts, in order.
    QStringList rows() const;
    // Every row, one a line, as Copy All puts it on the clipboard.
    QString allText() const;

    // Copies row \a index (0-based) to the clipboard.
    void copyRow(int index);
    void copyAll();

    void setVisible(bool visible) override;

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    // The rows of the source's problems as they are now.
    QStringList problemRows() const;
    // Fills in the texts and rows now if the panel shows, else when it next does.
    void refresh();
    void refreshIfPending();
    void fill();
    void retranslate();
    void applyTheme();
    void alignToLeadingEdge();
    void confirmCopied(QAbstractButton *button, const QString &label);

    ContentSource *m_source;
    QLabel *m_heading;
    QLabel *m_path;
    QLabel *m_summary;
    QPushButton *m_reloadButton;
    QPushButton *m_copyAllButton;
    QStackedWidget *m_stack;
    QScrollArea *m_scroll;
    QWidget *m_list;
    QVBoxLayout *m_listLayout;
    QLabel *m_emptyTitle;
    QLabel *m_emptyText;
    QList<QToolButton *> m_copyButtons;
    QStringList m_rows;
    bool m_refreshPending = false;
};
