#!/usr/bin/env bash
# Installs, on Debian 12, the packages Geobox Usage needs to build, run and test,
# and only those that are missing. Safe to run again: it does nothing when all
# are present. Never installs dbus-x11 (with it a keychain call under Xvfb
# opens a password prompt and hangs), hence --no-install-recommends.
set -euo pipefail

packages=(
  # build
  cmake ninja-build g++ clang-format
  # fuzzing: clang with libFuzzer and the sanitizer runtimes
  clang libclang-rt-14-dev
  # Qt 6.4 and friends
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-httpserver-dev
  qt6-websockets-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools
  qt6-translations-l10n qtkeychain-qt6-dev libgl-dev
  # the history store: Qt SQL's SQLite driver
  libqt6sql6-sqlite
  # notification tests: a real notification server on a private session bus
  # (dbus-user-session named so that apt never picks dbus-x11)
  dunst dbus-user-session
  # keychain tests: a real Secret Service
  libsecret-1-0 libsecret-tools gnome-keyring dbus
  # GUI tests and the demo on a machine without a display
  xvfb xauth
  # tests that talk to the sandbox
  curl openssl
  # the Debian package and its test (packaging/test-package.sh): dpkg-shlibdeps and
  # file for CPack's dependency scan, the two validators, readelf
  dpkg-dev file desktop-file-utils appstream binutils
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "install-deps: installing ${missing[*]}" >&2
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
