#pragma once

#include <QList>
#include <QMetaObject>
#include <QStringList>

#include <functional>

class QAbstractItemModel;
class QModelIndex;
class QObject;

// Type-to-search over the rows of a flat model, for a filter proxy: the folded
// words of the search text (SearchText::fold), and the folded text of each row,
// built on the first search and forgotten whenever the model's rows or data
// change (new content, a new language).
class SearchIndex
{
public:
    // \a rowText gives the text a row is searched by; \a context owns the
    // connections to the model.
    SearchIndex(QObject *context, std::function<QString(const QModelIndex &)> rowText);
    ~SearchIndex();
    SearchIndex(const SearchIndex &) = delete;
    SearchIndex &operator=(const SearchIndex &) = delete;

    // Follows \a model. Call it before QSortFilterProxyModel::setSourceModel,
    // so that the proxy filters with the new words when the model changes.
    void setModel(const QAbstractItemModel *model);
    // Returns false when \a text is the text already searched for.
    bool setText(const QString &text);
    QString text() const { return m_text; }
    // Whether row \a row holds every word of the text (true for no text).
    bool matches(int row) const;

private:
    const QString &rowKey(int row) const;

    QObject *m_context;
    std::function<QString(const QModelIndex &)> m_rowText;
    const QAbstractItemModel *m_model = nullptr;
    QString m_text;
    QStringList m_terms;        // folded words of the text
    mutable QStringList m_keys; // folded text of each row, built when needed
    QList<QMetaObject::Connection> m_connections;
};
