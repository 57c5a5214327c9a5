#pragma once

#include "pinhash.h"
#include "views/theme.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

// The settings of kiosk mode, read from the INI file given by --kiosk-config
// (with IniFile, which says what syntax it takes).
// Every key is optional: a missing file or key keeps its default, a bad value
// is reported and keeps its default too, so a typo never stops a kiosk.
//
//   [loop]      views, viewDwell, itemDwell, languages
//   [hardware], [timeline], [partners], [reviews]: viewDwell, itemDwell for one view
//   [idle]      timeout, countdown
//   [screen]    index, pixelShift, pixelShiftPeriod, pixelShiftPixels
//   [appearance] theme, reducedMotion
//   [heartbeat] file, interval, prometheusFile
//   [snapshot]  folder, interval, keep
//   [operator]  pin
//
// The operator PIN is stored as PinHash describes, the line that
// `spark-showcase --kiosk-hash-pin` prints. The [operator] section is ignored
// when the file or its folder can be written by others than their owner and
// root (PathTrust): whoever can write the file could set the PIN.
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
    static constexpr int DefaultSnapshotKeep = 20;
    // The watchdog (spark-showcase-kiosk-watchdog.service, MAX_AGE) restarts
    // the kiosk when its heartbeat is older than this; a heartbeat interval
    // of more than a third of it could let a healthy kiosk look hung.
    static constexpr int WatchdogMaxAge = 60;
    static constexpr int MaximumHeartbeatInterval = WatchdogMaxAge / 3;

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
    // Prometheus text exposition, written with the heartbeat for
    // node_exporter's textfile collector; empty: none.
    QString prometheusFile;

    // The look of the kiosk, from these settings and the command line only:
    // never from what the desktop app remembers.
    Theme::Id theme = Theme::Id::Dark;
    bool reducedMotion = false;

    QString snapshotFolder; // empty: no periodic snapshot
    int snapshotInterval = DefaultSnapshotInterval;
    int snapshotKeep = DefaultSnapshotKeep; // files the folder keeps, newest first

    PinHash pin; // null: no operator exit by PIN
    // Where wrong PINs and the lockout are kept across restarts; not a
    // setting (PinLockout::defaultStateFile()), but tests point it elsewhere.
    QString lockoutFile;

    KioskConfig();

    int viewDwellOf(const QString &view) const { return viewDwellFor.value(view, viewDwell); }
    int itemDwellOf(const QString &view) const { return itemDwellFor.value(view, itemDwell); }

    bool hasPin() const { return !pin.isNull(); }
    // Whether \a pin matches the stored hash; as slow as PinHash::verify().
    bool checkPin(const QString &candidate) const { return pin.verify(candidate); }

    struct Loaded;
    // Reads \a fileName; an empty name gives the defaults. Relative paths in
    // the file (heartbeat, snapshot folder) are taken from the file's folder.
    static Loaded load(const QString &fileName);
};

struct KioskConfig::Loaded
{
    KioskConfig config;
    // One line per problem: `FILE:LINE: [group] key: message`, or `FILE: message`
    // for the file as a whole.
    QStringList problems;
};
