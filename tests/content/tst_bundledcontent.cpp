#include "content/contentloader.h"
#include "content/contentparser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

// The invariants of the content files the app ships, and the facts that must
// be in them. This is the one test that reads what resources/data holds: every
// other test builds its own content (tests/support/contentbuilder.h), so that
// editing the content breaks this test only, and only where a rule or a fact
// of the fact sheet is lost.

namespace {

const QStringList shippedLanguages = {u"de"_s, u"fr"_s, u"es"_s, u"ja"_s, u"zh_CN"_s, u"ar"_s};

QString joinedDiagnostics(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines.append(d.toString());
    return lines.join(u'\n');
}

QJsonObject rawFile(const QString &name)
{
    QFile file(u":/data/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Every visitor-facing text of the content, each with the place it comes from.
using Texts = QList<std::pair<QString, LocalizedText>>;

void addText(Texts *texts, const QString &where, const LocalizedText &text)
{
    texts->append({where, text});
}

void addSources(Texts *texts, const QString &file, const std::vector<Source> &sources)
{
    for (const Source &s : sources) {
        addText(texts, file + u" source "_s + s.id + u" description"_s, s.description);
        addText(texts, file + u" source "_s + s.id + u" note"_s, s.note);
    }
}

void addCategories(Texts *texts, const QString &file, const std::vector<Category> &categories)
{
    for (const Category &c : categories)
        addText(texts, file + u" category "_s + c.id, c.name);
}

void addPeople(Texts *texts, const QString &where, const std::vector<LocalizedText> &people)
{
    for (const LocalizedText &person : people)
        addText(texts, where + u" people"_s, person);
}

Texts allTexts(const ContentSet &content)
{
    Texts texts;
    const HardwareContent &h = content.hardware;
    addSources(&texts, u"hardware"_s, h.sources);
    addCategories(&texts, u"hardware"_s, h.groups);
    for (const HardwareItem &item : h.items) {
        const QString where = u"hardware "_s + item.id;
        addText(&texts, where + u" name"_s, item.name);
        addText(&texts, where + u" value"_s, item.value);
        addText(&texts, where + u" why"_s, item.why);
    }
    for (const ComparisonSystem &system : h.systems)
        addText(&texts, u"hardware system "_s + system.id, system.name);
    for (const ComparisonMetric &metric : h.metrics) {
        addText(&texts, u"hardware metric "_s + metric.id, metric.name);
        for (const ComparisonValue &value : metric.values) {
            addText(&texts, u"hardware metric "_s + metric.id + u" label"_s, value.label);
            addText(&texts, u"hardware metric "_s + metric.id + u" note"_s, value.note);
        }
    }
    for (const NumericPrecision &precision : h.precisions)
        addText(&texts, u"hardware precision "_s + precision.id, precision.name);
    for (const ModelSize &size : h.modelSizes) {
        addText(&texts, u"hardware model size "_s + size.id, size.name);
        addText(&texts, u"hardware model size "_s + size.id + u" note"_s, size.note);
    }
    for (const MemoryCapacity &capacity : h.capacities)
        addText(&texts, u"hardware capacity "_s + capacity.id, capacity.name);

    const TimelineContent &t = content.timeline;
    addSources(&texts, u"timeline"_s, t.sources);
    addCategories(&texts, u"timeline"_s, t.categories);
    for (const Era &era : t.eras)
        addText(&texts, u"timeline era "_s + era.id, era.name);
    for (const TimelineEvent &event : t.items) {
        const QString where = u"timeline "_s + event.id;
        addText(&texts, where + u" title"_s, event.title);
        addText(&texts, where + u" place"_s, event.place);
        addText(&texts, where + u" description"_s, event.description);
        addPeople(&texts, where, event.people);
        if (event.quote)
            addText(&texts, where + u" quote by"_s, event.quote->by);
    }

    const PartnerContent &p = content.partners;
    addSources(&texts, u"partners"_s, p.sources);
    addCategories(&texts, u"partners"_s, p.categories);
    for (const Partner &partner : p.items) {
        const QString where = u"partners "_s + partner.id;
        addText(&texts, where + u" name"_s, partner.name);
        addText(&texts, where + u" product"_s, partner.product);
        addText(&texts, where + u" description"_s, partner.description);
        addText(&texts, where + u" place"_s, partner.place);
        addPeople(&texts, where, partner.people);
    }

    const ReviewContent &r = content.reviews;
    addSources(&texts, u"reviews"_s, r.sources);
    addCategories(&texts, u"reviews"_s, r.kinds);
    for (const Review &review : r.items) {
        const QString where = u"reviews "_s + review.id;
        addText(&texts, where + u" byline"_s, review.byline);
        addText(&texts, where + u" summary"_s, review.summary);
        addText(&texts, where + u" award"_s, review.award);
        addText(&texts, where + u" quote by"_s, review.quote.by);
    }
    return texts;
}

// Every quote of the content, with the place it comes from.
QList<std::pair<QString, Quote>> allQuotes(const ContentSet &content)
{
    QList<std::pair<QString, Quote>> quotes;
    for (const TimelineEvent &event : content.timeline.items) {
        if (event.quote)
            quotes.append({u"timeline "_s + event.id, *event.quote});
    }
    for (const Review &review : content.reviews.items)
        quotes.append({u"reviews "_s + review.id, review.quote});
    return quotes;
}

// The sources of one file and every id its items cite, with where.
struct Citations
{
    QString file;
    const std::vector<Source> *sources;
    QList<std::pair<QString, QStringList>> cited;
};

QList<Citations> allCitations(const ContentSet &content)
{
    QList<Citations> files;
    Citations hardware{u"hardware"_s, &content.hardware.sources, {}};
    for (const HardwareItem &item : content.hardware.items)
        hardware.cited.append({item.id, item.sources});
    for (const ComparisonMetric &metric : content.hardware.metrics) {
        for (const ComparisonValue &value : metric.values)
            hardware.cited.append({u"metric "_s + metric.id, value.sources});
    }
    for (const ModelSize &size : content.hardware.modelSizes)
        hardware.cited.append({u"model size "_s + size.id, size.sources});
    for (const MemoryCapacity &capacity : content.hardware.capacities)
        hardware.cited.append({u"capacity "_s + capacity.id, capacity.sources});
    files.append(hardware);

    Citations timeline{u"timeline"_s, &content.timeline.sources, {}};
    for (const TimelineEvent &event : content.timeline.items)
        timeline.cited.append({event.id, event.sources});
    files.append(timeline);

    Citations partners{u"partners"_s, &content.partners.sources, {}};
    for (const Partner &partner : content.partners.items)
        partners.cited.append({partner.id, partner.sources});
    files.append(partners);

    Citations reviews{u"reviews"_s, &content.reviews.sources, {}};
    for (const Review &review : content.reviews.items)
        reviews.cited.append({review.id, review.sources});
    files.append(reviews);
    return files;
}

QSet<QString> idsOf(const std::vector<Category> &categories)
{
    QSet<QString> ids;
    for (const Category &category : categories)
        ids.insert(category.id);
    return ids;
}

// Every date string anywhere in a file: the keys the format gives dates.
void collectDates(const QJsonValue &value, const QString &pointer,
                  QList<std::pair<QString, QString>> *dates)
{
    static const QStringList keys = {u"date"_s, u"start"_s, u"end"_s, u"notBefore"_s,
                                     u"notAfter"_s};
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString child = pointer + u'/' + it.key();
            if (keys.contains(it.key()) && it.value().isString())
                dates->append({child, it.value().toString()});
            else
                collectDates(it.value(), child, dates);
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            collectDates(array.at(i), pointer + u'/' + QString::number(i), dates);
    }
}

} // namespace

class TestBundledContent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    // The rules every shipped file keeps.
    void everyFileParses_data();
    void everyFileParses();
    void loadsWithoutDiagnostics();
    void idsAreUnique();
    void referencesResolve();
    void datesParse();
    void sourcesAreFollowable();
    void translationsAreComplete();
    // The facts that matter.
    void holdsTheHardwareFacts();
    void holdsTheComparison();
    void holdsTheTimeline();
    void holdsThePartners();
    void holdsTheReviews();

private:
    ContentSet m_content;
};

void TestBundledContent::initTestCase()
{
    m_content = ContentLoader::load().content;
}

void TestBundledContent::everyFileParses_data()
{
    QTest::addColumn<int>("file");
    for (ContentFile file : ContentLoader::files())
        QTest::newRow(qPrintable(ContentLoader::fileName(file))) << int(file);
}

void TestBundledContent::everyFileParses()
{
    QFETCH(int, file);
    const QString name = ContentLoader::fileName(ContentFile(file));
    QFile f(QDir(ContentLoader::bundledDirectory()).filePath(name));
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.errorString()));
    ContentSet set;
    Diagnostics diagnostics;
    QVERIFY2(ContentLoader::parseInto(ContentFile(file), f.readAll(), name, &set, &diagnostics),
             qPrintable(joinedDiagnostics(diagnostics)));
    QVERIFY2(diagnostics.isEmpty(), qPrintable(joinedDiagnostics(diagnostics)));
}

void TestBundledContent::loadsWithoutDiagnostics()
{
    const ContentLoader::Result result = ContentLoader::load();
    QVERIFY2(result.diagnostics.isEmpty(), qPrintable(joinedDiagnostics(result.diagnostics)));
    QVERIFY(result.overridden.isEmpty());
    QVERIFY(result.rejected.isEmpty());
    QVERIFY(!m_content.hardware.items.empty());
    QVERIFY(!m_content.timeline.items.empty());
    QVERIFY(!m_content.partners.items.empty());
    QVERIFY(!m_content.reviews.items.empty());
}

void TestBundledContent::idsAreUnique()
{
    // An item is found by its id alone (--item ID, the kiosk's tour), in any
    // of the four files.
    QHash<QString, QString> items;
    auto add = [&items](const QString &file, const QString &id) {
        const QString first = items.value(id);
        QVERIFY2(first.isEmpty(), qPrintable(u"%1 in %2 and %3"_s.arg(id, first, file)));
        items.insert(id, file);
    };
    for (const HardwareItem &item : m_content.hardware.items)
        add(u"hardware"_s, item.id);
    for (const TimelineEvent &event : m_content.timeline.items)
        add(u"timeline"_s, event.id);
    for (const Partner &partner : m_content.partners.items)
        add(u"partners"_s, partner.id);
    for (const Review &review : m_content.reviews.items)
        add(u"reviews"_s, review.id);

    // Within a file, every list's ids are its own.
    for (const Citations &file : allCitations(m_content)) {
        QSet<QString> sources;
        for (const Source &source : *file.sources) {
            QVERIFY2(!sources.contains(source.id), qPrintable(file.file + u": "_s + source.id));
            sources.insert(source.id);
        }
    }
    const std::vector<std::vector<Category>> lists = {
            m_content.hardware.groups, m_content.timeline.categories, m_content.partners.categories,
            m_content.reviews.kinds};
    for (const std::vector<Category> &list : lists)
        QCOMPARE(qsizetype(idsOf(list).size()), qsizetype(list.size()));
    QSet<QString> eras;
    for (const Era &era : m_content.timeline.eras)
        eras.insert(era.id);
    QCOMPARE(qsizetype(eras.size()), qsizetype(m_content.timeline.eras.size()));
}

void TestBundledContent::referencesResolve()
{
    // Every cited source is listed in its file, and every listed one is cited.
    for (const Citations &file : allCitations(m_content)) {
        QSet<QString> listed;
        for (const Source &source : *file.sources)
            listed.insert(source.id);
        QSet<QString> cited;
        for (const auto &[where, ids] : file.cited) {
            QVERIFY2(!ids.isEmpty(), qPrintable(file.file + u": "_s + where));
            for (const QString &id : ids) {
                QVERIFY2(listed.contains(id),
                         qPrintable(file.file + u": "_s + where + u": "_s + id));
                cited.insert(id);
            }
        }
        QCOMPARE(cited, listed);
    }

    // Every category, kind and group an item names is defined in its file.
    const QSet<QString> groups = idsOf(m_content.hardware.groups);
    for (const HardwareItem &item : m_content.hardware.items)
        QVERIFY2(groups.contains(item.group), qPrintable(item.id));
    const QSet<QString> categories = idsOf(m_content.timeline.categories);
    for (const TimelineEvent &event : m_content.timeline.items)
        QVERIFY2(categories.contains(event.category), qPrintable(event.id));
    const QSet<QString> partnerCategories = idsOf(m_content.partners.categories);
    for (const Partner &partner : m_content.partners.items)
        QVERIFY2(partnerCategories.contains(partner.category), qPrintable(partner.id));
    const QSet<QString> kinds = idsOf(m_content.reviews.kinds);
    for (const Review &review : m_content.reviews.items)
        QVERIFY2(kinds.contains(review.kind), qPrintable(review.id));

    // Every comparison metric has a value for every system.
    for (const ComparisonMetric &metric : m_content.hardware.metrics)
        QCOMPARE(metric.values.size(), m_content.hardware.systems.size());
}

void TestBundledContent::datesParse()
{
    for (ContentFile file : ContentLoader::files()) {
        const QString name = ContentLoader::fileName(file);
        QList<std::pair<QString, QString>> dates;
        collectDates(rawFile(name), QString(), &dates);
        QVERIFY2(!dates.isEmpty(), qPrintable(name));
        for (const auto &[pointer, text] : std::as_const(dates)) {
            QString error;
            const PartialDate date = PartialDate::fromString(text, &error);
            QVERIFY2(date.isValid(), qPrintable(name + u": "_s + pointer + u": "_s + error));
            QCOMPARE(date.toIsoString(), text);
        }
    }
    for (const TimelineEvent &event : m_content.timeline.items) {
        QVERIFY2(event.earliest() <= event.latest(), qPrintable(event.id));
        QVERIFY2(event.earliest() >= event.date.first() && event.latest() <= event.date.last(),
                 qPrintable(event.id));
    }
    for (const Era &era : m_content.timeline.eras)
        QVERIFY2(era.start.first() <= era.end.last(), qPrintable(era.id));
}

void TestBundledContent::sourcesAreFollowable()
{
    // Every source the app ships is a real document: a publisher, a title or a
    // description, and a valid https address, or a note saying why there is
    // none (a print-only or deleted page).
    int withUrl = 0;
    int sources = 0;
    for (const Citations &file : allCitations(m_content)) {
        for (const Source &source : *file.sources) {
            ++sources;
            const QByteArray where = (file.file + u": "_s + source.id).toUtf8();
            QVERIFY2(!source.publisher.isEmpty(), where.constData());
            QVERIFY2(source.title.isEmpty() != source.description.isEmpty(), where.constData());
            if (source.url.isEmpty()) {
                QVERIFY2(!source.note.isEmpty(), where.constData());
                continue;
            }
            ++withUrl;
            const QUrl url(source.url, QUrl::StrictMode);
            QVERIFY2(url.isValid(), where.constData());
            QCOMPARE(url.scheme(), u"https"_s);
            QVERIFY2(url.host().contains(u'.'), where.constData());
            QVERIFY2(url.userInfo().isEmpty() && url.port() == -1, where.constData());
            // What a QR code encodes is the address exactly as written.
            QCOMPARE(url.toString(QUrl::FullyEncoded), source.url);
        }
    }
    // A note in place of an address is the exception, not the rule.
    QVERIFY2(withUrl * 10 >= sources * 9, qPrintable(u"%1 of %2"_s.arg(withUrl).arg(sources)));
    // Every item's first source, the one a kiosk card shows as a QR code, has an address.
    for (const Citations &file : allCitations(m_content)) {
        QHash<QString, QString> urls;
        for (const Source &source : *file.sources)
            urls.insert(source.id, source.url);
        for (const auto &[where, ids] : file.cited) {
            bool any = false;
            for (const QString &id : ids)
                any = any || !urls.value(id).isEmpty();
            QVERIFY2(any, qPrintable(file.file + u": "_s + where));
        }
    }
}

void TestBundledContent::translationsAreComplete()
{
    // Wherever the English has text, every shipped language has its own.
    const Texts texts = allTexts(m_content);
    QVERIFY(texts.size() > 100);
    for (const auto &[where, text] : texts) {
        if (text.english().trimmed().isEmpty())
            continue;
        for (const QString &language : shippedLanguages) {
            QVERIFY2(text.hasLanguage(language), qPrintable(where + u": "_s + language));
            QVERIFY2(!text.text(language).trimmed().isEmpty(),
                     qPrintable(where + u": "_s + language));
        }
    }
    // A quote keeps its words and has a translation into every other shipped language.
    for (const auto &[where, quote] : allQuotes(m_content)) {
        for (const QString &language : shippedLanguages) {
            if (language != quote.language)
                QVERIFY2(quote.translations.hasLanguage(language),
                         qPrintable(where + u": "_s + language));
        }
    }
}

void TestBundledContent::holdsTheHardwareFacts()
{
    // Section A of the fact sheet: every specification, in its words.
    QStringList values;
    for (const HardwareItem &item : m_content.hardware.items)
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

    // The diagram: at least twelve parts to select, each inside the drawing,
    // the connectors and cores counted as the hardware has them.
    int parts = 0;
    QHash<QString, int> counts;
    for (const HardwareItem &item : m_content.hardware.items) {
        if (!item.diagram)
            continue;
        ++parts;
        QVERIFY2(QRectF(0, 0, 100, 100).contains(item.diagram->rect), qPrintable(item.id));
        counts.insert(item.id, item.diagram->count);
    }
    QVERIFY2(parts >= 12, qPrintable(QString::number(parts)));
    QCOMPARE(counts.value(u"usb-c"_s), 4);
    QCOMPARE(counts.value(u"qsfp"_s), 2);
    QCOMPARE(counts.value(u"grace-cpu"_s), 20);
    QCOMPARE(counts.value(u"hdmi"_s), 1);
}

void TestBundledContent::holdsTheComparison()
{
    // Section B: the then-and-now numbers, with the approximate weight marked.
    const HardwareContent &h = m_content.hardware;
    QStringList systems;
    for (const ComparisonSystem &system : h.systems)
        systems.append(system.id);
    QCOMPARE(systems, (QStringList{u"dgx-1"_s, u"dgx-spark"_s}));
    QHash<QString, QPair<double, double>> numbers;
    for (const ComparisonMetric &metric : h.metrics)
        numbers.insert(metric.id, {metric.values.at(0).value, metric.values.at(1).value});
    QCOMPARE(numbers.value(u"price"_s), qMakePair(129000.0, 3999.0));
    QCOMPARE(numbers.value(u"power"_s), qMakePair(3200.0, 240.0));
    QCOMPARE(numbers.value(u"weight"_s), qMakePair(60.0, 1.2));
    QCOMPARE(numbers.value(u"memory"_s), qMakePair(128.0, 128.0));
    QCOMPARE(numbers.value(u"ai-compute"_s), qMakePair(170.0, 1000.0));
    for (const ComparisonMetric &metric : h.metrics) {
        if (metric.id == u"weight")
            QCOMPARE(metric.values.at(0).confidence, Confidence::Low);
        if (metric.id == u"ai-compute") {
            // 1 petaflop at FP4 beside 170 TFLOPS at FP16: the chart says so.
            QCOMPARE(metric.values.at(0).label.english(), u"FP16"_s);
            QCOMPARE(metric.values.at(1).label.english(), u"FP4 with sparsity"_s);
        }
    }
    // What fits in 128 GB of unified memory, and in two linked units: up to
    // 200B parameters on one, 405B on two, at FP4.
    QList<double> capacities;
    for (const MemoryCapacity &capacity : h.capacities)
        capacities.append(capacity.gigabytes);
    QCOMPARE(capacities, (QList<double>{128.0, 256.0}));
    QHash<QString, double> parameters;
    for (const ModelSize &size : h.modelSizes)
        parameters.insert(size.id, size.parameters);
    QCOMPARE(parameters.value(u"model-70b"_s), 70e9);
    QCOMPARE(parameters.value(u"model-200b"_s), 200e9);
    QCOMPARE(parameters.value(u"model-405b"_s), 405e9);
    QHash<QString, double> bytes;
    for (const NumericPrecision &precision : h.precisions)
        bytes.insert(precision.id, precision.bytesPerParameter);
    QCOMPARE(bytes.value(u"fp16"_s), 2.0);
    QCOMPARE(bytes.value(u"fp8"_s), 1.0);
    QCOMPARE(bytes.value(u"fp4"_s), 0.5);
}

void TestBundledContent::holdsTheTimeline()
{
    // Section C: every event on its date, in the order they happened.
    QHash<QString, QString> dates;
    QStringList ids;
    for (const TimelineEvent &event : m_content.timeline.items) {
        dates.insert(event.id, event.date.toIsoString());
        ids.append(event.id);
    }
    const QList<QPair<QString, QString>> events = {
            {u"dgx1-announced"_s, u"2016-04-05"_s},    {u"dgx1-openai"_s, u"2016-08"_s},
            {u"ces-digits"_s, u"2025-01-06"_s},        {u"gtc-dgx-spark"_s, u"2025-03-18"_s},
            {u"computex-partners"_s, u"2025-05-19"_s}, {u"hot-chips"_s, u"2025-08"_s},
            {u"starbase-delivery"_s, u"2025-10-13"_s}, {u"starship-flight-11"_s, u"2025-10-13"_s},
            {u"openai-delivery"_s, u"2025-10"_s},      {u"general-availability"_s, u"2025-10-15"_s},
            {u"robot-deliveries"_s, u"2025-10"_s},     {u"price-change"_s, u"2026-02"_s}};
    for (const auto &[id, date] : events)
        QCOMPARE(dates.value(id), date);

    for (const TimelineEvent &event : m_content.timeline.items) {
        if (event.id == u"starbase-delivery") {
            QCOMPARE(event.title.english(), u"DGX Spark lands at Starbase"_s);
            QCOMPARE(event.place.english(), u"SpaceX Starbase, Texas"_s);
            QCOMPARE(event.category, u"delivery"_s);
            QVERIFY(event.quote.has_value());
            QCOMPARE(
                    event.quote->text,
                    u"Imagine delivering the smallest supercomputer next to the biggest rocket."_s);
            QCOMPARE(event.quote->by.english(), u"Jensen Huang"_s);
        }
        // The OpenAI delivery is known to the week of the 13th, by a post of the 15th.
        if (event.id == u"openai-delivery") {
            QCOMPARE(event.earliest(), QDate(2025, 10, 13));
            QCOMPARE(event.latest(), QDate(2025, 10, 15));
        }
        // The first DGX-1 reached OpenAI no later than NVIDIA's post of the 15th.
        if (event.id == u"dgx1-openai") {
            QCOMPARE(event.earliest(), QDate(2016, 8, 1));
            QCOMPARE(event.latest(), QDate(2016, 8, 15));
        }
        if (event.id == u"computex-partners")
            QCOMPARE(event.confidence, Confidence::Medium);
    }
    QHash<QString, QString> eras;
    for (const Era &era : m_content.timeline.eras)
        eras.insert(era.id, era.start.toIsoString() + u'/' + era.end.toIsoString());
    QVERIFY(eras.contains(u"dgx1-era"_s));
    QVERIFY(eras.contains(u"launch-week"_s));
}

void TestBundledContent::holdsThePartners()
{
    // Section D: every partner, the seven OEM systems among them.
    QStringList partners;
    int oem = 0;
    for (const Partner &partner : m_content.partners.items) {
        partners.append(partner.name.english());
        if (partner.category == u"oem")
            ++oem;
    }
    QCOMPARE(oem, 7);
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
}

void TestBundledContent::holdsTheReviews()
{
    // Section E: every quote, word for word, with its outlet.
    QStringList quotes;
    for (const Review &review : m_content.reviews.items)
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
    for (const Review &review : m_content.reviews.items) {
        if (review.id == u"hothardware-novices")
            QCOMPARE(review.award.english(), u"Recommended"_s);
        if (review.id == u"brockman-delivery") {
            QCOMPARE(review.byline.english(), u"Co-founder and president of OpenAI"_s);
            QCOMPARE(review.date, PartialDate(2025, 10, 15));
        }
    }
    // A fair wall: all three tones, and a featured quote of each.
    QSet<Tone> tones;
    QSet<Tone> featured;
    for (const Review &review : m_content.reviews.items) {
        tones.insert(review.tone);
        if (review.featured)
            featured.insert(review.tone);
    }
    QCOMPARE(tones.size(), 3);
    QCOMPARE(featured.size(), 3);
}

QTEST_GUILESS_MAIN(TestBundledContent)
#include "tst_bundledcontent.moc"
