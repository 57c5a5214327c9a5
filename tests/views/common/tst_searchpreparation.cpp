#include "views/common/searchpreparation.h"

#include <QStringListModel>
#include <QTest>
#include <QWidget>

using namespace Qt::StringLiterals;

// A search that needs three slices to be ready, counting them.
struct FakeSearch
{
    int slices = 0;
    int sliceSize = 0;
    int left = 3;
    std::function<void()> onFirstSlice; // runs inside the first slice
    bool prepare(int rows)
    {
        if (++slices == 1 && onFirstSlice)
            onFirstSlice();
        sliceSize = rows;
        return --left <= 0;
    }
};

class TestSearchPreparation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void preparesSliceBySliceOnceShown();
    void stopsWhenHidden();
    void oneRunAtATime();
    void newContentWhileShownPreparesAgain();
    void newContentWhileHiddenWaits();

private:
    // Turns of the event loop: enough for zero-delay timers to fire.
    static void spin()
    {
        for (int i = 0; i < 10; ++i)
            QCoreApplication::processEvents();
    }

    std::unique_ptr<QWidget> m_view;
    QStringListModel *m_model = nullptr;
    FakeSearch m_search;
    SearchPreparation *m_preparation = nullptr;
};

void TestSearchPreparation::init()
{
    m_view = std::make_unique<QWidget>();
    m_model = new QStringListModel({u"one"_s, u"two"_s}, m_view.get());
    m_search = FakeSearch();
    m_preparation = new SearchPreparation(m_view.get(), m_model,
                                          [this](int rows) { return m_search.prepare(rows); });
    m_preparation->setDelay(0);
}

void TestSearchPreparation::cleanup()
{
    m_view.reset();
}

void TestSearchPreparation::preparesSliceBySliceOnceShown()
{
    m_view->show();
    m_preparation->schedule();
    QCOMPARE(m_search.slices, 0); // not in the frame that shows the view
    QTRY_COMPARE(m_search.slices, 3);
    QCOMPARE(m_search.sliceSize, SearchPreparation::Slice);
    spin();
    QCOMPARE(m_search.slices, 3); // ready: no more slices
}

void TestSearchPreparation::stopsWhenHidden()
{
    m_search.onFirstSlice = [this] { m_view->hide(); };
    m_view->show();
    m_preparation->schedule();
    QTRY_COMPARE(m_search.slices, 1);
    spin();
    QCOMPARE(m_search.slices, 1);
    // Shown again, it carries on.
    m_view->show();
    m_preparation->schedule();
    QTRY_COMPARE(m_search.slices, 3);
}

void TestSearchPreparation::oneRunAtATime()
{
    // New words while a run is under way: that run folds them.
    m_search.onFirstSlice = [this] { m_model->setData(m_model->index(0), u"uno"_s); };
    m_view->show();
    m_preparation->schedule();
    m_preparation->schedule();
    QTRY_COMPARE(m_search.slices, 3);
    spin();
    QCOMPARE(m_search.slices, 3);
}

void TestSearchPreparation::newContentWhileShownPreparesAgain()
{
    m_view->show();
    m_preparation->schedule();
    QTRY_COMPARE(m_search.slices, 3);
    // New content (a reset) and a new language (new words) each make the
    // search forget its folded text.
    m_search.left = 3;
    m_model->setStringList({u"three"_s});
    QTRY_COMPARE(m_search.slices, 6);
    m_search.left = 1;
    m_model->setData(m_model->index(0), u"drei"_s);
    QTRY_COMPARE(m_search.slices, 7);
}

void TestSearchPreparation::newContentWhileHiddenWaits()
{
    m_model->setStringList({u"three"_s});
    spin();
    QCOMPARE(m_search.slices, 0);
    m_view->show();
    m_preparation->schedule();
    QTRY_COMPARE(m_search.slices, 3);
}

QTEST_MAIN(TestSearchPreparation)
#include "tst_searchpreparation.moc"
