#include "views/common/chipbar.h"

#include "models/categorymodel.h"
#include "views/theme.h"

#include <QAccessible>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestChipBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void buildsOneChipPerCategory();
    void selectsOneAtATime();
    void selectsSeveral();
    void showsCounts();
    void followsTheModel();
    void wrapsWhenNarrow();
    void mirrorsRightToLeft();
    void announcesItsMode();

private:
    CategoryModel m_model;
};

void TestChipBar::initTestCase()
{
    Appearance::loadFonts();
}

void TestChipBar::init()
{
    m_model.setCategories({{u"oem"_s, LocalizedText(u"OEM systems"_s)},
                           {u"software"_s, LocalizedText(u"Software"_s)},
                           {u"retail"_s, LocalizedText(u"Retail"_s)}});
}

void TestChipBar::buildsOneChipPerCategory()
{
    ChipBar bar;
    bar.setAllText(u"All"_s);
    bar.setModel(&m_model, int(CategoryModel::Role::Id));
    QCOMPARE(bar.chips().size(), 4);
    QCOMPARE(bar.chips().at(0)->text(), u"All"_s);
    QCOMPARE(bar.chips().at(2)->text(), u"Software"_s);
    QVERIFY(bar.chips().at(0)->isChecked());
    QCOMPARE(bar.chips().at(1)->accessibleName(), u"OEM systems"_s);
}

void TestChipBar::selectsOneAtATime()
{
    ChipBar bar;
    bar.setModel(&m_model, int(CategoryModel::Role::Id));
    QSignalSpy changed(&bar, &ChipBar::selectionChanged);
    bar.chips().at(1)->click();
    QCOMPARE(bar.selection(), QSet<QString>{u"oem"_s});
    bar.chips().at(3)->click();
    QCOMPARE(bar.selection(), QSet<QString>{u"retail"_s});
    QVERIFY(!bar.chips().at(1)->isChecked());
    QVERIFY(!bar.chips().at(0)->isChecked());
    // Clicking the chip that is on turns the filter off.
    bar.chips().at(3)->click();
    QVERIFY(bar.selection().isEmpty());
    QVERIFY(bar.chips().at(0)->isChecked());
    QCOMPARE(changed.count(), 3);
    bar.setSelection({u"software"_s, u"retail"_s});
    QCOMPARE(bar.selection().size(), 1);
}

void TestChipBar::selectsSeveral()
{
    ChipBar bar;
    bar.setMode(ChipBar::Mode::Multiple);
    bar.setModel(&m_model, int(CategoryModel::Role::Id));
    bar.chips().at(1)->click();
    bar.chips().at(2)->click();
    QCOMPARE(bar.selection(), (QSet<QString>{u"oem"_s, u"software"_s}));
    // All of them on reads as no filter.
    bar.chips().at(3)->click();
    QVERIFY(bar.selection().isEmpty());
    bar.setSelection({u"retail"_s, u"unknown"_s});
    QCOMPARE(bar.selection(), QSet<QString>{u"retail"_s});
    bar.chips().at(0)->click();
    QVERIFY(bar.selection().isEmpty());
}

void TestChipBar::showsCounts()
{
    ChipBar bar;
    bar.setAllText(u"All"_s);
    bar.setModel(&m_model, int(CategoryModel::Role::Id));
    bar.setCounts({{u"oem"_s, 7}, {u"software"_s, 12}}, 20);
    QCOMPARE(bar.chips().at(0)->count(), 20);
    QCOMPARE(bar.chips().at(1)->count(), 7);
    QCOMPARE(bar.chips().at(3)->count(), 0);
    QCOMPARE(bar.chips().at(1)->accessibleName(), u"OEM systems, 7"_s);
}

void TestChipBar::followsTheModel()
{
    ChipBar bar;
    bar.setModel(&m_model, int(CategoryModel::Role::Id));
    bar.setSelection({u"retail"_s});
    QSignalSpy changed(&bar, &ChipBar::selectionChanged);
    m_model.setCategories({{u"oem"_s, LocalizedText(u"OEM"_s)}});
    QCOMPARE(bar.chips().size(), 2);
    QVERIFY(bar.selection().isEmpty());
    QCOMPARE(changed.count(), 1);
    Category renamed{u"oem"_s, LocalizedText(u"OEM"_s)};
    renamed.name.insert(u"de"_s, u"Hersteller"_s);
    m_model.setCategories({renamed});
    m_model.setLanguage(u"de"_s);
    QCOMPARE(bar.chips().at(1)->text(), u"Hersteller"_s);
}

void TestChipBar::wrapsWhenNarrow()
{
    ChipBar bar;
    bar.setAllText(u"All"_s);
    bar.setModel(&m_model, int(CategoryModel::Role::Id));
    const int oneLine = bar.heightForWidth(4000);
    QVERIFY(bar.heightForWidth(120) > oneLine * 2);
    bar.resize(4000, oneLine);
    const int top = bar.chips().at(0)->geometry().top();
    for (Chip *chip : bar.chips())
        QCOMPARE(chip->geometry().top(), top);
}

void TestChipBar::mirrorsRightToLeft()
{
    ChipBar bar;
    bar.setAllText(u"All"_s);
    bar.setModel(&m_model, int(CategoryModel::Role::Id));
    bar.resize(2000, bar.heightForWidth(2000));
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    bar.setLayoutDirection(Qt::RightToLeft);
    QCOMPARE(bar.chips().at(0)->geometry().right(), 1999);
    QVERIFY(bar.chips().at(1)->geometry().right() < bar.chips().at(0)->geometry().left());
}

void TestChipBar::announcesItsMode()
{
    ChipBar bar;
    bar.setModel(&m_model, int(CategoryModel::Role::Id));
    const auto roles = [&bar] {
        QList<QAccessible::Role> list;
        for (Chip *chip : bar.chips())
            list << QAccessible::queryAccessibleInterface(chip)->role();
        return list;
    };
    // One at a time: radio buttons; several: check boxes; a model reset keeps it.
    QCOMPARE(roles(), QList<QAccessible::Role>(4, QAccessible::RadioButton));
    bar.setMode(ChipBar::Mode::Multiple);
    QCOMPARE(roles(), QList<QAccessible::Role>(4, QAccessible::CheckBox));
    m_model.setCategories({{u"oem"_s, LocalizedText(u"OEM systems"_s)}});
    QCOMPARE(roles(), QList<QAccessible::Role>(2, QAccessible::CheckBox));
}

QTEST_MAIN(TestChipBar)
#include "tst_chipbar.moc"
