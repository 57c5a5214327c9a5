#include "content/contentloader.h"
#include "models/eramodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestEraModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesModelTester();
    void findsEras();
};

void TestEraModel::passesModelTester()
{
    EraModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEras(ContentLoader::load().content.timeline.eras);
    model.setLanguage(u"ja"_s);
    model.setEras({});
}

void TestEraModel::findsEras()
{
    std::vector<Era> eras = ContentLoader::load().content.timeline.eras;
    std::reverse(eras.begin(), eras.end());
    EraModel model;
    model.setEras(eras);
    // Sorted by start, whatever the file's order.
    QCOMPARE(model.index(0).data(int(EraModel::Role::Id)).toString(), u"dgx1-era"_s);
    QCOMPARE(model.index(0).data().toString(), u"DGX-1 era"_s);
    QCOMPARE(model.index(0).data(int(EraModel::Role::Start)).toDate(), QDate(2016, 4, 1));
    QCOMPARE(model.index(0).data(int(EraModel::Role::End)).toDate(), QDate(2016, 12, 31));
    QCOMPARE(model.eraAt(QDate(2025, 10, 14)), u"launch-week"_s);
    QCOMPARE(model.eraAt(QDate(2020, 1, 1)), QString());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setLanguage(u"de"_s);
    QCOMPARE(changed.count(), 1);
}

QTEST_GUILESS_MAIN(TestEraModel)
#include "tst_eramodel.moc"
