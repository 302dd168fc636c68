#!/usr/bin/env bash
# Checks the Korean and Romanian catalogs against the strings in the source: every _() string of src/gui
# has a translation (msgcmp), none is fuzzy or empty, and the format specifiers match (msgfmt --check).
# Usage: translations_complete.sh SOURCE_DIR
set -euo pipefail
root=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$root" && find src/gui -name '*.cpp' -o -name '*.h' | sort |
  xgettext --from-code=UTF-8 --language=C++ --keyword=_ --keyword=wxPLURAL:1,2 --keyword=wxTRANSLATE \
    --files-from=- -o "$work/current.pot")
status=0
for lang in ko ro; do
  po=$root/resources/po/$lang.po
  msgfmt --check -o /dev/null "$po" || status=1
  if ! msgcmp --use-untranslated "$po" "$work/current.pot"; then
    echo "FAIL: $lang.po lacks strings of the source; run resources/po/update.sh and translate them" >&2
    status=1
  fi
  stats=$(msgfmt --statistics -o /dev/null "$po" 2>&1)
  if grep -Eq 'fuzzy|untranslated' <<<"$stats"; then
    echo "FAIL: $lang.po: $stats" >&2
    status=1
  fi
  echo "$lang: $stats"
done
exit $status
