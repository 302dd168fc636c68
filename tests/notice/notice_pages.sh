#!/usr/bin/env bash
# Renders one page of each notice kind as a PNG, as the client sees it, for docs/screenshots and for reading:
# every kind in English (text), the over-scope notice in Korean and Romanian, its evidence page, and an
# image project's evidence page with the picture. Usage: notice_pages.sh MATRIX_TOOL CLI OUT_DIR
set -euo pipefail
matrix=$1 cli=$2 out=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
page() { # PDF PAGE NAME
  pdftoppm -png -r 60 -f "$2" -l "$2" -singlefile "$1" "$out/$3"
}
for lang in en ko ro; do "$matrix" "$lang" all text "$work/$lang" >/dev/null; done
# The first letter of each kind in the scenario list (scenarios.h): over-scope is "clearly over".
for kind in heads-up over-scope rounds-exhausted summary clarify; do
  pdf=$(ls "$work/en/"*-"$kind".pdf | sort -t- -k1,1n | head -n 1)
  page "$pdf" 1 "notice-$kind-en"
done
over=$(ls "$work/en/"*-over-scope.pdf | sort -t- -k1,1n | sed -n 2p)
page "$over" 2 "notice-evidence-en"
for lang in ko ro; do
  page "$(ls "$work/$lang/"*-over-scope.pdf | sort -t- -k1,1n | sed -n 2p)" 1 "notice-over-scope-$lang"
done
# An image project through the CLI: the appendix shows the new version with its changed areas outlined.
export XDG_CONFIG_HOME="$work/config"
"$cli" profile set --name "Alex Morgan" >/dev/null
convert -size 480x320 xc:'#F4F1EA' -fill '#1F4E8C' -draw 'rectangle 40,40 300,140' \
  -fill '#C8553D' -draw 'circle 380,220 380,270' "$work/poster-v1.png"
convert -size 480x320 xc:'#F4F1EA' -fill '#2E7D32' -draw 'rectangle 40,40 300,140' \
  -fill '#C8553D' -draw 'circle 380,220 380,270' -fill '#F2C14E' -draw 'rectangle 60,220 180,290' \
  "$work/poster-v2.png"
db="$work/ledger.db"
"$cli" --db "$db" project add --title "Festival poster" --client "Harbour Arts" --contact "Sarah Thompson" \
  --rounds 2 --max-share 10 --extra-round-price 200 >/dev/null
"$cli" --db "$db" revision add 1 "$work/poster-v1.png" >/dev/null
"$cli" --db "$db" revision add 1 "$work/poster-v2.png" >/dev/null
"$cli" --db "$db" notice 1 -o "$work/poster.pdf" >/dev/null
page "$work/poster.pdf" 2 "notice-image-evidence-en"
# Every page drawn: more than a blank page's few hundred bytes, and not one flat colour.
for png in "$out"/notice-*.png; do
  [[ $(stat -c %s "$png") -gt 8000 ]] || { echo "FAIL: $png looks blank" >&2; exit 1; }
  [[ $(convert "$png" -format '%[fx:standard_deviation>0.02]' info:) == 1 ]] || { echo "FAIL: $png is flat" >&2; exit 1; }
done
echo "$(ls "$out"/notice-*.png | wc -l) pages in $out"
