#include "views/common/chipbar.h"
#include "views/partners/partneremptystate.h"
#include "views/theme.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_PartnerEmptyState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Appearance::loadFonts(); }
    void messageNamesTheSearch();
    void clearButton();
};

void tst_PartnerEmptyState::messageNamesTheSearch()
{
    PartnerEmptyState state;
    state.setSearchText(u"  xyzzy "_s);
    QVERIFY(state.message().contains(u"“xyzzy”"_s));
    QCOMPARE(state.accessibleName(), state.message());
    state.setSearchText(QString());
    QVERIFY(!state.message().contains(u"“"_s));
}

void tst_PartnerEmptyState::clearButton()
{
    PartnerEmptyState state;
    state.setSearchText(u"xyzzy"_s);
    state.resize(800, 400);
    Chip *button = state.clearButton();
    QVERIFY(!button->isCheckable());
    QVERIFY(!button->accessibleName().isEmpty());
    QVERIFY(state.rect().contains(button->geometry()));
    QSignalSpy cleared(&state, &PartnerEmptyState::clearRequested);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(cleared.count(), 1);
    QTest::keyClick(button, Qt::Key_Space);
    QCOMPARE(cleared.count(), 2);
}

QTEST_MAIN(tst_PartnerEmptyState)
#include "tst_partneremptystate.moc"
