#include "contentgenerator.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace ContentGenerator {

namespace {

QJsonObject text(const QString &english)
{
    return {{u"en"_s, english}};
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

} // namespace

QStringList fileNames()
{
    return {u"hardware"_s, u"timeline"_s, u"partners"_s, u"reviews"_s};
}

QJsonObject timeline(int count)
{
    QJsonArray items;
    for (int i = 0; i < count; ++i) {
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

QJsonObject partners(int count)
{
    QJsonArray items;
    for (int i = 0; i < count; ++i) {
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

QJsonObject reviews(int count)
{
    QJsonArray items;
    for (int i = 0; i < count; ++i) {
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

QJsonObject hardware(int count)
{
    // Parts and specs are a few dozen in reality; thousands still test the
    // parser and the views' layouts.
    QFile bundled(u":/data/hardware.json"_s);
    if (!bundled.open(QIODevice::ReadOnly))
        return {};
    QJsonObject root = QJsonDocument::fromJson(bundled.readAll()).object();
    QJsonArray items;
    const QJsonObject group = root.value(u"groups"_s).toArray().at(0).toObject();
    // Each item cites one of the bundled sources in turn, so that every source
    // is cited, as the loader requires.
    const QJsonArray cited = root.value(u"sources"_s).toArray();
    for (int i = 0; i < count; ++i) {
        const QString source = cited.at(i % cited.size()).toObject().value(u"id"_s).toString();
        items.append(QJsonObject{{u"id"_s, id(i)},
                                 {u"kind"_s, u"spec"_s},
                                 {u"group"_s, group.value(u"id"_s)},
                                 {u"name"_s, text(u"Spec %1"_s.arg(i))},
                                 {u"value"_s, text(u"%1 units"_s.arg(i))},
                                 {u"why"_s, text(u"Why it matters, in one line."_s)},
                                 {u"sources"_s, QJsonArray{source}}});
    }
    root.insert(u"items"_s, items);
    return root;
}

bool write(const QString &directory, const QStringList &names, int items, QString *error)
{
    for (const QString &name : names) {
        QJsonObject object;
        if (name == u"hardware")
            object = hardware(items);
        else if (name == u"timeline")
            object = timeline(items);
        else if (name == u"partners")
            object = partners(items);
        else if (name == u"reviews")
            object = reviews(items);
        const QString path = QDir(directory).filePath(name + u".json"_s);
        if (object.isEmpty()) {
            *error = u"%1: nothing to generate for “%2”"_s.arg(path, name);
            return false;
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(QJsonDocument(object).toJson(QJsonDocument::Compact)) < 0 ||
            !file.commit()) {
            *error = u"%1: %2"_s.arg(path, file.errorString());
            return false;
        }
    }
    return true;
}

} // namespace ContentGenerator
