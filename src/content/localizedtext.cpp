#include "localizedtext.h"

LocalizedText::LocalizedText(const QString &english)
{
    insert(QStringLiteral("en"), english);
}

void LocalizedText::insert(const QString &language, const QString &text)
{
    for (auto &entry : m_texts) {
        if (entry.first == language) {
            entry.second = text;
            return;
        }
    }
    m_texts.append({language, text});
}

const QString *LocalizedText::find(QStringView language) const
{
    for (const auto &entry : m_texts) {
        if (entry.first == language)
            return &entry.second;
    }
    return nullptr;
}

QString LocalizedText::text(const QString &language) const
{
    if (const QString *exact = find(language))
        return *exact;
    const qsizetype separator = language.indexOf(u'_');
    if (separator > 0) {
        if (const QString *base = find(QStringView(language).left(separator)))
            return *base;
    }
    if (const QString *english = find(u"en"))
        return *english;
    return m_texts.isEmpty() ? QString() : m_texts.constFirst().second;
}

bool LocalizedText::hasLanguage(const QString &language) const
{
    return find(language) != nullptr;
}

QStringList LocalizedText::languages() const
{
    QStringList result;
    result.reserve(m_texts.size());
    for (const auto &entry : m_texts)
        result.append(entry.first);
    return result;
}
