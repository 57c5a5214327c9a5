#pragma once

#include "searchfilterproxy.h"

// The quote wall's filter: by outlet, by kind (review, video, social post,
// press), by words in the quote, its translation, outlet or author, ignoring
// case and accents, and, for the rotating featured quote, featured quotes only.
class ReviewFilterProxy : public SearchFilterProxy
{
    Q_OBJECT

public:
    explicit ReviewFilterProxy(QObject *parent = nullptr);

    // Empty shows every outlet.
    void setOutlet(const QString &outlet);
    QString outlet() const { return m_outlet; }

    // Empty shows every kind.
    void setKind(const QString &kind);
    QString kind() const { return m_kind; }

    // Every word must appear; empty shows every quote.
    void setSearchText(const QString &text);

    void setFeaturedOnly(bool featuredOnly);
    bool featuredOnly() const { return m_featuredOnly; }

Q_SIGNALS:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_outlet;
    QString m_kind;
    bool m_featuredOnly = false;
};
