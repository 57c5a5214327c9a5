#include "aboutdialog.h"

#include "models/catalog.h"
#include "models/sourcemodel.h"
#include "views/theme.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QListView>
#include <QUrl>
#include <QVBoxLayout>

AboutDialog::AboutDialog(Catalog *catalog, QWidget *parent)
    : QDialog(parent)
    , m_title(new QLabel(this))
    , m_body(new QLabel(this))
    , m_sourcesHeading(new QLabel(this))
    , m_sources(new QListView(this))
{
    m_title->setFont(Appearance::instance()->font(Typography::Role::Headline, 0.8));
    m_body->setWordWrap(true);
    m_sourcesHeading->setFont(Appearance::instance()->font(Typography::Role::Title, 0.7));
    m_sources->setModel(catalog->sources());
    m_sources->setWordWrap(true);
    m_sources->setUniformItemSizes(false);
    m_sources->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sourcesHeading->setBuddy(m_sources);
    connect(m_sources, &QListView::activated, this, [](const QModelIndex &index) {
        const QUrl url(index.data(int(SourceModel::Role::Url)).toString());
        if (url.isValid() && !url.isEmpty())
            QDesktopServices::openUrl(url);
    });
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
                       "listed below. Double-click a source to open its web page.")
                            .arg(QStringLiteral(SPARK_VERSION)));
    m_sourcesHeading->setText(tr("&Sources"));
    m_sources->setAccessibleName(tr("Sources"));
}
