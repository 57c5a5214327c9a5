#include "hardwarefixtures.h"
#include "models/hardwaremodel.h"
#include "sourceurls.h"
#include "views/common/linkopener.h"
#include "views/common/qrtile.h"
#include "views/common/sourcelinks.h"
#include "views/hardware/partdetailcard.h"
#include "views/theme.h"

#include <QImage>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestPartDetailCard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void invitesWithoutARow();
    void showsARow_data();
    void showsARow();
    void marksLowConfidence();
    void stableHeightHoldsEveryRow();
    void stableHeightFollowsTheContent();
    void followsLanguageChanges();
    void paints();
    void showsEverySourceAsALink();
    void opensALinkWithTheKeyboard();
    void showsAQrCodeOfTheFirstSource();
    void showsPlainCitationsInText();
    void stableHeightHoldsEveryStyle();

private:
    HardwareContent m_content;
    std::unique_ptr<HardwareModel> m_model;
    std::unique_ptr<PartDetailCard> m_card;
};

void TestPartDetailCard::initTestCase()
{
    Appearance::loadFonts();
    m_content = HardwareFixtures::content();
}

void TestPartDetailCard::init()
{
    m_model = std::make_unique<HardwareModel>();
    m_model->setContent(m_content);
    m_card = std::make_unique<PartDetailCard>();
    m_card->setModel(m_model.get());
    m_card->resize(900, m_card->stableHeightForWidth(900));
}

void TestPartDetailCard::cleanup()
{
    m_card.reset();
    m_model.reset();
}

void TestPartDetailCard::invitesWithoutARow()
{
    QCOMPARE(m_card->row(), -1);
    QVERIFY(!m_card->heading().isEmpty());
    QVERIFY(m_card->specification().isEmpty());
    QVERIFY(m_card->sourceLine().isEmpty());
    QVERIFY(!m_card->isApproximate());
    QCOMPARE(m_card->accessibleName(), m_card->heading());
    m_card->setRow(m_model->rowCount()); // out of range: still the invitation
    QCOMPARE(m_card->row(), -1);
}

void TestPartDetailCard::showsARow_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("part") << u"memory"_s;
    QTest::newRow("one source") << u"cpu"_s;
    QTest::newRow("spec") << u"price"_s;
}

void TestPartDetailCard::showsARow()
{
    QFETCH(QString, id);
    const int row = m_model->rowOf(id);
    m_card->setRow(row);
    QCOMPARE(m_card->row(), row);
    const QModelIndex index = m_model->index(row, 0);
    QCOMPARE(m_card->heading(), index.data(int(HardwareModel::Role::Name)).toString());
    QCOMPARE(m_card->specification(), index.data(int(HardwareModel::Role::Value)).toString());
    const QStringList sources =
            index.data(int(HardwareModel::Role::SourceText)).toString().split(u'\n');
    for (const QString &source : sources)
        QVERIFY(m_card->sourceLine().contains(source));
    QCOMPARE(m_card->accessibleName(), m_card->heading());
    QVERIFY(m_card->accessibleDescription().contains(
            index.data(int(HardwareModel::Role::Why)).toString()));
}

void TestPartDetailCard::marksLowConfidence()
{
    HardwareContent content = m_content;
    content.items.front().confidence = Confidence::Low;
    m_model->setContent(content);
    m_card->setRow(0);
    QVERIFY(m_card->isApproximate());
    QVERIFY(!m_card->accessibleDescription().isEmpty());
    m_card->setRow(1);
    QVERIFY(!m_card->isApproximate());
}

void TestPartDetailCard::stableHeightHoldsEveryRow()
{
    for (int width : {360, 700, 1400}) {
        const int stable = m_card->stableHeightForWidth(width);
        m_card->setRow(-1);
        QVERIFY(m_card->heightForWidth(width) <= stable);
        for (int row = 0; row < m_model->rowCount(); ++row) {
            m_card->setRow(row);
            QVERIFY(m_card->heightForWidth(width) <= stable);
        }
    }
    // Narrower means taller.
    QVERIFY(m_card->stableHeightForWidth(360) > m_card->stableHeightForWidth(1400));
    m_card->setScale(2.0);
    QVERIFY(m_card->stableHeightForWidth(1400) > 0);
}

void TestPartDetailCard::stableHeightFollowsTheContent()
{
    // Measured once for the same width, scale and content, and again when
    // any of them changes.
    const int stable = m_card->stableHeightForWidth(900);
    QCOMPARE(m_card->stableHeightForWidth(900), stable);
    HardwareContent longer = m_content;
    QVERIFY(!longer.items.empty());
    longer.items.front().why = LocalizedText(
            QStringList(20, u"A much longer reason to care about this part."_s).join(u' '));
    m_model->setContent(longer);
    QVERIFY(m_card->stableHeightForWidth(900) > stable);
    m_model->setContent(m_content);
    QCOMPARE(m_card->stableHeightForWidth(900), stable);
    m_card->setScale(1.5);
    QVERIFY(m_card->stableHeightForWidth(900) > stable);
    m_card->setScale(1.0);
    QCOMPARE(m_card->stableHeightForWidth(900), stable);
}

void TestPartDetailCard::followsLanguageChanges()
{
    m_card->setRow(m_model->rowOf(u"storage"_s));
    const QString heading = m_card->heading();
    m_model->setLanguage(u"de"_s);
    QVERIFY(!m_card->heading().isEmpty());
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(m_card.get(), &change);
    QCOMPARE(m_card->row(), m_model->rowOf(u"storage"_s));
    QVERIFY(!heading.isEmpty());
}

void TestPartDetailCard::paints()
{
    m_card->setRow(m_model->rowOf(u"memory"_s));
    QImage image(m_card->size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    m_card->render(&image);
    // The accent bar on the leading edge.
    const QColor accent = Appearance::instance()->theme().accent;
    bool found = false;
    for (int x = 0; x < 20 && !found; ++x)
        found = image.pixelColor(x, image.height() / 2) == accent;
    QVERIFY(found);
}

namespace {

QStringList partUrls(const QModelIndex &index)
{
    return sourceUrls(index, int(HardwareModel::Role::Sources));
}

} // namespace

void TestPartDetailCard::showsEverySourceAsALink()
{
    // In the window every row's sources are links beneath its text, inside the card.
    m_card->setSourceStyle(SourceStyle::Links);
    m_card->resize(900, m_card->stableHeightForWidth(900));
    QVERIFY(!m_card->qrTile()->isVisibleTo(m_card.get()));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        m_card->setRow(row);
        const QModelIndex index = m_model->index(row, 0);
        const QByteArray id = index.data(int(HardwareModel::Role::Id)).toString().toUtf8();
        SourceLinks *links = m_card->sourceLinks();
        QVERIFY2(links->isVisibleTo(m_card.get()), id.constData());
        QCOMPARE(links->links().size(),
                 index.data(int(HardwareModel::Role::Sources)).toList().size());
        QCOMPARE(links->urls(), partUrls(index));
        QVERIFY2(!links->urls().isEmpty(), id.constData());
        QVERIFY2(m_card->rect().contains(links->geometry().adjusted(
                         links->bleed(), links->bleed(), -links->bleed(), -links->bleed())),
                 id.constData());
        // The citation line gives way to the links.
        QVERIFY(!links->heading().isEmpty());
    }
    m_card->setRow(-1);
    QVERIFY(!m_card->sourceLinks()->isVisibleTo(m_card.get()));
}

void TestPartDetailCard::opensALinkWithTheKeyboard()
{
    QList<QUrl> opened;
    ScopedLinkHandler handler([&](const QUrl &url) {
        opened.append(url);
        return true;
    });
    m_card->setSourceStyle(SourceStyle::Links);
    m_card->setRow(m_model->rowOf(u"cpu"_s));
    m_card->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_card.get()));
    SourceLink *link = m_card->sourceLinks()->links().constFirst();
    link->setFocus();
    QTest::keyClick(link, Qt::Key_Enter);
    QCOMPARE(opened, QList<QUrl>{QUrl(u"https://example.com/sources/s"_s)});
}

void TestPartDetailCard::showsAQrCodeOfTheFirstSource()
{
    // On a kiosk, every row with an address shows a code of its first one,
    // beside the text, and keeps its citations in words.
    m_card->setSourceStyle(SourceStyle::QrCode);
    m_card->resize(1000, m_card->stableHeightForWidth(1000));
    QVERIFY(!m_card->sourceLinks()->isVisibleTo(m_card.get()));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        m_card->setRow(row);
        const QModelIndex index = m_model->index(row, 0);
        const QByteArray id = index.data(int(HardwareModel::Role::Id)).toString().toUtf8();
        QrTile *tile = m_card->qrTile();
        QVERIFY2(tile->isVisibleTo(m_card.get()), id.constData());
        QCOMPARE(tile->url(), partUrls(index).constFirst());
        QVERIFY2(m_card->rect().contains(tile->geometry()), id.constData());
        QCOMPARE(tile->size(), tile->sizeHint());
        QVERIFY(!m_card->sourceLine().isEmpty());
        QVERIFY2(tile->accessibleDescription().contains(tile->url()), id.constData());
    }
    // Right to left, the code moves to the left side.
    m_card->setLayoutDirection(Qt::RightToLeft);
    QVERIFY(m_card->qrTile()->geometry().center().x() < m_card->width() / 2);
    m_card->setLayoutDirection(Qt::LeftToRight);
    QVERIFY(m_card->qrTile()->geometry().center().x() > m_card->width() / 2);
}

void TestPartDetailCard::showsPlainCitationsInText()
{
    // What an export shows unless asked for more: words only, as before.
    QCOMPARE(m_card->sourceStyle(), SourceStyle::Text);
    m_card->setRow(m_model->rowOf(u"memory"_s));
    QVERIFY(!m_card->sourceLinks()->isVisibleTo(m_card.get()));
    QVERIFY(!m_card->qrTile()->isVisibleTo(m_card.get()));
    QVERIFY(!m_card->sourceLine().isEmpty());
}

void TestPartDetailCard::stableHeightHoldsEveryStyle()
{
    for (SourceStyle style : {SourceStyle::Text, SourceStyle::Links, SourceStyle::QrCode}) {
        m_card->setSourceStyle(style);
        for (int width : {480, 900}) {
            const int stable = m_card->stableHeightForWidth(width);
            for (int row = 0; row < m_model->rowCount(); ++row) {
                m_card->setRow(row);
                QVERIFY(m_card->heightForWidth(width) <= stable);
            }
        }
    }
    // A code is at least as tall as itself.
    m_card->setSourceStyle(SourceStyle::QrCode);
    m_card->setRow(m_model->rowOf(u"hdmi"_s));
    QVERIFY(m_card->heightForWidth(900) >
            QrTile::sizeFor(u"https://example.com/sources/s"_s, 1.0).height());
}

QTEST_MAIN(TestPartDetailCard)
#include "tst_partdetailcard.moc"
