#include "contentbuilder.h"
#include "models/reviewmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Fixtures;

namespace {

ReviewContent builtReviews()
{
    return ReviewsBuilder()
            .kind(u"review"_s, text(u"Reviews"_s))
            .kind(u"press"_s, text(u"Press"_s))
            .review(ReviewBuilder(u"hot-novices"_s)
                            .outlet(u"HotHardware"_s)
                            .kind(u"review"_s)
                            .quote(u"Even novices will have no trouble getting started."_s)
                            .award(text(u"Recommended"_s))
                            .date(u"2025-10"_s)
                            .featured())
            .review(ReviewBuilder(u"paper-fastest"_s)
                            .outlet(u"The Paper"_s)
                            .kind(u"press"_s)
                            .tone(u"critical"_s)
                            .date(u"2025-10-14"_s))
            .review(ReviewBuilder(u"hot-start"_s).outlet(u"HotHardware"_s).kind(u"review"_s))
            .review(ReviewBuilder(u"post-delivery"_s)
                            .outlet(u"A Founder"_s)
                            .byline(text(u"Co-founder of a lab"_s))
                            .date(u"2025-10-15"_s))
            .review(ReviewBuilder(u"sth-cool"_s)
                            .outlet(u"Home Lab"_s)
                            .reviewTitle(u"The Machine is so Cool"_s))
            .content();
}

} // namespace

class TestReviewModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_content = builtReviews(); }
    void passesModelTester();
    void exposesRoles();
    void keepsOriginalWords();
    void listsOutlets();

private:
    ReviewContent m_content;
};

void TestReviewModel::passesModelTester()
{
    ReviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setContent(m_content);
    model.setLanguage(u"ja"_s);
    model.setContent(ReviewContent());
}

void TestReviewModel::exposesRoles()
{
    ReviewModel model;
    model.setContent(m_content);
    const QModelIndex hot = model.index(model.rowOf(u"hot-novices"_s));
    QCOMPARE(hot.data().toString(), u"Even novices will have no trouble getting started."_s);
    QCOMPARE(hot.data(int(ReviewModel::Role::Outlet)).toString(), u"HotHardware"_s);
    QCOMPARE(hot.data(int(ReviewModel::Role::Award)).toString(), u"Recommended"_s);
    QCOMPARE(hot.data(int(ReviewModel::Role::KindName)).toString(), u"Reviews"_s);
    QVERIFY(hot.data(int(ReviewModel::Role::Featured)).toBool());
    QCOMPARE(hot.data(int(ReviewModel::Role::DateText)).toString(), u"October 2025"_s);
    QCOMPARE(hot.data(Qt::AccessibleTextRole).toString(),
             u"HotHardware: Even novices will have no trouble getting started."_s);
    const QModelIndex reg = model.index(model.rowOf(u"paper-fastest"_s));
    QCOMPARE(reg.data(int(ReviewModel::Role::Tone)).toInt(), int(Tone::Critical));
    QCOMPARE(reg.data(int(ReviewModel::Role::DateText)).toString(), u"October 14, 2025"_s);
    QCOMPARE(reg.data(int(ReviewModel::Role::Kind)).toString(), u"press"_s);
    const QModelIndex gdb = model.index(model.rowOf(u"post-delivery"_s));
    QCOMPARE(gdb.data(int(ReviewModel::Role::Byline)).toString(), u"Co-founder of a lab"_s);
    QCOMPARE(gdb.data(int(ReviewModel::Role::Date)).toDate(), QDate(2025, 10, 15));
    const QModelIndex sth = model.index(model.rowOf(u"sth-cool"_s));
    QCOMPARE(sth.data(int(ReviewModel::Role::ReviewTitle)).toString(), u"The Machine is so Cool"_s);
}

void TestReviewModel::keepsOriginalWords()
{
    ReviewContent content = m_content;
    content.items.at(0).quote.translations.insert(u"fr"_s, u"Même les novices…"_s);
    content.items.at(1).quote.translations = LocalizedText();
    ReviewModel model;
    model.setContent(content);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setLanguage(u"fr"_s);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(0).data().toString(), content.items.at(0).quote.text);
    QCOMPARE(model.index(0).data(int(ReviewModel::Role::QuoteTranslation)).toString(),
             u"Même les novices…"_s);
    QCOMPARE(model.index(1).data(int(ReviewModel::Role::QuoteTranslation)).toString(), QString());
}

void TestReviewModel::listsOutlets()
{
    ReviewModel model;
    model.setContent(m_content);
    const QStringList outlets = model.outlets();
    QCOMPARE(outlets.first(), u"HotHardware"_s);
    // Each outlet once, in the order of their first quote.
    QCOMPARE(outlets,
             (QStringList{u"HotHardware"_s, u"The Paper"_s, u"A Founder"_s, u"Home Lab"_s}));
}

QTEST_GUILESS_MAIN(TestReviewModel)
#include "tst_reviewmodel.moc"
