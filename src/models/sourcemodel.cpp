#include "sourcemodel.h"

#include "formatting.h"

#include <QSet>

#include <algorithm>

SourceModel::SourceModel(QObject *parent)
    : LocalizedModel(parent)
{}

void SourceModel::setContent(const ContentSet &content)
{
    std::vector<Source> sources;
    QSet<QString> seen;
    // Each file lists the sources it cites; the same source in two files is one entry.
    for (const std::vector<Source> *list : {&content.hardware.sources, &content.timeline.sources,
                                            &content.partners.sources, &content.reviews.sources}) {
        for (const Source &source : *list) {
            const QString key = source.url.isEmpty() ? source.title + QChar(u'\x1f') +
                                                               source.description.english() +
                                                               QChar(u'\x1f') + source.publisher
                                                     : source.url;
            if (seen.contains(key))
                continue;
            seen.insert(key);
            sources.push_back(source);
        }
    }
    // By the first words of the citation: the title, or the publisher of a
    // document known by a description.
    const auto sortKey = [](const Source &source) {
        return source.title.isEmpty() ? source.publisher : source.title;
    };
    std::stable_sort(sources.begin(), sources.end(), [&](const Source &a, const Source &b) {
        return QString::localeAwareCompare(sortKey(a), sortKey(b)) < 0;
    });
    beginResetModel();
    m_sources = std::move(sources);
    endResetModel();
}

QList<int> SourceModel::textRoles() const
{
    return {Qt::DisplayRole,     Qt::AccessibleTextRole,
            Qt::ToolTipRole,     Qt::AccessibleDescriptionRole,
            int(Role::Citation), int(Role::Note),
            int(Role::DateText)};
}

int SourceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_sources.size());
}

QVariant SourceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Source &source = m_sources[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
    case int(Role::Citation):
        return Formatting::citation(source, m_locale);
    case Qt::ToolTipRole:
        return source.url.isEmpty() ? source.note.text(m_language) : source.url;
    case Qt::AccessibleDescriptionRole:
        if (source.url.isEmpty())
            return source.note.text(m_language);
        //: Read out for a source in the About box: %1 its web address
        return tr("Link to %1").arg(source.url);
    case int(Role::Url):
        return source.url;
    case int(Role::Host):
        return Formatting::host(source.url);
    case int(Role::Note):
        return source.note.text(m_language);
    case int(Role::Id):
        return source.id;
    case int(Role::Title):
        return source.title;
    case int(Role::Publisher):
        return source.publisher;
    case int(Role::Seed):
        return source.seed;
    case int(Role::DateText):
        return source.date.toDisplayString(m_locale);
    default:
        return {};
    }
}

QHash<int, QByteArray> SourceModel::roleNames() const
{
    return roleNamesWith<Role>({{Role::Id, "sourceId"},
                                {Role::Title, "title"},
                                {Role::Publisher, "publisher"},
                                {Role::Url, "url"},
                                {Role::Seed, "seed"},
                                {Role::DateText, "dateText"},
                                {Role::Citation, "citation"},
                                {Role::Host, "host"},
                                {Role::Note, "note"}});
}
