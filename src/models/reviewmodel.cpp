#include "reviewmodel.h"

ReviewModel::ReviewModel(QObject *parent)
    : ItemListModel({int(Role::Id), "reviewId", int(Role::Sources), int(Role::SourceText),
                     int(Role::Confidence)},
                    parent)
{}

void ReviewModel::setContent(const ReviewContent &content)
{
    resetItems(content.items, content.sources, [&] { m_kinds = content.kinds; });
}

QList<int> ReviewModel::textRoles() const
{
    return {Qt::DisplayRole,     Qt::AccessibleTextRole,
            Qt::ToolTipRole,     Qt::AccessibleDescriptionRole,
            int(Role::Summary),  int(Role::Byline),
            int(Role::KindName), int(Role::QuoteTranslation),
            int(Role::Award),    int(Role::DateText),
            int(Role::Sources),  int(Role::SourceText)};
}

QVariant ReviewModel::itemRoleData(const Review &review, int /*row*/, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case int(Role::QuoteText):
        return review.quote.text;
    case Qt::AccessibleTextRole:
        //: How a quote card is announced: %1 the outlet or author, %2 the quote
        return tr("%1: %2").arg(review.outlet, review.quote.text);
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
    case int(Role::Summary):
        return review.summary.text(m_language);
    case int(Role::Outlet):
        return review.outlet;
    case int(Role::Byline):
        return review.byline.text(m_language);
    case int(Role::Kind):
        return review.kind;
    case int(Role::KindName):
        for (const Category &kind : m_kinds) {
            if (kind.id == review.kind)
                return kind.name.text(m_language);
        }
        return review.kind;
    case int(Role::Tone):
        return int(review.tone);
    case int(Role::QuoteLanguage):
        return review.quote.language;
    case int(Role::QuoteTranslation):
        if (review.quote.language != m_language &&
            review.quote.translations.hasLanguage(m_language)) {
            return review.quote.translations.text(m_language);
        }
        return QString();
    case int(Role::Award):
        return review.award.text(m_language);
    case int(Role::ReviewTitle):
        return review.reviewTitle;
    case int(Role::Date):
        return review.date.first();
    case int(Role::DateText):
        return review.date.toDisplayString(m_locale);
    case int(Role::Featured):
        return review.featured;
    default:
        return {};
    }
}

QHash<int, QByteArray> ReviewModel::itemRoleNames() const
{
    return roleNamesWith<Role>({{Role::Outlet, "outlet"},
                                {Role::Byline, "byline"},
                                {Role::Kind, "kind"},
                                {Role::KindName, "kindName"},
                                {Role::Tone, "tone"},
                                {Role::QuoteText, "quoteText"},
                                {Role::QuoteLanguage, "quoteLanguage"},
                                {Role::QuoteTranslation, "quoteTranslation"},
                                {Role::Summary, "summary"},
                                {Role::Award, "award"},
                                {Role::ReviewTitle, "reviewTitle"},
                                {Role::Date, "date"},
                                {Role::DateText, "dateText"},
                                {Role::Featured, "featured"}});
}

QStringList ReviewModel::outlets() const
{
    QStringList result;
    for (const Review &review : items()) {
        if (!result.contains(review.outlet))
            result.append(review.outlet);
    }
    return result;
}
