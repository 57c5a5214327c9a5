#pragma once

#include "content/content.h"
#include "itemlistmodel.h"

#include <QLocale>

// The quotes of reviews.json: what reviewers, writers and early users said,
// in their own words, with the outlet and the source.
class ReviewModel : public ItemListModel<Review>
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

    // Every outlet once, in the order of the file.
    QStringList outlets() const;

protected:
    QList<int> textRoles() const override;
    QVariant itemRoleData(const Review &review, int row, int role) const override;
    QHash<int, QByteArray> itemRoleNames() const override;

private:
    std::vector<Category> m_kinds;
};
