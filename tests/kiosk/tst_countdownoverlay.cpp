#include "kiosk/countdownoverlay.h"

#include "views/language.h"
#include "views/theme.h"

#include <QImage>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCountdownOverlay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void hiddenUntilShown();
    void coversItsParent();
    void saysSecondsLeft_data();
    void saysSecondsLeft();
    void drawsInThemeColours_data();
    void drawsInThemeColours();
    void swallowsTouches();

private:
    Language *m_language = nullptr;
};

void TestCountdownOverlay::initTestCase()
{
    Appearance::loadFonts();
    Appearance::instance()->setReducedMotion(true);
    m_language = new Language(nullptr, this);
    QVERIFY(m_language->setLanguage(u"en"_s));
}

void TestCountdownOverlay::hiddenUntilShown()
{
    QWidget window;
    window.resize(640, 360);
    CountdownOverlay overlay(&window);
    window.show();
    QVERIFY(!overlay.isVisible());
    overlay.showSeconds(10);
    QVERIFY(overlay.isVisible());
    QCOMPARE(overlay.secondsLeft(), 10);
}

void TestCountdownOverlay::coversItsParent()
{
    QWidget window;
    window.resize(640, 360);
    CountdownOverlay overlay(&window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    overlay.showSeconds(4);
    QCOMPARE(overlay.geometry(), window.rect());
    window.resize(1080, 1920);
    QCOMPARE(overlay.geometry(), QRect(0, 0, 1080, 1920));
}

void TestCountdownOverlay::saysSecondsLeft_data()
{
    QTest::addColumn<int>("seconds");
    QTest::addColumn<QString>("text");
    // The English plural forms ("1 second", "10 seconds") come from the
    // English translation once the lead's .ts refresh has taken the string in.
    QTest::newRow("one") << 1 << u"Starting over in 1 second"_s;
    QTest::newRow("ten") << 10 << u"Starting over in 10 second"_s;
}

void TestCountdownOverlay::saysSecondsLeft()
{
    QFETCH(int, seconds);
    QFETCH(QString, text);
    QWidget window;
    CountdownOverlay overlay(&window);
    overlay.showSeconds(seconds);
    QCOMPARE(overlay.headline(), u"Touch to stay"_s);
    QVERIFY2(overlay.secondsText().startsWith(text), qPrintable(overlay.secondsText()));
    QCOMPARE(overlay.accessibleName(), u"Touch to stay"_s);
    QCOMPARE(overlay.accessibleDescription(), overlay.secondsText());
}

void TestCountdownOverlay::drawsInThemeColours_data()
{
    QTest::addColumn<Theme::Id>("theme");
    QTest::newRow("dark") << Theme::Id::Dark;
    QTest::newRow("light") << Theme::Id::Light;
    QTest::newRow("high contrast") << Theme::Id::HighContrast;
}

void TestCountdownOverlay::drawsInThemeColours()
{
    QFETCH(Theme::Id, theme);
    Appearance::instance()->setTheme(theme);
    QWidget window;
    window.resize(1920, 1080);
    CountdownOverlay overlay(&window);
    overlay.setTotalSeconds(10);
    overlay.showSeconds(10);
    QImage image(overlay.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    overlay.render(&image);
    const Theme &colours = Appearance::instance()->theme();
    // The veil in a corner is the theme's background, almost opaque.
    const QColor corner = image.pixelColor(5, 5);
    QVERIFY2(corner.alpha() > 200, qPrintable(corner.name(QColor::HexArgb)));
    QVERIFY(qAbs(corner.red() - colours.background.red()) < 8);
    QVERIFY(qAbs(corner.blue() - colours.background.blue()) < 8);
    // The full ring at the top of the block is drawn in the accent colour.
    bool accent = false;
    for (int y = 0; y < image.height() / 2 && !accent; ++y) {
        const QColor pixel = image.pixelColor(image.width() / 2, y);
        accent = pixel.alpha() > 200 && qAbs(pixel.red() - colours.accent.red()) < 10 &&
                 qAbs(pixel.green() - colours.accent.green()) < 10 &&
                 qAbs(pixel.blue() - colours.accent.blue()) < 10;
    }
    QVERIFY(accent);
    Appearance::instance()->setTheme(Theme::Id::Dark);
}

void TestCountdownOverlay::swallowsTouches()
{
    QWidget window;
    window.resize(400, 300);
    int presses = 0;
    class Counter : public QWidget
    {
    public:
        Counter(QWidget *parent, int *presses)
            : QWidget(parent)
            , m_presses(presses)
        {}

    protected:
        void mousePressEvent(QMouseEvent *) override { ++*m_presses; }

    private:
        int *m_presses;
    };
    auto *below = new Counter(&window, &presses);
    below->setGeometry(window.rect());
    CountdownOverlay overlay(&window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    overlay.showSeconds(5);
    QTest::mouseClick(&overlay, Qt::LeftButton, {}, QPoint(200, 150));
    QCOMPARE(presses, 0);
}

QTEST_MAIN(TestCountdownOverlay)
#include "tst_countdownoverlay.moc"
