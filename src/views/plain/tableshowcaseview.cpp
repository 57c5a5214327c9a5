#include "tableshowcaseview.h"

#include "views/viewregistry.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>
#include <QVBoxLayout>

TableShowcaseView::TableShowcaseView(const QString &name, QAbstractItemModel *model, int idRole,
                                     Catalog *catalog, QWidget *parent)
    : ShowcaseView(catalog, parent)
    , m_name(name)
    , m_model(model)
    , m_idRole(idRole)
    , m_table(new QTableView(this))
{
    m_table->setModel(model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultSectionSize(360);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(ViewRegistry::title(name));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                Q_EMIT currentItemChanged(current.data(m_idRole).toString());
            });
}

QString TableShowcaseView::title() const
{
    return ViewRegistry::title(m_name);
}

bool TableShowcaseView::selectItem(const QString &id)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data(m_idRole).toString() == id) {
            m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                      QItemSelectionModel::Rows);
            m_table->scrollTo(index);
            return true;
        }
    }
    return false;
}

QString TableShowcaseView::currentItem() const
{
    return m_table->selectionModel()->currentIndex().data(m_idRole).toString();
}

bool TableShowcaseView::advance()
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return false;
    const int next = m_table->selectionModel()->currentIndex().row() + 1;
    const bool wrapped = next >= rows;
    const QModelIndex index = m_model->index(wrapped ? 0 : next, 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return !wrapped;
}

void TableShowcaseView::reset()
{
    m_table->selectionModel()->clear();
    m_table->scrollToTop();
}
