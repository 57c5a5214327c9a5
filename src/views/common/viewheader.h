#pragma once

#include <QHash>
#include <QWidget>

// The heading at the top of a view: a short eyebrow in the accent colour, a
// headline, and an optional line beneath. Sizes follow the view's scale.
class ViewHeader : public QWidget
{
    Q_OBJECT

public:
    explicit ViewHeader(QWidget *parent = nullptr);

    // The three lines at once: what a view sets on every language change.
    void setTexts(const QString &eyebrow, const QString &title, const QString &subtitle);
    void setEyebrow(const QString &text);
    void setTitle(const QString &text);
    void setSubtitle(const QString &text);
    QString title() const { return m_title; }

    // The typographic scale (Typography::scaleFor of the view's size).
    void setScale(double scale);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Block;
    QList<Block> blocks(int width) const;

    QString m_eyebrow;
    QString m_title;
    QString m_subtitle;
    double m_scale = 1.0;
    // Heights by width, until the text, scale or fonts change: layouts ask
    // several times per pass, and each answer wraps every line.
    mutable QHash<int, int> m_heights;
};
