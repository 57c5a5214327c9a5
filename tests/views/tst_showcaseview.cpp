#include "views/showcaseview.h"
#include "views/viewregistry.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The smallest view: holds no items; the base class supplies the kiosk defaults.
class EmptyView : public ShowcaseView
{
public:
    using ShowcaseView::ShowcaseView;
    QString name() const override { return u"empty"_s; }
    QString title() const override { return u"Empty"_s; }
    bool selectItem(const QString &) override { return false; }
    QString currentItem() const override { return {}; }
};

// A view that leaves its title to the base class.
class NamedView : public ShowcaseView
{
public:
    using ShowcaseView::ShowcaseView;
    QString name() const override { return u"timeline"_s; }
    bool selectItem(const QString &) override { return false; }
    QString currentItem() const override { return {}; }
};

} // namespace

class TestShowcaseView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hasKioskDefaults();
    void titleComesFromTheRegistry();
};

void TestShowcaseView::hasKioskDefaults()
{
    EmptyView view(nullptr);
    QCOMPARE(view.catalog(), nullptr);
    // With nothing to step through, the attract loop moves on at once.
    QVERIFY(!view.advance());
    view.reset();
    QVERIFY(view.currentItem().isEmpty());
    QVERIFY(!view.selectItem(u"anything"_s));
}

void TestShowcaseView::titleComesFromTheRegistry()
{
    NamedView view(nullptr);
    QVERIFY(!view.title().isEmpty());
    QCOMPARE(view.title(), ViewRegistry::title(u"timeline"_s));
    QVERIFY(view.title() != ViewRegistry::title(u"reviews"_s));
    EmptyView own(nullptr);
    QCOMPARE(own.title(), u"Empty"_s);
}

QTEST_MAIN(TestShowcaseView)
#include "tst_showcaseview.moc"
