#pragma once

#include <QFont>
#include <QSize>

// Every size and tuning constant of the timeline in one place: the layout, the
// painter and the view read them here rather than as literals.
//
// The static constants hold at every scale. The other lengths are written at
// scale 1, in device-independent pixels; an instance holds them multiplied by
// the typographic scale it was made for.
struct TimelineMetrics
{
    // --- Card placement --------------------------------------------------------
    // Each place a card could go costs a sum of penalties measured in card
    // lengths. Going one track further out costs as much as sliding three tenths
    // of the card's length away from its marker: cards slide a little before
    // they climb.
    static constexpr double TrackPenalty = 0.3;
    static constexpr double SlidePenalty = 1.0;
    // A card over a fold seems to speak of the years the fold hides: covering one
    // costs three times as much as sliding the same length.
    static constexpr double FoldPenalty = 3.0;
    // Down the screen, a card may be pushed at most this many of its own heights
    // past its date before it tries another track, or gives way to a mark.
    static constexpr double MaximumPush = 1.5;
    // Across the screen, a long title widens its card by at most this factor
    // rather than lose words.
    static constexpr double LongTitleGrowth = 1.5;
    // Down the screen, at most this many columns of cards beside the axis, and
    // at most this many lines of title on a card (across, two).
    static constexpr int MaximumColumns = 3;
    static constexpr int MaximumTitleLines = 3;
    // The axis never gets shorter, however small the view: positions stay apart.
    static constexpr double MinimumAxisLength = 10;

    // --- Zoom and scrolling ----------------------------------------------------
    static constexpr double MinimumZoom = 1.0;
    // Zooming stops when the most stretched day fills this share of the lane.
    static constexpr double UsefulDayShare = 0.25;
    static constexpr double ZoomStep = 1.5;       // the + and - keys
    static constexpr double WheelZoomStep = 1.25; // each wheel notch, with Ctrl
    static constexpr double DoubleClickZoom = 2.0;
    static constexpr int ScrollDuration = 420; // ms
    // A wheel notch moves a tenth of the lane; the scroll bar's single step is a
    // twelfth.
    static constexpr double WheelStepsPerLane = 10;
    static constexpr double ScrollStepsPerLane = 12;
    // scrollTo() leaves a margin of at most an eighth of the lane.
    static constexpr double ScrollMarginDivisor = 8;

    // --- Caches and size hints -------------------------------------------------
    // Card pictures kept at most: a few screens' worth.
    static constexpr int CardCacheLimit = 512;
    static constexpr QSize PreferredSize{960, 560}; // times the scale
    static constexpr QSize MinimumSize{320, 260};   // times the scale, when below 1

    // The fonts, at one scale.
    struct Fonts
    {
        QFont caption; // ticks, the overview's years, fold lengths
        QFont label;   // card dates, era names
        QFont title;   // card titles (read from two metres at a kiosk), the empty state
        QFont body;    // the empty state's hint

        // The app's fonts (Appearance) for the current language.
        static Fonts forScale(double scale);
    };

    // The label cards.
    struct Card
    {
        // Title widths are measured a pixel wider, and the narrowest two-line
        // width two pixels wider, so that QTextLayout, which rounds, breaks where
        // the measure said it would.
        static constexpr double TitleRounding = 1;
        static constexpr double WrapRounding = 2;
        // A title without spaces may break anywhere: within this many average
        // characters of its middle.
        static constexpr double WrapCharacters = 2;
        // Room kept beside the text beyond the selection ring, so that text is
        // never elided for a rounding.
        static constexpr double TextSlack = 2;

        double padH = 14;
        double padV = 10;
        double strip = 4; // the category's colour along the leading edge
        double lineGap = 2;
        double radius = 8;
        double minWidth = 140;
        double maxWidth = 300;
        double shadow = 4; // how far a floating card's shadow falls
        // Set from the fonts and Painting::Metrics:
        double ring = 0;  // the selection ring
        double slack = 0; // the ring and TextSlack
        double dateHeight = 0;
        double titleHeight = 0;

        double height(int lines) const
        {
            return 2 * padV + dateHeight + lineGap + lines * titleHeight;
        }
    };

    // The overview, the lane and the tracks: one set across the screen, one down.
    struct Lane
    {
        double pad;       // room before the axis start and after its end
        double connector; // between the overview and the lane
        double stem;      // the shortest stem, from the axis to track 0
        double trackGap;  // between tracks, across the axis
        double clearance; // between the era strip and the farthest track
    };

    // The overview strip.
    struct Overview
    {
        double bar = 10;        // the bar's thickness
        double labelGap = 8;    // across: between the year labels and the bar
        double columnGap = 10;  // down: beside the widest year label
        double grip = 8;        // a press this far below the strip still grabs it
        double current = 7;     // radius of the current event's dot
        double currentRing = 2; // the ring that sets it off the bar
        double dot = 3.5;       // radius of each event's dot
        double window = 4;      // the shortest outline of the lane's window
        double windowGrow = 5;  // how far that outline stands out of the bar
        double windowRadius = 4;
        double windowPen = 2;
        double yearTick = 4;     // how far a New Year tick rises above the bar
        double yearSpacing = 12; // across: between year labels
        double yearSpacingV = 4; // down: between year labels
        double yearOffset = 4;   // across: a year label from its tick
        double yearSide = 6;     // down: a year label from the bar
    };

    // The axis, its ticks, its folds and the eras along it.
    struct Axis
    {
        double pen = 2;
        double eraPad = 16;        // the era strip is a line of label and this
        double eraInset = 12;      // an era's name from its edges
        double eraMinimum = 36;    // an era with less room shows no name
        double tickAreaPad = 16;   // across: two lines of tick labels and this
        double tickColumnPad = 18; // down: the widest tick label and this
        double tickLong = 7;       // at a day, or the first of a month
        double tickShort = 4;
        double labelTop = 9;        // across: tick labels below the axis
        double labelOffset = 5;     // across: a label from its tick
        double labelDrop = 2;       // down: a label below its tick
        double labelColumnGap = 10; // down: between the labels and the axis
        double contextOffset = 2;   // the month under a day, from the day's edge
        double hatchStep = 12;      // the spacing of a fold's hatching
        double breakMinimum = 72;   // the shortest fold
        double breakLabelPad = 24;  // a fold is as long as its label and this
        double foldStroke = 5;      // the slanted strokes where the axis stops
        double foldStrokeInset = 6;
        double foldStrokeGap = 3; // half the gap between the two strokes
        double foldOverhang = 20; // a fold's label may reach this far past it
        // The shortest stretch of axis each unit needs per label across the
        // screen, where a label needs its own width.
        double dayLabel = 34;
        double weekLabel = 40;
        double monthLabel = 46;
        double quarterLabel = 46;
        double yearLabel = 52;
        // Down the screen, a label needs two lines of caption and this.
        double labelSpacing = 10;
        double lineSpacing = 0; // set: two caption lines and labelSpacing
    };

    // The events on the axis.
    struct Events
    {
        // A mark for events with no card, taller each time the events it stands
        // for double, so that crowds stand out (times the scale).
        static constexpr double MarkBase = 6;
        static constexpr double MarkGrowth = 3;
        // The lane's focus ring, inside the lane, in ring widths.
        static constexpr double FocusInset = 2.5;

        double cardGap = 8;      // between cards along the axis
        double spanHalf = 6;     // half the thickness of a span
        double spanMinimum = 10; // an exact day's span shorter than this is not drawn
        double bracket = 9;      // half the length of a span's end brackets
        double bracketPen = 2;
        double marker = 7;
        double markerSelected = 9;
        double halo = 6;       // around the selected marker
        double markerRing = 2; // sets a day's marker off the axis
        double hollowRing = 3; // a month's marker is a ring this wide
        double stem = 1.5;
        double stemSelected = 2.5;
        double markGap = 3;    // between the axis and a mark
        double hit = 10;       // around a marker: what selects it and what it covers
        double hitAxis = 18;   // a press this close to the axis looks for markers
        double hitMarker = 14; // that close to them along the axis
        double scrollMargin = 48;
        double focusRadius = 4; // the lane's focus ring
    };

    // The empty state.
    struct Empty
    {
        double inset = 24; // from the lane's ends
        double gap = 8;    // between the heading and the hint
    };

    // The metrics at scale 1 with default fonts.
    TimelineMetrics();
    TimelineMetrics(double scale, const Fonts &fonts);
    // The metrics at \a scale with the app's fonts.
    static TimelineMetrics forScale(double scale);

    // The height of a mark for \a count events.
    double markHeight(int count) const;

    double scale = 1.0;
    double hairline = 1.0; // one pixel, or the scale when that is larger
    Fonts fonts;
    QFont foldFont; // the years a fold hides: the caption, heavier
    double captionHeight = 0;
    double labelHeight = 0;
    Card card;
    Lane across{28, 40, 22, 10, 6};
    Lane down{24, 36, 20, 10, 6};
    double columnWidest = 420;    // down: a column of cards is at most this wide
    double columnNarrowest = 280; // and, unless it is the only one, this wide
    Overview overview;
    Axis axis;
    Events events;
    Empty empty;
};
