#pragma once

#include "searchfilterproxy.h"

#include <QSet>

// The timeline's events, narrowed to the categories a visitor picked and to
// the words searched for in their title, place, people or story, ignoring
// case and accents.
class TimelineFilterProxy : public SearchFilterProxy
{
    Q_OBJECT

public:
    explicit TimelineFilterProxy(QObject *parent = nullptr);

    // Shows only events of these categories; an empty set shows every event.
    void setCategories(const QSet<QString> &categories);
    QSet<QString> categories() const { return m_categories; }

    // Every word must appear; empty shows every event.
    void setSearchText(const QString &text);

Q_SIGNALS:
    void categoriesChanged();
    void searchTextChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QSet<QString> m_categories;
};
