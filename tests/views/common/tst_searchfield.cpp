#include "views/common/searchfield.h"
#include "views/theme.h"

#include <QApplication>
#include <QKeyEvent>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

class tst_SearchField : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void escapeClearsThenAsksToLeave();
    void escapeWithModifiersIsNotOurs();
    void findSelectsTheText();
    void startSearchTypesAtTheCursor();
    void startsSearch_data();
    void startsSearch();
    void buttonsAreNamed();
    void textsNameTheField();
    void followsTheTheme();
};

void tst_SearchField::initTestCase()
{
    Appearance::loadFonts();
    Appearance::instance()->setTheme(Theme::Id::Dark);
}

void tst_SearchField::escapeClearsThenAsksToLeave()
{
    SearchField field;
    field.resize(300, 40);
    field.show();
    QVERIFY(QTest::qWaitForWindowExposed(&field));
    QSignalSpy leave(&field, &SearchField::leaveRequested);
    field.setFocus(Qt::OtherFocusReason);
    QTest::keyClicks(&field, u"spark"_s);
    QCOMPARE(field.text(), u"spark"_s);
    QTest::keyClick(&field, Qt::Key_Escape);
    QCOMPARE(field.text(), QString());
    QCOMPARE(leave.count(), 0);
    // The emptied text can be typed back with undo, as any edit.
    QTest::keyClick(&field, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(field.text(), u"spark"_s);
    QTest::keyClick(&field, Qt::Key_Escape);
    QTest::keyClick(&field, Qt::Key_Escape);
    QCOMPARE(leave.count(), 1);
    QVERIFY(field.text().isEmpty());
}

void tst_SearchField::escapeWithModifiersIsNotOurs()
{
    SearchField field;
    field.setText(u"spark"_s);
    QKeyEvent event(QEvent::KeyPress, Qt::Key_Escape, Qt::ShiftModifier);
    QApplication::sendEvent(&field, &event);
    QCOMPARE(field.text(), u"spark"_s);
}

void tst_SearchField::findSelectsTheText()
{
    SearchField field;
    field.resize(300, 40);
    field.show();
    QVERIFY(QTest::qWaitForWindowExposed(&field));
    field.setText(u"dgx spark"_s);
    field.deselect();
    field.find();
    QVERIFY(field.hasFocus());
    QCOMPARE(field.selectedText(), u"dgx spark"_s);
    QTest::keyClicks(&field, u"gb10"_s);
    QCOMPARE(field.text(), u"gb10"_s);
}

void tst_SearchField::startSearchTypesAtTheCursor()
{
    SearchField field;
    field.resize(300, 40);
    field.show();
    QVERIFY(QTest::qWaitForWindowExposed(&field));
    field.clearFocus();
    field.startSearch(u"a"_s);
    QVERIFY(field.hasFocus());
    field.startSearch(u"é"_s);
    QCOMPARE(field.text(), u"aé"_s);
}

void tst_SearchField::startsSearch_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("starts");
    QTest::newRow("letter") << int(Qt::Key_A) << 0 << u"a"_s << true;
    QTest::newRow("capital") << int(Qt::Key_A) << int(Qt::ShiftModifier) << u"A"_s << true;
    QTest::newRow("digit") << int(Qt::Key_1) << 0 << u"1"_s << true;
    QTest::newRow("arabic") << int(Qt::Key_unknown) << 0 << u"ن"_s << true;
    QTest::newRow("keypad") << int(Qt::Key_5) << int(Qt::KeypadModifier) << u"5"_s << true;
    QTest::newRow("space") << int(Qt::Key_Space) << 0 << u" "_s << false;
    QTest::newRow("tab") << int(Qt::Key_Tab) << 0 << u"\t"_s << false;
    QTest::newRow("return") << int(Qt::Key_Return) << 0 << u"\r"_s << false;
    QTest::newRow("escape") << int(Qt::Key_Escape) << 0 << u"\x1b"_s << false;
    QTest::newRow("ctrl") << int(Qt::Key_F) << int(Qt::ControlModifier) << u"\x06"_s << false;
    QTest::newRow("alt") << int(Qt::Key_F) << int(Qt::AltModifier) << u"f"_s << false;
    QTest::newRow("arrow") << int(Qt::Key_Left) << 0 << QString() << false;
}

void tst_SearchField::startsSearch()
{
    QFETCH(int, key);
    QFETCH(int, modifiers);
    QFETCH(QString, text);
    QFETCH(bool, starts);
    const QKeyEvent event(QEvent::KeyPress, key, Qt::KeyboardModifiers(modifiers), text);
    QCOMPARE(SearchField::startsSearch(&event), starts);
}

void tst_SearchField::buttonsAreNamed()
{
    SearchField field;
    field.setText(u"x"_s);
    field.setScale(2.0); // restyles, which makes a new magnifier button
    QStringList names;
    for (const QToolButton *button : field.findChildren<QToolButton *>())
        names << button->accessibleName();
    names.sort();
    QCOMPARE(names, (QStringList{u"Clear search"_s, u"Search"_s}));
}

void tst_SearchField::textsNameTheField()
{
    SearchField field;
    field.setTexts(u"Search partners"_s, u"Finds partners by name."_s);
    QCOMPARE(field.placeholderText(), u"Search partners"_s);
    QCOMPARE(field.accessibleName(), u"Search partners"_s);
    QCOMPARE(field.accessibleDescription(), u"Finds partners by name."_s);
}

void tst_SearchField::followsTheTheme()
{
    SearchField field;
    field.resize(300, 40);
    field.show();
    QVERIFY(QTest::qWaitForWindowExposed(&field));
    QVERIFY(field.styleSheet().contains(Appearance::instance()->theme().surfaceRaised.name()));
    QVERIFY(field.styleSheet().contains(u"border-radius: 20px"_s));
    Appearance::instance()->setTheme(Theme::Id::Light);
    QVERIFY(field.styleSheet().contains(Theme::light().surfaceRaised.name()));
    Appearance::instance()->setTheme(Theme::Id::Dark);
    field.resize(300, 60);
    QTRY_VERIFY(field.styleSheet().contains(u"border-radius: 30px"_s));
}

QTEST_MAIN(tst_SearchField)
#include "tst_searchfield.moc"
