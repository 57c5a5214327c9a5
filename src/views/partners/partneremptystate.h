#pragma once

#include <QWidget>

class Chip;

// Shown in place of the grid when no partner matches: says so, with the
// search text, and offers the way back.
class PartnerEmptyState : public QWidget
{
    Q_OBJECT

public:
    explicit PartnerEmptyState(QWidget *parent = nullptr);

    void setSearchText(const QString &text);
    void setScale(double scale);
    // The headline as painted ("No partner matches “xyz”").
    QString message() const;
    Chip *clearButton() const { return m_clear; }

Q_SIGNALS:
    void clearRequested();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    int textHeight() const;

    QString m_searchText;
    double m_scale = 1.0;
    Chip *m_clear;
};
