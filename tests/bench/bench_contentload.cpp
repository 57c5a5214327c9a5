// Loading content: the whole loader on the bundled files and on 10,000
// generated items in each file, and for the generated files each stage alone:
// JSON parsing (QJsonDocument), the parser (JSON parsing, then validation and
// conversion into content structs) and building the models from the content.
//
//   build/tests/bench/bench_contentload -perf -perfcounter taskclock -median 5
#include "content/contentloader.h"
#include "contentgenerator.h"
#include "models/catalog.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int GeneratedItems = ContentGenerator::DefaultItems;

} // namespace

class BenchContentLoad : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void bundled();
    void generated();
    void jsonParsing_data();
    void jsonParsing();
    void parser_data();
    void parser();
    void models();

private:
    QTemporaryDir m_dir;
};

void BenchContentLoad::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(ContentGenerator::write(m_dir.path(), ContentGenerator::fileNames(), GeneratedItems,
                                     &error),
             qPrintable(error));
}

void BenchContentLoad::bundled()
{
    ContentLoader::Result result;
    QBENCHMARK
    {
        result = ContentLoader::load();
    }
    QVERIFY(result.diagnostics.isEmpty());
}

void BenchContentLoad::generated()
{
    ContentLoader::Result result;
    QBENCHMARK
    {
        result = ContentLoader::load(m_dir.path());
    }
    QVERIFY(result.diagnostics.isEmpty());
    QCOMPARE(result.overridden.size(), 4);
    QCOMPARE(result.content.timeline.items.size(), size_t(GeneratedItems));
    QCOMPARE(result.content.partners.items.size(), size_t(GeneratedItems));
    QCOMPARE(result.content.reviews.items.size(), size_t(GeneratedItems));
    QCOMPARE(result.content.hardware.items.size(), size_t(GeneratedItems));
}

void BenchContentLoad::jsonParsing_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &name : ContentGenerator::fileNames())
        QTest::newRow(qPrintable(name)) << name;
}

void BenchContentLoad::jsonParsing()
{
    QFETCH(QString, file);
    Diagnostics problems;
    const std::optional<QByteArray> bytes =
            ContentLoader::readFile(m_dir.filePath(file + u".json"_s), &problems);
    QVERIFY(bytes);
    QJsonDocument document;
    QBENCHMARK
    {
        document = QJsonDocument::fromJson(*bytes);
    }
    QVERIFY(document.isObject());
}

void BenchContentLoad::parser_data()
{
    jsonParsing_data();
}

void BenchContentLoad::parser()
{
    QFETCH(QString, file);
    const QList<ContentFile> files = ContentLoader::files();
    const auto kind = std::find_if(files.begin(), files.end(), [&file](ContentFile candidate) {
        return ContentLoader::fileName(candidate) == file + u".json"_s;
    });
    QVERIFY(kind != files.end());
    const QString path = m_dir.filePath(file + u".json"_s);
    Diagnostics problems;
    const std::optional<QByteArray> bytes = ContentLoader::readFile(path, &problems);
    QVERIFY(bytes);
    bool ok = false;
    QBENCHMARK
    {
        ContentSet set;
        ok = ContentLoader::parseInto(*kind, *bytes, path, &set, &problems);
    }
    QVERIFY(ok);
    QVERIFY(problems.isEmpty());
}

void BenchContentLoad::models()
{
    const ContentLoader::Result result = ContentLoader::load(m_dir.path());
    QVERIFY(result.diagnostics.isEmpty());
    Catalog catalog;
    QBENCHMARK
    {
        catalog.setContent(result.content);
    }
}

QTEST_GUILESS_MAIN(BenchContentLoad)
#include "bench_contentload.moc"
