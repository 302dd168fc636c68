#!/usr/bin/env bash
# Extracts the app's translatable strings into resources/po/scopekeeper.pot and merges them into every
# <lang>.po (new strings come in untranslated, changed ones fuzzy). Run from anywhere; needs gettext.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
find src/gui -name '*.cpp' -o -name '*.h' | sort |
  xgettext --from-code=UTF-8 --language=C++ --keyword=_ --keyword=wxPLURAL:1,2 --keyword=wxTRANSLATE \
    --add-comments=TRANSLATORS: --package-name=Scopekeeper --msgid-bugs-address= --sort-by-file \
    --files-from=- -o resources/po/scopekeeper.pot
for po in resources/po/*.po; do
  msgmerge --quiet --update --backup=none --no-fuzzy-matching "$po" resources/po/scopekeeper.pot
done
