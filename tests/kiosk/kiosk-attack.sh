#!/usr/bin/env bash
# The kiosk attack suite: the real spark-showcase in kiosk mode under Xvfb with
# a real window manager (openbox), attacked the way a visitor who finds a
# keyboard would, with xdotool, and by signals the way a system would.
#
#   tests/kiosk/kiosk-attack.sh BINARY WORKDIR
#
# After every case it asserts that:
#   - the process is alive;
#   - exactly one visible window belongs to it, full screen, active, on top,
#     back within one second of the attack;
#   - no other window appeared;
#   - the snapshot folder stayed within its bound;
#   - the clipboard was neither read nor changed (xclip serves CLIPBOARD and
#     PRIMARY for one request only, and exits when read or replaced);
#   - once taken, the PIN lockout survived a kill -SEGV and a restart.
# It needs xvfb, openbox, xdotool, x11-utils and xclip (scripts/dev installs them).
set -u

binary=$1
work=$2
keep=3
pin=480516
restore_limit_ms=1000

missing=()
for tool in Xvfb openbox xdotool xprop xwininfo xmessage xclip; do
    command -v "$tool" >/dev/null || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "kiosk-attack: missing ${missing[*]}: run scripts/dev deps (xvfb openbox xdotool x11-utils xclip)" >&2
    exit 1
fi

rm -rf "$work"
mkdir -p "$work"/{home,config,state,run,data,snaps}
chmod 700 "$work" "$work/run"
export HOME=$work/home XDG_CONFIG_HOME=$work/config XDG_STATE_HOME=$work/state
export XDG_RUNTIME_DIR=$work/run XDG_DATA_HOME=$work/data LC_ALL=C.UTF-8
unset WAYLAND_DISPLAY SESSION_MANAGER
heartbeat=$XDG_RUNTIME_DIR/spark-showcase/heartbeat
lockout_file=$XDG_STATE_HOME/spark-showcase/pin-lockout
ini=$work/kiosk.ini

started=$(date +%s%3N)
now_ms() { date +%s%3N; }
say() { printf '[%5d ms] %s\n' $(( $(now_ms) - started )) "$*"; }

pids=()
kiosk_pid=
cleanup() {
    [ -n "$kiosk_pid" ] && kill -CONT "$kiosk_pid" 2>/dev/null && kill -KILL "$kiosk_pid" 2>/dev/null
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done
    wait 2>/dev/null
}
trap cleanup EXIT

case_name=setup
fail() {
    echo "FAIL [$case_name]: $*" >&2
    if [ -n "${kiosk_log:-}" ] && [ -f "$kiosk_log" ]; then
        echo "--- kiosk log (last 40 lines): $kiosk_log" >&2
        grep -v '^spark.kiosk.state' "$kiosk_log" | tail -n 40 >&2
    fi
    exit 1
}

# wait_for MS COMMAND...: true once COMMAND succeeds, false after MS.
wait_for() {
    local limit=$(( $(now_ms) + $1 ))
    shift
    while ! "$@"; do
        [ "$(now_ms)" -ge "$limit" ] && return 1
        sleep 0.04
    done
}

# --- the display and the window manager -----------------------------------
Xvfb -displayfd 3 -screen 0 1920x1080x24 -nolisten tcp 3>"$work/display" 2>"$work/xvfb.log" &
pids+=($!)
wait_for 10000 test -s "$work/display" || fail "Xvfb did not start: $(cat "$work/xvfb.log")"
export DISPLAY=:$(head -n 1 "$work/display")
openbox --sm-disable >"$work/openbox.log" 2>&1 &
pids+=($!)
wm_ready() { xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q 'window id'; }
wait_for 10000 wm_ready || fail "openbox did not start"
say "Xvfb $DISPLAY and openbox are up"

# --- the operator's PIN, hashed by the app itself ---------------------------
case_name="--kiosk-hash-pin"
pin_line=$(printf '%s\n%s\n' "$pin" "$pin" | "$binary" --kiosk-hash-pin 2>"$work/hash.err") ||
    fail "hashing the PIN failed: $(cat "$work/hash.err")"
[[ $pin_line == "pin = pbkdf2-sha256\$100000\$"* ]] || fail "unexpected line: $pin_line"
if printf '%s\n%s\n' "$pin" 111111 | "$binary" --kiosk-hash-pin >"$work/hash.out" 2>/dev/null ||
    [ -s "$work/hash.out" ]; then
    fail "two different PINs were hashed"
fi
say "PASS $case_name"

write_ini() { # write_ini PIN_LINE [EXTRA INI TEXT]
    cat >"$ini" <<EOF
[loop]
viewDwell = 3600
itemDwell = 600
[idle]
timeout = ${idle_timeout:-3600}
countdown = 1
[appearance]
theme = dark
reducedMotion = true
[heartbeat]
interval = ${heartbeat_interval:-1}
[snapshot]
folder = snaps
interval = 3600
keep = $keep
[operator]
$1
EOF
    chmod 600 "$ini"
}
write_ini "$pin_line"

# What a desktop user of the same account left behind: the kiosk must not read it.
mkdir -p "$XDG_CONFIG_HOME/Spark Showcase"
printf '[General]\nlanguage=de\ntheme=light\nreducedMotion=false\nview=reviews\n' \
    >"$XDG_CONFIG_HOME/Spark Showcase/spark-showcase.conf"

# Old snapshots from earlier days: the folder must come down to $keep with the
# kiosk's first snapshot, and never grow.
snapshot_limit=6
for day in 01 02 03 04 05 06; do
    touch -d "2025-10-$day 12:00" "$work/snaps/spark-showcase-202510${day}-120000-000.png"
done

# The clipboard, as an operator's copy would leave it; xclip serves one request.
clip_pids=()
for selection in clipboard primary; do
    printf 'operator secret on the %s' "$selection" |
        xclip -quiet -loops 1 -selection "$selection" -i >/dev/null 2>&1 &
    clip_pids+=($!)
    pids+=($!)
done
sleep 0.2

# --- the kiosk --------------------------------------------------------------
kiosk_window=
kiosk_base=
start_kiosk() { # start_kiosk LOG [ARGS...]
    kiosk_log=$1
    shift
    QT_QPA_PLATFORM=xcb QT_LOGGING_RULES="spark.kiosk.debug=true;spark.kiosk.state.debug=true" \
        "$binary" --kiosk --kiosk-config "$ini" --heartbeat "$heartbeat" "$@" >"$kiosk_log" 2>&1 &
    kiosk_pid=$!
    kiosk_visible() {
        kiosk_window=$(xdotool search --onlyvisible --pid "$kiosk_pid" 2>/dev/null | head -n 1)
        [ -n "$kiosk_window" ] && window_in_place
    }
    wait_for 20000 kiosk_visible || fail "no full-screen kiosk window within 20 s"
    kiosk_base=$(( kiosk_window & ~resource_mask ))
}

# The state of a fresh start, logged once the window has settled: what the
# state after a reset is compared with, so nothing may touch the kiosk before.
wait_for_start_state() {
    wait_log 10000 "State after start" || fail "no state logged after the start"
}

# Windows by the X client that made them: ids share the client's resource base.
resource_mask=0x1FFFFF
wm_base=$(( $(xprop -root _NET_SUPPORTING_WM_CHECK | awk '{print $NF}') & ~resource_mask ))
root_window=$(( $(xwininfo -root | awk '/Window id:/ {print $4}') ))
# What appeared besides the kiosk: a window the window manager manages other
# than the kiosk's (a dialog, another program), or a visible top-level window
# of the kiosk or of another program (a menu, a tool tip, a popup). The window
# manager's own frames and passing notices (a desktop switch shows one) are
# the window manager's.
other_windows() {
    local window
    for window in $(xprop -root _NET_CLIENT_LIST 2>/dev/null | grep -o '0x[0-9a-f]*'); do
        [ $(( window )) -eq "$kiosk_window" ] || echo "managed window $window"
    done
    for window in $(xdotool search --onlyvisible --maxdepth 1 --name '' 2>/dev/null); do
        [ "$window" -eq "$root_window" ] && continue
        [ $(( window & ~resource_mask )) -eq "$wm_base" ] && continue
        printf 'top-level window 0x%x of %s\n' "$window" \
            "$([ $(( window & ~resource_mask )) -eq "$kiosk_base" ] && echo the kiosk || echo another program)"
    done
}

window_in_place() {
    local state geometry
    state=$(xprop -id "$kiosk_window" WM_STATE _NET_WM_STATE 2>/dev/null) || return 1
    [[ $state == *"window state: Normal"* && $state == *_NET_WM_STATE_FULLSCREEN* ]] || return 1
    geometry=$(xwininfo -id "$kiosk_window" 2>/dev/null | awk '
        /Absolute upper-left X/ {x = $4} /Absolute upper-left Y/ {y = $4}
        /Width:/ {w = $2} /Height:/ {h = $2} /Map State/ {m = $3}
        END {print x "," y "," w "," h "," m}')
    [ "$geometry" = "0,0,1920,1080,IsViewable" ] || return 1
    [ "$(xdotool getactivewindow 2>/dev/null)" = "$kiosk_window" ]
}

lockout_expected=
# check: the invariants, after the attack that ended at $attack_end.
check() {
    kill -0 "$kiosk_pid" 2>/dev/null || fail "the kiosk is gone"
    local limit=$(( attack_end + restore_limit_ms - $(now_ms) ))
    [ "$limit" -lt 0 ] && limit=0
    if ! wait_for "$limit" window_in_place; then
        local state
        state=$(xprop -id "$kiosk_window" WM_STATE _NET_WM_STATE 2>&1 | tr '\n' ' ')
        fail "window not back within ${restore_limit_ms} ms: $state, active $(xdotool getactivewindow 2>/dev/null)"
    fi
    local back=$(( $(now_ms) - attack_end ))
    local windows
    windows=$(xdotool search --onlyvisible --pid "$kiosk_pid" 2>/dev/null | wc -l)
    [ "$windows" -eq 1 ] || fail "$windows visible windows belong to the kiosk"
    local others
    others=$(other_windows)
    [ -z "$others" ] || fail "other windows appeared: $(echo "$others" | tr '\n' ' ')"
    local snapshots
    snapshots=$(find "$work/snaps" -name 'spark-showcase-*.png' | wc -l)
    [ "$snapshots" -le "$snapshot_limit" ] || fail "$snapshots snapshots, more than $snapshot_limit"
    for pid in "${clip_pids[@]}"; do
        kill -0 "$pid" 2>/dev/null || fail "the clipboard was read or replaced"
    done
    if [ -n "$lockout_expected" ]; then
        [ "$(cat "$lockout_file" 2>/dev/null)" = "$lockout_expected" ] ||
            fail "the PIN lockout state changed: $(cat "$lockout_file" 2>/dev/null | tr '\n' ' ')"
    fi
    say "PASS $case_name (window in place after ${back} ms)"
}

attack() { # attack NAME COMMAND...: runs it, then checks
    case_name=$1
    shift
    "$@"
    attack_end=$(now_ms)
    check
}

keys() { xdotool key --clearmodifiers --delay 30 "$@"; }
chord_exit() { keys ctrl+alt+shift+q; }
type_pin() { xdotool type --delay 20 "$1"; keys Return; }
log_count() { grep -c -- "$1" "$kiosk_log"; }
log_has() { [ "$(log_count "$wanted_line")" -ge "$wanted_count" ]; }
wait_log() { # wait_log MS PATTERN [COUNT]
    wanted_line=$2
    wanted_count=${3:-1}
    wait_for "$1" log_has
}

# The last state logged after a reset against the one after the start: the
# structured dump of everything a visitor can change (StateDump).
state_difference=
same_state_as_start() {
    local start reset
    start=$(sed -n 's/^spark.kiosk.state: State after start: //p' "$kiosk_log" | tail -n 1)
    reset=$(sed -n 's/^spark.kiosk.state: State after reset: //p' "$kiosk_log" | tail -n 1)
    [ -n "$start" ] && [ -n "$reset" ] || { state_difference="no state logged"; return 1; }
    [ "${start%% *}" = "${reset%% *}" ] && return 0
    echo "${start#* }" | tr ',' '\n' >"$work/state-start"
    echo "${reset#* }" | tr ',' '\n' >"$work/state-reset"
    state_difference=$(diff "$work/state-start" "$work/state-reset" | head -n 20)
    return 1
}

case_name="start"
start_kiosk "$work/kiosk-1.log"
attack_end=$(now_ms)
check
case_name="first screen from the kiosk's own settings"
wait_log 5000 "Kiosk mode started" || fail "no start line"
grep -q "theme dark, motion reduced, language en" "$kiosk_log" ||
    fail "the desktop's saved settings leaked in: $(grep 'Kiosk mode started' "$kiosk_log")"
say "PASS $case_name"

# --- the operator PIN --------------------------------------------------------
attack "PIN: Enter alone is no try" eval 'chord_exit; keys Return Return Return Return Return Return Return Return; sleep 0.3; keys Escape'
[ "$(log_count 'Wrong operator PIN')" -eq 0 ] || fail "empty PINs were counted"

case_name="PIN: five wrong PINs lock the keypad"
chord_exit
for attempt in 1 2 3 4 5; do
    type_pin 9999
    wait_log 15000 "Wrong operator PIN, attempt $attempt" || fail "attempt $attempt was not refused"
done
wait_log 2000 "keypad locked for 60 s after 5 wrong PINs" || fail "no lockout"
keys Escape
attack_end=$(now_ms)
check
lockout_before=$(cat "$lockout_file") || fail "no lockout state file"
[[ $lockout_before == "wrongPins=5"* ]] || fail "lockout state: $lockout_before"

case_name="PIN: the lockout survives kill -SEGV and a restart"
kill -SEGV "$kiosk_pid"
wait "$kiosk_pid"
status=$?
[ "$status" -eq $((128 + 11)) ] || fail "exit status $status after SIGSEGV"
start_kiosk "$work/kiosk-2.log"
wait_for_start_state
wait_log 5000 "keypad still locked for" || fail "the restarted kiosk forgot the lockout"
chord_exit
type_pin "$pin"
sleep 1.5
kill -0 "$kiosk_pid" 2>/dev/null || fail "the right PIN was taken while locked"
[ "$(log_count 'Leaving kiosk mode')" -eq 0 ] || fail "the kiosk left while locked"
keys Escape
attack_end=$(now_ms)
lockout_expected=$lockout_before
check

# --- keys that quit, close, leave full screen or open dialogs ----------------
for key in alt+F4 ctrl+q ctrl+w Escape F11 ctrl+shift+q super+q alt+F11 \
    ctrl+e ctrl+shift+e ctrl+o ctrl+p ctrl+n ctrl+s F1 ctrl+shift+c ctrl+comma; do
    attack "key $key" keys "$key"
done

# --- context menus and long presses ------------------------------------------
xdotool mousemove 960 600
attack "right click" xdotool click 3
attack "Menu key" keys Menu
attack "Shift+F10" keys shift+F10
attack "long press" eval 'xdotool mousedown 1; sleep 1.2; xdotool mouseup 1'
attack "long right press" eval 'xdotool mousedown 3; sleep 1.2; xdotool mouseup 3'

# --- the window manager -------------------------------------------------------
attack "xdotool windowminimize" xdotool windowminimize "$kiosk_window"
attack "openbox: show desktop (Super+D)" keys super+d
attack "openbox: lower and unfocus (Alt+Esc)" keys alt+Escape
attack "openbox: next desktop (Ctrl+Alt+Right)" keys ctrl+alt+Right
attack "openbox: send to the next desktop (Shift+Alt+Right)" keys shift+alt+Right
attack "openbox: focus the desktop (Ctrl+Alt+Tab)" keys ctrl+alt+Tab
attack "openbox: window menu (Alt+Space), then Escape" eval 'keys alt+space; sleep 0.2; keys Escape'
attack "openbox: to the screen edge (Super+Shift+Right)" keys super+shift+Right
attack "xdotool windowsize" xdotool windowsize "$kiosk_window" 640 400
attack "xdotool windowmove" xdotool windowmove "$kiosk_window" 300 200
case_name="another window on top"
xmessage -center "a window over the kiosk" >/dev/null 2>&1 &
other=$!
pids+=($other)
other_window=
find_other() { other_window=$(xdotool search --onlyvisible --pid "$other" 2>/dev/null | head -n 1); [ -n "$other_window" ] || other_window=$(xdotool search --onlyvisible --class xmessage 2>/dev/null | head -n 1); [ -n "$other_window" ]; }
wait_for 5000 find_other || fail "xmessage did not show"
xdotool windowactivate "$other_window" 2>/dev/null
attack_end=$(now_ms)
wait_for $restore_limit_ms window_in_place || fail "the kiosk stayed behind another window"
say "PASS $case_name (kiosk active again after $(( $(now_ms) - attack_end )) ms)"
case_name="Alt+Tab to the other window"
keys alt+Tab
attack_end=$(now_ms)
wait_for $restore_limit_ms window_in_place || fail "the kiosk stayed behind another window"
say "PASS $case_name (kiosk active again after $(( $(now_ms) - attack_end )) ms)"
kill "$other" 2>/dev/null
wait "$other" 2>/dev/null
no_others() { [ -z "$(other_windows)" ]; }
wait_for 2000 no_others || fail "xmessage did not go"
attack "after the other window" true

# --- snapshots ------------------------------------------------------------------
snapshot_limit=$keep
attack "snapshot chord 40 times" eval 'xdotool key --delay 5 $(printf "ctrl+alt+shift+s %.0s" $(seq 40)); sleep 1'
new_snapshots=$(find "$work/snaps" -name 'spark-showcase-*.png' -newer "$ini" | wc -l)
[ "$new_snapshots" -eq 1 ] || fail "$new_snapshots snapshots for 40 presses in a few seconds"

# --- the clipboard ------------------------------------------------------------
case_name="clipboard"
blocked_before=$(log_count "Blocked a clipboard key")
# Tab to the tab bar, Right twice to Partners, Tab into its search field.
keys Tab Right Right Tab
xdotool type --delay 20 "dgx spark"
attack "copy, cut, paste and selections in the search field" eval '
    keys ctrl+a ctrl+c ctrl+x ctrl+v shift+Insert ctrl+Insert ctrl+shift+Insert ctrl+k ctrl+u \
        shift+Home shift+Left ctrl+shift+Left
    xdotool mousemove 960 160 click --repeat 2 1 click 2 click 2
    sleep 0.3'
blocked=$(( $(log_count "Blocked a clipboard key") - blocked_before ))
# Nine keys, less Ctrl+A, which only selects (and selects nothing).
[ "$blocked" -ge 8 ] || fail "only $blocked clipboard keys reached the kiosk's guard"

# --- signals and settings -------------------------------------------------------
case_name="SIGHUP reloads the settings and keeps running"
idle_timeout=5 write_ini "$pin_line"
reloads=$(log_count "Kiosk settings reloaded")
resets=$(log_count "State after reset")
kill -HUP "$kiosk_pid"
wait_log 5000 "Kiosk settings reloaded" $((reloads + 1)) || fail "no reload"
# The tour starts again with the new settings, as after an idle reset.
wait_log 5000 "State after reset" $((resets + 1)) || fail "no reset after the reload"
same_state_as_start || fail "the state after the reload differs from a fresh start: $state_difference"
attack_end=$(now_ms)
check

case_name="reset is total"
resets=$(log_count "State after reset")
# A visitor: another view, a search, a filter, a scroll.
keys Tab Right Right Tab
xdotool type --delay 20 "nvidia"
keys BackSpace Tab space Tab Down Down Down
xdotool mousemove 960 700 click 5 click 5 click 5
# Idle for 5 s, a 1 s countdown, the reset, and the state 1.5 s later.
wait_log 15000 "State after reset" $((resets + 1)) || fail "no reset after the idle timeout"
same_state_as_start || fail "the state after the reset differs from a fresh start: $state_difference"
attack_end=$(now_ms)
check

case_name="settings others can write: no operator exit"
write_ini "$pin_line"
chmod 664 "$ini"
kill -HUP "$kiosk_pid"
wait_log 5000 "ignored with the whole \[operator\] section, because $ini can be written" ||
    fail "a group-writable settings file was trusted"
refusals=$(log_count "no usable PIN is set")
chord_exit
wait_log 2000 "no usable PIN is set" $((refusals + 1)) || fail "the exit chord stayed on"
attack_end=$(now_ms)
check

case_name="the documented example PIN: no operator exit"
write_ini "pin = pbkdf2-sha256\$100000\$RXhhbXBsZVNhbHRPbmx5IQ\$LxJXzRAkK+3+IhDfu810BcfsV2JRC4/wkIrNB7Knxfk"
kill -HUP "$kiosk_pid"
wait_log 5000 "this is the documentation's example, the PIN 1234" || fail "the example PIN was taken"
refusals=$(log_count "no usable PIN is set")
chord_exit
wait_log 2000 "no usable PIN is set" $((refusals + 1)) || fail "the exit chord stayed on"
attack_end=$(now_ms)
check

case_name="a heartbeat slower than the watchdog allows"
heartbeat_interval=30 write_ini "$pin_line"
kill -HUP "$kiosk_pid"
wait_log 5000 "30 s is more than a third of the watchdog's 60 s threshold" ||
    fail "a 30 s heartbeat interval was taken"
attack_end=$(now_ms)
check

case_name="the watchdog restarts a hung kiosk"
write_ini "$pin_line"
kill -HUP "$kiosk_pid"
wait_log 5000 "Kiosk settings reloaded" 5 || fail "no reload"
mkdir -p "$work/bin"
cat >"$work/bin/systemctl" <<'EOF'
#!/bin/sh
# A stand-in for `systemctl --user` that answers the watchdog.
case "$*" in
    *is-active*) exit 0 ;;
    *ActiveEnterTimestampMonotonic*) echo 1 ;;
    *Environment*) echo "HEARTBEAT=$FAKE_HEARTBEAT" ;;
    *restart*) echo "$*" >>"$FAKE_RESTARTS" ;;
esac
EOF
chmod +x "$work/bin/systemctl"
watchdog=$(dirname "$0")/../../resources/kiosk/kiosk-watchdog
run_watchdog() {
    PATH=$work/bin:$PATH FAKE_HEARTBEAT=$heartbeat FAKE_RESTARTS=$work/restarts MAX_AGE=2 GRACE=0 \
        sh "$watchdog"
}
run_watchdog >/dev/null
[ ! -e "$work/restarts" ] || fail "the watchdog restarted a working kiosk"
kill -STOP "$kiosk_pid"
sleep 3.2
run_watchdog >"$work/watchdog.out"
kill -CONT "$kiosk_pid"
grep -q "restart spark-showcase-kiosk.service" "$work/restarts" 2>/dev/null ||
    fail "the watchdog let a hung kiosk be: $(cat "$work/watchdog.out")"
attack_end=$(now_ms)
check

# --- the way out --------------------------------------------------------------
case_name="SIGTERM: a clean stop"
kill -TERM "$kiosk_pid"
wait "$kiosk_pid"
status=$?
[ "$status" -eq 0 ] || fail "exit status $status after SIGTERM"
say "PASS $case_name"

case_name="a missing screen, then the operator's exit"
rm -rf "$XDG_STATE_HOME"
lockout_expected=
start_kiosk "$work/kiosk-3.log" --screen 5
grep -q "There is no screen 5: 1 screen(s)" "$kiosk_log" || fail "a missing --screen 5 went unsaid"
chord_exit
type_pin "$pin"
wait_for 15000 eval '! kill -0 "$kiosk_pid" 2>/dev/null' || fail "the right PIN did not end the kiosk"
wait "$kiosk_pid"
status=$?
[ "$status" -eq 0 ] || fail "exit status $status after the operator's PIN"
for pid in "${clip_pids[@]}"; do
    kill -0 "$pid" 2>/dev/null || fail "the clipboard was read or replaced"
done
say "PASS $case_name"
say "all cases passed"
