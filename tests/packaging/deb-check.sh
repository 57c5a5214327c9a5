#!/usr/bin/env bash
# The Debian package, as dpkg and lintian see it.
#
#   tests/packaging/deb-check.sh BUILD_DIR WORKDIR VERSION SOURCE_DIR
#
# Makes the package of the build with cpack (no rebuild: the build is done),
# then checks that:
#   - it is spark-showcase_VERSION_ARCH.deb, its Version is VERSION, its
#     Depends come from dpkg-shlibdeps (Qt, libqrencode, libc) and it
#     recommends cage and qt6-wayland;
#   - it holds the binary, the desktop file, the AppStream metadata, the icon,
#     the systemd units, the sysusers file, the watchdog, the example settings
#     and content, the manual page, the copyright and the changelog, all owned
#     by root, nothing under /usr/local;
#   - lintian finds no error;
#   - unpacked into a throwaway root, the binary reports VERSION, its
#     metainfo's release and its changelog are VERSION, it validates the
#     shipped content, and its manual page has every option of --help.
set -u

build=$1
work=$2
version=$3
source=$4

fail() { echo "FAIL: $*" >&2; exit 1; }
missing=()
for tool in cpack dpkg-deb dpkg-shlibdeps lintian appstreamcli; do
    command -v "$tool" >/dev/null || missing+=("$tool")
done
[ ${#missing[@]} -eq 0 ] || fail "missing ${missing[*]}: run scripts/dev deps (dpkg-dev lintian appstream)"

rm -rf "$work"
mkdir -p "$work"
now_ms() { date +%s%3N; }
started=$(now_ms)
say() { printf '[%5d ms] %s\n' $(( $(now_ms) - started )) "$*"; }

# --- build ---------------------------------------------------------------------
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work" >"$work/cpack.log" 2>&1 ||
    fail "cpack failed: $(tail -n 20 "$work/cpack.log")"
arch=$(dpkg --print-architecture)
deb=$work/spark-showcase_${version}_${arch}.deb
[ -f "$deb" ] || fail "no $deb: $(ls "$work")"
say "built $(basename "$deb"), $(( $(stat -c %s "$deb") / 1024 )) KiB"

# --- control fields ----------------------------------------------------------
field() { dpkg-deb --field "$deb" "$1"; }
[ "$(field Package)" = spark-showcase ] || fail "Package: $(field Package)"
[ "$(field Version)" = "$version" ] || fail "Version: $(field Version), not $version"
[ "$(field Architecture)" = "$arch" ] || fail "Architecture: $(field Architecture)"
depends=$(field Depends)
for library in libc6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6svg6 libqrencode4; do
    [[ ", $depends" == *", $library "* ]] || fail "Depends lacks $library: $depends"
done
[[ $depends == *"libqt6core6 (>= 6."* ]] || fail "Depends has no versions from dpkg-shlibdeps: $depends"
recommends=$(field Recommends)
for package in cage qt6-wayland; do
    [[ ", $recommends," == *", $package,"* ]] || fail "Recommends lacks $package: $recommends"
done
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
[ "$(dpkg-deb --info "$deb" | grep -c '^ [a-z]*  *[0-9]* bytes')" -ge 2 ] ||
    fail "no maintainer scripts: $(dpkg-deb --info "$deb")"
say "PASS control: Depends: $depends; Recommends: $recommends"

# --- file list -----------------------------------------------------------------
dpkg-deb --contents "$deb" >"$work/contents" || fail "dpkg-deb --contents failed"
app_id=org.sparkshowcase.SparkShowcase
for path in usr/bin/spark-showcase \
    usr/share/applications/$app_id.desktop \
    usr/share/metainfo/$app_id.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/$app_id.svg \
    usr/lib/systemd/system/spark-showcase-cage.service \
    usr/lib/systemd/system/spark-showcase-cage-watchdog.service \
    usr/lib/systemd/system/spark-showcase-cage-watchdog.timer \
    usr/lib/systemd/user/spark-showcase-kiosk.service \
    usr/lib/systemd/user/spark-showcase-kiosk-watchdog.service \
    usr/lib/systemd/user/spark-showcase-kiosk-watchdog.timer \
    usr/lib/sysusers.d/spark-showcase.conf \
    usr/libexec/spark-showcase/kiosk-watchdog \
    usr/share/doc/spark-showcase/examples/kiosk.ini.example \
    usr/share/doc/spark-showcase/examples/content/timeline.json \
    usr/share/doc/spark-showcase/copyright \
    usr/share/doc/spark-showcase/changelog.gz \
    usr/share/man/man1/spark-showcase.1.gz; do
    grep -q " \./$path\$" "$work/contents" || fail "the package lacks /$path"
done
! grep -q ' \./usr/local' "$work/contents" || fail "files under /usr/local"
owners=$(awk '{print $2}' "$work/contents" | sort -u)
[ "$owners" = root/root ] || fail "files not owned by root: $owners"
grep -q '^-rwxr-xr-x .* \./usr/bin/spark-showcase$' "$work/contents" || fail "the binary is not 0755"
say "PASS contents: $(grep -vc '/$' "$work/contents") files"

# --- lintian -------------------------------------------------------------------
lintian --fail-on error --display-level '>=warning' --tag-display-limit 0 "$deb" \
    >"$work/lintian.log" 2>&1
lintian_status=$?
cat "$work/lintian.log"
[ "$lintian_status" -eq 0 ] || fail "lintian found errors (status $lintian_status)"
say "PASS lintian: no errors, $(grep -c '^W: ' "$work/lintian.log") warnings"

# --- the unpacked package ----------------------------------------------------------
root=$work/root
dpkg-deb -x "$deb" "$root" || fail "dpkg-deb -x failed"
reported=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/spark-showcase" --version) ||
    fail "--version failed"
[ "$reported" = "spark-showcase $version" ] || fail "--version says \"$reported\", not $version"
release=$(sed -n 's/.*<release version="\([^"]*\)".*/\1/p' "$root/usr/share/metainfo/$app_id.metainfo.xml")
[ "$release" = "$version" ] || fail "the metainfo release is \"$release\", not $version"
appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml" >"$work/appstream.log" 2>&1 ||
    fail "appstreamcli: $(cat "$work/appstream.log")"
changelog=$(gzip -dc "$root/usr/share/doc/spark-showcase/changelog.gz" | head -n 1)
[[ $changelog == "spark-showcase ($version) "* ]] || fail "the changelog starts \"$changelog\""
QT_QPA_PLATFORM=offscreen "$root/usr/bin/spark-showcase" \
    --check-content "$root/usr/share/doc/spark-showcase/examples/content" >"$work/check.log" 2>&1 ||
    fail "--check-content of the shipped content: $(cat "$work/check.log")"
for file in "$root"/usr/share/doc/spark-showcase/examples/content/*.json; do
    cmp -s "$file" "$source/resources/data/$(basename "$file")" ||
        fail "$(basename "$file") differs from the bundled content"
done
# The manual page names every option --help lists.
manual=$(gzip -dc "$root/usr/share/man/man1/spark-showcase.1.gz" | sed 's/\\-/-/g')
for option in $(QT_QPA_PLATFORM=offscreen "$root/usr/bin/spark-showcase" --help |
    grep -o -- '--[a-z][a-z-]*' | sort -u); do
    grep -q -- "$option\b" <<<"$manual" || fail "the manual page lacks $option"
done
say "PASS unpacked: \"$reported\", metainfo $release, $(tail -n 1 "$work/check.log")"
echo "deb-check: all passed ($(( $(now_ms) - started )) ms)"
