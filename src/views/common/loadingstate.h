#pragma once

#include "content/content.h"

#include <QWidget>

// Shown over a view whose content file is still being read (a large file of a
// content folder, parsed after the first frame): says so, centred, in the
// look of the views' empty states, until the content arrives.
class LoadingState : public QWidget
{
    Q_OBJECT

public:
    LoadingState(ContentFile file, QWidget *parent = nullptr);

    ContentFile file() const { return m_file; }
    // The headline as painted ("Loading the timeline…").
    QString message() const;
    // The line beneath it.
    QString detail() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    ContentFile m_file;
};
