#!/usr/bin/env bash
# GUI test: given a file that is not a database, scopekeeper must show an error dialog (not crash, not open
# its main window). Usage: bad_database.sh APP
set -euo pipefail

source "$(dirname "$0")/xvfb_lib.sh"

if [[ "${1:-}" == "--inside-xvfb" ]]; then
  app=$2 db=$3
  "$app" --db "$db" &
  pid=$!
  trap 'kill "$pid" 2>/dev/null || true' EXIT
  wait_for_window '^ *0x[0-9a-f]+ "Scopekeeper cannot open its database":' "$pid" >/dev/null
  if xwininfo -root -tree | grep -Eq '^ *0x[0-9a-f]+ "Scopekeeper":'; then
    echo "FAIL: the main window opened on a bad database" >&2
    exit 1
  fi
  echo "error dialog shown"
  exit 0
fi

app=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
head -c 4096 /dev/zero | tr '\0' 'x' > "$work/not-a-database.db"
HOME="$work" XDG_CONFIG_HOME="$work/config" \
  xvfb-run -a -s "-screen 0 1280x800x24" bash "$0" --inside-xvfb "$app" "$work/not-a-database.db"
