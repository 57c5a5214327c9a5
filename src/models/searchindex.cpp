#include "searchindex.h"

#include "searchtext.h"

#include <QAbstractItemModel>

SearchIndex::SearchIndex(QObject *context, std::function<QString(const QModelIndex &)> rowText)
    : m_context(context)
    , m_rowText(std::move(rowText))
{}

SearchIndex::~SearchIndex()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        QObject::disconnect(connection);
}

void SearchIndex::setModel(const QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        QObject::disconnect(connection);
    m_connections.clear();
    m_keys.clear();
    m_model = model;
    if (!model)
        return;
    const auto forget = [this] { m_keys.clear(); };
    m_connections = {
            QObject::connect(model, &QAbstractItemModel::modelAboutToBeReset, m_context, forget),
            QObject::connect(model, &QAbstractItemModel::dataChanged, m_context, forget),
            QObject::connect(model, &QAbstractItemModel::rowsAboutToBeInserted, m_context, forget),
            QObject::connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, m_context, forget),
            QObject::connect(model, &QAbstractItemModel::layoutAboutToBeChanged, m_context, forget),
            QObject::connect(model, &QObject::destroyed, m_context, [this] {
                m_model = nullptr;
                m_keys.clear();
            })};
}

bool SearchIndex::setText(const QString &text)
{
    if (text == m_text)
        return false;
    m_text = text;
    m_terms = SearchText::fold(text).split(u' ', Qt::SkipEmptyParts);
    return true;
}

bool SearchIndex::matches(int row) const
{
    if (m_terms.isEmpty())
        return true;
    if (!m_model)
        return false;
    const QString &key = rowKey(row);
    for (const QString &term : m_terms) {
        if (!key.contains(term))
            return false;
    }
    return true;
}

bool SearchIndex::prepare(int rows) const
{
    if (!m_model)
        return true;
    const int total = m_model->rowCount();
    foldUpTo(static_cast<int>(std::min<qint64>(total, qint64(m_keys.size()) + rows)));
    return m_keys.size() >= total;
}

void SearchIndex::foldUpTo(int end) const
{
    if (m_keys.size() > m_model->rowCount())
        m_keys.clear();
    for (int r = static_cast<int>(m_keys.size()); r < end; ++r)
        m_keys << SearchText::fold(m_rowText(m_model->index(r, 0)));
}

const QString &SearchIndex::rowKey(int row) const
{
    const int rows = m_model->rowCount();
    if (m_keys.size() != rows) {
        m_keys.reserve(rows);
        foldUpTo(rows);
    }
    static const QString none;
    return row >= 0 && row < m_keys.size() ? m_keys.at(row) : none;
}
