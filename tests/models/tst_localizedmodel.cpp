#include "models/categorymodel.h"
#include "models/localizedmodel.h"

#include <QAbstractItemModelTester>
#include <QAbstractTableModel>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Two rows, two columns: a greeting in the model's language and a number
// that no language changes.
class GreetingModel : public LocalizedModel<QAbstractTableModel>
{
    Q_OBJECT

public:
    using LocalizedModel::LocalizedModel;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 2; }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : 2;
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole)
            return {};
        if (index.column() == 1)
            return index.row();
        return m_language == u"de"_s ? u"Hallo"_s : u"Hello"_s;
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
            return {};
        return m_locale.toString(section + 1);
    }

    int changes = 0;

protected:
    QList<int> textRoles() const override { return {Qt::DisplayRole}; }
    Qt::Orientations localizedHeaders() const override { return Qt::Horizontal; }
    void languageChanged() override { ++changes; }
};

} // namespace

class TestLocalizedModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesModelTester();
    void switchSignalsTextRolesOnly();
    void sameLanguageSignalsNothing();
    void hookRunsBeforeTheSignals();
    void categoriesSignalTheirTextRoles();
};

void TestLocalizedModel::passesModelTester()
{
    GreetingModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLanguage(u"de"_s);
    model.setLanguage(u"ar"_s);
}

void TestLocalizedModel::switchSignalsTextRolesOnly()
{
    GreetingModel model;
    QCOMPARE(model.language(), u"en"_s);
    QSignalSpy data(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    model.setLanguage(u"de"_s);
    QCOMPARE(model.language(), u"de"_s);
    QCOMPARE(model.locale().language(), QLocale::German);
    QCOMPARE(model.index(0, 0).data().toString(), u"Hallo"_s);
    QCOMPARE(data.size(), 1);
    QCOMPARE(data.at(0).at(0).toModelIndex(), model.index(0, 0));
    QCOMPARE(data.at(0).at(1).toModelIndex(), model.index(1, 1));
    QCOMPARE(data.at(0).at(2).value<QList<int>>(), QList<int>{Qt::DisplayRole});
    QCOMPARE(headers.size(), 1);
    QCOMPARE(headers.at(0).at(0).value<Qt::Orientation>(), Qt::Horizontal);
    QCOMPARE(headers.at(0).at(1).toInt(), 0);
    QCOMPARE(headers.at(0).at(2).toInt(), 1);
}

void TestLocalizedModel::sameLanguageSignalsNothing()
{
    GreetingModel model;
    QSignalSpy data(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    model.setLanguage(u"en"_s);
    model.setLanguage(u"ja"_s);
    model.setLanguage(u"ja"_s);
    QCOMPARE(data.size(), 1);
    QCOMPARE(headers.size(), 1);
    QCOMPARE(model.changes, 1);
}

void TestLocalizedModel::hookRunsBeforeTheSignals()
{
    GreetingModel model;
    int changesAtSignal = -1;
    connect(&model, &QAbstractItemModel::dataChanged, this,
            [&] { changesAtSignal = model.changes; });
    model.setLanguage(u"fr"_s);
    QCOMPARE(changesAtSignal, 1);
}

void TestLocalizedModel::categoriesSignalTheirTextRoles()
{
    Category oem{u"oem"_s, LocalizedText(u"OEM systems"_s)};
    oem.name.insert(u"de"_s, u"OEM-Systeme"_s);
    CategoryModel model;
    model.setCategories({oem});
    QSignalSpy data(&model, &QAbstractItemModel::dataChanged);
    model.setLanguage(u"de"_s);
    QCOMPARE(data.size(), 1);
    const QList<int> roles = data.at(0).at(2).value<QList<int>>();
    QVERIFY(roles.contains(int(CategoryModel::Role::Name)));
    QVERIFY(roles.contains(Qt::DisplayRole));
    QVERIFY(!roles.contains(int(CategoryModel::Role::Id)));
    QCOMPARE(model.index(0).data(int(CategoryModel::Role::Name)).toString(), u"OEM-Systeme"_s);
}

QTEST_GUILESS_MAIN(TestLocalizedModel)
#include "tst_localizedmodel.moc"
