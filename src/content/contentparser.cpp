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

} // namespace

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
