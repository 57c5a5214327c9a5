#include "views/plain/tableshowcaseview.h"

#include "content/contentloader.h"
#include "models/catalog.h"
#include "models/hardwaremodel.h"

#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

class TestTableShowcaseView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void selectsAndSteps();
};

void TestTableShowcaseView::selectsAndSteps()
{
    Catalog catalog;
    catalog.setContent(ContentLoader::load().content);
    TableShowcaseView view(u"hardware"_s, catalog.hardware(), int(HardwareModel::Role::Id),
                           &catalog);
    QCOMPARE(view.name(), u"hardware"_s);
    QCOMPARE(view.title(), u"Hardware"_s);
    QSignalSpy current(&view, &ShowcaseView::currentItemChanged);
    QVERIFY(view.selectItem(u"memory"_s));
    QCOMPARE(view.currentItem(), u"memory"_s);
    QCOMPARE(current.count(), 1);
    QCOMPARE(current.at(0).at(0).toString(), u"memory"_s);
    QVERIFY(!view.selectItem(u"nothing"_s));
    QVERIFY(view.advance());
    QCOMPARE(view.currentItem(), u"storage"_s);
    const int rows = catalog.hardware()->rowCount();
    QVERIFY(view.selectItem(
            catalog.hardware()->index(rows - 1, 0).data(int(HardwareModel::Role::Id)).toString()));
    QVERIFY(!view.advance()); // wrapped around
    QCOMPARE(view.currentItem(), u"overview"_s);
    view.reset();
    QCOMPARE(view.currentItem(), QString());
}

QTEST_MAIN(TestTableShowcaseView)
#include "tst_tableshowcaseview.moc"
