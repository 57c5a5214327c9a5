#include "exportdialog.h"

#include "content/contentloader.h"
#include "export/exporter.h"
#include "export/exportplan.h"
#include "models/catalog.h"
#include "views/language.h"
#include "views/theme.h"

#include <QApplication>
#include <QComboBox>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestExportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void defaults();
    void currentViewCarriesItem();
    void presets_data();
    void presets();
    void customSize();
    void qualityOnlyForJpeg_data();
    void qualityOnlyForJpeg();
    void qualityFollowsTheFormatFromTheKeyboard();
    void languagesInTheirOwnNames();
    void noLanguageNoExport();
    void badPatternExplained();
    void preview();
    void settingsRemembered();

private:
    std::unique_ptr<ExportDialog> dialog(ExportDialog::Scope scope = ExportDialog::Scope::AllViews);
    // An event of the content, whichever it holds first.
    QString event() const { return m_catalog->content().timeline.items.front().id; }

    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<Language> m_language;
    std::unique_ptr<Exporter> m_exporter;
    QTemporaryDir m_folder;
};

void TestExportDialog::initTestCase()
{
    Appearance::loadFonts();
    m_catalog = std::make_unique<Catalog>();
    m_catalog->setContent(ContentLoader::load().content);
    m_language = std::make_unique<Language>(m_catalog.get());
    QVERIFY(m_language->setLanguage(u"en"_s));
    Appearance::instance()->apply(qApp);
    m_exporter = std::make_unique<Exporter>(m_catalog.get());
}

std::unique_ptr<ExportDialog> TestExportDialog::dialog(ExportDialog::Scope scope)
{
    auto dialog = std::make_unique<ExportDialog>(scope, u"timeline"_s, event(), QSize(1200, 700),
                                                 m_exporter.get());
    dialog->setFolder(m_folder.path());
    return dialog;
}

void TestExportDialog::defaults()
{
    const auto dialog = this->dialog();
    const ExportRequest request = dialog->request();
    QCOMPARE(dialog->sizePreset(), ExportDialog::SizePreset::Window);
    QCOMPARE(request.size, QSize(1200, 700));
    QCOMPARE(request.views.size(), 4);
    QVERIFY2(request.item.isEmpty(), "all views: nobody's selection");
    QCOMPARE(request.scale, 1.0);
    QCOMPARE(request.format, ExportRequest::Format::Png);
    QCOMPARE(request.languages, QStringList{u"en"_s});
    QCOMPARE(request.theme, Appearance::instance()->theme().id);
    QCOMPARE(request.namePattern, ExportPlan::defaultPattern());
    QCOMPARE(request.outputDirectory, m_folder.path());
    QVERIFY2(!request.qrCodes, "QR codes only when asked for");
    QVERIFY(dialog->problem().isEmpty());
    QVERIFY(dialog->exportButton()->isEnabled());
    QCOMPARE(dialog->exampleText(), u"Files: 4, such as hardware_en_1200x700@1x.png"_s);
}

void TestExportDialog::currentViewCarriesItem()
{
    const auto dialog = this->dialog(ExportDialog::Scope::CurrentView);
    const ExportRequest request = dialog->request();
    QCOMPARE(request.views, QStringList{u"timeline"_s});
    QCOMPARE(request.item, event());
    QVERIFY(dialog->exampleText().startsWith(u"Files: 1, such as timeline_en_"_s));
}

void TestExportDialog::presets_data()
{
    QTest::addColumn<int>("preset");
    QTest::addColumn<QSize>("size");
    QTest::newRow("window") << int(ExportDialog::SizePreset::Window) << QSize(1200, 700);
    QTest::newRow("full hd") << int(ExportDialog::SizePreset::FullHd) << QSize(1920, 1080);
    QTest::newRow("4k") << int(ExportDialog::SizePreset::UltraHd) << QSize(3840, 2160);
    QTest::newRow("square") << int(ExportDialog::SizePreset::Square) << QSize(1080, 1080);
    QTest::newRow("portrait") << int(ExportDialog::SizePreset::Portrait) << QSize(1080, 1920);
}

void TestExportDialog::presets()
{
    QFETCH(int, preset);
    QFETCH(QSize, size);
    const auto dialog = this->dialog();
    dialog->setSizePreset(ExportDialog::SizePreset::Custom);
    dialog->setSizePreset(ExportDialog::SizePreset(preset));
    QCOMPARE(dialog->request().size, size);
    QVERIFY(!dialog->isCustomSizeEnabled());
}

void TestExportDialog::customSize()
{
    const auto dialog = this->dialog();
    dialog->setSizePreset(ExportDialog::SizePreset::Custom);
    QVERIFY(dialog->isCustomSizeEnabled());
    dialog->findChild<QSpinBox *>(u"width"_s)->setValue(2400);
    dialog->findChild<QSpinBox *>(u"height"_s)->setValue(1260);
    QCOMPARE(dialog->request().size, QSize(2400, 1260));
    dialog->setScale(2);
    QCOMPARE(dialog->request().scale, 2.0);
    QVERIFY(dialog->exampleText().contains(u"hardware_en_2400x1260@2x.png"_s));
}

void TestExportDialog::qualityOnlyForJpeg_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<bool>("quality");
    QTest::addColumn<bool>("scale");
    QTest::newRow("png") << int(ExportRequest::Format::Png) << false << true;
    QTest::newRow("jpg") << int(ExportRequest::Format::Jpeg) << true << true;
    QTest::newRow("pdf") << int(ExportRequest::Format::Pdf) << false << false;
    QTest::newRow("svg") << int(ExportRequest::Format::Svg) << false << false;
}

void TestExportDialog::qualityOnlyForJpeg()
{
    QFETCH(int, format);
    QFETCH(bool, quality);
    QFETCH(bool, scale);
    const auto dialog = this->dialog();
    dialog->setFormat(ExportRequest::Format(format));
    QCOMPARE(dialog->request().format, ExportRequest::Format(format));
    QCOMPARE(dialog->isQualityEnabled(), quality);
    QCOMPARE(dialog->findChild<QComboBox *>(u"scale"_s)->isEnabled(), scale);
    dialog->setQuality(55);
    QCOMPARE(dialog->request().quality, 55);
}

// As a user meets it: the format chosen with the keyboard and the mouse,
// the quality field reachable and editable only for JPEG, and drawn disabled.
void TestExportDialog::qualityFollowsTheFormatFromTheKeyboard()
{
    const auto dialog = this->dialog();
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    dialog->activateWindow();
    auto *format = dialog->findChild<QComboBox *>(u"format"_s);
    auto *quality = dialog->findChild<QSpinBox *>(u"quality"_s);
    QVERIFY(format);
    QVERIFY(quality);
    const auto formatAt = [&] { return ExportRequest::Format(format->currentData().toInt()); };
    format->setFocus(Qt::TabFocusReason);
    QTest::keyClick(format, Qt::Key_Home);
    QCOMPARE(formatAt(), ExportRequest::Format::Png);
    QVERIFY(!quality->isEnabled());
    // Tab skips the disabled field; a click or a wheel turn does not change it.
    QTest::keyClick(format, Qt::Key_Tab);
    QVERIFY(QApplication::focusWidget() != quality);
    const int before = quality->value();
    QTest::mouseClick(quality, Qt::LeftButton, {}, quality->rect().center());
    QTest::keyClick(quality, Qt::Key_Up);
    QCOMPARE(quality->value(), before);
    QVERIFY(!quality->hasFocus());
    // The disabled field looks disabled: its text and its fill differ.
    const QPalette palette = quality->palette();
    QVERIFY(palette.color(QPalette::Disabled, QPalette::Text) !=
            palette.color(QPalette::Active, QPalette::Text));
    QVERIFY(palette.color(QPalette::Disabled, QPalette::Base) !=
            palette.color(QPalette::Active, QPalette::Base));

    format->setFocus(Qt::TabFocusReason);
    QTest::keyClick(format, Qt::Key_Down);
    QCOMPARE(formatAt(), ExportRequest::Format::Jpeg);
    QVERIFY(quality->isEnabled());
    QTest::keyClick(format, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), quality);
    quality->selectAll();
    QTest::keyClicks(quality, u"72"_s);
    QCOMPARE(dialog->request().quality, 72);

    for (const ExportRequest::Format expected :
         {ExportRequest::Format::Pdf, ExportRequest::Format::Svg}) {
        format->setFocus(Qt::TabFocusReason);
        QTest::keyClick(format, Qt::Key_Down);
        QCOMPARE(formatAt(), expected);
        QVERIFY(!quality->isEnabled());
    }
    QTest::keyClick(format, Qt::Key_Home);
    QCOMPARE(formatAt(), ExportRequest::Format::Png);
    QVERIFY(!quality->isEnabled());
}

void TestExportDialog::languagesInTheirOwnNames()
{
    const auto dialog = this->dialog();
    const QStringList names = dialog->languageNames();
    QCOMPARE(names.size(), Language::available().size());
    QVERIFY(names.contains(Language::nativeName(u"en"_s)));
    QVERIFY(names.contains(u"Deutsch"_s));
    QVERIFY(names.contains(u"日本語"_s));
    QVERIFY(names.contains(u"العربية"_s));
    dialog->setLanguages({u"ja"_s, u"de"_s});
    // In the list's order, whatever order they were ticked in.
    QCOMPARE(dialog->request().languages, (QStringList{u"de"_s, u"ja"_s}));
    QVERIFY(dialog->exampleText().startsWith(u"Files: 8,"_s));
}

void TestExportDialog::noLanguageNoExport()
{
    const auto dialog = this->dialog();
    auto *list = dialog->findChild<QListWidget *>(u"languages"_s);
    QVERIFY(list);
    for (int i = 0; i < list->count(); ++i)
        list->item(i)->setCheckState(Qt::Unchecked);
    QVERIFY(!dialog->exportButton()->isEnabled());
    QVERIFY(dialog->problem().contains(u"language"_s));
    list->item(0)->setCheckState(Qt::Checked);
    QVERIFY(dialog->exportButton()->isEnabled());
}

void TestExportDialog::badPatternExplained()
{
    const auto dialog = this->dialog();
    dialog->setNamePattern(u"{view}-{date}.{ext}"_s);
    QVERIFY(!dialog->exportButton()->isEnabled());
    QVERIFY2(dialog->problem().startsWith(u"The file-name pattern has an unknown placeholder"_s),
             qPrintable(dialog->problem()));
    dialog->setNamePattern(u"{view}.{ext}"_s);
    QVERIFY(dialog->exportButton()->isEnabled());
    QVERIFY(dialog->problem().isEmpty());
    QVERIFY(dialog->exampleText().contains(u"hardware.png"_s));
}

void TestExportDialog::preview()
{
    const auto dialog = this->dialog(ExportDialog::Scope::CurrentView);
    QSignalSpy changed(dialog.get(), &ExportDialog::previewChanged);
    dialog->updatePreviewNow();
    QCOMPARE(changed.size(), 1);
    const QImage landscape = dialog->previewImage();
    QVERIFY(!landscape.isNull());
    QVERIFY(landscape.deviceIndependentSize().width() > landscape.deviceIndependentSize().height());

    dialog->setSizePreset(ExportDialog::SizePreset::Portrait);
    dialog->setTheme(Theme::Id::Light);
    dialog->setLanguages({u"de"_s});
    // Changes are grouped: one redraw after a short pause.
    QVERIFY(changed.wait(2000));
    QCOMPARE(changed.size(), 2);
    const QImage portrait = dialog->previewImage();
    QVERIFY(portrait.deviceIndependentSize().height() > portrait.deviceIndependentSize().width());
    // The app itself stays as it was.
    QCOMPARE(m_language->current(), u"en"_s);

    // Nothing that changes the picture: no redraw.
    dialog->setFormat(ExportRequest::Format::Jpeg);
    dialog->updatePreviewNow();
    QCOMPARE(changed.size(), 2);
    // QR codes change it: the selected event's card carries one.
    dialog->setQrCodes(true);
    dialog->updatePreviewNow();
    QCOMPARE(changed.size(), 3);
}

void TestExportDialog::settingsRemembered()
{
    QTemporaryDir directory;
    QSettings settings(directory.filePath(u"settings.ini"_s), QSettings::IniFormat);
    {
        const auto dialog = this->dialog();
        dialog->setSizePreset(ExportDialog::SizePreset::Custom);
        dialog->setCustomSize(QSize(1500, 500));
        dialog->setScale(2);
        dialog->setFormat(ExportRequest::Format::Jpeg);
        dialog->setQuality(70);
        dialog->setLanguages({u"fr"_s, u"zh_CN"_s});
        dialog->setTheme(Theme::Id::HighContrast);
        dialog->setFolder(directory.path());
        dialog->setNamePattern(u"{theme}_{view}_{lang}.{ext}"_s);
        dialog->setQrCodes(true);
        QVERIFY(dialog->request().qrCodes);
        dialog->saveSettings(&settings);
    }
    auto restored = std::make_unique<ExportDialog>(ExportDialog::Scope::AllViews, u"timeline"_s,
                                                   QString(), QSize(800, 600), m_exporter.get());
    restored->restoreSettings(settings);
    const ExportRequest request = restored->request();
    QCOMPARE(restored->sizePreset(), ExportDialog::SizePreset::Custom);
    QCOMPARE(request.size, QSize(1500, 500));
    QCOMPARE(request.scale, 2.0);
    QCOMPARE(request.format, ExportRequest::Format::Jpeg);
    QCOMPARE(request.quality, 70);
    QCOMPARE(request.languages, (QStringList{u"fr"_s, u"zh_CN"_s}));
    QCOMPARE(request.theme, Theme::Id::HighContrast);
    QCOMPARE(request.outputDirectory, directory.path());
    QCOMPARE(request.namePattern, u"{theme}_{view}_{lang}.{ext}"_s);
    QVERIFY(request.qrCodes);

    // Values from elsewhere that make no sense are ignored.
    settings.setValue(u"export/languages"_s, QStringList{u"xx"_s});
    settings.setValue(u"export/format"_s, u"gif"_s);
    settings.setValue(u"export/size"_s, u"enormous"_s);
    auto fallback = std::make_unique<ExportDialog>(ExportDialog::Scope::AllViews, u"timeline"_s,
                                                   QString(), QSize(800, 600), m_exporter.get());
    fallback->restoreSettings(settings);
    QCOMPARE(fallback->request().languages, QStringList{u"en"_s});
    QCOMPARE(fallback->request().format, ExportRequest::Format::Png);
    QCOMPARE(fallback->sizePreset(), ExportDialog::SizePreset::Window);
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
