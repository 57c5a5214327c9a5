#pragma once

#include "views/showcaseview.h"

class QAbstractItemModel;
class QTableView;

// A plain table over one model: the fallback look of a view, and what every
// view was before it had a design of its own.
class TableShowcaseView : public ShowcaseView
{
    Q_OBJECT

public:
    TableShowcaseView(const QString &name, QAbstractItemModel *model, int idRole, Catalog *catalog,
                      QWidget *parent = nullptr);

    QString name() const override { return m_name; }
    QString title() const override;
    bool selectItem(const QString &id) override;
    QString currentItem() const override;
    bool advance() override;
    void reset() override;

    QTableView *table() const { return m_table; }

private:
    QString m_name;
    QAbstractItemModel *m_model;
    int m_idRole;
    QTableView *m_table;
};
