#include "content/contentloader.h"
#include "contentbuilder.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// A valid timeline file of one event.
QByteArray validTimeline()
{
    return Fixtures::TimelineBuilder().event(Fixtures::TimelineEventBuilder(u"a"_s)).bytes();
}

bool write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

bool anyDiagnostic(const Diagnostics &diagnostics, const QString &file, const QString &message)
{
    for (const Diagnostic &d : diagnostics) {
        if (d.file == file && d.message.contains(message))
            return true;
    }
    return false;
}

QString joined(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines.append(d.toString());
    return lines.join(u'\n');
}

} // namespace

class TestContentLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void overridesFileByFile();
    void badOverrideFallsBack_data();
    void badOverrideFallsBack();
    void parsesLargeFilesTogether();
    void loadsLargeFilesInOrder();
    void refusesOversizeFiles();
    void checksDirectories();
    void reportsMissingDirectory();
    void checksFolders();
    void reportsEmptyDirectory();
};

void TestContentLoader::overridesFileByFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray partners = R"({"schemaVersion": 1,
        "sources": [{"id": "s", "title": "Event staff", "publisher": "Spark Showcase",
                     "note": "Told at the booth"}],
        "categories": [{"id": "local", "name": "Local partners"}],
        "items": [{"id": "booth", "name": "Booth 12", "category": "local",
                   "description": "Demos all day", "sources": ["s"]}]})";
    QVERIFY(write(dir.filePath(u"partners.json"_s), partners));
    const ContentLoader::Result result = ContentLoader::load(dir.path());
    QVERIFY2(result.diagnostics.isEmpty(), qPrintable(joined(result.diagnostics)));
    QCOMPARE(result.overridden, QStringList{dir.filePath(u"partners.json"_s)});
    QCOMPARE(result.content.partners.items.size(), size_t(1));
    QCOMPARE(result.content.partners.items.at(0).id, u"booth"_s);
    // The files not in the folder still come from the bundle.
    const ContentSet bundledContent = ContentLoader::load().content;
    QVERIFY(!bundledContent.timeline.items.empty());
    QCOMPARE(result.content.timeline.items.size(), bundledContent.timeline.items.size());
    QCOMPARE(result.content.hardware.items.size(), bundledContent.hardware.items.size());
}

void TestContentLoader::badOverrideFallsBack_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("truncated") << u"truncated"_s << u"invalid JSON"_s;
    QTest::newRow("folder") << u"folder"_s << u"is a folder"_s;
    QTest::newRow("link to /dev/zero") << u"devzero"_s << u"not a regular file"_s;
    QTest::newRow("dangling link") << u"dangling"_s << u""_s;
    QTest::newRow("wrong file") << u"wrong"_s << u"required field is missing"_s;
}

void TestContentLoader::badOverrideFallsBack()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"timeline.json"_s);
    if (kind == u"truncated") {
        QVERIFY(write(path, validTimeline().left(100)));
    } else if (kind == u"folder") {
        QVERIFY(QDir(dir.path()).mkdir(u"timeline.json"_s));
    } else if (kind == u"devzero") {
        if (!QFile::exists(u"/dev/zero"_s))
            QSKIP("no /dev/zero here");
        QVERIFY(QFile::link(u"/dev/zero"_s, path));
    } else if (kind == u"dangling") {
        QVERIFY(QFile::link(dir.filePath(u"nowhere.json"_s), path));
    } else if (kind == u"wrong") {
        QVERIFY(write(
                path,
                Fixtures::PartnersBuilder().partner(Fixtures::PartnerBuilder(u"p"_s)).bytes()));
    }
    const size_t bundledEvents = ContentLoader::load().content.timeline.items.size();
    const ContentLoader::Result result = ContentLoader::load(dir.path());
    // Nothing is lost: the timeline is the bundled one, and the reason is kept.
    QCOMPARE(result.content.timeline.items.size(), bundledEvents);
    QVERIFY(result.overridden.isEmpty());
    if (!message.isEmpty()) {
        QVERIFY2(anyDiagnostic(result.diagnostics, path, message),
                 qPrintable(joined(result.diagnostics)));
        QCOMPARE(result.rejected, QStringList{path});
    }
}

// Large files are parsed at the same time on the worker pool: each gives
// what it gives alone, diagnostics and their order included.
void TestContentLoader::parsesLargeFilesTogether()
{
    // Trailing white space is valid JSON, and makes the files large enough.
    const QByteArray padding(ContentLoader::ConcurrentParseBytes / 2, ' ');
    const QByteArray timeline = validTimeline() + padding;
    const QByteArray partners =
            Fixtures::PartnersBuilder().partner(Fixtures::PartnerBuilder(u"p"_s)).bytes() + padding;
    // A partners file read as a timeline, and a truncated one: both wrong.
    std::vector<ContentLoader::Parse> parses = {
            {ContentFile::Timeline, timeline, u"a.json"_s, {}, {}, false},
            {ContentFile::Timeline, partners, u"b.json"_s, {}, {}, false},
            {ContentFile::Partners, partners, u"c.json"_s, {}, {}, false},
            {ContentFile::Partners, partners.left(60) + padding, u"d.json"_s, {}, {}, false},
    };
    ContentLoader::parseAll(&parses);
    for (const ContentLoader::Parse &parse : parses) {
        ContentSet alone;
        Diagnostics diagnostics;
        const bool ok = ContentLoader::parseInto(parse.file, parse.bytes, parse.label, &alone,
                                                 &diagnostics);
        QCOMPARE(parse.ok, ok);
        QCOMPARE(joined(parse.diagnostics), joined(diagnostics));
        QCOMPARE(parse.content.timeline.items.size(), alone.timeline.items.size());
        QCOMPARE(parse.content.partners.items.size(), alone.partners.items.size());
    }
    QVERIFY(parses.at(0).ok);
    QCOMPARE(parses.at(0).content.timeline.items.size(), size_t(1));
    QVERIFY(!parses.at(1).ok);
    QVERIFY(anyDiagnostic(parses.at(1).diagnostics, u"b.json"_s, u"required field is missing"_s));
    QVERIFY(parses.at(2).ok);
    QVERIFY(!parses.at(3).ok);
    QVERIFY(anyDiagnostic(parses.at(3).diagnostics, u"d.json"_s, u"invalid JSON"_s));
}

// The loader with large files in the folder: what is used and what is
// reported come in the files' order, whichever was parsed first.
void TestContentLoader::loadsLargeFilesInOrder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray padding(ContentLoader::ConcurrentParseBytes, ' ');
    QVERIFY(write(dir.filePath(u"hardware.json"_s), validTimeline() + padding));
    QVERIFY(write(dir.filePath(u"timeline.json"_s), validTimeline() + padding));
    QVERIFY(write(dir.filePath(u"partners.json"_s),
                  Fixtures::PartnersBuilder().partner(Fixtures::PartnerBuilder(u"p"_s)).bytes() +
                          padding));
    QVERIFY(write(dir.filePath(u"reviews.json"_s), validTimeline().left(50) + padding));
    const ContentLoader::Result result = ContentLoader::load(dir.path());
    QCOMPARE(result.overridden,
             (QStringList{dir.filePath(u"timeline.json"_s), dir.filePath(u"partners.json"_s)}));
    QCOMPARE(result.rejected,
             (QStringList{dir.filePath(u"hardware.json"_s), dir.filePath(u"reviews.json"_s)}));
    QCOMPARE(result.content.timeline.items.size(), size_t(1));
    QCOMPARE(result.content.partners.items.size(), size_t(1));
    // The bundled files in place of the bad ones.
    const ContentSet bundled = ContentLoader::load().content;
    QCOMPARE(result.content.hardware.items.size(), bundled.hardware.items.size());
    QCOMPARE(result.content.reviews.items.size(), bundled.reviews.items.size());
    QVERIFY(!result.diagnostics.isEmpty());
    QCOMPARE(result.diagnostics.constFirst().file, dir.filePath(u"hardware.json"_s));
    QCOMPARE(result.diagnostics.constLast().file, dir.filePath(u"reviews.json"_s));
    QVERIFY(anyDiagnostic(result.diagnostics, dir.filePath(u"reviews.json"_s), u"invalid JSON"_s));
}

void TestContentLoader::refusesOversizeFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"reviews.json"_s);
    QVERIFY(write(path, QByteArray(ContentLoader::MaxFileBytes + 1, ' ')));
    Diagnostics diagnostics;
    QVERIFY(!ContentLoader::readFile(path, &diagnostics));
    QVERIFY2(anyDiagnostic(diagnostics, path, u"the limit is 8388608 bytes"_s),
             qPrintable(joined(diagnostics)));
    const ContentLoader::Result result = ContentLoader::load(dir.path());
    const size_t bundledReviews = ContentLoader::load().content.reviews.items.size();
    QVERIFY(bundledReviews > 0);
    QCOMPARE(result.content.reviews.items.size(), bundledReviews);
}

void TestContentLoader::checksDirectories()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(write(dir.filePath(u"hardware.json"_s),
                  Fixtures::HardwareBuilder().part(Fixtures::PartBuilder(u"p"_s)).bytes()));
    ContentLoader::CheckResult good = ContentLoader::check(dir.path());
    QVERIFY(good.isValid());
    QCOMPARE(good.checked.size(), 1);

    QVERIFY(write(dir.filePath(u"timeline.json"_s), validTimeline().left(100)));
    ContentLoader::CheckResult bad = ContentLoader::check(dir.path());
    QVERIFY(!bad.isValid());
    QCOMPARE(bad.checked.size(), 2);
    QVERIFY(anyDiagnostic(bad.diagnostics, dir.filePath(u"timeline.json"_s), u"invalid JSON"_s));
    QVERIFY(bad.diagnostics.constFirst().toString().startsWith(dir.filePath(u"timeline.json"_s) +
                                                               u": /: invalid JSON at line"_s));
}

void TestContentLoader::reportsMissingDirectory()
{
    const ContentLoader::CheckResult result = ContentLoader::check(u"/nonexistent/content"_s);
    QVERIFY(!result.isValid());
    QCOMPARE(result.diagnostics.size(), 1);
    QCOMPARE(result.diagnostics.at(0).toString(),
             u"/nonexistent/content: the folder does not exist"_s);
}

// What keeps a folder from serving, without reading its files.
void TestContentLoader::checksFolders()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QCOMPARE(ContentLoader::checkFolder(dir.path()).size(), 1);
    QVERIFY(write(dir.filePath(u"reviews.json"_s), "not even JSON"));
    QVERIFY(ContentLoader::checkFolder(dir.path()).isEmpty());
    QCOMPARE(ContentLoader::checkFolder(dir.filePath(u"reviews.json"_s)).constFirst().toString(),
             dir.filePath(u"reviews.json"_s) + u": is not a folder"_s);
    QCOMPARE(ContentLoader::checkFolder(dir.filePath(u"gone"_s)).constFirst().toString(),
             dir.filePath(u"gone"_s) + u": the folder does not exist"_s);
    if (::geteuid() != 0) {
        // A folder that cannot be listed says why, in the system's words.
        QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::WriteOwner));
        const Diagnostics problems = ContentLoader::checkFolder(dir.path());
        QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                          QFileDevice::ExeOwner));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.constFirst().toString(),
                 dir.path() + u": cannot be read: Permission denied"_s);
    }
}

void TestContentLoader::reportsEmptyDirectory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const ContentLoader::CheckResult result = ContentLoader::check(dir.path());
    QVERIFY(!result.isValid());
    QVERIFY(result.diagnostics.at(0).message.contains(u"holds none of the content files"_s));
}

QTEST_GUILESS_MAIN(TestContentLoader)
#include "tst_contentloader.moc"
