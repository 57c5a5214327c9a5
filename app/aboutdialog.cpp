#include "aboutdialog.h"

#include "models/catalog.h"
#include "models/sourcemodel.h"
#include "views/common/linkopener.h"
#include "views/theme.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QMouseEvent>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QUrl>
#include <QVBoxLayout>

#include <climits>

namespace {

QUrl urlOf(const QModelIndex &index)
{
    return QUrl(index.data(int(SourceModel::Role::Url)).toString(), QUrl::StrictMode);
}

// Each source as a link: its citation underlined in the link colour, and
// beneath it, smaller, the host it leads to, or the note of a source that
// has no address.
class SourceDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem item = option;
        initStyleOption(&item, index);
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        item.text.clear();
        style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);

        const bool selected = option.state.testFlag(QStyle::State_Selected);
        const bool link = !urlOf(index).isEmpty();
        const QRect text = textRect(option);
        painter->save();
        QFont citation = option.font;
        citation.setUnderline(link);
        painter->setFont(citation);
        const QPalette::ColorRole role =
                selected ? QPalette::HighlightedText : (link ? QPalette::Link : QPalette::Text);
        painter->setPen(option.palette.color(role));
        const int flags = int(QStyle::visualAlignment(option.direction, Qt::AlignLeading)) |
                          Qt::AlignTop | Qt::TextWordWrap;
        const QString words = index.data().toString();
        QRect used;
        painter->drawText(text, flags, words, &used);
        const QString second = secondLine(index);
        if (!second.isEmpty()) {
            painter->setFont(smaller(option.font));
            QColor muted = option.palette.color(selected ? QPalette::HighlightedText
                                                         : QPalette::PlaceholderText);
            painter->setPen(muted);
            painter->drawText(text.adjusted(0, used.height() + gap(option), 0, 0), flags, second);
        }
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const int width =
                option.widget ? static_cast<const QListView *>(option.widget)->viewport()->width()
                              : 600;
        QStyleOptionViewItem sized = option;
        sized.rect = QRect(0, 0, width, 0);
        const QRect text = textRect(sized);
        const int first = QFontMetrics(option.font)
                                  .boundingRect(QRect(0, 0, text.width(), INT_MAX / 2),
                                                Qt::TextWordWrap, index.data().toString())
                                  .height();
        const QString second = secondLine(index);
        const int below = second.isEmpty()
                                  ? 0
                                  : gap(option) + QFontMetrics(smaller(option.font))
                                                          .boundingRect(QRect(0, 0, text.width(),
                                                                              INT_MAX / 2),
                                                                        Qt::TextWordWrap, second)
                                                          .height();
        return {width, first + below + 2 * margin(option)};
    }

private:
    static QString secondLine(const QModelIndex &index)
    {
        const QString host = index.data(int(SourceModel::Role::Host)).toString();
        return host.isEmpty() ? index.data(int(SourceModel::Role::Note)).toString() : host;
    }
    static QFont smaller(QFont font)
    {
        font.setPointSizeF(font.pointSizeF() > 0 ? font.pointSizeF() * 0.86 : 9);
        if (font.pixelSize() > 0)
            font.setPixelSize(std::max(10, int(font.pixelSize() * 0.86)));
        return font;
    }
    static int margin(const QStyleOptionViewItem &option)
    {
        return QFontMetrics(option.font).height() / 3;
    }
    static int gap(const QStyleOptionViewItem &option)
    {
        return QFontMetrics(option.font).height() / 6;
    }
    static QRect textRect(const QStyleOptionViewItem &option)
    {
        const int m = margin(option);
        return option.rect.adjusted(m * 2, m, -m * 2, -m);
    }
};

// The list of sources: a click on a source, or Enter on it, opens its address.
class SourceListView : public QListView
{
public:
    explicit SourceListView(QWidget *parent)
        : QListView(parent)
    {
        setMouseTracking(true);
    }

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
            currentIndex().isValid()) {
            open(currentIndex());
            event->accept();
            return;
        }
        QListView::keyPressEvent(event);
    }

    void mousePressEvent(QMouseEvent *event) override
    {
        m_pressed = indexAt(event->position().toPoint());
        QListView::mousePressEvent(event);
    }

    void mouseReleaseEvent(QMouseEvent *event) override
    {
        const QModelIndex index = indexAt(event->position().toPoint());
        QListView::mouseReleaseEvent(event);
        if (event->button() == Qt::LeftButton && index.isValid() && index == m_pressed)
            open(index);
        m_pressed = QPersistentModelIndex();
    }

    void mouseMoveEvent(QMouseEvent *event) override
    {
        const QModelIndex index = indexAt(event->position().toPoint());
        if (index.isValid() && !urlOf(index).isEmpty())
            viewport()->setCursor(Qt::PointingHandCursor);
        else
            viewport()->unsetCursor();
        QListView::mouseMoveEvent(event);
    }

    void resizeEvent(QResizeEvent *event) override
    {
        QListView::resizeEvent(event);
        // Wrapped citations take new heights at a new width.
        scheduleDelayedItemsLayout();
    }

private:
    static void open(const QModelIndex &index)
    {
        const QUrl url = urlOf(index);
        if (!url.isEmpty())
            LinkOpener::open(url);
    }

    QPersistentModelIndex m_pressed;
};

} // namespace

AboutDialog::AboutDialog(Catalog *catalog, QWidget *parent)
    : QDialog(parent)
    , m_title(new QLabel(this))
    , m_body(new QLabel(this))
    , m_sourcesHeading(new QLabel(this))
    , m_sources(new SourceListView(this))
{
    m_title->setFont(Appearance::instance()->font(Typography::Role::Headline, 0.8));
    m_body->setWordWrap(true);
    m_sourcesHeading->setFont(Appearance::instance()->font(Typography::Role::Title, 0.7));
    m_sources->setModel(catalog->sources());
    m_sources->setItemDelegate(new SourceDelegate(m_sources));
    m_sources->setWordWrap(true);
    m_sources->setUniformItemSizes(false);
    m_sources->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sources->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_sourcesHeading->setBuddy(m_sources);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_body);
    layout->addSpacing(8);
    layout->addWidget(m_sourcesHeading);
    layout->addWidget(m_sources, 1);
    layout->addWidget(buttons);
    resize(720, 640);
    retranslate();
}

QListView *AboutDialog::sourceList() const
{
    return m_sources;
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslate()
{
    //: Title of the About dialog
    setWindowTitle(tr("About Spark Showcase"));
    m_title->setText(tr("Spark Showcase"));
    //: %1 is the version number
    m_body->setText(tr("Version %1\n\nThe story of NVIDIA DGX Spark: what is inside it, how it got "
                       "from the first DGX-1 in 2016 to the desk, who builds and uses it, and "
                       "what reviewers said. Every fact carries its source; all of them are "
                       "listed below. Click a source, or press Enter on it, to open its web "
                       "page.")
                            .arg(QStringLiteral(SPARK_VERSION)));
    m_sourcesHeading->setText(tr("&Sources"));
    m_sources->setAccessibleName(tr("Sources"));
    //: Accessible description of the list of sources in the About dialog
    m_sources->setAccessibleDescription(
            tr("Every source the content cites. Enter opens the selected source in the browser."));
}
