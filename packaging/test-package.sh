#!/usr/bin/env bash
# The package test: builds the Debian package (presets "package"), validates the
# .desktop file and the AppStream metainfo, checks the .deb's control fields and
# contents, installs it with apt-get (which proves its dependencies resolve), runs
# the installed /usr/bin/geobox-usage (--version with no display at all, a CSV
# export on demo data, the demo window under Xvfb), and removes the package again
# so the machine is left as it was. Safe to run again at any time.
# Without root and without a password-less sudo, the install step is skipped (said so).
set -euo pipefail
cd "$(dirname "$0")/.."

app_id=ir.geobox.Usage
desktop=packaging/$app_id.desktop
metainfo=packaging/$app_id.metainfo.xml
build=build/package
checks=0

say() { echo "test-package: $*"; }
fail() {
  echo "test-package: FAILED: $*" >&2
  exit 1
}
pass() { checks=$((checks + 1)); }

# desktop-file-validate prints hints and warnings but fails only on errors: clean means silent.
validate_desktop() {
  local out
  out=$(desktop-file-validate "$1" 2>&1) || fail "desktop-file-validate $1: $out"
  [ -z "$out" ] || fail "desktop-file-validate $1 is not clean: $out"
  pass
}
# appstreamcli passes with info notes; clean means no error, warning or info line.
validate_metainfo() {
  local out
  out=$(appstreamcli validate --no-net "$1" 2>&1) || fail "appstreamcli validate $1: $out"
  if grep -qE '^[EWI]: ' <<<"$out"; then fail "appstreamcli validate $1 is not clean: $out"; fi
  pass
}
# "name" appears as a package in a Depends/Recommends list (with or without a version).
has_package() { tr ',|' '\n\n' <<<"$1" | sed 's/(.*//; s/^ *//; s/ *$//' | grep -qxF "$2"; }

say "validating $desktop and $metainfo"
validate_desktop "$desktop"
validate_metainfo "$metainfo"

say "building the package preset (Release, no tests)"
cmake --preset package >/dev/null
cmake --build --preset package -j "$(nproc)"
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
arch=$(dpkg --print-architecture)
deb=$build/geobox-usage_${version}-1_${arch}.deb
rm -f "$build"/geobox-usage_*.deb
cpack --preset package >"$build/cpack.log" 2>&1 || {
  cat "$build/cpack.log" >&2
  fail "cpack"
}
[ -f "$deb" ] || fail "cpack did not make $deb (Debian file name): $(ls "$build"/*.deb 2>/dev/null)"
say "built $deb ($(du -h "$deb" | cut -f1))"

# Control fields.
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = geobox-usage ] || fail "Package: $(field Package)"
[ "$(field Version)" = "${version}-1" ] || fail "Version: $(field Version)"
[ "$(field Architecture)" = "$arch" ] || fail "Architecture: $(field Architecture)"
[ "$(field Section)" = net ] || fail "Section: $(field Section)"
[ "$(field Homepage)" = https://geobox.ir/ ] || fail "Homepage: $(field Homepage)"
grep -qE '^.+ <[^@ ]+@[^> ]+>$' <<<"$(field Maintainer)" || fail "Maintainer: $(field Maintainer)"
[ -n "$(field Description)" ] || fail "no Description"
if field Description | awk 'length > 80 { exit 1 }'; then :; else fail "Description has lines over 80 columns"; fi
pass
depends=$(field Depends)
for p in libc6 libstdc++6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6charts6 \
  libqt6svg6 libqt6httpserver6 libqt6keychain1 libsecret-1-0 libqt6sql6 libqt6sql6-sqlite; do
  has_package "$depends" "$p" || fail "Depends lacks $p: $depends"
  pass
done
if grep -qE -- '-dev( |,|$)' <<<"$depends"; then fail "Depends names a -dev package: $depends"; fi
recommends=$(field Recommends)
for p in gnome-keyring qt6-translations-l10n qt6-wayland; do
  has_package "$recommends" "$p" || fail "Recommends lacks $p: $recommends"
  pass
done

# Contents: the program, the desktop integration, and nothing of the build.
contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
for f in ./usr/bin/geobox-usage ./usr/share/applications/$app_id.desktop \
  ./usr/share/metainfo/$app_id.metainfo.xml ./usr/share/icons/hicolor/scalable/apps/$app_id.svg \
  ./usr/lib/systemd/user/geobox-usage-collect.service ./usr/lib/systemd/user/geobox-usage-collect.timer; do
  grep -qxF "$f" <<<"$contents" || fail "the package lacks $f"
  pass
done
if grep -qE 'geobox-sandbox|\.a$|/include/|/local/' <<<"$contents"; then
  fail "the package holds files it should not: $(grep -E 'geobox-sandbox|\.a$|/include/|/local/' <<<"$contents")"
fi
pass
unpacked=$build/unpacked
rm -rf "$unpacked"
dpkg-deb -x "$deb" "$unpacked"
file "$unpacked/usr/bin/geobox-usage" | grep -q ', stripped' || fail "geobox-usage is not stripped"
if readelf -d "$unpacked/usr/bin/geobox-usage" | grep -qE 'RPATH|RUNPATH'; then
  fail "geobox-usage carries an RPATH: $(readelf -d "$unpacked/usr/bin/geobox-usage" | grep -E 'RPATH|RUNPATH')"
fi
pass
# The tree as installed: the metainfo's launchable names the desktop file, the icon is found.
out=$(appstreamcli validate-tree --no-net "$unpacked" 2>&1) || fail "appstreamcli validate-tree: $out"
if grep -qE '^[EWI]: ' <<<"$out"; then fail "appstreamcli validate-tree is not clean: $out"; fi
pass
say "control fields and contents are right"

# Install, run, remove.
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    sudo_cmd=(sudo -n)
  else
    say "SKIPPED installing the package: not root and no password-less sudo"
    say "$checks checks passed (install not tested)"
    exit 0
  fi
fi
installed() { dpkg-query -W -f='${Status}' geobox-usage 2>/dev/null | grep -q 'install ok installed'; }
remove() { "${sudo_cmd[@]}" dpkg -r geobox-usage >/dev/null; }
if installed; then
  say "removing the geobox-usage left installed by an earlier run"
  remove
fi
trap 'if installed; then remove; fi' EXIT

say "installing $deb with apt-get"
# No recommends: they may need the network, and this is about what the package needs.
"${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive \
  apt-get install -y -qq --no-install-recommends "$(realpath "$deb")" >"$build/apt.log" 2>&1 || {
  cat "$build/apt.log" >&2
  fail "apt-get install"
}
installed || fail "geobox-usage is not installed after apt-get install"
[ "$(command -v geobox-usage)" = /usr/bin/geobox-usage ] || fail "geobox-usage is not /usr/bin/geobox-usage"
pass
validate_desktop /usr/share/applications/$app_id.desktop
validate_metainfo /usr/share/metainfo/$app_id.metainfo.xml

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"; if installed; then remove; fi' EXIT
run_installed() {
  env -i PATH=/usr/bin:/bin HOME="$scratch" LANG=C.UTF-8 QT_QPA_PLATFORM=xcb /usr/bin/geobox-usage "$@"
}
# No DISPLAY, no WAYLAND_DISPLAY: --version and --help must not need a window system.
out=$(run_installed --version) || fail "installed geobox-usage --version exited $?"
[ "$out" = "geobox-usage $version" ] || fail "installed geobox-usage --version printed: $out"
pass
out=$(run_installed --help) || fail "installed geobox-usage --help exited $?"
grep -q -- '--demo' <<<"$out" || fail "installed geobox-usage --help has no --demo: $out"
pass
# The command line on demo data: Qt Network and HttpServer, end to end.
csv=$(run_installed export --demo --days 3) || fail "installed geobox-usage export --demo exited $?"
[ "$(head -1 <<<"$csv" | tr -d '\r')" = bucket_start,bucket_end,scale,resource,calls,traffic_bytes,partial ] ||
  fail "export --demo header: $(head -1 <<<"$csv")"
[ "$(wc -l <<<"$csv")" -eq 4 ] || fail "export --demo --days 3 printed $(wc -l <<<"$csv") lines, not 4"
pass
# The window on demo data under Xvfb: the xcb platform plugin, the SVG icon engine,
# widgets and charts from the installed dependencies.
shot=$build/installed-demo.png
rm -f "$shot"
mkdir -m 700 "$scratch/runtime"
env -i PATH=/usr/bin:/bin HOME="$scratch" XDG_RUNTIME_DIR="$scratch/runtime" LANG=C.UTF-8 \
  timeout 120 xvfb-run -a -s "-screen 0 1280x900x24" /usr/bin/geobox-usage --demo --screenshot "$(realpath -m "$shot")" ||
  fail "the installed window did not show the demo data"
file "$shot" | grep -q 'PNG image data' || fail "no screenshot from the installed window"
pass
# The history sync's user units, as installed (not enabled).
if command -v systemd-analyze >/dev/null; then
  mkdir -m 700 -p "$scratch/runtime"
  out=$(env XDG_RUNTIME_DIR="$scratch/runtime" systemd-analyze --user verify \
    /usr/lib/systemd/user/geobox-usage-collect.service /usr/lib/systemd/user/geobox-usage-collect.timer 2>&1) ||
    fail "systemd-analyze verify of the installed units: $out"
  pass
fi
say "installed geobox-usage runs: --version without a display, export --demo, the demo window ($shot)"

trap 'rm -rf "$scratch"' EXIT
remove
if installed || [ -e /usr/bin/geobox-usage ]; then fail "dpkg -r left geobox-usage behind"; fi
pass
say "removed geobox-usage again; $checks checks passed"
