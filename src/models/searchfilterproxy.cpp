#include "searchfilterproxy.h"

#include <QStringList>
#include <QVariant>

SearchFilterProxy::SearchFilterProxy(int idRole, const QList<int> &searchRoles, QObject *parent)
    : ItemFilterProxy(idRole, parent)
    , m_search(this, [searchRoles](const QModelIndex &index) {
        QStringList parts;
        for (int role : searchRoles) {
            const QVariant value = index.data(role);
            if (value.typeId() == QMetaType::QStringList)
                parts << value.toStringList();
            else
                parts << value.toString();
        }
        return parts.join(u'\n');
    })
{}

void SearchFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    // New content or a new language: new words to search. Followed before
    // the proxy's own handlers, so that it filters with the new words.
    m_search.setModel(model);
    ItemFilterProxy::setSourceModel(model);
}

bool SearchFilterProxy::matchesSearch(int sourceRow) const
{
    return m_search.matches(sourceRow);
}

bool SearchFilterProxy::search(const QString &text)
{
    if (!m_search.setText(text))
        return false;
    refilter();
    return true;
}
