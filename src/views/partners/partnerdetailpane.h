#pragma once

#include <QColor>
#include <QFont>
#include <QHash>
#include <QPersistentModelIndex>
#include <QWidget>

class QAbstractItemModel;

// The pane beside (or beneath) the partner grid: everything known about the
// selected partner, with its source; with nothing selected, an overview of
// the categories and a hint to choose a tile.
class PartnerDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit PartnerDetailPane(QWidget *parent = nullptr);

    // The partner to show, an index of PartnerModel or a proxy over it; an
    // invalid index shows the overview of \a overviewModel.
    void setPartner(const QModelIndex &index);
    QModelIndex partner() const { return m_partner; }
    // The categories (CategoryModel) and the partners, for the overview.
    void setOverview(QAbstractItemModel *categories, QAbstractItemModel *partners);
    void setScale(double scale);

    // The text blocks as painted, for tests and screen readers.
    QStringList texts() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // One thing painted in the pane, laid out for its current size.
    struct Block
    {
        enum Kind { Monogram, Text, Badge, Dot, Rule };
        Kind kind = Text;
        QString text;
        QFont font;
        QColor color;
        QRect rect;
        QColor fill; // Badge, Dot
    };
    QList<Block> blocks(double fit) const;
    QList<Block> fittedBlocks() const;
    QList<Block> fitBlocks() const;
    void refresh();

    QPersistentModelIndex m_partner;
    QAbstractItemModel *m_categories = nullptr;
    QAbstractItemModel *m_partners = nullptr;
    double m_scale = 1.0;
    QHash<QString, int> m_counts;  // partners by category, for the overview
    mutable QList<Block> m_fitted; // as painted at m_fittedSize
    mutable QSize m_fittedSize;
};
