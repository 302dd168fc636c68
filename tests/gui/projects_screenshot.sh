#!/usr/bin/env bash
# GUI smoke test: seeds a database, starts scopekeeper under Xvfb, waits for its main window, saves
# a screenshot of the Projects screen and checks the app is still running (it fails on a crash or no window).
# Usage: projects_screenshot.sh APP SEED_TOOL OUT_DIR
set -euo pipefail

if [[ "${1:-}" == "--inside-xvfb" ]]; then
  app=$2 db=$3 out_dir=$4
  "$app" --db "$db" &
  pid=$!
  title_pattern='^ *0x[0-9a-f]+ "Scopekeeper":'  # the window's title, not its class name
  trap 'kill "$pid" 2>/dev/null || true' EXIT
  for _ in $(seq 1 100); do
    if ! kill -0 "$pid" 2>/dev/null; then
      wait "$pid" && status=0 || status=$?
      echo "FAIL: scopekeeper exited (status $status) before showing its window" >&2
      exit 1
    fi
    if xwininfo -root -tree | grep -Eq "$title_pattern"; then break; fi
    sleep 0.2
  done
  window=$(xwininfo -root -tree | grep -E "$title_pattern" | head -n 1 | awk '{print $1}')
  if [[ -z "$window" ]]; then
    echo "FAIL: no window titled Scopekeeper appeared within 20 s" >&2
    exit 1
  fi
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
  # A real window, not a blank screen: a drawn list has many colours.
  colours=$(identify -format '%k' "$out_dir/projects-window.png")
  if (( colours < 16 )); then
    echo "FAIL: the screenshot looks blank ($colours colours)" >&2
    exit 1
  fi
  echo "screenshots: $out_dir/projects.png, $out_dir/projects-window.png ($colours colours)"
  exit 0
fi

app=$1 seed=$2 out_dir=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$seed" "$work/gui.db"
# A private HOME keeps GTK/wx settings of the person running the tests out of the picture.
HOME="$work" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" \
  xvfb-run -a -s "-screen 0 1280x800x24" bash "$0" --inside-xvfb "$app" "$work/gui.db" "$out_dir"
