# Shared by the GUI test scripts (sourced, not run): waiting for a window of the app under Xvfb and checking
# that a screenshot shows a drawn window rather than a blank one.

# wait_for_window PATTERN PID: prints the id of the first window whose xwininfo line matches PATTERN (an
# extended regex; match the title, e.g. '^ *0x[0-9a-f]+ "Scopekeeper":'). Fails when PID exits first or
# after 20 s.
wait_for_window() {
  local pattern=$1 pid=$2 id
  for _ in $(seq 1 100); do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "FAIL: scopekeeper exited before showing a window matching $pattern" >&2
      return 1
    fi
    id=$(xwininfo -root -tree | grep -E "$pattern" | head -n 1 | awk '{print $1}' || true)
    if [[ -n "$id" ]]; then echo "$id"; return 0; fi
    sleep 0.2
  done
  echo "FAIL: no window matching $pattern within 20 s" >&2
  return 1
}

# assert_not_blank PNG MIN_COLOURS: a drawn window has many colours; a blank or black one has few.
assert_not_blank() {
  local png=$1 min=$2 colours
  colours=$(identify -format '%k' "$png")
  if (( colours < min )); then
    echo "FAIL: $png looks blank ($colours colours)" >&2
    return 1
  fi
}

# count_colour PNG '#RRGGBB': how many pixels of the picture have exactly that colour.
count_colour() {
  convert "$1" -fill black +opaque "$2" -fill white -opaque "$2" -format '%[fx:int(mean*w*h)]' info:
}
