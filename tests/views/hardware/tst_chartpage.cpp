#include "views/hardware/chartpage.h"

#include "views/theme.h"

#include <QPainter>
#include <QTest>

namespace {

// A page that counts its hooks, lays out unless its page is hidden, and
// paints itself in one colour.
class CountingPage : public ChartPage
{
public:
    static constexpr QSize Hint{300, 200};
    static constexpr QSize MinimumHint{120, 80};

    explicit CountingPage(QWidget *parent = nullptr)
        : ChartPage(Hint, MinimumHint, parent)
    {}

    int refreshes = 0;
    int restyles = 0;
    int relayouts = 0; // asked for
    int layouts = 0;   // done, not put off
    int paints = 0;
    QColor colour = Qt::red;

    using ChartPage::invalidatePicture;

protected:
    void refresh() override { ++refreshes; }
    void restyle() override { ++restyles; }
    void relayout() override
    {
        ++relayouts;
        if (!postponeLayout())
            ++layouts;
    }
    void paintContent(QPainter &painter) override
    {
        ++paints;
        painter.fillRect(rect(), colour);
    }
};

} // namespace

class TestChartPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hintsFollowTheScale();
    void aNewScaleRestylesAndLaysOut();
    void followsTheThemeAndTheFonts();
    void retranslatesOnALanguageChange();
    void laysOutForASizeOrADirection();
    void putsOffTheLayoutWhileHidden();
    void keepsItsPaintingUntilInvalidated();
};

void TestChartPage::hintsFollowTheScale()
{
    CountingPage page;
    QCOMPARE(page.scale(), 1.0);
    QCOMPARE(page.sizeHint(), CountingPage::Hint);
    QCOMPARE(page.minimumSizeHint(), CountingPage::MinimumHint);
    page.setScale(1.5);
    QCOMPARE(page.scale(), 1.5);
    QCOMPARE(page.sizeHint(), QSize(450, 300));
    QCOMPARE(page.minimumSizeHint(), QSize(180, 120));
    page.setScale(0.5);
    QCOMPARE(page.sizeHint(), QSize(150, 100));
    QCOMPARE(page.minimumSizeHint(), QSize(60, 40));
}

void TestChartPage::aNewScaleRestylesAndLaysOut()
{
    CountingPage page;
    page.setScale(2.0);
    QCOMPARE(page.restyles, 1);
    QCOMPARE(page.relayouts, 1);
    // The same scale again changes nothing.
    page.setScale(2.0);
    QCOMPARE(page.restyles, 1);
    QCOMPARE(page.relayouts, 1);
    QCOMPARE(page.refreshes, 0);
}

void TestChartPage::followsTheThemeAndTheFonts()
{
    Appearance *appearance = Appearance::instance();
    const Theme::Id before = appearance->theme().id;
    const Theme::Id other = before == Theme::Id::Dark ? Theme::Id::Light : Theme::Id::Dark;
    CountingPage page;
    appearance->setTheme(other);
    appearance->setTheme(before);
    // A theme needs new colours, not a new layout.
    QCOMPARE(page.restyles, 2);
    QCOMPARE(page.relayouts, 0);
    // New fonts measure differently: styles and layout again.
    Q_EMIT appearance->fontsChanged();
    QCOMPARE(page.restyles, 3);
    QCOMPARE(page.relayouts, 1);
    QCOMPARE(page.refreshes, 0);
}

void TestChartPage::retranslatesOnALanguageChange()
{
    CountingPage page;
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&page, &change);
    // By default a new language takes the words from the model again.
    QCOMPARE(page.refreshes, 1);
    QCOMPARE(page.restyles, 0);
}

void TestChartPage::laysOutForASizeOrADirection()
{
    QWidget view;
    auto *page = new CountingPage(&view);
    page->resize(CountingPage::Hint);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const int shown = page->layouts;
    QVERIFY(shown >= 1);
    page->resize(400, 250);
    QCOMPARE(page->layouts, shown + 1);
    page->setLayoutDirection(Qt::RightToLeft);
    QCOMPARE(page->layouts, shown + 2);
    QCOMPARE(page->restyles, 0);
}

void TestChartPage::putsOffTheLayoutWhileHidden()
{
    QWidget view;
    auto *page = new CountingPage(&view);
    // Sized, so that showing it does not resize it to its hint (and lay it out for that).
    page->resize(CountingPage::Hint);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    page->hide();
    const int before = page->layouts;
    const int asked = page->relayouts;
    page->setScale(2.0);
    QCOMPARE(page->relayouts, asked + 1);
    QCOMPARE(page->layouts, before);
    // Shown again, it lays out once for all it missed.
    page->show();
    QCOMPARE(page->layouts, before + 1);
    // Nothing put off, nothing more on the next show.
    page->hide();
    page->show();
    QCOMPARE(page->layouts, before + 1);
}

void TestChartPage::keepsItsPaintingUntilInvalidated()
{
    CountingPage page;
    page.resize(60, 40);
    QImage first = page.grab().toImage();
    QCOMPARE(page.paints, 1);
    QCOMPARE(first.pixelColor(30, 20), QColor(Qt::red));
    page.colour = Qt::blue;
    page.grab();
    QCOMPARE(page.paints, 1);
    page.invalidatePicture();
    QCOMPARE(page.grab().toImage().pixelColor(30, 20), QColor(Qt::blue));
    QCOMPARE(page.paints, 2);
    // Another size is drawn anew.
    page.resize(80, 40);
    page.grab();
    QCOMPARE(page.paints, 3);
}

QTEST_MAIN(TestChartPage)
#include "tst_chartpage.moc"
