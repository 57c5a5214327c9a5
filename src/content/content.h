#pragma once

#include "localizedtext.h"
#include "partialdate.h"

#include <QRectF>
#include <QStringList>

#include <optional>
#include <vector>

// The content of the four files under resources/data, as the loader hands it to
// the models: already validated, so nothing downstream checks it again.

enum class Confidence { High, Medium, Low };

// Where a fact comes from: one real document. Items refer to sources by id.
struct Source
{
    QString id;
    QString title; // the document's own title, as published; empty when unknown
    QString publisher;
    QString url;  // https; empty when the document has no known address
    QString seed; // the seed article the fact was read in, such as "004"
    PartialDate date;
    LocalizedText description = {}; // in place of the title, when the title is not known
    LocalizedText note = {};        // why there is no url, or anything else a reader should know
};

// One value of a category list that the data defines for itself (partner
// categories, timeline categories, review kinds, hardware groups).
struct Category
{
    QString id;
    LocalizedText name;
};

// A quotation keeps its original words; translations, when present, are shown
// beneath it and marked as translations.
struct Quote
{
    QString text;
    QString language; // the language of the original words
    LocalizedText by; // who said it, may be empty
    LocalizedText translations;
};

// --- hardware.json ---------------------------------------------------------

enum class HardwareKind { Part, Spec };

enum class DiagramShape {
    Chassis,
    Superchip,
    Cpu,
    Gpu,
    Link,
    Memory,
    Storage,
    Network,
    Wireless,
    Port, // a generic connector
    Power,
    Software,
    UsbC,     // USB-C receptacles
    Hdmi,     // an HDMI receptacle
    Ethernet, // an RJ-45 jack
    Qsfp      // QSFP cages
};

// Where a part sits in the illustrated breakdown: a rectangle in a
// 100 x 100 design space that the diagram scales to its size.
struct DiagramPlacement
{
    DiagramShape shape = DiagramShape::Chassis;
    QRectF rect;
    int count = 1; // how many units the shape shows: connectors, packages, cores
};

struct HardwareItem
{
    QString id;
    HardwareKind kind = HardwareKind::Part;
    QString group;
    LocalizedText name;
    LocalizedText value;
    LocalizedText why;
    std::optional<DiagramPlacement> diagram;
    QStringList sources;
    Confidence confidence = Confidence::High;
};

enum class Unit { UsDollar, Watt, Kilogram, Gigabyte, Teraflops };

struct ComparisonSystem
{
    QString id;
    LocalizedText name;
    PartialDate date;
};

struct ComparisonValue
{
    double value = 0;
    LocalizedText label; // how the value reads on the chart ("FP16, dense")
    LocalizedText note;
    QStringList sources;
    Confidence confidence = Confidence::High;
};

struct ComparisonMetric
{
    QString id;
    LocalizedText name;
    Unit unit = Unit::UsDollar;
    bool logarithmic = false;
    std::vector<ComparisonValue> values; // one per system, in the systems' order
};

struct ModelSize
{
    QString id;
    LocalizedText name;
    LocalizedText note;
    double parameters = 0;
    QStringList sources;
};

struct NumericPrecision
{
    QString id;
    LocalizedText name;
    double bytesPerParameter = 0;
};

struct MemoryCapacity
{
    QString id;
    LocalizedText name;
    double gigabytes = 0;
    QStringList sources;
};

struct HardwareContent
{
    std::vector<Source> sources;
    std::vector<Category> groups;
    std::vector<HardwareItem> items;
    std::vector<ComparisonSystem> systems;
    std::vector<ComparisonMetric> metrics;
    std::vector<NumericPrecision> precisions;
    std::vector<ModelSize> modelSizes;
    std::vector<MemoryCapacity> capacities;
};

// --- timeline.json ---------------------------------------------------------

struct Era
{
    QString id;
    LocalizedText name;
    PartialDate start;
    PartialDate end;
};

struct TimelineEvent
{
    QString id;
    PartialDate date;
    // Optional day-precision bounds that narrow a month- or year-precision date,
    // when the sources pin it down further than the date itself says.
    PartialDate notBefore;
    PartialDate notAfter;
    QString category;
    LocalizedText title;
    LocalizedText place;
    std::vector<LocalizedText> people;
    LocalizedText description;
    std::optional<Quote> quote;
    QStringList sources;
    Confidence confidence = Confidence::High;

    // The first and the last day the event may have happened on.
    QDate earliest() const;
    QDate latest() const;
};

struct TimelineContent
{
    std::vector<Source> sources;
    std::vector<Category> categories;
    std::vector<Era> eras;
    std::vector<TimelineEvent> items;
};

// --- partners.json ---------------------------------------------------------

struct Partner
{
    QString id;
    LocalizedText name;
    QString monogram;
    QString category;
    LocalizedText product;
    LocalizedText description;
    LocalizedText place;
    std::vector<LocalizedText> people;
    QStringList sources;
    Confidence confidence = Confidence::High;
};

struct PartnerContent
{
    std::vector<Source> sources;
    std::vector<Category> categories;
    std::vector<Partner> items;
};

// --- reviews.json ----------------------------------------------------------

enum class Tone { Positive, Measured, Critical };

struct Review
{
    QString id;
    QString outlet;
    LocalizedText byline;
    QString kind;
    Tone tone = Tone::Positive;
    Quote quote;
    LocalizedText summary;
    LocalizedText award;
    QString reviewTitle;
    PartialDate date;
    bool featured = false;
    QStringList sources;
    Confidence confidence = Confidence::High;
};

struct ReviewContent
{
    std::vector<Source> sources;
    std::vector<Category> kinds;
    std::vector<Review> items;
};

// --- all of it -------------------------------------------------------------

// The four content files, each filling one part of a ContentSet.
enum class ContentFile { Hardware, Timeline, Partners, Reviews };

struct ContentSet
{
    HardwareContent hardware;
    TimelineContent timeline;
    PartnerContent partners;
    ReviewContent reviews;
    // The parts still being read (large files of a content folder, parsed on
    // a worker thread after the first frame): empty until they arrive.
    QList<ContentFile> pending = {};

    bool isPending(ContentFile file) const { return pending.contains(file); }
    bool isComplete() const { return pending.isEmpty(); }
};
