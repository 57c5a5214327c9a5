#include "views/common/deferredlayout.h"

#include <QEvent>
#include <QTest>
#include <QWidget>

namespace {

// A widget that lays out as the charts do: put off while hidden, done when
// shown.
class LaidOutWidget : public QWidget
{
public:
    using QWidget::QWidget;

    void relayout()
    {
        if (m_layout.postpone(this))
            return;
        ++layouts;
    }

    DeferredLayout m_layout;
    int layouts = 0;

protected:
    bool event(QEvent *event) override
    {
        if (m_layout.isDue(event))
            relayout();
        return QWidget::event(event);
    }
};

} // namespace

class TestDeferredLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aWidgetNeverHiddenLaysOut();
    void anExplicitlyHiddenWidgetWaits();
    void showingLaysOutOnce();
    void aShownWidgetInAHiddenWindowLaysOut();
};

void TestDeferredLayout::aWidgetNeverHiddenLaysOut()
{
    // Not yet shown is not hidden on purpose: exports lay out such widgets.
    QWidget widget;
    DeferredLayout layout;
    QVERIFY(!layout.postpone(&widget));
    QVERIFY(!layout.isPending());
    QEvent show(QEvent::ShowToParent);
    QVERIFY(!layout.isDue(&show));
}

void TestDeferredLayout::anExplicitlyHiddenWidgetWaits()
{
    QWidget widget;
    widget.hide();
    DeferredLayout layout;
    QVERIFY(layout.postpone(&widget));
    QVERIFY(layout.isPending());
    QEvent show(QEvent::ShowToParent);
    QVERIFY(layout.isDue(&show));
    QEvent resize(QEvent::Resize);
    QVERIFY(!layout.isDue(&resize));

    widget.setVisible(true);
    QVERIFY(!layout.postpone(&widget));
    QVERIFY(!layout.isPending());
    QVERIFY(!layout.isDue(&show));
}

void TestDeferredLayout::showingLaysOutOnce()
{
    QWidget window;
    auto *page = new LaidOutWidget(&window);
    page->hide();
    page->relayout();
    page->relayout();
    QCOMPARE(page->layouts, 0);
    QVERIFY(page->m_layout.isPending());
    page->show();
    QCOMPARE(page->layouts, 1);
    QVERIFY(!page->m_layout.isPending());
    // Hidden and shown again with nothing put off: no layout.
    page->hide();
    page->show();
    QCOMPARE(page->layouts, 1);
}

void TestDeferredLayout::aShownWidgetInAHiddenWindowLaysOut()
{
    QWidget window;
    auto *page = new LaidOutWidget(&window);
    page->show();
    window.hide();
    page->relayout();
    QCOMPARE(page->layouts, 1);
    QVERIFY(!page->m_layout.isPending());
}

QTEST_MAIN(TestDeferredLayout)
#include "tst_deferredlayout.moc"
