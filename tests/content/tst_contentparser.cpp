#include "content/contentparser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

// The smallest valid document of each file (tests/content/data), for the
// bad-input rows to break.
QJsonObject parse(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject minimalTimeline()
{
    return parse(u":/minimal-timeline.json"_s);
}

QJsonObject minimalHardware()
{
    return parse(u":/minimal-hardware.json"_s);
}

QJsonObject minimalPartners()
{
    return parse(u":/minimal-partners.json"_s);
}

QJsonObject minimalReviews()
{
    return parse(u":/minimal-reviews.json"_s);
}

QByteArray bytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Changes the value at a path of keys and indexes inside \a root.
QJsonValue edited(const QJsonValue &node, QStringList path, const QJsonValue &value,
                  bool remove = false)
{
    if (path.isEmpty())
        return value;
    const QString key = path.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const int index = key.toInt();
        if (path.isEmpty() && remove)
            array.removeAt(index);
        else
            array[index] = edited(array.at(index), path, value, remove);
        return array;
    }
    QJsonObject object = node.toObject();
    if (path.isEmpty() && remove)
        object.remove(key);
    else
        object[key] = edited(object.value(key), path, value, remove);
    return object;
}

QByteArray with(const QJsonObject &root, const QString &path, const QJsonValue &value)
{
    return bytes(edited(root, path.split(u'/'), value).toObject());
}

QByteArray without(const QJsonObject &root, const QString &path)
{
    return bytes(edited(root, path.split(u'/'), QJsonValue(), true).toObject());
}

enum class File { Hardware, Timeline, Partners, Reviews };

bool run(File file, const QByteArray &json, ContentParser *parser)
{
    switch (file) {
    case File::Hardware:
        return parser->parseHardware(json).has_value();
    case File::Timeline:
        return parser->parseTimeline(json).has_value();
    case File::Partners:
        return parser->parsePartners(json).has_value();
    case File::Reviews:
        return parser->parseReviews(json).has_value();
    }
    return false;
}

} // namespace

Q_DECLARE_METATYPE(File)
Q_DECLARE_METATYPE(DiagramShape)

class TestContentParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsMinimalFiles_data();
    void acceptsMinimalFiles();
    void rejects_data();
    void rejects();
    void readsTimelineFields();
    void readsHardwareFields();
    void readsDiagramShapes_data();
    void readsDiagramShapes();
    void readsDiagramCounts();
    void acceptsPlainStringAsEnglish();
    void readsSourceFields();
    void capsDiagnostics();
    void survivesHostileInput_data();
    void survivesHostileInput();
    void acceptsTheDocumentedExamples();
};

void TestContentParser::acceptsMinimalFiles_data()
{
    QTest::addColumn<File>("file");
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("hardware") << File::Hardware << bytes(minimalHardware());
    QTest::newRow("timeline") << File::Timeline << bytes(minimalTimeline());
    QTest::newRow("partners") << File::Partners << bytes(minimalPartners());
    QTest::newRow("reviews") << File::Reviews << bytes(minimalReviews());
}

void TestContentParser::acceptsMinimalFiles()
{
    QFETCH(File, file);
    QFETCH(QByteArray, json);
    ContentParser parser(u"file.json"_s);
    const bool ok = run(file, json, &parser);
    for (const Diagnostic &d : parser.diagnostics())
        qWarning().noquote() << d.toString();
    QVERIFY(ok);
    QVERIFY(!parser.hasErrors());
}

void TestContentParser::rejects_data()
{
    QTest::addColumn<File>("file");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("message");

    const QJsonObject t = minimalTimeline();
    const QJsonObject h = minimalHardware();
    const QJsonObject p = minimalPartners();
    const QJsonObject r = minimalReviews();
    const QString longText(ContentParser::MaxShortText + 1, u'x');

    // Not JSON, or not the shape of a content file.
    QTest::newRow("truncated JSON")
            << File::Timeline << bytes(t).left(60) << u"/"_s << u"invalid JSON at line 1, column"_s;
    QTest::newRow("empty file") << File::Timeline << QByteArray() << u"/"_s << u"invalid JSON"_s;
    QTest::newRow("trailing comma") << File::Timeline << QByteArray("{\"schemaVersion\": 1,}")
                                    << u"/"_s << u"invalid JSON"_s;
    QTest::newRow("array, not object")
            << File::Timeline << QByteArray("[1, 2]") << u"/"_s << u"one JSON object"_s;
    QTest::newRow("invalid UTF-8")
            << File::Timeline << QByteArray("{\"schemaVersion\": 1, \"items\": [\"\xff\xfe\"]}")
            << u"/"_s << u"invalid JSON"_s;
    QTest::newRow("schema missing") << File::Timeline << without(t, u"schemaVersion"_s)
                                    << u"/schemaVersion"_s << u"required field is missing"_s;
    QTest::newRow("schema newer") << File::Timeline << with(t, u"schemaVersion"_s, 2)
                                  << u"/schemaVersion"_s << u"newer than this app supports"_s;
    QTest::newRow("schema fraction") << File::Timeline << with(t, u"schemaVersion"_s, 1.5)
                                     << u"/schemaVersion"_s << u"whole number"_s;
    QTest::newRow("schema string") << File::Timeline << with(t, u"schemaVersion"_s, u"1"_s)
                                   << u"/schemaVersion"_s << u"whole number"_s;
    QTest::newRow("schema zero") << File::Timeline << with(t, u"schemaVersion"_s, 0)
                                 << u"/schemaVersion"_s << u"does not exist"_s;
    QTest::newRow("items missing") << File::Timeline << without(t, u"items"_s) << u"/items"_s
                                   << u"required field is missing"_s;
    QTest::newRow("items not array") << File::Timeline << with(t, u"items"_s, u"none"_s)
                                     << u"/items"_s << u"must be an array"_s;
    QTest::newRow("unknown top-level field")
            << File::Timeline << with(t, u"extra"_s, 1) << u"/extra"_s << u"unknown field"_s;

    // Ids.
    QTest::newRow("empty id") << File::Timeline << with(t, u"items/0/id"_s, u""_s)
                              << u"/items/0/id"_s << u"must not be empty"_s;
    QTest::newRow("missing id") << File::Timeline << without(t, u"items/0/id"_s) << u"/items/0/id"_s
                                << u"required field is missing"_s;
    QTest::newRow("numeric id") << File::Timeline << with(t, u"items/0/id"_s, 7) << u"/items/0/id"_s
                                << u"must be a string, not a number"_s;
    QTest::newRow("id with spaces") << File::Timeline << with(t, u"items/0/id"_s, u"a b"_s)
                                    << u"/items/0/id"_s << u"not a valid id"_s;
    {
        QJsonObject twice = t;
        QJsonArray items = twice.value(u"items"_s).toArray();
        items.append(items.at(0));
        twice.insert(u"items"_s, items);
        QTest::newRow("duplicate id") << File::Timeline << bytes(twice) << u"/items/1/id"_s
                                      << u"duplicate id “a”, first used at /items/0"_s;
    }

    // Types and missing fields.
    QTest::newRow("title a number") << File::Timeline << with(t, u"items/0/title"_s, 5)
                                    << u"/items/0/title"_s << u"must be a text object"_s;
    QTest::newRow("description missing")
            << File::Timeline << without(t, u"items/0/description"_s) << u"/items/0/description"_s
            << u"required field is missing"_s;
    QTest::newRow("item not object") << File::Timeline << with(t, u"items/0"_s, u"event"_s)
                                     << u"/items/0"_s << u"must be an object, not a string"_s;
    QTest::newRow("unknown item field") << File::Timeline << with(t, u"items/0/titel"_s, u"x"_s)
                                        << u"/items/0/titel"_s << u"unknown field"_s;
    QTest::newRow("English missing")
            << File::Timeline << with(t, u"items/0/title"_s, QJsonObject{{u"de"_s, u"Titel"_s}})
            << u"/items/0/title/en"_s << u"English text is missing"_s;
    QTest::newRow("bad language code")
            << File::Timeline
            << with(t, u"items/0/title"_s,
                    QJsonObject{{u"en"_s, u"Title"_s}, {u"german"_s, u"Titel"_s}})
            << u"/items/0/title/german"_s << u"not a language code"_s;
    QTest::newRow("English empty beside German")
            << File::Timeline
            << with(t, u"items/0/title"_s, QJsonObject{{u"de"_s, u"Titel"_s}, {u"en"_s, u" "_s}})
            << u"/items/0/title/en"_s << u"must not be empty"_s;
    // Each person of a list is text of its own, named by its index.
    QTest::newRow("person a number")
            << File::Timeline << with(t, u"items/0/people"_s, QJsonArray{u"Ada"_s, 7})
            << u"/items/0/people/1"_s << u"must be a text object"_s;
    QTest::newRow("person without English")
            << File::Timeline
            << with(t, u"items/0/people"_s,
                    QJsonArray{u"Ada"_s, u"Grace"_s, QJsonObject{{u"de"_s, u"Ada"_s}}})
            << u"/items/0/people/2/en"_s << u"English text is missing"_s;
    QTest::newRow("person blank") << File::Partners
                                  << with(p, u"items/0/people"_s, QJsonArray{u"\t"_s})
                                  << u"/items/0/people/0"_s << u"must not be empty"_s;
    QTest::newRow("people not a list")
            << File::Timeline << with(t, u"items/0/people"_s, u"Ada"_s) << u"/items/0/people"_s
            << u"must be an array, not a string"_s;
    QTest::newRow("sources empty") << File::Timeline << with(t, u"items/0/sources"_s, QJsonArray())
                                   << u"/items/0/sources"_s << u"at least one source"_s;
    QTest::newRow("unknown source")
            << File::Timeline << with(t, u"items/0/sources"_s, QJsonArray{u"nowhere"_s})
            << u"/items/0/sources/0"_s << u"unknown value “nowhere”"_s;

    // Dates.
    QTest::newRow("impossible date")
            << File::Timeline << with(t, u"items/0/date"_s, u"2025-02-30"_s) << u"/items/0/date"_s
            << u"not a day of the calendar"_s;
    QTest::newRow("month 13") << File::Timeline << with(t, u"items/0/date"_s, u"2025-13"_s)
                              << u"/items/0/date"_s << u"month 13 does not exist"_s;
    QTest::newRow("date not ISO") << File::Timeline << with(t, u"items/0/date"_s, u"13/10/2025"_s)
                                  << u"/items/0/date"_s << u"is not a date"_s;
    QTest::newRow("date a number") << File::Timeline << with(t, u"items/0/date"_s, 2025)
                                   << u"/items/0/date"_s << u"must be a date string"_s;
    QTest::newRow("bound outside date")
            << File::Timeline << with(t, u"items/0/notBefore"_s, u"2016-05-01"_s)
            << u"/items/0/notBefore"_s << u"must fall within the date 2016-04-05"_s;
    QTest::newRow("era ends before start") << File::Timeline << with(t, u"eras/0/end"_s, u"2015"_s)
                                           << u"/eras/0/end"_s << u"ends before it starts"_s;

    // Enumerations and references.
    QTest::newRow("unknown category") << File::Timeline << with(t, u"items/0/category"_s, u"x"_s)
                                      << u"/items/0/category"_s << u"unknown value “x”"_s;
    QTest::newRow("unknown confidence")
            << File::Timeline << with(t, u"items/0/confidence"_s, u"sure"_s)
            << u"/items/0/confidence"_s << u"expected one of: “high”, “low”, “medium”"_s;
    QTest::newRow("unknown kind") << File::Hardware << with(h, u"items/0/kind"_s, u"gadget"_s)
                                  << u"/items/0/kind"_s << u"unknown value “gadget”"_s;
    QTest::newRow("unknown shape")
            << File::Hardware << with(h, u"items/0/diagram/shape"_s, u"blob"_s)
            << u"/items/0/diagram/shape"_s << u"unknown value “blob”"_s;
    QTest::newRow("unknown tone") << File::Reviews << with(r, u"items/0/tone"_s, u"angry"_s)
                                  << u"/items/0/tone"_s << u"unknown value “angry”"_s;
    QTest::newRow("unknown partner category")
            << File::Partners << with(p, u"items/0/category"_s, u"bank"_s) << u"/items/0/category"_s
            << u"unknown value “bank”"_s;
    QTest::newRow("unknown unit") << File::Hardware
                                  << with(h, u"comparison/metrics/0/unit"_s, u"horsepower"_s)
                                  << u"/comparison/metrics/0/unit"_s
                                  << u"unknown value “horsepower”"_s;

    // Limits.
    QTest::newRow("title too long")
            << File::Timeline << with(t, u"items/0/title"_s, longText) << u"/items/0/title"_s
            << u"is 161 characters long; the limit is 160"_s;
    QTest::newRow("control character")
            << File::Timeline << with(t, u"items/0/title"_s, u"bell\u0007"_s) << u"/items/0/title"_s
            << u"control character U+0007"_s;
    QTest::newRow("blank text") << File::Partners << with(p, u"items/0/description"_s, u"   "_s)
                                << u"/items/0/description"_s << u"must not be empty"_s;
    QTest::newRow("monogram too long")
            << File::Partners << with(p, u"items/0/monogram"_s, u"ABCD"_s) << u"/items/0/monogram"_s
            << u"limit is 3"_s;

    // Numbers, shapes, web addresses.
    QTest::newRow("diagram outside")
            << File::Hardware << with(h, u"items/0/diagram/rect"_s, QJsonArray{90, 90, 20, 20})
            << u"/items/0/diagram/rect"_s << u"inside the 100 × 100 diagram"_s;
    QTest::newRow("diagram short")
            << File::Hardware << with(h, u"items/0/diagram/rect"_s, QJsonArray{1, 2, 3})
            << u"/items/0/diagram/rect"_s << u"[x, y, width, height]"_s;
    QTest::newRow("diagram count zero") << File::Hardware << with(h, u"items/0/diagram/count"_s, 0)
                                        << u"/items/0/diagram/count"_s << u"is outside"_s;
    QTest::newRow("diagram count too many")
            << File::Hardware << with(h, u"items/0/diagram/count"_s, 33)
            << u"/items/0/diagram/count"_s << u"is outside"_s;
    QTest::newRow("diagram count fraction")
            << File::Hardware << with(h, u"items/0/diagram/count"_s, 2.5)
            << u"/items/0/diagram/count"_s << u"whole number"_s;
    QTest::newRow("diagram count text")
            << File::Hardware << with(h, u"items/0/diagram/count"_s, u"4"_s)
            << u"/items/0/diagram/count"_s << u"must be a number"_s;
    QTest::newRow("log value zero")
            << File::Hardware << with(h, u"comparison/metrics/0/values/old/value"_s, 0)
            << u"/comparison/metrics/0/values/old/value"_s << u"is outside"_s;
    QTest::newRow("system value missing")
            << File::Hardware << without(h, u"comparison/metrics/0/values/new"_s)
            << u"/comparison/metrics/0/values/new"_s << u"required field is missing"_s;
    QTest::newRow("unknown system")
            << File::Hardware
            << with(h, u"comparison/metrics/0/values/future"_s, QJsonObject{{u"value"_s, 1}})
            << u"/comparison/metrics/0/values/future"_s << u"unknown system"_s;
    QTest::newRow("bytes per parameter")
            << File::Hardware << with(h, u"memoryFit/precisions/0/bytesPerParameter"_s, u"half"_s)
            << u"/memoryFit/precisions/0/bytesPerParameter"_s
            << u"must be a number, not a string"_s;
    QTest::newRow("url scheme") << File::Hardware
                                << with(h, u"sources/0/url"_s, u"ftp://example.com/"_s)
                                << u"/sources/0/url"_s << u"not a web address"_s;

    // Sources: real documents that can be followed.
    QTest::newRow("plain http") << File::Hardware
                                << with(h, u"sources/0/url"_s, u"http://example.com/a"_s)
                                << u"/sources/0/url"_s
                                << u"“http://example.com/a” is not a web address starting with "
                                   u"https://"_s;
    QTest::newRow("url without host")
            << File::Timeline << with(t, u"sources/0/url"_s, u"https:///path"_s)
            << u"/sources/0/url"_s << u"starting with https://"_s;
    QTest::newRow("url with spaces")
            << File::Reviews << with(r, u"sources/0/url"_s, u"https://exa mple.com/"_s)
            << u"/sources/0/url"_s << u"starting with https://"_s;
    QTest::newRow("url with password")
            << File::Partners << with(p, u"sources/0/url"_s, u"https://me:secret@example.com/"_s)
            << u"/sources/0/url"_s << u"starting with https://"_s;
    QTest::newRow("no url and no note") << File::Hardware << without(h, u"sources/0/url"_s)
                                        << u"/sources/0"_s << u"no url and no note"_s;
    QTest::newRow("no url, no note in timeline") << File::Timeline << without(t, u"sources/0/url"_s)
                                                 << u"/sources/0"_s << u"no url and no note"_s;
    QTest::newRow("empty note")
            << File::Partners
            << with(QJsonDocument::fromJson(without(p, u"sources/0/url"_s)).object(),
                    u"sources/0/note"_s, u" "_s)
            << u"/sources/0/note"_s << u"must not be empty"_s;
    QTest::newRow("publisher missing")
            << File::Reviews << without(r, u"sources/0/publisher"_s) << u"/sources/0/publisher"_s
            << u"required field is missing"_s;
    QTest::newRow("neither title nor description")
            << File::Timeline << without(t, u"sources/0/title"_s) << u"/sources/0"_s
            << u"no title and no description"_s;
    QTest::newRow("title and description")
            << File::Timeline
            << with(t, u"sources/0/description"_s, QJsonObject{{u"en"_s, u"A report"_s}})
            << u"/sources/0/description"_s << u"not both"_s;
    QTest::newRow("description without English")
            << File::Partners
            << with(QJsonDocument::fromJson(without(p, u"sources/0/title"_s)).object(),
                    u"sources/0/description"_s, QJsonObject{{u"de"_s, u"Ein Bericht"_s}})
            << u"/sources/0/description/en"_s << u"English text is missing"_s;
    QTest::newRow("unknown source field")
            << File::Hardware << with(h, u"sources/0/link"_s, u"https://example.com/"_s)
            << u"/sources/0/link"_s << u"unknown field"_s;
    {
        QJsonObject extra = t;
        QJsonArray sources = extra.value(u"sources"_s).toArray();
        QJsonObject unused = sources.at(0).toObject();
        unused.insert(u"id"_s, u"unused"_s);
        sources.append(unused);
        extra.insert(u"sources"_s, sources);
        QTest::newRow("uncited source")
                << File::Timeline << bytes(extra) << u"/sources/1"_s
                << u"source “unused” is cited by nothing in this file; cite it or remove it"_s;
        QJsonObject hardware = h;
        hardware.insert(u"sources"_s, sources);
        QTest::newRow("uncited source in hardware")
                << File::Hardware << bytes(hardware) << u"/sources/1"_s << u"cited by nothing"_s;
    }
    QTest::newRow("cited source missing")
            << File::Hardware
            << with(h, u"comparison/metrics/0/values/old/sources"_s, QJsonArray{u"gone"_s})
            << u"/comparison/metrics/0/values/old/sources/0"_s << u"unknown value “gone”"_s;
    QTest::newRow("cited source missing in memory fit")
            << File::Hardware
            << with(h, u"memoryFit/capacities/0/sources"_s, QJsonArray{u"s"_s, u"gone"_s})
            << u"/memoryFit/capacities/0/sources/1"_s << u"unknown value “gone”"_s;
    QTest::newRow("comparison missing") << File::Hardware << without(h, u"comparison"_s)
                                        << u"/comparison"_s << u"required field is missing"_s;
    QTest::newRow("featured not bool") << File::Reviews << with(r, u"items/0/featured"_s, u"yes"_s)
                                       << u"/items/0/featured"_s << u"must be true or false"_s;
    QTest::newRow("quote language")
            << File::Reviews << with(r, u"items/0/quote/language"_s, u"English"_s)
            << u"/items/0/quote/language"_s << u"not a language code"_s;
}

void TestContentParser::rejects()
{
    QFETCH(File, file);
    QFETCH(QByteArray, json);
    QFETCH(QString, pointer);
    QFETCH(QString, message);
    ContentParser parser(u"file.json"_s);
    QVERIFY(!run(file, json, &parser));
    QVERIFY(parser.hasErrors());
    QStringList seen;
    bool found = false;
    for (const Diagnostic &d : parser.diagnostics()) {
        seen.append(d.toString());
        QCOMPARE(d.file, u"file.json"_s);
        if (d.pointer == pointer && d.message.contains(message)) {
            found = true;
            QVERIFY(d.toString().startsWith(u"file.json: "_s + pointer + u": "_s));
        }
    }
    QVERIFY2(found, qPrintable(u"expected "_s + pointer + u": …"_s + message + u"…\ngot:\n"_s +
                               seen.join(u'\n')));
}

void TestContentParser::readsTimelineFields()
{
    QJsonObject t = minimalTimeline();
    QJsonObject item = t[u"items"_s].toArray().at(0).toObject();
    item[u"date"_s] = u"2025-10"_s;
    item[u"notBefore"_s] = u"2025-10-13"_s;
    item[u"notAfter"_s] = u"2025-10-15"_s;
    item[u"people"_s] = QJsonArray{QJsonObject{{u"en"_s, u"Jensen Huang"_s}}};
    item[u"quote"_s] =
            QJsonObject{{u"text"_s, u"Best delivery service ever."_s},
                        {u"language"_s, u"en"_s},
                        {u"by"_s, u"Greg Brockman"_s},
                        {u"translations"_s, QJsonObject{{u"de"_s, u"Bester Lieferdienst."_s}}}};
    item[u"confidence"_s] = u"medium"_s;
    t[u"items"_s] = QJsonArray{item};
    ContentParser parser(u"timeline.json"_s);
    const std::optional<TimelineContent> content = parser.parseTimeline(bytes(t));
    QVERIFY(content);
    const TimelineEvent &event = content->items.at(0);
    QCOMPARE(event.date.precision(), PartialDate::Precision::Month);
    QCOMPARE(event.earliest(), QDate(2025, 10, 13));
    QCOMPARE(event.latest(), QDate(2025, 10, 15));
    QCOMPARE(event.people.size(), size_t(1));
    QVERIFY(event.quote.has_value());
    QCOMPARE(event.quote->text, u"Best delivery service ever."_s);
    QCOMPARE(event.quote->by.english(), u"Greg Brockman"_s);
    QVERIFY(event.quote->translations.hasLanguage(u"de"_s));
    QVERIFY(!event.quote->translations.hasLanguage(u"en"_s));
    QCOMPARE(event.confidence, Confidence::Medium);
    QCOMPARE(content->eras.size(), size_t(1));
}

void TestContentParser::readsHardwareFields()
{
    ContentParser parser(u"hardware.json"_s);
    const std::optional<HardwareContent> content = parser.parseHardware(bytes(minimalHardware()));
    QVERIFY(content);
    const HardwareItem &item = content->items.at(0);
    QVERIFY(item.diagram.has_value());
    QCOMPARE(item.diagram->shape, DiagramShape::Gpu);
    QCOMPARE(item.diagram->rect, QRectF(10, 10, 20, 20));
    QCOMPARE(item.diagram->count, 1); // absent: one
    QCOMPARE(content->metrics.at(0).unit, Unit::Watt);
    QVERIFY(content->metrics.at(0).logarithmic);
    QCOMPARE(content->metrics.at(0).values.size(), size_t(2));
    QCOMPARE(content->metrics.at(0).values.at(1).value, 240.0);
    QCOMPARE(content->precisions.at(0).bytesPerParameter, 0.5);
    QCOMPARE(content->capacities.at(0).gigabytes, 128.0);
}

void TestContentParser::readsDiagramShapes_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<DiagramShape>("shape");
    // Every name the parser knows, in the order of DiagramShape.
    QTest::newRow("chassis") << u"chassis"_s << DiagramShape::Chassis;
    QTest::newRow("superchip") << u"superchip"_s << DiagramShape::Superchip;
    QTest::newRow("cpu") << u"cpu"_s << DiagramShape::Cpu;
    QTest::newRow("gpu") << u"gpu"_s << DiagramShape::Gpu;
    QTest::newRow("link") << u"link"_s << DiagramShape::Link;
    QTest::newRow("memory") << u"memory"_s << DiagramShape::Memory;
    QTest::newRow("storage") << u"storage"_s << DiagramShape::Storage;
    QTest::newRow("network") << u"network"_s << DiagramShape::Network;
    QTest::newRow("wireless") << u"wireless"_s << DiagramShape::Wireless;
    QTest::newRow("port") << u"port"_s << DiagramShape::Port;
    QTest::newRow("power") << u"power"_s << DiagramShape::Power;
    QTest::newRow("software") << u"software"_s << DiagramShape::Software;
    QTest::newRow("usb-c") << u"usb-c"_s << DiagramShape::UsbC;
    QTest::newRow("hdmi") << u"hdmi"_s << DiagramShape::Hdmi;
    QTest::newRow("ethernet") << u"ethernet"_s << DiagramShape::Ethernet;
    QTest::newRow("qsfp") << u"qsfp"_s << DiagramShape::Qsfp;
}

void TestContentParser::readsDiagramShapes()
{
    QFETCH(QString, name);
    QFETCH(DiagramShape, shape);
    ContentParser parser(u"hardware.json"_s);
    const std::optional<HardwareContent> content =
            parser.parseHardware(with(minimalHardware(), u"items/0/diagram/shape"_s, name));
    QVERIFY(content);
    QCOMPARE(content->items.at(0).diagram->shape, shape);
}

void TestContentParser::readsDiagramCounts()
{
    for (int count : {1, 4, 32}) {
        ContentParser parser(u"hardware.json"_s);
        const std::optional<HardwareContent> content =
                parser.parseHardware(with(minimalHardware(), u"items/0/diagram/count"_s, count));
        QVERIFY(content);
        QCOMPARE(content->items.at(0).diagram->count, count);
    }
}

void TestContentParser::acceptsPlainStringAsEnglish()
{
    ContentParser parser(u"partners.json"_s);
    const std::optional<PartnerContent> content = parser.parsePartners(bytes(minimalPartners()));
    QVERIFY(content);
    QCOMPARE(content->items.at(0).name.english(), u"Partner"_s);
    QCOMPARE(content->items.at(0).name.languages(), QStringList{u"en"_s});
}

void TestContentParser::readsSourceFields()
{
    // A document with no known title is described, and one with no address
    // says why in a note; both are texts a visitor reads, so they translate.
    QJsonObject root = minimalTimeline();
    QJsonArray sources = root.value(u"sources"_s).toArray();
    QJsonObject source = sources.at(0).toObject();
    source.remove(u"title"_s);
    source.remove(u"url"_s);
    source.insert(u"description"_s,
                  QJsonObject{{u"en"_s, u"Report on the rename"_s}, {u"de"_s, u"Bericht"_s}});
    source.insert(u"note"_s, QJsonObject{{u"en"_s, u"Print only"_s}, {u"fr"_s, u"Imprimé"_s}});
    source.insert(u"date"_s, u"2025-03"_s);
    sources[0] = source;
    root.insert(u"sources"_s, sources);
    ContentParser parser(u"timeline.json"_s);
    const std::optional<TimelineContent> content = parser.parseTimeline(bytes(root));
    for (const Diagnostic &d : parser.diagnostics())
        qWarning().noquote() << d.toString();
    QVERIFY(content);
    QCOMPARE(content->sources.size(), size_t(1));
    const Source &read = content->sources.at(0);
    QVERIFY(read.title.isEmpty());
    QVERIFY(read.url.isEmpty());
    QCOMPARE(read.description.text(u"de"_s), u"Bericht"_s);
    QCOMPARE(read.description.text(u"ja"_s), u"Report on the rename"_s);
    QCOMPARE(read.note.text(u"fr"_s), u"Imprimé"_s);
    QCOMPARE(read.publisher, u"Example Press"_s);
    QCOMPARE(read.date, PartialDate(2025, 3));
}

void TestContentParser::capsDiagnostics()
{
    QJsonObject t = minimalTimeline();
    QJsonArray items;
    for (int i = 0; i < 500; ++i)
        items.append(QJsonObject{{u"id"_s, u""_s}});
    t[u"items"_s] = items;
    ContentParser parser(u"timeline.json"_s);
    QVERIFY(!parser.parseTimeline(bytes(t)));
    QCOMPARE(parser.diagnostics().size(), ContentParser::MaxDiagnostics + 1);
    QVERIFY(parser.diagnostics().constLast().message.contains(u"more problems"_s));
}

void TestContentParser::survivesHostileInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("message");
    QTest::newRow("200,000 nested brackets")
            << QByteArray(200000, '[') << u"/"_s << u"invalid JSON"_s;
    QTest::newRow("200,000 nested objects")
            << QByteArray("{\"a\":").repeated(200000) << u"/"_s << u"invalid JSON"_s;
    QByteArray many = "{\"schemaVersion\": 1, \"items\": [";
    for (int i = 0; i < 300000; ++i)
        many += i ? ",{}" : "{}";
    many += "]}";
    QTest::newRow("300,000 items") << many << u"/items"_s << u"300000 items is over the limit"_s;
    QTest::newRow("NUL bytes") << QByteArray(64, '\0') << u"/"_s << u"invalid JSON"_s;
}

void TestContentParser::survivesHostileInput()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, pointer);
    QFETCH(QString, message);
    ContentParser parser(u"timeline.json"_s);
    QVERIFY(!parser.parseTimeline(json));
    QVERIFY(!parser.diagnostics().isEmpty());
    QCOMPARE(parser.diagnostics().constFirst().pointer, pointer);
    QVERIFY2(parser.diagnostics().constFirst().message.contains(message),
             qPrintable(parser.diagnostics().constFirst().toString()));
}

void TestContentParser::acceptsTheDocumentedExamples()
{
    // The examples in resources/data/README.md are what event staff copy: they
    // must be valid, one per file, in the order hardware, timeline, partners, reviews.
    QFile readme(QStringLiteral(SPARK_SOURCE_DIR "/resources/data/README.md"));
    QVERIFY2(readme.open(QIODevice::ReadOnly), qPrintable(readme.errorString()));
    const QString text = QString::fromUtf8(readme.readAll());
    QList<QByteArray> examples;
    qsizetype from = 0;
    while ((from = text.indexOf(u"```json\n"_s, from)) >= 0) {
        from += 8;
        const qsizetype end = text.indexOf(u"```"_s, from);
        examples.append(text.mid(from, end - from).toUtf8());
        from = end + 3;
    }
    QCOMPARE(examples.size(), 4);
    const QList<File> files = {File::Hardware, File::Timeline, File::Partners, File::Reviews};
    for (int i = 0; i < files.size(); ++i) {
        ContentParser parser(u"README example"_s);
        const bool ok = run(files.at(i), examples.at(i), &parser);
        for (const Diagnostic &d : parser.diagnostics())
            qWarning().noquote() << d.toString();
        QVERIFY2(ok, qPrintable(QString::number(i)));
    }
}

QTEST_GUILESS_MAIN(TestContentParser)
#include "tst_contentparser.moc"
