#pragma once

#include "content.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QSet>

#include <functional>
#include <vector>

// The ids and cross-references inside one content file: every id well formed
// and unique in its list, every value that names an id of another list (a
// category, a group, a kind, a comparison system) naming one that exists, and
// every source cited. ContentParser hands the values here as it reads them, so
// that problems come in the file's order; each goes to the reporter given at
// construction with the JSON Pointer the parser gives.
class ContentReferences
{
    Q_DECLARE_TR_FUNCTIONS(ContentReferences)

public:
    static constexpr int MaxIdLength = 64;

    // The ids of one list, each with the JSON Pointer of the entry that has it.
    using IdIndex = QHash<QString, QString>;
    using Reporter = std::function<void(const QString &pointer, const QString &message)>;

    explicit ContentReferences(Reporter report);

    // [a-z0-9][a-z0-9._-]*
    static bool isId(QStringView id);

    // The id \a value of the entry at \a entryPointer, added to \a seen; an
    // empty string, with the problem reported at the entry's "id", when it is
    // not a string, not a well-formed id, or already in \a seen.
    QString claimId(const QJsonValue &value, const QString &entryPointer, IdIndex *seen);
    // \a value when \a known holds it (or it is empty); otherwise an empty
    // string, with the problem and the ids it could name reported at \a pointer.
    QString resolve(const QString &value, const IdIndex &known, const QString &pointer);
    // Whether \a key, a key of a comparison metric's values, names one of
    // \a systems; if not, the problem is reported at \a pointer.
    bool checkSystem(const QString &key, const IdIndex &systems, const QString &pointer);

    // Starts the sources of a file: forgets those of the one before and which
    // of them were cited. The index is for claimId().
    IdIndex *startSources();
    const IdIndex &sourceIds() const { return m_sourceIds; }
    // True, and \a id counted as cited, when it is a source of the file.
    bool cite(const QString &id);
    // Reports every one of \a sources that nothing cited, in their order.
    void checkEverySourceCited(const std::vector<Source> &sources);

private:
    Reporter m_report;
    IdIndex m_sourceIds;
    QSet<QString> m_citedSources;
};
