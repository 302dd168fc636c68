#!/usr/bin/env bash
# GUI test: comparing a file that is not valid UTF-8 text must show the error in a dialog titled
# "Cannot compare the files" (the same "<file>: <what>" the CLI prints), with the main window still alive.
# Usage: compare_bad_file.sh APP SEED DATA
set -euo pipefail

source "$(dirname "$0")/xvfb_lib.sh"

if [[ "${1:-}" == "--inside-xvfb" ]]; then
  app=$2 db=$3 bad=$4 good=$5
  "$app" --db "$db" --test-compare "$bad" "$good" &
  pid=$!
  trap 'kill "$pid" 2>/dev/null || true' EXIT
  wait_for_window '^ *0x[0-9a-f]+ "Cannot compare the files":' "$pid" >/dev/null
  if ! xwininfo -root -tree | grep -Eq '^ *0x[0-9a-f]+ "Scopekeeper":'; then
    echo "FAIL: the main window is gone" >&2
    exit 1
  fi
  echo "error dialog shown"
  exit 0
fi

app=$1 seed=$2 data=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$seed" "$work/gui.db" >/dev/null
printf 'caf\xe9 cr\xe8me\n' > "$work/latin1.txt"
HOME="$work" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" LANG=C.UTF-8 LANGUAGE= \
  xvfb-run -a -s "-screen 0 1280x800x24" bash "$0" --inside-xvfb "$app" "$work/gui.db" "$work/latin1.txt" \
  "$data/brochure-v2.txt"
