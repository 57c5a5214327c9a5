#pragma once

#include "content/content.h"
#include "itemrows.h"
#include "localizedmodel.h"

#include <QLocale>

// The quotes of reviews.json: what reviewers, writers and early users said,
// in their own words, with the outlet and the source.
class ReviewModel
    : public LocalizedModel<QAbstractListModel>
    , public ItemRows
{
    Q_OBJECT

public:
    enum class Role {
        Id = Qt::UserRole,
        Outlet,
        Byline,
        Kind,
        KindName,
        Tone, // Tone as int
        QuoteText,
        QuoteLanguage,
        QuoteTranslation, // in the current language, when the quote is in another
        Summary,
        Award,
        ReviewTitle,
        Date, // QDate, invalid when unknown
        DateText,
        Featured,
        Sources,
        SourceText,
        Confidence,
    };

    explicit ReviewModel(QObject *parent = nullptr);

    void setContent(const ReviewContent &content);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int rowOf(const QString &id) const override { return rowOfId(m_reviews, id); }
    // Every outlet once, in the order of the file.
    QStringList outlets() const;
    // The review of row \a row (0 <= row < rowCount()), for a view that
    // reads every row at once, without a QVariant a role.
    const Review &review(int row) const { return m_reviews[static_cast<size_t>(row)]; }

protected:
    QList<int> textRoles() const override;

private:
    std::vector<Review> m_reviews;
    std::vector<Source> m_sources;
    std::vector<Category> m_kinds;
};
