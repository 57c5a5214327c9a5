// The four content files' formats: which keys each file and each of its items
// holds, which are required, and what each value must be. The readers of
// single values and the diagnostics are in contentparser.cpp.
#include "contentparser.h"

#include "contentjson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

using ContentJson::child;

template<typename Content>
std::optional<Content> ContentParser::finished(Content content)
{
    m_references.checkEverySourceCited(content.sources);
    if (hasErrors())
        return std::nullopt;
    return content;
}

template<typename Content>
bool ContentParser::opened(const QByteArray &json, std::initializer_list<QStringView> keys,
                           QJsonObject *root, Content *content)
{
    if (!readDocument(json, root))
        return false;
    rejectUnknownKeys(*root, QString(), keys);
    content->sources = sources(*root);
    return true;
}

template<typename Item, typename Read>
void ContentParser::items(const QJsonObject &root, std::initializer_list<QStringView> keys,
                          std::vector<Item> *items, Read read)
{
    // Room for every element, which readDocument() found to be an array.
    const qsizetype count = root.value(u"items"_s).toArray().size();
    IdIndex ids;
    ids.reserve(count);
    items->reserve(static_cast<size_t>(count));
    forEachObject(root, u"items"_s, QString(), Presence::Required,
                  [&](const QJsonObject &o, const QString &p) {
                      rejectUnknownKeys(o, p, keys);
                      Item item;
                      item.id = id(o, p, &ids);
                      read(o, p, item);
                      item.sources = sourceRefs(o, p);
                      item.confidence = confidence(o, p);
                      items->push_back(std::move(item));
                  });
}

// --- hardware.json -----------------------------------------------------------

std::optional<HardwareContent> ContentParser::parseHardware(const QByteArray &json)
{
    QJsonObject root;
    HardwareContent content;
    if (!opened(json,
                {u"schemaVersion", u"sources", u"groups", u"items", u"comparison", u"memoryFit"},
                &root, &content))
        return std::nullopt;
    IdIndex groupIds;
    content.groups = categories(root, u"groups"_s, &groupIds);

    // In the order of DiagramShape.
    static const QStringList shapes = {u"chassis"_s,  u"superchip"_s, u"cpu"_s,      u"gpu"_s,
                                       u"link"_s,     u"memory"_s,    u"storage"_s,  u"network"_s,
                                       u"wireless"_s, u"port"_s,      u"power"_s,    u"software"_s,
                                       u"usb-c"_s,    u"hdmi"_s,      u"ethernet"_s, u"qsfp"_s};
    items(root,
          {u"id", u"kind", u"group", u"name", u"value", u"why", u"diagram", u"sources",
           u"confidence"},
          &content.items, [&](const QJsonObject &o, const QString &p, HardwareItem &item) {
              static const QStringList kinds = {u"part"_s, u"spec"_s};
              const QString kind = enumeration(o, u"kind"_s, p, Presence::Required, kinds);
              item.kind = kind == u"spec" ? HardwareKind::Spec : HardwareKind::Part;
              item.group = reference(o, u"group"_s, p, Presence::Required, groupIds);
              item.name = text(o, u"name"_s, p, Presence::Required, MaxShortText);
              item.value = text(o, u"value"_s, p, Presence::Required, MaxShortText);
              item.why = text(o, u"why"_s, p, Presence::Required, MaxLongText);
              if (present(o, u"diagram"_s, p, Presence::Optional)) {
                  const QString dp = child(p, u"diagram");
                  const QJsonValue value = o.value(u"diagram"_s);
                  if (isObject(value, dp)) {
                      const QJsonObject d = value.toObject();
                      rejectUnknownKeys(d, dp, {u"shape", u"rect", u"count"});
                      DiagramPlacement placement;
                      const QString shape =
                              enumeration(d, u"shape"_s, dp, Presence::Required, shapes);
                      placement.shape = static_cast<DiagramShape>(
                              std::max<qsizetype>(0, shapes.indexOf(shape)));
                      const QString rp = child(dp, u"rect");
                      const QJsonValue rect = d.value(u"rect"_s);
                      const QJsonArray r = rect.toArray();
                      bool ok = rect.isArray() && r.size() == 4;
                      for (const QJsonValue &v : r)
                          ok = ok && v.isDouble() && v.toDouble() >= 0 && v.toDouble() <= 100;
                      if (ok) {
                          placement.rect = QRectF(r.at(0).toDouble(), r.at(1).toDouble(),
                                                  r.at(2).toDouble(), r.at(3).toDouble());
                          ok = placement.rect.width() > 0 && placement.rect.height() > 0 &&
                               placement.rect.right() <= 100 && placement.rect.bottom() <= 100;
                      }
                      if (!ok) {
                          error(rp, tr("must be [x, y, width, height] inside the "
                                       "100 × 100 diagram, with a width and a height"));
                      }
                      if (present(d, u"count"_s, dp, Presence::Optional)) {
                          const double count = number(d, u"count"_s, dp, 1, 32);
                          if (count != std::floor(count))
                              error(child(dp, u"count"), tr("must be a whole number"));
                          else if (count >= 1)
                              placement.count = static_cast<int>(count);
                      }
                      item.diagram = placement;
                  }
              }
          });

    // The "Then and now" comparison: systems are the columns, metrics the rows.
    if (present(root, u"comparison"_s, QString(), Presence::Required) &&
        isObject(root.value(u"comparison"_s), u"/comparison"_s)) {
        const QJsonObject comparison = root.value(u"comparison"_s).toObject();
        const QString cp = u"/comparison"_s;
        rejectUnknownKeys(comparison, cp, {u"systems", u"metrics"});
        IdIndex systemIds;
        forEachObject(comparison, u"systems"_s, cp, Presence::Required,
                      [&](const QJsonObject &o, const QString &p) {
                          rejectUnknownKeys(o, p, {u"id", u"name", u"date"});
                          ComparisonSystem system;
                          system.id = id(o, p, &systemIds);
                          system.name = text(o, u"name"_s, p, Presence::Required, MaxShortText);
                          system.date = date(o, u"date"_s, p, Presence::Required);
                          content.systems.push_back(std::move(system));
                      });
        static const QStringList units = {u"usd"_s, u"watt"_s, u"kilogram"_s, u"gigabyte"_s,
                                          u"teraflops"_s};
        IdIndex metricIds;
        forEachObject(
                comparison, u"metrics"_s, cp, Presence::Required,
                [&](const QJsonObject &o, const QString &p) {
                    rejectUnknownKeys(o, p, {u"id", u"name", u"unit", u"scale", u"values"});
                    ComparisonMetric metric;
                    metric.id = id(o, p, &metricIds);
                    metric.name = text(o, u"name"_s, p, Presence::Required, MaxShortText);
                    const QString unit = enumeration(o, u"unit"_s, p, Presence::Required, units);
                    metric.unit = static_cast<Unit>(std::max<qsizetype>(0, units.indexOf(unit)));
                    metric.logarithmic = enumeration(o, u"scale"_s, p, Presence::Required,
                                                     {u"linear"_s, u"log"_s}) == u"log";
                    const QString vp = child(p, u"values");
                    if (!present(o, u"values"_s, p, Presence::Required) ||
                        !isObject(o.value(u"values"_s), vp)) {
                        content.metrics.push_back(std::move(metric));
                        return;
                    }
                    const QJsonObject values = o.value(u"values"_s).toObject();
                    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
                        if (!systemIds.contains(it.key()))
                            m_references.checkSystem(it.key(), systemIds, child(vp, it.key()));
                    }
                    for (const ComparisonSystem &system : content.systems) {
                        ComparisonValue entry;
                        const QString sp = child(vp, system.id);
                        if (present(values, system.id, vp, Presence::Required) &&
                            isObject(values.value(system.id), sp)) {
                            const QJsonObject v = values.value(system.id).toObject();
                            rejectUnknownKeys(
                                    v, sp,
                                    {u"value", u"label", u"note", u"sources", u"confidence"});
                            entry.value =
                                    number(v, u"value"_s, sp, metric.logarithmic ? 1e-9 : 0, 1e12);
                            entry.label = text(v, u"label"_s, sp, Presence::Optional, MaxShortText);
                            entry.note = text(v, u"note"_s, sp, Presence::Optional, MaxLongText);
                            entry.sources = sourceRefs(v, sp);
                            entry.confidence = confidence(v, sp);
                        }
                        metric.values.push_back(std::move(entry));
                    }
                    content.metrics.push_back(std::move(metric));
                });
    }

    // "What fits in memory": model sizes × numeric precisions against capacities.
    if (present(root, u"memoryFit"_s, QString(), Presence::Required) &&
        isObject(root.value(u"memoryFit"_s), u"/memoryFit"_s)) {
        const QJsonObject fit = root.value(u"memoryFit"_s).toObject();
        const QString fp = u"/memoryFit"_s;
        rejectUnknownKeys(fit, fp, {u"precisions", u"modelSizes", u"capacities"});
        IdIndex ids;
        forEachObject(fit, u"precisions"_s, fp, Presence::Required,
                      [&](const QJsonObject &o, const QString &p) {
                          rejectUnknownKeys(o, p, {u"id", u"name", u"bytesPerParameter"});
                          NumericPrecision precision;
                          precision.id = id(o, p, &ids);
                          precision.name = text(o, u"name"_s, p, Presence::Required, MaxShortText);
                          precision.bytesPerParameter =
                                  number(o, u"bytesPerParameter"_s, p, 0.01, 64);
                          content.precisions.push_back(std::move(precision));
                      });
        forEachObject(
                fit, u"modelSizes"_s, fp, Presence::Required,
                [&](const QJsonObject &o, const QString &p) {
                    rejectUnknownKeys(o, p, {u"id", u"name", u"note", u"parameters", u"sources"});
                    ModelSize size;
                    size.id = id(o, p, &ids);
                    size.name = text(o, u"name"_s, p, Presence::Required, MaxShortText);
                    size.note = text(o, u"note"_s, p, Presence::Optional, MaxLongText);
                    size.parameters = number(o, u"parameters"_s, p, 1e6, 1e14);
                    size.sources = sourceRefs(o, p);
                    content.modelSizes.push_back(std::move(size));
                });
        forEachObject(fit, u"capacities"_s, fp, Presence::Required,
                      [&](const QJsonObject &o, const QString &p) {
                          rejectUnknownKeys(o, p, {u"id", u"name", u"gigabytes", u"sources"});
                          MemoryCapacity capacity;
                          capacity.id = id(o, p, &ids);
                          capacity.name = text(o, u"name"_s, p, Presence::Required, MaxShortText);
                          capacity.gigabytes = number(o, u"gigabytes"_s, p, 1, 1e7);
                          capacity.sources = sourceRefs(o, p);
                          content.capacities.push_back(std::move(capacity));
                      });
    }

    return finished(std::move(content));
}

// --- timeline.json -----------------------------------------------------------

std::optional<TimelineContent> ContentParser::parseTimeline(const QByteArray &json)
{
    QJsonObject root;
    TimelineContent content;
    if (!opened(json, {u"schemaVersion", u"sources", u"categories", u"eras", u"items"}, &root,
                &content))
        return std::nullopt;
    IdIndex categoryIds;
    content.categories = categories(root, u"categories"_s, &categoryIds);

    IdIndex eraIds;
    forEachObject(root, u"eras"_s, QString(), Presence::Required,
                  [&](const QJsonObject &o, const QString &p) {
                      rejectUnknownKeys(o, p, {u"id", u"name", u"start", u"end"});
                      Era era;
                      era.id = id(o, p, &eraIds);
                      era.name = text(o, u"name"_s, p, Presence::Required, MaxShortText);
                      era.start = date(o, u"start"_s, p, Presence::Required);
                      era.end = date(o, u"end"_s, p, Presence::Required);
                      if (era.start.isValid() && era.end.isValid() &&
                          era.end.last() < era.start.first()) {
                          error(child(p, u"end"), tr("the era ends before it starts"));
                      }
                      content.eras.push_back(std::move(era));
                  });

    items(root,
          {u"id", u"date", u"notBefore", u"notAfter", u"category", u"title", u"place", u"people",
           u"description", u"quote", u"sources", u"confidence"},
          &content.items, [&](const QJsonObject &o, const QString &p, TimelineEvent &event) {
              event.date = date(o, u"date"_s, p, Presence::Required);
              event.notBefore = date(o, u"notBefore"_s, p, Presence::Optional);
              event.notAfter = date(o, u"notAfter"_s, p, Presence::Optional);
              if (event.date.isValid()) {
                  const auto checkBound = [&](const PartialDate &bound, QStringView key) {
                      if (bound.isValid() && (bound.first() < event.date.first() ||
                                              bound.last() > event.date.last())) {
                          //: %1 is a field name, %2 the event's date
                          error(child(p, key),
                                tr("%1 must fall within the date %2")
                                        .arg(key.toString(), event.date.toIsoString()));
                      }
                  };
                  checkBound(event.notBefore, u"notBefore");
                  checkBound(event.notAfter, u"notAfter");
              }
              if (event.notBefore.isValid() && event.notAfter.isValid() &&
                  event.notAfter.last() < event.notBefore.first()) {
                  error(child(p, u"notAfter"), tr("notAfter is earlier than notBefore"));
              }
              event.category = reference(o, u"category"_s, p, Presence::Required, categoryIds);
              event.title = text(o, u"title"_s, p, Presence::Required, MaxShortText);
              event.place = text(o, u"place"_s, p, Presence::Optional, MaxShortText);
              event.people = textList(o, u"people"_s, p, MaxShortText);
              event.description = text(o, u"description"_s, p, Presence::Required, MaxLongText);
              event.quote = quote(o, u"quote"_s, p, Presence::Optional);
          });

    return finished(std::move(content));
}

// --- partners.json -----------------------------------------------------------

std::optional<PartnerContent> ContentParser::parsePartners(const QByteArray &json)
{
    QJsonObject root;
    PartnerContent content;
    if (!opened(json, {u"schemaVersion", u"sources", u"categories", u"items"}, &root, &content))
        return std::nullopt;
    IdIndex categoryIds;
    content.categories = categories(root, u"categories"_s, &categoryIds);

    items(root,
          {u"id", u"name", u"monogram", u"category", u"product", u"description", u"place",
           u"people", u"sources", u"confidence"},
          &content.items, [&](const QJsonObject &o, const QString &p, Partner &partner) {
              partner.name = text(o, u"name"_s, p, Presence::Required, MaxShortText);
              partner.monogram = string(o, u"monogram"_s, p, Presence::Optional, 3);
              partner.category = reference(o, u"category"_s, p, Presence::Required, categoryIds);
              partner.product = text(o, u"product"_s, p, Presence::Optional, MaxShortText);
              partner.description = text(o, u"description"_s, p, Presence::Required, MaxLongText);
              partner.place = text(o, u"place"_s, p, Presence::Optional, MaxShortText);
              partner.people = textList(o, u"people"_s, p, MaxShortText);
          });

    return finished(std::move(content));
}

// --- reviews.json ------------------------------------------------------------

std::optional<ReviewContent> ContentParser::parseReviews(const QByteArray &json)
{
    QJsonObject root;
    ReviewContent content;
    if (!opened(json, {u"schemaVersion", u"sources", u"kinds", u"items"}, &root, &content))
        return std::nullopt;
    IdIndex kindIds;
    content.kinds = categories(root, u"kinds"_s, &kindIds);

    static const QStringList tones = {u"positive"_s, u"measured"_s, u"critical"_s};
    items(root,
          {u"id", u"outlet", u"byline", u"kind", u"tone", u"quote", u"summary", u"award",
           u"reviewTitle", u"date", u"featured", u"sources", u"confidence"},
          &content.items, [&](const QJsonObject &o, const QString &p, Review &review) {
              review.outlet = string(o, u"outlet"_s, p, Presence::Required, MaxShortText);
              review.byline = text(o, u"byline"_s, p, Presence::Optional, MaxShortText);
              review.kind = reference(o, u"kind"_s, p, Presence::Required, kindIds);
              const QString tone = enumeration(o, u"tone"_s, p, Presence::Required, tones);
              review.tone = tone == u"critical"   ? Tone::Critical
                            : tone == u"measured" ? Tone::Measured
                                                  : Tone::Positive;
              if (auto q = quote(o, u"quote"_s, p, Presence::Required))
                  review.quote = *q;
              review.summary = text(o, u"summary"_s, p, Presence::Optional, MaxLongText);
              review.award = text(o, u"award"_s, p, Presence::Optional, MaxShortText);
              review.reviewTitle = string(o, u"reviewTitle"_s, p, Presence::Optional, MaxShortText);
              review.date = date(o, u"date"_s, p, Presence::Optional);
              review.featured = boolean(o, u"featured"_s, p);
          });

    return finished(std::move(content));
}
