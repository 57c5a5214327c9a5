#pragma once

#include <QDialog>

class Catalog;
class QLabel;
class QListView;

// Help > About: what the app is, its version, and every source the content cites.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(Catalog *catalog, QWidget *parent = nullptr);

    // The sources, each a link: a click or Enter opens it (LinkOpener).
    QListView *sourceList() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title;
    QLabel *m_body;
    QLabel *m_sourcesHeading;
    QListView *m_sources;
};
