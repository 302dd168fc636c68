#!/usr/bin/env bash
# GUI smoke test: seeds a database, starts scopekeeper under Xvfb, waits for its main window, saves
# a screenshot of the Projects screen and checks the app is still running (it fails on a crash or no window).
# Usage: projects_screenshot.sh APP SEED_TOOL OUT_DIR
set -euo pipefail

source "$(dirname "$0")/xvfb_lib.sh"

if [[ "${1:-}" == "--inside-xvfb" ]]; then
  app=$2 db=$3 out_dir=$4
  "$app" --db "$db" &
  pid=$!
  trap 'kill "$pid" 2>/dev/null || true' EXIT
  window=$(wait_for_window '^ *0x[0-9a-f]+ "Scopekeeper":' "$pid")  # the title, not the class name
  sleep 1.5  # let GTK finish the first paint
  mkdir -p "$out_dir"
  import -window root "$out_dir/projects.png"
  import -window "$window" "$out_dir/projects-window.png"
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "FAIL: scopekeeper died while the screenshot was taken" >&2
    exit 1
  fi
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  trap - EXIT
  assert_not_blank "$out_dir/projects-window.png" 16  # a real window, not a blank screen
  echo "screenshots: $out_dir/projects.png, $out_dir/projects-window.png"
  exit 0
fi

app=$1 seed=$2 out_dir=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$seed" "$work/gui.db"
# A private HOME keeps GTK/wx settings of the person running the tests out of the picture.
HOME="$work" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" \
  xvfb-run -a -s "-screen 0 1280x800x24" bash "$0" --inside-xvfb "$app" "$work/gui.db" "$out_dir"
