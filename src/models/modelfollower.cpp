#include "modelfollower.h"

#include <QAbstractItemModel>

ModelFollower::ModelFollower(QObject *context, Rebuild rebuild, Refresh refresh)
    : m_context(context)
    , m_rebuild(std::move(rebuild))
    , m_refresh(std::move(refresh))
{}

ModelFollower::~ModelFollower()
{
    disconnectAll();
}

void ModelFollower::disconnectAll()
{
    for (const QMetaObject::Connection &connection : m_connections)
        QObject::disconnect(connection);
    m_connections.clear();
}

bool ModelFollower::setModel(QAbstractItemModel *model)
{
    if (model == m_model)
        return false;
    disconnectAll();
    m_model = model;
    if (!model)
        return true;
    using M = QAbstractItemModel;
    const auto rebuild = [this] {
        if (m_rebuild)
            m_rebuild();
    };
    const auto refreshAll = [this] {
        if (m_refresh)
            m_refresh(QModelIndex(), QModelIndex(), {});
    };
    m_connections = {
            QObject::connect(model, &M::modelReset, m_context, rebuild),
            QObject::connect(model, &M::layoutChanged, m_context, rebuild),
            QObject::connect(model, &M::rowsInserted, m_context, rebuild),
            QObject::connect(model, &M::rowsRemoved, m_context, rebuild),
            QObject::connect(model, &M::rowsMoved, m_context, rebuild),
            QObject::connect(model, &M::columnsInserted, m_context, rebuild),
            QObject::connect(model, &M::columnsRemoved, m_context, rebuild),
            QObject::connect(model, &M::columnsMoved, m_context, rebuild),
            QObject::connect(model, &M::dataChanged, m_context,
                             [this](const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                    const QList<int> &roles) {
                                 if (m_refresh)
                                     m_refresh(topLeft, bottomRight, roles);
                             }),
            QObject::connect(model, &M::headerDataChanged, m_context, refreshAll),
            QObject::connect(model, &QObject::destroyed, m_context,
                             [this, rebuild] {
                                 disconnectAll();
                                 if (m_rebuildWhenDestroyed)
                                     rebuild();
                             }),
    };
    return true;
}
