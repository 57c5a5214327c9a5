#pragma once

#include <QSortFilterProxyModel>

// The base of the views' filters over a model of items with ids (partners,
// quotes, events): the views select and step through items by id.
class ItemFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    // The proxy row of the item \a id, or -1 when it is filtered out or unknown.
    int rowOf(const QString &id) const;

protected:
    // \a idRole is the source model's role that holds an item's id.
    explicit ItemFilterProxy(int idRole, QObject *parent = nullptr);

private:
    int m_idRole;
};
