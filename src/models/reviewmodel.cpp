#include "reviewmodel.h"

#include "formatting.h"

ReviewModel::ReviewModel(QObject *parent)
    : LocalizedModel(parent)
{}

void ReviewModel::setContent(const ReviewContent &content)
{
    beginResetModel();
    m_reviews = content.items;
    m_sources = content.sources;
    m_kinds = content.kinds;
    endResetModel();
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

int ReviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_reviews.size());
}

QVariant ReviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Review &review = m_reviews[static_cast<size_t>(index.row())];
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
    case int(Role::Id):
        return review.id;
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
    case int(Role::Sources):
        return Formatting::sourceList(m_sources, review.sources, m_locale);
    case int(Role::SourceText):
        return Formatting::citations(m_sources, review.sources, m_locale);
    case int(Role::Confidence):
        return int(review.confidence);
    default:
        return {};
    }
}

QHash<int, QByteArray> ReviewModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(int(Role::Id), "reviewId");
    names.insert(int(Role::Outlet), "outlet");
    names.insert(int(Role::Byline), "byline");
    names.insert(int(Role::Kind), "kind");
    names.insert(int(Role::KindName), "kindName");
    names.insert(int(Role::Tone), "tone");
    names.insert(int(Role::QuoteText), "quoteText");
    names.insert(int(Role::QuoteLanguage), "quoteLanguage");
    names.insert(int(Role::QuoteTranslation), "quoteTranslation");
    names.insert(int(Role::Summary), "summary");
    names.insert(int(Role::Award), "award");
    names.insert(int(Role::ReviewTitle), "reviewTitle");
    names.insert(int(Role::Date), "date");
    names.insert(int(Role::DateText), "dateText");
    names.insert(int(Role::Featured), "featured");
    names.insert(int(Role::Sources), "sources");
    names.insert(int(Role::SourceText), "sourceText");
    names.insert(int(Role::Confidence), "confidence");
    return names;
}

QStringList ReviewModel::outlets() const
{
    QStringList result;
    for (const Review &review : m_reviews) {
        if (!result.contains(review.outlet))
            result.append(review.outlet);
    }
    return result;
}
