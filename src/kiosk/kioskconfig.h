#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

// The settings of kiosk mode, read from the INI file given by --kiosk-config.
// Every key is optional: a missing file or key keeps its default, a bad value
// is reported and keeps its default too, so a typo never stops a kiosk.
//
//   [loop]      views, viewDwell, itemDwell, languages
//   [hardware], [timeline], [partners], [reviews]: viewDwell, itemDwell for one view
//   [idle]      timeout, countdown
//   [screen]    index, pixelShift, pixelShiftPeriod, pixelShiftPixels
//   [heartbeat] file, interval
//   [snapshot]  folder, interval
//   [operator]  pin
//
// The operator PIN is stored as `SALT:HEX`: HEX is the lower-case SHA-256 of
// the UTF-8 bytes "SALT:PIN", as `printf '%s' "SALT:PIN" | sha256sum` prints
// it. SALT is 1 to 64 letters, digits, '.', '_' or '-'.
class KioskConfig
{
    Q_DECLARE_TR_FUNCTIONS(KioskConfig)

public:
    // Defaults, also what the README documents.
    static constexpr int DefaultViewDwell = 45;   // seconds on each view
    static constexpr int DefaultItemDwell = 8;    // seconds on each item
    static constexpr int DefaultIdleTimeout = 60; // seconds without input before the countdown
    static constexpr int DefaultCountdown = 10;   // seconds of countdown before the reset
    static constexpr int DefaultPixelShiftPeriod = 120;
    static constexpr int DefaultPixelShiftPixels = 4;
    static constexpr int DefaultHeartbeatInterval = 10;
    static constexpr int DefaultSnapshotInterval = 300;

    // The views in loop order; the default is every view in tab order.
    QStringList views;
    int viewDwell = DefaultViewDwell;
    int itemDwell = DefaultItemDwell;
    // Per-view overrides of viewDwell and itemDwell, by view name.
    QHash<QString, int> viewDwellFor;
    QHash<QString, int> itemDwellFor;
    // Languages shown in turn, one per loop; the first is the one a reset
    // returns to. Empty: no rotation, a reset returns to the start language.
    QStringList languages;

    int idleTimeout = DefaultIdleTimeout;
    int countdown = DefaultCountdown;

    int screen = 0;
    bool pixelShift = false;
    int pixelShiftPeriod = DefaultPixelShiftPeriod; // seconds between two shifts
    int pixelShiftPixels = DefaultPixelShiftPixels; // largest offset in each direction

    QString heartbeatFile; // empty: no heartbeat
    int heartbeatInterval = DefaultHeartbeatInterval;

    QString snapshotFolder; // empty: no periodic snapshot
    int snapshotInterval = DefaultSnapshotInterval;

    QString pinSalt;
    QByteArray pinHash; // 32 bytes of SHA-256, empty: no operator exit by PIN

    KioskConfig();

    int viewDwellOf(const QString &view) const { return viewDwellFor.value(view, viewDwell); }
    int itemDwellOf(const QString &view) const { return itemDwellFor.value(view, itemDwell); }

    bool hasPin() const { return !pinHash.isEmpty(); }
    // Whether \a pin matches the stored hash (compared in constant time).
    bool checkPin(const QString &pin) const;
    // The `SALT:HEX` line for the INI file.
    static QString hashPin(const QString &salt, const QString &pin);

    struct Loaded;
    // Reads \a fileName; an empty name gives the defaults. Relative paths in
    // the file (heartbeat, snapshot folder) are taken from the file's folder.
    static Loaded load(const QString &fileName);
};

struct KioskConfig::Loaded
{
    KioskConfig config;
    // One line per problem: `FILE: [group] key: message`.
    QStringList problems;
};
