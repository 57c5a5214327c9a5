#include "views/timeline/timelinemetrics.h"
#include "views/timeline/timelinescroller.h"

#include <QTest>

class tst_TimelineScroller : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void instantJumps();
    void easesToTheTarget();
    void finishJumpsToTheEnd();
    void stopStaysPut();
    void aNearTargetKeepsTheMove();
    void halfAPixelIsThere();

private:
    QList<double> m_applied;
    // Applies like the view does: remembers every offset.
    std::function<void(double)> applier()
    {
        return [this](double offset) { m_applied.append(offset); };
    }
};

void tst_TimelineScroller::init()
{
    m_applied.clear();
}

void tst_TimelineScroller::instantJumps()
{
    TimelineScroller scroller(applier());
    scroller.scroll(0, 300, true);
    QCOMPARE(m_applied, QList<double>{300});
    QVERIFY(!scroller.isRunning());
}

void tst_TimelineScroller::easesToTheTarget()
{
    TimelineScroller scroller(applier());
    scroller.scroll(0, 300, false);
    QVERIFY(scroller.isRunning());
    QCOMPARE(scroller.target(), 300.0);
    QTRY_VERIFY_WITH_TIMEOUT(!scroller.isRunning(), TimelineMetrics::ScrollDuration * 10);
    QVERIFY(m_applied.size() > 2);
    QCOMPARE(m_applied.last(), 300.0);
    // On its way it only goes forward.
    for (qsizetype i = 1; i < m_applied.size(); ++i)
        QVERIFY(m_applied.at(i) >= m_applied.at(i - 1));
}

void tst_TimelineScroller::finishJumpsToTheEnd()
{
    TimelineScroller scroller(applier());
    scroller.scroll(0, 300, false);
    scroller.finish();
    QVERIFY(!scroller.isRunning());
    QCOMPARE(m_applied.last(), 300.0);
    // Finishing nothing applies nothing.
    const qsizetype applied = m_applied.size();
    scroller.finish();
    QCOMPARE(m_applied.size(), applied);
}

void tst_TimelineScroller::stopStaysPut()
{
    TimelineScroller scroller(applier());
    scroller.scroll(0, 300, false);
    const qsizetype applied = m_applied.size();
    scroller.stop();
    // Stopping applies nothing: the view stays where the move had got to.
    QVERIFY(!scroller.isRunning());
    QCOMPARE(m_applied.size(), applied);
    QVERIFY(m_applied.isEmpty() || m_applied.last() < 300);
}

void tst_TimelineScroller::aNearTargetKeepsTheMove()
{
    TimelineScroller scroller(applier());
    scroller.scroll(0, 300, false);
    scroller.scroll(10, 300.2, false);
    QVERIFY(scroller.isRunning());
    QCOMPARE(scroller.target(), 300.0);
    // A new target restarts from where the view is.
    scroller.scroll(10, 500, false);
    QCOMPARE(scroller.target(), 500.0);
    scroller.finish();
    QCOMPARE(m_applied.last(), 500.0);
}

void tst_TimelineScroller::halfAPixelIsThere()
{
    TimelineScroller scroller(applier());
    scroller.scroll(100, 100.3, false);
    QVERIFY(!scroller.isRunning());
    QCOMPARE(m_applied, QList<double>{100.3});
}

QTEST_GUILESS_MAIN(tst_TimelineScroller)
#include "tst_timelinescroller.moc"
