#!/usr/bin/env bash
# The layer check (cmake/layer_check.cmake) passes on the source tree and fails, naming the file, on a copy
# with a forbidden include: a core folder reaching up into another it may not use, and a wx header in core.
# Usage: layer_check.sh SOURCE_DIR
set -euo pipefail
root=$1
cmake -DROOT="$root" -P "$root/cmake/layer_check.cmake"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
expect_refused() { # FILE LINE WORDS: the copy with LINE added to FILE must fail, saying WORDS
  local file=$1 line=$2 words=$3
  rm -rf "$work/tree"
  mkdir -p "$work/tree/src/gui"
  cp -r "$root/cmake" "$work/tree/"
  cp -r "$root/src/core" "$work/tree/src/"
  cp -r "$root/src/gui/model" "$work/tree/src/gui/"
  printf '%s\n' "$line" >>"$work/tree/$file"
  if cmake -DROOT="$work/tree" -P "$work/tree/cmake/layer_check.cmake" >"$work/out" 2>&1; then
    echo "FAIL: $line in $file was not refused" >&2
    exit 1
  fi
  grep -q "$file" "$work/out" && grep -q "$words" "$work/out" || {
    echo "FAIL: the refusal of $line in $file does not say \"$words\":" >&2
    cat "$work/out" >&2
    exit 1
  }
}
expect_refused src/core/text/utf8.cpp '#include "ledger/database.h"' "includes from ledger/, which text/ may not use"
expect_refused src/core/policy/status.h '#include "measure/compare.h"' "includes from measure/, which policy/ may not use"
expect_refused src/core/notice/labels.cpp '#include "ledger/history.h"' "which notice/ may not use"
expect_refused src/core/common/error.cpp '#include <wx/string.h>' "includes a wxWidgets header"
expect_refused src/gui/model/task.cpp '#include <wx/thread.h>' "includes a wxWidgets header"
echo "layer check: passes on the tree, refuses five forbidden includes"
