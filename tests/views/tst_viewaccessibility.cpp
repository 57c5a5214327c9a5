#include "accessibilityaudit.h"
#include "content/contentloader.h"
#include "models/catalog.h"
#include "views/hardware/hardwarediagram.h"
#include "views/hardware/hardwareview.h"
#include "views/showcaseview.h"
#include "views/theme.h"
#include "views/viewregistry.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// Every view as a keyboard and screen-reader user meets it: each interactive
// element named, each drawn item described, every control reached by Tab and
// showing its focus, every item reached by the keys its view offers.
class tst_ViewAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void namesAndDescriptions_data();
    void namesAndDescriptions();
    void tabReachesEveryControl_data();
    void tabReachesEveryControl();
    void focusIsVisible_data();
    void focusIsVisible();
    void keysReachEveryItem_data();
    void keysReachEveryItem();

private:
    void addViews();
    ShowcaseView *showView(const QString &name, int page);

    Catalog m_catalog;
    std::unique_ptr<ShowcaseView> m_view;
};

void tst_ViewAccessibility::initTestCase()
{
    Appearance::loadFonts();
    m_catalog.setContent(ContentLoader::load().content);
}

void tst_ViewAccessibility::cleanup()
{
    m_view.reset();
}

void tst_ViewAccessibility::addViews()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<int>("page");
    for (const QString &name : ViewRegistry::names())
        QTest::newRow(qPrintable(name)) << name << 0;
    // The Hardware view's other pages hold charts in place of the table.
    QTest::newRow("hardware, then and now") << u"hardware"_s << int(HardwareView::Page::ThenAndNow);
    QTest::newRow("hardware, memory") << u"hardware"_s << int(HardwareView::Page::MemoryFit);
}

ShowcaseView *tst_ViewAccessibility::showView(const QString &name, int page)
{
    m_view.reset(ViewRegistry::create(name, &m_catalog));
    if (!m_view)
        return nullptr;
    if (auto *hardware = qobject_cast<HardwareView *>(m_view.get()))
        hardware->setPage(static_cast<HardwareView::Page>(page));
    m_view->resize(1440, 900);
    m_view->show();
    m_view->activateWindow();
    if (!QTest::qWaitForWindowActive(m_view.get()))
        return nullptr;
    return m_view.get();
}

void tst_ViewAccessibility::namesAndDescriptions_data()
{
    addViews();
}

void tst_ViewAccessibility::namesAndDescriptions()
{
    QFETCH(QString, view);
    QFETCH(int, page);
    ShowcaseView *shown = showView(view, page);
    QVERIFY(shown);
    QAccessibleInterface *root = QAccessible::queryAccessibleInterface(shown);
    QVERIFY(root);
    int visited = 0;
    const QStringList problems = AccessibilityAudit::namesAndDescriptions(root, &visited);
    QVERIFY2(visited > 10, qPrintable(u"only %1 accessible objects"_s.arg(visited)));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void tst_ViewAccessibility::tabReachesEveryControl_data()
{
    addViews();
}

void tst_ViewAccessibility::tabReachesEveryControl()
{
    QFETCH(QString, view);
    QFETCH(int, page);
    ShowcaseView *shown = showView(view, page);
    QVERIFY(shown);
    QVERIFY(!AccessibilityAudit::tabStops(shown).isEmpty());
    const QStringList problems = AccessibilityAudit::tabReachability(shown, shown);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void tst_ViewAccessibility::focusIsVisible_data()
{
    addViews();
}

void tst_ViewAccessibility::focusIsVisible()
{
    QFETCH(QString, view);
    QFETCH(int, page);
    ShowcaseView *shown = showView(view, page);
    QVERIFY(shown);
    const QStringList problems = AccessibilityAudit::visibleFocus(shown);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void tst_ViewAccessibility::keysReachEveryItem_data()
{
    addViews();
}

void tst_ViewAccessibility::keysReachEveryItem()
{
    QFETCH(QString, view);
    QFETCH(int, page);
    ShowcaseView *shown = showView(view, page);
    QVERIFY(shown);
    const QList<Qt::Key> keys = {Qt::Key_Left, Qt::Key_Right,  Qt::Key_Up,     Qt::Key_Down,
                                 Qt::Key_Home, Qt::Key_End,    Qt::Key_PageUp, Qt::Key_PageDown,
                                 Qt::Key_Tab,  Qt::Key_Backtab};
    QStringList problems;
    int checked = 0;
    // Item views: from each item reached, every navigation key; the items
    // reached so must be all of them.
    const QList<QAbstractItemView *> itemViews = shown->findChildren<QAbstractItemView *>();
    for (QAbstractItemView *itemView : itemViews) {
        if (!itemView->isVisible() || !itemView->model() || itemView->model()->rowCount() == 0)
            continue;
        const QAbstractItemModel *model = itemView->model();
        const int rows = model->rowCount();
        QSet<int> reached = {0};
        QList<int> queue = {0};
        itemView->setFocus(Qt::TabFocusReason);
        while (!queue.isEmpty()) {
            const int row = queue.takeFirst();
            for (Qt::Key key : keys) {
                if (key == Qt::Key_Tab || key == Qt::Key_Backtab)
                    continue; // Tab leaves an item view
                itemView->selectionModel()->setCurrentIndex(model->index(row, 0),
                                                            QItemSelectionModel::NoUpdate);
                QTest::keyClick(itemView, key);
                const int next = itemView->currentIndex().row();
                if (next >= 0 && !reached.contains(next)) {
                    reached.insert(next);
                    queue.append(next);
                }
            }
        }
        if (reached.size() != rows) {
            problems.append(u"%1: %2 of %3 items reached by keys"_s
                                    .arg(AccessibilityAudit::describe(
                                            QAccessible::queryAccessibleInterface(itemView)))
                                    .arg(reached.size())
                                    .arg(rows));
        }
        ++checked;
    }
    // The diagram is one widget with parts of its own.
    const QList<HardwareDiagram *> diagrams = shown->findChildren<HardwareDiagram *>();
    for (HardwareDiagram *diagram : diagrams) {
        diagram->setFocus(Qt::TabFocusReason);
        QSet<int> reached = {0};
        QList<int> queue = {0};
        while (!queue.isEmpty()) {
            const int part = queue.takeFirst();
            for (Qt::Key key : keys) {
                diagram->setFocus(Qt::OtherFocusReason);
                diagram->setFocusedPart(part);
                QTest::keyClick(diagram, key);
                const int next = diagram->focusedPart();
                if (diagram->hasFocus() && next >= 0 && !reached.contains(next)) {
                    reached.insert(next);
                    queue.append(next);
                }
            }
        }
        if (reached.size() != diagram->partCount()) {
            problems.append(u"diagram: %1 of %2 parts reached by keys"_s.arg(reached.size())
                                    .arg(diagram->partCount()));
        }
        ++checked;
    }
    QVERIFY(checked > 0 || view == u"hardware" /* the charts' pages hold no items */);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_MAIN(tst_ViewAccessibility)
#include "tst_viewaccessibility.moc"
