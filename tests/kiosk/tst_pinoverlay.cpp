#include "kiosk/pinoverlay.h"

#include "views/theme.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestPinOverlay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void opensOverItsParent();
    void keypadTypesDigits();
    void keyboardTypesDigits();
    void submitsWhatWasTyped();
    void rejectClears();
    void cancelCloses();
    void lockOutRefusesDigitsThenComesBack();
    void closesWhenLeftAlone();
    void keysAreLargeTouchTargets_data();
    void keysAreLargeTouchTargets();
    void keysAreNamed();
    void emptyEnterSubmitsNothing();
    void tabCyclesInsideThePanel();
    void escapeCloses();
    void keysDoNotReachWhatIsBeneath();
    void focusComesBackOnClose();
    void checkingTakesNoDigits();

private:
    QWidget *m_window = nullptr;
    PinOverlay *m_overlay = nullptr;
};

void TestPinOverlay::initTestCase()
{
    Appearance::loadFonts();
    Appearance::instance()->setReducedMotion(true);
}

void TestPinOverlay::init()
{
    m_window = new QWidget;
    m_window->resize(1280, 800);
    m_overlay = new PinOverlay(m_window);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestPinOverlay::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void TestPinOverlay::opensOverItsParent()
{
    QVERIFY(!m_overlay->isOpen());
    m_overlay->open();
    QVERIFY(m_overlay->isOpen());
    QCOMPARE(m_overlay->geometry(), m_window->rect());
    m_window->resize(1920, 1080);
    QCOMPARE(m_overlay->geometry(), m_window->rect());
}

void TestPinOverlay::keypadTypesDigits()
{
    m_overlay->open();
    for (int digit : {9, 0, 1})
        QTest::mouseClick(m_overlay->digitButton(digit), Qt::LeftButton);
    QCOMPARE(m_overlay->pin(), u"901"_s);
    QTest::mouseClick(m_overlay->findChild<QPushButton *>(u"eraseButton"_s), Qt::LeftButton);
    QCOMPARE(m_overlay->pin(), u"90"_s);
}

void TestPinOverlay::keyboardTypesDigits()
{
    m_overlay->open();
    QTest::keyClicks(m_overlay, u"12a3"_s);
    QCOMPARE(m_overlay->pin(), u"123"_s);
    QTest::keyClick(m_overlay, Qt::Key_Backspace);
    QCOMPARE(m_overlay->pin(), u"12"_s);
    // Typed while a key of the pad has the focus, too.
    m_overlay->digitButton(5)->setFocus();
    QTest::keyClick(m_overlay->digitButton(5), Qt::Key_7);
    QCOMPARE(m_overlay->pin(), u"127"_s);
}

void TestPinOverlay::submitsWhatWasTyped()
{
    QSignalSpy submitted(m_overlay, &PinOverlay::submitted);
    m_overlay->open();
    QTest::keyClicks(m_overlay, u"2580"_s);
    QTest::keyClick(m_overlay, Qt::Key_Enter);
    QCOMPARE(submitted.size(), 1);
    QCOMPARE(submitted.at(0).at(0).toString(), u"2580"_s);
    QTest::mouseClick(m_overlay->okButton(), Qt::LeftButton);
    QCOMPARE(submitted.size(), 2);
}

void TestPinOverlay::rejectClears()
{
    m_overlay->open();
    QTest::keyClicks(m_overlay, u"1111"_s);
    m_overlay->reject();
    QVERIFY(m_overlay->pin().isEmpty());
    QVERIFY(m_overlay->isOpen());
}

void TestPinOverlay::lockOutRefusesDigitsThenComesBack()
{
    m_overlay->open();
    QSignalSpy submitted(m_overlay, &PinOverlay::submitted);
    QTest::keyClicks(m_overlay, u"12"_s);
    m_overlay->lockOut(1);
    QVERIFY(m_overlay->isLockedOut());
    QVERIFY(m_overlay->pin().isEmpty());
    QVERIFY(!m_overlay->digitButton(5)->isEnabled());
    QVERIFY(!m_overlay->okButton()->isEnabled());
    QVERIFY(m_overlay->cancelButton()->isEnabled());
    const auto prompt = [this] {
        QStringList texts;
        for (const QLabel *label : m_overlay->findChildren<QLabel *>())
            texts << label->text();
        return texts.join(u'\n');
    };
    QVERIFY2(prompt().contains(u"1 second"_s), qPrintable(prompt()));
    // Neither the keyboard nor Enter gets through while locked.
    QTest::keyClicks(m_overlay, u"34"_s);
    QTest::keyClick(m_overlay, Qt::Key_Return);
    QVERIFY(m_overlay->pin().isEmpty());
    QCOMPARE(submitted.size(), 0);
    // Closing and opening again does not lift the lock.
    m_overlay->close();
    m_overlay->open();
    QVERIFY(m_overlay->isLockedOut());
    QVERIFY(!m_overlay->digitButton(5)->isEnabled());

    QTRY_VERIFY_WITH_TIMEOUT(!m_overlay->isLockedOut(), 3000);
    QVERIFY(m_overlay->digitButton(5)->isEnabled());
    QVERIFY2(!prompt().contains(u"second"_s), qPrintable(prompt()));
    QTest::keyClicks(m_overlay, u"34"_s);
    QCOMPARE(m_overlay->pin(), u"34"_s);
}

void TestPinOverlay::cancelCloses()
{
    QSignalSpy canceled(m_overlay, &PinOverlay::canceled);
    m_overlay->open();
    QTest::keyClicks(m_overlay, u"42"_s);
    QTest::mouseClick(m_overlay->cancelButton(), Qt::LeftButton);
    QCOMPARE(canceled.size(), 1);
    QVERIFY(!m_overlay->isOpen());
    m_overlay->open();
    QVERIFY(m_overlay->pin().isEmpty());
}

void TestPinOverlay::closesWhenLeftAlone()
{
    QSignalSpy canceled(m_overlay, &PinOverlay::canceled);
    m_overlay->setIdleTimeout(30);
    m_overlay->open();
    QVERIFY(canceled.wait(1000));
    QVERIFY(!m_overlay->isOpen());
}

void TestPinOverlay::keysAreLargeTouchTargets_data()
{
    QTest::addColumn<QSize>("window");
    QTest::newRow("1280x800") << QSize(1280, 800);
    QTest::newRow("1920x1080") << QSize(1920, 1080);
    QTest::newRow("1080x1920") << QSize(1080, 1920);
}

void TestPinOverlay::keysAreLargeTouchTargets()
{
    QFETCH(QSize, window);
    m_window->resize(window);
    m_overlay->open();
    const QRect area = m_overlay->rect();
    for (int digit = 0; digit <= 9; ++digit) {
        QPushButton *key = m_overlay->digitButton(digit);
        QVERIFY(key->width() >= 88);
        QVERIFY(key->height() >= 88);
        const QRect inOverlay(key->mapTo(m_overlay, QPoint()), key->size());
        QVERIFY2(area.contains(inOverlay), qPrintable(u"digit %1 is cut off"_s.arg(digit)));
    }
}

void TestPinOverlay::keysAreNamed()
{
    m_overlay->open();
    QCOMPARE(m_overlay->digitButton(3)->accessibleName(), u"Digit 3"_s);
    QVERIFY(!m_overlay->okButton()->accessibleName().isEmpty() ||
            !m_overlay->okButton()->text().isEmpty());
    QVERIFY(!m_overlay->accessibleName().isEmpty());
}

void TestPinOverlay::emptyEnterSubmitsNothing()
{
    // Enter alone is no try: a visitor cannot use up the operator's guesses.
    QSignalSpy submitted(m_overlay, &PinOverlay::submitted);
    m_overlay->open();
    for (int i = 0; i < 10; ++i)
        QTest::keyClick(m_overlay, Qt::Key_Return);
    QTest::mouseClick(m_overlay->okButton(), Qt::LeftButton);
    QCOMPARE(submitted.size(), 0);
    QTest::keyClicks(m_overlay, u"7"_s);
    QTest::keyClick(m_overlay, Qt::Key_Return);
    QCOMPARE(submitted.size(), 1);
}

void TestPinOverlay::tabCyclesInsideThePanel()
{
    auto *beneath = new QLineEdit(m_window);
    beneath->setGeometry(10, 10, 200, 30);
    beneath->show();
    m_overlay->raise();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    m_overlay->open();
    QSet<QWidget *> seen;
    for (int i = 0; i < 40; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        QVERIFY2(focus == m_overlay || m_overlay->isAncestorOf(focus),
                 qPrintable(u"Tab left the panel for %1"_s.arg(
                         QString::fromLatin1(focus->metaObject()->className()))));
        seen.insert(focus);
    }
    // Every key of the pad is reached: ten digits, erase, OK, cancel.
    QVERIFY2(seen.size() >= 13, qPrintable(QString::number(seen.size())));
    for (int i = 0; i < 20; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ShiftModifier);
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus == m_overlay || m_overlay->isAncestorOf(focus));
    }
    // The focus cannot be moved beneath it by other means either.
    beneath->setFocus();
    QVERIFY(!beneath->hasFocus());
}

void TestPinOverlay::escapeCloses()
{
    QSignalSpy canceled(m_overlay, &PinOverlay::canceled);
    m_overlay->open();
    QTest::keyClicks(m_overlay, u"12"_s);
    m_overlay->digitButton(4)->setFocus();
    QTest::keyClick(m_overlay->digitButton(4), Qt::Key_Escape);
    QVERIFY(!m_overlay->isOpen());
    QCOMPARE(canceled.size(), 1);
}

void TestPinOverlay::keysDoNotReachWhatIsBeneath()
{
    auto *beneath = new QLineEdit(m_window);
    beneath->setGeometry(10, 10, 200, 30);
    beneath->show();
    auto *shortcut = new QAction(m_window);
    shortcut->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_window->addAction(shortcut);
    QSignalSpy triggered(shortcut, &QAction::triggered);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    beneath->setFocus();
    m_overlay->open();
    QTest::keyClicks(QApplication::focusWidget(), u"abc"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_2, Qt::ControlModifier);
    QVERIFY(beneath->text().isEmpty());
    QCOMPARE(triggered.size(), 0);
    m_overlay->close();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(triggered.size(), 1);
}

void TestPinOverlay::focusComesBackOnClose()
{
    auto *beneath = new QLineEdit(m_window);
    beneath->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    beneath->setFocus();
    QVERIFY(beneath->hasFocus());
    m_overlay->open();
    QVERIFY(m_overlay->hasFocus());
    QTest::keyClick(m_overlay, Qt::Key_Escape);
    QVERIFY(!m_overlay->isOpen());
    QVERIFY(beneath->hasFocus());
}

void TestPinOverlay::checkingTakesNoDigits()
{
    QSignalSpy submitted(m_overlay, &PinOverlay::submitted);
    m_overlay->open();
    QTest::keyClicks(m_overlay, u"55"_s);
    QTest::keyClick(m_overlay, Qt::Key_Return);
    QCOMPARE(submitted.size(), 1);
    m_overlay->setChecking(true);
    QVERIFY(m_overlay->isChecking());
    QVERIFY(!m_overlay->digitButton(1)->isEnabled());
    QVERIFY2(m_overlay->prompt().contains(u"Checking"_s), qPrintable(m_overlay->prompt()));
    QTest::keyClicks(m_overlay, u"66"_s);
    QTest::keyClick(m_overlay, Qt::Key_Return);
    QCOMPARE(submitted.size(), 1);
    m_overlay->setChecking(false);
    QVERIFY(m_overlay->digitButton(1)->isEnabled());
    QTest::keyClicks(m_overlay, u"66"_s);
    QCOMPARE(m_overlay->pin(), u"5566"_s);
}

QTEST_MAIN(TestPinOverlay)
#include "tst_pinoverlay.moc"
