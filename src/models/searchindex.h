#pragma once

#include <QList>
#include <QMetaObject>
#include <QStringList>

#include <functional>
#include <limits>

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
    // Folds the text of up to \a rows more rows now, ahead of the first
    // search: for moments when nothing else happens, a slice at a time, so
    // that the first keystroke after new content does not pay for ten
    // thousand rows. Returns whether every row is folded.
    bool prepare(int rows = std::numeric_limits<int>::max()) const;

private:
    const QString &rowKey(int row) const;
    // Folds the rows after those folded, up to row \a end (excluded).
    void foldUpTo(int end) const;

    QObject *m_context;
    std::function<QString(const QModelIndex &)> m_rowText;
    const QAbstractItemModel *m_model = nullptr;
    QString m_text;
    QStringList m_terms; // folded words of the text
    // Folded text of the first rows, in order, built when needed: forgotten
    // whenever the model changes, so that what it holds is always right.
    mutable QStringList m_keys;
    QList<QMetaObject::Connection> m_connections;
};
