#include "kiosk/pathtrust.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

class TestPathTrust : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void privateFileIsTrusted();
    void writableFileIsRefused_data();
    void writableFileIsRefused();
    void writableFolderIsRefused_data();
    void writableFolderIsRefused();
    void symlinkIntoAnOpenFolderIsRefused();
    void missingFileIsReported();
    void foreignOwnerIsRefused();
    void writingChecksTheFolderAndTheFile();
    void makeFolderIgnoresTheUmask();
    void writeFileIsAtomicWithItsMode();
    void writeFileRefusesAnOpenFolder();

private:
    QString makeFile(const QString &name, mode_t mode);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestPathTrust::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QCOMPARE(::chmod(QFile::encodeName(m_dir->path()).constData(), 0700), 0);
}

QString TestPathTrust::makeFile(const QString &name, mode_t mode)
{
    const QString path = m_dir->filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write("[operator]\n");
    file.close();
    ::chmod(QFile::encodeName(path).constData(), mode);
    return path;
}

void TestPathTrust::privateFileIsTrusted()
{
    for (mode_t mode : {0600, 0644, 0400, 0444, 0700}) {
        const QString path = makeFile(u"kiosk-%1.ini"_s.arg(mode, 0, 8), mode);
        const QString problem = PathTrust::checkFile(path);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
}

void TestPathTrust::writableFileIsRefused_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("group-writable") << 0664;
    QTest::newRow("world-writable") << 0646;
    QTest::newRow("everyone") << 0666;
    QTest::newRow("group only") << 0620;
}

void TestPathTrust::writableFileIsRefused()
{
    QFETCH(int, mode);
    const QString path = makeFile(u"kiosk.ini"_s, mode_t(mode));
    const QString problem = PathTrust::checkFile(path);
    QVERIFY2(problem.startsWith(path + u" can be written by others than its owner and root"_s),
             qPrintable(problem));
    QVERIFY2(problem.contains(u"mode 0%1"_s.arg(mode, 0, 8)), qPrintable(problem));
}

void TestPathTrust::writableFolderIsRefused_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("group-writable") << 0775;
    QTest::newRow("world-writable") << 0777;
    // Like /tmp: the sticky bit keeps others from deleting the file, not
    // from having put it there first.
    QTest::newRow("sticky world-writable") << 01777;
}

void TestPathTrust::writableFolderIsRefused()
{
    QFETCH(int, mode);
    const QString path = makeFile(u"conf/kiosk.ini"_s, 0600);
    const QString folder = m_dir->filePath(u"conf"_s);
    QCOMPARE(::chmod(QFile::encodeName(folder).constData(), mode_t(mode)), 0);
    const QString problem = PathTrust::checkFile(path);
    QVERIFY2(problem.startsWith(folder + u" can be written by others"_s), qPrintable(problem));
    QVERIFY(!PathTrust::checkFolder(folder).isEmpty());
    QCOMPARE(::chmod(QFile::encodeName(folder).constData(), 0755), 0);
    QVERIFY(PathTrust::checkFile(path).isEmpty());
}

void TestPathTrust::symlinkIntoAnOpenFolderIsRefused()
{
    const QString target = makeFile(u"open/kiosk.ini"_s, 0600);
    const QString open = m_dir->filePath(u"open"_s);
    QCOMPARE(::chmod(QFile::encodeName(open).constData(), 0777), 0);
    const QString link = m_dir->filePath(u"kiosk.ini"_s);
    QVERIFY(QFile::link(target, link));
    const QString problem = PathTrust::checkFile(link);
    QVERIFY2(problem.startsWith(open + u" can be written"_s), qPrintable(problem));
}

void TestPathTrust::missingFileIsReported()
{
    const QString path = m_dir->filePath(u"absent.ini"_s);
    const QString problem = PathTrust::checkFile(path);
    QVERIFY2(problem.startsWith(u"cannot check "_s + path), qPrintable(problem));
}

void TestPathTrust::foreignOwnerIsRefused()
{
    if (::geteuid() != 0)
        QSKIP("only root can give a file to another user");
    const QString path = makeFile(u"kiosk.ini"_s, 0600);
    QCOMPARE(::chown(QFile::encodeName(path).constData(), 65534, 65534), 0);
    const QString problem = PathTrust::checkFile(path);
    QVERIFY2(problem.startsWith(path + u" belongs to user 65534"_s), qPrintable(problem));
}

void TestPathTrust::writingChecksTheFolderAndTheFile()
{
    const QString fresh = m_dir->filePath(u"beat"_s);
    QVERIFY(PathTrust::checkForWriting(fresh).isEmpty());
    const QString open = makeFile(u"open-file"_s, 0666);
    QVERIFY(!PathTrust::checkForWriting(open).isEmpty());
    const QString nowhere = m_dir->filePath(u"no/such/folder/beat"_s);
    QVERIFY2(PathTrust::checkForWriting(nowhere).startsWith(u"cannot check"_s),
             qPrintable(PathTrust::checkForWriting(nowhere)));
}

void TestPathTrust::makeFolderIgnoresTheUmask()
{
    const mode_t previous = ::umask(0);
    const QString folder = m_dir->filePath(u"a/b/c"_s);
    const QString problem = PathTrust::makeFolder(folder);
    ::umask(previous);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    for (const QString &level : {u"a"_s, u"a/b"_s, u"a/b/c"_s}) {
        struct stat info = {};
        QCOMPARE(::stat(QFile::encodeName(m_dir->filePath(level)).constData(), &info), 0);
        QCOMPARE(info.st_mode & 07777, mode_t(0755));
    }
}

void TestPathTrust::writeFileIsAtomicWithItsMode()
{
    const mode_t previous = ::umask(0);
    const QString path = m_dir->filePath(u"state/lockout"_s);
    QString problem = PathTrust::writeFile(path, "first\n", 0600);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // Replacing a file keeps no trace of its old mode either.
    ::chmod(QFile::encodeName(path).constData(), 0644);
    problem = PathTrust::writeFile(path, "second\n", 0600);
    ::umask(previous);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("second\n"));
    struct stat info = {};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
    QCOMPARE(info.st_mode & 07777, mode_t(0600));
    QCOMPARE(QDir(m_dir->filePath(u"state"_s)).entryList(QDir::Files | QDir::Hidden),
             QStringList{u"lockout"_s});
}

void TestPathTrust::writeFileRefusesAnOpenFolder()
{
    const QString folder = m_dir->filePath(u"shared"_s);
    QVERIFY(QDir().mkpath(folder));
    QCOMPARE(::chmod(QFile::encodeName(folder).constData(), 0777), 0);
    const QString path = folder + u"/heartbeat"_s;
    const QString problem = PathTrust::writeFile(path, "x", 0644);
    QVERIFY2(problem.startsWith(folder + u" can be written by others"_s), qPrintable(problem));
    QVERIFY(!QFileInfo::exists(path));
}

QTEST_GUILESS_MAIN(TestPathTrust)
#include "tst_pathtrust.moc"
