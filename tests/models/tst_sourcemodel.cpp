#include "contentbuilder.h"
#include "models/sourcemodel.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Fixtures;

namespace {

// One blog post cited by all four files, a press release known by a
// description, and an interview with no address.
ContentSet sourceContent()
{
    const SourceBuilder blog = SourceBuilder(u"blog"_s)
                                       .title(u"A rocket and a box"_s)
                                       .publisher(u"Rocket Gazette"_s)
                                       .url(u"https://example.com/blog"_s)
                                       .date(u"2025-10-13"_s);
    ContentSetBuilder set;
    set.hardware.source(blog).part(PartBuilder(u"p"_s).sources({u"blog"_s, u"spec"_s}));
    set.timeline.source(blog).event(TimelineEventBuilder(u"e"_s).sources({u"blog"_s}));
    set.partners.source(blog)
            .source(SourceBuilder(u"press"_s)
                            .publisher(u"Pressroom"_s)
                            .description(
                                    text(u"Press release"_s, {{u"de"_s, u"Pressemitteilung"_s}}))
                            .date(u"2025-03"_s))
            .partner(PartnerBuilder(u"p"_s).sources({u"blog"_s, u"press"_s}));
    set.reviews.source(blog)
            .source(SourceBuilder(u"booth"_s)
                            .publisher(u"Booth"_s)
                            .description(u"Interview"_s)
                            .note(text(u"Recorded on site"_s,
                                       {{u"de"_s, u"Vor Ort aufgenommen"_s}})))
            .review(ReviewBuilder(u"r"_s).sources({u"blog"_s, u"booth"_s}));
    return set.content();
}

} // namespace

class TestSourceModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesModelTester();
    void listsEachSourceOnce();
    void saysWhereEachSourceLeads();
};

void TestSourceModel::passesModelTester()
{
    SourceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setContent(sourceContent());
    model.setLanguage(u"de"_s);
    model.setContent(ContentSet());
}

void TestSourceModel::listsEachSourceOnce()
{
    const ContentSet content = sourceContent();
    SourceModel model;
    model.setContent(content);
    QSet<QString> citations;
    int blog = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        QVERIFY(!citations.contains(index.data().toString()));
        citations.insert(index.data().toString());
        if (index.data(int(SourceModel::Role::Url)).toString() == u"https://example.com/blog")
            ++blog;
    }
    // Cited by all four files, listed once.
    QCOMPARE(blog, 1);
    QCOMPARE(content.hardware.sources.size() + content.timeline.sources.size() +
                     content.partners.sources.size() + content.reviews.sources.size(),
             size_t(7));
    QCOMPARE(model.rowCount(), 4);
    QVERIFY(citations.contains(u"A rocket and a box (Rocket Gazette, October 13, 2025)"_s));
}

void TestSourceModel::saysWhereEachSourceLeads()
{
    // The About box reads these: a source leads to its address, or says in its
    // note why it has none; both in the reader's language.
    SourceModel model;
    model.setContent(sourceContent());
    model.setLanguage(u"de"_s);
    int withUrl = 0;
    int withNote = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        const QString url = index.data(int(SourceModel::Role::Url)).toString();
        const QString description = index.data(Qt::AccessibleDescriptionRole).toString();
        if (url.isEmpty()) {
            ++withNote;
            QCOMPARE(description, index.data(int(SourceModel::Role::Note)).toString());
            QVERIFY(!description.isEmpty());
            QVERIFY(index.data(Qt::ToolTipRole).toString() == description);
        } else {
            ++withUrl;
            QVERIFY2(description.contains(url), qPrintable(description));
            QCOMPARE(index.data(Qt::ToolTipRole).toString(), url);
            QVERIFY(!index.data(int(SourceModel::Role::Host)).toString().isEmpty());
        }
    }
    QCOMPARE(withUrl, 3);
    QCOMPARE(withNote, 1);
    // A described document, in German, publisher first.
    bool described = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row).data().toString().startsWith(
                    u"Pressroom, März 2025: Pressemitteilung"_s))
            described = true;
    }
    QVERIFY(described);
}

QTEST_GUILESS_MAIN(TestSourceModel)
#include "tst_sourcemodel.moc"
