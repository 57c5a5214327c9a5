#pragma once

#include "content/content.h"
#include "localizedmodel.h"

#include <QLocale>

// Every source that the content cites, once each, for the Sources list of the
// About box.
class SourceModel : public LocalizedModel<QAbstractListModel>
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

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    QList<int> textRoles() const override;

private:
    std::vector<Source> m_sources;
};
