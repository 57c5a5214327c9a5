#include "content/contentloader.h"
#include "models/catalog.h"
#include "models/reviewfilterproxy.h"
#include "models/reviewmodel.h"
#include "views/reviews/quotecard.h"
#include "views/reviews/quotewall.h"
#include "views/reviews/quotewallaccessible.h"
#include "views/theme.h"

#include <QAccessible>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_QuoteWallAccessible : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void wallIsAList();
    void cardsHaveNamesAndDescriptions();
    void stateFollowsSelection();
    void followsFilter();

private:
    Catalog m_catalog;
};

void tst_QuoteWallAccessible::initTestCase()
{
    Appearance::loadFonts();
    m_catalog.setContent(ContentLoader::load().content);
}

void tst_QuoteWallAccessible::wallIsAList()
{
    QuoteWall wall;
    wall.setModel(m_catalog.reviews());
    wall.setAccessibleName(u"Quote wall"_s);
    wall.resize(900, 700);
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(&wall);
    QVERIFY(iface);
    QVERIFY(dynamic_cast<QuoteWallAccessible *>(iface));
    QCOMPARE(iface->role(), QAccessible::List);
    QCOMPARE(iface->text(QAccessible::Name), u"Quote wall"_s);
    QCOMPARE(iface->childCount(), m_catalog.reviews()->rowCount());
}

void tst_QuoteWallAccessible::cardsHaveNamesAndDescriptions()
{
    QuoteWall wall;
    wall.setModel(m_catalog.reviews());
    wall.resize(900, 700);
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(&wall);
    for (int row = 0; row < iface->childCount(); ++row) {
        QAccessibleInterface *card = iface->child(row);
        QVERIFY(card);
        QCOMPARE(card->role(), QAccessible::ListItem);
        const QModelIndex index = m_catalog.reviews()->index(row);
        QCOMPARE(card->text(QAccessible::Name), index.data(Qt::AccessibleTextRole).toString());
        QCOMPARE(card->text(QAccessible::Description), QuoteCard::accessibleDescription(index));
        QVERIFY(!card->text(QAccessible::Name).isEmpty());
        QCOMPARE(iface->indexOfChild(card), row);
        QCOMPARE(card->parent(), iface);
        // The same interface each time: screen readers track it by identity.
        QCOMPARE(iface->child(row), card);
    }
    QVERIFY(!iface->child(iface->childCount()));
}

void tst_QuoteWallAccessible::stateFollowsSelection()
{
    QuoteWall wall;
    wall.setModel(m_catalog.reviews());
    wall.resize(900, 700);
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(&wall);
    wall.setCurrentIndex(m_catalog.reviews()->index(1));
    QVERIFY(iface->child(1)->state().selected);
    QVERIFY(!iface->child(0)->state().selected);
    QVERIFY(iface->child(1)->state().focusable);
    // A card far down the wall is off screen.
    QVERIFY(iface->child(iface->childCount() - 1)->state().offscreen);
}

void tst_QuoteWallAccessible::followsFilter()
{
    ReviewFilterProxy proxy;
    proxy.setSourceModel(m_catalog.reviews());
    QuoteWall wall;
    wall.setModel(&proxy);
    wall.resize(900, 700);
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(&wall);
    // The outlet of the last quote, whichever the content holds.
    const QString outlet = m_catalog.content().reviews.items.back().outlet;
    int quotes = 0;
    for (const Review &review : m_catalog.content().reviews.items)
        quotes += review.outlet == outlet ? 1 : 0;
    proxy.setOutlet(outlet);
    QCOMPARE(iface->childCount(), quotes);
    QVERIFY(iface->child(0)->text(QAccessible::Name).contains(outlet));
}

QTEST_MAIN(tst_QuoteWallAccessible)
#include "tst_quotewallaccessible.moc"
