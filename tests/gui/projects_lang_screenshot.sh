#!/usr/bin/env bash
# GUI test: starts scopekeeper under Xvfb with --lang LANG (ko or ro) on a seeded database and saves a
# screenshot of the translated Projects screen; it fails on a crash or when no window titled Scopekeeper
# appears. Whether the text is translated and drawn is checked by looking at the screenshot and by
# translations_complete. Usage: projects_lang_screenshot.sh APP SEED OUT_DIR LANG
set -euo pipefail

source "$(dirname "$0")/xvfb_lib.sh"

if [[ "${1:-}" == "--inside-xvfb" ]]; then
  app=$2 db=$3 out_dir=$4 lang=$5
  "$app" --db "$db" --lang "$lang" &
  pid=$!
  trap 'kill "$pid" 2>/dev/null || true' EXIT
  window=$(wait_for_window '^ *0x[0-9a-f]+ "Scopekeeper":' "$pid")
  sleep 1.5
  mkdir -p "$out_dir"
  import -window "$window" "$out_dir/projects-$lang.png"
  kill -0 "$pid"
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  trap - EXIT
  assert_not_blank "$out_dir/projects-$lang.png" 16
  echo "screenshot: $out_dir/projects-$lang.png"
  exit 0
fi

app=$1 seed=$2 out_dir=$3 lang=$4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$seed" "$work/gui.db" >/dev/null
HOME="$work" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" LANG=C.UTF-8 LANGUAGE= \
  xvfb-run -a -s "-screen 0 1280x800x24" bash "$0" --inside-xvfb "$app" "$work/gui.db" "$out_dir" "$lang"
