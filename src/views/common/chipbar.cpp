#include "chipbar.h"

#include "painting.h"
#include "views/theme.h"

#include <QAbstractItemModel>
#include <QAccessibleWidget>
#include <QButtonGroup>
#include <QEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QResizeEvent>

namespace {

// What QAccessibleButton gives a QPushButton, for a button Qt does not know:
// the role, the checked state and the press and toggle actions.
class ChipAccessible : public QAccessibleWidget
{
public:
    explicit ChipAccessible(Chip *chip)
        : QAccessibleWidget(chip, QAccessible::CheckBox)
    {}

    QAccessible::Role role() const override
    {
        return chip()->isExclusive() ? QAccessible::RadioButton : QAccessible::CheckBox;
    }

    QAccessible::State state() const override
    {
        QAccessible::State state = QAccessibleWidget::state();
        state.checkable = true;
        state.checked = chip()->isChecked();
        return state;
    }

    QString text(QAccessible::Text kind) const override
    {
        QString text = QAccessibleWidget::text(kind);
        if (kind == QAccessible::Name && text.isEmpty())
            text = chip()->text();
        return text;
    }

    QStringList actionNames() const override
    {
        QStringList names{pressAction()};
        if (!chip()->isExclusive())
            names << toggleAction();
        return names + QAccessibleWidget::actionNames();
    }

    void doAction(const QString &action) override
    {
        if (action == pressAction() || action == toggleAction()) {
            if (chip()->isEnabled())
                chip()->click();
            return;
        }
        QAccessibleWidget::doAction(action);
    }

private:
    Chip *chip() const { return static_cast<Chip *>(widget()); }
};

QAccessibleInterface *chipAccessibleFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String("Chip"))
        if (auto *chip = qobject_cast<Chip *>(object))
            return new ChipAccessible(chip);
    return nullptr;
}

} // namespace

Chip::Chip(QWidget *parent)
    : QAbstractButton(parent)
{
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(&chipAccessibleFactory);
        return true;
    }();
    Q_UNUSED(factoryInstalled)
    setCheckable(true);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    // Hover events repaint it; underMouse() says whether it is hovered.
    setAttribute(Qt::WA_Hover);
}

bool Chip::isExclusive() const
{
    return m_exclusive || autoExclusive() || (group() && group()->exclusive());
}

void Chip::setCount(int count)
{
    m_count = count;
    updateGeometry();
    update();
}

void Chip::setColor(const QColor &color)
{
    m_color = color;
    update();
}

void Chip::setScale(double scale)
{
    m_scale = scale;
    updateGeometry();
    update();
}

QSize Chip::sizeHint() const
{
    const QString label = text();
    const QStringList families = Appearance::instance()->fontFamilies();
    const QString locale = QLocale().name();
    if (m_hint.size.isValid() && m_hint.text == label && m_hint.count == m_count &&
        m_hint.color == m_color.isValid() && m_hint.scale == m_scale &&
        m_hint.families == families && m_hint.locale == locale)
        return m_hint.size;
    m_hint = {label, m_count, m_color.isValid(), m_scale, families, locale, measuredSize()};
    return m_hint.size;
}

QSize Chip::measuredSize() const
{
    const QFont font = Appearance::instance()->font(Typography::Role::Label, m_scale);
    const QFontMetrics metrics(font);
    const int padding = static_cast<int>(16 * m_scale);
    int width = metrics.horizontalAdvance(text()) + 2 * padding;
    if (m_count >= 0)
        width += metrics.horizontalAdvance(QLocale().toString(m_count)) + padding / 2 + padding / 2;
    if (m_color.isValid())
        width += static_cast<int>(10 * m_scale) + padding / 2;
    // Touch targets stay at least 44 pixels tall at every scale.
    const int height = std::max(44, metrics.height() + static_cast<int>(20 * m_scale));
    return {width, height};
}

void Chip::paintEvent(QPaintEvent *)
{
    const Theme &theme = Appearance::instance()->theme();
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const double ring = Painting::Metrics::forScale(m_scale).ring;
    const QRectF pill = QRectF(rect()).adjusted(ring * 2, ring * 2, -ring * 2, -ring * 2);
    const double radius = pill.height() / 2;
    const bool on = isChecked();
    QColor fill = on ? theme.accent : theme.surfaceRaised;
    if (underMouse() && !on)
        fill = Painting::mix(theme.surfaceRaised, theme.text, 0.08);
    painter.setPen(on ? Qt::NoPen
                      : QPen(theme.border, Painting::Metrics::forScale(m_scale).hairline));
    painter.setBrush(fill);
    painter.drawRoundedRect(pill, radius, radius);

    const QFont font = Appearance::instance()->font(Typography::Role::Label, m_scale);
    const QFontMetrics metrics(font);
    painter.setFont(font);
    const int padding = static_cast<int>(16 * m_scale);
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    // Lay the parts out from the leading edge; mirrored for right-to-left.
    double x = pill.left() + padding - ring * 2;
    const auto place = [&](double width) {
        const QRectF r(rtl ? pill.right() - (x - pill.left()) - width : x, pill.top(), width,
                       pill.height());
        x += width;
        return r;
    };
    if (m_color.isValid()) {
        const double dot = 10 * m_scale;
        const QRectF r = place(dot);
        painter.setPen(Qt::NoPen);
        painter.setBrush(on ? theme.accentText : m_color);
        painter.drawEllipse(QRectF(r.left(), r.center().y() - dot / 2, dot, dot));
        x += padding / 2.0;
    }
    painter.setPen(on ? theme.accentText : theme.text);
    const QRectF label = place(metrics.horizontalAdvance(text()));
    painter.drawText(label, Qt::AlignCenter, text());
    if (m_count >= 0) {
        x += padding / 2.0;
        const QString count = QLocale().toString(m_count);
        const QRectF r = place(metrics.horizontalAdvance(count));
        painter.setPen(on ? theme.accentText : theme.textMuted);
        painter.drawText(r, Qt::AlignCenter, count);
    }
    if (hasFocus())
        Painting::focusRing(&painter, pill, theme, m_scale, radius);
}

ChipBar::ChipBar(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto *all = new Chip(this);
    all->setExclusive(m_mode == Mode::Single);
    connect(all, &Chip::clicked, this, [this] { chipToggled(0); });
    m_chips.append(all);
    connect(Appearance::instance(), &Appearance::themeChanged, this, [this] {
        for (Chip *chip : std::as_const(m_chips))
            chip->update();
    });
    syncChecks();
}

void ChipBar::setModel(QAbstractItemModel *model, int idRole)
{
    m_model = model;
    m_idRole = idRole;
    m_follower.setModel(model);
    rebuild();
}

void ChipBar::setMode(Mode mode)
{
    m_mode = mode;
    for (Chip *chip : std::as_const(m_chips))
        chip->setExclusive(m_mode == Mode::Single);
    if (m_mode == Mode::Single && m_selection.size() > 1)
        setSelection({});
}

void ChipBar::setAllText(const QString &text)
{
    m_allText = text;
    relabel();
}

void ChipBar::setCounts(const QHash<QString, int> &counts, int total)
{
    m_counts = counts;
    m_total = total;
    relabel();
}

void ChipBar::setColors(const QList<QColor> &colors)
{
    m_colors = colors;
    for (int i = 1; i < m_chips.size(); ++i)
        m_chips.at(i)->setColor(m_colors.value(i - 1));
}

void ChipBar::setScale(double scale)
{
    m_scale = scale;
    for (Chip *chip : std::as_const(m_chips))
        chip->setScale(scale);
    layoutChips(width(), true);
    updateGeometry();
}

void ChipBar::setSelection(const QSet<QString> &selection)
{
    QSet<QString> valid;
    for (const QString &id : selection) {
        if (m_ids.contains(id))
            valid.insert(id);
    }
    if (m_mode == Mode::Single && valid.size() > 1)
        valid = {*valid.begin()};
    if (valid == m_selection) {
        syncChecks();
        return;
    }
    m_selection = valid;
    syncChecks();
    Q_EMIT selectionChanged(m_selection);
}

void ChipBar::rebuild()
{
    while (m_chips.size() > 1)
        delete m_chips.takeLast();
    m_ids.clear();
    const int rows = m_model ? m_model->rowCount() : 0;
    for (int row = 0; row < rows; ++row) {
        auto *chip = new Chip(this);
        chip->setExclusive(m_mode == Mode::Single);
        chip->setScale(m_scale);
        chip->setColor(m_colors.value(row));
        const int index = int(m_chips.size());
        connect(chip, &Chip::clicked, this, [this, index] { chipToggled(index); });
        m_chips.append(chip);
        m_ids.append(m_model->index(row, 0).data(m_idRole).toString());
        chip->show();
    }
    // Keep only what still exists.
    QSet<QString> kept;
    for (const QString &id : std::as_const(m_selection)) {
        if (m_ids.contains(id))
            kept.insert(id);
    }
    const bool changed = kept != m_selection;
    m_selection = kept;
    relabel();
    syncChecks();
    Q_EMIT chipsRebuilt();
    if (changed)
        Q_EMIT selectionChanged(m_selection);
}

QWidget *ChipBar::setTabOrderAfter(QWidget *previous)
{
    QWidget *last = previous;
    for (Chip *chip : std::as_const(m_chips)) {
        if (last)
            setTabOrder(last, chip);
        last = chip;
    }
    return last;
}

void ChipBar::relabel()
{
    m_chips.at(0)->setText(m_allText);
    m_chips.at(0)->setCount(m_total);
    m_chips.at(0)->setAccessibleName(m_total >= 0 ? tr("%1, %2").arg(m_allText).arg(m_total)
                                                  : m_allText);
    for (int i = 1; i < m_chips.size(); ++i) {
        Chip *chip = m_chips.at(i);
        const QString id = m_ids.at(i - 1);
        const QString name = m_model ? m_model->index(i - 1, 0).data().toString() : id;
        chip->setText(name);
        const int count = m_counts.value(id, -1);
        chip->setCount(m_counts.isEmpty() ? -1 : std::max(0, count));
        //: Accessible name of a filter chip: %1 the category, %2 how many items it holds
        chip->setAccessibleName(m_counts.isEmpty() ? name : tr("%1, %2").arg(name).arg(count));
    }
    layoutChips(width(), true);
    updateGeometry();
}

void ChipBar::syncChecks()
{
    m_chips.at(0)->setChecked(m_selection.isEmpty());
    for (int i = 1; i < m_chips.size(); ++i)
        m_chips.at(i)->setChecked(m_selection.contains(m_ids.at(i - 1)));
}

void ChipBar::chipToggled(int chip)
{
    QSet<QString> next;
    if (chip > 0) {
        const QString id = m_ids.at(chip - 1);
        if (m_mode == Mode::Single) {
            if (!m_selection.contains(id))
                next = {id};
        } else {
            next = m_selection;
            if (next.contains(id))
                next.remove(id);
            else
                next.insert(id);
            // Every category on is the same as none: show "all".
            if (next.size() == m_ids.size())
                next.clear();
        }
    }
    setSelection(next);
}

int ChipBar::layoutChips(int width, bool apply)
{
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    const int spacing = static_cast<int>(4 * m_scale);
    int x = 0;
    int y = 0;
    int lineHeight = 0;
    for (Chip *chip : std::as_const(m_chips)) {
        const QSize size = chip->sizeHint();
        if (x > 0 && x + size.width() > width) {
            x = 0;
            y += lineHeight + spacing;
            lineHeight = 0;
        }
        if (apply) {
            const int left = rtl ? width - x - size.width() : x;
            chip->setGeometry(left, y, size.width(), size.height());
        }
        x += size.width() + spacing;
        lineHeight = std::max(lineHeight, size.height());
    }
    return y + lineHeight;
}

int ChipBar::heightForWidth(int width) const
{
    return const_cast<ChipBar *>(this)->layoutChips(width, false);
}

QSize ChipBar::sizeHint() const
{
    int width = 0;
    for (Chip *chip : m_chips)
        width += chip->sizeHint().width();
    return {width, heightForWidth(width)};
}

QSize ChipBar::minimumSizeHint() const
{
    return {m_chips.at(0)->sizeHint().width(), heightForWidth(std::max(1, this->width()))};
}

void ChipBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutChips(width(), true);
    // The minimum height depends on the width (how many lines the chips take),
    // and layouts cache it until told.
    if (event->size().width() != event->oldSize().width())
        updateGeometry();
}

void ChipBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LayoutDirectionChange)
        layoutChips(width(), true);
}
