#include "kiosk/snapshotwriter.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QWidget>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

// Records the thread its paint ran on; the snapshot grabs it.
class Painted : public QWidget
{
public:
    QThread *paintedOn = nullptr;

protected:
    void paintEvent(QPaintEvent *) override { paintedOn = QThread::currentThread(); }
};

} // namespace

class TestSnapshotWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void writesAPngOfTheWindow();
    void operatorSnapshotsAreRateLimited();
    void periodicSnapshotsAreNotRateLimited();
    void oneAtATime();
    void folderKeepsTheNewest();
    void leavesOtherFilesAlone();
    void refusesAnOpenFolder();
    void refusesWithoutFolder();

private:
    bool saveAndWait(const QString &name,
                     SnapshotWriter::Kind kind = SnapshotWriter::Kind::Operator);

    std::unique_ptr<QTemporaryDir> m_dir;
    Painted *m_window = nullptr;
    SnapshotWriter *m_writer = nullptr;
    qint64 m_now = 1000000;
};

void TestSnapshotWriter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_window = new Painted;
    m_window->resize(320, 200);
    m_writer = new SnapshotWriter;
    m_writer->setFolder(m_dir->filePath(u"snaps"_s));
    m_writer->setClock([this] { return m_now; });
}

void TestSnapshotWriter::cleanup()
{
    delete m_writer;
    delete m_window;
}

bool TestSnapshotWriter::saveAndWait(const QString &name, SnapshotWriter::Kind kind)
{
    QSignalSpy saved(m_writer, &SnapshotWriter::saved);
    QString error;
    if (!m_writer->save(m_window, name, kind, &error))
        return false;
    return saved.wait(5000);
}

void TestSnapshotWriter::writesAPngOfTheWindow()
{
    QSignalSpy saved(m_writer, &SnapshotWriter::saved);
    QString error;
    QVERIFY2(m_writer->save(m_window, u"spark-showcase-a.png"_s, SnapshotWriter::Kind::Operator,
                            &error),
             qPrintable(error));
    // Grabbed at once, on the GUI thread; written later, elsewhere.
    QCOMPARE(m_window->paintedOn, QThread::currentThread());
    QVERIFY(saved.wait(5000));
    const QString path = m_dir->filePath(u"snaps/spark-showcase-a.png"_s);
    QCOMPARE(saved.at(0).at(0).toString(), path);
    const QImage image(path);
    QCOMPARE(image.size(), m_window->size() * m_window->devicePixelRatio());
    struct stat info = {};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
    QCOMPARE(info.st_mode & 07777, mode_t(0644));
}

void TestSnapshotWriter::operatorSnapshotsAreRateLimited()
{
    QVERIFY(saveAndWait(u"spark-showcase-1.png"_s));
    // Forty presses within the next ten seconds write nothing more.
    QString error;
    for (int i = 0; i < 40; ++i) {
        m_now += 240;
        QVERIFY(!m_writer->save(m_window, u"spark-showcase-x%1.png"_s.arg(i),
                                SnapshotWriter::Kind::Operator, &error));
    }
    QVERIFY2(error.startsWith(u"one snapshot every 10 s at most"_s), qPrintable(error));
    QCOMPARE(SnapshotWriter::snapshotFiles(m_writer->folder()).size(), 1);
    m_now += 400; // 10 s after the first
    QVERIFY(saveAndWait(u"spark-showcase-2.png"_s));
    QCOMPARE(SnapshotWriter::snapshotFiles(m_writer->folder()).size(), 2);
}

void TestSnapshotWriter::periodicSnapshotsAreNotRateLimited()
{
    QVERIFY(saveAndWait(u"spark-showcase-1.png"_s));
    QVERIFY(saveAndWait(u"spark-showcase-latest.png"_s, SnapshotWriter::Kind::Periodic));
    QVERIFY(saveAndWait(u"spark-showcase-latest.png"_s, SnapshotWriter::Kind::Periodic));
    QCOMPARE(SnapshotWriter::snapshotFiles(m_writer->folder()).size(), 2);
}

void TestSnapshotWriter::oneAtATime()
{
    m_window->resize(2000, 2000); // slow enough to encode
    QString error;
    QVERIFY(m_writer->save(m_window, u"spark-showcase-1.png"_s, SnapshotWriter::Kind::Periodic,
                           &error));
    QVERIFY(m_writer->isBusy());
    QVERIFY(!m_writer->save(m_window, u"spark-showcase-2.png"_s, SnapshotWriter::Kind::Periodic,
                            &error));
    QCOMPARE(error, u"the previous snapshot is still being written"_s);
    m_writer->waitForFinished();
}

void TestSnapshotWriter::folderKeepsTheNewest()
{
    m_writer->setKeep(3);
    QStringList names;
    for (int i = 0; i < 6; ++i) {
        m_now += 10000;
        const QString name = u"spark-showcase-%1.png"_s.arg(i);
        QVERIFY(saveAndWait(name));
        names.append(name);
        // Distinct modification times, newest last.
        QFile file(m_dir->filePath(u"snaps/"_s + name));
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(i - 100),
                                 QFileDevice::FileModificationTime));
    }
    const QStringList kept = QDir(m_writer->folder()).entryList(QDir::Files, QDir::Name);
    QCOMPARE(kept, (QStringList{u"spark-showcase-3.png"_s, u"spark-showcase-4.png"_s,
                                u"spark-showcase-5.png"_s}));
}

void TestSnapshotWriter::leavesOtherFilesAlone()
{
    QVERIFY(QDir().mkpath(m_writer->folder()));
    QFile other(m_writer->folder() + u"/notes.txt"_s);
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.close();
    m_writer->setKeep(1);
    for (int i = 0; i < 3; ++i) {
        m_now += 10000;
        QVERIFY(saveAndWait(u"spark-showcase-%1.png"_s.arg(i)));
    }
    QCOMPARE(QDir(m_writer->folder()).entryList(QDir::Files).size(), 2);
    QVERIFY(other.exists());
}

void TestSnapshotWriter::refusesAnOpenFolder()
{
    QVERIFY(QDir().mkpath(m_writer->folder()));
    QCOMPARE(::chmod(QFile::encodeName(m_writer->folder()).constData(), 0777), 0);
    QSignalSpy failed(m_writer, &SnapshotWriter::failed);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Cannot save the snapshot"_s));
    QVERIFY(m_writer->save(m_window, u"spark-showcase-1.png"_s, SnapshotWriter::Kind::Operator));
    QVERIFY(failed.wait(5000));
    QVERIFY2(failed.at(0).at(1).toString().contains(u"can be written by others"_s),
             qPrintable(failed.at(0).at(1).toString()));
    QVERIFY(SnapshotWriter::snapshotFiles(m_writer->folder()).isEmpty());
}

void TestSnapshotWriter::refusesWithoutFolder()
{
    m_writer->setFolder(QString());
    QString error;
    QVERIFY(!m_writer->save(m_window, u"spark-showcase-1.png"_s, SnapshotWriter::Kind::Operator,
                            &error));
    QCOMPARE(error, u"no snapshot folder"_s);
}

QTEST_MAIN(TestSnapshotWriter)
#include "tst_snapshotwriter.moc"
