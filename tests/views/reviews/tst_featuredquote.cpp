#include "content/contentloader.h"
#include "models/catalog.h"
#include "models/reviewfilterproxy.h"
#include "models/reviewmodel.h"
#include "views/common/linkopener.h"
#include "views/common/qrtile.h"
#include "views/common/sourcelinks.h"
#include "views/reviews/controlbutton.h"
#include "views/reviews/featuredquote.h"
#include "views/theme.h"

#include <QApplication>
#include <QCursor>
#include <QImage>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_FeaturedQuote : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void startsOnTheFirstQuote();
    void rotates();
    void pauseAndPlay();
    void keyboard();
    void holdsWhileHovered();
    void holdsWhileFocused();
    void noMotionWhenReduced();
    void showItem();
    void stepsWrap();
    void deterministicRender();
    void accessibleNames();
    void linksEveryQuotesSource();
    void showsAQrCodeForEveryQuote();
    void saysHowMuchHeightItLacks();

private:
    // Shows the widget with neither the pointer over it nor the focus in it,
    // the two things that hold the rotation.
    void showFree();
    Catalog m_catalog;
    ReviewFilterProxy m_featured;
    QWidget *m_window = nullptr;
    QPushButton *m_elsewhere = nullptr; // takes the focus away from the quote
    FeaturedQuote *m_widget = nullptr;
};

void tst_FeaturedQuote::initTestCase()
{
    Appearance::loadFonts();
    m_catalog.setContent(ContentLoader::load().content);
    m_featured.setSourceModel(m_catalog.reviews());
    m_featured.setFeaturedOnly(true);
    QVERIFY(m_featured.rowCount() > 2);
}

void tst_FeaturedQuote::showFree()
{
    // Away from the pointer, so that no enter event arrives after the show.
    QCursor::setPos(1, 1);
    m_window->move(200, 200);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QApplication::setActiveWindow(m_window);
    m_elsewhere->setFocus();
    QTRY_VERIFY(m_elsewhere->hasFocus());
    QEvent leave(QEvent::Leave);
    QCoreApplication::sendEvent(m_widget, &leave);
}

void tst_FeaturedQuote::init()
{
    Appearance::instance()->setReducedMotion(false);
    m_window = new QWidget;
    m_window->resize(700, 660);
    m_elsewhere = new QPushButton(u"Elsewhere"_s, m_window);
    m_elsewhere->setGeometry(0, 0, 100, 40);
    m_widget = new FeaturedQuote(m_window);
    m_widget->setModel(&m_featured);
    m_widget->setGeometry(0, 60, 700, 600);
}

void tst_FeaturedQuote::cleanup()
{
    delete m_window;
    m_window = nullptr;
    m_widget = nullptr;
    Appearance::instance()->setReducedMotion(false);
}

void tst_FeaturedQuote::startsOnTheFirstQuote()
{
    QCOMPARE(m_widget->currentRow(), 0);
    QCOMPARE(m_widget->currentId(), m_featured.index(0, 0).data(int(ReviewModel::Role::Id)));
    QCOMPARE(m_widget->opacity(), 1.0);
    QVERIFY(m_widget->isPlaying());
    // Not shown yet: nothing moves.
    QVERIFY(!m_widget->isRotating());
}

void tst_FeaturedQuote::rotates()
{
    QSignalSpy rotated(m_widget, &FeaturedQuote::rotated);
    m_widget->setRotationInterval(40);
    showFree();
    QVERIFY(m_widget->isRotating());
    QVERIFY(rotated.wait(2000));
    QCOMPARE(rotated.constFirst().constFirst().toString(),
             m_featured.index(1, 0).data(int(ReviewModel::Role::Id)).toString());
    QCOMPARE(m_widget->currentRow(), 1);
}

void tst_FeaturedQuote::pauseAndPlay()
{
    QSignalSpy rotated(m_widget, &FeaturedQuote::rotated);
    QSignalSpy playing(m_widget, &FeaturedQuote::playingChanged);
    m_widget->setRotationInterval(30);
    showFree();
    // The visible control pauses: the rotation timer stops...
    QTest::mouseClick(m_widget->playButton(), Qt::LeftButton);
    QCOMPARE(playing.count(), 1);
    QVERIFY(!m_widget->isPlaying());
    QVERIFY(!m_widget->isRotating());
    QCOMPARE(m_widget->playButton()->glyph(), ControlButton::Glyph::Play);
    // ...and plays again.
    QTest::mouseClick(m_widget->playButton(), Qt::LeftButton);
    QVERIFY(m_widget->isPlaying());
    QCOMPARE(m_widget->playButton()->glyph(), ControlButton::Glyph::Pause);
    // The click left the pointer over it and the focus in it, both of which
    // hold the rotation; take them away.
    m_elsewhere->setFocus();
    QEvent leave(QEvent::Leave);
    QCoreApplication::sendEvent(m_widget, &leave);
    QTRY_VERIFY(m_widget->isRotating());
    QVERIFY(rotated.wait(2000));
}

void tst_FeaturedQuote::keyboard()
{
    m_widget->setRotationInterval(60000);
    showFree();
    m_widget->setFocus();
    QTest::keyClick(m_widget, Qt::Key_Right);
    QCOMPARE(m_widget->currentRow(), 1);
    QTest::keyClick(m_widget, Qt::Key_Left);
    QCOMPARE(m_widget->currentRow(), 0);
    QTest::keyClick(m_widget, Qt::Key_Left);
    QCOMPARE(m_widget->currentRow(), m_featured.rowCount() - 1);
    QTest::keyClick(m_widget, Qt::Key_Home);
    QCOMPARE(m_widget->currentRow(), 0);
    QTest::keyClick(m_widget, Qt::Key_Space);
    QVERIFY(!m_widget->isPlaying());
    QTest::keyClick(m_widget, Qt::Key_Space);
    QVERIFY(m_widget->isPlaying());
    // Mirrored for right-to-left.
    m_widget->setLayoutDirection(Qt::RightToLeft);
    QTest::keyClick(m_widget, Qt::Key_Left);
    QCOMPARE(m_widget->currentRow(), 1);
}

void tst_FeaturedQuote::holdsWhileHovered()
{
    m_widget->setRotationInterval(30);
    showFree();
    QVERIFY(m_widget->isRotating());
    QEnterEvent enter(QPointF(10, 10), QPointF(10, 10), QPointF(10, 10));
    QCoreApplication::sendEvent(m_widget, &enter);
    QVERIFY(!m_widget->isRotating());
    QVERIFY(m_widget->isPlaying()); // a hold, not a pause
    QEvent leave(QEvent::Leave);
    QCoreApplication::sendEvent(m_widget, &leave);
    QVERIFY(m_widget->isRotating());
}

void tst_FeaturedQuote::holdsWhileFocused()
{
    m_widget->setRotationInterval(30);
    showFree();
    m_widget->nextButton()->setFocus();
    QTRY_VERIFY(!m_widget->isRotating());
    m_elsewhere->setFocus();
    QTRY_VERIFY(m_widget->isRotating());
}

void tst_FeaturedQuote::noMotionWhenReduced()
{
    Appearance::instance()->setReducedMotion(true);
    QSignalSpy rotated(m_widget, &FeaturedQuote::rotated);
    m_widget->setRotationInterval(20);
    showFree();
    // No rotation timer runs, so nothing rotates.
    QVERIFY(!m_widget->isRotating());
    QCOMPARE(rotated.count(), 0);
    QCOMPARE(m_widget->currentRow(), 0);
    // Nothing to play: the control is gone; stepping still works, without a fade.
    QVERIFY(!m_widget->playButton()->isVisible());
    QVERIFY(m_widget->nextButton()->isVisible());
    QTest::mouseClick(m_widget->nextButton(), Qt::LeftButton);
    QCOMPARE(m_widget->currentRow(), 1);
    QCOMPARE(m_widget->opacity(), 1.0);
    // Turning it off live brings the rotation back.
    m_elsewhere->setFocus();
    QEvent leave(QEvent::Leave);
    QCoreApplication::sendEvent(m_widget, &leave);
    Appearance::instance()->setReducedMotion(false);
    QTRY_VERIFY(m_widget->isRotating());
}

void tst_FeaturedQuote::showItem()
{
    QSignalSpy changed(m_widget, &FeaturedQuote::currentChanged);
    const QString id = m_featured.index(3, 0).data(int(ReviewModel::Role::Id)).toString();
    QVERIFY(m_widget->showItem(id));
    QCOMPARE(m_widget->currentId(), id);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_widget->opacity(), 1.0);
    // A quote that is not featured is not on the stage.
    QString plain;
    for (const Review &review : m_catalog.content().reviews.items) {
        if (!review.featured)
            plain = review.id;
    }
    QVERIFY(!plain.isEmpty());
    QVERIFY(!m_widget->showItem(plain));
    QCOMPARE(m_widget->currentId(), id);
}

void tst_FeaturedQuote::stepsWrap()
{
    for (int i = 1; i < m_featured.rowCount(); ++i)
        QVERIFY(m_widget->next());
    QVERIFY(!m_widget->next()); // wrapped to the first
    QCOMPARE(m_widget->currentRow(), 0);
    QVERIFY(!m_widget->previous());
    QCOMPARE(m_widget->currentRow(), m_featured.rowCount() - 1);
    m_widget->setPlaying(false);
    m_widget->restart();
    QCOMPARE(m_widget->currentRow(), 0);
    QVERIFY(m_widget->isPlaying());
}

void tst_FeaturedQuote::deterministicRender()
{
    // Unshown, stepping never fades: an export sees the quote whole.
    m_widget->next();
    QCOMPARE(m_widget->opacity(), 1.0);
    QImage first(m_widget->size(), QImage::Format_ARGB32_Premultiplied);
    first.fill(Qt::black);
    m_widget->render(&first);
    QImage second(m_widget->size(), QImage::Format_ARGB32_Premultiplied);
    second.fill(Qt::black);
    m_widget->render(&second);
    QCOMPARE(first, second);
}

void tst_FeaturedQuote::accessibleNames()
{
    QVERIFY(!m_widget->accessibleName().isEmpty());
    QVERIFY(m_widget->accessibleDescription().contains(
            m_featured.index(0, 0).data(int(ReviewModel::Role::QuoteText)).toString()));
    QVERIFY(!m_widget->playButton()->accessibleName().isEmpty());
    QVERIFY(!m_widget->playButton()->accessibleDescription().isEmpty());
    QVERIFY(!m_widget->previousButton()->accessibleName().isEmpty());
    QVERIFY(!m_widget->nextButton()->accessibleName().isEmpty());
    const QString pause = m_widget->playButton()->accessibleName();
    m_widget->setPlaying(false);
    QVERIFY(m_widget->playButton()->accessibleName() != pause);
}

void tst_FeaturedQuote::linksEveryQuotesSource()
{
    m_widget->setSourceStyle(SourceStyle::Links);
    QList<QUrl> opened;
    ScopedLinkHandler handler([&](const QUrl &url) {
        opened.append(url);
        return true;
    });
    for (int row = 0; row < m_featured.rowCount(); ++row) {
        QVERIFY(m_widget->showItem(
                m_featured.index(row, 0).data(int(ReviewModel::Role::Id)).toString()));
        SourceLinks *links = m_widget->sourceLinks();
        QVERIFY(links->isVisibleTo(m_widget));
        QVERIFY(!links->urls().isEmpty());
        QVERIFY(m_widget->rect().contains(links->geometry()));
        // Clear of the controls beneath.
        QVERIFY(links->geometry().bottom() - links->bleed() <
                m_widget->nextButton()->geometry().top());
        opened.clear();
        links->links().constFirst()->click();
        QCOMPARE(opened, QList<QUrl>{QUrl(links->urls().constFirst())});
    }
    QVERIFY(!m_widget->qrTile()->isVisibleTo(m_widget));
}

void tst_FeaturedQuote::showsAQrCodeForEveryQuote()
{
    m_widget->setSourceStyle(SourceStyle::QrCode);
    QVERIFY(!m_widget->sourceLinks()->isVisibleTo(m_widget));
    for (int row = 0; row < m_featured.rowCount(); ++row) {
        const QModelIndex index = m_featured.index(row, 0);
        QVERIFY(m_widget->showItem(index.data(int(ReviewModel::Role::Id)).toString()));
        QrTile *tile = m_widget->qrTile();
        QVERIFY(tile->isVisibleTo(m_widget));
        QCOMPARE(tile->url(), index.data(int(ReviewModel::Role::Sources))
                                      .toList()
                                      .constFirst()
                                      .toMap()
                                      .value(u"url"_s)
                                      .toString());
        QVERIFY(m_widget->rect().contains(tile->geometry()));
        QVERIFY(tile->geometry().bottom() < m_widget->nextButton()->geometry().top());
    }
    m_widget->setSourceStyle(SourceStyle::Text);
    QVERIFY(!m_widget->qrTile()->isVisibleTo(m_widget));
}

void tst_FeaturedQuote::saysHowMuchHeightItLacks()
{
    // Roomy: every quote fits.
    QCOMPARE(m_widget->heightShortfall(), 0);
    // Too short for the attribution, the controls and a quote in the smallest
    // type: it says by how much, and that much more is enough.
    m_widget->setGeometry(0, 60, 700, 220);
    const int shortfall = m_widget->heightShortfall();
    QVERIFY(shortfall > 0);
    m_widget->setGeometry(0, 60, 700, 220 + shortfall);
    QCOMPARE(m_widget->heightShortfall(), 0);
}

QTEST_MAIN(tst_FeaturedQuote)
#include "tst_featuredquote.moc"
