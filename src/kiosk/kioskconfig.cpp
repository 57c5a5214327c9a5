#include "kioskconfig.h"

#include "inifile.h"
#include "pathtrust.h"
#include "pinlockout.h"
#include "views/language.h"
#include "views/viewregistry.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

struct Range
{
    int minimum;
    int maximum;
};

// The keys each group may hold; anything else is reported as unknown.
const QHash<QString, QStringList> &knownKeys()
{
    static const QHash<QString, QStringList> keys = [] {
        QHash<QString, QStringList> result{
                {u"loop"_s, {u"views"_s, u"viewDwell"_s, u"itemDwell"_s, u"languages"_s}},
                {u"idle"_s, {u"timeout"_s, u"countdown"_s}},
                {u"screen"_s,
                 {u"index"_s, u"pixelShift"_s, u"pixelShiftPeriod"_s, u"pixelShiftPixels"_s}},
                {u"appearance"_s, {u"theme"_s, u"reducedMotion"_s}},
                {u"heartbeat"_s, {u"file"_s, u"interval"_s, u"prometheusFile"_s}},
                {u"snapshot"_s, {u"folder"_s, u"interval"_s, u"keep"_s}},
                {u"operator"_s, {u"pin"_s}},
        };
        for (const QString &view : ViewRegistry::names())
            result.insert(view, {u"viewDwell"_s, u"itemDwell"_s});
        return result;
    }();
    return keys;
}

// Reads one INI file and collects what is wrong with it.
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(KioskConfig)

public:
    Reader(const IniFile *ini, QStringList *problems)
        : m_ini(ini)
        , m_problems(problems)
    {}

    // `FILE:LINE: [group] key: message`, the key the way it is written in the file.
    void report(const QString &key, const QString &message)
    {
        const qsizetype slash = key.indexOf(u'/');
        const QString where =
                slash < 0 ? QString(u"[General] "_s + key)
                          : QString(u"["_s + key.left(slash) + u"] "_s + key.mid(slash + 1));
        m_problems->append(m_ini->fileName() + u':' + QString::number(m_ini->line(key)) + u": "_s +
                           where + u": "_s + message);
    }

    bool has(const QString &key) const { return m_ini->contains(key); }

    // The value as one string, the items of a list joined by commas.
    QString text(const QString &key) const
    {
        const QStringList values = m_ini->values(key);
        if (values.size() > 1)
            return values.join(u',');
        return values.value(0).trimmed();
    }

    QStringList list(const QString &key) const
    {
        QStringList items;
        for (const QString &item : text(key).split(u',', Qt::SkipEmptyParts)) {
            if (!item.trimmed().isEmpty())
                items.append(item.trimmed());
        }
        return items;
    }

    void integer(const QString &key, Range range, int *target)
    {
        if (!has(key))
            return;
        const QString value = text(key);
        bool ok = false;
        const int number = QLocale::c().toInt(value, &ok);
        if (!ok) {
            //: Kiosk settings problem; %1 the value found, %2 and %3 the allowed range,
            //: %4 the value kept instead
            report(key, tr("“%1” is not a whole number; expected %2 to %3, keeping %4")
                                .arg(value)
                                .arg(range.minimum)
                                .arg(range.maximum)
                                .arg(*target));
            return;
        }
        if (number < range.minimum || number > range.maximum) {
            //: Kiosk settings problem; %1 the number found, %2 and %3 the allowed range,
            //: %4 the default used instead
            report(key, tr("%1 is out of range; expected %2 to %3, keeping %4")
                                .arg(number)
                                .arg(range.minimum)
                                .arg(range.maximum)
                                .arg(*target));
            return;
        }
        *target = number;
    }

    void boolean(const QString &key, bool *target)
    {
        if (!has(key))
            return;
        const QString value = text(key).toLower();
        static const QStringList yes{u"true"_s, u"yes"_s, u"on"_s, u"1"_s};
        static const QStringList no{u"false"_s, u"no"_s, u"off"_s, u"0"_s};
        if (yes.contains(value)) {
            *target = true;
        } else if (no.contains(value)) {
            *target = false;
        } else {
            //: Kiosk settings problem; %1 the value found
            report(key, tr("“%1” is not true or false").arg(text(key)));
        }
    }

    // A path, relative ones taken from the INI file's folder.
    void path(const QString &key, QString *target)
    {
        if (!has(key))
            return;
        const QString value = text(key);
        if (value.isEmpty()) {
            target->clear();
            return;
        }
        *target =
                QDir::cleanPath(QFileInfo(m_ini->fileName()).absoluteDir().absoluteFilePath(value));
    }

private:
    const IniFile *m_ini;
    QStringList *m_problems;
};

const Range ViewDwellRange{3, 3600};
const Range ItemDwellRange{1, 600};

} // namespace

KioskConfig::KioskConfig()
    : views(ViewRegistry::names())
    , lockoutFile(PinLockout::defaultStateFile())
{}

KioskConfig::Loaded KioskConfig::load(const QString &fileName)
{
    Loaded loaded;
    if (fileName.isEmpty())
        return loaded;
    // Our own strict reader, not QSettings: it decodes no @Variant() and
    // names the line of every problem.
    const IniFile ini = IniFile::read(fileName);
    loaded.problems = ini.problems();
    if (!ini.isReadable())
        return loaded;
    KioskConfig &config = loaded.config;
    Reader reader(&ini, &loaded.problems);

    const QHash<QString, QStringList> &known = knownKeys();
    for (const QString &key : ini.keys()) {
        const qsizetype slash = key.indexOf(u'/');
        const QString group = slash < 0 ? QString() : key.left(slash);
        const QString name = key.mid(slash + 1);
        if (!known.value(group).contains(name)) {
            //: Kiosk settings problem: a key the app does not know, probably a typo
            reader.report(key, tr("unknown key, ignored"));
        }
    }

    const QStringList allViews = ViewRegistry::names();
    if (reader.has(u"loop/views"_s)) {
        QStringList views;
        for (const QString &view : reader.list(u"loop/views"_s)) {
            if (!allViews.contains(view)) {
                //: Kiosk settings problem; %1 the name found, %2 the valid names
                reader.report(u"loop/views"_s, tr("unknown view “%1”, skipped; expected %2")
                                                       .arg(view, allViews.join(u", "_s)));
            } else if (views.contains(view)) {
                //: Kiosk settings problem; %1 a view name listed twice
                reader.report(u"loop/views"_s, tr("“%1” is listed twice, skipped").arg(view));
            } else {
                views.append(view);
            }
        }
        if (views.isEmpty()) {
            reader.report(u"loop/views"_s, tr("no view left to show; showing every view"));
        } else {
            config.views = views;
        }
    }
    reader.integer(u"loop/viewDwell"_s, ViewDwellRange, &config.viewDwell);
    reader.integer(u"loop/itemDwell"_s, ItemDwellRange, &config.itemDwell);
    for (const QString &view : allViews) {
        int viewDwell = config.viewDwell;
        int itemDwell = config.itemDwell;
        if (reader.has(view + u"/viewDwell"_s)) {
            reader.integer(view + u"/viewDwell"_s, ViewDwellRange, &viewDwell);
            config.viewDwellFor.insert(view, viewDwell);
        }
        if (reader.has(view + u"/itemDwell"_s)) {
            reader.integer(view + u"/itemDwell"_s, ItemDwellRange, &itemDwell);
            config.itemDwellFor.insert(view, itemDwell);
        }
    }
    if (reader.has(u"loop/languages"_s)) {
        const QStringList available = Language::available();
        for (const QString &code : reader.list(u"loop/languages"_s)) {
            if (!available.contains(code)) {
                //: Kiosk settings problem; %1 the code found, %2 the valid codes
                reader.report(u"loop/languages"_s, tr("unknown language “%1”, skipped; expected %2")
                                                           .arg(code, available.join(u", "_s)));
            } else if (!config.languages.contains(code)) {
                config.languages.append(code);
            }
        }
    }

    reader.integer(u"idle/timeout"_s, {5, 86400}, &config.idleTimeout);
    reader.integer(u"idle/countdown"_s, {1, 120}, &config.countdown);

    reader.integer(u"screen/index"_s, {0, 63}, &config.screen);
    reader.boolean(u"screen/pixelShift"_s, &config.pixelShift);
    reader.integer(u"screen/pixelShiftPeriod"_s, {5, 86400}, &config.pixelShiftPeriod);
    reader.integer(u"screen/pixelShiftPixels"_s, {1, 32}, &config.pixelShiftPixels);

    if (reader.has(u"appearance/theme"_s)) {
        const QString name = reader.text(u"appearance/theme"_s);
        if (!Theme::idFromName(name, &config.theme)) {
            //: Kiosk settings problem; %1 the theme found, %2 the valid names, %3 the one kept
            reader.report(u"appearance/theme"_s, tr("unknown theme “%1”; expected %2, keeping %3")
                                                         .arg(name, Theme::idNames().join(u", "_s),
                                                              Theme::idName(config.theme)));
        }
    }
    reader.boolean(u"appearance/reducedMotion"_s, &config.reducedMotion);

    reader.path(u"heartbeat/file"_s, &config.heartbeatFile);
    reader.path(u"heartbeat/prometheusFile"_s, &config.prometheusFile);
    if (reader.has(u"heartbeat/interval"_s)) {
        int interval = config.heartbeatInterval;
        reader.integer(u"heartbeat/interval"_s, {1, 3600}, &interval);
        if (interval > MaximumHeartbeatInterval) {
            //: Kiosk settings problem; %1 the interval found in seconds, %2 the watchdog's
            //: threshold in seconds, %3 the longest interval allowed, %4 the interval kept
            reader.report(u"heartbeat/interval"_s,
                          tr("%1 s is more than a third of the watchdog's %2 s threshold, so a "
                             "working kiosk could be restarted; expected 1 to %3, keeping %4")
                                  .arg(interval)
                                  .arg(WatchdogMaxAge)
                                  .arg(MaximumHeartbeatInterval)
                                  .arg(config.heartbeatInterval));
        } else {
            config.heartbeatInterval = interval;
        }
    }

    reader.path(u"snapshot/folder"_s, &config.snapshotFolder);
    reader.integer(u"snapshot/interval"_s, {10, 86400}, &config.snapshotInterval);
    reader.integer(u"snapshot/keep"_s, {1, 1000}, &config.snapshotKeep);

    if (reader.has(u"operator/pin"_s)) {
        const QString text = reader.text(u"operator/pin"_s);
        QString error;
        const std::optional<PinHash> pin = PinHash::parse(text, &error);
        const QString trust = PathTrust::checkFile(fileName);
        if (!trust.isEmpty()) {
            //: Kiosk settings problem; %1 says who else can write the file; whoever can
            //: write it could set their own PIN
            reader.report(u"operator/pin"_s,
                          tr("ignored with the whole [operator] section, because %1; the exit "
                             "chord is off")
                                  .arg(trust));
        } else if (!pin) {
            //: Kiosk settings problem; %1 what is wrong with the PIN hash
            reader.report(u"operator/pin"_s, tr("%1; the exit chord is off").arg(error));
        } else if (PinHash::exampleLines().contains(text) ||
                   (pin->isLegacy() &&
                    PinHash::legacyLine(QString::fromLatin1(pin->salt()), PinHash::examplePin())
                                    .compare(text, Qt::CaseInsensitive) == 0)) {
            //: Kiosk settings problem; %1 the example PIN of the documentation
            reader.report(u"operator/pin"_s,
                          tr("this is the documentation's example, the PIN %1, which anyone can "
                             "look up; set your own with spark-showcase --kiosk-hash-pin; the "
                             "exit chord is off")
                                  .arg(PinHash::examplePin()));
        } else {
            config.pin = *pin;
            if (pin->isLegacy()) {
                //: Kiosk settings problem: the PIN is still accepted, but should be hashed again
                reader.report(u"operator/pin"_s,
                              tr("an old SALT:HEX hash, a single SHA-256 round that an offline "
                                 "guess breaks at once; still accepted, but hash the PIN again "
                                 "with spark-showcase --kiosk-hash-pin"));
            }
        }
    }
    return loaded;
}
