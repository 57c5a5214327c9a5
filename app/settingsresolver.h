#pragma once

#include "commandline.h"
#include "kiosk/kioskconfig.h"
#include "views/theme.h"

#include <QByteArray>
#include <QString>

class QSettings;

// Decides what the app starts with: the command line wins over the kiosk
// settings file, which wins over what the window remembered, which wins over
// the defaults. A kiosk reads nothing remembered (its first screen never
// depends on who last used the app on that account) and writes nothing back.
class SettingsResolver
{
public:
    // Where an effective value came from.
    enum class Source { CommandLine, KioskConfig, Remembered, Default };

    template<typename T>
    struct Setting
    {
        T value{};
        Source source = Source::Default;
    };

    struct Effective
    {
        Setting<QString> language;
        Setting<Theme::Id> theme;
        Setting<bool> reducedMotion;
        // Empty: the window's first view, or the one holding the --item
        // (resolved against the content, which this class does not read).
        Setting<QString> view;
        // The remembered window geometry; empty with nothing to restore.
        Setting<QByteArray> geometry;
        // Whether the window's state is saved at exit: never for a kiosk or a
        // start-up measurement (--quit-after-first-frame).
        bool remember = false;
    };

    // The kiosk settings of --kiosk-config with the command line laid over
    // them: --screen, --heartbeat, --theme, and --lang first among the
    // languages the kiosk rotates through. Every problem of the file is in
    // the result; none keeps the kiosk from starting.
    static KioskConfig::Loaded loadKioskConfig(const Options &options);
    static void applyCommandLine(const Options &options, KioskConfig *config);

    // \a kiosk is the loaded kiosk settings (ignored unless options.kiosk),
    // \a settings what the window remembered (may be null; never read for a
    // kiosk). \a systemLanguage is the language used when no other is usable.
    static Effective resolve(const Options &options, const KioskConfig &kiosk,
                             const QSettings *settings, const QString &systemLanguage);

    // What the window saves at exit for resolve() to find next time; false
    // when the settings could not be written.
    static bool save(QSettings *settings, const QString &language, Theme::Id theme,
                     bool reducedMotion, const QString &view, const QByteArray &geometry);

    static QString sourceName(Source source);
};
