#include "views/reviews/controlbutton.h"
#include "views/theme.h"

#include <QImage>
#include <QPixmap>
#include <QSignalSpy>
#include <QTest>

class tst_ControlButton : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void touchTarget_data();
    void touchTarget();
    void focusAndClick();
    void glyphsPaint();
    void hoverRepaintsIt();
};

void tst_ControlButton::touchTarget_data()
{
    QTest::addColumn<double>("scale");
    QTest::newRow("laptop") << 0.6;
    QTest::newRow("1080p") << 1.0;
    QTest::newRow("4K") << 2.0;
}

void tst_ControlButton::touchTarget()
{
    QFETCH(double, scale);
    ControlButton button(ControlButton::Glyph::Play);
    button.setScale(scale);
    QVERIFY(button.sizeHint().width() >= 44);
    QVERIFY(button.sizeHint().height() >= 44);
}

void tst_ControlButton::focusAndClick()
{
    ControlButton button(ControlButton::Glyph::Pause);
    QCOMPARE(button.focusPolicy(), Qt::StrongFocus);
    QSignalSpy clicked(&button, &QAbstractButton::clicked);
    button.resize(button.sizeHint());
    QTest::mouseClick(&button, Qt::LeftButton, {}, button.rect().center());
    QCOMPARE(clicked.count(), 1);
    QTest::keyClick(&button, Qt::Key_Space);
    QCOMPARE(clicked.count(), 2);
}

void tst_ControlButton::glyphsPaint()
{
    const QColor background(1, 2, 3);
    QImage previous;
    for (auto glyph : {ControlButton::Glyph::Play, ControlButton::Glyph::Pause,
                       ControlButton::Glyph::Previous, ControlButton::Glyph::Next}) {
        ControlButton button(glyph);
        button.resize(button.sizeHint());
        QImage image(button.size(), QImage::Format_ARGB32_Premultiplied);
        image.fill(background);
        button.render(&image);
        QVERIFY(image != previous);
        previous = image;
    }
}

void tst_ControlButton::hoverRepaintsIt()
{
    ControlButton button(ControlButton::Glyph::Next);
    button.resize(button.sizeHint());
    // Qt repaints a widget with this attribute when the mouse enters or
    // leaves it, and sets WA_UnderMouse while the mouse is over it.
    QVERIFY(button.testAttribute(Qt::WA_Hover));
    const QImage plain = button.grab().toImage();
    button.setAttribute(Qt::WA_UnderMouse);
    QVERIFY(button.grab().toImage() != plain);
    button.setAttribute(Qt::WA_UnderMouse, false);
    QCOMPARE(button.grab().toImage(), plain);
}

QTEST_MAIN(tst_ControlButton)
#include "tst_controlbutton.moc"
