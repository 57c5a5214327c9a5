#include "views/timeline/timelinetouch.h"

#include <QTest>

using TouchKind = TimelineTouch::Action::Kind;

namespace {

constexpr int DragDistance = 10;

// One touch event of fingers \a down (and \a released) to \a touch.
TimelineTouch::Action step(TimelineTouch &touch, QEvent::Type type, const QList<QPointF> &down,
                           const QList<QPointF> &released = {})
{
    const QList<QPointF> all = down + released;
    return touch.handle(type, down, all.isEmpty() ? std::nullopt : std::optional(all.first()),
                        DragDistance);
}

} // namespace

class tst_TimelineTouch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tapSelects();
    void aTremblingTapIsATap();
    void swipePans();
    void pinchZooms();
    void aSecondFingerStartsAfresh();
    void cancelForgets();
};

void tst_TimelineTouch::tapSelects()
{
    TimelineTouch touch;
    const QPointF at(200, 300);
    QCOMPARE(step(touch, QEvent::TouchBegin, {at}).kind, TouchKind::None);
    const TimelineTouch::Action end = step(touch, QEvent::TouchEnd, {}, {at});
    QCOMPARE(end.kind, TouchKind::Tap);
    QCOMPARE(end.point, at);
}

void tst_TimelineTouch::aTremblingTapIsATap()
{
    TimelineTouch touch;
    const QPointF at(200, 300);
    step(touch, QEvent::TouchBegin, {at});
    QCOMPARE(step(touch, QEvent::TouchUpdate, {at + QPointF(4, 3)}).kind, TouchKind::None);
    QCOMPARE(step(touch, QEvent::TouchEnd, {}, {at + QPointF(4, 3)}).kind, TouchKind::Tap);
}

void tst_TimelineTouch::swipePans()
{
    TimelineTouch touch;
    const QPointF at(200, 300);
    step(touch, QEvent::TouchBegin, {at});
    QCOMPARE(step(touch, QEvent::TouchUpdate, {at - QPointF(5, 0)}).kind, TouchKind::None);
    // Past the drag distance it moves, by all the way travelled so far...
    TimelineTouch::Action move = step(touch, QEvent::TouchUpdate, {at - QPointF(40, 0)});
    QCOMPARE(move.kind, TouchKind::Move);
    QCOMPARE(move.pan, QPointF(-40, 0));
    QCOMPARE(move.point, at - QPointF(40, 0));
    QVERIFY(!move.zoom);
    // ...then by each step.
    move = step(touch, QEvent::TouchUpdate, {at - QPointF(100, 10)});
    QCOMPARE(move.pan, QPointF(-60, -10));
    // A swipe ends without a tap.
    QCOMPARE(step(touch, QEvent::TouchEnd, {}, {at - QPointF(100, 10)}).kind, TouchKind::None);
}

void tst_TimelineTouch::pinchZooms()
{
    TimelineTouch touch;
    const QPointF centre(500, 300);
    const QPointF apart(50, 0);
    step(touch, QEvent::TouchBegin, {centre - apart, centre + apart});
    // Two fingers spreading to twice their distance: zoom 2 about their centre.
    const TimelineTouch::Action move =
            step(touch, QEvent::TouchUpdate, {centre - 2 * apart, centre + 2 * apart});
    QCOMPARE(move.kind, TouchKind::Move);
    QVERIFY(move.zoom);
    QCOMPARE(*move.zoom, 2.0);
    QCOMPARE(move.point, centre);
    QCOMPARE(move.pan, QPointF(0, 0));
    const TimelineTouch::Action closer =
            step(touch, QEvent::TouchUpdate,
                 {centre - apart + QPointF(10, 0), centre + apart + QPointF(10, 0)});
    QCOMPARE(*closer.zoom, 0.5);
    QCOMPARE(closer.pan, QPointF(10, 0));
    // Two fingers never tap.
    QCOMPARE(step(touch, QEvent::TouchEnd, {}, {centre}).kind, TouchKind::None);
}

void tst_TimelineTouch::aSecondFingerStartsAfresh()
{
    TimelineTouch touch;
    const QPointF at(200, 300);
    step(touch, QEvent::TouchBegin, {at});
    step(touch, QEvent::TouchUpdate, {at + QPointF(30, 0)});
    // A second finger lands far away: no jump, only a new start.
    QCOMPARE(step(touch, QEvent::TouchUpdate, {at + QPointF(30, 0), QPointF(900, 300)}).kind,
             TouchKind::None);
    const TimelineTouch::Action move =
            step(touch, QEvent::TouchUpdate, {at + QPointF(40, 0), QPointF(910, 300)});
    QCOMPARE(move.pan, QPointF(10, 0));
    QCOMPARE(*move.zoom, 1.0);
    // One finger lifts: measuring starts afresh again.
    QCOMPARE(step(touch, QEvent::TouchUpdate, {QPointF(910, 300)}, {at + QPointF(40, 0)}).kind,
             TouchKind::None);
}

void tst_TimelineTouch::cancelForgets()
{
    TimelineTouch touch;
    const QPointF at(200, 300);
    step(touch, QEvent::TouchBegin, {at});
    QCOMPARE(step(touch, QEvent::TouchCancel, {}, {at}).kind, TouchKind::None);
    // A new gesture starts clean: a tap.
    step(touch, QEvent::TouchBegin, {at});
    QCOMPARE(step(touch, QEvent::TouchEnd, {}, {at}).kind, TouchKind::Tap);
}

QTEST_GUILESS_MAIN(tst_TimelineTouch)
#include "tst_timelinetouch.moc"
