#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPixmap>
#include <QRect>
#include <QStaticText>

class QAbstractItemModel;
class QPainter;
class TimelineLayout;

// Paints the timeline as its layout placed it: the overview with the lane's
// window, the joins between the overview and the lane, era bands and folds, the
// calendar of ticks, and each event's span, marker, stem and card. It reads the
// layout and the theme and keeps the pictures it can reuse between frames (the
// overview, each card); it never changes the layout and handles no input.
class TimelinePainter
{
    // The words belong with the rest of the timeline's in the translations.
    Q_DECLARE_TR_FUNCTIONS(TimelineItemView)

public:
    // What the view adds to the layout for one frame.
    struct Frame
    {
        QRect rect;               // the viewport
        double offset = 0;        // the scroll offset along the axis
        int currentRow = -1;      // the current event, or -1
        int hoverRow = -1;        // the event under the pointer, or -1
        bool focused = false;     // the view has keyboard focus: ring the current card
        bool laneFocused = false; // focus with no current event: ring the lane
        const QAbstractItemModel *eras = nullptr; // era names (display role), by row
    };

    explicit TimelinePainter(const TimelineLayout *layout);
    ~TimelinePainter();

    void paint(QPainter *painter, const Frame &frame);

    // The overview's picture no longer matches (events, eras, size, theme).
    void invalidateOverview() { m_overviewDirty = true; }
    // The cards' pictures no longer match (theme).
    void invalidateCards() { m_cardPixmaps.clear(); }

private:
    class Pass;

    // The words of a card, laid out once per layout.
    struct CardText
    {
        QStaticText date;
        QList<QStaticText> title;
    };

    const TimelineLayout *m_layout;
    int m_revision = -1;                   // of the layout the caches below were made for
    QHash<int, CardText> m_cardTexts;      // by row, for the cards painted so far
    QHash<quint64, QPixmap> m_cardPixmaps; // by row and state
    QPixmap m_overviewCache;
    bool m_overviewDirty = true;
};
