#include "firstframewatcher.h"

#include <QSignalSpy>
#include <QTest>
#include <QWidget>

class TestFirstFrameWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signalsOnceAfterTheFirstPaint();
};

void TestFirstFrameWatcher::signalsOnceAfterTheFirstPaint()
{
    QWidget widget;
    widget.resize(200, 100);
    auto *watcher = new FirstFrameWatcher(&widget);
    QSignalSpy painted(watcher, &FirstFrameWatcher::firstFramePainted);
    QVERIFY(!watcher->hasSeenFrame());
    widget.show();
    QVERIFY(painted.wait(5000));
    QVERIFY(watcher->hasSeenFrame());
    // Another frame, painted and with every queued event delivered: no second signal.
    widget.repaint();
    QCoreApplication::processEvents();
    QVERIFY(watcher->hasSeenFrame());
    QCOMPARE(painted.count(), 1);
}

QTEST_MAIN(TestFirstFrameWatcher)
#include "tst_firstframewatcher.moc"
