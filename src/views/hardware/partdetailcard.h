#pragma once

#include <QImage>
#include <QPersistentModelIndex>
#include <QStringList>
#include <QWidget>

#include <memory>

class HardwareModel;
class QPainter;

// The card that explains one row of the HardwareModel: its group, name and
// specification, one plain line on why it matters, and its sources; a figure
// of low confidence is marked approximate. With no row it invites the visitor
// to pick a part.
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

    // What the card shows, as a reader sees it.
    QString heading() const;
    QString specification() const;
    QString sourceLine() const;
    bool isApproximate() const;

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
        bool approximate = false;
    };
    Content contentOf(const QModelIndex &index) const;
    QList<Block> blocks(const Content &content, int width) const;
    int heightOf(const Content &content, int width) const;
    void refresh();
    void paintCard(QPainter &painter);

    HardwareModel *m_model = nullptr;
    QPersistentModelIndex m_index;
    double m_scale = 1.0;
    std::unique_ptr<PaintCache> m_paintCache;
    QImage m_picture;
    QStringList m_pictureKey;
};
