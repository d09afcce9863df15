#!/usr/bin/env bash
# Runs a command against a real notification server: dunst on a private D-Bus session bus,
# under Xvfb (dunst draws on X11), with a throwaway HOME removed afterwards. The command can
# ask dunstctl what arrived.
set -euo pipefail
home=$(mktemp -d "${TMPDIR:-/tmp}/geobox-dunst.XXXXXX")
trap 'rm -rf "$home"' EXIT
mkdir -p "$home/run" "$home/.config"
chmod 700 "$home/run"
export HOME="$home" XDG_RUNTIME_DIR="$home/run" XDG_CONFIG_HOME="$home/.config"
unset WAYLAND_DISPLAY
exec xvfb-run -a -s "-screen 0 1024x768x24" dbus-run-session -- bash -c '
  dunst >/dev/null 2>&1 &
  dunst_pid=$!
  # Wait until dunst owns the name (at most 10 s), then run the test.
  for _ in $(seq 100); do
    if dbus-send --session --print-reply --dest=org.freedesktop.DBus / \
         org.freedesktop.DBus.NameHasOwner string:org.freedesktop.Notifications 2>/dev/null |
         grep -q "boolean true"; then break; fi
    sleep 0.1
  done
  "$@"; status=$?
  kill "$dunst_pid" 2>/dev/null || true
  exit $status' bash "$@"
