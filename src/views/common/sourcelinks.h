#pragma once

#include "views/common/textmetrics.h"

#include <QAbstractButton>
#include <QList>
#include <QVariantList>
#include <QWidget>

// One source as a link: its citation, underlined in the accent ink, which
// opens the document in the browser (LinkOpener) on a click, Enter, Return or
// Space. It takes the keyboard focus and tells screen readers that it is a link,
// what it is called and where it leads. A source without a web address is
// shown as plain text, with its note as the tooltip, and takes no focus.
class SourceLink : public QAbstractButton
{
    Q_OBJECT

public:
    explicit SourceLink(QWidget *parent = nullptr);

    void setSource(const QString &citation, const QString &url, const QString &note = QString());
    QString citation() const { return text(); }
    QString url() const { return m_url; }
    QString note() const { return m_note; }
    bool isLink() const { return !m_url.isEmpty(); }

    void setScale(double scale);
    // Room around the text for the focus ring, on every side.
    int bleed() const;

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool hitButton(const QPoint &pos) const override;

private:
    void open();
    void describe();
    QFont linkFont() const;
    QRect textRect() const;

    QString m_url;
    QString m_note;
    double m_scale = 1.0;
};

// The sources of one fact as a heading and one link per source, laid out in
// a column: what a card shows in the window in place of its citation line.
class SourceLinks : public QWidget
{
    Q_OBJECT

public:
    explicit SourceLinks(QWidget *parent = nullptr);

    // Sources as Formatting::sourceList() lists them (citation, url, note).
    void setSources(const QVariantList &sources);
    // "Source", "Sources" or nothing, above the links.
    void setHeading(const QString &heading);
    QString heading() const { return m_heading; }
    void setScale(double scale);
    // Shows \a sources under \a heading at \a scale as the continuation of
    // a text column \a width wide: the first line starts at \a topLeft, and
    // the room for focus rings lies outside the column. Whether the widget
    // is visible is left to the caller.
    void placeInColumn(const QVariantList &sources, const QString &heading, double scale,
                       const QPoint &topLeft, int width);

    QList<SourceLink *> links() const;
    // The addresses of the sources that have one, in order.
    QStringList urls() const;
    bool isEmpty() const { return m_count == 0; }

    // Room around the column for focus rings: place the widget this far
    // outside the text column it continues.
    int bleed() const;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // The height a SourceLinks of \a width would take for \a sources, with or
    // without a heading, at \a scale: for cards that keep still while their
    // content changes.
    static int heightFor(const QVariantList &sources, bool heading, int width, double scale,
                         TextMetrics::WrappedHeights *heights = nullptr);
    static int bleedFor(double scale);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    static QFont font(double scale);
    static int gap(double scale);
    int headingHeight() const;
    void placeLinks();

    QList<SourceLink *> m_links; // the first m_count are in use
    int m_count = 0;
    QString m_heading;
    double m_scale = 1.0;
};
