#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

// The timeline's events, narrowed to the categories a visitor picked.
class TimelineFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit TimelineFilterProxy(QObject *parent = nullptr);

    // Shows only events of these categories; an empty set shows every event.
    void setCategories(const QSet<QString> &categories);
    QSet<QString> categories() const { return m_categories; }

    // The proxy row of the event \a id, or -1 when it is filtered out or unknown.
    int rowOf(const QString &id) const;

Q_SIGNALS:
    void categoriesChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QSet<QString> m_categories;
};
