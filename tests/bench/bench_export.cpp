// How long an export of all four views at 1080p takes, next to the naive way
// of getting the same pictures: grabbing a 1080p window four times and
// encoding each grab as PNG, one after the other. Goal: the export takes at
// most 1.2 times as long, although it also lays out four views, draws each
// at the requested size and saves the files.
//
//   build/tests/bench/bench_export -iterations 3
#include "content/contentloader.h"
#include "export/exporter.h"
#include "export/exportplan.h"
#include "models/catalog.h"
#include "views/language.h"
#include "views/showcaseview.h"
#include "views/theme.h"
#include "views/viewregistry.h"

#include <QApplication>
#include <QBuffer>
#include <QImageWriter>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class BenchExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void grabAndEncodeOneWindowFourTimes();
    void exportFourViews();

private:
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<Language> m_language;
};

void BenchExport::initTestCase()
{
    Appearance::loadFonts();
    m_catalog = std::make_unique<Catalog>();
    m_catalog->setContent(ContentLoader::load().content);
    m_language = std::make_unique<Language>(m_catalog.get());
    QVERIFY(m_language->setLanguage(u"en"_s));
    Appearance::instance()->setTheme(Theme::Id::Dark);
    Appearance::instance()->setReducedMotion(true);
    Appearance::instance()->apply(qApp);
}

void BenchExport::grabAndEncodeOneWindowFourTimes()
{
    std::unique_ptr<ShowcaseView> view(ViewRegistry::create(u"hardware"_s, m_catalog.get()));
    view->setAttribute(Qt::WA_DontShowOnScreen);
    view->resize(1920, 1080);
    view->show();
    QCoreApplication::processEvents();
    qint64 bytes = 0;
    QBENCHMARK
    {
        for (int i = 0; i < 4; ++i) {
            const QImage image = view->grab().toImage();
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            QImageWriter writer(&buffer, "png");
            QVERIFY(writer.write(image));
            bytes += png.size();
        }
    }
    QVERIFY(bytes > 0);
}

void BenchExport::exportFourViews()
{
    QTemporaryDir directory;
    ExportRequest request;
    request.views = ViewRegistry::names();
    request.outputDirectory = directory.path();
    request.overwrite = true;
    const std::optional<ExportPlan> plan = ExportPlan::create(request);
    QVERIFY(plan);
    Exporter exporter(m_catalog.get());
    QBENCHMARK
    {
        const Exporter::Result result = exporter.run(*plan);
        QVERIFY2(result.isDone(), qPrintable(result.error));
    }
}

QTEST_MAIN(BenchExport)
#include "bench_export.moc"
