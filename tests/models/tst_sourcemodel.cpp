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
    QVERIFY(citations.contains(
            u"Elon Musk Gets Just-Launched NVIDIA DGX Spark: Petaflop AI "
            u"Supercomputer Lands at SpaceX (NVIDIA Newsroom, October 13, 2025)"_s));
}

QTEST_GUILESS_MAIN(TestSourceModel)
#include "tst_sourcemodel.moc"
