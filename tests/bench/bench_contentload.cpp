#include "content/contentloader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int GeneratedItems = 10000;

QJsonObject text(const QString &english)
{
    return {{u"en"_s, english}, {u"de"_s, QString(english + u" (de)"_s)}};
}

QJsonArray sources()
{
    return {QJsonObject{{u"id"_s, u"s"_s},
                        {u"title"_s, u"Generated source"_s},
                        {u"publisher"_s, u"Generated press"_s},
                        {u"url"_s, u"https://example.com/source"_s},
                        {u"date"_s, u"2025-10-13"_s}}};
}

QJsonArray categories(const QString &prefix)
{
    QJsonArray list;
    for (int i = 0; i < 6; ++i)
        list.append(QJsonObject{{u"id"_s, QString(prefix + QString::number(i))},
                                {u"name"_s, text(u"Category %1"_s.arg(i))}});
    return list;
}

QString id(int i)
{
    return u"item-%1"_s.arg(i, 5, 10, QLatin1Char('0'));
}

QJsonObject timeline()
{
    QJsonArray items;
    for (int i = 0; i < GeneratedItems; ++i) {
        const QDate date = QDate(2016, 1, 1).addDays(i % 3650);
        items.append(QJsonObject{
                {u"id"_s, id(i)},
                {u"date"_s, date.toString(Qt::ISODate)},
                {u"category"_s, u"c%1"_s.arg(i % 6)},
                {u"title"_s, text(u"Event number %1"_s.arg(i))},
                {u"place"_s, text(u"Somewhere"_s)},
                {u"description"_s, text(u"A generated event that stands for a real one, with a "
                                        u"description of a realistic length."_s)},
                {u"sources"_s, QJsonArray{u"s"_s}}});
    }
    return {{u"schemaVersion"_s, 1},
            {u"sources"_s, sources()},
            {u"categories"_s, categories(u"c"_s)},
            {u"eras"_s, QJsonArray{QJsonObject{{u"id"_s, u"all"_s},
                                               {u"name"_s, text(u"All"_s)},
                                               {u"start"_s, u"2016"_s},
                                               {u"end"_s, u"2026"_s}}}},
            {u"items"_s, items}};
}

QJsonObject partners()
{
    QJsonArray items;
    for (int i = 0; i < GeneratedItems; ++i) {
        items.append(QJsonObject{{u"id"_s, id(i)},
                                 {u"name"_s, text(u"Partner %1"_s.arg(i))},
                                 {u"category"_s, u"c%1"_s.arg(i % 6)},
                                 {u"product"_s, text(u"Product %1"_s.arg(i))},
                                 {u"description"_s, text(u"Builds things with DGX Spark."_s)},
                                 {u"sources"_s, QJsonArray{u"s"_s}}});
    }
    return {{u"schemaVersion"_s, 1},
            {u"sources"_s, sources()},
            {u"categories"_s, categories(u"c"_s)},
            {u"items"_s, items}};
}

QJsonObject reviews()
{
    QJsonArray items;
    for (int i = 0; i < GeneratedItems; ++i) {
        items.append(QJsonObject{
                {u"id"_s, id(i)},
                {u"outlet"_s, u"Outlet %1"_s.arg(i % 40)},
                {u"kind"_s, u"c%1"_s.arg(i % 6)},
                {u"tone"_s, u"measured"_s},
                {u"quote"_s,
                 QJsonObject{{u"text"_s, u"A quote of ordinary length, number %1."_s.arg(i)},
                             {u"language"_s, u"en"_s}}},
                {u"summary"_s, text(u"A summary line."_s)},
                {u"date"_s, u"2025-10"_s},
                {u"featured"_s, i % 10 == 0},
                {u"sources"_s, QJsonArray{u"s"_s}}});
    }
    return {{u"schemaVersion"_s, 1},
            {u"sources"_s, sources()},
            {u"kinds"_s, categories(u"c"_s)},
            {u"items"_s, items}};
}

QJsonObject hardware()
{
    // Parts and specs are a few dozen in reality; 10,000 still tests the parser.
    QFile bundled(u":/data/hardware.json"_s);
    bundled.open(QIODevice::ReadOnly);
    QJsonObject root = QJsonDocument::fromJson(bundled.readAll()).object();
    QJsonArray items;
    const QJsonObject groups = root.value(u"groups"_s).toArray().at(0).toObject();
    // Each item cites one of the bundled sources in turn, so that every source
    // is cited, as the loader requires.
    const QJsonArray sources = root.value(u"sources"_s).toArray();
    for (int i = 0; i < GeneratedItems; ++i) {
        const QString source = sources.at(i % sources.size()).toObject().value(u"id"_s).toString();
        items.append(QJsonObject{{u"id"_s, id(i)},
                                 {u"kind"_s, u"spec"_s},
                                 {u"group"_s, groups.value(u"id"_s)},
                                 {u"name"_s, text(u"Spec %1"_s.arg(i))},
                                 {u"value"_s, text(u"%1 units"_s.arg(i))},
                                 {u"why"_s, text(u"Why it matters, in one line."_s)},
                                 {u"sources"_s, QJsonArray{source}}});
    }
    root.insert(u"items"_s, items);
    return root;
}

bool write(const QString &path, const QJsonObject &object)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) &&
           file.write(QJsonDocument(object).toJson(QJsonDocument::Compact)) > 0;
}

} // namespace

class BenchContentLoad : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void bundled();
    void generated();

private:
    QTemporaryDir m_dir;
};

void BenchContentLoad::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(write(m_dir.filePath(u"hardware.json"_s), hardware()));
    QVERIFY(write(m_dir.filePath(u"timeline.json"_s), timeline()));
    QVERIFY(write(m_dir.filePath(u"partners.json"_s), partners()));
    QVERIFY(write(m_dir.filePath(u"reviews.json"_s), reviews()));
}

void BenchContentLoad::bundled()
{
    ContentLoader::Result result;
    QBENCHMARK
    {
        result = ContentLoader::load();
    }
    QVERIFY(result.diagnostics.isEmpty());
}

void BenchContentLoad::generated()
{
    ContentLoader::Result result;
    QBENCHMARK
    {
        result = ContentLoader::load(m_dir.path());
    }
    QVERIFY(result.diagnostics.isEmpty());
    QCOMPARE(result.overridden.size(), 4);
    QCOMPARE(result.content.timeline.items.size(), size_t(GeneratedItems));
    QCOMPARE(result.content.partners.items.size(), size_t(GeneratedItems));
    QCOMPARE(result.content.reviews.items.size(), size_t(GeneratedItems));
    QCOMPARE(result.content.hardware.items.size(), size_t(GeneratedItems));
}

QTEST_GUILESS_MAIN(BenchContentLoad)
#include "bench_contentload.moc"
