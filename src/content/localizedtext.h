#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Text a visitor reads, in every language the content provides. Content files
// write it as {"en": "...", "de": "..."}; English is always present, so adding a
// language never needs a schema change.
class LocalizedText
{
public:
    LocalizedText() = default;
    explicit LocalizedText(const QString &english);

    void insert(const QString &language, const QString &text);

    // The text in \a language ("de", "zh_CN"), else in its base language ("zh"),
    // else in English.
    QString text(const QString &language) const;
    QString english() const { return text(QStringLiteral("en")); }

    bool hasLanguage(const QString &language) const;
    QStringList languages() const;
    bool isEmpty() const { return m_texts.isEmpty(); }

    friend bool operator==(const LocalizedText &a, const LocalizedText &b)
    {
        return a.m_texts == b.m_texts;
    }

private:
    const QString *find(QStringView language) const;

    // A short list beats a hash here: a handful of languages per text, and
    // tens of thousands of texts in the largest files.
    QList<std::pair<QString, QString>> m_texts;
};
