#pragma once

#include "views/common/cachedpicture.h"
#include "views/showcaseview.h"

#include <QImage>
#include <QList>

class Chip;
class ComparisonCharts;
class HardwareDiagram;
class MemoryFitChart;
class PartDetailCard;
class QButtonGroup;
class QItemSelectionModel;
class QStackedWidget;
class QTableView;
class SpecTableDelegate;
class SpecTableRows;

// The Hardware tab: an illustrated breakdown of DGX Spark whose parts explain
// themselves in a detail card, the spec table over the same model and one
// shared selection, and two charts ("Then and now", "What fits in memory")
// behind a row of page chips. Lays itself out for landscape and portrait
// screens, from a laptop window to a 4K kiosk, and mirrors for right-to-left.
class HardwareView : public ShowcaseView
{
    Q_OBJECT

public:
    enum class Page { Specifications, ThenAndNow, MemoryFit };

    explicit HardwareView(Catalog *catalog, QWidget *parent = nullptr);
    ~HardwareView() override;

    bool selectItem(const QString &id) override;
    QString currentItem() const override;
    // Steps through the parts of the diagram in the content's order. On the way
    // round it also turns to the next page, so that the attract loop shows the
    // table and both charts in turn.
    bool advance() override;
    void reset() override;
    QVariantMap state() const override;

    Page page() const { return m_page; }
    void setPage(Page page);

    HardwareDiagram *diagram() const { return m_diagram; }
    QTableView *table() const { return m_table; }
    PartDetailCard *detailCard() const { return m_card; }
    // The chart pages hold Qt Charts scenes, so each is built when its page is
    // first turned to (setPage()): until then, and again after reset(), these
    // return null.
    ComparisonCharts *comparisonCharts() const { return m_comparison; }
    MemoryFitChart *memoryFitChart() const { return m_memoryFit; }
    QItemSelectionModel *selectionModel() const { return m_selection; }
    QList<Chip *> pageChips() const { return m_chips; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void applySourceStyle(SourceStyle style) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void paintBackground(QPainter &painter, const QRegion &region) override;
    void relayout() override;
    void retranslate() override;

private:
    void restyle();
    QWidget *pageWidget(Page page);
    void placePage(Page page, QWidget *widget);
    void ensureLaidOut();
    void selectionChanged();
    void updateFade();
    void revealRow(int row);
    void revealSelection();
    int stableCardHeight(int width, int limit) const;

    HardwareDiagram *m_diagram;
    PartDetailCard *m_card;
    QList<Chip *> m_chips;
    QButtonGroup *m_chipGroup;
    QStackedWidget *m_stack;
    QTableView *m_table;
    SpecTableDelegate *m_delegate;
    SpecTableRows *m_rows = nullptr;
    ComparisonCharts *m_comparison = nullptr; // built by pageWidget()
    MemoryFitChart *m_memoryFit = nullptr;    // built by pageWidget()
    QItemSelectionModel *m_selection;
    QWidget *m_fade;
    QWidget *m_foot;
    Page m_page = Page::Specifications;
    QRect m_pageCard;
    QSize m_laidOutSize;
    bool m_hiddenPassPending = true; // see ensureLaidOut()
    // Background and page card, kept from the second paint on.
    CachedPicture m_backdrop{QImage::Format_RGB32, Qt::transparent,
                             CachedPicture::Keep::FromSecondPaint};
    int m_backdropTheme = -1;
    QRect m_backdropCard;
    double m_scale = 1.0;
    bool m_styled = false; // restyle() has run: the first layout runs it at its scale
    QString m_lastItem;
};
