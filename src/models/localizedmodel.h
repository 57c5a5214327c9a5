#pragma once

#include "formatting.h"

#include <QAbstractItemModel>
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QString>

#include <initializer_list>
#include <utility>

// The base of the models whose texts come in the content's languages: it
// keeps the language and its locale (numbers, dates) and, on a switch,
// tells views which roles changed, the model's textRoles(), over every cell,
// and which headers, so that what depends only on ids, numbers or shapes is
// left alone. \a Model is QAbstractListModel or QAbstractTableModel.
template<class Model>
class LocalizedModel : public Model
{
public:
    using Model::Model;

    QString language() const { return m_language; }
    const QLocale &locale() const { return m_locale; }

    // Shows the texts in \a language ("en", "de", ...). Nothing happens when
    // it is the language already.
    void setLanguage(const QString &language)
    {
        if (language == m_language)
            return;
        m_language = language;
        m_locale = Formatting::locale(language);
        languageChanged();
        // QAbstractListModel hides columnCount(); ask as an item model.
        const QAbstractItemModel *model = this;
        const int rows = model->rowCount();
        const int columns = model->columnCount();
        if (rows > 0 && columns > 0)
            Q_EMIT this->dataChanged(this->index(0, 0), this->index(rows - 1, columns - 1),
                                     textRoles());
        const Qt::Orientations headers = localizedHeaders();
        if (headers.testFlag(Qt::Horizontal) && columns > 0)
            Q_EMIT this->headerDataChanged(Qt::Horizontal, 0, columns - 1);
        if (headers.testFlag(Qt::Vertical) && rows > 0)
            Q_EMIT this->headerDataChanged(Qt::Vertical, 0, rows - 1);
    }

protected:
    // The roles whose data changes with the language: texts, numbers and
    // dates formatted for the locale, and tr() texts.
    virtual QList<int> textRoles() const = 0;
    // The headers whose texts change with the language; none by default.
    virtual Qt::Orientations localizedHeaders() const { return {}; }
    // Called when the language has changed, before any signal.
    virtual void languageChanged() {}

    // Qt's role names with the model's own, \a names, added: what a model's
    // roleNames() returns, written as one table of its roles.
    template<typename Role>
    QHash<int, QByteArray>
    roleNamesWith(std::initializer_list<std::pair<Role, const char *>> names) const
    {
        QHash<int, QByteArray> result = Model::roleNames();
        for (const auto &[role, name] : names)
            result.insert(int(role), name);
        return result;
    }

    QString m_language = QStringLiteral("en");
    QLocale m_locale = Formatting::locale(QStringLiteral("en"));
};
