#pragma once

#include "content/content.h"
#include "localizedmodel.h"

#include <QDate>

// The eras of the timeline, such as "DGX-1 era" or "Launch week".
class EraModel : public LocalizedModel<QAbstractListModel>
{
    Q_OBJECT

public:
    enum class Role { Id = Qt::UserRole, Name, Start, End };

    explicit EraModel(QObject *parent = nullptr);

    void setEras(std::vector<Era> eras);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The era that contains \a date, or an empty string.
    QString eraAt(QDate date) const;

protected:
    QList<int> textRoles() const override;

private:
    std::vector<Era> m_eras;
};
