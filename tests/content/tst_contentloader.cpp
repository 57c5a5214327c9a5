#include "content/contentloader.h"

#include <QDir>
#include <QFile>
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
    void loadsBundledContent();
    void bundledContentHoldsTheFactSheet();
    void overridesFileByFile();
    void badOverrideFallsBack_data();
    void badOverrideFallsBack();
    void refusesOversizeFiles();
    void checksDirectories();
    void reportsMissingDirectory();
    void checksFolders();
    void reportsEmptyDirectory();
};

void TestContentLoader::loadsBundledContent()
{
    const ContentLoader::Result result = ContentLoader::load();
    QVERIFY2(result.diagnostics.isEmpty(), qPrintable(joined(result.diagnostics)));
    QVERIFY(result.overridden.isEmpty());
    QVERIFY(result.content.hardware.items.size() >= 12);
    QVERIFY(result.content.timeline.items.size() >= 11);
    QVERIFY(result.content.partners.items.size() > 30);
    QVERIFY(result.content.reviews.items.size() >= 15);
}

void TestContentLoader::bundledContentHoldsTheFactSheet()
{
    const ContentSet content = ContentLoader::load().content;

    // Section A: every specification, in the words of the fact sheet.
    QStringList values;
    for (const HardwareItem &item : content.hardware.items)
        values.append(item.value.english());
    const QString all = values.join(u'\n');
    for (const QString &fact :
         {u"TSMC 3 nm; MediaTek-built CPU die + NVIDIA GPU die"_s,
          u"10 Cortex-X925 + 10 Cortex-A725"_s, u"6,144 CUDA cores, 5th-generation Tensor Cores"_s,
          u"1 PFLOP at FP4 with sparsity"_s, u"about 1,000 TOPS"_s, u"about 31 TFLOPS FP32"_s,
          u"128 GB LPDDR5x, 256-bit, 273 GB/s"_s,
          // What the cited blog says; it names no PCIe generation.
          u"5× PCIe bandwidth"_s, u"1 TB or 4 TB, self-encrypting, M.2 2242"_s,
          u"2× QSFP, 200 Gb/s"_s, u"10 Gigabit Ethernet"_s, u"Wi-Fi 7, Bluetooth 5.4"_s,
          u"4× USB-C, one of them the power input"_s, u"1× HDMI 2.1a"_s,
          u"240 W external USB-C supply; GB10 TDP 140 W"_s, u"150 × 150 × 50.5 mm, 1.2 kg"_s,
          u"Ubuntu 24.04"_s, u"NIM microservices"_s, u"Inference up to 200B parameters at FP4"_s,
          u"two linked units up to 405B"_s, u"Up to 70B parameters on one unit"_s,
          u"$3,999 (Founders Edition, 4 TB)"_s, u"$4,699 from February 2026"_s, u"FLUX.1"_s,
          u"NVIDIA Cosmos"_s, u"Qwen3"_s}) {
        QVERIFY2(all.contains(fact), qPrintable(fact));
    }

    // Section B: the then-and-now numbers, with the approximate weight marked.
    QHash<QString, QPair<double, double>> numbers;
    for (const ComparisonMetric &metric : content.hardware.metrics)
        numbers.insert(metric.id, {metric.values.at(0).value, metric.values.at(1).value});
    QCOMPARE(numbers.value(u"price"_s), qMakePair(129000.0, 3999.0));
    QCOMPARE(numbers.value(u"power"_s), qMakePair(3200.0, 240.0));
    QCOMPARE(numbers.value(u"weight"_s), qMakePair(60.0, 1.2));
    QCOMPARE(numbers.value(u"memory"_s), qMakePair(128.0, 128.0));
    QCOMPARE(numbers.value(u"ai-compute"_s), qMakePair(170.0, 1000.0));
    for (const ComparisonMetric &metric : content.hardware.metrics) {
        if (metric.id == u"weight")
            QCOMPARE(metric.values.at(0).confidence, Confidence::Low);
        if (metric.id == u"ai-compute") {
            QCOMPARE(metric.values.at(0).label.english(), u"FP16"_s);
            QCOMPARE(metric.values.at(1).label.english(), u"FP4 with sparsity"_s);
        }
    }

    // Section C: every event on its date.
    QHash<QString, QString> dates;
    for (const TimelineEvent &event : content.timeline.items)
        dates.insert(event.id, event.date.toIsoString());
    const QList<QPair<QString, QString>> events = {
            {u"dgx1-announced"_s, u"2016-04-05"_s},    {u"dgx1-openai"_s, u"2016-08"_s},
            {u"ces-digits"_s, u"2025-01-06"_s},        {u"gtc-dgx-spark"_s, u"2025-03-18"_s},
            {u"computex-partners"_s, u"2025-05-19"_s}, {u"hot-chips"_s, u"2025-08"_s},
            {u"starbase-delivery"_s, u"2025-10-13"_s}, {u"starship-flight-11"_s, u"2025-10-13"_s},
            {u"openai-delivery"_s, u"2025-10"_s},      {u"general-availability"_s, u"2025-10-15"_s},
            {u"robot-deliveries"_s, u"2025-10"_s},     {u"price-change"_s, u"2026-02"_s}};
    for (const auto &[id, date] : events)
        QCOMPARE(dates.value(id), date);
    for (const TimelineEvent &event : content.timeline.items) {
        if (event.id == u"starbase-delivery") {
            QVERIFY(event.quote.has_value());
            QCOMPARE(
                    event.quote->text,
                    u"Imagine delivering the smallest supercomputer next to the biggest rocket."_s);
        }
    }

    // Section D: every partner.
    QStringList partners;
    for (const Partner &partner : content.partners.items)
        partners.append(partner.name.english());
    for (const QString &name : {u"Acer"_s,
                                u"ASUS"_s,
                                u"Dell Technologies"_s,
                                u"GIGABYTE"_s,
                                u"HP"_s,
                                u"Lenovo"_s,
                                u"MSI"_s,
                                u"Micro Center"_s,
                                u"Ollama"_s,
                                u"LM Studio"_s,
                                u"Anaconda"_s,
                                u"Roboflow"_s,
                                u"Cadence"_s,
                                u"ComfyUI"_s,
                                u"Docker"_s,
                                u"Google"_s,
                                u"Hugging Face"_s,
                                u"JetBrains"_s,
                                u"Meta"_s,
                                u"Microsoft"_s,
                                u"NYU Global Frontier Lab"_s,
                                u"Arizona State University"_s,
                                u"Zipline"_s,
                                u"Refik Anadol Studio"_s,
                                u"will.i.am"_s,
                                u"Serve Robotics"_s,
                                u"OpenAI"_s,
                                u"SpaceX"_s}) {
        QVERIFY2(partners.contains(name), qPrintable(name));
    }

    // Section E: every quote, word for word.
    QStringList quotes;
    for (const Review &review : content.reviews.items)
        quotes.append(review.outlet + u": "_s + review.quote.text);
    for (const QString &quote :
         {u"HotHardware: Even novices will have no trouble getting started."_s,
          u"HotHardware: Purpose-built hardware like DGX Spark will become the norm."_s,
          u"HotHardware: This is the place to start."_s, u"ServeTheHome: Freaking cool."_s,
          u"ServeTheHome: Must-have for AI devs — and execs bringing AI into their orgs."_s,
          u"Level1Techs: Soup-to-nuts dev lab."_s, u"Level1Techs: A lab in a box."_s,
          u"Bojan Tunguz: Every local DS/ML/AI dev’s dream."_s,
          u"Bojan Tunguz: Hardware + software = magic."_s,
          u"NetworkChuck: If you’re fine-tuning and doing fun data science stuff daily — this is "
          u"your device."_s,
          u"Greg Brockman: Thanks Jensen for the hand delivery of DGX Spark. Best delivery "
          u"service ever."_s,
          u"Greg Brockman: Amazing to see so much compute (1 petaflop!) in such a tiny form "
          u"factor."_s,
          u"LMSYS: A New Standard for Local AI Inference"_s,
          u"Simon Willison: Great hardware, early days for the ecosystem"_s,
          u"The Register: by no means the fastest GPU"_s}) {
        QVERIFY2(quotes.contains(quote), qPrintable(quote));
    }

    // Every item names at least one source that its file defines.
    for (const HardwareItem &item : content.hardware.items)
        QVERIFY(!item.sources.isEmpty());
    for (const Review &review : content.reviews.items)
        QVERIFY(!review.sources.isEmpty());
}

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
    QVERIFY(result.content.timeline.items.size() >= 11);
    QVERIFY(result.content.hardware.items.size() >= 12);
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
        QVERIFY(write(path, bundled(u"timeline.json"_s).left(500)));
    } else if (kind == u"folder") {
        QVERIFY(QDir(dir.path()).mkdir(u"timeline.json"_s));
    } else if (kind == u"devzero") {
        if (!QFile::exists(u"/dev/zero"_s))
            QSKIP("no /dev/zero here");
        QVERIFY(QFile::link(u"/dev/zero"_s, path));
    } else if (kind == u"dangling") {
        QVERIFY(QFile::link(dir.filePath(u"nowhere.json"_s), path));
    } else if (kind == u"wrong") {
        QVERIFY(write(path, bundled(u"partners.json"_s)));
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
    QVERIFY(result.content.reviews.items.size() >= 15);
}

void TestContentLoader::checksDirectories()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(write(dir.filePath(u"hardware.json"_s), bundled(u"hardware.json"_s)));
    ContentLoader::CheckResult good = ContentLoader::check(dir.path());
    QVERIFY(good.isValid());
    QCOMPARE(good.checked.size(), 1);

    QVERIFY(write(dir.filePath(u"timeline.json"_s), bundled(u"timeline.json"_s).left(800)));
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
