#include "views/common/painting.h"
#include "views/theme.h"
#include "views/timeline/timelinelayout.h"
#include "views/timeline/timelinepainter.h"

#include <QImage>
#include <QPainter>
#include <QStringListModel>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QSize Size(1400, 700);

// \a count events a few days apart from March 2024, every third known only to
// the month, under one era.
TimelineLayout laidOut(int count, double zoom = 1)
{
    std::vector<TimelineLayout::Event> events;
    std::vector<TimelineScale::EventSpan> axis;
    for (int i = 0; i < count; ++i) {
        TimelineLayout::Event event;
        event.date = QDate(2024, 3, 1).addDays(i * 600 / std::max(1, count));
        event.exactDay = i % 3 != 0;
        event.earliest = event.exactDay ? event.date : event.date.addDays(1 - event.date.day());
        event.latest = event.exactDay ? event.date : event.earliest.addMonths(1).addDays(-1);
        event.dateText = event.date.toString(u"MMM d, yyyy"_s);
        event.title = u"Event number %1"_s.arg(i);
        event.category = i % 3;
        events.push_back(event);
        axis.push_back({event.earliest, event.latest, event.date});
    }
    // A lone early event makes a fold.
    TimelineLayout::Event early;
    early.date = early.earliest = early.latest = QDate(2016, 4, 5);
    early.dateText = u"Apr 5, 2016"_s;
    early.title = u"The first"_s;
    events.push_back(early);
    axis.push_back({early.date, early.date, early.date});
    TimelineLayout layout;
    layout.setMetrics(TimelineMetrics::forScale(1));
    layout.setAxis(axis, {{QDate(2024, 6, 1), QDate(2024, 12, 31)}});
    layout.setEvents(events);
    layout.setViewport({QSizeF(Size), Qt::Horizontal, Qt::LeftToRight,
                        QLocale(QLocale::English, QLocale::UnitedStates)});
    layout.update();
    if (zoom != 1) {
        layout.setZoom(std::min(zoom, layout.maximumZoom()));
        layout.update();
    }
    return layout;
}

QImage painted(TimelinePainter &painter, const TimelinePainter::Frame &frame)
{
    QImage image(Size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::magenta);
    QPainter p(&image);
    painter.paint(&p, frame);
    return image;
}

TimelinePainter::Frame frameOf(int currentRow = -1)
{
    TimelinePainter::Frame frame;
    frame.rect = QRect(QPoint(0, 0), Size);
    frame.currentRow = currentRow;
    return frame;
}

} // namespace

class tst_TimelinePainter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void fillsTheViewport();
    void drawsWhatTheLayoutPlaced();
    void eraNamesFromTheModel();
    void currentCardFloatsWhenItHasNoTrack();
    void cachesFollowTheLayout();
    void cachesFollowTheTheme();
    void focusRings();
    void emptyStates();
};

void tst_TimelinePainter::initTestCase()
{
    Appearance::loadFonts();
}

void tst_TimelinePainter::init()
{
    Appearance::instance()->setTheme(Theme::Id::Dark);
}

void tst_TimelinePainter::fillsTheViewport()
{
    const TimelineLayout layout = laidOut(12);
    TimelinePainter painter(&layout);
    const QImage image = painted(painter, frameOf());
    const QColor background = Appearance::instance()->theme().background;
    for (const QPoint corner : {QPoint(0, 0), QPoint(Size.width() - 1, Size.height() - 1)})
        QCOMPARE(image.pixelColor(corner), background);
    // Nothing of the magenta underneath shows anywhere.
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            QVERIFY(image.pixelColor(x, y) != QColor(Qt::magenta));
    }
}

void tst_TimelinePainter::drawsWhatTheLayoutPlaced()
{
    const TimelineLayout layout = laidOut(12);
    TimelinePainter painter(&layout);
    const QImage image = painted(painter, frameOf());
    const Theme &theme = Appearance::instance()->theme();
    const QColor card = theme.isDark() ? theme.surfaceRaised : theme.surface;
    for (int row : layout.cards()) {
        // Inside each card, in its bottom padding: the card's fill.
        const QRectF rect = layout.cardRect(row, 0);
        const QPoint inside(int(rect.center().x()), int(rect.bottom()) - 4);
        QCOMPARE(image.pixelColor(inside), card);
        // Along its leading edge, the category's colour.
        const QPoint strip(int(rect.left()) + 3, int(rect.center().y()));
        QCOMPARE(image.pixelColor(strip), theme.category(layout.event(row).category));
    }
    // Each day's marker is filled with its category's colour.
    for (int row = 0; row < layout.count(); ++row) {
        if (!layout.event(row).exactDay)
            continue;
        const QPoint centre = layout.markerCenter(row, 0).toPoint();
        QCOMPARE(image.pixelColor(centre), theme.category(layout.event(row).category));
    }
}

void tst_TimelinePainter::eraNamesFromTheModel()
{
    const TimelineLayout layout = laidOut(12);
    TimelinePainter painter(&layout);
    const QImage without = painted(painter, frameOf());
    QStringListModel eras({u"The era"_s});
    TimelinePainter::Frame frame = frameOf();
    frame.eras = &eras;
    const QImage with = painted(painter, frame);
    QVERIFY(with != without);
    // Only the era strip changes.
    const QRect strip = layout.geometry().eraStrip.toAlignedRect();
    QImage a = with;
    QImage b = without;
    QPainter(&a).fillRect(strip, Qt::black);
    QPainter(&b).fillRect(strip, Qt::black);
    QCOMPARE(a, b);
}

void tst_TimelinePainter::currentCardFloatsWhenItHasNoTrack()
{
    const TimelineLayout layout = laidOut(3000, 1);
    int row = -1;
    for (int r = 0; r < layout.count() && row < 0; ++r) {
        const QRectF marker(layout.markerCenter(r, 0), QSizeF(1, 1));
        if (layout.item(r).track < 0 && layout.geometry().lane.contains(marker))
            row = r;
    }
    QVERIFY(row >= 0);
    TimelinePainter painter(&layout);
    const QImage plain = painted(painter, frameOf());
    const QImage current = painted(painter, frameOf(row));
    const QRectF card = layout.floatingCardRect(row, 0);
    QVERIFY(layout.geometry().lane.contains(card));
    const Theme &theme = Appearance::instance()->theme();
    const QColor selected =
            Painting::mix(theme.isDark() ? theme.surfaceRaised : theme.surface, theme.text, 0.07);
    const QPoint inside(int(card.center().x()), int(card.bottom()) - 5);
    QCOMPARE(current.pixelColor(inside).rgb(), selected.rgb());
    QVERIFY(plain.pixelColor(inside).rgb() != selected.rgb());
}

void tst_TimelinePainter::cachesFollowTheLayout()
{
    // A painter that drew one layout draws the next exactly as a new one would.
    TimelineLayout layout = laidOut(40);
    TimelinePainter painter(&layout);
    painted(painter, frameOf(5));
    painted(painter, frameOf());
    layout.setZoom(3);
    layout.update();
    painter.invalidateOverview();
    const QImage reused = painted(painter, frameOf(5));
    TimelinePainter fresh(&layout);
    QCOMPARE(reused, painted(fresh, frameOf(5)));
    // And the same frame twice gives the same picture.
    QCOMPARE(painted(painter, frameOf(5)), reused);
}

void tst_TimelinePainter::cachesFollowTheTheme()
{
    const TimelineLayout layout = laidOut(40);
    TimelinePainter painter(&layout);
    const QImage dark = painted(painter, frameOf(5));
    Appearance::instance()->setTheme(Theme::Id::Light);
    painter.invalidateOverview();
    painter.invalidateCards();
    const QImage light = painted(painter, frameOf(5));
    QVERIFY(light != dark);
    TimelinePainter fresh(&layout);
    QCOMPARE(light, painted(fresh, frameOf(5)));
}

void tst_TimelinePainter::focusRings()
{
    const TimelineLayout layout = laidOut(12);
    TimelinePainter painter(&layout);
    const QColor focus = Appearance::instance()->theme().focus;
    const auto hasFocusColour = [&](const QImage &image, const QRectF &around) {
        const QRect area = around.toAlignedRect().adjusted(-12, -12, 12, 12);
        for (int y = area.top(); y <= area.bottom(); ++y) {
            for (int x = area.left(); x <= area.right(); ++x) {
                if (image.valid(x, y) && image.pixelColor(x, y) == focus)
                    return true;
            }
        }
        return false;
    };
    const int row = layout.cards().front();
    const QRectF card = layout.cardRect(row, 0);
    TimelinePainter::Frame frame = frameOf(row);
    QVERIFY(!hasFocusColour(painted(painter, frame), card));
    frame.focused = true;
    QVERIFY(hasFocusColour(painted(painter, frame), card));
    // With no current event the ring goes round the lane.
    TimelinePainter::Frame lane = frameOf();
    lane.focused = true;
    lane.laneFocused = true;
    const QRectF corner(layout.geometry().lane.topLeft(), QSizeF(1, 1));
    QVERIFY(!hasFocusColour(painted(painter, frameOf()), corner));
    QVERIFY(hasFocusColour(painted(painter, lane), corner));
}

void tst_TimelinePainter::emptyStates()
{
    // No axis at all, and an axis whose events a filter hides: both say so in
    // the middle of the lane.
    TimelineLayout none;
    none.setMetrics(TimelineMetrics::forScale(1));
    none.setViewport({QSizeF(Size), Qt::Horizontal, Qt::LeftToRight, QLocale::c()});
    none.update();
    TimelinePainter a(&none);
    const QImage nothing = painted(a, frameOf());

    TimelineLayout filtered = laidOut(12);
    filtered.setEvents({});
    filtered.update();
    TimelinePainter b(&filtered);
    const QImage hidden = painted(b, frameOf());
    const QColor text = Appearance::instance()->theme().text;
    for (const QImage &image : {nothing, hidden}) {
        bool written = false;
        const int y0 = Size.height() / 2 - 40;
        for (int y = y0; y < y0 + 80 && !written; ++y) {
            for (int x = 0; x < Size.width() && !written; ++x)
                written = image.pixelColor(x, y) == text;
        }
        QVERIFY(written);
    }
    QVERIFY(nothing != hidden);
}

QTEST_MAIN(tst_TimelinePainter)
#include "tst_timelinepainter.moc"
