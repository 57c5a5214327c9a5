#include "contentbuilder.h"
#include "models/catalog.h"
#include "models/reviewfilterproxy.h"
#include "models/reviewmodel.h"
#include "views/common/chipbar.h"
#include "views/common/searchfield.h"
#include "views/common/viewheader.h"
#include "views/reviews/controlbutton.h"
#include "views/reviews/featuredquote.h"
#include "views/reviews/quotewall.h"
#include "views/reviews/reviewsview.h"
#include "views/theme.h"
#include "views/viewregistry.h"

#include <QApplication>
#include <QImage>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Eleven quotes of four kinds and all three tones: three reviews by one
// outlet, two social posts by one person and two by others, a video, and a
// critical and two measured voices.
ContentSet reviews()
{
    using namespace Fixtures;
    const auto review = [](const QString &id, const QString &outlet, const QString &kind,
                           const QString &quote) {
        return ReviewBuilder(id).outlet(outlet).kind(kind).quote(quote);
    };
    ContentSetBuilder set;
    set.reviews.kind(u"review"_s, text(u"Reviews"_s))
            .kind(u"video"_s, text(u"Videos"_s))
            .kind(u"social"_s, text(u"Social posts"_s))
            .kind(u"press"_s, text(u"Press"_s))
            .review(review(u"hot-novices"_s, u"HotHardware"_s, u"review"_s,
                           u"Even novices will have no trouble getting started."_s)
                            .award(text(u"Recommended"_s))
                            .featured())
            .review(review(u"hot-norm"_s, u"HotHardware"_s, u"review"_s,
                           u"Purpose-built boxes like this one will become the norm."_s))
            .review(review(u"hot-start"_s, u"HotHardware"_s, u"review"_s,
                           u"This is the place to start."_s))
            .review(review(u"founder-delivery"_s, u"A Founder"_s, u"social"_s,
                           u"Thanks for the hand delivery. Best delivery service ever."_s)
                            .featured())
            .review(review(u"founder-compute"_s, u"A Founder"_s, u"social"_s,
                           u"Amazing to see so much compute in such a tiny form factor."_s))
            .review(review(u"dreamer"_s, u"A Dreamer"_s, u"social"_s,
                           u"Every local developer's dream."_s))
            .review(review(u"networker"_s, u"A Networker"_s, u"social"_s,
                           u"If you are fine-tuning every day, this is your device."_s))
            .review(review(u"channel-lab"_s, u"A Channel"_s, u"video"_s,
                           u"A lab in a box, from the first day."_s))
            .review(review(u"paper-fastest"_s, u"The Paper"_s, u"press"_s,
                           u"By no means the fastest chip."_s)
                            .tone(u"critical"_s)
                            .featured())
            .review(review(u"blog-early"_s, u"A Blog"_s, u"review"_s,
                           u"Great hardware, early days for the ecosystem."_s)
                            .tone(u"measured"_s)
                            .featured())
            .review(review(u"lab-standard"_s, u"Lab Notes"_s, u"review"_s,
                           u"A new standard for local inference."_s)
                            .tone(u"measured"_s)
                            .featured());
    return set.content();
}

} // namespace

class tst_ReviewsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void registry();
    void header();
    void featureFitsNearSquare();
    void filterByKind();
    void filterByOutlet();
    void chipCounts();
    void bothFiltersEmpty();
    void searchFromTheKeyboard();
    void tabOrder();
    void measuredAndCriticalVoicesShown();
    void selectItem_data();
    void selectItem();
    void selectItemClearsFilters();
    void advance();
    void reset();
    void layouts_data();
    void layouts();
    void deterministicRender();
    void themeSwitchesLive();
    void accessibleNames();

private:
    Chip *chip(ChipBar *bar, const QString &text) const;
    Catalog m_catalog;
};

void tst_ReviewsView::initTestCase()
{
    Appearance::loadFonts();
    m_catalog.setContent(reviews());
}

Chip *tst_ReviewsView::chip(ChipBar *bar, const QString &text) const
{
    for (Chip *chip : bar->chips()) {
        if (chip->text() == text)
            return chip;
    }
    return nullptr;
}

void tst_ReviewsView::registry()
{
    std::unique_ptr<ShowcaseView> view(ViewRegistry::create(u"reviews"_s, &m_catalog));
    QVERIFY(qobject_cast<ReviewsView *>(view.get()));
    QCOMPARE(view->name(), u"reviews"_s);
    QCOMPARE(view->title(), ViewRegistry::title(u"reviews"_s));
}

void tst_ReviewsView::header()
{
    ReviewsView view(&m_catalog);
    QVERIFY(!view.header()->title().isEmpty());
}

void tst_ReviewsView::featureFitsNearSquare()
{
    // Near square the feature sits above the wall; its share of the height
    // must still hold the attribution, the controls and the quote.
    ReviewsView view(&m_catalog);
    view.resize(1080, 1100);
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    view.render(&image);
    QCOMPARE(view.featured()->heightShortfall(), 0);
    QVERIFY(view.featured()->geometry().bottom() < view.wall()->geometry().top());
}

void tst_ReviewsView::filterByKind()
{
    ReviewsView view(&m_catalog);
    view.resize(1920, 1080);
    Chip *social = chip(view.kindFilter(), u"Social posts"_s);
    QVERIFY(social);
    QTest::mouseClick(social, Qt::LeftButton);
    QCOMPARE(view.wallProxy()->kind(), u"social"_s);
    QCOMPARE(view.wall()->model()->rowCount(), 4);
    for (int row = 0; row < view.wall()->model()->rowCount(); ++row) {
        QCOMPARE(view.wall()->model()->index(row, 0).data(int(ReviewModel::Role::Kind)),
                 u"social"_s);
    }
    // The featured quote is the stage, not a filter result: it keeps all.
    QCOMPARE(view.featuredProxy()->kind(), QString());
    QTest::mouseClick(view.kindFilter()->chips().constFirst(), Qt::LeftButton);
    QCOMPARE(view.wall()->model()->rowCount(), m_catalog.reviews()->rowCount());
}

void tst_ReviewsView::filterByOutlet()
{
    ReviewsView view(&m_catalog);
    view.resize(1920, 1080);
    QCOMPARE(view.outletFilter()->chips().size(), m_catalog.reviews()->outlets().size() + 1);
    QTest::mouseClick(chip(view.outletFilter(), u"HotHardware"_s), Qt::LeftButton);
    QCOMPARE(view.wall()->model()->rowCount(), 3);
    QCOMPARE(view.outletFilter()->selection(), QSet<QString>({u"HotHardware"_s}));
}

void tst_ReviewsView::chipCounts()
{
    ReviewsView view(&m_catalog);
    view.resize(1920, 1080);
    const int total = m_catalog.reviews()->rowCount();
    QCOMPARE(view.kindFilter()->chips().constFirst()->count(), total);
    QCOMPARE(chip(view.kindFilter(), u"Press"_s)->count(), 1);
    QCOMPARE(chip(view.outletFilter(), u"A Founder"_s)->count(), 2);
    // Counts follow the other filter: with outlet A Founder, every one
    // of their lines is a social post and none is a review.
    QTest::mouseClick(chip(view.outletFilter(), u"A Founder"_s), Qt::LeftButton);
    QCOMPARE(view.kindFilter()->chips().constFirst()->count(), 2);
    QCOMPARE(chip(view.kindFilter(), u"Social posts"_s)->count(), 2);
    QCOMPARE(chip(view.kindFilter(), u"Reviews"_s)->count(), 0);
    // And the other way round.
    QTest::mouseClick(chip(view.kindFilter(), u"Social posts"_s), Qt::LeftButton);
    QCOMPARE(view.outletFilter()->chips().constFirst()->count(), 4);
    QCOMPARE(chip(view.outletFilter(), u"HotHardware"_s)->count(), 0);
}

void tst_ReviewsView::searchFromTheKeyboard()
{
    ReviewsView view(&m_catalog);
    view.resize(1920, 1080);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.activateWindow();
    const int total = m_catalog.reviews()->rowCount();
    SearchField *field = view.searchField();
    QVERIFY(field);
    field->find();
    QVERIFY(field->hasFocus());
    QTest::keyClicks(field, u"hothardware"_s);
    QCOMPARE(view.wall()->model()->rowCount(), 3);
    // The chips count what the search leaves.
    QCOMPARE(view.kindFilter()->chips().constFirst()->count(), 3);
    QCOMPARE(chip(view.outletFilter(), u"HotHardware"_s)->count(), 3);
    QCOMPARE(chip(view.outletFilter(), u"A Founder"_s)->count(), 0);
    // Nothing found: the wall says what was searched for.
    QTest::keyClicks(field, u" xyzzy"_s);
    QCOMPARE(view.wall()->model()->rowCount(), 0);
    QVERIFY(view.wall()->emptyText().contains(u"hothardware xyzzy"_s));
    // Esc empties the search; a second Esc goes to the wall.
    QTest::keyClick(field, Qt::Key_Escape);
    QCOMPARE(field->text(), QString());
    QCOMPARE(view.wall()->model()->rowCount(), total);
    QVERIFY(!view.wall()->emptyText().contains(u"xyzzy"_s));
    QTest::keyClick(field, Qt::Key_Escape);
    QVERIFY(view.wall()->hasFocus());
    // Reset leaves nothing to undo.
    field->setFocus(Qt::OtherFocusReason);
    QTest::keyClicks(field, u"paper"_s);
    view.reset();
    QCOMPARE(field->text(), QString());
    field->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(field, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(field->text(), QString());
    QCOMPARE(view.wall()->model()->rowCount(), total);
}

// Tab follows reading order: the feature's controls, the search, the kind
// chips, the outlet chips, the wall; Shift+Tab walks back.
void tst_ReviewsView::tabOrder()
{
    ReviewsView view(&m_catalog);
    view.resize(1920, 1080);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.activateWindow();
    QList<QWidget *> expected = {view.featured()->nextButton(), view.searchField()};
    for (Chip *chip : view.kindFilter()->chips())
        expected.append(chip);
    for (Chip *chip : view.outletFilter()->chips())
        expected.append(chip);
    expected.append(view.wall());
    expected.first()->setFocus(Qt::TabFocusReason);
    for (qsizetype i = 1; i < expected.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY2(QApplication::focusWidget() == expected.at(i), qPrintable(QString::number(i)));
    }
    for (qsizetype i = expected.size() - 2; i >= 0; --i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ShiftModifier);
        QVERIFY2(QApplication::focusWidget() == expected.at(i), qPrintable(QString::number(i)));
    }
}

void tst_ReviewsView::bothFiltersEmpty()
{
    ReviewsView view(&m_catalog);
    view.resize(1920, 1080);
    QTest::mouseClick(chip(view.outletFilter(), u"The Paper"_s), Qt::LeftButton);
    QTest::mouseClick(chip(view.kindFilter(), u"Videos"_s), Qt::LeftButton);
    QCOMPARE(view.wall()->model()->rowCount(), 0);
    QCOMPARE(view.wall()->masonry().count(), 0);
}

void tst_ReviewsView::measuredAndCriticalVoicesShown()
{
    // A wall of praise alone is an advert.
    ReviewsView view(&m_catalog);
    QSet<int> tones;
    QStringList outlets;
    for (int row = 0; row < view.wall()->model()->rowCount(); ++row) {
        const QModelIndex index = view.wall()->model()->index(row, 0);
        tones.insert(index.data(int(ReviewModel::Role::Tone)).toInt());
        outlets << index.data(int(ReviewModel::Role::Outlet)).toString();
    }
    QCOMPARE(tones, QSet<int>({int(Tone::Positive), int(Tone::Measured), int(Tone::Critical)}));
    for (const QString &outlet : {u"Lab Notes"_s, u"A Blog"_s, u"The Paper"_s})
        QVERIFY(outlets.contains(outlet));
}

void tst_ReviewsView::selectItem_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("featured");
    QTest::newRow("featured") << u"paper-fastest"_s << true;
    QTest::newRow("not featured") << u"hot-norm"_s << false;
}

void tst_ReviewsView::selectItem()
{
    QFETCH(QString, id);
    QFETCH(bool, featured);
    ReviewsView view(&m_catalog);
    view.resize(1280, 800);
    QSignalSpy changed(&view, &ShowcaseView::currentItemChanged);
    const QString before = view.featured()->currentId();
    QVERIFY(view.selectItem(id));
    QCOMPARE(view.currentItem(), id);
    QCOMPARE(changed.constLast().constFirst().toString(), id);
    const QModelIndex index = view.wall()->currentIndex();
    QVERIFY(view.wall()->viewport()->rect().intersects(view.wall()->visualRect(index)));
    QCOMPARE(view.featured()->currentId(), featured ? id : before);
    QVERIFY(!view.selectItem(u"no-such-quote"_s));
    QCOMPARE(view.currentItem(), id);
}

void tst_ReviewsView::selectItemClearsFilters()
{
    ReviewsView view(&m_catalog);
    view.resize(1920, 1080);
    QTest::mouseClick(chip(view.outletFilter(), u"HotHardware"_s), Qt::LeftButton);
    QVERIFY(view.selectItem(u"blog-early"_s));
    QVERIFY(view.outletFilter()->selection().isEmpty());
    QCOMPARE(view.currentItem(), u"blog-early"_s);
}

void tst_ReviewsView::advance()
{
    ReviewsView view(&m_catalog);
    view.resize(1920, 1080);
    const int featured = view.featuredProxy()->rowCount();
    QStringList seen;
    for (int i = 1; i < featured; ++i) {
        QVERIFY(view.advance());
        seen << view.currentItem();
        QCOMPARE(view.featured()->currentId(), view.currentItem());
    }
    QVERIFY(!view.advance()); // wrapped
    QCOMPARE(view.featured()->currentRow(), 0);
    QCOMPARE(seen.size(), QSet<QString>(seen.cbegin(), seen.cend()).size());
}

void tst_ReviewsView::reset()
{
    ReviewsView view(&m_catalog);
    view.resize(1280, 800);
    QTest::mouseClick(chip(view.kindFilter(), u"Reviews"_s), Qt::LeftButton);
    view.selectItem(u"founder-compute"_s);
    view.featured()->setPlaying(false);
    view.reset();
    QVERIFY(view.kindFilter()->selection().isEmpty());
    QVERIFY(view.outletFilter()->selection().isEmpty());
    QCOMPARE(view.currentItem(), QString());
    QCOMPARE(view.wall()->verticalScrollBar()->value(), 0);
    QCOMPARE(view.featured()->currentRow(), 0);
    QVERIFY(view.featured()->isPlaying());
}

void tst_ReviewsView::layouts_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("portrait");
    QTest::newRow("1080p") << QSize(1920, 1080) << false;
    QTest::newRow("4K") << QSize(3840, 2160) << false;
    QTest::newRow("laptop") << QSize(1280, 800) << false;
    QTest::newRow("portrait") << QSize(1080, 1920) << true;
}

void tst_ReviewsView::layouts()
{
    QFETCH(QSize, size);
    QFETCH(bool, portrait);
    ReviewsView view(&m_catalog);
    view.resize(size);
    // As the exporter does: resized and rendered, never shown.
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    view.render(&image);
    const QRect feature = view.featured()->geometry();
    const QRect wall = view.wall()->geometry();
    QVERIFY(view.rect().contains(feature));
    if (portrait) {
        QVERIFY(feature.bottom() < wall.top());
        QCOMPARE(view.wall()->columnCount(), 2);
    } else {
        QVERIFY(feature.right() < wall.left());
        QVERIFY(view.wall()->columnCount() >= 2);
    }
    QVERIFY(!feature.intersects(view.kindFilter()->geometry()));
    QVERIFY(!wall.intersects(view.outletFilter()->geometry()));
    // Mirrored: the feature moves to the right.
    view.setLayoutDirection(Qt::RightToLeft);
    if (!portrait)
        QVERIFY(view.featured()->geometry().left() > view.wall()->geometry().right());
}

void tst_ReviewsView::deterministicRender()
{
    // As the exporter does: resize and render, never shown.
    const auto render = [this](const QString &item) {
        ReviewsView view(&m_catalog);
        view.resize(1920, 1080);
        if (!item.isEmpty())
            view.selectItem(item);
        QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::black);
        view.render(&image);
        return image;
    };
    QCOMPARE(render(QString()), render(QString()));
    // The first picture of a glyph at a new place in a process may differ in
    // its antialiasing from the later ones (the raster engine's glyph cache):
    // the featured quote's large mark is drawn once before the comparison.
    render(u"paper-fastest"_s);
    const QImage first = render(u"paper-fastest"_s);
    QCOMPARE(first, render(u"paper-fastest"_s));
    QVERIFY(first != render(QString()));
    ReviewsView view(&m_catalog);
    view.resize(1920, 1080);
    view.selectItem(u"paper-fastest"_s);
    QCOMPARE(view.featured()->opacity(), 1.0);
    QVERIFY(!view.featured()->isRotating());
}

void tst_ReviewsView::themeSwitchesLive()
{
    ReviewsView view(&m_catalog);
    view.resize(1280, 800);
    QImage dark(view.size(), QImage::Format_ARGB32_Premultiplied);
    view.render(&dark);
    Appearance::instance()->setTheme(Theme::Id::Light);
    QImage light(view.size(), QImage::Format_ARGB32_Premultiplied);
    view.render(&light);
    Appearance::instance()->setTheme(Theme::Id::Dark);
    QImage again(view.size(), QImage::Format_ARGB32_Premultiplied);
    view.render(&again);
    QCOMPARE(light.pixelColor(5, 5), Theme::light().background);
    QVERIFY(light != dark);
    QCOMPARE(again, dark);
}

void tst_ReviewsView::accessibleNames()
{
    ReviewsView view(&m_catalog);
    view.resize(1920, 1080);
    for (QWidget *widget : std::initializer_list<QWidget *>{
                 view.featured(), view.featured()->playButton(), view.featured()->previousButton(),
                 view.featured()->nextButton(), view.wall(), view.kindFilter(),
                 view.outletFilter()}) {
        QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());
    }
    for (Chip *chip : view.kindFilter()->chips())
        QVERIFY(!chip->accessibleName().isEmpty());
    for (Chip *chip : view.outletFilter()->chips())
        QVERIFY(!chip->accessibleName().isEmpty());
    QVERIFY(!view.wall()->accessibleDescription().isEmpty());
}

QTEST_MAIN(tst_ReviewsView)
#include "tst_reviewsview.moc"
