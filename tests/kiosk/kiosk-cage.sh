#!/usr/bin/env bash
# The kiosk with no desktop: the real spark-showcase as the only client of
# cage, the Wayland kiosk compositor spark-showcase-cage.service runs it under,
# with no desktop, as an unprivileged user (cage refuses root).
#
#   tests/kiosk/kiosk-cage.sh BINARY WORKDIR [landscape|portrait]
#
# landscape: a 1280x720 output, a signage TV's size.
# portrait:  a 1920x1080 screen turned a quarter (cage -r), as an event's
#            portrait screen is: a 1080x1920 output. (Debian 12's cage has no
#            output management for wlr-randr.)
# Each output is a window of wlroots' X11 backend in a private Xvfb, sized to
# the panel; wlroots' headless backend cannot be screenshotted once the kiosk
# fills its output exactly (see below).
#
# A script run by cage as its client (as the unit's ExecStart runs the app)
# starts the kiosk on the wayland platform, waits until the output shows more
# than cage's black, and takes screenshots with grim. Then it checks that:
#   - the first frame came within 20 s;
#   - the screenshot fills the output, is not blank, and has the kiosk's look:
#     mostly the dark theme's background, the tab bar's accent line at the top;
#   - the heartbeat is written by the kiosk's pid;
#   - SIGTERM to the app ends the app with status 0 and then cage, cleanly.
# The screenshots stay in WORKDIR. Skipped (status 77) only off Linux.
set -u

binary=$1
out=$2
mode=${3:-landscape}

[ "$(uname -s)" = Linux ] || { echo "kiosk-cage: cage runs on Linux only, skipped"; exit 77; }

fail() {
    echo "FAIL [$mode]: $*" >&2
    for log in "${tmp:-/nonexistent}"/cage.log "${tmp:-/nonexistent}"/shots/{kiosk,grim}.log; do
        [ -s "$log" ] || continue
        echo "--- $(basename "$log") (last 30 lines)" >&2
        tail -n 30 "$log" >&2
    done
    exit 1
}

missing=()
for tool in cage grim setpriv Xvfb xdotool xwininfo /usr/bin/convert; do
    command -v "$tool" >/dev/null || missing+=("$tool")
done
compgen -G '/usr/lib/*/qt6/plugins/platforms/libqwayland-generic.so' >/dev/null ||
    missing+=(qt6-wayland)
[ ${#missing[@]} -eq 0 ] ||
    fail "missing ${missing[*]}: run scripts/dev deps (cage grim qt6-wayland xvfb xdotool x11-utils imagemagick)"

now_ms() { date +%s%3N; }
started=$(now_ms)
say() { printf '[%5d ms] %s\n' $(( $(now_ms) - started )) "$*"; }
wait_for() { # wait_for MS COMMAND...
    local limit=$(( $(now_ms) + $1 ))
    shift
    while ! "$@"; do
        [ "$(now_ms)" -ge "$limit" ] && return 1
        sleep 0.05
    done
}

# Everything the unprivileged user reads lives in a world-readable folder of
# its own: the binary, the settings, the client script.
tmp=$(mktemp -d /tmp/spark-showcase-cage.XXXXXX) || fail "no temporary folder"
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill -KILL "$pid" 2>/dev/null; done
    wait 2>/dev/null
    rm -rf "$tmp"
}
trap cleanup EXIT
chmod 755 "$tmp"
mkdir -p "$tmp"/{home,state,run,shots}
install -m 755 "$binary" "$tmp/spark-showcase" || fail "cannot copy $binary"

as_user=()
if [ "$(id -u)" -eq 0 ]; then
    as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)
    chown 65534:65534 "$tmp"/{home,state,run,shots}
fi
chmod 700 "$tmp/run"

# The kiosk stays on its first view, the Hardware view, in the dark theme.
cat >"$tmp/kiosk.ini" <<EOF
[loop]
viewDwell = 3600
itemDwell = 600
[idle]
timeout = 3600
[appearance]
theme = dark
reducedMotion = true
[heartbeat]
interval = 1
EOF
chmod 600 "$tmp/kiosk.ini"
[ ${#as_user[@]} -eq 0 ] || chown 65534:65534 "$tmp/kiosk.ini"

# cage's client: the kiosk, and grim once the kiosk has painted.
cat >"$tmp/session.sh" <<'EOF'
#!/bin/sh
# session.sh DIR APP ARGS...: runs APP, screenshots the output into DIR/shots
# when APP has painted, and ends with APP's status.
dir=$1
shift
# With WAIT_FOR_OUTPUT, the output gets its size from outside first.
if [ -n "${WAIT_FOR_OUTPUT:-}" ]; then
    tries=0
    until [ -e "$dir/shots/output-ready" ] || [ "$tries" -ge 100 ]; do
        tries=$((tries + 1))
        sleep 0.1
    done
fi
"$@" >"$dir/shots/kiosk.log" 2>&1 &
app=$!
echo "$app" >"$dir/shots/app.pid"
# cage shows black until its client's first frame.
painted() {
    grim -t ppm "$dir/shots/poll.ppm" 2>>"$dir/shots/grim.log" &&
        [ "$(/usr/bin/convert "$dir/shots/poll.ppm" -format '%[max]' info:)" != 0 ]
}
tries=0
until painted; do
    kill -0 "$app" 2>/dev/null || break
    tries=$((tries + 1))
    [ "$tries" -ge 200 ] && break
    sleep 0.1
done
if painted; then
    date +%s%3N >"$dir/shots/first-frame"
    grim "$dir/shots/first.png"
    # The picture once the window has settled: the one to check.
    sleep 1.5
    grim "$dir/shots/screen.tmp.png" && mv "$dir/shots/screen.tmp.png" "$dir/shots/screen.png"
fi
rm -f "$dir/shots/poll.ppm"
wait "$app"
status=$?
echo "$status" >"$dir/shots/app.status"
exit "$status"
EOF
chmod 755 "$tmp/session.sh"

environment=(env -i PATH=/usr/bin:/bin HOME="$tmp/home" LC_ALL=C.UTF-8
    XDG_RUNTIME_DIR="$tmp/run" XDG_STATE_HOME="$tmp/state" XDG_CONFIG_HOME="$tmp/home/.config"
    WLR_RENDERER=pixman WLR_LIBINPUT_NO_DEVICES=1 QT_QPA_PLATFORM=wayland)
cage_options=()
case $mode in
    # Both outputs are windows of wlroots' X11 backend in Xvfb, sized to the
    # panel. The headless backend cannot be screenshotted once the kiosk fills
    # it exactly: Debian 12's cage (0.1.4) then scans the app's buffer out
    # directly, and wlroots 0.15's screencopy of a headless output reads black.
    landscape)
        panel=(1280 720)
        width=1280 height=720
        ;;
    portrait)
        # cage -r turns the 1920x1080 panel into a 1080x1920 output.
        panel=(1920 1080)
        cage_options=(-r)
        width=1080 height=1920
        ;;
    *) fail "unknown mode $mode" ;;
esac
Xvfb -displayfd 3 -screen 0 "${panel[0]}x${panel[1]}x24" -nolisten tcp 3>"$tmp/display" 2>"$tmp/xvfb.log" &
pids+=($!)
wait_for 10000 test -s "$tmp/display" || fail "Xvfb did not start: $(cat "$tmp/xvfb.log")"
display=:$(head -n 1 "$tmp/display")
environment+=(WLR_BACKENDS=x11 DISPLAY="$display" WAIT_FOR_OUTPUT=1)

heartbeat=$tmp/run/heartbeat
"${as_user[@]}" "${environment[@]}" cage "${cage_options[@]}" -d -- "$tmp/session.sh" "$tmp" \
    "$tmp/spark-showcase" --kiosk --kiosk-config "$tmp/kiosk.ini" --heartbeat "$heartbeat" \
    >"$tmp/cage.log" 2>&1 &
cage_pid=$!
pids+=($cage_pid)
say "cage $cage_pid started ($mode)"

# The X11 backend opens its output as a 1024x768 window: make it the panel.
output_window() {
    window=$(DISPLAY=$display xwininfo -root -children 2>/dev/null |
        awk '/^ +0x/ && /1024x768/ {print $1; exit}')
    [ -n "$window" ]
}
wait_for 10000 output_window || fail "cage opened no window in Xvfb"
DISPLAY=$display xdotool windowsize --sync "$window" "${panel[0]}" "${panel[1]}" ||
    fail "cannot size cage's window"
touch "$tmp/shots/output-ready"

painted_or_gone() { [ -s "$tmp/shots/first-frame" ] || ! kill -0 "$cage_pid" 2>/dev/null; }
wait_for 20000 painted_or_gone
[ -s "$tmp/shots/first-frame" ] ||
    fail "no first frame within 20 s ($(kill -0 "$cage_pid" 2>/dev/null && echo cage runs || echo cage ended))"
say "first frame painted $(( $(cat "$tmp/shots/first-frame") - started )) ms after cage started"
wait_for 10000 test -s "$tmp/shots/screen.png" || fail "no screenshot"
app_pid=$(cat "$tmp/shots/app.pid")
kill -0 "$app_pid" 2>/dev/null || fail "the kiosk is gone"
mkdir -p "$out"
cp "$tmp/shots/first.png" "$out/$mode-first.png"
cp "$tmp/shots/screen.png" "$out/$mode.png"
shot=$out/$mode.png

# --- the picture --------------------------------------------------------------
size=$(/usr/bin/convert "$shot" -format '%wx%h' info:)
[ "$size" = "${width}x${height}" ] || fail "screenshot is $size, not ${width}x${height}"
colours=$(/usr/bin/convert "$shot" -format '%k' info:)
[ "$colours" -gt 50 ] || fail "screenshot is blank: $colours colours"
# The dark theme: its background (#0C0E0B) and its cards' surface (#161914)
# are the most frequent colours and cover at least half of the screen.
/usr/bin/convert "$shot" -format %c histogram:info:- | sort -rn >"$tmp/histogram"
dominant=$(head -n 1 "$tmp/histogram")
[[ $dominant == *"#0C0E0B"* || $dominant == *"#161914"* ]] ||
    fail "the dominant colour is not the dark theme's: $dominant"
share=$(awk -v all=$(( width * height )) '/#0C0E0B|#161914/ { n += $1 } END { printf "%d", 100 * n / all }' \
    "$tmp/histogram")
[ "$share" -ge 50 ] || fail "the dark theme's background and surface cover only $share % of the screen"
# cage's black shows wherever the window does not reach: none along the
# bottom row and the right column.
for edge in "${width}x1+0+$((height - 1))" "1x${height}+$((width - 1))+0"; do
    black=$(/usr/bin/convert "$shot" -crop "$edge" +repage -fill white +opaque '#000000' \
        -format '%[fx:round(w*h*(1-mean))]' info:)
    [ "$black" -lt 8 ] || fail "the window does not fill the output: $black black pixels on $edge"
done
# The tab bar: the accent (#76B900) marks the current tab in the top band.
accent=$(/usr/bin/convert "$shot" -crop "${width}x$((height / 8))+0+0" +repage \
    -fuzz 12% -fill white -opaque '#76B900' -fill black +opaque white \
    -format '%[fx:round(w*h*mean)]' info:)
[ "$accent" -ge 100 ] || fail "no accent-coloured tab in the top band: $accent pixels"
say "PASS picture: $size, $colours colours, background and surface $share %, $accent accent pixels at the top"

# --- the heartbeat -----------------------------------------------------------
wait_for 5000 test -s "$heartbeat" || fail "no heartbeat at $heartbeat"
grep -qx "pid=$app_pid" "$heartbeat" || fail "the heartbeat is not the kiosk's: $(tr '\n' ' ' <"$heartbeat")"
say "PASS heartbeat by pid $app_pid"

# --- SIGTERM: the app ends cleanly, and cage with it --------------------------
kill -TERM "$app_pid"
wait_for 10000 test -s "$tmp/shots/app.status" || fail "the kiosk did not end within 10 s of SIGTERM"
[ "$(cat "$tmp/shots/app.status")" = 0 ] || fail "the kiosk ended with status $(cat "$tmp/shots/app.status")"
gone() { ! kill -0 "$cage_pid" 2>/dev/null; }
wait_for 5000 gone || fail "cage is still running after its client ended"
wait "$cage_pid"
cage_status=$?
[ "$cage_status" -eq 0 ] || fail "cage ended with status $cage_status"
if grep -E 'QWaylandDisplay|Segmentation|Abort|qt\.qpa\..*(error|fail)' "$tmp/shots/kiosk.log" >&2; then
    fail "the kiosk's log has errors"
fi
say "PASS SIGTERM: kiosk and cage ended with status 0"
echo "kiosk-cage: all passed ($mode, $(( $(now_ms) - started )) ms)"
