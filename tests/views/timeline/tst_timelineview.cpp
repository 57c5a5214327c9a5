#include "content/contentloader.h"
#include "models/catalog.h"
#include "models/categorymodel.h"
#include "models/timelinefilterproxy.h"
#include "models/timelinemodel.h"
#include "timelinefixtures.h"
#include "views/common/chipbar.h"
#include "views/common/searchfield.h"
#include "views/common/viewheader.h"
#include "views/theme.h"
#include "views/timeline/timelinedetailcard.h"
#include "views/timeline/timelineitemview.h"
#include "views/timeline/timelineview.h"
#include "views/viewregistry.h"

#include <QApplication>
#include <QImage>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

// Translates the Timeline view's headline, to see the view follow a language switch.
class HeadlineTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (qstrcmp(context, "TimelineView") == 0 &&
            qstrcmp(sourceText, "How DGX Spark came to be") == 0)
            return u"Wie DGX Spark entstand"_s;
        return {};
    }
    bool isEmpty() const override { return false; }
};

QImage rendered(QWidget *widget)
{
    QImage image(widget->size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::black);
    widget->render(&image);
    return image;
}

// How the exporter draws a view: sized and rendered, never shown on screen.
void prepareOffscreen(QWidget *widget, QSize size)
{
    widget->setAttribute(Qt::WA_DontShowOnScreen);
    widget->resize(size);
    widget->show();
}

// The event with the longest story.
QString longestStory(const Catalog &catalog)
{
    const QAbstractItemModel *model = catalog.timeline();
    QString id;
    qsizetype longest = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        const QString story = index.data(int(TimelineModel::Role::Description)).toString();
        if (story.size() > longest) {
            longest = story.size();
            id = index.data(int(TimelineModel::Role::Id)).toString();
        }
    }
    return id;
}

Chip *chipFor(TimelineView &view, const Catalog &catalog, const QString &category)
{
    return view.chipBar()->chips().at(catalog.timelineCategories()->rowOf(category) + 1);
}

} // namespace

class tst_TimelineView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void registry();
    void header();
    void selectItem_data();
    void selectItem();
    void selectItemBeforeLayout();
    void selectItemOffscreenIsInstant();
    void advance();
    void filterThroughChips();
    void selectItemShowsFilteredEvent();
    void searchFromTheKeyboard();
    void searchLayout_data();
    void searchLayout();
    void reset();
    void orientationFollowsAspect_data();
    void orientationFollowsAspect();
    void rightToLeft();
    void rendersDeterministically();
    void retranslates();
    void followsTheContentLanguage();
    void newContentKeepsTheEvent();

private:
    Catalog m_catalog;
    // What the app ships, only to see it laid out.
    Catalog m_bundled;
};

void tst_TimelineView::initTestCase()
{
    Appearance::loadFonts();
    m_catalog.setContent(TimelineFixtures::contentSet());
    m_bundled.setContent(ContentLoader::load().content);
}

void tst_TimelineView::init()
{
    Appearance::instance()->setReducedMotion(false);
    Appearance::instance()->setTheme(Theme::Id::Dark);
}

void tst_TimelineView::registry()
{
    std::unique_ptr<ShowcaseView> view(ViewRegistry::create(u"timeline"_s, &m_catalog));
    QVERIFY(qobject_cast<TimelineView *>(view.get()));
    QCOMPARE(view->name(), u"timeline"_s);
    QCOMPARE(view->title(), u"Timeline"_s);
    QCOMPARE(view->accessibleName(), u"Timeline"_s);
    QCOMPARE(view->focusProxy(), static_cast<TimelineView *>(view.get())->itemView());
}

void tst_TimelineView::header()
{
    TimelineView view(&m_catalog);
    QVERIFY(!view.header()->title().isEmpty());
    QCOMPARE(view.chipBar()->chips().size(), m_catalog.timelineCategories()->rowCount() + 1);
    QCOMPARE(view.chipBar()->chips().first()->text(), u"All events"_s);
    QCOMPARE(view.chipBar()->chips().first()->count(), 12);
    QCOMPARE(chipFor(view, m_catalog, u"delivery"_s)->count(), 4);
}

void tst_TimelineView::selectItem_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("found");
    QTest::newRow("a day") << u"pad-delivery"_s << true;
    QTest::newRow("a month") << u"first-delivery"_s << true;
    QTest::newRow("the last") << u"price"_s << true;
    QTest::newRow("unknown") << u"no-such-event"_s << false;
    QTest::newRow("another view's item") << u"part"_s << false;
}

void tst_TimelineView::selectItem()
{
    QFETCH(QString, id);
    QFETCH(bool, found);
    TimelineView view(&m_catalog);
    prepareOffscreen(&view, QSize(1920, 1080));
    QSignalSpy changed(&view, &ShowcaseView::currentItemChanged);
    QCOMPARE(view.selectItem(id), found);
    QCOMPARE(view.currentItem(), found ? id : QString());
    QCOMPARE(changed.count(), found ? 1 : 0);
    if (!found)
        return;
    QCOMPARE(changed.first().first().toString(), id);
    QCOMPARE(view.detailCard()->index().data(int(TimelineModel::Role::Id)).toString(), id);
    const QModelIndex current = view.itemView()->currentIndex();
    QVERIFY(view.itemView()->laneRect().contains(view.itemView()->markerCenter(current).toPoint()));
    // Selecting it again changes nothing.
    QVERIFY(view.selectItem(id));
    QCOMPARE(changed.count(), 1);
}

void tst_TimelineView::selectItemBeforeLayout()
{
    // The main window selects the --item before it is shown.
    TimelineView view(&m_catalog);
    QVERIFY(view.selectItem(u"on-sale"_s));
    view.itemView()->setZoom(1e9);
    prepareOffscreen(&view, QSize(1920, 1080));
    QCoreApplication::processEvents();
    TimelineItemView *items = view.itemView();
    QVERIFY(items->laneRect().contains(items->markerCenter(items->currentIndex()).toPoint()));
}

void tst_TimelineView::selectItemOffscreenIsInstant()
{
    TimelineView view(&m_catalog);
    prepareOffscreen(&view, QSize(1920, 1080));
    view.itemView()->setZoom(view.itemView()->maximumZoom());
    for (const QString &id : {u"price"_s, u"announced"_s, u"pad-delivery"_s}) {
        QVERIFY(view.selectItem(id));
        QVERIFY(!view.itemView()->isAnimating());
        const QModelIndex current = view.itemView()->currentIndex();
        QVERIFY2(view.itemView()->laneRect().contains(
                         view.itemView()->markerCenter(current).toPoint()),
                 qPrintable(id));
    }
}

void tst_TimelineView::advance()
{
    TimelineView view(&m_catalog);
    prepareOffscreen(&view, QSize(1920, 1080));
    QStringList seen;
    for (int i = 0; i < 11; ++i) {
        QVERIFY(view.advance());
        seen.append(view.currentItem());
    }
    QCOMPARE(seen.first(), u"announced"_s);
    QCOMPARE(seen.last(), u"robots"_s);
    QVERIFY(view.advance());
    QCOMPARE(view.currentItem(), u"price"_s);
    // Past the last event it wraps around and says so.
    QVERIFY(!view.advance());
    QCOMPARE(view.currentItem(), u"announced"_s);
    // Filtered, it steps through what is shown.
    chipFor(view, m_catalog, u"delivery"_s)->click();
    QCOMPARE(view.currentItem(), QString());
    QVERIFY(view.advance());
    QCOMPARE(view.currentItem(), u"first-delivery"_s);
    QVERIFY(view.advance());
    QCOMPARE(view.currentItem(), u"pad-delivery"_s);
}

void tst_TimelineView::filterThroughChips()
{
    TimelineView view(&m_catalog);
    prepareOffscreen(&view, QSize(1920, 1080));
    QVERIFY(view.selectItem(u"pad-delivery"_s));
    QSignalSpy changed(&view, &ShowcaseView::currentItemChanged);

    chipFor(view, m_catalog, u"delivery"_s)->click();
    QCOMPARE(view.proxy()->categories(), QSet<QString>{u"delivery"_s});
    QCOMPARE(view.proxy()->rowCount(), 4);
    QCOMPARE(view.itemView()->visibleIndexes().size(), 4);
    // The chosen event is a delivery: it stays chosen.
    QCOMPARE(view.currentItem(), u"pad-delivery"_s);
    QCOMPARE(changed.count(), 0);

    // Several categories at once.
    chipFor(view, m_catalog, u"launch"_s)->click();
    QCOMPARE(view.proxy()->rowCount(), 5);

    // Taking deliveries away hides the chosen event: the card goes back to its introduction.
    chipFor(view, m_catalog, u"delivery"_s)->click();
    QCOMPARE(view.proxy()->categories(), QSet<QString>{u"launch"_s});
    QCOMPARE(view.currentItem(), QString());
    QCOMPARE(changed.count(), 1);
    QVERIFY(!view.detailCard()->index().isValid());
    QCOMPARE(view.detailCard()->paragraphs().first(), u"One event"_s);

    view.chipBar()->chips().first()->click();
    QVERIFY(view.proxy()->categories().isEmpty());
    QCOMPARE(view.proxy()->rowCount(), 12);
}

void tst_TimelineView::selectItemShowsFilteredEvent()
{
    TimelineView view(&m_catalog);
    prepareOffscreen(&view, QSize(1920, 1080));
    chipFor(view, m_catalog, u"launch"_s)->click();
    QCOMPARE(view.proxy()->rowCount(), 1);
    QVERIFY(view.selectItem(u"chips"_s));
    QVERIFY(view.proxy()->categories().isEmpty());
    QCOMPARE(view.currentItem(), u"chips"_s);
}

void tst_TimelineView::searchFromTheKeyboard()
{
    TimelineView view(&m_catalog);
    view.resize(1920, 1080);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.activateWindow();
    QVERIFY(view.selectItem(u"pad-delivery"_s));
    SearchField *field = view.searchField();
    QVERIFY(field);
    QCOMPARE(field->placeholderText(), u"Search events"_s);
    // Tab order: the chips, then the search, then the events.
    view.chipBar()->chips().constLast()->setFocus(Qt::TabFocusReason);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY(field->hasFocus());
    QTest::keyClick(field, Qt::Key_Tab);
    QVERIFY(view.itemView()->hasFocus());
    field->find();
    QVERIFY(field->hasFocus());
    QTest::keyClicks(field, u"harbour"_s);
    QCOMPARE(view.proxy()->searchText(), u"harbour"_s);
    // The delivery at the Harbour, and the flight from there.
    QCOMPARE(view.proxy()->rowCount(), 2);
    QCOMPARE(view.itemView()->visibleIndexes().size(), 2);
    // The chosen event matches: it stays chosen.
    QCOMPARE(view.currentItem(), u"pad-delivery"_s);
    // The chips count what the search leaves.
    QCOMPARE(view.chipBar()->chips().constFirst()->count(), 2);
    QCOMPARE(chipFor(view, m_catalog, u"delivery"_s)->count(), 1);
    QCOMPARE(chipFor(view, m_catalog, u"spaceflight"_s)->count(), 1);
    QCOMPARE(chipFor(view, m_catalog, u"launch"_s)->count(), 0);
    // Nothing found: the card says what was searched for.
    QTest::keyClicks(field, u" xyzzy"_s);
    QCOMPARE(view.proxy()->rowCount(), 0);
    QCOMPARE(view.currentItem(), QString());
    QCOMPARE(view.detailCard()->paragraphs().at(1), u"Nothing matches “harbour xyzzy”"_s);
    // Esc empties the search; a second Esc goes back to the events.
    QTest::keyClick(field, Qt::Key_Escape);
    QCOMPARE(field->text(), QString());
    QCOMPARE(view.proxy()->rowCount(), 12);
    QCOMPARE(view.chipBar()->chips().constFirst()->count(), 12);
    QVERIFY(field->hasFocus());
    QTest::keyClick(field, Qt::Key_Escape);
    QVERIFY(view.itemView()->hasFocus());
    // Case and accents do not matter; the chips and the search narrow together.
    field->find();
    QTest::keyClicks(field, u"SPÄRK"_s);
    const int matches = view.proxy()->rowCount();
    QVERIFY(matches > 1);
    chipFor(view, m_catalog, u"delivery"_s)->click();
    QVERIFY(view.proxy()->rowCount() < matches);
    QCOMPARE(view.proxy()->rowCount(), chipFor(view, m_catalog, u"delivery"_s)->count());
    // A deep link to an event the search hides shows every event again.
    QVERIFY(view.selectItem(u"chips"_s));
    QCOMPARE(field->text(), QString());
    QVERIFY(view.proxy()->categories().isEmpty());
    QCOMPARE(view.currentItem(), u"chips"_s);
}

// The search field sits on the chips' first line in landscape and above them
// in portrait, inside the view, never over the chips or the events.
void tst_TimelineView::searchLayout_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1920x1080") << QSize(1920, 1080);
    QTest::newRow("1280x720") << QSize(1280, 720);
    QTest::newRow("1080x1920") << QSize(1080, 1920);
}

void tst_TimelineView::searchLayout()
{
    QFETCH(QSize, size);
    TimelineView view(&m_catalog);
    prepareOffscreen(&view, size);
    const QRect field = view.searchField()->geometry();
    QVERIFY(view.rect().contains(field));
    QVERIFY(field.bottom() < view.itemView()->geometry().top());
    for (const Chip *chip : view.chipBar()->chips()) {
        const QRect chipRect(chip->mapTo(&view, QPoint()), chip->size());
        QVERIFY2(!chipRect.intersects(field), qPrintable(chip->text()));
    }
}

void tst_TimelineView::reset()
{
    TimelineView view(&m_catalog);
    prepareOffscreen(&view, QSize(1920, 1080));
    chipFor(view, m_catalog, u"delivery"_s)->click();
    QVERIFY(view.selectItem(u"lab-delivery"_s));
    view.itemView()->setZoom(4);
    view.searchField()->setFocus(Qt::OtherFocusReason);
    QTest::keyClicks(view.searchField(), u"lab"_s);
    QSignalSpy changed(&view, &ShowcaseView::currentItemChanged);
    view.reset();
    QVERIFY(view.proxy()->categories().isEmpty());
    QCOMPARE(view.searchField()->text(), QString());
    QCOMPARE(view.proxy()->searchText(), QString());
    // Nothing is left to undo: a new visitor's Ctrl+Z brings no search back.
    QTest::keyClick(view.searchField(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(view.searchField()->text(), QString());
    QCOMPARE(view.itemView()->zoom(), 1.0);
    QCOMPARE(view.itemView()->firstVisibleDate(), QDate(2016, 1, 1));
    QCOMPARE(view.currentItem(), QString());
    QVERIFY(!view.itemView()->currentIndex().isValid());
    QVERIFY(view.itemView()->selectionModel()->selectedIndexes().isEmpty());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toString(), QString());
}

void tst_TimelineView::orientationFollowsAspect_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("vertical");
    QTest::newRow("1920x1080") << QSize(1920, 1080) << false;
    QTest::newRow("3840x2160") << QSize(3840, 2160) << false;
    QTest::newRow("1280x800") << QSize(1280, 800) << false;
    QTest::newRow("1080x1920") << QSize(1080, 1920) << true;
}

void tst_TimelineView::orientationFollowsAspect()
{
    QFETCH(QSize, size);
    QFETCH(bool, vertical);
    TimelineView view(&m_catalog);
    prepareOffscreen(&view, size);
    QCOMPARE(view.itemView()->orientation(), vertical ? Qt::Vertical : Qt::Horizontal);
    const QRect items = view.itemView()->geometry();
    const QRect card = view.detailCard()->geometry();
    if (vertical)
        QVERIFY(card.top() >= items.bottom());
    else
        QVERIFY(card.left() >= items.right());
    QVERIFY(view.rect().contains(card));
    QCOMPARE(view.size(), size);
    // Type scales with the screen.
    QCOMPARE(view.itemView()->scale(), Typography::scaleFor(size));
    // Every event has its card at the designed sizes.
    for (int row = 0; row < view.proxy()->rowCount(); ++row) {
        const QModelIndex index = view.proxy()->index(row, 0);
        QVERIFY2(!view.itemView()->cardRect(index).isEmpty(), qPrintable(index.data().toString()));
    }
    // The longest story fits without losing words, here and in what the app ships.
    QVERIFY(view.selectItem(longestStory(m_catalog)));
    QVERIFY(view.detailCard()->textScale() >= 0.9);
    TimelineView shipped(&m_bundled);
    prepareOffscreen(&shipped, size);
    QVERIFY(shipped.selectItem(longestStory(m_bundled)));
    QVERIFY(shipped.detailCard()->textScale() >= 0.9);
}

void tst_TimelineView::rightToLeft()
{
    TimelineView view(&m_catalog);
    view.setLayoutDirection(Qt::RightToLeft);
    prepareOffscreen(&view, QSize(1920, 1080));
    QVERIFY(view.detailCard()->geometry().right() < view.itemView()->geometry().left());
    TimelineItemView *items = view.itemView();
    QVERIFY(items->axisPosition(QDate(2016, 4, 5)) > items->axisPosition(QDate(2025, 10, 15)));
}

void tst_TimelineView::rendersDeterministically()
{
    TimelineView first(&m_catalog);
    prepareOffscreen(&first, QSize(1920, 1080));
    QVERIFY(first.selectItem(u"pad-delivery"_s));
    TimelineView second(&m_catalog);
    prepareOffscreen(&second, QSize(1920, 1080));
    QVERIFY(second.selectItem(u"pad-delivery"_s));
    const QImage image = rendered(&first);
    QCOMPARE(rendered(&second), image);
    QCOMPARE(rendered(&first), image);
    QVERIFY(rendered(&first) != QImage());
    // Another event, another picture.
    QVERIFY(second.selectItem(u"chips"_s));
    QVERIFY(rendered(&second) != image);
    // The theme repaints everything, background included.
    Appearance::instance()->setTheme(Theme::Id::Light);
    const QImage light = rendered(&first);
    QCOMPARE(light.pixelColor(1, 1), Appearance::instance()->theme().background);
    Appearance::instance()->setTheme(Theme::Id::Dark);
    QCOMPARE(rendered(&first), image);
}

void tst_TimelineView::retranslates()
{
    TimelineView view(&m_catalog);
    HeadlineTranslator translator;
    QCoreApplication::installTranslator(&translator);
    QTRY_COMPARE(view.header()->title(), u"Wie DGX Spark entstand"_s);
    QCoreApplication::removeTranslator(&translator);
    QTRY_COMPARE(view.header()->title(), u"How DGX Spark came to be"_s);
}

void tst_TimelineView::followsTheContentLanguage()
{
    Catalog catalog;
    catalog.setContent(TimelineFixtures::contentSet());
    TimelineView view(&catalog);
    prepareOffscreen(&view, QSize(1920, 1080));
    QVERIFY(view.selectItem(u"lab-delivery"_s));
    const QImage english = rendered(&view);
    catalog.setLanguage(u"de"_s);
    QCOMPARE(view.locale().language(), QLocale::German);
    QCOMPARE(view.itemView()->locale().language(), QLocale::German);
    // Dates follow the language at once, on the card and on the axis.
    QCOMPARE(view.detailCard()->paragraphs().at(1), u"Oktober 2025"_s);
    QCOMPARE(view.detailCard()->paragraphs().at(2),
             u"Between 13. Oktober 2025 and 15. Oktober 2025"_s);
    QVERIFY(rendered(&view) != english);
    catalog.setLanguage(u"en"_s);
    QCOMPARE(rendered(&view), english);
}

void tst_TimelineView::newContentKeepsTheEvent()
{
    Catalog catalog;
    catalog.setContent(TimelineFixtures::contentSet());
    TimelineView view(&catalog);
    prepareOffscreen(&view, QSize(1920, 1080));
    QVERIFY(view.selectItem(u"chips"_s));
    QSignalSpy changed(&view, &ShowcaseView::currentItemChanged);
    catalog.setContent(TimelineFixtures::contentSet());
    QCOMPARE(view.currentItem(), u"chips"_s);
    QCOMPARE(view.detailCard()->index().data(int(TimelineModel::Role::Id)).toString(), u"chips"_s);
    // Content without it: nothing is chosen any more.
    ContentSet content = TimelineFixtures::contentSet();
    auto &items = content.timeline.items;
    items.erase(std::remove_if(items.begin(), items.end(),
                               [](const TimelineEvent &e) { return e.id == u"chips"; }),
                items.end());
    catalog.setContent(content);
    QCOMPARE(view.currentItem(), QString());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(view.chipBar()->chips().first()->count(), 11);
}

QTEST_MAIN(tst_TimelineView)
#include "tst_timelineview.moc"
