#include "settingsresolver.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

using SettingSource = SettingsResolver::Source;
Q_DECLARE_METATYPE(SettingSource)

class TestSettingsResolver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void language_data();
    void language();
    void theme_data();
    void theme();
    void reducedMotion_data();
    void reducedMotion();
    void view_data();
    void view();
    void geometry();
    void kioskCommandLine();
    void kioskConfigFile();
    void savesWhatItReads();

private:
    // Remembered settings in a file of their own, never the user's.
    std::unique_ptr<QSettings> remembered(const QVariantMap &values);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSettingsResolver::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

std::unique_ptr<QSettings> TestSettingsResolver::remembered(const QVariantMap &values)
{
    auto settings =
            std::make_unique<QSettings>(m_dir->filePath(u"remembered.ini"_s), QSettings::IniFormat);
    settings->clear();
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        settings->setValue(it.key(), it.value());
    return settings;
}

// The rows give what the command line, the kiosk settings and the remembered
// settings hold (empty: nothing) and say which one wins.
void TestSettingsResolver::language_data()
{
    QTest::addColumn<bool>("kiosk");
    QTest::addColumn<QString>("commandLine");
    QTest::addColumn<QStringList>("kioskLanguages");
    QTest::addColumn<QString>("remembered");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<SettingSource>("source");
    QTest::newRow("command line over remembered") << false << u"de"_s << QStringList() << u"fr"_s
                                                  << u"de"_s << SettingSource::CommandLine;
    QTest::newRow("remembered over default") << false << QString() << QStringList() << u"fr"_s
                                             << u"fr"_s << SettingSource::Remembered;
    QTest::newRow("default") << false << QString() << QStringList() << QString() << u"es"_s
                             << SettingSource::Default;
    QTest::newRow("unknown remembered falls to default")
            << false << QString() << QStringList() << u"xx"_s << u"es"_s << SettingSource::Default;
    QTest::newRow("kiosk: command line over settings file")
            << true << u"ja"_s << QStringList{u"de"_s, u"fr"_s} << u"fr"_s << u"ja"_s
            << SettingSource::CommandLine;
    QTest::newRow("kiosk: settings file over remembered")
            << true << QString() << QStringList{u"ar"_s, u"fr"_s} << u"fr"_s << u"ar"_s
            << SettingSource::KioskConfig;
    QTest::newRow("kiosk: never remembered")
            << true << QString() << QStringList() << u"fr"_s << u"es"_s << SettingSource::Default;
}

void TestSettingsResolver::language()
{
    QFETCH(bool, kiosk);
    QFETCH(QString, commandLine);
    QFETCH(QStringList, kioskLanguages);
    QFETCH(QString, remembered);
    QFETCH(QString, expected);
    QFETCH(SettingSource, source);
    Options options;
    options.kiosk = kiosk;
    options.language = commandLine;
    KioskConfig config;
    config.languages = kioskLanguages;
    QVariantMap values;
    if (!remembered.isEmpty())
        values.insert(u"language"_s, remembered);
    const auto settings = this->remembered(values);
    const SettingsResolver::Effective effective =
            SettingsResolver::resolve(options, config, settings.get(), u"es"_s);
    QCOMPARE(effective.language.value, expected);
    QCOMPARE(effective.language.source, source);
}

void TestSettingsResolver::theme_data()
{
    QTest::addColumn<bool>("kiosk");
    QTest::addColumn<QString>("commandLine");
    QTest::addColumn<Theme::Id>("kioskTheme");
    QTest::addColumn<QString>("remembered");
    QTest::addColumn<Theme::Id>("expected");
    QTest::addColumn<SettingSource>("source");
    QTest::newRow("command line over remembered")
            << false << u"high-contrast"_s << Theme::Id::Dark << u"light"_s
            << Theme::Id::HighContrast << SettingSource::CommandLine;
    QTest::newRow("remembered over default") << false << QString() << Theme::Id::Dark << u"light"_s
                                             << Theme::Id::Light << SettingSource::Remembered;
    QTest::newRow("default") << false << QString() << Theme::Id::Light << QString()
                             << Theme::Id::Dark << SettingSource::Default;
    QTest::newRow("unknown remembered falls to default")
            << false << QString() << Theme::Id::Light << u"sepia"_s << Theme::Id::Dark
            << SettingSource::Default;
    QTest::newRow("kiosk: command line over settings file")
            << true << u"light"_s << Theme::Id::HighContrast << u"dark"_s << Theme::Id::Light
            << SettingSource::CommandLine;
    QTest::newRow("kiosk: settings file, never remembered")
            << true << QString() << Theme::Id::HighContrast << u"light"_s << Theme::Id::HighContrast
            << SettingSource::KioskConfig;
}

void TestSettingsResolver::theme()
{
    QFETCH(bool, kiosk);
    QFETCH(QString, commandLine);
    QFETCH(Theme::Id, kioskTheme);
    QFETCH(QString, remembered);
    QFETCH(Theme::Id, expected);
    QFETCH(SettingSource, source);
    Options options;
    options.kiosk = kiosk;
    options.theme = commandLine;
    KioskConfig config;
    config.theme = kioskTheme;
    QVariantMap values;
    if (!remembered.isEmpty())
        values.insert(u"theme"_s, remembered);
    const auto settings = this->remembered(values);
    const SettingsResolver::Effective effective =
            SettingsResolver::resolve(options, config, settings.get(), u"en"_s);
    QCOMPARE(effective.theme.value, expected);
    QCOMPARE(effective.theme.source, source);
}

void TestSettingsResolver::reducedMotion_data()
{
    QTest::addColumn<bool>("kiosk");
    QTest::addColumn<bool>("kioskReduced");
    QTest::addColumn<QVariant>("remembered");
    QTest::addColumn<bool>("expected");
    QTest::addColumn<SettingSource>("source");
    QTest::newRow("remembered on")
            << false << false << QVariant(true) << true << SettingSource::Remembered;
    QTest::newRow("remembered off")
            << false << true << QVariant(false) << false << SettingSource::Remembered;
    QTest::newRow("default off") << false << true << QVariant() << false << SettingSource::Default;
    QTest::newRow("kiosk: settings file on, never remembered")
            << true << true << QVariant(false) << true << SettingSource::KioskConfig;
    QTest::newRow("kiosk: settings file off, never remembered")
            << true << false << QVariant(true) << false << SettingSource::KioskConfig;
}

void TestSettingsResolver::reducedMotion()
{
    QFETCH(bool, kiosk);
    QFETCH(bool, kioskReduced);
    QFETCH(QVariant, remembered);
    QFETCH(bool, expected);
    QFETCH(SettingSource, source);
    Options options;
    options.kiosk = kiosk;
    KioskConfig config;
    config.reducedMotion = kioskReduced;
    QVariantMap values;
    if (remembered.isValid())
        values.insert(u"reducedMotion"_s, remembered);
    const auto settings = this->remembered(values);
    const SettingsResolver::Effective effective =
            SettingsResolver::resolve(options, config, settings.get(), u"en"_s);
    QCOMPARE(effective.reducedMotion.value, expected);
    QCOMPARE(effective.reducedMotion.source, source);
}

void TestSettingsResolver::view_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<SettingSource>("source");
    QTest::addColumn<bool>("remember");
    QTest::newRow("remembered") << QStringList() << u"reviews"_s << SettingSource::Remembered
                                << true;
    QTest::newRow("command line over remembered")
            << QStringList{u"--view"_s, u"timeline"_s} << u"timeline"_s
            << SettingSource::CommandLine << true;
    // The view holding the item wins over the remembered one; the caller
    // finds it in the content.
    QTest::newRow("an item over remembered") << QStringList{u"--item"_s, u"some-item"_s}
                                             << QString() << SettingSource::Default << true;
    QTest::newRow("start-up measurement: nothing remembered")
            << QStringList{u"--quit-after-first-frame"_s} << QString() << SettingSource::Default
            << false;
    QTest::newRow("kiosk: nothing remembered")
            << QStringList{u"--kiosk"_s} << QString() << SettingSource::Default << false;
    QTest::newRow("kiosk: command line") << QStringList{u"--kiosk"_s, u"--view"_s, u"partners"_s}
                                         << u"partners"_s << SettingSource::CommandLine << false;
}

void TestSettingsResolver::view()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    QFETCH(SettingSource, source);
    QFETCH(bool, remember);
    const CommandLine::Result parsed =
            CommandLine::parse(QStringList{u"spark-showcase"_s} + arguments);
    QVERIFY2(!parsed.exit, qPrintable(parsed.error));
    const auto settings = remembered({{u"view"_s, u"reviews"_s}});
    const SettingsResolver::Effective effective =
            SettingsResolver::resolve(parsed.options, KioskConfig(), settings.get(), u"en"_s);
    QCOMPARE(effective.view.value, expected);
    QCOMPARE(effective.view.source, source);
    QCOMPARE(effective.remember, remember);
}

void TestSettingsResolver::geometry()
{
    const QByteArray bytes("\x01\xd9\xd0\xcb geometry", 13);
    const auto settings = remembered({{u"geometry"_s, bytes}});
    Options options;
    SettingsResolver::Effective effective =
            SettingsResolver::resolve(options, KioskConfig(), settings.get(), u"en"_s);
    QCOMPARE(effective.geometry.value, bytes);
    QCOMPARE(effective.geometry.source, SettingSource::Remembered);
    options.quitAfterFirstFrame = true;
    effective = SettingsResolver::resolve(options, KioskConfig(), settings.get(), u"en"_s);
    QVERIFY(effective.geometry.value.isEmpty());
    QCOMPARE(effective.geometry.source, SettingSource::Default);
    // No settings at all (a kiosk's case): the defaults, nothing remembered.
    effective = SettingsResolver::resolve(Options(), KioskConfig(), nullptr, u"fr"_s);
    QVERIFY(!effective.remember);
    QVERIFY(effective.geometry.value.isEmpty());
    QCOMPARE(effective.language.value, u"fr"_s);
    QCOMPARE(effective.theme.value, Theme::Id::Dark);
}

void TestSettingsResolver::kioskCommandLine()
{
    KioskConfig config;
    config.screen = 2;
    config.heartbeatFile = u"/run/kiosk/heartbeat"_s;
    config.languages = {u"en"_s, u"de"_s, u"fr"_s};
    config.theme = Theme::Id::Light;

    // Nothing on the command line: the file's values stay.
    KioskConfig unchanged = config;
    SettingsResolver::applyCommandLine(Options(), &unchanged);
    QCOMPARE(unchanged.screen, 2);
    QCOMPARE(unchanged.heartbeatFile, config.heartbeatFile);
    QCOMPARE(unchanged.languages, config.languages);
    QCOMPARE(unchanged.theme, Theme::Id::Light);

    Options options;
    options.kiosk = true;
    options.screen = 1;
    options.heartbeat = u"beat"_s;
    options.language = u"fr"_s;
    options.theme = u"high-contrast"_s;
    KioskConfig overridden = config;
    SettingsResolver::applyCommandLine(options, &overridden);
    QCOMPARE(overridden.screen, 1);
    QCOMPARE(overridden.heartbeatFile, QDir::current().absoluteFilePath(u"beat"_s));
    // --lang comes first, once, the others keep their order.
    QCOMPARE(overridden.languages, (QStringList{u"fr"_s, u"en"_s, u"de"_s}));
    QCOMPARE(overridden.theme, Theme::Id::HighContrast);

    // Without a rotation, --lang adds none: the kiosk starts in it.
    KioskConfig single;
    SettingsResolver::applyCommandLine(options, &single);
    QVERIFY(single.languages.isEmpty());
    const SettingsResolver::Effective effective =
            SettingsResolver::resolve(options, single, nullptr, u"en"_s);
    QCOMPARE(effective.language.value, u"fr"_s);
}

void TestSettingsResolver::kioskConfigFile()
{
    const QString path = m_dir->filePath(u"kiosk.ini"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[loop]\nlanguages = de, ja\n[screen]\nindex = 3\n"
               "[appearance]\ntheme = light\nreducedMotion = true\n[appearance]\nbogus = 1\n");
    file.close();

    Options options;
    options.kiosk = true;
    options.kioskConfig = path;
    KioskConfig::Loaded loaded = SettingsResolver::loadKioskConfig(options);
    QCOMPARE(loaded.config.languages, (QStringList{u"de"_s, u"ja"_s}));
    QCOMPARE(loaded.config.screen, 3);
    QCOMPARE(loaded.config.theme, Theme::Id::Light);
    QVERIFY(loaded.config.reducedMotion);
    // The file's problems reach the caller, who logs them.
    QVERIFY(!loaded.problems.isEmpty());
    QVERIFY2(loaded.problems.constFirst().startsWith(path),
             qPrintable(loaded.problems.join(u'\n')));

    SettingsResolver::Effective effective =
            SettingsResolver::resolve(options, loaded.config, nullptr, u"en"_s);
    QCOMPARE(effective.language.value, u"de"_s);
    QCOMPARE(effective.language.source, SettingSource::KioskConfig);
    QCOMPARE(effective.theme.value, Theme::Id::Light);
    QCOMPARE(effective.theme.source, SettingSource::KioskConfig);
    QVERIFY(effective.reducedMotion.value);

    options.screen = 0;
    options.language = u"ja"_s;
    options.theme = u"dark"_s;
    loaded = SettingsResolver::loadKioskConfig(options);
    QCOMPARE(loaded.config.screen, 0);
    QCOMPARE(loaded.config.languages, (QStringList{u"ja"_s, u"de"_s}));
    effective = SettingsResolver::resolve(options, loaded.config, nullptr, u"en"_s);
    QCOMPARE(effective.language.value, u"ja"_s);
    QCOMPARE(effective.language.source, SettingSource::CommandLine);
    QCOMPARE(effective.theme.value, Theme::Id::Dark);
    QCOMPARE(effective.theme.source, SettingSource::CommandLine);
}

void TestSettingsResolver::savesWhatItReads()
{
    const auto settings = remembered({});
    const QByteArray geometry("saved geometry");
    QVERIFY(SettingsResolver::save(settings.get(), u"zh_CN"_s, Theme::Id::HighContrast, true,
                                   u"partners"_s, geometry));
    const QSettings reread(settings->fileName(), QSettings::IniFormat);
    const SettingsResolver::Effective effective =
            SettingsResolver::resolve(Options(), KioskConfig(), &reread, u"en"_s);
    QCOMPARE(effective.language.value, u"zh_CN"_s);
    QCOMPARE(effective.language.source, SettingSource::Remembered);
    QCOMPARE(effective.theme.value, Theme::Id::HighContrast);
    QCOMPARE(effective.theme.source, SettingSource::Remembered);
    QVERIFY(effective.reducedMotion.value);
    QCOMPARE(effective.view.value, u"partners"_s);
    QCOMPARE(effective.geometry.value, geometry);

    // A settings file that cannot be written says so.
    QSettings unwritable(u"/proc/spark-showcase-cannot-write.ini"_s, QSettings::IniFormat);
    QVERIFY(!SettingsResolver::save(&unwritable, u"en"_s, Theme::Id::Dark, false, QString(),
                                    QByteArray()));
}

QTEST_GUILESS_MAIN(TestSettingsResolver)
#include "tst_settingsresolver.moc"
