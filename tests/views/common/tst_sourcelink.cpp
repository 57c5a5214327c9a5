#include "views/common/linkopener.h"
#include "views/common/sourcelinks.h"
#include "views/theme.h"

#include <QAccessible>
#include <QAccessibleActionInterface>
#include <QImage>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString Citation = u"NVIDIA DGX Spark: great hardware, early days for the ecosystem "
                         u"(Simon Willison’s Weblog, October 14, 2025)"_s;
const QString Url = u"https://simonwillison.net/2025/Oct/14/nvidia-dgx-spark/"_s;

} // namespace

class TestSourceLink : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Appearance::loadFonts(); }
    void init();
    void cleanup();

    void opensOnAClick();
    void opensOnEnterReturnAndSpace_data();
    void opensOnEnterReturnAndSpace();
    void takesTheFocus();
    void plainTextWithoutAnAddress();
    void isAnAccessibleLink();
    void wrapsToItsWidth();
    void paintsUnderlinedInTheAccentInk();

private:
    QList<QUrl> m_opened;
    std::unique_ptr<ScopedLinkHandler> m_handler;
    std::unique_ptr<QWidget> m_window;
    SourceLink *m_link = nullptr;
};

void TestSourceLink::init()
{
    m_opened.clear();
    m_handler = std::make_unique<ScopedLinkHandler>([this](const QUrl &url) {
        m_opened.append(url);
        return true;
    });
    m_window = std::make_unique<QWidget>();
    m_link = new SourceLink(m_window.get());
    m_link->setSource(Citation, Url);
    m_link->setGeometry(0, 0, 900, m_link->heightForWidth(900));
    m_window->resize(900, 200);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestSourceLink::cleanup()
{
    m_window.reset();
    m_handler.reset();
}

void TestSourceLink::opensOnAClick()
{
    QTest::mouseClick(m_link, Qt::LeftButton, {},
                      QPoint(m_link->bleed() + 20, m_link->height() / 2));
    QCOMPARE(m_opened, QList<QUrl>{QUrl(Url)});
    // The empty end of the line is not the link.
    QTest::mouseClick(m_link, Qt::LeftButton, {},
                      QPoint(m_link->width() - 3, m_link->height() / 2));
    QCOMPARE(m_opened.size(), 1);
}

void TestSourceLink::opensOnEnterReturnAndSpace_data()
{
    QTest::addColumn<int>("key");
    QTest::newRow("Enter") << int(Qt::Key_Enter);
    QTest::newRow("Return") << int(Qt::Key_Return);
    QTest::newRow("Space") << int(Qt::Key_Space);
}

void TestSourceLink::opensOnEnterReturnAndSpace()
{
    QFETCH(int, key);
    m_link->setFocus();
    QTest::keyClick(m_link, Qt::Key(key));
    QCOMPARE(m_opened, QList<QUrl>{QUrl(Url)});
}

void TestSourceLink::takesTheFocus()
{
    QCOMPARE(m_link->focusPolicy(), Qt::StrongFocus);
    QVERIFY(m_link->isLink());
    QCOMPARE(m_link->cursor().shape(), Qt::PointingHandCursor);
    QCOMPARE(m_link->toolTip(), Url);
}

void TestSourceLink::plainTextWithoutAnAddress()
{
    m_link->setSource(u"Tom’s Hardware: Report on a post"_s, QString(),
                      u"The article’s web address is not on record."_s);
    QVERIFY(!m_link->isLink());
    QCOMPARE(m_link->focusPolicy(), Qt::NoFocus);
    QCOMPARE(m_link->toolTip(), u"The article’s web address is not on record."_s);
    QTest::mouseClick(m_link, Qt::LeftButton, {},
                      QPoint(m_link->bleed() + 10, m_link->height() / 2));
    QTest::keyClick(m_link, Qt::Key_Return);
    QVERIFY(m_opened.isEmpty());
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(m_link);
    QCOMPARE(accessible->role(), QAccessible::StaticText);
    QCOMPARE(accessible->text(QAccessible::Description),
             u"The article’s web address is not on record."_s);
}

void TestSourceLink::isAnAccessibleLink()
{
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(m_link);
    QVERIFY(accessible);
    QCOMPARE(accessible->role(), QAccessible::Link);
    QCOMPARE(accessible->text(QAccessible::Name), Citation);
    QVERIFY(accessible->text(QAccessible::Description).contains(Url));
    QVERIFY(accessible->state().focusable);
    QVERIFY(accessible->state().linked);
    QAccessibleActionInterface *actions = accessible->actionInterface();
    QVERIFY(actions);
    QVERIFY(actions->actionNames().contains(QAccessibleActionInterface::pressAction()));
    actions->doAction(QAccessibleActionInterface::pressAction());
    QCOMPARE(m_opened, QList<QUrl>{QUrl(Url)});
}

void TestSourceLink::wrapsToItsWidth()
{
    const int wide = m_link->heightForWidth(2000);
    const int narrow = m_link->heightForWidth(200);
    QVERIFY(narrow > wide);
    QVERIFY(wide >=
            QFontMetrics(Appearance::instance()->font(Typography::Role::Caption, 1.0)).height());
    m_link->setScale(2.0);
    QVERIFY(m_link->heightForWidth(2000) > wide);
    QVERIFY(m_link->bleed() > 0);
}

void TestSourceLink::paintsUnderlinedInTheAccentInk()
{
    // A link is underlined, in the accent ink (or the text colour under the
    // pointer); a source without an address is plain muted text.
    const Theme &theme = Appearance::instance()->theme();
    const auto longestRun = [&](SourceLink *link, QColor *colour) {
        QImage image(link->size(), QImage::Format_RGB32);
        image.fill(Qt::black);
        link->render(&image, QPoint(), QRegion(), QWidget::DrawChildren);
        int longest = 0;
        for (int y = 0; y < image.height(); ++y) {
            int run = 0;
            for (int x = 0; x < image.width(); ++x) {
                const QColor pixel = image.pixelColor(x, y);
                run = pixel.lightness() > 60 ? run + 1 : 0;
                if (run > longest) {
                    longest = run;
                    *colour = image.pixelColor(x - run / 2, y); // mid-run, past antialiasing
                }
            }
        }
        return longest;
    };
    // Without the focus, whose ring would be a long run of its own.
    m_link->clearFocus();
    QVERIFY(!m_link->hasFocus());
    QColor colour;
    const int linked = longestRun(m_link, &colour);
    QVERIFY(linked > 100);
    // The colour, or the colour partly covering the black beneath: a thin
    // underline may not fill whole pixels.
    const auto close = [](const QColor &a, const QColor &b) {
        for (double t = 0.3; t <= 1.0; t += 0.01) {
            if (std::abs(a.red() - t * b.red()) + std::abs(a.green() - t * b.green()) +
                        std::abs(a.blue() - t * b.blue()) <
                24)
                return true;
        }
        return false;
    };
    QVERIFY2(close(colour, theme.accentInk) || close(colour, theme.text),
             qPrintable(colour.name()));
    // The same words without an address: no underline, no long run of ink.
    m_link->setSource(Citation, QString(), u"No address"_s);
    QVERIFY(longestRun(m_link, &colour) < linked / 2);
}

QTEST_MAIN(TestSourceLink)
#include "tst_sourcelink.moc"
