#include "exportdialog.h"

#include "export/exporter.h"
#include "export/exportplan.h"
#include "views/language.h"
#include "views/viewregistry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// The preview's box, in logical pixels: room for a landscape or a portrait
// picture beside the form.
constexpr QSize PreviewBound(360, 300);

const QString SettingsGroup = u"export"_s;

const QList<ExportRequest::Format> &allFormats()
{
    static const QList<ExportRequest::Format> formats = {
            ExportRequest::Format::Png, ExportRequest::Format::Jpeg, ExportRequest::Format::Pdf,
            ExportRequest::Format::Svg};
    return formats;
}

QString sentenceCase(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace

ExportDialog::ExportDialog(Scope scope, const QString &currentView, const QString &currentItem,
                           QSize windowSize, Exporter *exporter, QWidget *parent)
    : QDialog(parent)
    , m_scope(scope)
    , m_currentView(currentView)
    , m_currentItem(currentItem)
    , m_windowSize(windowSize.isValid() ? windowSize : presetSize(SizePreset::FullHd))
    , m_exporter(exporter)
{
    buildControls();
    retranslate();
    setCustomSize(m_windowSize);
    setSizePreset(SizePreset::Window);
    setTheme(Appearance::instance()->theme().id);
    setLanguages({QStringLiteral("en")});
    setFolder(QStandardPaths::writableLocation(QStandardPaths::PicturesLocation));
    setNamePattern(ExportPlan::defaultPattern());
    updateState();
}

void ExportDialog::buildControls()
{
    setObjectName(u"exportDialog"_s);
    setSizeGripEnabled(true);

    m_viewsLabel = new QLabel(this);
    m_viewsLabel->setObjectName(u"views"_s);

    m_sizeCombo = new QComboBox(this);
    m_sizeCombo->setObjectName(u"sizePreset"_s);
    for (const ExportPresets::Preset &preset : ExportPresets::all())
        m_sizeCombo->addItem(QString(), int(preset.id));
    m_widthSpin = new QSpinBox(this);
    m_widthSpin->setObjectName(u"width"_s);
    m_heightSpin = new QSpinBox(this);
    m_heightSpin->setObjectName(u"height"_s);
    for (QSpinBox *spin : {m_widthSpin, m_heightSpin}) {
        spin->setRange(1, ExportRequest::MaxSide);
        spin->setAccelerated(true);
    }
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_sizeCombo, 1);
    sizeRow->addWidget(m_widthSpin);
    auto *times = new QLabel(u"×"_s, this);
    times->setAccessibleName(QString());
    sizeRow->addWidget(times);
    sizeRow->addWidget(m_heightSpin);

    m_scaleCombo = new QComboBox(this);
    m_scaleCombo->setObjectName(u"scale"_s);
    m_scaleCombo->addItem(QString(), 1.0);
    m_scaleCombo->addItem(QString(), 2.0);

    m_formatCombo = new QComboBox(this);
    m_formatCombo->setObjectName(u"format"_s);
    // Only what this build can write: PNG and JPEG need Qt's image plugins.
    const QStringList writable = ExportRequest::formatNames();
    for (ExportRequest::Format format : allFormats()) {
        if (writable.contains(ExportRequest::formatName(format)))
            m_formatCombo->addItem(QString(), int(format));
    }
    m_qualitySpin = new QSpinBox(this);
    m_qualitySpin->setObjectName(u"quality"_s);
    m_qualitySpin->setRange(0, 100);
    m_qualitySpin->setValue(ExportRequest::DefaultQuality);

    m_themeCombo = new QComboBox(this);
    m_themeCombo->setObjectName(u"theme"_s);
    for (Theme::Id id : {Theme::Id::Dark, Theme::Id::Light, Theme::Id::HighContrast})
        m_themeCombo->addItem(QString(), int(id));

    m_qrCheck = new QCheckBox(this);
    m_qrCheck->setObjectName(u"qrCodes"_s);

    m_languageList = new QListWidget(this);
    m_languageList->setObjectName(u"languages"_s);
    for (const QString &code : Language::available()) {
        // Each language in its own name, as in the Language menu.
        auto *item = new QListWidgetItem(Language::nativeName(code), m_languageList);
        item->setData(Qt::UserRole, code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    // Tall enough for every shipped language without scrolling, up to eight.
    const int rows = std::min(int(m_languageList->count()), 8);
    const int row = m_languageList->sizeHintForRow(0);
    m_languageList->setFixedHeight(row * rows + row / 2 + 2 * m_languageList->frameWidth());

    m_folderEdit = new QLineEdit(this);
    m_folderEdit->setObjectName(u"folder"_s);
    m_folderEdit->setClearButtonEnabled(true);
    m_folderButton = new QPushButton(this);
    m_folderButton->setObjectName(u"chooseFolder"_s);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folderEdit, 1);
    folderRow->addWidget(m_folderButton);

    m_patternEdit = new QLineEdit(this);
    m_patternEdit->setObjectName(u"namePattern"_s);
    // File names in a fixed-width face: the app's typeface would draw the x of
    // "1920x1080" as a multiplication sign, which is not what the file is called.
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_patternEdit->setFont(fixed);
    m_patternHelp = new QLabel(this);
    m_patternHelp->setWordWrap(true);
    m_patternHelp->setForegroundRole(QPalette::PlaceholderText);
    m_exampleLabel = new QLabel(this);
    m_exampleLabel->setObjectName(u"example"_s);
    m_exampleLabel->setWordWrap(true);
    m_exampleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_exampleLabel->setFont(fixed);
    auto *patternColumn = new QVBoxLayout;
    patternColumn->addWidget(m_patternEdit);
    patternColumn->addWidget(m_patternHelp);
    patternColumn->addWidget(m_exampleLabel);

    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(u"problem"_s);
    m_problemLabel->setWordWrap(true);
    QPalette problemPalette = m_problemLabel->palette();
    problemPalette.setColor(QPalette::WindowText, Appearance::instance()->theme().critical);
    m_problemLabel->setPalette(problemPalette);

    auto caption = [this](QWidget *buddy) {
        auto *label = new QLabel(this);
        label->setBuddy(buddy);
        return label;
    };
    m_viewsCaption = caption(nullptr);
    m_sizeCaption = caption(m_sizeCombo);
    m_scaleCaption = caption(m_scaleCombo);
    m_formatCaption = caption(m_formatCombo);
    m_qualityCaption = caption(m_qualitySpin);
    m_themeCaption = caption(m_themeCombo);
    m_languageCaption = caption(m_languageList);
    m_folderCaption = caption(m_folderEdit);
    m_patternCaption = caption(m_patternEdit);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(m_viewsCaption, m_viewsLabel);
    form->addRow(m_sizeCaption, sizeRow);
    form->addRow(m_scaleCaption, m_scaleCombo);
    form->addRow(m_formatCaption, m_formatCombo);
    form->addRow(m_qualityCaption, m_qualitySpin);
    form->addRow(m_themeCaption, m_themeCombo);
    form->addRow(QString(), m_qrCheck);
    form->addRow(m_languageCaption, m_languageList);
    form->addRow(m_folderCaption, folderRow);
    form->addRow(m_patternCaption, patternColumn);

    m_previewCaption = new QLabel(this);
    m_preview = new QLabel(this);
    m_preview->setObjectName(u"preview"_s);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setFixedSize(PreviewBound);
    m_preview->setFrameShape(QFrame::StyledPanel);
    auto *previewColumn = new QVBoxLayout;
    previewColumn->addWidget(m_previewCaption);
    previewColumn->addWidget(m_preview);
    previewColumn->addStretch(1);

    auto *columns = new QHBoxLayout;
    columns->addLayout(form, 1);
    columns->addSpacing(12);
    columns->addLayout(previewColumn);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_exportButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(u"export"_s);
    m_exportButton->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_buttons);

    // Changes to what the picture looks like redraw the preview after a short
    // pause, so that typing a size or ticking several languages draws once.
    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(150);
    connect(m_previewTimer, &QTimer::timeout, this, &ExportDialog::updatePreview);

    connect(m_sizeCombo, &QComboBox::currentIndexChanged, this, [this] {
        const SizePreset preset = sizePreset();
        if (preset != SizePreset::Custom) {
            const QSize size = preset == SizePreset::Window ? m_windowSize : presetSize(preset);
            const QSignalBlocker blockWidth(m_widthSpin);
            const QSignalBlocker blockHeight(m_heightSpin);
            m_widthSpin->setValue(size.width());
            m_heightSpin->setValue(size.height());
        }
        updateState();
    });
    for (QSpinBox *spin : {m_widthSpin, m_heightSpin, m_qualitySpin})
        connect(spin, &QSpinBox::valueChanged, this, &ExportDialog::updateState);
    for (QComboBox *combo : {m_scaleCombo, m_formatCombo, m_themeCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &ExportDialog::updateState);
    connect(m_languageList, &QListWidget::itemChanged, this, &ExportDialog::updateState);
    connect(m_qrCheck, &QCheckBox::toggled, this, &ExportDialog::updateState);
    connect(m_folderEdit, &QLineEdit::textChanged, this, &ExportDialog::updateState);
    connect(m_patternEdit, &QLineEdit::textChanged, this, &ExportDialog::updateState);
    connect(m_folderButton, &QPushButton::clicked, this, &ExportDialog::chooseFolder);
}

void ExportDialog::retranslate()
{
    setWindowTitle(m_scope == Scope::CurrentView ? tr("Export Current View")
                                                 : tr("Export All Views"));
    m_viewsCaption->setText(tr("Views:"));
    if (m_scope == Scope::CurrentView) {
        m_viewsLabel->setText(ViewRegistry::title(m_currentView));
    } else {
        QStringList titles;
        for (const QString &name : ViewRegistry::names())
            titles << ViewRegistry::title(name);
        //: The list of views, separated by commas
        m_viewsLabel->setText(titles.join(tr(", ")));
    }
    m_sizeCaption->setText(tr("&Size:"));
    for (int i = 0; i < m_sizeCombo->count(); ++i) {
        const auto preset = SizePreset(m_sizeCombo->itemData(i).toInt());
        m_sizeCombo->setItemText(i, ExportPresets::label(preset, m_windowSize));
    }
    m_widthSpin->setAccessibleName(tr("Width"));
    m_widthSpin->setSuffix(tr(" px"));
    m_heightSpin->setAccessibleName(tr("Height"));
    m_heightSpin->setSuffix(tr(" px"));
    m_widthSpin->setToolTip(tr("Width in logical pixels"));
    m_heightSpin->setToolTip(tr("Height in logical pixels"));

    m_scaleCaption->setText(tr("S&cale:"));
    //: Scale 1x: one image pixel per logical pixel
    m_scaleCombo->setItemText(0, tr("1× (standard)"));
    //: Scale 2x: two image pixels per logical pixel, for sharp text on high-density screens
    m_scaleCombo->setItemText(1, tr("2× (high density)"));
    m_scaleCombo->setToolTip(tr("Pixels per logical pixel in PNG and JPEG files. PDF and SVG "
                                "are vector drawings and sharp at any size."));

    m_formatCaption->setText(tr("&Format:"));
    for (int i = 0; i < m_formatCombo->count(); ++i) {
        switch (ExportRequest::Format(m_formatCombo->itemData(i).toInt())) {
        case ExportRequest::Format::Png:
            m_formatCombo->setItemText(i, tr("PNG image"));
            break;
        case ExportRequest::Format::Jpeg:
            m_formatCombo->setItemText(i, tr("JPEG image"));
            break;
        case ExportRequest::Format::Pdf:
            m_formatCombo->setItemText(i, tr("PDF document (vector)"));
            break;
        case ExportRequest::Format::Svg:
            m_formatCombo->setItemText(i, tr("SVG drawing (vector)"));
            break;
        }
    }
    //: JPEG compression quality, 0 (smallest file) to 100 (best picture)
    m_qualityCaption->setText(tr("&Quality:"));
    m_qualitySpin->setToolTip(tr("JPEG quality: 0 gives the smallest file, 100 the best "
                                 "picture."));

    m_themeCaption->setText(tr("&Theme:"));
    m_themeCombo->setItemText(0, tr("Dark"));
    m_themeCombo->setItemText(1, tr("Light"));
    m_themeCombo->setItemText(2, tr("High contrast"));

    //: Check box in the export dialog; the codes are those kiosk screens show
    m_qrCheck->setText(tr("Add &QR codes of the sources"));
    m_qrCheck->setAccessibleDescription(
            tr("Detail cards and the featured quote show a QR code of their first source's "
               "web address, as on kiosk screens."));
    m_languageCaption->setText(tr("&Languages:"));
    m_languageList->setAccessibleName(tr("Languages"));
    m_languageList->setAccessibleDescription(tr("Each checked language gives one file per view."));

    m_folderCaption->setText(tr("F&older:"));
    m_folderEdit->setAccessibleName(tr("Folder"));
    m_folderButton->setText(tr("C&hoose…"));
    m_folderButton->setAccessibleDescription(tr("Choose the folder the files are saved in"));

    m_patternCaption->setText(tr("File &names:"));
    m_patternEdit->setAccessibleName(tr("File-name pattern"));
    //: Explains the placeholders of a file-name pattern; keep the words in braces unchanged
    m_patternHelp->setText(tr("{view} view name, {lang} language code, {w} and {h} width and "
                              "height, {scale} scale, {theme} theme, {ext} file extension."));
    m_patternEdit->setAccessibleDescription(m_patternHelp->text());

    m_previewCaption->setText(tr("Preview"));
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setAccessibleDescription(
            tr("The current view as it will be exported, in the first language checked"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    updateState();
}

void ExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_buttons)
        retranslate();
    QDialog::changeEvent(event);
}

QSize ExportDialog::presetSize(SizePreset preset)
{
    return ExportPresets::preset(preset).size;
}

ExportDialog::SizePreset ExportDialog::sizePreset() const
{
    return SizePreset(m_sizeCombo->currentData().toInt());
}

void ExportDialog::setSizePreset(SizePreset preset)
{
    m_sizeCombo->setCurrentIndex(m_sizeCombo->findData(int(preset)));
}

void ExportDialog::setCustomSize(QSize size)
{
    m_widthSpin->setValue(size.width());
    m_heightSpin->setValue(size.height());
}

void ExportDialog::setScale(double scale)
{
    const int index = m_scaleCombo->findData(scale);
    if (index >= 0)
        m_scaleCombo->setCurrentIndex(index);
}

void ExportDialog::setFormat(ExportRequest::Format format)
{
    const int index = m_formatCombo->findData(int(format));
    if (index >= 0)
        m_formatCombo->setCurrentIndex(index);
}

void ExportDialog::setQuality(int quality)
{
    m_qualitySpin->setValue(quality);
}

void ExportDialog::setLanguages(const QStringList &codes)
{
    const QSignalBlocker blocker(m_languageList);
    for (int i = 0; i < m_languageList->count(); ++i) {
        QListWidgetItem *item = m_languageList->item(i);
        item->setCheckState(codes.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                : Qt::Unchecked);
    }
    updateState();
}

void ExportDialog::setTheme(Theme::Id theme)
{
    m_themeCombo->setCurrentIndex(m_themeCombo->findData(int(theme)));
}

void ExportDialog::setQrCodes(bool on)
{
    m_qrCheck->setChecked(on);
}

void ExportDialog::setFolder(const QString &folder)
{
    m_folderEdit->setText(QDir::toNativeSeparators(folder));
}

void ExportDialog::setNamePattern(const QString &pattern)
{
    m_patternEdit->setText(pattern);
}

ExportRequest ExportDialog::request() const
{
    ExportRequest request;
    request.views =
            m_scope == Scope::CurrentView ? QStringList{m_currentView} : ViewRegistry::names();
    if (m_scope == Scope::CurrentView)
        request.item = m_currentItem;
    request.size = QSize(m_widthSpin->value(), m_heightSpin->value());
    request.scale = m_scaleCombo->currentData().toDouble();
    request.format = ExportRequest::Format(m_formatCombo->currentData().toInt());
    request.quality = m_qualitySpin->value();
    request.languages.clear();
    for (int i = 0; i < m_languageList->count(); ++i) {
        const QListWidgetItem *item = m_languageList->item(i);
        if (item->checkState() == Qt::Checked)
            request.languages << item->data(Qt::UserRole).toString();
    }
    request.theme = Theme::Id(m_themeCombo->currentData().toInt());
    request.qrCodes = m_qrCheck->isChecked();
    request.outputDirectory = QDir::fromNativeSeparators(m_folderEdit->text().trimmed());
    request.namePattern = m_patternEdit->text();
    request.overwrite = m_overwrite;
    return request;
}

bool ExportDialog::isQualityEnabled() const
{
    return m_qualitySpin->isEnabled();
}

bool ExportDialog::isCustomSizeEnabled() const
{
    return m_widthSpin->isEnabled();
}

QString ExportDialog::exampleText() const
{
    return m_exampleLabel->text();
}

QStringList ExportDialog::languageNames() const
{
    QStringList names;
    for (int i = 0; i < m_languageList->count(); ++i)
        names << m_languageList->item(i)->text();
    return names;
}

QPushButton *ExportDialog::exportButton() const
{
    return m_exportButton;
}

void ExportDialog::updateState()
{
    if (!m_exportButton)
        return;
    const bool custom = sizePreset() == SizePreset::Custom;
    m_widthSpin->setEnabled(custom);
    m_heightSpin->setEnabled(custom);
    const auto format = ExportRequest::Format(m_formatCombo->currentData().toInt());
    m_qualitySpin->setEnabled(format == ExportRequest::Format::Jpeg);
    m_scaleCombo->setEnabled(ExportRequest::isRaster(format));

    const ExportRequest request = this->request();
    QString problem;
    std::optional<ExportPlan> plan;
    if (request.languages.isEmpty())
        problem = tr("Check at least one language.");
    else if (request.outputDirectory.isEmpty())
        problem = tr("Choose a folder for the files.");
    else
        plan = ExportPlan::create(request, &problem);
    m_problem = sentenceCase(problem);
    m_problemLabel->setText(m_problem);
    m_problemLabel->setVisible(!m_problem.isEmpty());

    if (plan) {
        //: %1 is the name of the first file; %n the number of files
        m_exampleLabel->setText(tr("Files: %n, such as %1", nullptr, plan->count())
                                        .arg(plan->targets().constFirst().fileName));
    } else {
        m_exampleLabel->clear();
    }
    //: The dialog's main button
    m_exportButton->setText(tr("&Export"));
    m_exportButton->setEnabled(plan.has_value());
    m_previewTimer->start();
}

void ExportDialog::updatePreview()
{
    if (!m_exporter || m_currentView.isEmpty())
        return;
    ExportRequest request = this->request();
    if (request.size.isEmpty())
        return;
    if (request.languages.isEmpty())
        request.languages = {QStringLiteral("en")};
    request.item = m_currentItem;
    // Only what changes the picture: scale, format and names do not.
    const QString key = u"%1|%2x%3|%4|%5|%6|%7"_s.arg(m_currentView)
                                .arg(request.size.width())
                                .arg(request.size.height())
                                .arg(Theme::idName(request.theme), request.languages.constFirst(),
                                     request.item, request.qrCodes ? u"qr"_s : u"text"_s);
    if (key == m_previewKey)
        return;
    m_previewKey = key;
    m_previewImage = m_exporter->preview(m_currentView, request, PreviewBound - QSize(8, 8),
                                         devicePixelRatioF());
    m_preview->setPixmap(QPixmap::fromImage(m_previewImage));
    Q_EMIT previewChanged();
}

void ExportDialog::updatePreviewNow()
{
    m_previewTimer->stop();
    updatePreview();
}

void ExportDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
            this, tr("Export To"), QDir::fromNativeSeparators(m_folderEdit->text()));
    if (!folder.isEmpty())
        setFolder(folder);
}

void ExportDialog::accept()
{
    m_overwrite = false;
    QString error;
    const std::optional<ExportPlan> plan = ExportPlan::create(request(), &error);
    if (!plan) {
        updateState();
        return;
    }
    if (m_exporter) {
        const Exporter::Result check = m_exporter->check(*plan);
        if (check.status == Exporter::Status::FilesExist) {
            QMessageBox question(
                    QMessageBox::Question, windowTitle(),
                    //: %n is the number of files that exist already
                    tr("Files that exist already: %n.", nullptr, int(check.existing.size())),
                    QMessageBox::Cancel, this);
            //: %1 is the folder
            question.setInformativeText(
                    tr("Replace them with the new pictures in %1?")
                            .arg(QDir::toNativeSeparators(plan->request().outputDirectory)));
            question.setDetailedText(check.existing.join(u'\n'));
            QPushButton *replace = question.addButton(tr("&Replace"), QMessageBox::AcceptRole);
            question.setDefaultButton(QMessageBox::Cancel);
            question.exec();
            if (question.clickedButton() != replace)
                return;
            m_overwrite = true;
        } else if (!check.isDone()) {
            QMessageBox::warning(this, windowTitle(), sentenceCase(check.error));
            return;
        }
    }
    QDialog::accept();
}

void ExportDialog::restoreSettings(const QSettings &settings)
{
    const QString prefix = SettingsGroup + u'/';
    const QString preset = settings.value(prefix + u"size"_s).toString();
    const QSize custom(settings.value(prefix + u"width"_s, m_windowSize.width()).toInt(),
                       settings.value(prefix + u"height"_s, m_windowSize.height()).toInt());
    if (const ExportPresets::Preset *candidate = ExportPresets::fromKey(preset)) {
        if (candidate->id == SizePreset::Custom && custom.isValid())
            setCustomSize(custom.boundedTo({ExportRequest::MaxSide, ExportRequest::MaxSide}));
        setSizePreset(candidate->id);
    }
    setScale(settings.value(prefix + u"scale"_s, 1.0).toDouble());
    if (const auto format = ExportRequest::parseFormat(
                settings.value(prefix + u"format"_s, u"png"_s).toString()))
        setFormat(*format);
    setQuality(settings.value(prefix + u"quality"_s, ExportRequest::DefaultQuality).toInt());
    if (const auto theme =
                ExportRequest::parseTheme(settings.value(prefix + u"theme"_s).toString()))
        setTheme(*theme);
    setQrCodes(settings.value(prefix + u"qrCodes"_s, false).toBool());
    QStringList languages = settings.value(prefix + u"languages"_s).toStringList();
    languages.removeIf([](const QString &code) { return !Language::isAvailable(code); });
    if (!languages.isEmpty())
        setLanguages(languages);
    const QString folder = settings.value(prefix + u"folder"_s).toString();
    if (!folder.isEmpty())
        setFolder(folder);
    const QString pattern = settings.value(prefix + u"namePattern"_s).toString();
    if (!pattern.isEmpty())
        setNamePattern(pattern);
    updateState();
}

void ExportDialog::saveSettings(QSettings *settings) const
{
    const ExportRequest request = this->request();
    const QString prefix = SettingsGroup + u'/';
    settings->setValue(prefix + u"size"_s,
                       QString::fromLatin1(ExportPresets::preset(sizePreset()).key));
    if (sizePreset() == SizePreset::Custom) {
        settings->setValue(prefix + u"width"_s, request.size.width());
        settings->setValue(prefix + u"height"_s, request.size.height());
    }
    settings->setValue(prefix + u"scale"_s, request.scale);
    settings->setValue(prefix + u"format"_s, ExportRequest::formatName(request.format));
    settings->setValue(prefix + u"quality"_s, request.quality);
    settings->setValue(prefix + u"theme"_s, Theme::idName(request.theme));
    settings->setValue(prefix + u"qrCodes"_s, request.qrCodes);
    settings->setValue(prefix + u"languages"_s, request.languages);
    settings->setValue(prefix + u"folder"_s, request.outputDirectory);
    settings->setValue(prefix + u"namePattern"_s, request.namePattern);
}
