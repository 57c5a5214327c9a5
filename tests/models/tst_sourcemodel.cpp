#include "content/contentloader.h"
#include "models/sourcemodel.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

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
    model.setContent(ContentLoader::load().content);
    model.setLanguage(u"de"_s);
    model.setContent(ContentSet());
}

void TestSourceModel::listsEachSourceOnce()
{
    const ContentSet content = ContentLoader::load().content;
    SourceModel model;
    model.setContent(content);
    QSet<QString> citations;
    int blog = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        QVERIFY(!citations.contains(index.data().toString()));
        citations.insert(index.data().toString());
        if (index.data(int(SourceModel::Role::Url)).toString() ==
            u"https://blogs.nvidia.com/blog/live-dgx-spark-delivery/")
            ++blog;
    }
    // Cited by all four files, listed once.
    QCOMPARE(blog, 1);
    QVERIFY(model.rowCount() <
            int(content.hardware.sources.size() + content.timeline.sources.size() +
                content.partners.sources.size() + content.reviews.sources.size()));
    QVERIFY(citations.contains(u"Elon Musk Gets Just-Launched NVIDIA DGX Spark: Petaflop AI "
                               u"Supercomputer Lands at SpaceX (NVIDIA Blog, October 13, 2025)"_s));
}

void TestSourceModel::saysWhereEachSourceLeads()
{
    // The About box reads these: a source leads to its address, or says in its
    // note why it has none; both in the reader's language.
    SourceModel model;
    model.setContent(ContentLoader::load().content);
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
    QVERIFY(withUrl > withNote);
    QVERIFY(withNote >= 1);
    // A described document, in German, publisher first.
    bool described = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row).data().toString().startsWith(
                    u"ASUS Pressroom, März 2025: Pressemitteilung"_s))
            described = true;
    }
    QVERIFY(described);
}

QTEST_GUILESS_MAIN(TestSourceModel)
#include "tst_sourcemodel.moc"
