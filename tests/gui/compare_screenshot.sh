#!/usr/bin/env bash
# GUI test: starts scopekeeper under Xvfb with the hidden --test-compare OLD NEW option, waits for the
# Compare window (measured off the UI thread), saves screenshots of both layouts' default (side by side)
# and checks the main window is still there and responsive. Usage: compare_screenshot.sh APP SEED OUT_DIR DATA
set -euo pipefail

wait_for_window() {  # PATTERN PID -> prints the window id
  local pattern=$1 pid=$2
  for _ in $(seq 1 100); do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "FAIL: scopekeeper exited before showing a window matching $pattern" >&2
      return 1
    fi
    local id
    id=$(xwininfo -root -tree | grep -E "$pattern" | head -n 1 | awk '{print $1}' || true)
    if [[ -n "$id" ]]; then echo "$id"; return 0; fi
    sleep 0.2
  done
  echo "FAIL: no window matching $pattern within 20 s" >&2
  return 1
}

if [[ "${1:-}" == "--inside-xvfb" ]]; then
  app=$2 db=$3 out_dir=$4 old=$5 new=$6
  "$app" --db "$db" --test-compare "$old" "$new" &
  pid=$!
  trap 'kill "$pid" 2>/dev/null || true' EXIT
  main=$(wait_for_window '^ *0x[0-9a-f]+ "Scopekeeper":' "$pid")
  compare=$(wait_for_window '^ *0x[0-9a-f]+ "Compare: brochure-v1.txt .* brochure-v2.txt":' "$pid")
  sleep 1.5  # let GTK finish the first paint
  mkdir -p "$out_dir"
  import -window root "$out_dir/compare-screen.png"
  import -window "$compare" "$out_dir/compare.png"
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "FAIL: scopekeeper died while the screenshot was taken" >&2
    exit 1
  fi
  [[ -n "$main" ]]
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  trap - EXIT
  # Colours of the highlights must be there: a drawn comparison has many colours.
  colours=$(identify -format '%k' "$out_dir/compare.png")
  if (( colours < 32 )); then
    echo "FAIL: the compare screenshot looks blank ($colours colours)" >&2
    exit 1
  fi
  # The deletion background (#FDE2E1) and insertion background (#DDF4E4) are drawn.
  for colour in '#FDE2E1' '#DDF4E4'; do
    count=$(convert "$out_dir/compare.png" -fill black +opaque "$colour" -fill white -opaque "$colour" \
            -format '%[fx:int(mean*w*h)]' info:)
    if (( count < 50 )); then
      echo "FAIL: no $colour highlight in the compare screenshot ($count pixels)" >&2
      exit 1
    fi
  done
  echo "screenshots: $out_dir/compare.png, $out_dir/compare-screen.png ($colours colours)"
  exit 0
fi

app=$1 seed=$2 out_dir=$3 data=$4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$seed" "$work/gui.db" >/dev/null
HOME="$work" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" LANG=C.UTF-8 LANGUAGE= \
  xvfb-run -a -s "-screen 0 1280x800x24" bash "$0" --inside-xvfb "$app" "$work/gui.db" "$out_dir" \
  "$data/brochure-v1.txt" "$data/brochure-v2.txt"
