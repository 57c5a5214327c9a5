#include "contentproblemspanel.h"

#include "contentsource.h"
#include "views/theme.h"

#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// The chrome's density (see ShowcaseStyle).
constexpr double ChromeScale = 0.75;
constexpr int Margin = 12;
constexpr int ConfirmMilliseconds = 1500;

// One problem: its text, selectable, and its copy button, over a hairline.
class ProblemRow : public QWidget
{
public:
    using QWidget::QWidget;

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setPen(QPen(Appearance::instance()->theme().border, 1));
        painter.drawLine(QPointF(0, height() - 0.5), QPointF(width(), height() - 0.5));
    }
};

// One line that fits any width: the middle of a long path gives way, and
// the tooltip holds all of it.
class ElidedLabel : public QLabel
{
public:
    explicit ElidedLabel(Qt::TextElideMode mode)
        : m_mode(mode)
    {
        setTextFormat(Qt::PlainText);
        setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    }

    void setFullText(const QString &text)
    {
        m_full = text;
        setToolTip(text);
        elide();
    }
    QString fullText() const { return m_full; }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QLabel::resizeEvent(event);
        elide();
    }
    void changeEvent(QEvent *event) override
    {
        QLabel::changeEvent(event);
        if (event->type() == QEvent::FontChange)
            elide();
    }

private:
    void elide()
    {
        const QString shown = fontMetrics().elidedText(m_full, m_mode, qMax(0, width()));
        if (shown != text())
            setText(shown);
    }

    Qt::TextElideMode m_mode;
    QString m_full;
};

// What the dock sizes itself by: the width it opens at.
class PanelBody : public QWidget
{
public:
    QSize sizeHint() const override
    {
        return {ContentProblemsPanel::PreferredWidth, QWidget::sizeHint().height()};
    }
};

void setRole(QWidget *widget, QPalette::ColorRole role, const QColor &color)
{
    QPalette palette = widget->palette();
    palette.setColor(role, color);
    widget->setPalette(palette);
}

} // namespace

ContentProblemsPanel::ContentProblemsPanel(ContentSource *source, QWidget *parent)
    : QDockWidget(parent)
    , m_source(source)
    , m_heading(new ElidedLabel(Qt::ElideRight))
    , m_path(new ElidedLabel(Qt::ElideMiddle))
    , m_summary(new QLabel)
    , m_reloadButton(new QPushButton)
    , m_copyAllButton(new QPushButton)
    , m_stack(new QStackedWidget)
    , m_scroll(new QScrollArea)
    , m_list(new QWidget)
    , m_listLayout(new QVBoxLayout(m_list))
    , m_emptyTitle(new QLabel)
    , m_emptyText(new QLabel)
{
    setObjectName(u"contentProblems"_s);
    setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea | Qt::BottomDockWidgetArea);
    setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable |
                QDockWidget::DockWidgetFloatable);

    auto *body = new PanelBody;
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *header = new QWidget;
    auto *headerLayout = new QVBoxLayout(header);
    headerLayout->setContentsMargins(Margin, Margin, Margin, Margin);
    headerLayout->setSpacing(4);
    m_heading->setObjectName(u"heading"_s);
    m_path->setObjectName(u"path"_s);
    m_summary->setObjectName(u"summary"_s);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    headerLayout->addWidget(m_heading);
    headerLayout->addWidget(m_path);
    headerLayout->addSpacing(4);
    headerLayout->addWidget(m_summary);
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 6, 0, 0);
    m_reloadButton->setObjectName(u"reload"_s);
    m_copyAllButton->setObjectName(u"copyAll"_s);
    buttons->addWidget(m_reloadButton);
    buttons->addWidget(m_copyAllButton);
    buttons->addStretch();
    headerLayout->addLayout(buttons);
    layout->addWidget(header);

    m_list->setObjectName(u"problemList"_s);
    m_listLayout->setContentsMargins(0, 0, 0, 0);
    m_listLayout->setSpacing(0);
    m_listLayout->addStretch(1);
    m_scroll->setWidget(m_list);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *empty = new QWidget;
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->setContentsMargins(Margin * 2, Margin * 2, Margin * 2, Margin * 2);
    emptyLayout->setSpacing(6);
    m_emptyTitle->setObjectName(u"emptyTitle"_s);
    m_emptyText->setObjectName(u"emptyText"_s);
    for (QLabel *label : {m_emptyTitle, m_emptyText}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    }
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyTitle);
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addStretch(2);

    m_stack->addWidget(m_scroll);
    m_stack->addWidget(empty);
    layout->addWidget(m_stack, 1);
    setWidget(body);

    connect(m_reloadButton, &QPushButton::clicked, m_source, &ContentSource::reload);
    connect(m_copyAllButton, &QPushButton::clicked, this, &ContentProblemsPanel::copyAll);
    connect(m_source, &ContentSource::statusChanged, this, &ContentProblemsPanel::refresh);
    connect(Appearance::instance(), &Appearance::themeChanged, this,
            &ContentProblemsPanel::applyTheme);
    connect(Appearance::instance(), &Appearance::fontsChanged, this,
            &ContentProblemsPanel::applyTheme);
    applyTheme();
    retranslate();
}

QStringList ContentProblemsPanel::rows() const
{
    return m_refreshPending ? problemRows() : m_rows;
}

QStringList ContentProblemsPanel::problemRows() const
{
    const Diagnostics &problems = m_source->problems();
    QStringList rows;
    rows.reserve(problems.size());
    for (const Diagnostic &problem : problems)
        rows.append(problem.toString());
    return rows;
}

QString ContentProblemsPanel::allText() const
{
    return rows().join(u'\n');
}

void ContentProblemsPanel::copyRow(int index)
{
    refreshIfPending();
    if (index < 0 || index >= m_rows.size())
        return;
    QGuiApplication::clipboard()->setText(m_rows.at(index));
    //: A copy button's label for a moment after it was pressed
    confirmCopied(m_copyButtons.at(index), tr("Copied"));
}

void ContentProblemsPanel::copyAll()
{
    refreshIfPending();
    if (m_rows.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(allText());
    confirmCopied(m_copyAllButton, tr("Copied"));
}

void ContentProblemsPanel::confirmCopied(QAbstractButton *button, const QString &label)
{
    // The button says it worked, in place, then reads as before; its width
    // was set for both texts, so nothing around it moves.
    const QString text = button->property("label").toString();
    button->setText(label);
    QPointer<QAbstractButton> guard(button);
    QTimer::singleShot(ConfirmMilliseconds, button, [guard, text] {
        if (guard)
            guard->setText(text);
    });
}

void ContentProblemsPanel::setVisible(bool visible)
{
    // Filled in before it shows, so that its rows show with it.
    if (visible)
        refreshIfPending();
    QDockWidget::setVisible(visible);
}

void ContentProblemsPanel::showEvent(QShowEvent *event)
{
    // Shown with the window rather than by setVisible().
    refreshIfPending();
    QDockWidget::showEvent(event);
}

void ContentProblemsPanel::refreshIfPending()
{
    if (m_refreshPending)
        fill();
}

void ContentProblemsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::LayoutDirectionChange)
        alignToLeadingEdge();
    QDockWidget::changeEvent(event);
}

void ContentProblemsPanel::alignToLeadingEdge()
{
    // Paths read left to right in every language, and Qt would align them to
    // the left; in Arabic they keep to the right edge with the rest.
    const Qt::Alignment leading =
            Qt::AlignAbsolute | (isRightToLeft() ? Qt::AlignRight : Qt::AlignLeft);
    const QList<QLabel *> labels = findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label != m_emptyTitle && label != m_emptyText)
            label->setAlignment(leading | (label->alignment() & Qt::AlignVertical_Mask));
    }
}

void ContentProblemsPanel::applyTheme()
{
    const Theme &theme = Appearance::instance()->theme();
    QFont heading = Appearance::instance()->font(Typography::Role::Title, ChromeScale);
    heading.setPixelSize(qMax(15, Typography::pixelSize(Typography::Role::Body, ChromeScale) + 3));
    heading.setWeight(QFont::DemiBold);
    m_heading->setFont(heading);
    m_emptyTitle->setFont(heading);
    for (QLabel *muted : {m_path, m_emptyText})
        setRole(muted, QPalette::WindowText, theme.textMuted);
    for (QWidget *surface : {static_cast<QWidget *>(m_list), m_scroll->viewport()}) {
        surface->setAutoFillBackground(true);
        setRole(surface, QPalette::Window, theme.surface);
    }
    update();
}

void ContentProblemsPanel::retranslate()
{
    //: Title of the panel that lists the problems of the content folder in use
    setWindowTitle(tr("Content Problems"));
    //: Reads the content folder again now
    m_reloadButton->setText(tr("Reload"));
    m_reloadButton->setAccessibleName(tr("Reload the content folder"));
    //: Copies every problem listed, one a line
    m_copyAllButton->setText(tr("Copy All"));
    m_copyAllButton->setAccessibleName(tr("Copy all problems"));
    //: Accessible name of the scrolling list of problems
    m_scroll->setAccessibleName(tr("Problems"));
    m_copyAllButton->setProperty("label", m_copyAllButton->text());
    m_copyAllButton->setMinimumWidth(
            qMax(m_copyAllButton->sizeHint().width(),
                 m_copyAllButton->fontMetrics().horizontalAdvance(tr("Copied")) + 32));
    refresh();
}

void ContentProblemsPanel::refresh()
{
    // Hidden (as it starts when the content is good), it fills in its texts
    // and lays them out when next shown: the window's first frame waits for
    // none of it.
    if (isVisible())
        fill();
    else
        m_refreshPending = true;
}

void ContentProblemsPanel::fill()
{
    m_refreshPending = false;
    const QString folder = m_source->folder();
    const QString name = folder.isEmpty() ? QString() : QFileInfo(folder).fileName();
    const QString shownName = name.isEmpty() ? QDir::toNativeSeparators(folder) : name;
    const Diagnostics &problems = m_source->problems();

    if (folder.isEmpty()) {
        //: Heading of the problems panel when no content folder is open
        static_cast<ElidedLabel *>(m_heading)->setFullText(tr("Bundled content"));
        m_path->hide();
    } else {
        static_cast<ElidedLabel *>(m_heading)->setFullText(shownName);
        static_cast<ElidedLabel *>(m_path)->setFullText(
                QDir::toNativeSeparators(QFileInfo(folder).absoluteFilePath()));
        m_path->show();
    }
    m_reloadButton->setEnabled(!folder.isEmpty());

    QStringList summary;
    if (!problems.isEmpty()) {
        //: The number of problems found in the content folder
        summary.append(tr("%n problem(s) found.", nullptr, int(problems.size())));
        if (m_source->folderUnusable()) {
            summary.append(tr("The folder cannot be used: the bundled content is shown until it "
                              "can be read."));
        }
        const QList<std::pair<QString, bool>> rejected = m_source->rejectedFiles();
        for (const auto &[path, lastGood] : rejected) {
            const QString file = QFileInfo(path).fileName();
            if (lastGood) {
                //: %1 is a content file name, such as partners.json
                summary.append(
                        tr("%1 has problems: its last good version stays on screen.").arg(file));
            } else {
                //: %1 is a content file name, such as partners.json
                summary.append(
                        tr("%1 has problems: the bundled file is shown in its place.").arg(file));
            }
        }
        summary.append(tr("Fix the files and save them: this list follows the folder."));
    }
    m_summary->setText(summary.join(u'\n'));
    m_summary->setVisible(!summary.isEmpty());

    const QStringList rows = problemRows();
    if (rows != m_rows) {
        m_rows = rows;
        while (m_listLayout->count() > 1) {
            QLayoutItem *item = m_listLayout->takeAt(0);
            delete item->widget();
            delete item;
        }
        m_copyButtons.clear();
        for (int i = 0; i < m_rows.size(); ++i) {
            auto *row = new ProblemRow;
            row->setObjectName(u"problemRow"_s);
            // As tall as its text, never taller: the list's stretch takes the rest.
            row->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
            auto *rowLayout = new QHBoxLayout(row);
            rowLayout->setContentsMargins(Margin, 8, Margin, 8);
            rowLayout->setSpacing(Margin);
            auto *text = new QLabel(m_rows.at(i));
            text->setObjectName(u"problemText"_s);
            text->setTextFormat(Qt::PlainText);
            text->setWordWrap(true);
            text->setTextInteractionFlags(Qt::TextSelectableByMouse);
            // A path too long for the panel's width is cut: all of it is here,
            // and in what the button copies.
            text->setToolTip(m_rows.at(i));
            auto *copy = new QToolButton;
            copy->setObjectName(u"copyProblem"_s);
            copy->setAutoRaise(true);
            copy->setToolButtonStyle(Qt::ToolButtonTextOnly);
            connect(copy, &QToolButton::clicked, this, [this, i] { copyRow(i); });
            rowLayout->addWidget(text, 1);
            rowLayout->addWidget(copy, 0, Qt::AlignTop);
            m_listLayout->insertWidget(i, row);
            m_copyButtons.append(copy);
        }
    }
    for (int i = 0; i < m_copyButtons.size(); ++i) {
        QToolButton *copy = m_copyButtons.at(i);
        //: A button beside one problem that copies its line to the clipboard
        copy->setText(tr("Copy"));
        copy->setProperty("label", copy->text());
        //: Accessible name of the copy button of problem %1 (1, 2, 3…)
        copy->setAccessibleName(tr("Copy problem %1").arg(i + 1));
        copy->setAccessibleDescription(m_rows.at(i));
        copy->setToolTip(tr("Copy this line to the clipboard"));
        copy->setMinimumWidth(qMax(copy->sizeHint().width(),
                                   copy->fontMetrics().horizontalAdvance(tr("Copied")) + 16));
    }
    m_copyAllButton->setEnabled(!m_rows.isEmpty());
    alignToLeadingEdge();

    if (m_rows.isEmpty()) {
        if (folder.isEmpty()) {
            //: Empty problems panel, when the app shows its own content
            m_emptyTitle->setText(tr("No content folder is open."));
            m_emptyText->setText(tr("Open one with File › Open Content Folder… to show your own "
                                    "content files and check them here."));
        } else {
            //: Empty problems panel; %1 is the content folder's name
            m_emptyTitle->setText(tr("No problems found in %1.").arg(shownName));
            m_emptyText->setText(tr("Every content file in the folder is valid and on screen. "
                                    "Files you save there show at once."));
        }
        m_stack->setCurrentIndex(1);
    } else {
        m_stack->setCurrentIndex(0);
    }
}
