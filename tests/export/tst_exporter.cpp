#include "export/exporter.h"

#include "content/contentloader.h"
#include "models/catalog.h"
#include "models/hardwaremodel.h"
#include "views/language.h"
#include "views/theme.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "qrdecoder.h"

#include <memory>

using namespace Qt::StringLiterals;

class TestExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writesEveryFile();
    void sameCommandSameBytes_data();
    void sameCommandSameBytes();
    void scaleDoublesPixels();
    void itemChangesOutput();
    void itemNoViewHas();
    void existingFilesRefused();
    void existingFilesReplacedWhenAsked();
    void folderUnderAFile();
    void folderWithoutPermission();
    void failureMidBatchLeavesNoPartialFile();
    void cancelStopsBatch_data();
    void cancelStopsBatch();
    void stateRestored();
    void preview();
    void encodeImageHasNoMetadata();
    void qrCodesOnlyWhenAsked();

private:
    ExportRequest request(const QString &folder) const;
    static QStringList entries(const QString &folder);
    static QByteArray read(const QString &path);

    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<Language> m_language;
};

void TestExporter::initTestCase()
{
    Appearance::loadFonts();
    m_catalog = std::make_unique<Catalog>();
    m_catalog->setContent(ContentLoader::load().content);
    m_language = std::make_unique<Language>(m_catalog.get());
    QVERIFY(m_language->setLanguage(u"en"_s));
    Appearance::instance()->apply(qApp);
}

ExportRequest TestExporter::request(const QString &folder) const
{
    // Small pictures keep the suite quick; every path is the same at any size.
    ExportRequest request;
    request.views = {u"hardware"_s, u"timeline"_s};
    request.size = QSize(480, 270);
    request.outputDirectory = folder;
    return request;
}

QStringList TestExporter::entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot,
                                  QDir::Name);
}

QByteArray TestExporter::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void TestExporter::writesEveryFile()
{
    QTemporaryDir directory;
    const QString folder = directory.filePath(u"new/folder"_s);
    ExportRequest request = this->request(folder);
    request.languages = {u"en"_s, u"de"_s};
    const std::optional<ExportPlan> plan = ExportPlan::create(request);
    QVERIFY(plan);

    Exporter exporter(m_catalog.get());
    QSignalSpy started(&exporter, &Exporter::viewStarted);
    QSignalSpy written(&exporter, &Exporter::fileWritten);
    const Exporter::Result result = exporter.run(*plan);
    QVERIFY2(result.isDone(), qPrintable(result.error));
    QCOMPARE(result.status, Exporter::Status::Done);

    const QStringList expected = {u"hardware_de_480x270@1x.png"_s, u"hardware_en_480x270@1x.png"_s,
                                  u"timeline_de_480x270@1x.png"_s, u"timeline_en_480x270@1x.png"_s};
    QCOMPARE(entries(folder), expected);
    QCOMPARE(result.written.size(), 4);
    QCOMPARE(started.size(), 4);
    QCOMPARE(written.size(), 4);
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(written.at(i).at(0).toString(), plan->targets().at(i).filePath);
        QCOMPARE(written.at(i).at(1).toInt(), i + 1);
        QCOMPARE(written.at(i).at(2).toInt(), 4);
        QImageReader reader(plan->targets().at(i).filePath);
        QCOMPARE(reader.format(), QByteArray("png"));
        QCOMPARE(reader.size(), QSize(480, 270));
    }
}

void TestExporter::sameCommandSameBytes_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("png") << int(ExportRequest::Format::Png);
    QTest::newRow("jpg") << int(ExportRequest::Format::Jpeg);
    QTest::newRow("pdf") << int(ExportRequest::Format::Pdf);
    QTest::newRow("svg") << int(ExportRequest::Format::Svg);
}

void TestExporter::sameCommandSameBytes()
{
    QFETCH(int, format);
    QTemporaryDir first;
    QTemporaryDir second;
    Exporter exporter(m_catalog.get());
    ExportRequest request = this->request(first.path());
    request.format = ExportRequest::Format(format);
    request.languages = {u"en"_s, u"ja"_s};
    request.theme = Theme::Id::Light;
    QVERIFY(exporter.run(*ExportPlan::create(request)).isDone());
    request.outputDirectory = second.path();
    QVERIFY(exporter.run(*ExportPlan::create(request)).isDone());

    const QStringList files = entries(first.path());
    QCOMPARE(files.size(), 4);
    QCOMPARE(entries(second.path()), files);
    for (const QString &file : files) {
        const QByteArray bytes = read(QDir(first.path()).filePath(file));
        QVERIFY(!bytes.isEmpty());
        QVERIFY2(bytes == read(QDir(second.path()).filePath(file)), qPrintable(file));
        // Nor does the time of the run: the files hold no date, so the runs
        // need no time between them to show it.
        for (const QByteArray &stamp :
             {QByteArray("/CreationDate"), QByteArray("/ModDate"), QByteArray("tIME"),
              QDate::currentDate().toString(u"yyyyMMdd"_s).toLatin1(),
              QDate::currentDate().toString(Qt::ISODate).toLatin1()}) {
            QVERIFY2(!bytes.contains(stamp),
                     qPrintable(file + u": "_s + QString::fromLatin1(stamp)));
        }
    }
}

void TestExporter::scaleDoublesPixels()
{
    QTemporaryDir directory;
    ExportRequest request = this->request(directory.path());
    request.views = {u"partners"_s};
    request.scale = 2;
    Exporter exporter(m_catalog.get());
    const Exporter::Result result = exporter.run(*ExportPlan::create(request));
    QVERIFY2(result.isDone(), qPrintable(result.error));
    QCOMPARE(result.written, QStringList{directory.filePath(u"partners_en_480x270@2x.png"_s)});
    QCOMPARE(QImageReader(result.written.constFirst()).size(), QSize(960, 540));
}

void TestExporter::itemChangesOutput()
{
    const QString item =
            m_catalog->hardware()->index(2, 0).data(int(HardwareModel::Role::Id)).toString();
    QTemporaryDir plain;
    QTemporaryDir selected;
    Exporter exporter(m_catalog.get());
    ExportRequest request = this->request(plain.path());
    QVERIFY(exporter.run(*ExportPlan::create(request)).isDone());
    request.outputDirectory = selected.path();
    request.item = item;
    QVERIFY(exporter.run(*ExportPlan::create(request)).isDone());

    const QString hardware = u"hardware_en_480x270@1x.png"_s;
    const QString timeline = u"timeline_en_480x270@1x.png"_s;
    QVERIFY(read(QDir(plain.path()).filePath(hardware)) !=
            read(QDir(selected.path()).filePath(hardware)));
    // The timeline has no such item and is exported as it is.
    QCOMPARE(read(QDir(plain.path()).filePath(timeline)),
             read(QDir(selected.path()).filePath(timeline)));
}

void TestExporter::itemNoViewHas()
{
    QTemporaryDir directory;
    const QString folder = directory.filePath(u"out"_s);
    ExportRequest request = this->request(folder);
    request.item = u"no-such-item"_s;
    Exporter exporter(m_catalog.get());
    const Exporter::Result result = exporter.run(*ExportPlan::create(request));
    QCOMPARE(result.status, Exporter::Status::InvalidRequest);
    QVERIFY2(result.error.contains(u"no-such-item"), qPrintable(result.error));
    QVERIFY(!QFileInfo::exists(folder));
}

void TestExporter::existingFilesRefused()
{
    QTemporaryDir directory;
    const QString existing = directory.filePath(u"timeline_en_480x270@1x.png"_s);
    QFile file(existing);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("mine");
    file.close();

    Exporter exporter(m_catalog.get());
    const std::optional<ExportPlan> plan = ExportPlan::create(request(directory.path()));
    const Exporter::Result result = exporter.run(*plan);
    QCOMPARE(result.status, Exporter::Status::FilesExist);
    QCOMPARE(result.existing, QStringList{existing});
    QVERIFY2(result.error.contains(existing), qPrintable(result.error));
    QVERIFY(result.written.isEmpty());
    // Nothing written: not even the file that was free.
    QCOMPARE(entries(directory.path()), QStringList{u"timeline_en_480x270@1x.png"_s});
    QCOMPARE(read(existing), QByteArray("mine"));
}

void TestExporter::existingFilesReplacedWhenAsked()
{
    QTemporaryDir directory;
    const QString existing = directory.filePath(u"timeline_en_480x270@1x.png"_s);
    QFile file(existing);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("mine");
    file.close();

    ExportRequest request = this->request(directory.path());
    request.overwrite = true;
    Exporter exporter(m_catalog.get());
    const Exporter::Result result = exporter.run(*ExportPlan::create(request));
    QVERIFY2(result.isDone(), qPrintable(result.error));
    QCOMPARE(result.written.size(), 2);
    QVERIFY(read(existing).startsWith("\x89PNG"));
}

void TestExporter::folderUnderAFile()
{
    QTemporaryDir directory;
    const QString blocker = directory.filePath(u"file"_s);
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();

    Exporter exporter(m_catalog.get());
    const QString folder = directory.filePath(u"file/out"_s);
    const Exporter::Result result = exporter.run(*ExportPlan::create(request(folder)));
    QCOMPARE(result.status, Exporter::Status::OutputUnwritable);
    QVERIFY2(result.error.contains(folder), qPrintable(result.error));
    QVERIFY(!result.error.contains(u'\n'));
    QCOMPARE(entries(directory.path()), QStringList{u"file"_s});

    // The output folder is itself a file.
    const Exporter::Result onFile = exporter.run(*ExportPlan::create(request(blocker)));
    QCOMPARE(onFile.status, Exporter::Status::OutputUnwritable);
    QVERIFY2(onFile.error.contains(blocker), qPrintable(onFile.error));
}

void TestExporter::folderWithoutPermission()
{
    QTemporaryDir directory;
    const QString folder = directory.filePath(u"locked"_s);
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    const auto unlock = qScopeGuard([&] {
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    });
    if (QFileInfo(folder).isWritable())
        QSKIP("Running with rights that ignore folder permissions (root)");

    Exporter exporter(m_catalog.get());
    const Exporter::Result result = exporter.run(*ExportPlan::create(request(folder)));
    QCOMPARE(result.status, Exporter::Status::OutputUnwritable);
    QVERIFY2(result.error.contains(folder), qPrintable(result.error));
    QVERIFY(entries(folder).isEmpty());
}

void TestExporter::failureMidBatchLeavesNoPartialFile()
{
    // The second target's name is taken by a folder: its save fails after the
    // first file has been committed.
    QTemporaryDir directory;
    QVERIFY(QDir(directory.path()).mkdir(u"timeline_en_480x270@1x.png"_s));
    ExportRequest request = this->request(directory.path());
    request.overwrite = true;
    Exporter exporter(m_catalog.get());
    const Exporter::Result result = exporter.run(*ExportPlan::create(request));
    QCOMPARE(result.status, Exporter::Status::WriteFailed);
    const QString blocked = directory.filePath(u"timeline_en_480x270@1x.png"_s);
    QVERIFY2(result.error.startsWith(u"cannot save “%1”: "_s.arg(blocked)),
             qPrintable(result.error));
    QVERIFY2(result.error.size() > u"cannot save “%1”: "_s.arg(blocked).size(),
             "the reason follows the file name");
    QCOMPARE(result.written, QStringList{directory.filePath(u"hardware_en_480x270@1x.png"_s)});
    // The committed file is whole; no temporary file is left behind.
    QCOMPARE(entries(directory.path()),
             (QStringList{u"hardware_en_480x270@1x.png"_s, u"timeline_en_480x270@1x.png"_s}));
    QCOMPARE(QImageReader(result.written.constFirst()).size(), QSize(480, 270));
}

void TestExporter::cancelStopsBatch_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("cancelAfter"); // files written before cancel
    QTest::newRow("png before the first") << int(ExportRequest::Format::Png) << 0;
    QTest::newRow("png after the first") << int(ExportRequest::Format::Png) << 1;
    QTest::newRow("svg after the second") << int(ExportRequest::Format::Svg) << 2;
}

void TestExporter::cancelStopsBatch()
{
    QFETCH(int, format);
    QFETCH(int, cancelAfter);
    QTemporaryDir directory;
    ExportRequest request = this->request(directory.path());
    request.views = {u"hardware"_s, u"timeline"_s, u"partners"_s, u"reviews"_s};
    request.format = ExportRequest::Format(format);
    Exporter exporter(m_catalog.get());
    if (cancelAfter == 0) {
        connect(&exporter, &Exporter::viewStarted, &exporter, &Exporter::cancel);
    } else {
        connect(&exporter, &Exporter::fileWritten, &exporter, [&](const QString &, int number) {
            if (number == cancelAfter)
                exporter.cancel();
        });
    }
    const Exporter::Result result = exporter.run(*ExportPlan::create(request));
    QCOMPARE(result.status, Exporter::Status::Canceled);
    QVERIFY(exporter.isCanceled());
    QCOMPARE(result.written.size(), cancelAfter);
    QStringList expected;
    for (const QString &path : result.written)
        expected << QFileInfo(path).fileName();
    // Only the files committed before the cancel: no partial or temporary file.
    QCOMPARE(entries(directory.path()), expected);

    // The next run starts afresh.
    disconnect(&exporter, nullptr, &exporter, nullptr);
    request.overwrite = true;
    QVERIFY(exporter.run(*ExportPlan::create(request)).isDone());
    QCOMPARE(entries(directory.path()).size(), 4);
}

void TestExporter::stateRestored()
{
    QVERIFY(m_language->setLanguage(u"fr"_s));
    Appearance::instance()->setTheme(Theme::Id::HighContrast);
    Appearance::instance()->setReducedMotion(false);

    QTemporaryDir directory;
    ExportRequest request = this->request(directory.path());
    request.languages = {u"de"_s, u"ja"_s};
    request.theme = Theme::Id::Light;
    Exporter exporter(m_catalog.get());
    QVERIFY(exporter.run(*ExportPlan::create(request)).isDone());

    QCOMPARE(m_language->current(), u"fr"_s);
    QCOMPARE(m_catalog->language(), u"fr"_s);
    QCOMPARE(Appearance::instance()->theme().id, Theme::Id::HighContrast);
    QVERIFY(!Appearance::instance()->reducedMotion());

    QVERIFY(m_language->setLanguage(u"en"_s));
    Appearance::instance()->setTheme(Theme::Id::Dark);
}

void TestExporter::preview()
{
    Exporter exporter(m_catalog.get());
    ExportRequest request;
    request.size = QSize(1080, 1920);
    request.theme = Theme::Id::Light;
    request.languages = {u"de"_s};
    const QImage image = exporter.preview(u"reviews"_s, request, QSize(320, 240), 2.0);
    // 1080x1920 fitted into 320x240 is 135x240, drawn at 2 pixels per point.
    QCOMPARE(image.size(), QSize(270, 480));
    QCOMPARE(image.devicePixelRatio(), 2.0);
    QCOMPARE(m_language->current(), u"en"_s);
    QCOMPARE(Appearance::instance()->theme().id, Theme::Id::Dark);

    // The preview is in the requested theme, not the app's.
    request.theme = Theme::Id::Dark;
    const QImage dark = exporter.preview(u"reviews"_s, request, QSize(320, 240), 2.0);
    auto lightness = [](const QImage &picture) {
        qint64 sum = 0;
        for (int y = 0; y < picture.height(); ++y) {
            for (int x = 0; x < picture.width(); ++x)
                sum += qGray(picture.pixel(x, y));
        }
        return sum / (picture.width() * picture.height());
    };
    QVERIFY(lightness(image) > 128);
    QVERIFY(lightness(dark) < 128);
}

void TestExporter::encodeImageHasNoMetadata()
{
    QImage clean(64, 32, QImage::Format_RGB32);
    clean.fill(Qt::darkGreen);
    const QByteArray png = Exporter::encodeImage(clean, ExportRequest::Format::Png, 90);
    QVERIFY(png.startsWith("\x89PNG"));
    for (const char *chunk : {"tEXt", "zTXt", "iTXt", "tIME"})
        QVERIFY2(!png.contains(chunk), chunk);
    const QByteArray jpeg = Exporter::encodeImage(clean, ExportRequest::Format::Jpeg, 80);
    QVERIFY(jpeg.startsWith("\xFF\xD8"));
    QCOMPARE(jpeg, Exporter::encodeImage(clean, ExportRequest::Format::Jpeg, 80));
    QVERIFY(jpeg != Exporter::encodeImage(clean, ExportRequest::Format::Jpeg, 20));
}

void TestExporter::qrCodesOnlyWhenAsked()
{
    // Off by default, and then the files are what they always were; with
    // qrCodes the featured quote carries a code a real decoder reads back.
    if (QrDecoder::program().isEmpty())
        QFAIL("zbarimg is missing: install zbar-tools (scripts/dev test does)");
    QTemporaryDir plain;
    QTemporaryDir coded;
    Exporter exporter(m_catalog.get());
    ExportRequest request = this->request(plain.path());
    QVERIFY(!request.qrCodes);
    request.views = {u"reviews"_s};
    request.size = QSize(1920, 1080);
    QVERIFY(exporter.run(*ExportPlan::create(request)).isDone());
    request.outputDirectory = coded.path();
    request.qrCodes = true;
    QVERIFY(exporter.run(*ExportPlan::create(request)).isDone());
    const QString name = u"reviews_en_1920x1080@1x.png"_s;
    const QString withCodes = QDir(coded.path()).filePath(name);
    const QString without = QDir(plain.path()).filePath(name);
    QVERIFY(read(withCodes) != read(without));
    QString error;
    QCOMPARE(QrDecoder::decodeFile(withCodes, &error),
             QStringList{u"https://blogs.nvidia.com/blog/live-dgx-spark-delivery/"_s});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(QrDecoder::decodeFile(without, &error), QStringList());
}

QTEST_MAIN(TestExporter)
#include "tst_exporter.moc"
