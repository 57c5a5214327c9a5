#include "contentbuilder.h"
#include "models/eramodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Fixtures;

namespace {

// Three eras with a gap between the first and the others.
std::vector<Era> eras()
{
    return TimelineBuilder()
            .era(u"first-era"_s, text(u"First era"_s), u"2016-04"_s, u"2016"_s)
            .era(u"middle"_s, text(u"Middle"_s), u"2025-01"_s, u"2025-10-12"_s)
            .era(u"launch-week"_s, text(u"Launch week"_s), u"2025-10-13"_s, u"2025-10-19"_s)
            .content()
            .eras;
}

} // namespace

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
    model.setEras(eras());
    model.setLanguage(u"ja"_s);
    model.setEras({});
}

void TestEraModel::findsEras()
{
    std::vector<Era> eras = ::eras();
    std::reverse(eras.begin(), eras.end());
    EraModel model;
    model.setEras(eras);
    // Sorted by start, whatever the file's order.
    QCOMPARE(model.index(0).data(int(EraModel::Role::Id)).toString(), u"first-era"_s);
    QCOMPARE(model.index(0).data().toString(), u"First era"_s);
    QCOMPARE(model.index(0).data(int(EraModel::Role::Start)).toDate(), QDate(2016, 4, 1));
    QCOMPARE(model.index(0).data(int(EraModel::Role::End)).toDate(), QDate(2016, 12, 31));
    QCOMPARE(model.eraAt(QDate(2025, 10, 14)), u"launch-week"_s);
    QCOMPARE(model.eraAt(QDate(2025, 10, 12)), u"middle"_s);
    QCOMPARE(model.eraAt(QDate(2020, 1, 1)), QString());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setLanguage(u"de"_s);
    QCOMPARE(changed.count(), 1);
}

QTEST_GUILESS_MAIN(TestEraModel)
#include "tst_eramodel.moc"
