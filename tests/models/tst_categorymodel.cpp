#include "models/categorymodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCategoryModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesModelTester();
    void namesCategories();
};

void TestCategoryModel::passesModelTester()
{
    CategoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCategories({{u"oem"_s, LocalizedText(u"OEM systems"_s)},
                         {u"retail"_s, LocalizedText(u"Retail"_s)},
                         {u"software"_s, LocalizedText(u"Software"_s)}});
    QCOMPARE(model.rowCount(), 3);
    model.setLanguage(u"fr"_s);
    model.setCategories({});
}

void TestCategoryModel::namesCategories()
{
    Category oem{u"oem"_s, LocalizedText(u"OEM systems"_s)};
    oem.name.insert(u"de"_s, u"OEM-Systeme"_s);
    CategoryModel model;
    model.setCategories({oem, {u"retail"_s, LocalizedText(u"Retail"_s)}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(u"retail"_s), 1);
    QCOMPARE(model.rowOf(u"bank"_s), -1);
    QCOMPARE(model.name(u"oem"_s), u"OEM systems"_s);
    QCOMPARE(model.name(u"bank"_s), u"bank"_s);
    QCOMPARE(model.index(1).data(int(CategoryModel::Role::Id)).toString(), u"retail"_s);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setLanguage(u"de"_s);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(0).data().toString(), u"OEM-Systeme"_s);
    QCOMPARE(model.index(1).data().toString(), u"Retail"_s);
}

QTEST_GUILESS_MAIN(TestCategoryModel)
#include "tst_categorymodel.moc"
