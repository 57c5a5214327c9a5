#pragma once

#include "content/content.h"
#include "itemlistmodel.h"

#include <QDate>
#include <QLocale>

// The events of timeline.json in the order they happened. An event known only to
// the month sits at the middle of the days it may have happened on (narrowed by
// its notBefore/notAfter bounds), so that it sorts and plots honestly.
class TimelineModel : public ItemListModel<TimelineEvent>
{
    Q_OBJECT

public:
    enum class Role {
        Id = Qt::UserRole,
        Date,      // QDate: where the event sits on a time axis
        Earliest,  // QDate: first day it may have happened on
        Latest,    // QDate: last day it may have happened on
        Precision, // PartialDate::Precision as int
        DateText,  // localized, at the date's own precision
        Title,
        Place,
        People, // QStringList
        Description,
        QuoteText,
        QuoteLanguage,
        QuoteBy,
        QuoteTranslation, // in the current language, when the quote is in another
        Category,
        CategoryName,
        Era,
        EraName,
        Sources,
        SourceText,
        Confidence,
    };

    explicit TimelineModel(QObject *parent = nullptr);

    void setContent(const TimelineContent &content);

    // Where an event of this span sits on a time axis: the middle of its days.
    static QDate axisDate(const TimelineEvent &event);

protected:
    QList<int> textRoles() const override;
    QVariant itemRoleData(const TimelineEvent &event, int row, int role) const override;
    QHash<int, QByteArray> itemRoleNames() const override;

private:
    QString categoryName(const QString &id) const;
    const Era *eraOf(const TimelineEvent &event) const;

    std::vector<Category> m_categories;
    std::vector<Era> m_eras;
};
