#include "contentreferences.h"

#include "contentjson.h"

#include <algorithm>

using namespace Qt::StringLiterals;

ContentReferences::ContentReferences(Reporter report)
    : m_report(std::move(report))
{}

// Checked by hand, not by a regular expression: ids are read tens of
// thousands of times.
bool ContentReferences::isId(QStringView id)
{
    const auto lowerOrDigit = [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
    };
    if (id.isEmpty() || !lowerOrDigit(id.front()))
        return false;
    return std::all_of(id.begin(), id.end(), [&](QChar c) {
        return lowerOrDigit(c) || c == u'.' || c == u'_' || c == u'-';
    });
}

QString ContentReferences::claimId(const QJsonValue &value, const QString &entryPointer,
                                   IdIndex *seen)
{
    const auto p = [&entryPointer]() -> QString { return entryPointer + u"/id"_s; };
    if (!value.isString()) {
        m_report(p(), tr("must be a string, not %1").arg(ContentJson::typeName(value)));
        return {};
    }
    const QString id = value.toString();
    if (id.isEmpty()) {
        m_report(p(), tr("must not be empty"));
        return {};
    }
    if (id.size() > MaxIdLength || !isId(id)) {
        m_report(p(), tr("“%1” is not a valid id: use up to %2 lowercase letters, digits, “-”, "
                         "“_” or “.”, starting with a letter or a digit")
                              .arg(id.left(MaxIdLength + 8))
                              .arg(MaxIdLength));
        return {};
    }
    const auto first = seen->constFind(id);
    if (first != seen->constEnd()) {
        //: %2 is the JSON pointer of the first entry with the same id
        m_report(p(), tr("duplicate id “%1”, first used at %2").arg(id, first.value()));
        return {};
    }
    seen->insert(id, entryPointer);
    return id;
}

QString ContentReferences::resolve(const QString &value, const IdIndex &known,
                                   const QString &pointer)
{
    if (value.isEmpty() || known.contains(value))
        return value;
    m_report(pointer, tr("unknown value “%1”; expected one of: %2")
                              .arg(value, ContentJson::quotedList(known.keys())));
    return {};
}

bool ContentReferences::checkSystem(const QString &key, const IdIndex &systems,
                                    const QString &pointer)
{
    if (systems.contains(key))
        return true;
    m_report(
            pointer,
            tr("unknown system; expected one of: %1").arg(ContentJson::quotedList(systems.keys())));
    return false;
}

ContentReferences::IdIndex *ContentReferences::startSources()
{
    m_sourceIds.clear();
    m_citedSources.clear();
    return &m_sourceIds;
}

bool ContentReferences::cite(const QString &id)
{
    if (!m_sourceIds.contains(id))
        return false;
    m_citedSources.insert(id);
    return true;
}

void ContentReferences::checkEverySourceCited(const std::vector<Source> &sources)
{
    // A source that nothing cites is a citation gone astray, or dead weight
    // in the About box's list. Reported in the file's order.
    for (const Source &source : sources) {
        if (source.id.isEmpty() || m_citedSources.contains(source.id))
            continue;
        //: %1 is a source id
        m_report(m_sourceIds.value(source.id),
                 tr("source “%1” is cited by nothing in this file; cite it or remove it")
                         .arg(source.id));
    }
}
