#include "content/contentwatcher.h"
#include "contentbuilder.h"
#include "contentgenerator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// A partners file whose first partner is named \a name: valid content that
// tells one version from another.
QByteArray partnersNamed(const QString &name)
{
    return Fixtures::PartnersBuilder()
            .partner(Fixtures::PartnerBuilder(u"first"_s).name(name))
            .partner(Fixtures::PartnerBuilder(u"second"_s))
            .bytes();
}

// Valid JSON that the content rules refuse: a partner of a category that
// does not exist.
QByteArray partnersWithUnknownCategory()
{
    QJsonObject root = QJsonDocument::fromJson(partnersNamed(u"Unknown"_s)).object();
    QJsonArray items = root.value(u"items").toArray();
    QJsonObject first = items.at(0).toObject();
    first.insert(u"category"_s, u"no-such-category"_s);
    items.replace(0, first);
    root.insert(u"items"_s, items);
    return QJsonDocument(root).toJson();
}

bool writeInPlace(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

// What rsync and Syncthing do: a temporary file in the same folder, renamed
// over the old one.
bool writeAndRename(const QString &path, const QByteArray &bytes)
{
    const QString temporary =
            QFileInfo(path).dir().filePath(u".%1.tmp"_s.arg(QFileInfo(path).fileName()));
    if (!writeInPlace(temporary, bytes))
        return false;
    return std::rename(QFile::encodeName(temporary).constData(),
                       QFile::encodeName(path).constData()) == 0;
}

QString firstPartner(const ContentSet &content)
{
    return content.partners.items.empty() ? QString()
                                          : content.partners.items.front().name.english();
}

QStringList lines(const Diagnostics &diagnostics)
{
    QStringList result;
    for (const Diagnostic &diagnostic : diagnostics)
        result.append(diagnostic.toString());
    return result;
}

// What the tests below give setBackgroundParseBytes(), as the window does.
constexpr qint64 LargeFile = 256 * 1024;

// A partners file over LargeFile: generated partners, the first named \a
// name; of a category that does not exist, too, when \a bad.
QByteArray largePartners(const QString &name, bool bad = false)
{
    QJsonObject root = ContentGenerator::partners(3000);
    QJsonArray items = root.value(u"items").toArray();
    QJsonObject first = items.at(0).toObject();
    first.insert(u"name"_s, QJsonObject{{u"en"_s, name}});
    if (bad)
        first.insert(u"category"_s, u"no-such-category"_s);
    items.replace(0, first);
    root.insert(u"items"_s, items);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

// The warnings logged while it lives, passed on to the handler before it
// (QTest::ignoreMessage() still works).
class WarningLog
{
public:
    WarningLog()
    {
        s_current = this;
        m_previous = qInstallMessageHandler(&WarningLog::handle);
    }
    ~WarningLog()
    {
        qInstallMessageHandler(m_previous);
        s_current = nullptr;
    }
    Q_DISABLE_COPY_MOVE(WarningLog)

    // The lines that name \a text.
    QStringList naming(const QString &text) const { return m_lines.filter(text); }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (s_current && type == QtWarningMsg)
            s_current->m_lines.append(message);
        if (s_current && s_current->m_previous)
            s_current->m_previous(type, context, message);
    }

    static inline WarningLog *s_current = nullptr;
    QtMessageHandler m_previous = nullptr;
    QStringList m_lines;
};

} // namespace

class TestContentWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void startReadsTheFolder();
    void emptyFolderGivesTheBundledContent();
    void revisionFollowsTheFiles();
    void inPlaceWrite();
    void atomicRename();
    void truncatedThenFull();
    void badFileKeepsLastGood();
    void badFileAtStartGivesTheBundledOne();
    void deletionFallsBackToBundled();
    void newFileIsSeen();
    void rapidRewrites();
    void reloadReadsAtOnce();
    void largeFileArrivesLater();
    void badLargeFileFallsBackLater();
    void reloadDropsAStaleParse();

private:
    ContentWatcher *make();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ContentWatcher> m_watcher;
    QString m_partners;
};

void TestContentWatcher::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_partners = m_dir->filePath(u"partners.json"_s);
    QVERIFY(writeInPlace(m_partners, partnersNamed(u"Version 1"_s)));
}

void TestContentWatcher::cleanup()
{
    m_watcher.reset();
    m_dir.reset();
}

ContentWatcher *TestContentWatcher::make()
{
    m_watcher = std::make_unique<ContentWatcher>(m_dir->path());
    // Short, so that the tests do not wait; the writes below still race it.
    m_watcher->setDebounceInterval(50);
    m_watcher->start();
    return m_watcher.get();
}

void TestContentWatcher::startReadsTheFolder()
{
    ContentWatcher *watcher = make();
    QVERIFY(watcher->isWatching());
    QCOMPARE(firstPartner(watcher->content()), u"Version 1"_s);
    QCOMPARE(watcher->fileInUse(ContentFile::Partners), m_partners);
    QCOMPARE(watcher->fileInUse(ContentFile::Hardware), u":/data/hardware.json"_s);
    QVERIFY(watcher->status().ok);
    QCOMPARE(watcher->status().attempts, 1);
    QVERIFY(watcher->status().lastAttempt.isValid());
    QCOMPARE(watcher->status().revision.size(), 16);
    QVERIFY(watcher->watchedPaths().contains(m_dir->path()));
    QVERIFY(watcher->watchedPaths().contains(m_partners));
    QVERIFY(!watcher->content().hardware.items.empty());
    QVERIFY(!watcher->content().timeline.items.empty());
    QVERIFY(!watcher->content().reviews.items.empty());
}

void TestContentWatcher::emptyFolderGivesTheBundledContent()
{
    QVERIFY(QFile::remove(m_partners));
    ContentWatcher *watcher = make();
    QVERIFY(watcher->status().ok);
    QCOMPARE(watcher->fileInUse(ContentFile::Partners), u":/data/partners.json"_s);
    QCOMPARE(watcher->content().partners.items.size(),
             ContentLoader::load().content.partners.items.size());
    QCOMPARE(firstPartner(watcher->content()), firstPartner(ContentLoader::load().content));
}

void TestContentWatcher::revisionFollowsTheFiles()
{
    const QString first = make()->status().revision;
    // The same files give the same revision, in any process.
    ContentWatcher again(m_dir->path());
    again.start();
    QCOMPARE(again.status().revision, first);
    // Other files, another revision.
    QTemporaryDir empty;
    ContentWatcher bundledOnly(empty.path());
    bundledOnly.start();
    QVERIFY(bundledOnly.status().revision != first);
    QVERIFY(writeInPlace(m_partners, partnersNamed(u"Version 2"_s)));
    m_watcher->reload();
    QVERIFY(m_watcher->status().revision != first);
    QVERIFY(m_watcher->status().revision != bundledOnly.status().revision);
}

void TestContentWatcher::inPlaceWrite()
{
    ContentWatcher *watcher = make();
    QSignalSpy changed(watcher, &ContentWatcher::contentChanged);
    QVERIFY(writeInPlace(m_partners, partnersNamed(u"Version 2"_s)));
    QTRY_COMPARE(firstPartner(watcher->content()), u"Version 2"_s);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(firstPartner(changed.at(0).at(0).value<ContentSet>()), u"Version 2"_s);
    QVERIFY(watcher->status().ok);
    // The file is still watched: a second write is seen too.
    QVERIFY(writeInPlace(m_partners, partnersNamed(u"Version 3"_s)));
    QTRY_COMPARE(firstPartner(watcher->content()), u"Version 3"_s);
    QCOMPARE(changed.size(), 2);
}

void TestContentWatcher::atomicRename()
{
    ContentWatcher *watcher = make();
    QSignalSpy changed(watcher, &ContentWatcher::contentChanged);
    QVERIFY(writeAndRename(m_partners, partnersNamed(u"Version 2"_s)));
    QTRY_COMPARE(firstPartner(watcher->content()), u"Version 2"_s);
    // The rename replaced the watched file; the new one is watched again.
    QTRY_VERIFY(watcher->watchedPaths().contains(m_partners));
    QVERIFY(writeAndRename(m_partners, partnersNamed(u"Version 3"_s)));
    QTRY_COMPARE(firstPartner(watcher->content()), u"Version 3"_s);
    // And an in-place write after the renames.
    QVERIFY(writeInPlace(m_partners, partnersNamed(u"Version 4"_s)));
    QTRY_COMPARE(firstPartner(watcher->content()), u"Version 4"_s);
    QCOMPARE(changed.size(), 3);
    QVERIFY(watcher->status().ok);
}

void TestContentWatcher::truncatedThenFull()
{
    ContentWatcher *watcher = make();
    QSignalSpy changed(watcher, &ContentWatcher::contentChanged);
    QSignalSpy reloaded(watcher, &ContentWatcher::reloaded);
    const QByteArray full = partnersNamed(u"Version 2"_s);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"partners\\.json: .*"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"last good (content|version) stays"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"read with 1 problem"_s));
    QVERIFY(writeInPlace(m_partners, full.left(full.size() / 2)));
    QTRY_VERIFY(!watcher->status().ok);
    // The half-written file was never shown.
    QCOMPARE(changed.size(), 0);
    QCOMPARE(firstPartner(watcher->content()), u"Version 1"_s);
    QCOMPARE(watcher->status().rejected, QStringList{m_partners});
    QCOMPARE(watcher->status().failures, 1);

    QVERIFY(writeInPlace(m_partners, full));
    QTRY_COMPARE(firstPartner(watcher->content()), u"Version 2"_s);
    QVERIFY(watcher->status().ok);
    QCOMPARE(changed.size(), 1);
    QVERIFY(reloaded.size() >= 2);
}

void TestContentWatcher::badFileKeepsLastGood()
{
    ContentWatcher *watcher = make();
    QVERIFY(writeInPlace(m_partners, partnersNamed(u"Version 2"_s)));
    QTRY_COMPARE(firstPartner(watcher->content()), u"Version 2"_s);
    const QString good = watcher->status().revision;
    QSignalSpy changed(watcher, &ContentWatcher::contentChanged);

    // Diagnostics go to the log as `file: /pointer: message`.
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(u"^%1: /items/0/category: .*no-such-category"_s.arg(
                                 QRegularExpression::escape(m_partners))));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"last good (content|version) stays"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"read with 1 problem"_s));
    QVERIFY(writeInPlace(m_partners, partnersWithUnknownCategory()));
    QTRY_VERIFY(!watcher->status().ok);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(firstPartner(watcher->content()), u"Version 2"_s);
    QCOMPARE(watcher->status().revision, good);
    QCOMPARE(watcher->fileInUse(ContentFile::Partners), m_partners);
    QCOMPARE(watcher->status().diagnostics.size(), 1);
    QCOMPARE(watcher->status().diagnostics.at(0).pointer, u"/items/0/category"_s);
    QCOMPARE(watcher->status().diagnostics.at(0).file, m_partners);
}

void TestContentWatcher::badFileAtStartGivesTheBundledOne()
{
    QVERIFY(writeInPlace(m_partners, "{ not json"));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"partners\\.json: .*"_s));
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(u"the bundled partners\\.json is shown"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"read with 1 problem"_s));
    ContentWatcher *watcher = make();
    QVERIFY(!watcher->status().ok);
    QCOMPARE(watcher->fileInUse(ContentFile::Partners), u":/data/partners.json"_s);
    QCOMPARE(firstPartner(watcher->content()), firstPartner(ContentLoader::load().content));
}

void TestContentWatcher::deletionFallsBackToBundled()
{
    ContentWatcher *watcher = make();
    QSignalSpy changed(watcher, &ContentWatcher::contentChanged);
    QVERIFY(QFile::remove(m_partners));
    QTRY_COMPARE(watcher->fileInUse(ContentFile::Partners), u":/data/partners.json"_s);
    QCOMPARE(firstPartner(watcher->content()), firstPartner(ContentLoader::load().content));
    QCOMPARE(changed.size(), 1);
    QVERIFY(watcher->status().ok);
    QVERIFY(!watcher->watchedPaths().contains(m_partners));
}

void TestContentWatcher::newFileIsSeen()
{
    ContentWatcher *watcher = make();
    const QString reviews = m_dir->filePath(u"reviews.json"_s);
    const QByteArray bytes =
            Fixtures::ReviewsBuilder()
                    .review(Fixtures::ReviewBuilder(u"r"_s).outlet(u"A New Outlet"_s))
                    .bytes();
    QVERIFY(writeAndRename(reviews, bytes));
    QTRY_COMPARE(watcher->fileInUse(ContentFile::Reviews), reviews);
    QCOMPARE(watcher->content().reviews.items.front().outlet, u"A New Outlet"_s);
    QTRY_VERIFY(watcher->watchedPaths().contains(reviews));
    // The partners file is untouched by it.
    QCOMPARE(firstPartner(watcher->content()), u"Version 1"_s);
}

void TestContentWatcher::rapidRewrites()
{
    ContentWatcher *watcher = make();
    QSignalSpy changed(watcher, &ContentWatcher::contentChanged);
    // A hundred versions as fast as they can be written, in place and by
    // rename, with the event loop turning in between now and then.
    for (int i = 2; i <= 101; ++i) {
        const QByteArray bytes = partnersNamed(u"Version %1"_s.arg(i));
        QVERIFY(i % 2 ? writeInPlace(m_partners, bytes) : writeAndRename(m_partners, bytes));
        if (i % 10 == 0)
            QCoreApplication::processEvents();
    }
    QTRY_COMPARE(firstPartner(watcher->content()), u"Version 101"_s);
    QVERIFY(watcher->status().ok);
    // Only settled versions were read, far fewer than were written, and each
    // one shown was one of them, whole.
    QVERIFY2(changed.size() < 20, qPrintable(QString::number(changed.size())));
    for (const QList<QVariant> &arguments : std::as_const(changed))
        QVERIFY(firstPartner(arguments.at(0).value<ContentSet>()).startsWith(u"Version "_s));
    QTRY_VERIFY(watcher->watchedPaths().contains(m_partners));
    // Still watching after all that.
    QVERIFY(writeInPlace(m_partners, partnersNamed(u"Version 102"_s)));
    QTRY_COMPARE(firstPartner(watcher->content()), u"Version 102"_s);
}

void TestContentWatcher::reloadReadsAtOnce()
{
    ContentWatcher *watcher = make();
    watcher->setDebounceInterval(60 * 60 * 1000);
    QSignalSpy reloaded(watcher, &ContentWatcher::reloaded);
    QVERIFY(writeInPlace(m_partners, partnersNamed(u"Version 2"_s)));
    watcher->reload();
    QCOMPARE(firstPartner(watcher->content()), u"Version 2"_s);
    QCOMPARE(reloaded.size(), 1);
    QCOMPARE(watcher->status().attempts, 2);
    // Nothing changed: an attempt, no new content.
    QSignalSpy changed(watcher, &ContentWatcher::contentChanged);
    watcher->reload();
    QCOMPARE(changed.size(), 0);
    QCOMPARE(watcher->status().attempts, 3);
    QVERIFY(watcher->status().ok);
}

// A large file is parsed on a worker thread: its part is pending at first,
// then arrives through contentChanged() with the content and the status that
// a reading at once gives.
void TestContentWatcher::largeFileArrivesLater()
{
    const QByteArray large = largePartners(u"Large"_s);
    QVERIFY(large.size() >= LargeFile);
    QVERIFY(writeInPlace(m_partners, large));
    ContentWatcher atOnce(m_dir->path());
    atOnce.start();
    QVERIFY(atOnce.content().isComplete());
    QCOMPARE(firstPartner(atOnce.content()), u"Large"_s);

    ContentWatcher watcher(m_dir->path());
    watcher.setBackgroundParseBytes(LargeFile);
    QSignalSpy changed(&watcher, &ContentWatcher::contentChanged);
    QSignalSpy reloaded(&watcher, &ContentWatcher::reloaded);
    watcher.start();
    QVERIFY(watcher.isReading());
    QCOMPARE(watcher.content().pending, QList<ContentFile>{ContentFile::Partners});
    QVERIFY(watcher.content().partners.items.empty());
    // The other files are there at once.
    QCOMPARE(watcher.content().timeline.items.size(), atOnce.content().timeline.items.size());
    QCOMPARE(watcher.fileInUse(ContentFile::Partners), QString());
    QCOMPARE(changed.size(), 0);

    QTRY_COMPARE(changed.size(), 1);
    QVERIFY(!watcher.isReading());
    const ContentSet arrived = changed.at(0).at(0).value<ContentSet>();
    QVERIFY(arrived.isComplete());
    QCOMPARE(arrived.partners.items.size(), atOnce.content().partners.items.size());
    QCOMPARE(firstPartner(arrived), u"Large"_s);
    QCOMPARE(arrived.partners.items.back().id, atOnce.content().partners.items.back().id);
    QCOMPARE(watcher.fileInUse(ContentFile::Partners), m_partners);
    QCOMPARE(watcher.status().revision, atOnce.status().revision);
    QVERIFY(watcher.status().ok);
    QCOMPARE(watcher.status().attempts, 1);
    QCOMPARE(reloaded.size(), 2);
}

// A bad large file: the same diagnostics, warnings and fallback to the
// bundled file as a reading at once, only later.
void TestContentWatcher::badLargeFileFallsBackLater()
{
    QVERIFY(writeInPlace(m_partners, largePartners(u"Bad"_s, true)));
    const QString bundledFirst = firstPartner(ContentLoader::load().content);
    ContentWatcher::Status expected;
    QStringList expectedLines;
    {
        const WarningLog log;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"partners\\.json: .*"_s));
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(u"the bundled partners\\.json is shown"_s));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"read with 1 problem"_s));
        ContentWatcher atOnce(m_dir->path());
        atOnce.start();
        expected = atOnce.status();
        expectedLines = log.naming(m_partners);
        QCOMPARE(firstPartner(atOnce.content()), bundledFirst);
    }
    QCOMPARE(expectedLines.size(), 2);

    const WarningLog log;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"partners\\.json: .*"_s));
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(u"the bundled partners\\.json is shown"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"read with 1 problem"_s));
    ContentWatcher watcher(m_dir->path());
    watcher.setBackgroundParseBytes(LargeFile);
    QSignalSpy changed(&watcher, &ContentWatcher::contentChanged);
    watcher.start();
    QVERIFY(watcher.isReading());
    // Nothing reported yet.
    QVERIFY(watcher.status().ok);
    QVERIFY(watcher.status().rejected.isEmpty());
    QVERIFY(log.naming(m_partners).isEmpty());

    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(firstPartner(watcher.content()), bundledFirst);
    QCOMPARE(watcher.fileInUse(ContentFile::Partners), u":/data/partners.json"_s);
    QCOMPARE(log.naming(m_partners), expectedLines);
    QVERIFY(!watcher.status().ok);
    QCOMPARE(watcher.status().rejected, expected.rejected);
    QCOMPARE(lines(watcher.status().diagnostics), lines(expected.diagnostics));
    QCOMPARE(watcher.status().revision, expected.revision);
    QCOMPARE(watcher.status().failures, 1);
}

// A reading begun while a large file is parsed makes that parse stale: its
// result never reaches the content, even when it ends after the new one.
void TestContentWatcher::reloadDropsAStaleParse()
{
    QVERIFY(writeInPlace(m_partners, largePartners(u"Old"_s)));
    ContentWatcher watcher(m_dir->path());
    watcher.setBackgroundParseBytes(LargeFile);
    watcher.setDebounceInterval(60 * 60 * 1000);
    watcher.start();
    QVERIFY(watcher.isReading());
    QSignalSpy changed(&watcher, &ContentWatcher::contentChanged);
    // One turn of the event loop begins the parse on the worker thread; it
    // has not been taken yet, whether or not it has ended.
    QCoreApplication::processEvents();
    QCOMPARE(changed.size(), 0);
    QVERIFY(watcher.isReading());

    QVERIFY(writeInPlace(m_partners, largePartners(u"New"_s)));
    watcher.reload();
    QVERIFY(watcher.isReading());
    QCOMPARE(watcher.content().pending, QList<ContentFile>{ContentFile::Partners});
    QTRY_VERIFY(!watcher.isReading());
    // Both parses have ended, and whatever either posted has been delivered.
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();

    QCOMPARE(firstPartner(watcher.content()), u"New"_s);
    QVERIFY(watcher.content().isComplete());
    QCOMPARE(watcher.status().attempts, 2);
    // The reload handed on the pending content, then the new file; never the old one.
    QCOMPARE(changed.size(), 2);
    QVERIFY(!changed.at(0).at(0).value<ContentSet>().isComplete());
    QCOMPARE(firstPartner(changed.at(1).at(0).value<ContentSet>()), u"New"_s);
}

QTEST_GUILESS_MAIN(TestContentWatcher)
#include "tst_contentwatcher.moc"
