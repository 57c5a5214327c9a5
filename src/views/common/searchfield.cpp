#include "searchfield.h"

#include "views/common/painting.h"
#include "views/theme.h"

#include <QAction>
#include <QEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QToolButton>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

const auto IconName = u"searchIcon"_s;

// A magnifier drawn in the theme's muted ink.
QIcon searchIcon(const QColor &color, int side)
{
    QPixmap pixmap(side * 2, side * 2);
    pixmap.setDevicePixelRatio(2);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen(color, std::max(1.5, side / 10.0), Qt::SolidLine, Qt::RoundCap);
    painter.setPen(pen);
    const double r = side * 0.28;
    const QPointF c(side * 0.44, side * 0.44);
    painter.drawEllipse(c, r, r);
    painter.drawLine(c + QPointF(r * 0.72, r * 0.72), QPointF(side * 0.8, side * 0.8));
    return QIcon(pixmap);
}

} // namespace

SearchField::SearchField(QWidget *parent)
    : QLineEdit(parent)
{
    setClearButtonEnabled(true);
    connect(Appearance::instance(), &Appearance::themeChanged, this, &SearchField::restyle);
    restyle();
}

void SearchField::setScale(double scale)
{
    if (qFuzzyCompare(scale, m_scale))
        return;
    m_scale = scale;
    restyle();
}

void SearchField::setTexts(const QString &placeholder, const QString &description)
{
    setPlaceholderText(placeholder);
    setAccessibleName(placeholder);
    setAccessibleDescription(description);
}

void SearchField::setPillHeight(int height)
{
    setFixedHeight(height);
    if (height != m_styledHeight)
        restyle();
}

void SearchField::find()
{
    setFocus(Qt::ShortcutFocusReason);
    selectAll();
}

void SearchField::startSearch(const QString &text)
{
    setFocus(Qt::OtherFocusReason);
    insert(text);
}

bool SearchField::startsSearch(const QKeyEvent *event)
{
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    const QString text = event->text();
    if (text.isEmpty())
        return false;
    return std::all_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.isPrint() && !c.isSpace(); });
}

void SearchField::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        if (!text().isEmpty())
            clear();
        else
            Q_EMIT leaveRequested();
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void SearchField::resizeEvent(QResizeEvent *event)
{
    QLineEdit::resizeEvent(event);
    // The ends are half circles: the radius follows the height.
    if (height() != m_styledHeight)
        restyle();
}

void SearchField::changeEvent(QEvent *event)
{
    QLineEdit::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        nameButtons();
}

void SearchField::restyle()
{
    const Theme &theme = Appearance::instance()->theme();
    const Painting::Metrics metrics = Painting::Metrics::forScale(m_scale);
    const int padding = static_cast<int>(std::lround(12 * m_scale));
    m_styledHeight = height();
    setStyleSheet(
            u"QLineEdit { background: %1; color: %2; border: %3px solid %4; border-radius: %5px;"
            " padding: 0 %6px; selection-background-color: %7; selection-color: %8; }"
            " QLineEdit:focus { border: %9px solid %10; }"_s
                    .arg(theme.surfaceRaised.name(), theme.text.name())
                    .arg(std::max(1, static_cast<int>(metrics.hairline)))
                    .arg(theme.border.name())
                    .arg(height() / 2)
                    .arg(padding)
                    .arg(theme.accent.name(), theme.accentText.name())
                    .arg(static_cast<int>(std::lround(metrics.ring)))
                    .arg(theme.focus.name()));
    QPalette palette = this->palette();
    palette.setColor(QPalette::PlaceholderText, theme.textMuted);
    setPalette(palette);
    const QList<QAction *> actions = this->actions();
    for (QAction *action : actions) {
        if (action->objectName() == IconName)
            delete action;
    }
    QAction *icon =
            addAction(searchIcon(theme.textMuted, std::max(16, static_cast<int>(22 * m_scale))),
                      QLineEdit::LeadingPosition);
    icon->setObjectName(IconName);
    nameButtons();
}

void SearchField::nameButtons()
{
    //: Accessible name of the magnifier icon in a search field
    const QString searchIconName = tr("Search");
    //: Accessible name of the button that empties a search field
    const QString clearButtonName = tr("Clear search");
    const QList<QToolButton *> buttons = findChildren<QToolButton *>();
    for (QToolButton *button : buttons) {
        const QAction *action = button->defaultAction();
        button->setAccessibleName(action && action->objectName() == IconName ? searchIconName
                                                                             : clearButtonName);
    }
}
