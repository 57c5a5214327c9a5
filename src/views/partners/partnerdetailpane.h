#pragma once

#include "models/modelfollower.h"
#include "views/common/sourcestyle.h"

#include <QColor>
#include <QFont>
#include <QHash>
#include <QPersistentModelIndex>
#include <QWidget>

class QAbstractItemModel;
class QrTile;
class SourceLinks;

// The pane beside (or beneath) the partner grid: everything known about the
// selected partner, with its sources (citations, links in the window, or a QR
// code of the first source's address in kiosk mode and exports made with
// --qr); with nothing selected, an overview of the categories and a hint to
// choose a tile.
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
    void setSourceStyle(SourceStyle style);
    SourceStyle sourceStyle() const { return m_style; }
    SourceLinks *sourceLinks() const { return m_links; }
    QrTile *qrTile() const { return m_qr; }

    // The text blocks as painted, for tests and screen readers.
    QStringList texts() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // One thing painted in the pane, laid out for its current size.
    struct Block
    {
        // Links and Qr keep room for the widgets that show the sources.
        enum Kind { Monogram, Text, Badge, Dot, Rule, Links, Qr };
        Kind kind = Text;
        QString text;
        QFont font;
        QColor color;
        QRect rect;
        QColor fill;          // Badge, Dot
        double scale = 1.0;   // Links: the type scale after fitting
        QVariantList sources; // Links: Formatting::sourceList()
    };
    QList<Block> blocks(double fit) const;
    QList<Block> fittedBlocks() const;
    QList<Block> fitBlocks() const;
    void refresh();
    void placeSources();

    QPersistentModelIndex m_partner;
    QAbstractItemModel *m_categories = nullptr;
    QAbstractItemModel *m_partners = nullptr;
    double m_scale = 1.0;
    SourceStyle m_style = SourceStyle::Text;
    SourceLinks *m_links;
    QrTile *m_qr;
    QHash<QString, int> m_counts;  // partners by category, for the overview
    mutable QList<Block> m_fitted; // as painted at m_fittedSize
    mutable QSize m_fittedSize;
    // Last, so that they let go of the models first.
    ModelFollower m_categoriesFollower{this, [this] { refresh(); },
                                       [this](auto &&...) { refresh(); }};
    ModelFollower m_partnersFollower{this, [this] { refresh(); },
                                     [this](auto &&...) { refresh(); }};
};
