#include "contentparser.h"

#include "contentjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

#include <cmath>

using namespace Qt::StringLiterals;

using ContentJson::child;
using ContentJson::quotedList;
using ContentJson::typeName;

namespace {

bool isLower(QChar c)
{
    return c >= u'a' && c <= u'z';
}

bool isUpper(QChar c)
{
    return c >= u'A' && c <= u'Z';
}

// "de", "fil", "zh_CN", "sr_Latn"
bool isLanguageCode(QStringView code)
{
    const qsizetype separator = code.indexOf(u'_');
    const QStringView language = separator < 0 ? code : code.left(separator);
    if (language.size() < 2 || language.size() > 3 ||
        !std::all_of(language.begin(), language.end(), isLower))
        return false;
    if (separator < 0)
        return true;
    const QStringView region = code.mid(separator + 1);
    if (region.size() == 2)
        return isUpper(region[0]) && isUpper(region[1]);
    return region.size() == 4 && isUpper(region[0]) &&
           std::all_of(region.begin() + 1, region.end(), isLower);
}

// Room for one entry per element of "items", which readDocument() found to be
// an array: in \a items, and in the index of their ids that it returns.
template<typename Item>
ContentReferences::IdIndex contentParserReserveItems(const QJsonObject &root,
                                                     std::vector<Item> *items)
{
    const qsizetype count = root.value(u"items"_s).toArray().size();
    ContentReferences::IdIndex ids;
    ids.reserve(count);
    items->reserve(static_cast<size_t>(count));
    return ids;
}

} // namespace

template<typename Content>
std::optional<Content> ContentParser::finished(Content content)
{
    m_references.checkEverySourceCited(content.sources);
    if (hasErrors())
        return std::nullopt;
    return content;
}

ContentParser::ContentParser(QString fileLabel)
    : m_file(std::move(fileLabel))
    , m_references(
              [this](const QString &pointer, const QString &message) { error(pointer, message); })
{}

QString ContentParser::Where::pointer() const
{
    QString result = parent;
    if (!key.isNull())
        result = child(result, key);
    if (!subkey.isNull())
        result = child(result, subkey);
    return result;
}

void ContentParser::error(const QString &pointer, const QString &message)
{
    if (m_truncated)
        return;
    if (m_diagnostics.size() >= MaxDiagnostics) {
        m_truncated = true;
        //: Shown after the first hundred problems in one content file.
        m_diagnostics.append({m_file, QString(),
                              tr("more problems were found; fix the ones above and check again")});
        return;
    }
    m_diagnostics.append({m_file, pointer, message});
}

bool ContentParser::readDocument(const QByteArray &json, QJsonObject *root)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        int line = 1;
        int column = 1;
        const qsizetype end = std::min<qsizetype>(parseError.offset, json.size());
        for (qsizetype i = 0; i < end; ++i) {
            const char c = json.at(i);
            if (c == '\n') {
                ++line;
                column = 1;
            } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
                ++column; // count characters, not UTF-8 continuation bytes
            }
        }
        //: %1 line, %2 column, %3 byte offset, %4 the parser's reason
        error(u"/"_s, tr("invalid JSON at line %1, column %2 (byte offset %3): %4")
                              .arg(line)
                              .arg(column)
                              .arg(parseError.offset)
                              .arg(parseError.errorString()));
        return false;
    }
    if (!document.isObject()) {
        error(u"/"_s, tr("the file must hold one JSON object: "
                         "{\"schemaVersion\": 1, \"items\": [...]}"));
        return false;
    }
    *root = document.object();

    const QString versionPointer = u"/schemaVersion"_s;
    const QJsonValue version = root->value(u"schemaVersion"_s);
    if (version.isUndefined()) {
        error(versionPointer,
              tr("required field is missing; write \"schemaVersion\": %1").arg(SchemaVersion));
        return false;
    }
    const double number = version.toDouble(-1);
    if (!version.isDouble() || number != std::floor(number)) {
        error(versionPointer, tr("must be a whole number, not %1").arg(typeName(version)));
        return false;
    }
    if (number > SchemaVersion) {
        error(versionPointer, tr("schema version %1 is newer than this app supports (%2); "
                                 "update the app or write the older format")
                                      .arg(number)
                                      .arg(SchemaVersion));
        return false;
    }
    if (number < 1) {
        error(versionPointer,
              tr("schema version %1 does not exist; write %2").arg(number).arg(SchemaVersion));
        return false;
    }

    const QJsonValue items = root->value(u"items"_s);
    if (items.isUndefined()) {
        error(u"/items"_s, tr("required field is missing"));
        return false;
    }
    if (!items.isArray()) {
        error(u"/items"_s, tr("must be an array, not %1").arg(typeName(items)));
        return false;
    }
    if (items.toArray().size() > MaxItems) {
        error(u"/items"_s,
              tr("%1 items is over the limit of %2").arg(items.toArray().size()).arg(MaxItems));
        return false;
    }
    return true;
}

bool ContentParser::isObject(const QJsonValue &value, const QString &pointer)
{
    if (value.isObject())
        return true;
    error(pointer, tr("must be an object, not %1").arg(typeName(value)));
    return false;
}

void ContentParser::rejectUnknownKeys(const QJsonObject &object, const QString &pointer,
                                      std::initializer_list<QStringView> known)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (std::find(known.begin(), known.end(), it.key()) != known.end())
            continue;
        QStringList names;
        for (QStringView name : known)
            names.append(name.toString());
        //: A field name in a content file is not one the format knows; %1 lists the known ones.
        error(child(pointer, it.key()),
              tr("unknown field; expected one of: %1").arg(quotedList(names)));
    }
}

bool ContentParser::present(const QJsonObject &object, const QString &key, const QString &pointer,
                            Presence presence)
{
    return !field(object, key, pointer, presence).isUndefined();
}

QJsonValue ContentParser::field(const QJsonObject &object, const QString &key,
                                const QString &pointer, Presence presence)
{
    // One lookup: JSON has no undefined value, so undefined means absent.
    QJsonValue value = object.value(key);
    if (value.isUndefined() && presence == Presence::Required)
        error(child(pointer, key), tr("required field is missing"));
    return value;
}

bool ContentParser::checkText(const QString &text, const Where &where, int maxLength)
{
    // What trimmed() would leave empty, without making the trimmed copy.
    if (std::all_of(text.begin(), text.end(), [](QChar c) { return c.isSpace(); })) {
        error(where.pointer(), tr("must not be empty"));
        return false;
    }
    if (text.size() > maxLength) {
        error(where.pointer(),
              tr("is %1 characters long; the limit is %2").arg(text.size()).arg(maxLength));
        return false;
    }
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n') || u == 0x7F) {
            error(where.pointer(),
                  tr("contains the control character U+%1")
                          .arg(QString::number(u, 16).toUpper().rightJustified(4, u'0')));
            return false;
        }
    }
    return true;
}

QString ContentParser::id(const QJsonObject &object, const QString &pointer, IdIndex *seen)
{
    const QJsonValue value = field(object, u"id"_s, pointer, Presence::Required);
    if (value.isUndefined())
        return {};
    return m_references.claimId(value, pointer, seen);
}

QString ContentParser::string(const QJsonObject &object, const QString &key, const QString &pointer,
                              Presence presence, int maxLength)
{
    const QJsonValue value = field(object, key, pointer, presence);
    if (value.isUndefined())
        return {};
    const Where at{pointer, key};
    if (!value.isString()) {
        error(at.pointer(), tr("must be a string, not %1").arg(typeName(value)));
        return {};
    }
    const QString text = value.toString();
    return checkText(text, at, maxLength) ? text : QString();
}

LocalizedText ContentParser::text(const QJsonObject &object, const QString &key,
                                  const QString &pointer, Presence presence, int maxLength,
                                  English english)
{
    const QJsonValue value = field(object, key, pointer, presence);
    if (value.isUndefined())
        return {};
    return textValue(value, pointer, key, maxLength, english);
}

LocalizedText ContentParser::textValue(const QJsonValue &value, const QString &pointer,
                                       QStringView key, int maxLength, English english)
{
    LocalizedText result;
    const Where at{pointer, key};
    // A plain string is shorthand for English-only text.
    if (value.isString() && english == English::Required) {
        const QString words = value.toString();
        if (checkText(words, at, maxLength))
            result.insert(u"en"_s, words);
        return result;
    }
    if (!value.isObject()) {
        error(at.pointer(),
              tr("must be a text object such as {\"en\": \"…\", \"de\": \"…\"}, not %1")
                      .arg(typeName(value)));
        return result;
    }
    const QJsonObject texts = value.toObject();
    bool hasEnglish = false;
    for (auto it = texts.constBegin(); it != texts.constEnd(); ++it) {
        const QString language = it.key();
        hasEnglish = hasEnglish || language == u"en";
        const Where lat{pointer, key, language};
        if (!isLanguageCode(language)) {
            error(lat.pointer(),
                  tr("“%1” is not a language code such as “de” or “zh_CN”").arg(language));
            continue;
        }
        const QJsonValue entry = it.value();
        if (!entry.isString()) {
            error(lat.pointer(), tr("must be a string, not %1").arg(typeName(entry)));
            continue;
        }
        const QString words = entry.toString();
        if (checkText(words, lat, maxLength))
            result.insert(language, words);
    }
    if (english == English::Required && !hasEnglish)
        error(Where{pointer, key, u"en"}.pointer(), tr("the English text is missing"));
    return result;
}

std::vector<LocalizedText> ContentParser::textList(const QJsonObject &object, const QString &key,
                                                   const QString &pointer, int maxLength)
{
    std::vector<LocalizedText> result;
    const QJsonValue value = field(object, key, pointer, Presence::Optional);
    if (value.isUndefined())
        return result;
    const QString p = child(pointer, key);
    if (!value.isArray()) {
        error(p, tr("must be an array, not %1").arg(typeName(value)));
        return result;
    }
    const QJsonArray array = value.toArray();
    if (array.size() > MaxListEntries) {
        error(p, tr("%1 entries is over the limit of %2").arg(array.size()).arg(MaxListEntries));
        return result;
    }
    result.reserve(static_cast<size_t>(array.size()));
    for (qsizetype i = 0; i < array.size(); ++i)
        result.push_back(textValue(array.at(i), p, QString::number(i), maxLength));
    return result;
}

PartialDate ContentParser::date(const QJsonObject &object, const QString &key,
                                const QString &pointer, Presence presence)
{
    const QJsonValue value = field(object, key, pointer, presence);
    if (value.isUndefined())
        return {};
    const Where at{pointer, key};
    if (!value.isString()) {
        error(at.pointer(),
              tr("must be a date string such as \"2025-10-15\", not %1").arg(typeName(value)));
        return {};
    }
    QString reason;
    const PartialDate result = PartialDate::fromString(value.toString(), &reason);
    if (!result.isValid())
        error(at.pointer(), reason);
    return result;
}

double ContentParser::number(const QJsonObject &object, const QString &key, const QString &pointer,
                             double minimum, double maximum)
{
    const QJsonValue value = field(object, key, pointer, Presence::Required);
    if (value.isUndefined())
        return 0;
    const Where at{pointer, key};
    if (!value.isDouble()) {
        error(at.pointer(), tr("must be a number, not %1").arg(typeName(value)));
        return 0;
    }
    const double result = value.toDouble();
    if (!std::isfinite(result) || result < minimum || result > maximum) {
        error(at.pointer(), tr("%1 is outside %2 to %3").arg(result).arg(minimum).arg(maximum));
        return 0;
    }
    return result;
}

bool ContentParser::boolean(const QJsonObject &object, const QString &key, const QString &pointer)
{
    const QJsonValue value = field(object, key, pointer, Presence::Optional);
    if (value.isUndefined())
        return false;
    if (!value.isBool()) {
        error(child(pointer, key), tr("must be true or false, not %1").arg(typeName(value)));
        return false;
    }
    return value.toBool();
}

QString ContentParser::reference(const QJsonObject &object, const QString &key,
                                 const QString &pointer, Presence presence, const IdIndex &known)
{
    const QString value = string(object, key, pointer, presence, MaxIdLength);
    if (value.isEmpty() || known.contains(value))
        return value;
    return m_references.resolve(value, known, child(pointer, key));
}

QString ContentParser::enumeration(const QJsonObject &object, const QString &key,
                                   const QString &pointer, Presence presence,
                                   const QStringList &allowed)
{
    const QString value = string(object, key, pointer, presence, MaxIdLength);
    if (value.isEmpty() || allowed.contains(value))
        return value;
    error(child(pointer, key),
          tr("unknown value “%1”; expected one of: %2").arg(value, quotedList(allowed)));
    return {};
}

Confidence ContentParser::confidence(const QJsonObject &object, const QString &pointer)
{
    static const QStringList levels = {u"high"_s, u"medium"_s, u"low"_s};
    const QString value = enumeration(object, u"confidence"_s, pointer, Presence::Optional, levels);
    if (value == u"medium")
        return Confidence::Medium;
    if (value == u"low")
        return Confidence::Low;
    return Confidence::High;
}

QStringList ContentParser::sourceRefs(const QJsonObject &object, const QString &pointer)
{
    QStringList result;
    const QJsonValue value = field(object, u"sources"_s, pointer, Presence::Required);
    if (value.isUndefined())
        return result;
    const auto p = [&pointer] { return child(pointer, u"sources"); };
    if (!value.isArray()) {
        error(p(), tr("must be an array of source ids, not %1").arg(typeName(value)));
        return result;
    }
    const QJsonArray array = value.toArray();
    if (array.isEmpty()) {
        error(p(), tr("must name at least one source"));
        return result;
    }
    if (array.size() > MaxListEntries) {
        error(p(), tr("%1 entries is over the limit of %2").arg(array.size()).arg(MaxListEntries));
        return result;
    }
    result.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue entry = array.at(i);
        const QString ref = entry.toString();
        if (entry.isString() && m_references.cite(ref)) {
            result.append(ref);
            continue;
        }
        // Not a known source: let reference() say exactly what is wrong.
        QJsonObject wrapper;
        wrapper.insert(QString::number(i), entry);
        reference(wrapper, QString::number(i), p(), Presence::Required, m_references.sourceIds());
    }
    return result;
}

std::optional<Quote> ContentParser::quote(const QJsonObject &object, const QString &key,
                                          const QString &pointer, Presence presence)
{
    const QJsonValue value = field(object, key, pointer, presence);
    if (value.isUndefined())
        return std::nullopt;
    const QString p = child(pointer, key);
    if (!isObject(value, p))
        return std::nullopt;
    const QJsonObject o = value.toObject();
    rejectUnknownKeys(o, p, {u"text", u"language", u"by", u"translations"});
    Quote result;
    result.text = string(o, u"text"_s, p, Presence::Required, MaxQuoteText);
    result.language = string(o, u"language"_s, p, Presence::Required, 8);
    if (!result.language.isEmpty() && !isLanguageCode(result.language)) {
        error(child(p, u"language"),
              tr("“%1” is not a language code such as “de” or “zh_CN”").arg(result.language));
    }
    result.by = text(o, u"by"_s, p, Presence::Optional, MaxShortText);
    result.translations =
            text(o, u"translations"_s, p, Presence::Optional, MaxQuoteText * 2, English::Optional);
    return result;
}

bool ContentParser::forEachObject(
        const QJsonObject &object, const QString &key, const QString &pointer, Presence presence,
        const std::function<void(const QJsonObject &, const QString &)> &element)
{
    const QJsonValue value = field(object, key, pointer, presence);
    if (value.isUndefined())
        return false;
    const QString p = child(pointer, key);
    if (!value.isArray()) {
        error(p, tr("must be an array, not %1").arg(typeName(value)));
        return false;
    }
    const QJsonArray array = value.toArray();
    if (array.size() > MaxItems) {
        error(p, tr("%1 entries is over the limit of %2").arg(array.size()).arg(MaxItems));
        return false;
    }
    for (qsizetype i = 0; i < array.size() && !m_truncated; ++i) {
        const QString ep = child(p, i);
        const QJsonValue entry = array.at(i);
        if (isObject(entry, ep))
            element(entry.toObject(), ep);
    }
    return true;
}

std::vector<Source> ContentParser::sources(const QJsonObject &root)
{
    std::vector<Source> result;
    IdIndex *ids = m_references.startSources();
    forEachObject(
            root, u"sources"_s, QString(), Presence::Required,
            [&](const QJsonObject &o, const QString &p) {
                rejectUnknownKeys(o, p,
                                  {u"id", u"title", u"description", u"publisher", u"url", u"date",
                                   u"seed", u"note"});
                Source source;
                source.id = id(o, p, ids);
                // A document is named by its own title; one whose title is not
                // known is described instead, never given an invented title.
                const bool titled = present(o, u"title"_s, p, Presence::Optional);
                const bool described = present(o, u"description"_s, p, Presence::Optional);
                if (titled && described) {
                    error(child(p, u"description"),
                          tr("give the document’s title or a description, not both"));
                } else if (!titled && !described) {
                    error(p, tr("no title and no description: give the document’s own title, or "
                                "describe it when it has none"));
                }
                source.title = string(o, u"title"_s, p, Presence::Optional, MaxShortText);
                source.description = text(o, u"description"_s, p, Presence::Optional, MaxShortText);
                source.publisher = string(o, u"publisher"_s, p, Presence::Required, MaxShortText);
                source.url = string(o, u"url"_s, p, Presence::Optional, MaxUrlLength);
                if (!source.url.isEmpty()) {
                    const QUrl url(source.url, QUrl::StrictMode);
                    if (!url.isValid() || url.scheme() != u"https" || url.host().isEmpty() ||
                        !url.userInfo().isEmpty()) {
                        //: %1 is the address as written in the content file
                        error(child(p, u"url"),
                              tr("“%1” is not a web address starting with https://")
                                      .arg(source.url));
                        source.url.clear();
                    }
                }
                source.note = text(o, u"note"_s, p, Presence::Optional, MaxLongText);
                if (!o.contains(u"url"_s) && !o.contains(u"note"_s)) {
                    //: A source in a content file has neither a web address nor a note saying
                    //: why; "url" and "note" are field names, not to be translated
                    error(p, tr("no url and no note: give the document’s https address, or a "
                                "note saying why it has none (a print-only or deleted page)"));
                }
                source.seed = string(o, u"seed"_s, p, Presence::Optional, 3);
                static const QRegularExpression seedPattern(u"^\\d{3}$"_s);
                if (!source.seed.isEmpty() && !seedPattern.match(source.seed).hasMatch()) {
                    error(child(p, u"seed"),
                          tr("“%1” is not a seed number such as “004”").arg(source.seed));
                }
                source.date = date(o, u"date"_s, p, Presence::Optional);
                result.push_back(std::move(source));
            });
    return result;
}

std::vector<Category> ContentParser::categories(const QJsonObject &root, const QString &key,
                                                IdIndex *ids)
{
    std::vector<Category> result;
    forEachObject(root, key, QString(), Presence::Required,
                  [&](const QJsonObject &o, const QString &p) {
                      rejectUnknownKeys(o, p, {u"id", u"name"});
                      Category category;
                      category.id = id(o, p, ids);
                      category.name = text(o, u"name"_s, p, Presence::Required, MaxShortText);
                      result.push_back(std::move(category));
                  });
    return result;
}

// --- hardware.json -----------------------------------------------------------

std::optional<HardwareContent> ContentParser::parseHardware(const QByteArray &json)
{
    QJsonObject root;
    if (!readDocument(json, &root))
        return std::nullopt;
    rejectUnknownKeys(
            root, QString(),
            {u"schemaVersion", u"sources", u"groups", u"items", u"comparison", u"memoryFit"});
    HardwareContent content;
    content.sources = sources(root);
    IdIndex groupIds;
    content.groups = categories(root, u"groups"_s, &groupIds);

    // In the order of DiagramShape.
    static const QStringList shapes = {u"chassis"_s,  u"superchip"_s, u"cpu"_s,      u"gpu"_s,
                                       u"link"_s,     u"memory"_s,    u"storage"_s,  u"network"_s,
                                       u"wireless"_s, u"port"_s,      u"power"_s,    u"software"_s,
                                       u"usb-c"_s,    u"hdmi"_s,      u"ethernet"_s, u"qsfp"_s};
    IdIndex itemIds = contentParserReserveItems(root, &content.items);
    forEachObject(root, u"items"_s, QString(), Presence::Required,
                  [&](const QJsonObject &o, const QString &p) {
                      rejectUnknownKeys(o, p,
                                        {u"id", u"kind", u"group", u"name", u"value", u"why",
                                         u"diagram", u"sources", u"confidence"});
                      HardwareItem item;
                      item.id = id(o, p, &itemIds);
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
                                  ok = ok && v.isDouble() && v.toDouble() >= 0 &&
                                       v.toDouble() <= 100;
                              if (ok) {
                                  placement.rect = QRectF(r.at(0).toDouble(), r.at(1).toDouble(),
                                                          r.at(2).toDouble(), r.at(3).toDouble());
                                  ok = placement.rect.width() > 0 && placement.rect.height() > 0 &&
                                       placement.rect.right() <= 100 &&
                                       placement.rect.bottom() <= 100;
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
                      item.sources = sourceRefs(o, p);
                      item.confidence = confidence(o, p);
                      content.items.push_back(std::move(item));
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
    if (!readDocument(json, &root))
        return std::nullopt;
    rejectUnknownKeys(root, QString(),
                      {u"schemaVersion", u"sources", u"categories", u"eras", u"items"});
    TimelineContent content;
    content.sources = sources(root);
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

    IdIndex itemIds = contentParserReserveItems(root, &content.items);
    forEachObject(root, u"items"_s, QString(), Presence::Required,
                  [&](const QJsonObject &o, const QString &p) {
                      rejectUnknownKeys(o, p,
                                        {u"id", u"date", u"notBefore", u"notAfter", u"category",
                                         u"title", u"place", u"people", u"description", u"quote",
                                         u"sources", u"confidence"});
                      TimelineEvent event;
                      event.id = id(o, p, &itemIds);
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
                      event.category =
                              reference(o, u"category"_s, p, Presence::Required, categoryIds);
                      event.title = text(o, u"title"_s, p, Presence::Required, MaxShortText);
                      event.place = text(o, u"place"_s, p, Presence::Optional, MaxShortText);
                      event.people = textList(o, u"people"_s, p, MaxShortText);
                      event.description =
                              text(o, u"description"_s, p, Presence::Required, MaxLongText);
                      event.quote = quote(o, u"quote"_s, p, Presence::Optional);
                      event.sources = sourceRefs(o, p);
                      event.confidence = confidence(o, p);
                      content.items.push_back(std::move(event));
                  });

    return finished(std::move(content));
}

// --- partners.json -----------------------------------------------------------

std::optional<PartnerContent> ContentParser::parsePartners(const QByteArray &json)
{
    QJsonObject root;
    if (!readDocument(json, &root))
        return std::nullopt;
    rejectUnknownKeys(root, QString(), {u"schemaVersion", u"sources", u"categories", u"items"});
    PartnerContent content;
    content.sources = sources(root);
    IdIndex categoryIds;
    content.categories = categories(root, u"categories"_s, &categoryIds);

    IdIndex itemIds = contentParserReserveItems(root, &content.items);
    forEachObject(
            root, u"items"_s, QString(), Presence::Required,
            [&](const QJsonObject &o, const QString &p) {
                rejectUnknownKeys(o, p,
                                  {u"id", u"name", u"monogram", u"category", u"product",
                                   u"description", u"place", u"people", u"sources", u"confidence"});
                Partner partner;
                partner.id = id(o, p, &itemIds);
                partner.name = text(o, u"name"_s, p, Presence::Required, MaxShortText);
                partner.monogram = string(o, u"monogram"_s, p, Presence::Optional, 3);
                partner.category = reference(o, u"category"_s, p, Presence::Required, categoryIds);
                partner.product = text(o, u"product"_s, p, Presence::Optional, MaxShortText);
                partner.description = text(o, u"description"_s, p, Presence::Required, MaxLongText);
                partner.place = text(o, u"place"_s, p, Presence::Optional, MaxShortText);
                partner.people = textList(o, u"people"_s, p, MaxShortText);
                partner.sources = sourceRefs(o, p);
                partner.confidence = confidence(o, p);
                content.items.push_back(std::move(partner));
            });

    return finished(std::move(content));
}

// --- reviews.json ------------------------------------------------------------

std::optional<ReviewContent> ContentParser::parseReviews(const QByteArray &json)
{
    QJsonObject root;
    if (!readDocument(json, &root))
        return std::nullopt;
    rejectUnknownKeys(root, QString(), {u"schemaVersion", u"sources", u"kinds", u"items"});
    ReviewContent content;
    content.sources = sources(root);
    IdIndex kindIds;
    content.kinds = categories(root, u"kinds"_s, &kindIds);

    static const QStringList tones = {u"positive"_s, u"measured"_s, u"critical"_s};
    IdIndex itemIds = contentParserReserveItems(root, &content.items);
    forEachObject(root, u"items"_s, QString(), Presence::Required,
                  [&](const QJsonObject &o, const QString &p) {
                      rejectUnknownKeys(o, p,
                                        {u"id", u"outlet", u"byline", u"kind", u"tone", u"quote",
                                         u"summary", u"award", u"reviewTitle", u"date", u"featured",
                                         u"sources", u"confidence"});
                      Review review;
                      review.id = id(o, p, &itemIds);
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
                      review.reviewTitle =
                              string(o, u"reviewTitle"_s, p, Presence::Optional, MaxShortText);
                      review.date = date(o, u"date"_s, p, Presence::Optional);
                      review.featured = boolean(o, u"featured"_s, p);
                      review.sources = sourceRefs(o, p);
                      review.confidence = confidence(o, p);
                      content.items.push_back(std::move(review));
                  });

    return finished(std::move(content));
}
