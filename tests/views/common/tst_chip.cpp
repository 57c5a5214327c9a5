#include "views/common/chipbar.h"
#include "views/theme.h"

#include <QAccessible>
#include <QButtonGroup>
#include <QImage>
#include <QPixmap>
#include <QTest>

using namespace Qt::StringLiterals;

class TestChip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Appearance::loadFonts(); }
    void sizesForTouch();
    void growsWithItsCount();
    void paintsCheckedInTheAccent();
    void hoverRepaintsIt();
    void isAnAccessibleCheckBoxOrRadioButton();
};

void TestChip::sizesForTouch()
{
    Chip chip;
    chip.setText(u"OEM systems"_s);
    QVERIFY(chip.isCheckable());
    QCOMPARE(chip.focusPolicy(), Qt::StrongFocus);
    chip.setScale(0.6);
    QVERIFY(chip.sizeHint().height() >= 44);
    chip.setScale(2.0);
    QVERIFY(chip.sizeHint().height() > 44);
}

void TestChip::hoverRepaintsIt()
{
    Chip chip;
    chip.setText(u"Retail"_s);
    chip.resize(chip.sizeHint());
    // Qt repaints a widget with this attribute when the mouse enters or
    // leaves it, and sets WA_UnderMouse while the mouse is over it.
    QVERIFY(chip.testAttribute(Qt::WA_Hover));
    const QImage plain = chip.grab().toImage();
    chip.setAttribute(Qt::WA_UnderMouse);
    QVERIFY(chip.grab().toImage() != plain);
    chip.setAttribute(Qt::WA_UnderMouse, false);
    QCOMPARE(chip.grab().toImage(), plain);
}

void TestChip::growsWithItsCount()
{
    Chip chip;
    chip.setText(u"Retail"_s);
    const int plain = chip.sizeHint().width();
    chip.setCount(12);
    QVERIFY(chip.sizeHint().width() > plain);
    chip.setColor(Qt::red);
    QVERIFY(chip.sizeHint().width() > plain);
    QCOMPARE(chip.count(), 12);
    // The measured size follows the text and the scale, asked again or not.
    const int counted = chip.sizeHint().width();
    chip.setText(u"Retail and education"_s);
    QVERIFY(chip.sizeHint().width() > counted);
    const QSize atOne = chip.sizeHint();
    chip.setScale(2.0);
    QVERIFY(chip.sizeHint().width() > atOne.width());
    chip.setScale(1.0);
    QCOMPARE(chip.sizeHint(), atOne);
}

void TestChip::paintsCheckedInTheAccent()
{
    Appearance::instance()->setTheme(Theme::Id::Dark);
    Chip chip;
    chip.setText(u"All"_s);
    chip.resize(chip.sizeHint());
    chip.setChecked(true);
    QImage image(chip.size(), QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    chip.render(&image);
    // Most of the chip is pill fill: the accent when checked, raised surface when not.
    const auto share = [&](const QColor &colour) {
        int count = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                count += image.pixelColor(x, y) == colour ? 1 : 0;
        }
        return double(count) / (image.width() * image.height());
    };
    QVERIFY(share(Appearance::instance()->theme().accent) > 0.25);
    chip.setChecked(false);
    image.fill(Qt::transparent);
    chip.render(&image);
    QVERIFY(share(Appearance::instance()->theme().accent) < 0.01);
    QVERIFY(share(Appearance::instance()->theme().surfaceRaised) > 0.25);
}

void TestChip::isAnAccessibleCheckBoxOrRadioButton()
{
    QWidget parent;
    Chip chip(&parent);
    chip.setText(u"Retail"_s);
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(&chip);
    QVERIFY(iface);
    QCOMPARE(iface->role(), QAccessible::CheckBox);
    QCOMPARE(iface->text(QAccessible::Name), u"Retail"_s);
    chip.setAccessibleName(u"Retail, 3"_s);
    QCOMPARE(iface->text(QAccessible::Name), u"Retail, 3"_s);
    QVERIFY(iface->state().checkable);
    QVERIFY(!iface->state().checked);

    // Pressing through assistive technology toggles it like a click.
    QAccessibleActionInterface *actions = iface->actionInterface();
    QVERIFY(actions);
    QVERIFY(actions->actionNames().contains(QAccessibleActionInterface::toggleAction()));
    actions->doAction(QAccessibleActionInterface::pressAction());
    QVERIFY(chip.isChecked());
    QVERIFY(iface->state().checked);

    chip.setExclusive(true);
    QCOMPARE(iface->role(), QAccessible::RadioButton);
    chip.setExclusive(false);
    QButtonGroup group;
    group.addButton(&chip);
    QCOMPARE(iface->role(), QAccessible::RadioButton);
    group.setExclusive(false);
    QCOMPARE(iface->role(), QAccessible::CheckBox);
}

QTEST_MAIN(TestChip)
#include "tst_chip.moc"
