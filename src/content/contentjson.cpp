#include "contentjson.h"

using namespace Qt::StringLiterals;

namespace ContentJson {

QString child(const QString &pointer, QStringView key)
{
    QString token = key.toString();
    token.replace(u'~', u"~0"_s);
    token.replace(u'/', u"~1"_s);
    return pointer + u'/' + token;
}

QString child(const QString &pointer, qsizetype index)
{
    return pointer + u'/' + QString::number(index);
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"a boolean"_s;
    case QJsonValue::Double:
        return u"a number"_s;
    case QJsonValue::String:
        return u"a string"_s;
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"nothing"_s;
}

QString quotedList(QStringList values)
{
    values.sort();
    constexpr int Shown = 12;
    const bool more = values.size() > Shown;
    if (more)
        values = values.mid(0, Shown);
    for (QString &value : values)
        value = u'“' + value + u'”';
    return values.join(u", "_s) + (more ? u", …"_s : QString());
}

} // namespace ContentJson
