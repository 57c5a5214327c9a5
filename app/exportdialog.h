#pragma once

#include "export/exportpresets.h"
#include "export/exportrequest.h"

#include <QDialog>
#include <QImage>

class Exporter;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSettings;
class QSpinBox;
class QTimer;

// File > Export: the choices of one export (size, scale, format, quality,
// languages, theme, folder, file names) with a live preview of the current
// view. It only gathers a request; the main window runs it with a progress
// dialog. The command line offers the same choices as options.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Scope { CurrentView, AllViews };
    using SizePreset = ExportPresets::Size;

    // \a currentView is previewed and, for Scope::CurrentView, exported with
    // \a currentItem selected; \a windowSize is what the "Current window"
    // preset means. \a exporter draws the preview and checks the folder.
    ExportDialog(Scope scope, const QString &currentView, const QString &currentItem,
                 QSize windowSize, Exporter *exporter, QWidget *parent = nullptr);

    Scope scope() const { return m_scope; }
    // The request the controls describe.
    ExportRequest request() const;
    // Why the request cannot be exported as it stands, or an empty string.
    QString problem() const { return m_problem; }

    SizePreset sizePreset() const;
    void setSizePreset(SizePreset preset);
    static QSize presetSize(SizePreset preset);
    void setCustomSize(QSize size);
    void setScale(double scale);
    void setFormat(ExportRequest::Format format);
    void setQuality(int quality);
    void setLanguages(const QStringList &codes);
    void setTheme(Theme::Id theme);
    // Whether the detail cards carry QR codes of their sources (--qr).
    void setQrCodes(bool on);
    void setFolder(const QString &folder);
    void setNamePattern(const QString &pattern);

    // The choices of the last export, so the dialog opens as it was left. The
    // command line never reads them: its exports depend on its options alone.
    void restoreSettings(const QSettings &settings);
    void saveSettings(QSettings *settings) const;

    QImage previewImage() const { return m_previewImage; }
    bool isQualityEnabled() const;
    bool isCustomSizeEnabled() const;
    QString exampleText() const;
    QStringList languageNames() const;
    QPushButton *exportButton() const;

    // Redraws the preview now rather than after the short pause that groups
    // quick changes.
    void updatePreviewNow();

Q_SIGNALS:
    void previewChanged();

public Q_SLOTS:
    // Checks the request, asks before replacing files, and closes on success.
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildControls();
    void retranslate();
    void updateState();
    void updatePreview();
    void chooseFolder();

    Scope m_scope;
    QString m_currentView;
    QString m_currentItem;
    QSize m_windowSize;
    Exporter *m_exporter;
    bool m_overwrite = false;
    QString m_problem;

    QLabel *m_viewsLabel = nullptr;
    QLabel *m_viewsCaption = nullptr;
    QLabel *m_sizeCaption = nullptr;
    QLabel *m_scaleCaption = nullptr;
    QLabel *m_formatCaption = nullptr;
    QLabel *m_qualityCaption = nullptr;
    QLabel *m_themeCaption = nullptr;
    QLabel *m_languageCaption = nullptr;
    QLabel *m_folderCaption = nullptr;
    QLabel *m_patternCaption = nullptr;
    QLabel *m_previewCaption = nullptr;
    QComboBox *m_sizeCombo = nullptr;
    QSpinBox *m_widthSpin = nullptr;
    QSpinBox *m_heightSpin = nullptr;
    QComboBox *m_scaleCombo = nullptr;
    QComboBox *m_formatCombo = nullptr;
    QSpinBox *m_qualitySpin = nullptr;
    QComboBox *m_themeCombo = nullptr;
    QCheckBox *m_qrCheck = nullptr;
    QListWidget *m_languageList = nullptr;
    QLineEdit *m_folderEdit = nullptr;
    QPushButton *m_folderButton = nullptr;
    QLineEdit *m_patternEdit = nullptr;
    QLabel *m_patternHelp = nullptr;
    QLabel *m_exampleLabel = nullptr;
    QLabel *m_problemLabel = nullptr;
    QLabel *m_preview = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_exportButton = nullptr;
    QTimer *m_previewTimer = nullptr;
    QImage m_previewImage;
    QString m_previewKey;
};
