#include "timelinemodel.h"

#include <algorithm>

TimelineModel::TimelineModel(QObject *parent)
    : ItemListModel({int(Role::Id), "eventId", int(Role::Sources), int(Role::SourceText),
                     int(Role::Confidence)},
                    parent)
{}

QDate TimelineModel::axisDate(const TimelineEvent &event)
{
    const QDate earliest = event.earliest();
    return earliest.addDays(earliest.daysTo(event.latest()) / 2);
}

void TimelineModel::setContent(const TimelineContent &content)
{
    std::vector<TimelineEvent> events = content.items;
    // Stable, so events on the same day keep the order the file gives them.
    std::stable_sort(events.begin(), events.end(),
                     [](const TimelineEvent &a, const TimelineEvent &b) {
                         return axisDate(a) < axisDate(b);
                     });
    resetItems(std::move(events), content.sources, [&] {
        m_categories = content.categories;
        m_eras = content.eras;
    });
}

QList<int> TimelineModel::textRoles() const
{
    return {Qt::DisplayRole,
            Qt::AccessibleTextRole,
            Qt::ToolTipRole,
            Qt::AccessibleDescriptionRole,
            int(Role::Title),
            int(Role::Description),
            int(Role::DateText),
            int(Role::Place),
            int(Role::People),
            int(Role::QuoteBy),
            int(Role::QuoteTranslation),
            int(Role::CategoryName),
            int(Role::EraName),
            int(Role::Sources),
            int(Role::SourceText)};
}

QString TimelineModel::categoryName(const QString &id) const
{
    for (const Category &category : m_categories) {
        if (category.id == id)
            return category.name.text(m_language);
    }
    return id;
}

const Era *TimelineModel::eraOf(const TimelineEvent &event) const
{
    const QDate date = axisDate(event);
    for (const Era &era : m_eras) {
        if (date >= era.start.first() && date <= era.end.last())
            return &era;
    }
    return nullptr;
}

QVariant TimelineModel::itemRoleData(const TimelineEvent &event, int /*row*/, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case int(Role::Title):
        return event.title.text(m_language);
    case Qt::AccessibleTextRole:
        //: How an event is announced: %1 its date, %2 its title
        return tr("%1: %2").arg(event.date.toDisplayString(m_locale), event.title.text(m_language));
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
    case int(Role::Description):
        return event.description.text(m_language);
    case int(Role::Date):
        return axisDate(event);
    case int(Role::Earliest):
        return event.earliest();
    case int(Role::Latest):
        return event.latest();
    case int(Role::Precision):
        return int(event.date.precision());
    case int(Role::DateText):
        return event.date.toDisplayString(m_locale);
    case int(Role::Place):
        return event.place.text(m_language);
    case int(Role::People): {
        QStringList people;
        for (const LocalizedText &person : event.people)
            people.append(person.text(m_language));
        return people;
    }
    case int(Role::QuoteText):
        return event.quote ? event.quote->text : QString();
    case int(Role::QuoteLanguage):
        return event.quote ? event.quote->language : QString();
    case int(Role::QuoteBy):
        return event.quote ? event.quote->by.text(m_language) : QString();
    case int(Role::QuoteTranslation):
        if (event.quote && event.quote->language != m_language &&
            event.quote->translations.hasLanguage(m_language)) {
            return event.quote->translations.text(m_language);
        }
        return QString();
    case int(Role::Category):
        return event.category;
    case int(Role::CategoryName):
        return categoryName(event.category);
    case int(Role::Era): {
        const Era *era = eraOf(event);
        return era ? era->id : QString();
    }
    case int(Role::EraName): {
        const Era *era = eraOf(event);
        return era ? era->name.text(m_language) : QString();
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> TimelineModel::itemRoleNames() const
{
    return roleNamesWith<Role>({{Role::Date, "date"},
                                {Role::Earliest, "earliest"},
                                {Role::Latest, "latest"},
                                {Role::Precision, "precision"},
                                {Role::DateText, "dateText"},
                                {Role::Title, "title"},
                                {Role::Place, "place"},
                                {Role::People, "people"},
                                {Role::Description, "description"},
                                {Role::QuoteText, "quoteText"},
                                {Role::QuoteLanguage, "quoteLanguage"},
                                {Role::QuoteBy, "quoteBy"},
                                {Role::QuoteTranslation, "quoteTranslation"},
                                {Role::Category, "category"},
                                {Role::CategoryName, "categoryName"},
                                {Role::Era, "era"},
                                {Role::EraName, "eraName"}});
}
