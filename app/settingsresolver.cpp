#include "settingsresolver.h"

#include "views/language.h"

#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

KioskConfig::Loaded SettingsResolver::loadKioskConfig(const Options &options)
{
    KioskConfig::Loaded kiosk = KioskConfig::load(options.kioskConfig);
    applyCommandLine(options, &kiosk.config);
    return kiosk;
}

void SettingsResolver::applyCommandLine(const Options &options, KioskConfig *config)
{
    if (options.screen >= 0)
        config->screen = options.screen;
    if (!options.heartbeat.isEmpty())
        config->heartbeatFile = QFileInfo(options.heartbeat).absoluteFilePath();
    // --lang is the language the kiosk starts and resets in, ahead of any
    // others the settings rotate through.
    if (!options.language.isEmpty() && !config->languages.isEmpty()) {
        config->languages.removeAll(options.language);
        config->languages.prepend(options.language);
    }
    Theme::idFromName(options.theme, &config->theme);
}

SettingsResolver::Effective SettingsResolver::resolve(const Options &options,
                                                      const KioskConfig &kiosk,
                                                      const QSettings *settings,
                                                      const QString &systemLanguage)
{
    Effective effective;
    const QSettings *remembered = options.kiosk ? nullptr : settings;
    effective.remember = remembered && !options.quitAfterFirstFrame;

    Setting<QString> &language = effective.language;
    if (!options.language.isEmpty()) {
        language = {options.language, Source::CommandLine};
    } else if (options.kiosk && !kiosk.languages.isEmpty()) {
        language = {kiosk.languages.constFirst(), Source::KioskConfig};
    } else if (remembered && remembered->contains(u"language"_s)) {
        language = {remembered->value(u"language"_s).toString(), Source::Remembered};
    }
    if (!Language::isAvailable(language.value))
        language = {systemLanguage, Source::Default};

    Theme::Id theme = Theme::Id::Dark;
    if (Theme::idFromName(options.theme, &theme)) {
        effective.theme = {theme, Source::CommandLine};
    } else if (options.kiosk) {
        effective.theme = {kiosk.theme, Source::KioskConfig};
    } else if (remembered && Theme::idFromName(remembered->value(u"theme"_s).toString(), &theme)) {
        effective.theme = {theme, Source::Remembered};
    } else {
        effective.theme = {Theme::Id::Dark, Source::Default};
    }

    if (options.kiosk) {
        effective.reducedMotion = {kiosk.reducedMotion, Source::KioskConfig};
    } else if (remembered && remembered->contains(u"reducedMotion"_s)) {
        effective.reducedMotion = {remembered->value(u"reducedMotion"_s).toBool(),
                                   Source::Remembered};
    } else {
        effective.reducedMotion = {false, Source::Default};
    }

    // A measurement of the start-up starts the same way every time.
    if (!options.view.isEmpty()) {
        effective.view = {options.view, Source::CommandLine};
    } else if (options.item.isEmpty() && effective.remember && remembered->contains(u"view"_s)) {
        effective.view = {remembered->value(u"view"_s).toString(), Source::Remembered};
    }
    if (effective.remember && remembered->contains(u"geometry"_s))
        effective.geometry = {remembered->value(u"geometry"_s).toByteArray(), Source::Remembered};
    return effective;
}

bool SettingsResolver::save(QSettings *settings, const QString &language, Theme::Id theme,
                            bool reducedMotion, const QString &view, const QByteArray &geometry)
{
    settings->setValue(u"language"_s, language);
    settings->setValue(u"theme"_s, Theme::idName(theme));
    settings->setValue(u"reducedMotion"_s, reducedMotion);
    settings->setValue(u"view"_s, view);
    settings->setValue(u"geometry"_s, geometry);
    settings->sync();
    return settings->status() == QSettings::NoError;
}

QString SettingsResolver::sourceName(Source source)
{
    switch (source) {
    case Source::CommandLine:
        return u"command line"_s;
    case Source::KioskConfig:
        return u"kiosk settings"_s;
    case Source::Remembered:
        return u"remembered"_s;
    case Source::Default:
        break;
    }
    return u"default"_s;
}
