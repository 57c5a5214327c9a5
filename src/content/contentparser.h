#pragma once

#include "content.h"
#include "contentreferences.h"
#include "diagnostic.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <functional>
#include <optional>

// Validates the JSON of one content file and turns it into content. Every
// problem is collected as a Diagnostic; a file with any problem yields no content,
// so that a half-read file never reaches a view. The limits are documented in
// resources/data/README.md.
class ContentParser
{
    Q_DECLARE_TR_FUNCTIONS(ContentParser)
    Q_DISABLE_COPY_MOVE(ContentParser)

public:
    static constexpr int SchemaVersion = 1;
    static constexpr int MaxItems = 20000;
    static constexpr int MaxIdLength = ContentReferences::MaxIdLength;
    static constexpr int MaxShortText = 160;
    static constexpr int MaxLongText = 1200;
    static constexpr int MaxQuoteText = 400;
    static constexpr int MaxUrlLength = 500;
    static constexpr int MaxListEntries = 50;
    // Past this many problems a file is clearly not worth reading on.
    static constexpr int MaxDiagnostics = 100;

    // \a fileLabel names the file in diagnostics.
    explicit ContentParser(QString fileLabel);

    std::optional<HardwareContent> parseHardware(const QByteArray &json);
    std::optional<TimelineContent> parseTimeline(const QByteArray &json);
    std::optional<PartnerContent> parsePartners(const QByteArray &json);
    std::optional<ReviewContent> parseReviews(const QByteArray &json);

    const Diagnostics &diagnostics() const { return m_diagnostics; }
    bool hasErrors() const { return !m_diagnostics.isEmpty(); }

private:
    enum class Presence { Required, Optional };

    // Where a value sits: a parent JSON Pointer and up to two keys below it,
    // joined only when a problem is reported, so that a valid file builds no
    // pointer strings at all.
    struct Where
    {
        const QString &parent;
        QStringView key;
        QStringView subkey = {};
        QString pointer() const;
    };

    void error(const QString &pointer, const QString &message);
    bool readDocument(const QByteArray &json, QJsonObject *root);
    bool isObject(const QJsonValue &value, const QString &pointer);
    void rejectUnknownKeys(const QJsonObject &object, const QString &pointer,
                           std::initializer_list<QStringView> known);
    bool present(const QJsonObject &object, const QString &key, const QString &pointer,
                 Presence presence);
    // The value at \a key, undefined when absent (reported when required):
    // present() and the value in one lookup.
    QJsonValue field(const QJsonObject &object, const QString &key, const QString &pointer,
                     Presence presence);
    bool checkText(const QString &text, const Where &where, int maxLength);

    using IdIndex = ContentReferences::IdIndex;

    // What each file's parse ends with: every source is cited, and the
    // content is given only when nothing in the file was wrong.
    template<typename Content>
    std::optional<Content> finished(Content content);
    // What each file's parse starts with: the document, its top-level keys
    // (\a keys are the ones allowed) and its sources. False when the document
    // cannot be read at all.
    template<typename Content>
    bool opened(const QByteArray &json, std::initializer_list<QStringView> keys, QJsonObject *root,
                Content *content);
    // Reads the array "items" of \a root into \a items: each element's keys
    // (\a keys are the ones allowed), its unique id, what \a read reads, and
    // its sources and confidence, in that order.
    template<typename Item, typename Read>
    void items(const QJsonObject &root, std::initializer_list<QStringView> keys,
               std::vector<Item> *items, Read read);

    QString id(const QJsonObject &object, const QString &pointer, IdIndex *seen);
    QString string(const QJsonObject &object, const QString &key, const QString &pointer,
                   Presence presence, int maxLength);
    enum class English { Required, Optional };
    LocalizedText text(const QJsonObject &object, const QString &key, const QString &pointer,
                       Presence presence, int maxLength, English english = English::Required);
    // text() of a value already looked up, found at \a key below \a pointer.
    LocalizedText textValue(const QJsonValue &value, const QString &pointer, QStringView key,
                            int maxLength, English english = English::Required);
    std::vector<LocalizedText> textList(const QJsonObject &object, const QString &key,
                                        const QString &pointer, int maxLength);
    PartialDate date(const QJsonObject &object, const QString &key, const QString &pointer,
                     Presence presence);
    double number(const QJsonObject &object, const QString &key, const QString &pointer,
                  double minimum, double maximum);
    bool boolean(const QJsonObject &object, const QString &key, const QString &pointer);
    QString reference(const QJsonObject &object, const QString &key, const QString &pointer,
                      Presence presence, const IdIndex &known);
    QString enumeration(const QJsonObject &object, const QString &key, const QString &pointer,
                        Presence presence, const QStringList &allowed);
    Confidence confidence(const QJsonObject &object, const QString &pointer);
    QStringList sourceRefs(const QJsonObject &object, const QString &pointer);
    std::optional<Quote> quote(const QJsonObject &object, const QString &key,
                               const QString &pointer, Presence presence);

    // Walks the array at \a key, calling \a element with each object and its pointer.
    bool forEachObject(const QJsonObject &object, const QString &key, const QString &pointer,
                       Presence presence,
                       const std::function<void(const QJsonObject &, const QString &)> &element);

    std::vector<Source> sources(const QJsonObject &root);
    std::vector<Category> categories(const QJsonObject &root, const QString &key, IdIndex *ids);

    QString m_file;
    Diagnostics m_diagnostics;
    bool m_truncated = false;
    // Declared after what error() uses: it reports through error().
    ContentReferences m_references;
};
