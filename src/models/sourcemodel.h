#pragma once

#include "content/content.h"

#include <QAbstractListModel>
#include <QLocale>

// Every source that the content cites, once each, for the Sources list of the
// About box.
class SourceModel : public QAbstractListModel
{
    Q_OBJECT

public:
    // DisplayRole is the citation; ToolTipRole the web address, or the note of
    // a source without one; AccessibleDescriptionRole says the same in words.
    enum class Role {
        Id = Qt::UserRole,
        Title,
        Publisher,
        Url,
        Seed,
        DateText,
        Citation,
        Host,
        Note
    };

    explicit SourceModel(QObject *parent = nullptr);

    void setContent(const ContentSet &content);
    void setLanguage(const QString &language);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    std::vector<Source> m_sources;
    QString m_language = QStringLiteral("en");
    QLocale m_locale;
};
