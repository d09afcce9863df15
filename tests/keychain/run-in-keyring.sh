#!/usr/bin/env bash
# Runs a command against a real Secret Service: a private D-Bus session with
# gnome-keyring unlocked in it, and a throwaway HOME that is removed afterwards.
# The command sees GEOBOX_TEST_HOME (that HOME) and GEOBOX_KEYRING_DIR (where the
# keyring keeps its own encrypted file).
set -euo pipefail
home=$(mktemp -d "${TMPDIR:-/tmp}/geobox-keyring.XXXXXX")
trap 'rm -rf "$home"' EXIT
mkdir -p "$home/run" "$home/.config" "$home/.local/share" "$home/.cache"
chmod 700 "$home/run"
export HOME="$home" XDG_RUNTIME_DIR="$home/run" XDG_CONFIG_HOME="$home/.config"
export XDG_DATA_HOME="$home/.local/share" XDG_CACHE_HOME="$home/.cache"
export GEOBOX_TEST_HOME="$home" GEOBOX_KEYRING_DIR="$home/.local/share/keyrings"
unset GEOBOX_APIKEY GEOBOX_ACCESS_TOKEN GEOBOX_USERNAME GEOBOX_PASSWORD DISPLAY WAYLAND_DISPLAY
exec dbus-run-session -- bash -c '
  # A fresh login keyring, unlocked with a throwaway password, serving the secrets API.
  printf "%s" "$(head -c 12 /dev/urandom | base64)" |
    gnome-keyring-daemon --unlock --components=secrets >/dev/null
  exec "$@"' bash "$@"
