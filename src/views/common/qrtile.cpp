#include "qrtile.h"

#include "models/formatting.h"
#include "views/common/painting.h"
#include "views/theme.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QEvent>
#include <QPainter>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// A picture, not a control: screen readers say what it is and where it leads.
class QrTileAccessible : public QAccessibleWidget
{
public:
    explicit QrTileAccessible(QWidget *widget)
        : QAccessibleWidget(widget, QAccessible::Graphic)
    {}
};

QAccessibleInterface *qrTileFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String("QrTile") && object && object->isWidgetType())
        return new QrTileAccessible(static_cast<QWidget *>(object));
    return nullptr;
}

} // namespace

QrTile::QrTile(QWidget *parent)
    : QWidget(parent)
{
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(&qrTileFactory);
        return true;
    }();
    Q_UNUSED(factoryInstalled)
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    connect(Appearance::instance(), &Appearance::themeChanged, this, qOverload<>(&QWidget::update));
    connect(Appearance::instance(), &Appearance::fontsChanged, this, [this] {
        updateGeometry();
        update();
    });
    retranslate();
}

void QrTile::setUrl(const QString &url)
{
    if (url == m_code.text())
        return;
    m_code = url.isEmpty() ? QrCode() : QrCode::encode(url);
    m_host = Formatting::host(url);
    retranslate();
    updateGeometry();
    update();
}

void QrTile::setScale(double scale)
{
    if (qFuzzyCompare(scale, m_scale))
        return;
    m_scale = scale;
    updateGeometry();
    update();
}

int QrTile::moduleSize(int modules, double scale)
{
    // Rounded up: a longer address makes a denser code, never a smaller one.
    return modules > 0 ? std::max(2, int(std::ceil(TargetCodeSide * scale / modules))) : 0;
}

int QrTile::moduleSize() const
{
    return moduleSize(m_code.size(), m_scale);
}

QFont QrTile::hostFont(double scale)
{
    QFont font = Appearance::instance()->font(Typography::Role::Label, scale);
    font.setWeight(QFont::DemiBold);
    return font;
}

QSize QrTile::sizeFor(int modules, const QString &host, double scale)
{
    if (modules <= 0)
        return {0, 0};
    const int module = moduleSize(modules, scale);
    const int quiet = QrCode::QuietZone * module;
    const int side = modules * module + 2 * quiet;
    // The host name sits beneath the quiet zone, never inside it.
    const QFontMetrics metrics(hostFont(scale));
    const int below = host.isEmpty() ? 0 : metrics.height() + quiet / 2;
    return {std::max(side, metrics.horizontalAdvance(host) + 2 * quiet), side + below};
}

QSize QrTile::sizeFor(const QString &url, double scale)
{
    if (url.isEmpty())
        return {0, 0};
    return sizeFor(QrCode::encode(url).size(), Formatting::host(url), scale);
}

QRect QrTile::codeRect() const
{
    const int module = moduleSize();
    const int quiet = QrCode::QuietZone * module;
    const int side = m_code.size() * module;
    // Centred when a long host name makes the tile wider than the code.
    return {(sizeHint().width() - side) / 2, quiet, side, side};
}

QSize QrTile::sizeHint() const
{
    return sizeFor(m_code.size(), m_host, m_scale);
}

QColor QrTile::darkColor(const Theme &theme)
{
    // The theme's own darkest ink: near-black in the brand themes, black in
    // high contrast.
    return theme.isDark() ? theme.background : theme.text;
}

QColor QrTile::lightColor(const Theme &)
{
    return QColor(0xff, 0xff, 0xff);
}

void QrTile::retranslate()
{
    //: Accessible name of the QR code on a card in kiosk mode
    setAccessibleName(tr("QR code of the source"));
    //: Accessible description of a QR code; %1 is the web address it holds
    setAccessibleDescription(
            m_code.isNull() ? QString()
                            : tr("Scan it with a phone camera to open %1").arg(m_code.text()));
    setToolTip(m_code.text());
}

void QrTile::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void QrTile::paintEvent(QPaintEvent *)
{
    if (m_code.isNull())
        return;
    const Theme &theme = Appearance::instance()->theme();
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const Painting::Metrics metrics = Painting::Metrics::forScale(m_scale);
    const QRectF tile = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    // A hairline keeps a white tile apart from a white card in the light theme.
    painter.setPen(QPen(Painting::mix(theme.border, theme.text, 0.15), 1));
    painter.setBrush(lightColor(theme));
    painter.drawRoundedRect(tile, metrics.radius, metrics.radius);
    m_code.paint(&painter, codeRect(), darkColor(theme));
    if (!m_host.isEmpty()) {
        const QRect code = codeRect();
        const int quiet = code.top();
        painter.setFont(hostFont(m_scale));
        painter.setPen(darkColor(theme));
        const QRect caption(0, code.bottom() + 1 + quiet, width(),
                            QFontMetrics(painter.font()).height());
        // Host names are Latin whatever the language: always left to right.
        painter.setLayoutDirection(Qt::LeftToRight);
        painter.drawText(caption, Qt::AlignHCenter | Qt::AlignTop, m_host);
    }
}
