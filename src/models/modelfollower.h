#pragma once

#include <QList>
#include <QMetaObject>
#include <QPointer>

#include <functional>
#include <vector>

class QAbstractItemModel;
class QModelIndex;

// Follows an item model for a widget that draws it without being an item
// view. Changes of structure (a reset, a layout change, rows or columns
// inserted, removed or moved) call the rebuild function; changes of data
// call the refresh function with the changed range and roles (for header
// data, with invalid indexes: everything may have changed). A model that is
// destroyed is forgotten (see setRebuildWhenDestroyed()).
//
// It keeps the handles of its own connections and cuts only those, never
// the widget's other connections to the model, and setting the model it
// already follows changes nothing.
class ModelFollower
{
public:
    using Rebuild = std::function<void()>;
    using Refresh = std::function<void(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                       const QList<int> &roles)>;

    // \a context is the widget: the functions are called in its thread and
    // never after it is destroyed.
    ModelFollower(QObject *context, Rebuild rebuild, Refresh refresh);
    ~ModelFollower();
    ModelFollower(const ModelFollower &) = delete;
    ModelFollower &operator=(const ModelFollower &) = delete;

    // Follows \a model (or none) from now on. Returns false and does nothing
    // when it already follows \a model; calls neither function.
    bool setModel(QAbstractItemModel *model);
    QAbstractItemModel *model() const { return m_model; }

    // Whether a model that is destroyed calls the rebuild function too, for
    // a widget that holds its model in a QPointer (null by then). Off by
    // default: a widget with a plain pointer must not read it any more.
    void setRebuildWhenDestroyed(bool rebuild) { m_rebuildWhenDestroyed = rebuild; }

private:
    void disconnectAll();

    QObject *m_context;
    Rebuild m_rebuild;
    Refresh m_refresh;
    QPointer<QAbstractItemModel> m_model;
    std::vector<QMetaObject::Connection> m_connections;
    bool m_rebuildWhenDestroyed = false;
};
