#include "contentbuilder.h"
#include "models/catalog.h"
#include "models/partnermodel.h"
#include "views/common/loadingstate.h"
#include "views/common/viewheader.h"
#include "views/showcaseview.h"
#include "views/theme.h"
#include "views/viewregistry.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The smallest view: holds no items; the base class supplies the kiosk defaults.
class EmptyView : public ShowcaseView
{
public:
    explicit EmptyView(Catalog *catalog)
        : ShowcaseView(u"empty"_s, catalog)
    {}
    QString title() const override { return u"Empty"_s; }
    bool selectItem(const QString &) override { return false; }
    QString currentItem() const override { return {}; }
    using ShowcaseView::placeHeader;
};

// A view that leaves its title to the base class.
class NamedView : public ShowcaseView
{
public:
    explicit NamedView(Catalog *catalog)
        : ShowcaseView(u"timeline"_s, catalog)
    {}
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
    void placeHeaderLeavesTheMargins();
    void coversAViewWhoseContentIsLoading();
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

void TestShowcaseView::placeHeaderLeavesTheMargins()
{
    Appearance::loadFonts();
    EmptyView view(nullptr);
    QCOMPARE(view.name(), u"empty"_s);
    view.header()->setTexts(u"Eyebrow"_s, u"Headline"_s, u"The line beneath"_s);
    view.resize(1600, 900);
    const auto frame = view.placeHeader();
    QCOMPARE(frame.scale, Typography::scaleFor(QSize(1600, 900)));
    QVERIFY(frame.margin > 0);
    QCOMPARE(frame.content,
             view.rect().adjusted(frame.margin, frame.margin, -frame.margin, -frame.margin));
    const QRect header = view.header()->geometry();
    QCOMPARE(header.topLeft(), frame.content.topLeft());
    QCOMPARE(header.width(), frame.content.width());
    QCOMPARE(header.height(), view.header()->heightForWidth(frame.content.width()));
    QVERIFY(header.height() > 0);
    QCOMPARE(frame.top, header.bottom() + 1 + frame.gutter * 3 / 2);

    // No room: the frame says so and the header keeps its place.
    view.resize(frame.margin, frame.margin);
    QVERIFY(view.placeHeader().content.isEmpty());
    QCOMPARE(view.header()->geometry(), header);
}

// While its file is read, a view shows the loading state over its empty
// models, never its "nothing matches" state; when it arrives, the items.
void TestShowcaseView::coversAViewWhoseContentIsLoading()
{
    Appearance::loadFonts();
    Fixtures::ContentSetBuilder builder;
    builder.partners.partner(Fixtures::PartnerBuilder(u"arrived"_s));
    ContentSet pending = builder.content();
    pending.partners = {};
    pending.pending = {ContentFile::Partners};
    Catalog catalog;
    catalog.setContent(pending);
    std::unique_ptr<ShowcaseView> partners(ViewRegistry::create(u"partners"_s, &catalog));
    std::unique_ptr<ShowcaseView> timeline(ViewRegistry::create(u"timeline"_s, &catalog));
    partners->resize(1280, 800);
    partners->show();
    QVERIFY(QTest::qWaitForWindowExposed(partners.get()));
    LoadingState *loading = partners->loadingState();
    QVERIFY(loading);
    QCOMPARE(loading->file(), ContentFile::Partners);
    QVERIFY(loading->isVisible());
    QCOMPARE(loading->geometry(), partners->rect());
    QCOMPARE(loading->message(), u"Loading the partners…"_s);
    QCOMPARE(loading->accessibleName(), loading->message());
    // On top of every other child, the empty grid's message among them.
    QCOMPARE(partners->children().constLast(), loading);
    QVERIFY(!partners->selectItem(u"arrived"_s));
    // A view whose file is in is not covered.
    QVERIFY(timeline->loadingState());
    QVERIFY(timeline->loadingState()->isHidden());

    partners->resize(1600, 900);
    QCOMPARE(loading->geometry(), partners->rect());

    catalog.setContent(builder.content());
    QVERIFY(loading->isHidden());
    QCOMPARE(catalog.partners()->rowCount(), 1);
    QVERIFY(partners->selectItem(u"arrived"_s));
    QCOMPARE(partners->currentItem(), u"arrived"_s);

    // Pending again (another folder chosen): covered again.
    catalog.setContent(pending);
    QVERIFY(loading->isVisible());
}

QTEST_MAIN(TestShowcaseView)
#include "tst_showcaseview.moc"
