#include "contentsource.h"

#include "content/contentwatcher.h"
#include "contentgenerator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

QByteArray bundled(const QString &name)
{
    QFile file(u":/data/"_s + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The bundled partners.json with its first partner renamed \a name, or of a
// category that does not exist when \a name is empty.
QByteArray partners(const QString &name)
{
    QJsonObject root = QJsonDocument::fromJson(bundled(u"partners.json"_s)).object();
    QJsonArray items = root.value(u"items").toArray();
    QJsonObject first = items.at(0).toObject();
    if (name.isEmpty()) {
        first.insert(u"category"_s, u"no-such-category"_s);
    } else {
        QJsonObject names = first.value(u"name").toObject();
        names.insert(u"en"_s, name);
        first.insert(u"name"_s, names);
    }
    items.replace(0, first);
    root.insert(u"items"_s, items);
    return QJsonDocument(root).toJson();
}

bool write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

// Generated timeline and partners files over ContentSource::BackgroundParseBytes,
// the partners with a first partner of a category that does not exist.
bool writeLargeFiles(const QString &folder)
{
    QJsonObject partners = ContentGenerator::partners(3000);
    QJsonArray items = partners.value(u"items").toArray();
    QJsonObject first = items.at(0).toObject();
    first.insert(u"category"_s, u"no-such-category"_s);
    items.replace(0, first);
    partners.insert(u"items"_s, items);
    const QByteArray timeline =
            QJsonDocument(ContentGenerator::timeline(3000)).toJson(QJsonDocument::Compact);
    const QByteArray bad = QJsonDocument(partners).toJson(QJsonDocument::Compact);
    return timeline.size() >= ContentSource::BackgroundParseBytes &&
           bad.size() >= ContentSource::BackgroundParseBytes &&
           write(QDir(folder).filePath(u"timeline.json"_s), timeline) &&
           write(QDir(folder).filePath(u"partners.json"_s), bad);
}

QString firstPartner(const ContentSet &content)
{
    return content.partners.items.empty() ? QString()
                                          : content.partners.items.front().name.english();
}

} // namespace

class TestContentSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void startsWithTheBundledContent();
    void remembersTheChosenFolder();
    void commandLineWinsAndIsNotRemembered();
    void rememberedFolderThatIsGoneFallsBack();
    void badFileKeepsItsLastGoodVersion();
    void badFileThatNeverWasGoodShowsTheBundledOne();
    void folderThatCannotServeSaysWhy();
    void unreadableFolderSaysWhy();
    void reloadFindsAFolderThatCameBack();
    void followsTheFolderOnDisk();
    void largeFilesArriveAfterTheStart();
    void whenCompleteWaitsForTheLargeFiles();

private:
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<QSettings> m_settings;
};

void TestContentSource::init()
{
    m_settings.reset();
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_settings =
            std::make_unique<QSettings>(m_home->filePath(u"settings.ini"_s), QSettings::IniFormat);
}

void TestContentSource::startsWithTheBundledContent()
{
    ContentSource source(m_settings.get());
    source.start();
    QVERIFY(source.isBundled());
    QVERIFY(!source.watcher());
    QVERIFY(source.problems().isEmpty());
    QVERIFY(source.startNotice().isEmpty());
    QCOMPARE(firstPartner(source.content()), firstPartner(ContentLoader::load().content));
}

void TestContentSource::remembersTheChosenFolder()
{
    QTemporaryDir folder;
    QVERIFY(write(folder.filePath(u"partners.json"_s), partners(u"Chosen"_s)));
    {
        ContentSource source(m_settings.get());
        source.start();
        QSignalSpy changed(&source, &ContentSource::contentChanged);
        source.openFolder(folder.path());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(source.folder(), folder.path());
        QCOMPARE(firstPartner(source.content()), u"Chosen"_s);
        QVERIFY(source.problems().isEmpty());
    }
    // The next start, from what was written to the file.
    QSettings reread(m_home->filePath(u"settings.ini"_s), QSettings::IniFormat);
    QCOMPARE(reread.value(ContentSource::SettingsKey).toString(), folder.path());
    {
        ContentSource source(&reread);
        source.start();
        QCOMPARE(source.folder(), folder.path());
        QCOMPARE(firstPartner(source.content()), u"Chosen"_s);
        // And back to the bundled content, remembered too.
        QSignalSpy changed(&source, &ContentSource::contentChanged);
        source.useBundled();
        QCOMPARE(changed.size(), 1);
        QVERIFY(source.isBundled());
        QVERIFY(!reread.contains(ContentSource::SettingsKey));
        QCOMPARE(firstPartner(source.content()), firstPartner(ContentLoader::load().content));
    }
    ContentSource source(m_settings.get());
    source.start();
    QVERIFY(source.isBundled());
}

void TestContentSource::commandLineWinsAndIsNotRemembered()
{
    QTemporaryDir remembered;
    QTemporaryDir given;
    QVERIFY(write(remembered.filePath(u"partners.json"_s), partners(u"Remembered"_s)));
    QVERIFY(write(given.filePath(u"partners.json"_s), partners(u"Given"_s)));
    m_settings->setValue(ContentSource::SettingsKey, remembered.path());

    ContentSource source(m_settings.get());
    source.start(given.path());
    QCOMPARE(source.folder(), given.path());
    QCOMPARE(firstPartner(source.content()), u"Given"_s);
    source.reload();
    QCOMPARE(m_settings->value(ContentSource::SettingsKey).toString(), remembered.path());

    // Without settings (the kiosk) only the command line counts.
    ContentSource kiosk(nullptr);
    kiosk.start();
    QVERIFY(kiosk.isBundled());
}

void TestContentSource::rememberedFolderThatIsGoneFallsBack()
{
    const QString gone = m_home->filePath(u"unplugged"_s);
    m_settings->setValue(ContentSource::SettingsKey, gone);
    ContentSource source(m_settings.get());
    QTest::ignoreMessage(QtWarningMsg,
                         qPrintable(u"The content folder %1 no longer exists; the bundled "
                                    "content is shown."_s.arg(QDir::toNativeSeparators(gone))));
    source.start();
    QVERIFY(source.isBundled());
    QVERIFY(source.startNotice().contains(QDir::toNativeSeparators(gone)));
    QVERIFY(!m_settings->contains(ContentSource::SettingsKey));
}

void TestContentSource::badFileKeepsItsLastGoodVersion()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(u"partners.json"_s);
    QVERIFY(write(path, partners(u"Good"_s)));
    ContentSource source(m_settings.get());
    source.start();
    source.openFolder(folder.path());
    QCOMPARE(firstPartner(source.content()), u"Good"_s);

    QVERIFY(write(path, partners(QString())));
    QSignalSpy status(&source, &ContentSource::statusChanged);
    QSignalSpy changed(&source, &ContentSource::contentChanged);
    source.reload();
    QVERIFY(status.size() >= 1);
    QCOMPARE(changed.size(), 0);
    QVERIFY(!source.problems().isEmpty());
    QCOMPARE(source.problems().constFirst().file, path);
    QCOMPARE(source.problems().constFirst().pointer, u"/items/0/category"_s);
    QCOMPARE(firstPartner(source.content()), u"Good"_s);
    const QList<std::pair<QString, bool>> rejected = source.rejectedFiles();
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(rejected.constFirst().first, path);
    QVERIFY(rejected.constFirst().second);
    QVERIFY(!source.folderUnusable());

    // Fixed: the problems go, the new content comes.
    QVERIFY(write(path, partners(u"Fixed"_s)));
    source.reload();
    QVERIFY(source.problems().isEmpty());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(firstPartner(source.content()), u"Fixed"_s);
}

void TestContentSource::badFileThatNeverWasGoodShowsTheBundledOne()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(u"partners.json"_s);
    QVERIFY(write(path, partners(QString())));
    ContentSource source(m_settings.get());
    source.openFolder(folder.path());
    QCOMPARE(firstPartner(source.content()), firstPartner(ContentLoader::load().content));
    QCOMPARE(source.problems().constFirst().toString(),
             path + u": /items/0/category: "_s + source.problems().constFirst().message);
    const QList<std::pair<QString, bool>> rejected = source.rejectedFiles();
    QCOMPARE(rejected.size(), 1);
    QVERIFY(!rejected.constFirst().second);
}

void TestContentSource::folderThatCannotServeSaysWhy()
{
    ContentSource source(m_settings.get());
    const QString missing = m_home->filePath(u"missing"_s);
    source.openFolder(missing);
    QCOMPARE(source.folder(), missing);
    QVERIFY(source.folderUnusable());
    QCOMPARE(source.problems().size(), 1);
    QCOMPARE(source.problems().constFirst().toString(), missing + u": the folder does not exist"_s);
    QCOMPARE(firstPartner(source.content()), firstPartner(ContentLoader::load().content));

    const QString file = m_home->filePath(u"settings.ini"_s);
    m_settings->sync();
    source.openFolder(file);
    QCOMPARE(source.problems().constFirst().toString(), file + u": is not a folder"_s);

    QTemporaryDir empty;
    source.openFolder(empty.path());
    QCOMPARE(source.problems().size(), 1);
    QVERIFY(source.problems().constFirst().toString().startsWith(
            empty.path() + u": holds none of the content files ("_s));
}

void TestContentSource::unreadableFolderSaysWhy()
{
    if (::geteuid() == 0)
        QSKIP("root reads every folder");
    QTemporaryDir folder;
    QVERIFY(write(folder.filePath(u"partners.json"_s), partners(u"Hidden"_s)));
    QVERIFY(QFile::setPermissions(folder.path(), QFileDevice::Permissions()));
    ContentSource source(m_settings.get());
    source.openFolder(folder.path());
    QVERIFY(QFile::setPermissions(folder.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                         QFileDevice::ExeOwner));
    QVERIFY(source.folderUnusable());
    QCOMPARE(source.problems().constFirst().toString(),
             folder.path() + u": cannot be read: Permission denied"_s);
}

void TestContentSource::reloadFindsAFolderThatCameBack()
{
    const QString later = m_home->filePath(u"later"_s);
    ContentSource source(m_settings.get());
    source.openFolder(later);
    QVERIFY(source.folderUnusable());
    QVERIFY(QDir().mkpath(later));
    QVERIFY(write(later + u"/partners.json"_s, partners(u"Back"_s)));
    QSignalSpy changed(&source, &ContentSource::contentChanged);
    source.reload();
    QCOMPARE(changed.size(), 1);
    QVERIFY(!source.folderUnusable());
    QVERIFY(source.problems().isEmpty());
    QCOMPARE(firstPartner(source.content()), u"Back"_s);
}

void TestContentSource::followsTheFolderOnDisk()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(u"partners.json"_s);
    QVERIFY(write(path, partners(u"First"_s)));
    ContentSource source(m_settings.get());
    source.openFolder(folder.path());
    QVERIFY(source.watcher());
    source.watcher()->setDebounceInterval(50);
    QSignalSpy changed(&source, &ContentSource::contentChanged);
    QVERIFY(write(path, partners(u"Second"_s)));
    QTRY_COMPARE(firstPartner(source.content()), u"Second"_s);
    QCOMPARE(changed.size(), 1);
    QVERIFY(write(path, partners(QString())));
    QTRY_VERIFY(!source.problems().isEmpty());
    QCOMPARE(firstPartner(source.content()), u"Second"_s);
}

// whenComplete() runs at once when nothing is being read, else once, after the
// last large file has arrived; and not at all when its context is gone.
void TestContentSource::whenCompleteWaitsForTheLargeFiles()
{
    ContentSource bundled(m_settings.get());
    bundled.start();
    int now = 0;
    bundled.whenComplete(&bundled, [&now] { ++now; });
    QCOMPARE(now, 1);

    QTemporaryDir folder;
    QVERIFY(writeLargeFiles(folder.path()));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"partners\\.json: .*"_s));
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(u"the bundled partners\\.json is shown"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"read with 1 problem"_s));
    ContentSource source(m_settings.get());
    source.start(folder.path());
    QVERIFY(source.isLoading());
    int complete = 0;
    bool loadingWhenRun = true;
    source.whenComplete(&source, [&] {
        ++complete;
        loadingWhenRun = source.isLoading();
    });
    auto *gone = new QObject;
    int afterGone = 0;
    source.whenComplete(gone, [&afterGone] { ++afterGone; });
    delete gone;
    QCOMPARE(complete, 0);
    QTRY_COMPARE(complete, 1);
    QVERIFY(!loadingWhenRun);
    QCOMPARE(afterGone, 0);
    // A later reading, read to its end, runs nothing again.
    source.reload();
    QTRY_VERIFY(!source.isLoading());
    QCOMPARE(complete, 1);
}

// Large files are pending at start and arrive through contentChanged(), their
// problems through statusChanged(), as a reading at once reports them.
void TestContentSource::largeFilesArriveAfterTheStart()
{
    QTemporaryDir folder;
    QVERIFY(writeLargeFiles(folder.path()));
    const QString partnersPath = folder.filePath(u"partners.json"_s);
    const ContentLoader::CheckResult check = ContentLoader::check(folder.path());
    QCOMPARE(check.diagnostics.size(), 1);

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"partners\\.json: .*"_s));
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(u"the bundled partners\\.json is shown"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"read with 1 problem"_s));
    ContentSource source(m_settings.get());
    QSignalSpy changed(&source, &ContentSource::contentChanged);
    source.start(folder.path());
    QVERIFY(source.isLoading());
    QCOMPARE(source.content().pending,
             (QList<ContentFile>{ContentFile::Timeline, ContentFile::Partners}));
    QVERIFY(source.content().timeline.items.empty());
    QVERIFY(!source.content().hardware.items.empty());
    QVERIFY(source.problems().isEmpty());

    QTRY_COMPARE(changed.size(), 1);
    QVERIFY(!source.isLoading());
    QCOMPARE(source.content().timeline.items.size(), size_t(3000));
    QCOMPARE(firstPartner(source.content()), firstPartner(ContentLoader::load().content));
    QCOMPARE(source.problems().size(), 1);
    QCOMPARE(source.problems().constFirst().toString(), check.diagnostics.constFirst().toString());
    const QList<std::pair<QString, bool>> rejected = source.rejectedFiles();
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(rejected.constFirst().first, partnersPath);
    QVERIFY(!rejected.constFirst().second);
}

QTEST_MAIN(TestContentSource)
#include "tst_contentsource.moc"
