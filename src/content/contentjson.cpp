#include "contentjson.h"

#include "core/enumnames.h"

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
    // Undefined, the value of a key that is not there, is not named.
    static constexpr EnumNames<QJsonValue::Type, 6> TypeNames{{{
            {QJsonValue::Null, u"null"},
            {QJsonValue::Bool, u"a boolean"},
            {QJsonValue::Double, u"a number"},
            {QJsonValue::String, u"a string"},
            {QJsonValue::Array, u"an array"},
            {QJsonValue::Object, u"an object"},
    }}};
    static_assert(TypeNames.isComplete(QJsonValue::Object));
    return TypeNames.name(value.type(), u"nothing"_s);
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
