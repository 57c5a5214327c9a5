#pragma once

#include "content/content.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

// Content for unit tests: fluent builders that write the JSON of a content
// file and read it back through ContentParser, so that what a test builds is
// exactly what the loader would hand the models. Every field has a short
// default; a test sets only what it asserts:
//
//   const TimelineContent content =
//           TimelineBuilder()
//                   .event(TimelineEventBuilder(u"launch"_s).date(u"2025-10"_s))
//                   .event(TimelineEventBuilder(u"delivery"_s).category(u"delivery"_s))
//                   .content();
//
// Categories, kinds, groups and sources that an item names but the file does
// not declare are declared when the file is built ("Category delivery",
// https://example.com/sources/<id>), so a test names an id only where it
// matters. Content that the parser refuses is a mistake in the test: it stops
// the test with the parser's messages.
namespace Fixtures {

// A text object: {"en": english, <language>: <text>...}.
QJsonObject text(const QString &english,
                 const std::vector<std::pair<QString, QString>> &translations = {});

class SourceBuilder
{
public:
    // A source titled "Source <id>" by "Example Press" at https://example.com/sources/<id>.
    explicit SourceBuilder(const QString &id);
    SourceBuilder &title(const QString &title);
    SourceBuilder &description(const QJsonValue &description); // in place of the title
    SourceBuilder &publisher(const QString &publisher);
    SourceBuilder &url(const QString &url);
    SourceBuilder &note(const QJsonValue &note); // with no url: why there is none
    SourceBuilder &date(const QString &date);
    SourceBuilder &seed(const QString &seed);
    QString id() const;
    QJsonObject json() const;

private:
    QJsonObject m_json;
};

// What the four file builders share: sources, a category list and items.
class FileBuilder
{
public:
    QJsonObject json() const;
    QByteArray bytes() const;
    // Writes the file; false (with a test warning naming the file) when it cannot.
    bool write(const QString &path) const;

protected:
    // \a categoryKey: the file's list of categories ("kinds", "groups"); \a
    // categoryField: the field of an item that names one ("kind", "group").
    FileBuilder(QString categoryKey, QString categoryField, QString fileName);
    void addSource(const SourceBuilder &source);
    void addCategory(const QString &id, const QJsonValue &name);
    void addItem(const QJsonObject &item) { m_items.append(item); }
    // Whatever else the file holds beside sources, categories and items.
    virtual void complete(QJsonObject *root) const;
    QString fileName() const { return m_fileName; }

private:
    QString m_categoryKey;
    QString m_categoryField;
    QString m_fileName;
    QJsonArray m_sources;
    QJsonArray m_categories;
    QJsonArray m_items;
};

// --- timeline.json ------------------------------------------------------------

class TimelineEventBuilder
{
public:
    // An event of 13 October 2025 in category "c", titled "Event <id>", citing source "s".
    explicit TimelineEventBuilder(const QString &id);
    TimelineEventBuilder &date(const QString &date);
    TimelineEventBuilder &notBefore(const QString &date);
    TimelineEventBuilder &notAfter(const QString &date);
    TimelineEventBuilder &category(const QString &category);
    TimelineEventBuilder &title(const QJsonValue &title);
    TimelineEventBuilder &place(const QJsonValue &place);
    TimelineEventBuilder &people(const QJsonArray &people);
    TimelineEventBuilder &description(const QJsonValue &description);
    TimelineEventBuilder &quote(const QString &text, const QJsonValue &by = {},
                                const QString &language = QStringLiteral("en"));
    TimelineEventBuilder &quoteTranslation(const QString &language, const QString &text);
    TimelineEventBuilder &sources(const QStringList &sources);
    TimelineEventBuilder &confidence(const QString &confidence);
    QJsonObject json() const { return m_json; }

private:
    QJsonObject m_json;
};

class TimelineBuilder : public FileBuilder
{
public:
    TimelineBuilder();
    TimelineBuilder &source(const SourceBuilder &source);
    TimelineBuilder &category(const QString &id, const QJsonValue &name);
    TimelineBuilder &era(const QString &id, const QJsonValue &name, const QString &start,
                         const QString &end);
    TimelineBuilder &event(const TimelineEventBuilder &event);
    TimelineContent content() const;

private:
    void complete(QJsonObject *root) const override;
    QJsonArray m_eras;
};

// --- partners.json ------------------------------------------------------------

class PartnerBuilder
{
public:
    // A partner named "Partner <id>" in category "c", citing source "s".
    explicit PartnerBuilder(const QString &id);
    PartnerBuilder &name(const QJsonValue &name);
    PartnerBuilder &monogram(const QString &monogram);
    PartnerBuilder &category(const QString &category);
    PartnerBuilder &product(const QJsonValue &product);
    PartnerBuilder &description(const QJsonValue &description);
    PartnerBuilder &place(const QJsonValue &place);
    PartnerBuilder &people(const QJsonArray &people);
    PartnerBuilder &sources(const QStringList &sources);
    PartnerBuilder &confidence(const QString &confidence);
    QJsonObject json() const { return m_json; }

private:
    QJsonObject m_json;
};

class PartnersBuilder : public FileBuilder
{
public:
    PartnersBuilder();
    PartnersBuilder &source(const SourceBuilder &source);
    PartnersBuilder &category(const QString &id, const QJsonValue &name);
    PartnersBuilder &partner(const PartnerBuilder &partner);
    PartnerContent content() const;
};

// --- reviews.json -------------------------------------------------------------

class ReviewBuilder
{
public:
    // A positive review of kind "c" by "Outlet <id>", quoting "Quote <id>.", citing source "s".
    explicit ReviewBuilder(const QString &id);
    ReviewBuilder &outlet(const QString &outlet);
    ReviewBuilder &byline(const QJsonValue &byline);
    ReviewBuilder &kind(const QString &kind);
    ReviewBuilder &tone(const QString &tone);
    ReviewBuilder &quote(const QString &text, const QString &language = QStringLiteral("en"));
    ReviewBuilder &quoteTranslation(const QString &language, const QString &text);
    ReviewBuilder &summary(const QJsonValue &summary);
    ReviewBuilder &award(const QJsonValue &award);
    ReviewBuilder &reviewTitle(const QString &title);
    ReviewBuilder &date(const QString &date);
    ReviewBuilder &featured(bool featured = true);
    ReviewBuilder &sources(const QStringList &sources);
    ReviewBuilder &confidence(const QString &confidence);
    QJsonObject json() const { return m_json; }

private:
    QJsonObject m_json;
};

class ReviewsBuilder : public FileBuilder
{
public:
    ReviewsBuilder();
    ReviewsBuilder &source(const SourceBuilder &source);
    ReviewsBuilder &kind(const QString &id, const QJsonValue &name);
    ReviewsBuilder &review(const ReviewBuilder &review);
    ReviewContent content() const;
};

// --- hardware.json ------------------------------------------------------------

class PartBuilder
{
public:
    // A part named "Part <id>" in group "c", valued "Value <id>", citing source
    // "s", with no place in the diagram; spec() makes it a spec row.
    explicit PartBuilder(const QString &id);
    PartBuilder &spec();
    PartBuilder &group(const QString &group);
    PartBuilder &name(const QJsonValue &name);
    PartBuilder &value(const QJsonValue &value);
    PartBuilder &why(const QJsonValue &why);
    // A place in the 100 x 100 diagram: shape as the file writes it ("gpu", "usb-c").
    PartBuilder &diagram(const QString &shape, const QRectF &rect, int count = 1);
    PartBuilder &sources(const QStringList &sources);
    PartBuilder &confidence(const QString &confidence);
    QJsonObject json() const { return m_json; }

private:
    QJsonObject m_json;
};

// One value of a "Then and now" metric, citing source "s".
class MetricValueBuilder
{
public:
    explicit MetricValueBuilder(double value);
    MetricValueBuilder &label(const QJsonValue &label);
    MetricValueBuilder &note(const QJsonValue &note);
    MetricValueBuilder &sources(const QStringList &sources);
    MetricValueBuilder &confidence(const QString &confidence);
    QJsonObject json() const { return m_json; }

private:
    QJsonObject m_json;
};

class HardwareBuilder : public FileBuilder
{
public:
    // No parts, no comparison and no memory fit until a test adds them.
    HardwareBuilder();
    HardwareBuilder &source(const SourceBuilder &source);
    HardwareBuilder &group(const QString &id, const QJsonValue &name);
    HardwareBuilder &part(const PartBuilder &part);
    // A column of "Then and now".
    HardwareBuilder &system(const QString &id, const QJsonValue &name, const QString &date);
    // A row of "Then and now": one value per system, in the systems' order, each citing "s".
    // unit: "usd", "watt", "kilogram", "gigabyte", "teraflops".
    HardwareBuilder &metric(const QString &id, const QJsonValue &name, const QString &unit,
                            const std::vector<double> &values, bool logarithmic = false);
    // The same, with labels, notes, sources or confidence on the values.
    HardwareBuilder &metric(const QString &id, const QJsonValue &name, const QString &unit,
                            const std::vector<MetricValueBuilder> &values,
                            bool logarithmic = false);
    HardwareBuilder &precision(const QString &id, const QJsonValue &name, double bytesPerParameter);
    HardwareBuilder &modelSize(const QString &id, const QJsonValue &name, double parameters,
                               const QStringList &sources = {QStringLiteral("s")});
    HardwareBuilder &capacity(const QString &id, const QJsonValue &name, double gigabytes,
                              const QStringList &sources = {QStringLiteral("s")});
    HardwareContent content() const;

private:
    void complete(QJsonObject *root) const override;
    QJsonArray m_systems;
    QJsonArray m_metrics;
    QJsonArray m_precisions;
    QJsonArray m_modelSizes;
    QJsonArray m_capacities;
};

// --- all four -----------------------------------------------------------------

struct ContentSetBuilder
{
    HardwareBuilder hardware;
    TimelineBuilder timeline;
    PartnersBuilder partners;
    ReviewsBuilder reviews;

    ContentSet content() const;
    // Writes hardware.json, timeline.json, partners.json and reviews.json into
    // \a directory; false when one cannot be written.
    bool write(const QString &directory) const;
};

} // namespace Fixtures
