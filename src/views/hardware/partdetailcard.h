#pragma once

#include "models/modelfollower.h"
#include "views/common/cachedpicture.h"
#include "views/common/sourcestyle.h"
#include "views/common/textmetrics.h"

#include <QPersistentModelIndex>
#include <QStringList>
#include <QWidget>

#include <memory>

class HardwareModel;
class QPainter;
class QrTile;
class SourceLinks;

// The card that explains one row of the HardwareModel: its group, name and
// specification, one plain line on why it matters, and its sources; a figure
// of low confidence is marked approximate. With no row it invites the visitor
// to pick a part. The sources are a line of citations, links (SourceLinks) in
// the window, or citations and a QR code of the first source's address on
// the trailing side (kiosk, export with --qr).
class PartDetailCard : public QWidget
{
    Q_OBJECT

public:
    explicit PartDetailCard(QWidget *parent = nullptr);
    ~PartDetailCard() override;

    void setModel(HardwareModel *model);
    // The row to explain, or -1 for the invitation.
    void setRow(int row);
    int row() const { return m_index.isValid() ? m_index.row() : -1; }

    void setScale(double scale);
    void setSourceStyle(SourceStyle style);
    SourceStyle sourceStyle() const { return m_style; }

    // What the card shows, as a reader sees it.
    QString heading() const;
    QString specification() const;
    QString sourceLine() const;
    bool isApproximate() const;
    // The links of the sources (shown with SourceStyle::Links) and the QR code
    // of the first source with an address (SourceStyle::QrCode).
    SourceLinks *sourceLinks() const { return m_links; }
    QrTile *qrTile() const { return m_qr; }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    // The height of the tallest content the card can show at \a width, so
    // that a layout can keep the card still while the selection moves.
    int stableHeightForWidth(int width) const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Block;
    struct PaintCache;
    struct Content
    {
        QString eyebrow;
        QString heading;
        QString specification;
        QString why;
        QString source;
        QVariantList sources; // Formatting::sourceList()
        QString qrUrl;        // the first source's address, for the QR code
        bool approximate = false;
    };
    Content contentOf(const QModelIndex &index) const;
    bool showsLinks(const Content &content) const;
    bool showsQrCode(const Content &content) const;
    // The width of the text column of \a content in a card of \a width.
    int textWidth(const Content &content, int width) const;
    // \a heights, if any, keeps the texts' heights for the next contents.
    QList<Block> blocks(const Content &content, int width,
                        TextMetrics::WrappedHeights *heights = nullptr) const;
    int heightOf(const Content &content, int width,
                 TextMetrics::WrappedHeights *heights = nullptr) const;
    void refresh();
    void placeSources();
    void paintCard(QPainter &painter);

    HardwareModel *m_model = nullptr;
    QPersistentModelIndex m_index;
    double m_scale = 1.0;
    SourceStyle m_style = SourceStyle::Text;
    SourceLinks *m_links;
    QrTile *m_qr;
    std::unique_ptr<PaintCache> m_paintCache;
    CachedPicture m_picture;
    QStringList m_pictureKey;
    // The last stable height and what it was measured from: every row's
    // content, laid out again only when one of these changes (a page turn
    // lays the view out again at the same width).
    struct StableHeight
    {
        int width = -1;
        double scale = 0;
        SourceStyle style = SourceStyle::Text;
        Qt::LayoutDirection direction = Qt::LeftToRight;
        QStringList families;
        QList<Content> contents;
        int height = 0;
    };
    mutable StableHeight m_stableHeight;
    // Last, so that it lets go of the model first.
    ModelFollower m_follower{this, [this] { refresh(); }, [this](auto &&...) { refresh(); }};
};
