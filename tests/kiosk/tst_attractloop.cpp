#include "kiosk/attractloop.h"

#include "views/showcaseview.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A view with a few numbered items that counts what the loop asks of it.
class FakeLoopView : public ShowcaseView
{
public:
    FakeLoopView(const QString &name, int items)
        : ShowcaseView(name, nullptr)
        , m_items(items)
    {}

    QString title() const override { return name(); }
    bool selectItem(const QString &) override { return false; }
    QString currentItem() const override { return QString::number(m_current); }
    bool advance() override
    {
        ++advances;
        m_current = (m_current + 1) % m_items;
        return m_current != 0;
    }
    void reset() override
    {
        ++resets;
        m_current = 0;
    }

    int advances = 0;
    int resets = 0;

private:
    int m_items;
    int m_current = 0;
};

} // namespace

class TestAttractLoop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void startsOnFirstView();
    void advancesItemsThenViews_data();
    void advancesItemsThenViews();
    void stepsOnItsOwn();
    void inputPauses();
    void idleCountsDownThenResets();
    void inputCancelsCountdown();
    void rotatesLanguagePerLoop();
    void oneLanguageIsOnlyForReset();
    void stopsCompletely();

private:
    QList<AttractLoop::Entry> entries(int viewDwell, int itemDwell) const;

    QList<FakeLoopView *> m_views;
};

void TestAttractLoop::init()
{
    m_views = {new FakeLoopView(u"a"_s, 3), new FakeLoopView(u"b"_s, 5),
               new FakeLoopView(u"c"_s, 2)};
}

void TestAttractLoop::cleanup()
{
    qDeleteAll(m_views);
    m_views.clear();
}

QList<AttractLoop::Entry> TestAttractLoop::entries(int viewDwell, int itemDwell) const
{
    QList<AttractLoop::Entry> result;
    for (FakeLoopView *view : m_views)
        result.append({view, viewDwell, itemDwell});
    return result;
}

void TestAttractLoop::startsOnFirstView()
{
    AttractLoop loop;
    loop.setEntries(entries(100000, 10000));
    QSignalSpy views(&loop, &AttractLoop::viewRequested);
    QSignalSpy states(&loop, &AttractLoop::stateChanged);
    QCOMPARE(loop.state(), AttractLoop::State::Stopped);
    loop.start();
    QCOMPARE(loop.state(), AttractLoop::State::Running);
    QCOMPARE(views.size(), 1);
    QCOMPARE(views.at(0).at(0).value<ShowcaseView *>(), m_views.at(0));
    QCOMPARE(states.size(), 1);
    QCOMPARE(loop.currentView(), m_views.at(0));
}

void TestAttractLoop::advancesItemsThenViews_data()
{
    QTest::addColumn<int>("viewDwell");
    QTest::addColumn<int>("itemDwell");
    QTest::addColumn<int>("advancesPerView");
    QTest::newRow("4 items a view") << 4000 << 1000 << 3;
    QTest::newRow("dwell not a multiple") << 4500 << 1000 << 4;
    QTest::newRow("one item a view") << 1000 << 1000 << 0;
    QTest::newRow("item longer than view") << 1000 << 3000 << 0;
    QTest::newRow("zero item dwell counts 1 ms") << 3 << 0 << 2;
}

void TestAttractLoop::advancesItemsThenViews()
{
    QFETCH(int, viewDwell);
    QFETCH(int, itemDwell);
    QFETCH(int, advancesPerView);

    AttractLoop loop;
    // Long real dwell times: the test drives the steps itself.
    QList<AttractLoop::Entry> list = entries(viewDwell, itemDwell);
    loop.setEntries(list);
    QSignalSpy views(&loop, &AttractLoop::viewRequested);
    QSignalSpy loops(&loop, &AttractLoop::loopCompleted);
    loop.start();
    for (int view = 0; view < m_views.size(); ++view) {
        QCOMPARE(loop.currentView(), m_views.at(view));
        for (int i = 0; i <= advancesPerView; ++i)
            loop.step();
        QCOMPARE(m_views.at(view)->advances, advancesPerView);
    }
    QCOMPARE(loop.currentView(), m_views.at(0));
    QCOMPARE(views.size(), m_views.size() + 1);
    QCOMPARE(loops.size(), 1);
    QCOMPARE(loops.at(0).at(0).toInt(), 1);
    QCOMPARE(loop.loopCount(), 1);
}

void TestAttractLoop::stepsOnItsOwn()
{
    AttractLoop loop;
    loop.setEntries(entries(40, 10));
    QSignalSpy loops(&loop, &AttractLoop::loopCompleted);
    loop.start();
    QVERIFY(loops.wait(2000));
    for (FakeLoopView *view : std::as_const(m_views))
        QCOMPARE(view->advances, 3);
}

void TestAttractLoop::inputPauses()
{
    AttractLoop loop;
    loop.setEntries(entries(1000, 5));
    loop.setIdleTimeout(60000);
    QSignalSpy advanced(&loop, &AttractLoop::itemAdvanced);
    loop.start();
    QVERIFY(advanced.wait(1000));
    loop.notifyInput();
    QCOMPARE(loop.state(), AttractLoop::State::Paused);
    const int before = m_views.at(0)->advances;
    // Paused, no step is armed: only the idle timeout runs.
    QVERIFY(!loop.isStepPending());
    QVERIFY(loop.isIdlePending());
    QVERIFY(!loop.isCountdownPending());
    loop.step(); // a stray step while paused changes nothing
    QCOMPARE(m_views.at(0)->advances, before);
}

void TestAttractLoop::idleCountsDownThenResets()
{
    AttractLoop loop;
    loop.setEntries(entries(100000, 100000));
    loop.setLanguages({u"de"_s, u"en"_s});
    loop.setIdleTimeout(30);
    loop.setCountdownSeconds(3);
    loop.setSecondLength(10);
    QSignalSpy countdown(&loop, &AttractLoop::countdown);
    QSignalSpy reset(&loop, &AttractLoop::resetDone);
    QSignalSpy languages(&loop, &AttractLoop::languageRequested);
    QSignalSpy views(&loop, &AttractLoop::viewRequested);
    loop.start();
    m_views.at(1)->advance();
    loop.notifyInput();
    QCOMPARE(loop.state(), AttractLoop::State::Paused);
    QVERIFY(countdown.wait(1000));
    QCOMPARE(loop.state(), AttractLoop::State::CountingDown);
    QVERIFY(loop.isCountdownPending());
    QVERIFY(!loop.isStepPending());
    QVERIFY(reset.wait(1000));
    QVERIFY(!loop.isCountdownPending());
    QVERIFY(loop.isStepPending());
    QCOMPARE(countdown.size(), 3);
    QCOMPARE(countdown.at(0).at(0).toInt(), 3);
    QCOMPARE(countdown.at(1).at(0).toInt(), 2);
    QCOMPARE(countdown.at(2).at(0).toInt(), 1);
    for (FakeLoopView *view : std::as_const(m_views)) {
        QCOMPARE(view->resets, 1);
        QCOMPARE(view->currentItem(), u"0"_s);
    }
    QCOMPARE(languages.size(), 1);
    QCOMPARE(languages.at(0).at(0).toString(), u"de"_s);
    QCOMPARE(loop.state(), AttractLoop::State::Running);
    QCOMPARE(views.last().at(0).value<ShowcaseView *>(), m_views.at(0));
}

void TestAttractLoop::inputCancelsCountdown()
{
    AttractLoop loop;
    loop.setEntries(entries(100000, 100000));
    loop.setIdleTimeout(20);
    loop.setCountdownSeconds(50);
    loop.setSecondLength(10);
    QSignalSpy countdown(&loop, &AttractLoop::countdown);
    QSignalSpy canceled(&loop, &AttractLoop::countdownCanceled);
    QSignalSpy reset(&loop, &AttractLoop::resetDone);
    loop.start();
    loop.notifyInput();
    QVERIFY(countdown.wait(1000));
    loop.notifyInput();
    QCOMPARE(canceled.size(), 1);
    QCOMPARE(loop.state(), AttractLoop::State::Paused);
    QCOMPARE(loop.secondsLeft(), 0);
    // The idle timeout runs again from the start, and a fresh countdown begins.
    countdown.clear();
    QVERIFY(countdown.wait(1000));
    QCOMPARE(countdown.constFirst().at(0).toInt(), 50);
    QCOMPARE(reset.size(), 0);
    for (FakeLoopView *view : std::as_const(m_views))
        QCOMPARE(view->resets, 0);
}

void TestAttractLoop::rotatesLanguagePerLoop()
{
    AttractLoop loop;
    loop.setEntries(entries(1, 1));
    loop.setLanguages({u"en"_s, u"de"_s, u"ja"_s});
    QSignalSpy languages(&loop, &AttractLoop::languageRequested);
    loop.start();
    for (int i = 0; i < 4 * m_views.size(); ++i)
        loop.step();
    QCOMPARE(loop.loopCount(), 4);
    QCOMPARE(languages.size(), 4);
    const QStringList expected{u"de"_s, u"ja"_s, u"en"_s, u"de"_s};
    for (int i = 0; i < expected.size(); ++i)
        QCOMPARE(languages.at(i).at(0).toString(), expected.at(i));
    loop.resetAndResume();
    QCOMPARE(languages.last().at(0).toString(), u"en"_s);
}

void TestAttractLoop::oneLanguageIsOnlyForReset()
{
    AttractLoop loop;
    loop.setEntries(entries(1, 1));
    loop.setLanguages({u"fr"_s});
    QSignalSpy languages(&loop, &AttractLoop::languageRequested);
    loop.start();
    for (int i = 0; i < 3 * m_views.size(); ++i)
        loop.step();
    QCOMPARE(languages.size(), 0);
    loop.resetAndResume();
    QCOMPARE(languages.size(), 1);
    QCOMPARE(languages.at(0).at(0).toString(), u"fr"_s);
}

void TestAttractLoop::stopsCompletely()
{
    AttractLoop loop;
    loop.setEntries(entries(10, 1));
    loop.setIdleTimeout(10);
    QSignalSpy states(&loop, &AttractLoop::stateChanged);
    loop.start();
    loop.stop();
    QCOMPARE(loop.state(), AttractLoop::State::Stopped);
    QVERIFY(!loop.isStepPending());
    loop.notifyInput(); // no idle countdown when stopped
    QCOMPARE(loop.state(), AttractLoop::State::Stopped);
    // Nothing is armed: nothing will happen, however long one waits.
    QVERIFY(!loop.isStepPending());
    QVERIFY(!loop.isIdlePending());
    QVERIFY(!loop.isCountdownPending());
    for (FakeLoopView *view : std::as_const(m_views))
        QCOMPARE(view->advances, 0);
}

QTEST_MAIN(TestAttractLoop)
#include "tst_attractloop.moc"
