#include "timelinedetailcard.h"

#include "content/content.h"
#include "content/partialdate.h"
#include "models/formatting.h"
#include "models/timelinemodel.h"
#include "views/common/leadingedge.h"
#include "views/common/painting.h"
#include "views/common/qrtile.h"
#include "views/common/sourcelinks.h"
#include "views/theme.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// The type sizes tried, largest first, until the story fits the card.
constexpr double TextScales[] = {1.0, 0.94, 0.88, 0.82, 0.76, 0.7};

enum class Symbol { Day, Month, Fold };

} // namespace

struct TimelineDetailCard::Paragraph
{
    // Links and Qr keep room for the widgets that show the sources.
    enum class Kind { Text, Header, Date, Fact, Quote, Heading, Legend, Links, Qr };

    Kind kind = Kind::Text;
    QString text;
    QString key; // Fact: its label; Header: the era after the category
    Typography::Role role = Typography::Role::Body;
    QColor colour;
    QColor dot;        // Header: the category's colour
    double before = 0; // space above, at scale 1
    bool italic = false;
    bool badge = false;       // Date: marked approximate
    bool shortenable = false; // may lose lines when nothing else helps
    QList<std::pair<Symbol, QString>> legend;
    QVariantList sources; // Links: Formatting::sourceList()
    QString url;          // Qr: the address the code holds
};

TimelineDetailCard::TimelineDetailCard(QWidget *parent)
    : QWidget(parent)
    , m_links(new SourceLinks(this))
    , m_qr(new QrTile(this))
{
    m_links->hide();
    m_qr->hide();
    setObjectName(u"timelineDetailCard"_s);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    connect(Appearance::instance(), &Appearance::themeChanged, this, &TimelineDetailCard::refresh);
    connect(Appearance::instance(), &Appearance::fontsChanged, this, &TimelineDetailCard::refresh);
    refresh();
}

void TimelineDetailCard::setIndex(const QModelIndex &index)
{
    m_index = index;
    refresh();
}

void TimelineDetailCard::setEventCount(int count)
{
    if (count == m_eventCount)
        return;
    m_eventCount = count;
    refresh();
}

void TimelineDetailCard::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    refresh();
}

void TimelineDetailCard::setCategoryModel(QAbstractItemModel *model)
{
    m_categories = model;
    refresh();
}

void TimelineDetailCard::setScale(double scale)
{
    if (qFuzzyCompare(scale, m_scale))
        return;
    m_scale = scale;
    m_layout.reset();
    m_pixmap = QPixmap();
    updateGeometry();
    placeSources();
    update();
}

void TimelineDetailCard::setSourceStyle(SourceStyle style)
{
    if (style == m_style)
        return;
    m_style = style;
    refresh();
}

void TimelineDetailCard::refresh()
{
    m_layout.reset();
    m_pixmap = QPixmap();
    // What a screen reader reads when it reaches the card.
    if (m_index.isValid()) {
        setAccessibleName(m_index.data(Qt::AccessibleTextRole).toString());
    } else {
        //: Accessible name of the detail card before an event is chosen
        setAccessibleName(tr("Event details"));
    }
    setAccessibleDescription(paragraphs().join(u'\n'));
    placeSources();
    update();
}

void TimelineDetailCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LayoutDirectionChange ||
        event->type() == QEvent::LocaleChange)
        refresh();
    QWidget::changeEvent(event);
}

void TimelineDetailCard::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeSources();
    update();
}

QSize TimelineDetailCard::sizeHint() const
{
    return QSize(560, 640) * m_scale;
}

QSize TimelineDetailCard::minimumSizeHint() const
{
    return QSize(240, 200) * std::min(1.0, m_scale);
}

QStringList TimelineDetailCard::paragraphs() const
{
    QStringList result;
    for (const Paragraph &paragraph : build()) {
        if (paragraph.kind == Paragraph::Kind::Qr) {
            // The code itself is a picture; its tile says what it holds.
            result.append(paragraph.key);
            result.append(paragraph.text);
            continue;
        }
        if (paragraph.kind == Paragraph::Kind::Links) {
            for (const QVariant &source : paragraph.sources)
                result.append(source.toMap().value(u"citation"_s).toString());
            continue;
        }
        if (paragraph.kind == Paragraph::Kind::Legend) {
            for (const auto &entry : paragraph.legend)
                result.append(entry.second);
            continue;
        }
        QString text = paragraph.text;
        if (paragraph.kind == Paragraph::Kind::Fact)
            //: A fact on the detail card for a screen reader: %1 label ("Where"), %2 value
            text = tr("%1: %2").arg(paragraph.key, paragraph.text);
        if (paragraph.kind == Paragraph::Kind::Header && !paragraph.key.isEmpty())
            //: Category and era of an event, as one line: %1 category, %2 era
            text = tr("%1 · %2").arg(paragraph.text, paragraph.key);
        if (paragraph.badge)
            //: A date and its "approximate" mark, for a screen reader
            text = tr("%1, approximate").arg(text);
        result.append(text);
    }
    return result;
}

QList<TimelineDetailCard::Paragraph> TimelineDetailCard::build() const
{
    const Theme &theme = Appearance::instance()->theme();
    QList<Paragraph> list;
    const auto add = [&list](Paragraph::Kind kind, const QString &text, Typography::Role role,
                             const QColor &colour, double before) -> Paragraph & {
        Paragraph paragraph;
        paragraph.kind = kind;
        paragraph.text = text;
        paragraph.role = role;
        paragraph.colour = colour;
        paragraph.before = before;
        list.append(paragraph);
        return list.last();
    };

    if (!m_index.isValid() && m_eventCount == 0 && !m_searchText.trimmed().isEmpty()) {
        //: Top line of the detail card when the search leaves no event
        add(Paragraph::Kind::Text, tr("No events"), Typography::Role::Label, theme.accentInk, 0);
        //: Heading of the detail card when the search leaves no event; %1 is the search
        add(Paragraph::Kind::Text, tr("Nothing matches “%1”").arg(m_searchText.trimmed()),
            Typography::Role::Headline, theme.text, 6);
        add(Paragraph::Kind::Text,
            //: On the detail card when the search and the category chips leave no event
            tr("Empty the search, or choose “All events”, to see every event again."),
            Typography::Role::Body, theme.text, 14);
    } else if (!m_index.isValid()) {
        add(Paragraph::Kind::Text,
            //: Top line of the detail card before an event is chosen, when the timeline shows one
            m_eventCount == 1 ? tr("One event")
                              //: Top line of the detail card before an event is chosen
                              : tr("%n events", "", m_eventCount),
            Typography::Role::Label, theme.accentInk, 0);
        //: Heading of the detail card before an event is chosen
        add(Paragraph::Kind::Text, tr("Choose an event"), Typography::Role::Headline, theme.text,
            6);
        add(Paragraph::Kind::Text,
            //: Introduction on the detail card before an event is chosen
            tr("Each one tells what happened, where and with whom, in their own words where "
               "there is a quote, and where the facts come from."),
            Typography::Role::Body, theme.text, 14);
        //: Heading on the introduction card: how to use the timeline
        add(Paragraph::Kind::Heading, tr("Getting around"), Typography::Role::Label,
            theme.textMuted, 24);
        add(Paragraph::Kind::Text,
            //: How to use the timeline, on the introduction card
            tr("Tap or click an event, or use the arrow keys, Home and End. Zoom with plus "
               "and minus, a pinch, or Ctrl and the wheel. Drag to travel through time."),
            Typography::Role::Body, theme.text, 6);
        //: Heading on the introduction card: what the marks on the axis mean
        Paragraph &legend =
                add(Paragraph::Kind::Legend, QString(), Typography::Role::Body, theme.text, 24);
        legend.legend = {
                //: Legend: a filled dot on the axis
                {Symbol::Day, tr("Known to the day")},
                //: Legend: a ring with a bar on the axis
                {Symbol::Month, tr("Known to the month: the bar spans the days it may have "
                                   "happened on")},
                //: Legend: the hatched fold in the axis
                {Symbol::Fold, tr("Years without events, folded to save room")},
        };
        return list;
    }

    const auto text = [this](TimelineModel::Role role) {
        return m_index.data(int(role)).toString();
    };
    // Category and era.
    Paragraph &header = add(Paragraph::Kind::Header, text(TimelineModel::Role::CategoryName),
                            Typography::Role::Label, theme.text, 0);
    header.key = text(TimelineModel::Role::EraName);
    int categoryRow = -1;
    if (m_categories) {
        const QString id = text(TimelineModel::Role::Category);
        for (int row = 0; row < m_categories->rowCount(); ++row) {
            if (m_categories->index(row, 0).data(Qt::UserRole).toString() == id) {
                categoryRow = row;
                break;
            }
        }
    }
    header.dot = theme.category(categoryRow);

    // The date at its own precision, and what is known within it.
    Paragraph &date = add(Paragraph::Kind::Date, text(TimelineModel::Role::DateText),
                          Typography::Role::Title, theme.accentInk, 14);
    date.badge = m_index.data(int(TimelineModel::Role::Confidence)).toInt() == int(Confidence::Low);
    const auto precision =
            PartialDate::Precision(m_index.data(int(TimelineModel::Role::Precision)).toInt());
    if (precision != PartialDate::Precision::Day) {
        const QDate earliest = m_index.data(int(TimelineModel::Role::Earliest)).toDate();
        const QDate latest = m_index.data(int(TimelineModel::Role::Latest)).toDate();
        const QLocale locale = this->locale();
        const auto day = [&locale](QDate d) {
            return PartialDate(d.year(), d.month(), d.day()).toDisplayString(locale);
        };
        const bool wholeMonth = earliest.day() == 1 && latest.day() == latest.daysInMonth() &&
                                earliest.month() == latest.month() &&
                                earliest.year() == latest.year();
        const bool wholeYear = earliest == QDate(earliest.year(), 1, 1) &&
                               latest == QDate(earliest.year(), 12, 31);
        QString note;
        if (earliest.isValid() && latest.isValid() && !wholeMonth && !wholeYear) {
            //: Under a date known only to the month: %1 and %2 are the first and last possible days
            note = tr("Between %1 and %2").arg(day(earliest), day(latest));
        } else {
            //: Under a date known only to the month or year
            note = tr("The exact day is not recorded");
        }
        add(Paragraph::Kind::Text, note, Typography::Role::Label, theme.textMuted, 2);
    }

    add(Paragraph::Kind::Text, text(TimelineModel::Role::Title), Typography::Role::Headline,
        theme.text, 6);

    const QString place = text(TimelineModel::Role::Place);
    const QStringList people = m_index.data(int(TimelineModel::Role::People)).toStringList();
    double before = 18;
    if (!place.isEmpty()) {
        //: Label of an event's place on the detail card
        Paragraph &fact =
                add(Paragraph::Kind::Fact, place, Typography::Role::Body, theme.text, before);
        fact.key = tr("Where");
        before = 6;
    }
    if (!people.isEmpty()) {
        //: Label of the people at an event on the detail card
        Paragraph &fact = add(Paragraph::Kind::Fact, people.join(u'\n'), Typography::Role::Body,
                              theme.text, before);
        fact.key = tr("Who");
    }

    Paragraph &description = add(Paragraph::Kind::Text, text(TimelineModel::Role::Description),
                                 Typography::Role::Body, theme.text, 18);
    description.shortenable = true;

    const QString quote = text(TimelineModel::Role::QuoteText);
    if (!quote.isEmpty()) {
        // The original words, quoted the way their own language quotes.
        const QLocale quoteLocale = Formatting::locale(text(TimelineModel::Role::QuoteLanguage));
        Paragraph &words = add(Paragraph::Kind::Quote, quoteLocale.quoteString(quote),
                               Typography::Role::Title, theme.text, 20);
        words.italic = false;
        const QString by = text(TimelineModel::Role::QuoteBy);
        if (!by.isEmpty()) {
            //: Who said a quote, beneath it; %1 is the person
            add(Paragraph::Kind::Quote, tr("— %1").arg(by), Typography::Role::Label,
                theme.textMuted, 6);
        }
        const QString translation = text(TimelineModel::Role::QuoteTranslation);
        if (!translation.isEmpty()) {
            //: Marks the translation beneath a quote shown in its original language
            add(Paragraph::Kind::Quote, tr("Translation"), Typography::Role::Caption,
                theme.textMuted, 10);
            Paragraph &translated = add(Paragraph::Kind::Quote, translation, Typography::Role::Body,
                                        theme.textMuted, 2);
            translated.italic = true;
        }
    }

    const QString sources = text(TimelineModel::Role::SourceText);
    if (!sources.isEmpty()) {
        const qsizetype count = sources.count(u'\n') + 1;
        //: Heading above the sources of an event (one or several)
        const QString heading = count > 1 ? tr("Sources") : tr("Source");
        QString url;
        const QVariantList cited = m_index.data(int(TimelineModel::Role::Sources)).toList();
        for (const QVariant &source : cited) {
            url = source.toMap().value(u"url"_s).toString();
            if (!url.isEmpty())
                break;
        }
        if (m_style == SourceStyle::Links) {
            // The heading and the links are one widget, in this room.
            Paragraph &links = add(Paragraph::Kind::Links, heading, Typography::Role::Caption,
                                   theme.textMuted, 22);
            links.sources = cited;
        } else if (m_style == SourceStyle::QrCode && !url.isEmpty()) {
            // The code on the leading side, the heading and citations beside it.
            Paragraph &code = add(Paragraph::Kind::Qr, sources, Typography::Role::Caption,
                                  theme.textMuted, 22);
            code.key = heading;
            code.url = url;
        } else {
            add(Paragraph::Kind::Heading, heading, Typography::Role::Caption, theme.textMuted, 22);
            add(Paragraph::Kind::Text, sources, Typography::Role::Caption, theme.textMuted, 2);
        }
    }
    return list;
}

namespace {

QFont fontFor(Typography::Role role, double scale, bool italic)
{
    const QFont font = Appearance::instance()->font(role, scale);
    return italic ? Appearance::instance()->italic(font) : font;
}

// Words broken into lines of \a width, stacked from the top; painting only
// draws them. Line breaks in the text ("\n") are kept.
std::shared_ptr<QTextLayout> layoutText(QString text, const QFont &font, double width,
                                        Qt::Alignment alignment, double *height)
{
    text.replace(u'\n', QChar::LineSeparator);
    auto layout = std::make_shared<QTextLayout>(text, font);
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setTextDirection(Qt::LayoutDirectionAuto);
    layout->setTextOption(option);
    layout->setCacheEnabled(true);
    layout->beginLayout();
    double y = 0;
    for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
        line.setLineWidth(std::max(1.0, width));
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout->endLayout();
    *height = text.isEmpty() ? 0 : y;
    return layout;
}

} // namespace

struct TimelineDetailCard::Placed
{
    double height = 0;
    double indent = 0; // room taken on the leading side (quote bar, fact label, legend symbol)
    std::shared_ptr<QTextLayout> text;
    std::shared_ptr<QTextLayout> key; // Qr: the heading above the citations
    double keyHeight = 0;
    QList<std::shared_ptr<QTextLayout>> legend;
    QList<double> legendHeights;
};

// Everything the card paints, laid out for one size; rebuilt when the event,
// the size, the type or the language change, never for a repaint.
struct TimelineDetailCard::Layout
{
    QSizeF size;
    double textScale = 1;
    bool fits = true;
    double factKey = 0;
    QList<Paragraph> paragraphs;
    QList<Placed> placed;
    // A wide card keeps its QR code in a column of its own on the trailing
    // side, as tall as the code, and the story runs beside it.
    QString besideUrl;
    double besideReserve = 0; // the column's width, with its gap
    double besideHeight = 0;
};

TimelineDetailCard::~TimelineDetailCard() = default;

double TimelineDetailCard::measure(const QList<Paragraph> &list, double textScale, double width,
                                   QList<Placed> *placed, double *factKey) const
{
    const double s = m_scale * textScale;
    const Qt::Alignment leading = leadingEdge(layoutDirection());
    double key = 0;
    for (const Paragraph &p : list) {
        if (p.kind == Paragraph::Kind::Fact)
            key = std::max(key, QFontMetricsF(fontFor(Typography::Role::Label, s, false))
                                        .horizontalAdvance(p.key));
    }
    double total = 0;
    for (const Paragraph &p : list) {
        Placed place;
        const QFont font = fontFor(p.role, s, p.italic);
        if (p.kind == Paragraph::Kind::Quote)
            place.indent = 18 * s;
        else if (p.kind == Paragraph::Kind::Fact)
            place.indent = key + 14 * s;
        else if (p.kind == Paragraph::Kind::Legend)
            place.indent = 52 * s; // the widest symbol is 34 * s, plus room before the text
        if (p.kind == Paragraph::Kind::Links) {
            // The links take the text's type size, and their focus rings
            // reach into the card's padding.
            const int bleed = SourceLinks::bleedFor(s);
            place.height =
                    SourceLinks::heightFor(p.sources, true, int(width) + 2 * bleed, s) - 2 * bleed;
        } else if (p.kind == Paragraph::Kind::Qr) {
            // A code keeps its size: smaller, it would not scan from a metre.
            // The heading and the citations run beside it.
            const QSize tile = QrTile::sizeFor(p.url, m_scale);
            place.indent = tile.width() + 20 * s;
            double heading = 0;
            place.key = layoutText(p.key, font, width - place.indent, leading, &heading);
            place.text = layoutText(p.text, font, width - place.indent, leading, &place.height);
            place.keyHeight = heading + 2 * s;
            place.height = std::max<double>(tile.height(), place.keyHeight + place.height);
        } else if (p.kind == Paragraph::Kind::Legend) {
            for (const auto &entry : p.legend) {
                double height = 0;
                place.legend.append(
                        layoutText(entry.second, font, width - place.indent, leading, &height));
                place.legendHeights.append(height);
                place.height += height + 8 * s;
            }
        } else {
            place.text = layoutText(p.text, font, width - place.indent, leading, &place.height);
        }
        total += p.before * s + place.height;
        if (placed)
            placed->append(place);
    }
    if (factKey)
        *factKey = key;
    return total;
}

const TimelineDetailCard::Layout &TimelineDetailCard::layout() const
{
    const Painting::Metrics metrics = Painting::Metrics::forScale(m_scale);
    const double inset = 2 * (metrics.padding + 2 * metrics.ring);
    const QSizeF available(width() - inset, height() - inset);
    if (m_layout && m_layout->size == available)
        return *m_layout;
    auto layout = std::make_shared<Layout>();
    layout->size = available;
    layout->paragraphs = build();
    for (int i = 0; i < layout->paragraphs.size(); ++i) {
        const Paragraph code = layout->paragraphs.at(i);
        if (code.kind != Paragraph::Kind::Qr)
            continue;
        const QSize tile = QrTile::sizeFor(code.url, m_scale);
        const double reserve = tile.width() + 24 * m_scale;
        if (available.width() - reserve < 420 * m_scale)
            break; // narrow: the code stays beneath the story, citations beside it
        layout->besideUrl = code.url;
        layout->besideReserve = reserve;
        layout->besideHeight = tile.height();
        // The citations go back to a heading and a paragraph of their own.
        Paragraph heading = code;
        heading.kind = Paragraph::Kind::Heading;
        heading.text = code.key;
        heading.key.clear();
        heading.url.clear();
        Paragraph citations = heading;
        citations.kind = Paragraph::Kind::Text;
        citations.text = code.text;
        citations.before = 2;
        layout->paragraphs.replace(i, heading);
        layout->paragraphs.insert(i + 1, citations);
        break;
    }
    const double textWidth = available.width() - layout->besideReserve;
    // The largest type that fits; failing that, the smallest, with the
    // description shortened to the lines that fit.
    layout->fits = false;
    for (double t : TextScales) {
        QList<Placed> placed;
        const double total =
                std::max(measure(layout->paragraphs, t, textWidth, &placed, &layout->factKey),
                         layout->besideHeight);
        layout->textScale = t;
        layout->placed = placed;
        if (total <= available.height()) {
            layout->fits = true;
            break;
        }
    }
    if (!layout->fits) {
        double total = 0;
        for (int i = 0; i < layout->paragraphs.size(); ++i)
            total += layout->paragraphs.at(i).before * m_scale * layout->textScale +
                     layout->placed.at(i).height;
        for (int i = 0; i < layout->paragraphs.size(); ++i) {
            const Paragraph &p = layout->paragraphs.at(i);
            Placed &place = layout->placed[i];
            if (!p.shortenable || !place.text)
                continue;
            const double excess = total - available.height();
            QString shortened;
            double kept = 0;
            for (int n = 0; n < place.text->lineCount(); ++n) {
                const QTextLine line = place.text->lineAt(n);
                if (n > 0 && kept + line.height() > place.height - excess)
                    break;
                shortened += QStringView(p.text).mid(line.textStart(), line.textLength());
                kept += line.height();
            }
            if (shortened.size() < p.text.size()) {
                const QFont font = fontFor(p.role, m_scale * layout->textScale, p.italic);
                const double width = textWidth - place.indent;
                // Keep the lines that fit; the last one ends in an ellipsis.
                const QString words = shortened.trimmed() + u'…';
                place.text = layoutText(words, font, width, leadingEdge(layoutDirection()),
                                        &place.height);
                while (place.text->lineCount() > 1 && place.height > kept + 0.5) {
                    const QTextLine last = place.text->lineAt(place.text->lineCount() - 1);
                    const QString fewer = place.text->text().left(last.textStart()).trimmed();
                    const int cut = int(fewer.lastIndexOf(u' '));
                    place.text = layoutText((cut > 0 ? fewer.left(cut) : fewer) + u'…', font, width,
                                            leadingEdge(layoutDirection()), &place.height);
                }
            }
            break;
        }
    }
    m_layout = layout;
    return *m_layout;
}

void TimelineDetailCard::placeSources()
{
    const Painting::Metrics metrics = Painting::Metrics::forScale(m_scale);
    const QRectF outer = QRectF(rect()).adjusted(metrics.ring * 2, metrics.ring * 2,
                                                 -metrics.ring * 2, -metrics.ring * 2);
    const QRectF inner =
            outer.adjusted(metrics.padding, metrics.padding, -metrics.padding, -metrics.padding);
    bool links = false;
    bool code = false;
    if (inner.width() > 0 && inner.height() > 0) {
        const Layout &layout = this->layout();
        const double s = m_scale * layout.textScale;
        const bool rtl = layoutDirection() == Qt::RightToLeft;
        if (!layout.besideUrl.isEmpty()) {
            // The top of the trailing column, whole.
            code = layout.besideHeight <= inner.height() + 1;
            m_qr->setScale(m_scale);
            m_qr->setUrl(layout.besideUrl);
            const QSize tile = m_qr->sizeHint();
            const int x = rtl ? int(inner.left()) : int(inner.right()) - tile.width();
            m_qr->setGeometry(x, int(inner.top()), tile.width(), tile.height());
        }
        const QRectF column = QRectF(inner).adjusted(rtl ? layout.besideReserve : 0, 0,
                                                     rtl ? 0 : -layout.besideReserve, 0);
        double y = inner.top();
        for (int i = 0; i < layout.paragraphs.size(); ++i) {
            const Paragraph &p = layout.paragraphs.at(i);
            const Placed &place = layout.placed.at(i);
            y += p.before * s;
            if (p.kind == Paragraph::Kind::Links) {
                links = true;
                m_links->placeInColumn(p.sources, p.text, s,
                                       QPoint(int(column.left()), int(std::round(y))),
                                       int(column.width()));
            } else if (p.kind == Paragraph::Kind::Qr) {
                // A code cut by the card's edge would not scan: none rather than half.
                code = y + place.height <= inner.bottom() + 1;
                m_qr->setScale(m_scale);
                m_qr->setUrl(p.url);
                const QSize tile = m_qr->sizeHint();
                // On the leading edge, below the citations; whole pixels.
                const int x = rtl ? int(inner.right()) - tile.width() : int(inner.left());
                m_qr->setGeometry(x, int(std::round(y)), tile.width(), tile.height());
            }
            y += place.height;
        }
    }
    m_links->setVisible(links);
    if (!links)
        m_links->setSources({});
    m_qr->setVisible(code);
}

double TimelineDetailCard::textScale() const
{
    const Layout &current = layout();
    return current.fits ? current.textScale : 0.0;
}

void TimelineDetailCard::paintEvent(QPaintEvent *)
{
    // The card changes only with its event, size, type, theme or language: it is
    // drawn once into a pixmap at the device's pixel ratio, then blitted.
    QPainter painter(this);
    const qreal ratio = std::abs(painter.deviceTransform().m11());
    const qreal dpr = ratio > 0 ? ratio : 1.0;
    const QSize pixels = (QSizeF(size()) * dpr).toSize().expandedTo(QSize(1, 1));
    if (m_pixmap.size() != pixels || !qFuzzyCompare(m_pixmap.devicePixelRatio(), dpr)) {
        m_pixmap = QPixmap(pixels);
        m_pixmap.setDevicePixelRatio(dpr);
        m_pixmap.fill(Qt::transparent);
        QPainter cache(&m_pixmap);
        paintCard(&cache);
    }
    painter.drawPixmap(0, 0, m_pixmap);
}

void TimelineDetailCard::paintCard(QPainter *target)
{
    QPainter &painter = *target;
    const Theme &theme = Appearance::instance()->theme();
    const Painting::Metrics metrics = Painting::Metrics::forScale(m_scale);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const QRectF outer = QRectF(rect()).adjusted(metrics.ring * 2, metrics.ring * 2,
                                                 -metrics.ring * 2, -metrics.ring * 2);
    Painting::card(&painter, outer, theme, m_scale);
    const QRectF card =
            outer.adjusted(metrics.padding, metrics.padding, -metrics.padding, -metrics.padding);
    if (card.width() <= 0 || card.height() <= 0)
        return;
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    const Layout &layout = this->layout();
    // The story's column: the whole card, or beside the QR code's column.
    const QRectF inner = rtl ? card.adjusted(layout.besideReserve, 0, 0, 0)
                             : card.adjusted(0, 0, -layout.besideReserve, 0);
    const QList<Paragraph> &list = layout.paragraphs;
    const QList<Placed> &placed = layout.placed;
    const double s = m_scale * layout.textScale;
    const double factKey = layout.factKey;

    painter.save();
    painter.setClipRect(inner);
    double y = inner.top();
    const Qt::Alignment leading = leadingEdge(layoutDirection()) | Qt::AlignTop;
    for (int i = 0; i < list.size(); ++i) {
        const Paragraph &p = list.at(i);
        const Placed &place = placed.at(i);
        const QFont font = fontFor(p.role, s, p.italic);
        y += p.before * s;
        const QRectF box(inner.left(), y, inner.width(), place.height);
        // The text's own box, after whatever sits on the leading side.
        const QRectF textBox =
                rtl ? box.adjusted(0, 0, -place.indent, 0) : box.adjusted(place.indent, 0, 0, 0);
        painter.setFont(font);
        painter.setPen(p.colour);
        switch (p.kind) {
        case Paragraph::Kind::Header: {
            const QFontMetricsF fm(font);
            const double dot = 10 * s;
            const double cy = y + fm.height() / 2;
            painter.setPen(Qt::NoPen);
            painter.setBrush(p.dot);
            painter.drawEllipse(QPointF(rtl ? box.right() - dot / 2 : box.left() + dot / 2, cy),
                                dot / 2, dot / 2);
            const QRectF words = rtl ? box.adjusted(0, 0, -dot - 10 * s, 0)
                                     : box.adjusted(dot + 10 * s, 0, 0, 0);
            const double categoryWidth = fm.horizontalAdvance(p.text);
            painter.setPen(p.colour);
            painter.drawText(words, leading, p.text);
            if (!p.key.isEmpty()) {
                painter.setPen(theme.textMuted);
                // The separator comes between the two in reading order; the
                // bidi algorithm places it, whichever way the line runs.
                const QString era = u"  ·  "_s + p.key;
                const QRectF rest = rtl ? words.adjusted(0, 0, -categoryWidth, 0)
                                        : words.adjusted(categoryWidth, 0, 0, 0);
                painter.drawText(rest, leading, fm.elidedText(era, Qt::ElideRight, rest.width()));
            }
            break;
        }
        case Paragraph::Kind::Date: {
            place.text->draw(&painter, textBox.topLeft());
            if (p.badge) {
                // An "approximate" pill after the date.
                const QFontMetricsF fm(font);
                const QFont badgeFont = fontFor(Typography::Role::Caption, s, false);
                const QFontMetricsF bm(badgeFont);
                //: A mark next to a date whose fact is not well sourced
                const QString label = tr("Approximate");
                const double w = bm.horizontalAdvance(label) + 16 * s;
                const double h = bm.height() + 6 * s;
                const double dateWidth = fm.horizontalAdvance(p.text) + 12 * s;
                const double x = rtl ? box.right() - dateWidth - w : box.left() + dateWidth;
                const QRectF pill(x, y + (fm.height() - h) / 2, w, h);
                painter.setPen(QPen(theme.critical, std::max(1.0, s)));
                painter.setBrush(Qt::NoBrush);
                painter.drawRoundedRect(pill, h / 2, h / 2);
                painter.setFont(badgeFont);
                painter.setPen(theme.critical);
                painter.drawText(pill, Qt::AlignCenter, label);
            }
            break;
        }
        case Paragraph::Kind::Fact: {
            const QFont keyFont = fontFor(Typography::Role::Label, s, false);
            const double line = QFontMetricsF(font).height();
            painter.setFont(keyFont);
            painter.setPen(theme.textMuted);
            const QRectF keyBox = rtl ? QRectF(box.right() - factKey, y, factKey, line)
                                      : QRectF(box.left(), y, factKey, line);
            painter.drawText(keyBox, leadingEdge(layoutDirection()) | Qt::AlignVCenter, p.key);
            painter.setPen(p.colour);
            place.text->draw(&painter, textBox.topLeft());
            break;
        }
        case Paragraph::Kind::Quote: {
            // One accent bar runs beside the quote, its speaker and translation.
            const double bar = 3 * s;
            const bool continues =
                    i + 1 < list.size() && list.at(i + 1).kind == Paragraph::Kind::Quote;
            const double extend = continues ? list.at(i + 1).before * s : 0;
            painter.fillRect(rtl ? QRectF(box.right() - bar, y, bar, place.height + extend)
                                 : QRectF(box.left(), y, bar, place.height + extend),
                             theme.accent);
            place.text->draw(&painter, textBox.topLeft());
            break;
        }
        case Paragraph::Kind::Legend: {
            double ly = y;
            const QFontMetricsF fm(font);
            for (int n = 0; n < p.legend.size(); ++n) {
                const double cy = ly + fm.height() / 2;
                const double cx =
                        rtl ? box.right() - place.indent / 2 : box.left() + place.indent / 2;
                paintSymbol(&painter, int(p.legend.at(n).first), QPointF(cx, cy), s);
                painter.setPen(p.colour);
                place.legend.at(n)->draw(&painter, QPointF(textBox.left(), ly));
                ly += place.legendHeights.at(n) + 8 * s;
            }
            break;
        }
        case Paragraph::Kind::Text:
        case Paragraph::Kind::Heading:
            place.text->draw(&painter, textBox.topLeft());
            break;
        case Paragraph::Kind::Qr:
            // The code is a widget of its own (placeSources()); its heading
            // and citations are painted beside it.
            place.key->draw(&painter, textBox.topLeft());
            place.text->draw(&painter, textBox.topLeft() + QPointF(0, place.keyHeight));
            break;
        case Paragraph::Kind::Links:
            break; // a widget of its own: placeSources()
        }
        y += place.height;
    }
    painter.restore();
}

void TimelineDetailCard::paintSymbol(QPainter *painter, int symbol, const QPointF &centre,
                                     double s) const
{
    const Theme &theme = Appearance::instance()->theme();
    const QColor colour = theme.category(0);
    const double cx = centre.x();
    const double cy = centre.y();
    switch (Symbol(symbol)) {
    case Symbol::Day:
        painter->setPen(QPen(theme.surface, 2 * s));
        painter->setBrush(colour);
        painter->drawEllipse(centre, 7 * s, 7 * s);
        break;
    case Symbol::Month: {
        QColor fill = colour;
        fill.setAlphaF(0.32f);
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawRoundedRect(QRectF(cx - 16 * s, cy - 6 * s, 32 * s, 12 * s), 6 * s, 6 * s);
        painter->setPen(QPen(colour, 2 * s, Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(QPointF(cx - 16 * s, cy - 9 * s), QPointF(cx - 16 * s, cy + 9 * s));
        painter->drawLine(QPointF(cx + 16 * s, cy - 9 * s), QPointF(cx + 16 * s, cy + 9 * s));
        painter->setPen(QPen(colour, 3 * s));
        painter->setBrush(theme.surface);
        painter->drawEllipse(centre, 7 * s, 7 * s);
        break;
    }
    case Symbol::Fold: {
        const QRectF r(cx - 16 * s, cy - 10 * s, 32 * s, 20 * s);
        painter->save();
        painter->setClipRect(r, Qt::IntersectClip);
        painter->setPen(QPen(Painting::mix(theme.surface, theme.border, 0.9), std::max(1.0, s)));
        for (double d = -r.height(); d < r.width(); d += 8 * s)
            painter->drawLine(QPointF(r.left() + d, r.bottom()),
                              QPointF(r.left() + d + r.height(), r.top()));
        painter->restore();
        painter->setPen(QPen(theme.border, std::max(1.0, s)));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(r);
        break;
    }
    }
}
