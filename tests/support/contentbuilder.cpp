#include "contentbuilder.h"

#include "content/contentparser.h"

#include <QDir>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>
#include <QtDebug>

using namespace Qt::StringLiterals;

namespace Fixtures {

namespace {

// Every source id cited anywhere below \a value (items, comparison values,
// model sizes, capacities).
void collectCitations(const QJsonValue &value, QStringList *ids)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() == u"sources" && it.value().isArray()) {
                for (const QJsonValue &id : it.value().toArray())
                    ids->append(id.toString());
            } else {
                collectCitations(it.value(), ids);
            }
        }
    } else if (value.isArray()) {
        for (const QJsonValue &element : value.toArray())
            collectCitations(element, ids);
    }
}

QSet<QString> idsOf(const QJsonArray &list)
{
    QSet<QString> ids;
    for (const QJsonValue &entry : list)
        ids.insert(entry.toObject().value(u"id"_s).toString());
    return ids;
}

template<typename Content>
Content parsed(std::optional<Content> content, const ContentParser &parser, const QString &file)
{
    if (!content) {
        QStringList problems;
        for (const Diagnostic &diagnostic : parser.diagnostics())
            problems.append(diagnostic.toString());
        qFatal("The content built for the test is not valid %s:\n%s", qPrintable(file),
               qPrintable(problems.join(u'\n')));
    }
    return *content;
}

QJsonObject quoteObject(const QString &text, const QString &language)
{
    return {{u"text"_s, text}, {u"language"_s, language}};
}

void addTranslation(QJsonObject *item, const QString &language, const QString &text)
{
    QJsonObject quote = item->value(u"quote"_s).toObject();
    QJsonObject translations = quote.value(u"translations"_s).toObject();
    translations.insert(language, text);
    quote.insert(u"translations"_s, translations);
    item->insert(u"quote"_s, quote);
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

QJsonObject text(const QString &english,
                 const std::vector<std::pair<QString, QString>> &translations)
{
    QJsonObject object{{u"en"_s, english}};
    for (const auto &[language, translation] : translations)
        object.insert(language, translation);
    return object;
}

// --- SourceBuilder --------------------------------------------------------------

SourceBuilder::SourceBuilder(const QString &id)
    : m_json{{u"id"_s, id},
             {u"title"_s, QString(u"Source "_s + id)},
             {u"publisher"_s, u"Example Press"_s},
             {u"url"_s, QString(u"https://example.com/sources/"_s + id)}}
{}

SourceBuilder &SourceBuilder::title(const QString &title)
{
    m_json.insert(u"title"_s, title);
    return *this;
}

SourceBuilder &SourceBuilder::description(const QJsonValue &description)
{
    m_json.remove(u"title"_s);
    m_json.insert(u"description"_s, description);
    return *this;
}

SourceBuilder &SourceBuilder::publisher(const QString &publisher)
{
    m_json.insert(u"publisher"_s, publisher);
    return *this;
}

SourceBuilder &SourceBuilder::url(const QString &url)
{
    m_json.insert(u"url"_s, url);
    return *this;
}

SourceBuilder &SourceBuilder::note(const QJsonValue &note)
{
    m_json.remove(u"url"_s);
    m_json.insert(u"note"_s, note);
    return *this;
}

SourceBuilder &SourceBuilder::date(const QString &date)
{
    m_json.insert(u"date"_s, date);
    return *this;
}

SourceBuilder &SourceBuilder::seed(const QString &seed)
{
    m_json.insert(u"seed"_s, seed);
    return *this;
}

QString SourceBuilder::id() const
{
    return m_json.value(u"id"_s).toString();
}

QJsonObject SourceBuilder::json() const
{
    return m_json;
}

// --- FileBuilder ----------------------------------------------------------------

FileBuilder::FileBuilder(QString categoryKey, QString categoryField, QString fileName)
    : m_categoryKey(std::move(categoryKey))
    , m_categoryField(std::move(categoryField))
    , m_fileName(std::move(fileName))
{}

void FileBuilder::addSource(const SourceBuilder &source)
{
    m_sources.append(source.json());
}

void FileBuilder::addCategory(const QString &id, const QJsonValue &name)
{
    m_categories.append(QJsonObject{{u"id"_s, id}, {u"name"_s, name}});
}

void FileBuilder::complete(QJsonObject *) const {}

QJsonObject FileBuilder::json() const
{
    QJsonObject root{{u"schemaVersion"_s, ContentParser::SchemaVersion}, {u"items"_s, m_items}};
    complete(&root);

    QJsonArray categories = m_categories;
    QSet<QString> declared = idsOf(categories);
    for (const QJsonValue &item : m_items) {
        const QString id = item.toObject().value(m_categoryField).toString();
        if (!id.isEmpty() && !declared.contains(id)) {
            declared.insert(id);
            categories.append(
                    QJsonObject{{u"id"_s, id}, {u"name"_s, QString(u"Category "_s + id)}});
        }
    }
    root.insert(m_categoryKey, categories);

    QStringList cited;
    collectCitations(root, &cited);
    QJsonArray sources = m_sources;
    declared = idsOf(sources);
    for (const QString &id : std::as_const(cited)) {
        if (!declared.contains(id)) {
            declared.insert(id);
            sources.append(SourceBuilder(id).json());
        }
    }
    root.insert(u"sources"_s, sources);
    return root;
}

QByteArray FileBuilder::bytes() const
{
    return QJsonDocument(json()).toJson(QJsonDocument::Indented);
}

bool FileBuilder::write(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes()) < 0 || !file.commit()) {
        qWarning("%s: %s", qPrintable(path), qPrintable(file.errorString()));
        return false;
    }
    return true;
}

// --- timeline.json --------------------------------------------------------------

TimelineEventBuilder::TimelineEventBuilder(const QString &id)
    : m_json{{u"id"_s, id},
             {u"date"_s, u"2025-10-13"_s},
             {u"category"_s, u"c"_s},
             {u"title"_s, QString(u"Event "_s + id)},
             {u"description"_s, QString(u"What happened at "_s + id + u'.')},
             {u"sources"_s, QJsonArray{u"s"_s}}}
{}

TimelineEventBuilder &TimelineEventBuilder::date(const QString &date)
{
    m_json.insert(u"date"_s, date);
    return *this;
}

TimelineEventBuilder &TimelineEventBuilder::notBefore(const QString &date)
{
    m_json.insert(u"notBefore"_s, date);
    return *this;
}

TimelineEventBuilder &TimelineEventBuilder::notAfter(const QString &date)
{
    m_json.insert(u"notAfter"_s, date);
    return *this;
}

TimelineEventBuilder &TimelineEventBuilder::category(const QString &category)
{
    m_json.insert(u"category"_s, category);
    return *this;
}

TimelineEventBuilder &TimelineEventBuilder::title(const QJsonValue &title)
{
    m_json.insert(u"title"_s, title);
    return *this;
}

TimelineEventBuilder &TimelineEventBuilder::place(const QJsonValue &place)
{
    m_json.insert(u"place"_s, place);
    return *this;
}

TimelineEventBuilder &TimelineEventBuilder::people(const QJsonArray &people)
{
    m_json.insert(u"people"_s, people);
    return *this;
}

TimelineEventBuilder &TimelineEventBuilder::description(const QJsonValue &description)
{
    m_json.insert(u"description"_s, description);
    return *this;
}

TimelineEventBuilder &TimelineEventBuilder::quote(const QString &text, const QJsonValue &by,
                                                  const QString &language)
{
    QJsonObject quote = quoteObject(text, language);
    if (!by.isUndefined() && !by.isNull())
        quote.insert(u"by"_s, by);
    m_json.insert(u"quote"_s, quote);
    return *this;
}

TimelineEventBuilder &TimelineEventBuilder::quoteTranslation(const QString &language,
                                                             const QString &text)
{
    addTranslation(&m_json, language, text);
    return *this;
}

TimelineEventBuilder &TimelineEventBuilder::sources(const QStringList &sources)
{
    m_json.insert(u"sources"_s, toArray(sources));
    return *this;
}

TimelineEventBuilder &TimelineEventBuilder::confidence(const QString &confidence)
{
    m_json.insert(u"confidence"_s, confidence);
    return *this;
}

TimelineBuilder::TimelineBuilder()
    : FileBuilder(u"categories"_s, u"category"_s, u"timeline.json"_s)
{}

TimelineBuilder &TimelineBuilder::source(const SourceBuilder &source)
{
    addSource(source);
    return *this;
}

TimelineBuilder &TimelineBuilder::category(const QString &id, const QJsonValue &name)
{
    addCategory(id, name);
    return *this;
}

TimelineBuilder &TimelineBuilder::era(const QString &id, const QJsonValue &name,
                                      const QString &start, const QString &end)
{
    m_eras.append(
            QJsonObject{{u"id"_s, id}, {u"name"_s, name}, {u"start"_s, start}, {u"end"_s, end}});
    return *this;
}

TimelineBuilder &TimelineBuilder::event(const TimelineEventBuilder &event)
{
    addItem(event.json());
    return *this;
}

void TimelineBuilder::complete(QJsonObject *root) const
{
    root->insert(u"eras"_s, m_eras);
}

TimelineContent TimelineBuilder::content() const
{
    ContentParser parser(fileName());
    return parsed(parser.parseTimeline(bytes()), parser, fileName());
}

// --- partners.json --------------------------------------------------------------

PartnerBuilder::PartnerBuilder(const QString &id)
    : m_json{{u"id"_s, id},
             {u"name"_s, QString(u"Partner "_s + id)},
             {u"category"_s, u"c"_s},
             {u"description"_s, QString(u"What "_s + id + u" does."_s)},
             {u"sources"_s, QJsonArray{u"s"_s}}}
{}

PartnerBuilder &PartnerBuilder::name(const QJsonValue &name)
{
    m_json.insert(u"name"_s, name);
    return *this;
}

PartnerBuilder &PartnerBuilder::monogram(const QString &monogram)
{
    m_json.insert(u"monogram"_s, monogram);
    return *this;
}

PartnerBuilder &PartnerBuilder::category(const QString &category)
{
    m_json.insert(u"category"_s, category);
    return *this;
}

PartnerBuilder &PartnerBuilder::product(const QJsonValue &product)
{
    m_json.insert(u"product"_s, product);
    return *this;
}

PartnerBuilder &PartnerBuilder::description(const QJsonValue &description)
{
    m_json.insert(u"description"_s, description);
    return *this;
}

PartnerBuilder &PartnerBuilder::place(const QJsonValue &place)
{
    m_json.insert(u"place"_s, place);
    return *this;
}

PartnerBuilder &PartnerBuilder::people(const QJsonArray &people)
{
    m_json.insert(u"people"_s, people);
    return *this;
}

PartnerBuilder &PartnerBuilder::sources(const QStringList &sources)
{
    m_json.insert(u"sources"_s, toArray(sources));
    return *this;
}

PartnerBuilder &PartnerBuilder::confidence(const QString &confidence)
{
    m_json.insert(u"confidence"_s, confidence);
    return *this;
}

PartnersBuilder::PartnersBuilder()
    : FileBuilder(u"categories"_s, u"category"_s, u"partners.json"_s)
{}

PartnersBuilder &PartnersBuilder::source(const SourceBuilder &source)
{
    addSource(source);
    return *this;
}

PartnersBuilder &PartnersBuilder::category(const QString &id, const QJsonValue &name)
{
    addCategory(id, name);
    return *this;
}

PartnersBuilder &PartnersBuilder::partner(const PartnerBuilder &partner)
{
    addItem(partner.json());
    return *this;
}

PartnerContent PartnersBuilder::content() const
{
    ContentParser parser(fileName());
    return parsed(parser.parsePartners(bytes()), parser, fileName());
}

// --- reviews.json ---------------------------------------------------------------

ReviewBuilder::ReviewBuilder(const QString &id)
    : m_json{{u"id"_s, id},
             {u"outlet"_s, QString(u"Outlet "_s + id)},
             {u"kind"_s, u"c"_s},
             {u"tone"_s, u"positive"_s},
             {u"quote"_s, quoteObject(QString(u"Quote "_s + id + u'.'), u"en"_s)},
             {u"sources"_s, QJsonArray{u"s"_s}}}
{}

ReviewBuilder &ReviewBuilder::outlet(const QString &outlet)
{
    m_json.insert(u"outlet"_s, outlet);
    return *this;
}

ReviewBuilder &ReviewBuilder::byline(const QJsonValue &byline)
{
    m_json.insert(u"byline"_s, byline);
    return *this;
}

ReviewBuilder &ReviewBuilder::kind(const QString &kind)
{
    m_json.insert(u"kind"_s, kind);
    return *this;
}

ReviewBuilder &ReviewBuilder::tone(const QString &tone)
{
    m_json.insert(u"tone"_s, tone);
    return *this;
}

ReviewBuilder &ReviewBuilder::quote(const QString &text, const QString &language)
{
    m_json.insert(u"quote"_s, quoteObject(text, language));
    return *this;
}

ReviewBuilder &ReviewBuilder::quoteTranslation(const QString &language, const QString &text)
{
    addTranslation(&m_json, language, text);
    return *this;
}

ReviewBuilder &ReviewBuilder::summary(const QJsonValue &summary)
{
    m_json.insert(u"summary"_s, summary);
    return *this;
}

ReviewBuilder &ReviewBuilder::award(const QJsonValue &award)
{
    m_json.insert(u"award"_s, award);
    return *this;
}

ReviewBuilder &ReviewBuilder::reviewTitle(const QString &title)
{
    m_json.insert(u"reviewTitle"_s, title);
    return *this;
}

ReviewBuilder &ReviewBuilder::date(const QString &date)
{
    m_json.insert(u"date"_s, date);
    return *this;
}

ReviewBuilder &ReviewBuilder::featured(bool featured)
{
    m_json.insert(u"featured"_s, featured);
    return *this;
}

ReviewBuilder &ReviewBuilder::sources(const QStringList &sources)
{
    m_json.insert(u"sources"_s, toArray(sources));
    return *this;
}

ReviewBuilder &ReviewBuilder::confidence(const QString &confidence)
{
    m_json.insert(u"confidence"_s, confidence);
    return *this;
}

ReviewsBuilder::ReviewsBuilder()
    : FileBuilder(u"kinds"_s, u"kind"_s, u"reviews.json"_s)
{}

ReviewsBuilder &ReviewsBuilder::source(const SourceBuilder &source)
{
    addSource(source);
    return *this;
}

ReviewsBuilder &ReviewsBuilder::kind(const QString &id, const QJsonValue &name)
{
    addCategory(id, name);
    return *this;
}

ReviewsBuilder &ReviewsBuilder::review(const ReviewBuilder &review)
{
    addItem(review.json());
    return *this;
}

ReviewContent ReviewsBuilder::content() const
{
    ContentParser parser(fileName());
    return parsed(parser.parseReviews(bytes()), parser, fileName());
}

// --- hardware.json --------------------------------------------------------------

PartBuilder::PartBuilder(const QString &id)
    : m_json{{u"id"_s, id},
             {u"kind"_s, u"part"_s},
             {u"group"_s, u"c"_s},
             {u"name"_s, QString(u"Part "_s + id)},
             {u"value"_s, QString(u"Value "_s + id)},
             {u"why"_s, QString(u"Why "_s + id + u" matters."_s)},
             {u"sources"_s, QJsonArray{u"s"_s}}}
{}

PartBuilder &PartBuilder::spec()
{
    m_json.insert(u"kind"_s, u"spec"_s);
    return *this;
}

PartBuilder &PartBuilder::group(const QString &group)
{
    m_json.insert(u"group"_s, group);
    return *this;
}

PartBuilder &PartBuilder::name(const QJsonValue &name)
{
    m_json.insert(u"name"_s, name);
    return *this;
}

PartBuilder &PartBuilder::value(const QJsonValue &value)
{
    m_json.insert(u"value"_s, value);
    return *this;
}

PartBuilder &PartBuilder::why(const QJsonValue &why)
{
    m_json.insert(u"why"_s, why);
    return *this;
}

PartBuilder &PartBuilder::diagram(const QString &shape, const QRectF &rect, int count)
{
    QJsonObject diagram{{u"shape"_s, shape},
                        {u"rect"_s, QJsonArray{rect.x(), rect.y(), rect.width(), rect.height()}}};
    if (count != 1)
        diagram.insert(u"count"_s, count);
    m_json.insert(u"diagram"_s, diagram);
    return *this;
}

PartBuilder &PartBuilder::sources(const QStringList &sources)
{
    m_json.insert(u"sources"_s, toArray(sources));
    return *this;
}

PartBuilder &PartBuilder::confidence(const QString &confidence)
{
    m_json.insert(u"confidence"_s, confidence);
    return *this;
}

MetricValueBuilder::MetricValueBuilder(double value)
    : m_json{{u"value"_s, value}, {u"sources"_s, QJsonArray{u"s"_s}}}
{}

MetricValueBuilder &MetricValueBuilder::label(const QJsonValue &label)
{
    m_json.insert(u"label"_s, label);
    return *this;
}

MetricValueBuilder &MetricValueBuilder::note(const QJsonValue &note)
{
    m_json.insert(u"note"_s, note);
    return *this;
}

MetricValueBuilder &MetricValueBuilder::sources(const QStringList &sources)
{
    m_json.insert(u"sources"_s, toArray(sources));
    return *this;
}

MetricValueBuilder &MetricValueBuilder::confidence(const QString &confidence)
{
    m_json.insert(u"confidence"_s, confidence);
    return *this;
}

HardwareBuilder::HardwareBuilder()
    : FileBuilder(u"groups"_s, u"group"_s, u"hardware.json"_s)
{}

HardwareBuilder &HardwareBuilder::source(const SourceBuilder &source)
{
    addSource(source);
    return *this;
}

HardwareBuilder &HardwareBuilder::group(const QString &id, const QJsonValue &name)
{
    addCategory(id, name);
    return *this;
}

HardwareBuilder &HardwareBuilder::part(const PartBuilder &part)
{
    addItem(part.json());
    return *this;
}

HardwareBuilder &HardwareBuilder::system(const QString &id, const QJsonValue &name,
                                         const QString &date)
{
    m_systems.append(QJsonObject{{u"id"_s, id}, {u"name"_s, name}, {u"date"_s, date}});
    return *this;
}

HardwareBuilder &HardwareBuilder::metric(const QString &id, const QJsonValue &name,
                                         const QString &unit, const std::vector<double> &values,
                                         bool logarithmic)
{
    std::vector<MetricValueBuilder> built;
    for (double value : values)
        built.emplace_back(value);
    return metric(id, name, unit, built, logarithmic);
}

HardwareBuilder &HardwareBuilder::metric(const QString &id, const QJsonValue &name,
                                         const QString &unit,
                                         const std::vector<MetricValueBuilder> &values,
                                         bool logarithmic)
{
    QJsonObject byId;
    for (qsizetype i = 0; i < m_systems.size() && i < qsizetype(values.size()); ++i) {
        byId.insert(m_systems.at(i).toObject().value(u"id"_s).toString(),
                    values.at(size_t(i)).json());
    }
    m_metrics.append(QJsonObject{{u"id"_s, id},
                                 {u"name"_s, name},
                                 {u"unit"_s, unit},
                                 {u"scale"_s, logarithmic ? u"log"_s : u"linear"_s},
                                 {u"values"_s, byId}});
    return *this;
}

HardwareBuilder &HardwareBuilder::precision(const QString &id, const QJsonValue &name,
                                            double bytesPerParameter)
{
    m_precisions.append(QJsonObject{
            {u"id"_s, id}, {u"name"_s, name}, {u"bytesPerParameter"_s, bytesPerParameter}});
    return *this;
}

HardwareBuilder &HardwareBuilder::modelSize(const QString &id, const QJsonValue &name,
                                            double parameters, const QStringList &sources)
{
    m_modelSizes.append(QJsonObject{{u"id"_s, id},
                                    {u"name"_s, name},
                                    {u"parameters"_s, parameters},
                                    {u"sources"_s, toArray(sources)}});
    return *this;
}

HardwareBuilder &HardwareBuilder::capacity(const QString &id, const QJsonValue &name,
                                           double gigabytes, const QStringList &sources)
{
    m_capacities.append(QJsonObject{{u"id"_s, id},
                                    {u"name"_s, name},
                                    {u"gigabytes"_s, gigabytes},
                                    {u"sources"_s, toArray(sources)}});
    return *this;
}

void HardwareBuilder::complete(QJsonObject *root) const
{
    root->insert(u"comparison"_s,
                 QJsonObject{{u"systems"_s, m_systems}, {u"metrics"_s, m_metrics}});
    root->insert(u"memoryFit"_s, QJsonObject{{u"precisions"_s, m_precisions},
                                             {u"modelSizes"_s, m_modelSizes},
                                             {u"capacities"_s, m_capacities}});
}

HardwareContent HardwareBuilder::content() const
{
    ContentParser parser(fileName());
    return parsed(parser.parseHardware(bytes()), parser, fileName());
}

// --- all four -------------------------------------------------------------------

ContentSet ContentSetBuilder::content() const
{
    return {hardware.content(), timeline.content(), partners.content(), reviews.content()};
}

bool ContentSetBuilder::write(const QString &directory) const
{
    const QDir dir(directory);
    return hardware.write(dir.filePath(u"hardware.json"_s)) &&
           timeline.write(dir.filePath(u"timeline.json"_s)) &&
           partners.write(dir.filePath(u"partners.json"_s)) &&
           reviews.write(dir.filePath(u"reviews.json"_s));
}

} // namespace Fixtures
