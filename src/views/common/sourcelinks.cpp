#include "sourcelinks.h"

#include "linkopener.h"
#include "painting.h"
#include "textmetrics.h"
#include "views/theme.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QStyle>
#include <QUrl>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// A link to screen readers: its citation as the name, the address as the
// description, and "press" to open it.
class SourceLinkAccessible : public QAccessibleWidget
{
public:
    explicit SourceLinkAccessible(SourceLink *link)
        : QAccessibleWidget(link, link->isLink() ? QAccessible::Link : QAccessible::StaticText)
    {}

    QAccessible::Role role() const override
    {
        return link()->isLink() ? QAccessible::Link : QAccessible::StaticText;
    }

    QAccessible::State state() const override
    {
        QAccessible::State state = QAccessibleWidget::state();
        state.linked = link()->isLink();
        state.traversed = false;
        return state;
    }

    QStringList actionNames() const override
    {
        QStringList names = QAccessibleWidget::actionNames();
        if (link()->isLink())
            names.prepend(pressAction());
        return names;
    }

    void doAction(const QString &action) override
    {
        if (action == pressAction() && link()->isLink()) {
            link()->click();
            return;
        }
        QAccessibleWidget::doAction(action);
    }

private:
    SourceLink *link() const { return static_cast<SourceLink *>(widget()); }
};

QAccessibleInterface *sourceLinkFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String("SourceLink"))
        if (auto *link = qobject_cast<SourceLink *>(object))
            return new SourceLinkAccessible(link);
    return nullptr;
}

} // namespace

// --- SourceLink --------------------------------------------------------------

SourceLink::SourceLink(QWidget *parent)
    : QAbstractButton(parent)
{
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(&sourceLinkFactory);
        return true;
    }();
    Q_UNUSED(factoryInstalled)
    setAttribute(Qt::WA_Hover);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    connect(this, &QAbstractButton::clicked, this, &SourceLink::open);
    connect(Appearance::instance(), &Appearance::themeChanged, this, qOverload<>(&QWidget::update));
    connect(Appearance::instance(), &Appearance::fontsChanged, this, [this] {
        updateGeometry();
        update();
    });
    setSource(QString(), QString());
}

void SourceLink::setSource(const QString &citation, const QString &url, const QString &note)
{
    setText(citation);
    m_url = url;
    m_note = note;
    setFocusPolicy(isLink() ? Qt::StrongFocus : Qt::NoFocus);
    if (isLink())
        setCursor(Qt::PointingHandCursor);
    else
        unsetCursor();
    describe();
    updateGeometry();
    update();
}

void SourceLink::describe()
{
    setAccessibleName(text());
    if (isLink()) {
        //: Accessible description and tooltip of a source link; %1 is its web address
        setAccessibleDescription(tr("Opens %1 in the browser").arg(m_url));
        setToolTip(m_url);
    } else {
        setAccessibleDescription(m_note);
        setToolTip(m_note);
    }
}

void SourceLink::setScale(double scale)
{
    if (qFuzzyCompare(scale, m_scale))
        return;
    m_scale = scale;
    updateGeometry();
    update();
}

int SourceLink::bleed() const
{
    return int(std::ceil(Painting::Metrics::forScale(m_scale).ring * 2));
}

QFont SourceLink::linkFont() const
{
    QFont font = Appearance::instance()->font(Typography::Role::Caption, m_scale);
    // Underlined, not only coloured: a link must not depend on colour alone.
    font.setUnderline(isLink());
    return font;
}

int SourceLink::heightForWidth(int width) const
{
    return TextMetrics::wrappedHeight(linkFont(), text(), width - 2 * bleed()) + 2 * bleed();
}

QSize SourceLink::sizeHint() const
{
    const int width = QFontMetrics(linkFont()).horizontalAdvance(text()) + 2 * bleed();
    return {width, QFontMetrics(linkFont()).height() + 2 * bleed()};
}

QSize SourceLink::minimumSizeHint() const
{
    return {4 * bleed(), QFontMetrics(linkFont()).height() + 2 * bleed()};
}

QRect SourceLink::textRect() const
{
    const QRect inner = rect().adjusted(bleed(), bleed(), -bleed(), -bleed());
    const int align = QStyle::visualAlignment(layoutDirection(), Qt::AlignLeading | Qt::AlignTop);
    return QFontMetrics(linkFont()).boundingRect(inner, align | Qt::TextWordWrap, text());
}

bool SourceLink::hitButton(const QPoint &pos) const
{
    // Only the words are the link, not the empty end of the line.
    return isLink() && textRect().adjusted(-bleed(), -bleed(), bleed(), bleed()).contains(pos);
}

void SourceLink::open()
{
    if (isLink())
        LinkOpener::open(QUrl(m_url, QUrl::StrictMode));
}

void SourceLink::keyPressEvent(QKeyEvent *event)
{
    if (isLink() && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        event->modifiers() == Qt::NoModifier) {
        click();
        event->accept();
        return;
    }
    QAbstractButton::keyPressEvent(event);
}

void SourceLink::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LayoutDirectionChange)
        update();
    QAbstractButton::changeEvent(event);
}

void SourceLink::paintEvent(QPaintEvent *)
{
    const Theme &theme = Appearance::instance()->theme();
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const QRect inner = rect().adjusted(bleed(), bleed(), -bleed(), -bleed());
    const bool hovered = isLink() && underMouse();
    QColor color = isLink() ? theme.accentInk : theme.textMuted;
    if (hovered || isDown())
        color = theme.text;
    painter.setFont(linkFont());
    painter.setPen(color);
    QTextOption option(QStyle::visualAlignment(layoutDirection(), Qt::AlignLeading) | Qt::AlignTop);
    option.setWrapMode(QTextOption::WordWrap);
    // Citations keep the direction of their own words: a Latin title stays
    // left to right in an Arabic layout; only the alignment mirrors.
    option.setTextDirection(Qt::LayoutDirectionAuto);
    painter.drawText(QRectF(inner), text(), option);
    if (hasFocus()) {
        const Painting::Metrics metrics = Painting::Metrics::forScale(m_scale);
        Painting::focusRing(&painter, QRectF(textRect()), theme, m_scale, metrics.hairline * 2);
    }
}

// --- SourceLinks -------------------------------------------------------------

SourceLinks::SourceLinks(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    connect(Appearance::instance(), &Appearance::themeChanged, this, qOverload<>(&QWidget::update));
    connect(Appearance::instance(), &Appearance::fontsChanged, this, [this] {
        updateGeometry();
        placeLinks();
        update();
    });
}

void SourceLinks::setSources(const QVariantList &sources)
{
    m_count = int(sources.size());
    while (m_links.size() < m_count) {
        auto *link = new SourceLink(this);
        link->setScale(m_scale);
        m_links.append(link);
    }
    for (int i = 0; i < m_links.size(); ++i) {
        SourceLink *link = m_links.at(i);
        if (i >= m_count) {
            link->hide();
            link->setSource(QString(), QString());
            continue;
        }
        const QVariantMap source = sources.at(i).toMap();
        link->setSource(source.value(u"citation"_s).toString(), source.value(u"url"_s).toString(),
                        source.value(u"note"_s).toString());
        link->show();
    }
    updateGeometry();
    placeLinks();
    update();
}

void SourceLinks::setHeading(const QString &heading)
{
    if (heading == m_heading)
        return;
    m_heading = heading;
    updateGeometry();
    placeLinks();
    update();
}

void SourceLinks::setScale(double scale)
{
    if (qFuzzyCompare(scale, m_scale))
        return;
    m_scale = scale;
    for (SourceLink *link : std::as_const(m_links))
        link->setScale(scale);
    updateGeometry();
    placeLinks();
    update();
}

void SourceLinks::placeInColumn(const QVariantList &sources, const QString &heading, double scale,
                                const QPoint &topLeft, int width)
{
    setScale(scale);
    setHeading(heading);
    setSources(sources);
    const int b = bleed();
    const int w = width + 2 * b;
    setGeometry(topLeft.x() - b, topLeft.y() - b, w, heightForWidth(w));
}

QList<SourceLink *> SourceLinks::links() const
{
    return m_links.mid(0, m_count);
}

QStringList SourceLinks::urls() const
{
    QStringList result;
    for (const SourceLink *link : links()) {
        if (link->isLink())
            result.append(link->url());
    }
    return result;
}

int SourceLinks::bleedFor(double scale)
{
    return int(std::ceil(Painting::Metrics::forScale(scale).ring * 2));
}

int SourceLinks::bleed() const
{
    return bleedFor(m_scale);
}

QFont SourceLinks::font(double scale)
{
    return Appearance::instance()->font(Typography::Role::Caption, scale);
}

int SourceLinks::gap(double scale)
{
    return int(std::lround(4 * scale));
}

int SourceLinks::headingHeight() const
{
    return m_heading.isEmpty() ? 0 : QFontMetrics(font(m_scale)).height();
}

int SourceLinks::heightFor(const QVariantList &sources, bool heading, int width, double scale,
                           TextMetrics::WrappedHeights *heights)
{
    if (sources.isEmpty())
        return 0;
    const int b = bleedFor(scale);
    const QFont text = font(scale);
    int height = heading ? QFontMetrics(text).height() + gap(scale) : 0;
    for (qsizetype i = 0; i < sources.size(); ++i) {
        const QString citation = sources.at(i).toMap().value(u"citation"_s).toString();
        height += TextMetrics::wrappedHeight(heights, text, citation, width - 2 * b);
        if (i + 1 < sources.size())
            height += gap(scale);
    }
    return height + 2 * b;
}

int SourceLinks::heightForWidth(int width) const
{
    if (m_count == 0)
        return 0;
    const int b = bleed();
    int height = headingHeight() + (m_heading.isEmpty() ? 0 : gap(m_scale));
    for (int i = 0; i < m_count; ++i) {
        // Each link brings its own bleed; neighbours overlap theirs.
        height += m_links.at(i)->heightForWidth(width) - 2 * b;
        if (i + 1 < m_count)
            height += gap(m_scale);
    }
    return height + 2 * b;
}

QSize SourceLinks::sizeHint() const
{
    const int width = static_cast<int>(480 * m_scale);
    return {width, heightForWidth(width)};
}

QSize SourceLinks::minimumSizeHint() const
{
    const int width = static_cast<int>(160 * m_scale);
    return {width, heightForWidth(width)};
}

void SourceLinks::placeLinks()
{
    const int b = bleed();
    int y = b + headingHeight() + (m_heading.isEmpty() ? 0 : gap(m_scale));
    for (int i = 0; i < m_count; ++i) {
        SourceLink *link = m_links.at(i);
        const int h = link->heightForWidth(width());
        link->setGeometry(0, y - b, width(), h);
        y += h - 2 * b + gap(m_scale);
    }
}

void SourceLinks::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeLinks();
}

void SourceLinks::paintEvent(QPaintEvent *)
{
    if (m_heading.isEmpty() || m_count == 0)
        return;
    QPainter painter(this);
    painter.setFont(font(m_scale));
    painter.setPen(Appearance::instance()->theme().textMuted);
    const int b = bleed();
    const int align = QStyle::visualAlignment(layoutDirection(), Qt::AlignLeading | Qt::AlignTop);
    painter.drawText(QRect(b, b, std::max(1, width() - 2 * b), headingHeight()), align, m_heading);
}
