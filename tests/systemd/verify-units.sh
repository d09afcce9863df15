#!/usr/bin/env bash
# systemd-analyze verify on the history sync's user units (the service and its timer),
# as a user manager would load them; fails on any complaint, and on a unit that is
# missing. Arguments: the systemd-analyze program, the folder holding the units.
set -euo pipefail
analyze=$1
dir=$2
runtime=$(mktemp -d)
trap 'rm -rf "$runtime"' EXIT
chmod 700 "$runtime"
for unit in geobox-usage-collect.service geobox-usage-collect.timer; do
  [ -f "$dir/$unit" ] || { echo "no $dir/$unit" >&2; exit 1; }
done
out=$(cd "$dir" && XDG_RUNTIME_DIR=$runtime "$analyze" --user verify \
  geobox-usage-collect.service geobox-usage-collect.timer 2>&1) || { echo "$out" >&2; exit 1; }
if [ -n "$out" ]; then
  echo "systemd-analyze verify is not clean: $out" >&2
  exit 1
fi
grep -q '^ExecStart=.* collect$' "$dir/geobox-usage-collect.service" || { echo "ExecStart is not collect" >&2; exit 1; }
grep -q '^OnCalendar=hourly$' "$dir/geobox-usage-collect.timer" || { echo "the timer is not hourly" >&2; exit 1; }
echo "systemd units verified"
