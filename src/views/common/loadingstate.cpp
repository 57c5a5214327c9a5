#include "loadingstate.h"

#include "views/theme.h"

#include <QEvent>
#include <QPainter>

#include <climits>

LoadingState::LoadingState(ContentFile file, QWidget *parent)
    : QWidget(parent)
    , m_file(file)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    connect(Appearance::instance(), &Appearance::themeChanged, this, qOverload<>(&QWidget::update));
    connect(Appearance::instance(), &Appearance::fontsChanged, this, qOverload<>(&QWidget::update));
    retranslate();
}

QString LoadingState::message() const
{
    switch (m_file) {
    case ContentFile::Hardware:
        //: Shown in place of the hardware view while its content file is being read
        return tr("Loading the hardware…");
    case ContentFile::Timeline:
        //: Shown in place of the timeline while its content file is being read
        return tr("Loading the timeline…");
    case ContentFile::Partners:
        //: Shown in place of the partner grid while its content file is being read
        return tr("Loading the partners…");
    case ContentFile::Reviews:
        //: Shown in place of the quote wall while its content file is being read
        return tr("Loading the reviews…");
    }
    return {};
}

QString LoadingState::detail() const
{
    //: Beneath "Loading the timeline…" and the like, while a large content file is read
    return tr("The content folder holds many items. They appear here as soon as they are read.");
}

void LoadingState::retranslate()
{
    setAccessibleName(message());
    setAccessibleDescription(detail());
    update();
}

void LoadingState::paintEvent(QPaintEvent *)
{
    const Theme &theme = Appearance::instance()->theme();
    const double scale = Typography::scaleFor(size());
    QPainter painter(this);
    painter.fillRect(rect(), theme.background);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const QFont headline = Appearance::instance()->font(Typography::Role::Headline, scale);
    const QFont body = Appearance::instance()->font(Typography::Role::Body, scale);
    const int margin = static_cast<int>(48 * scale);
    const QRect area = rect().adjusted(margin, 0, -margin, 0);
    const int flags = Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap;
    const QRect tall(area.left(), 0, area.width(), INT_MAX / 2);
    const int first = QFontMetrics(headline).boundingRect(tall, flags, message()).height();
    const int gap = static_cast<int>(12 * scale);
    const int second = QFontMetrics(body).boundingRect(tall, flags, detail()).height();
    int y = std::max(0, (height() - first - gap - second) / 2);
    painter.setFont(headline);
    painter.setPen(theme.text);
    painter.drawText(QRect(area.left(), y, area.width(), first), flags, message());
    y += first + gap;
    painter.setFont(body);
    painter.setPen(theme.textMuted);
    painter.drawText(QRect(area.left(), y, area.width(), second), flags, detail());
}

void LoadingState::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
