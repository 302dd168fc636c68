#!/usr/bin/env bash
# GUI test: starts scopekeeper under Xvfb with the hidden --test-compare OLD NEW option, waits for the
# Compare window (measured off the UI thread), saves screenshots of both layouts' default (side by side)
# and checks the main window is still there and responsive. Usage: compare_screenshot.sh APP SEED OUT_DIR DATA
set -euo pipefail

source "$(dirname "$0")/xvfb_lib.sh"

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
  assert_not_blank "$out_dir/compare.png" 32
  # The deletion background (#FDE2E1) and insertion background (#DDF4E4) are drawn.
  for colour in '#FDE2E1' '#DDF4E4'; do
    count=$(count_colour "$out_dir/compare.png" "$colour")
    if (( count < 50 )); then
      echo "FAIL: no $colour highlight in the compare screenshot ($count pixels)" >&2
      exit 1
    fi
  done
  echo "screenshots: $out_dir/compare.png, $out_dir/compare-screen.png"
  exit 0
fi

app=$1 seed=$2 out_dir=$3 data=$4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$seed" "$work/gui.db" >/dev/null
HOME="$work" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" LANG=C.UTF-8 LANGUAGE= \
  xvfb-run -a -s "-screen 0 1280x800x24" bash "$0" --inside-xvfb "$app" "$work/gui.db" "$out_dir" \
  "$data/brochure-v1.txt" "$data/brochure-v2.txt"
