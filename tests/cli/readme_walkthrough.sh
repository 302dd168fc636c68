#!/usr/bin/env bash
# Runs the README's command-line walk-through as written, from a copy of samples/, on a new ledger and a
# new profile: every line must succeed, and the `diff` example must print what the README shows.
# Usage: readme_walkthrough.sh SOURCE_DIR CLI
set -euo pipefail
src=$1 cli=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$src/samples" "$work/samples"
mkdir -p "$work/bin"
ln -s "$cli" "$work/bin/scopekeeper-cli"
export PATH="$work/bin:$PATH" HOME="$work" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"
cd "$work/samples"

# The walk-through: the indented lines after "**The command line**", up to "Measuring two versions".
commands=$(awk '/^\*\*The command line\*\*/{on=1; next} /^Measuring two versions/{on=0} on && /^    /' \
  "$src/README.md" | sed 's/^    //' | sed -e ':a' -e '/\\$/N; s/\\\n *//; ta' | sed 's/  *# .*$//')
[[ $(grep -c . <<<"$commands") -ge 8 ]] || { echo "FAIL: the walk-through was not found in README.md" >&2; exit 1; }
while IFS= read -r line; do
  [[ -n $line ]] || continue
  echo "\$ $line"
  bash -c "$line" >"$work/out" 2>&1 || { echo "FAIL: exit $? from: $line" >&2; cat "$work/out" >&2; exit 1; }
done <<<"$commands"
[[ -s notice.pdf && -s notice.eml && -s copy.db ]] || { echo "FAIL: the walk-through wrote no notice or backup" >&2; exit 1; }
pdftotext notice.pdf - | grep -q "Ioana Marin" || { echo "FAIL: the notice is not signed" >&2; exit 1; }

# The diff example: the command after "$ ", and the output the README shows under it.
example=$(awk '/^Measuring two versions directly:/{on=1; next} on && /^    \$ /{sub(/^    \$ /, ""); print; exit}' "$src/README.md")
expected=$(awk '/^Measuring two versions directly:/{on=1; next} on && /^    \$ /{seen=1; next} seen && /^    /{sub(/^    /, ""); print; next} seen{exit}' "$src/README.md")
actual=$(bash -c "$example")
[[ $actual == "$expected" ]] || { echo "FAIL: '$example' printed:" >&2; echo "$actual" >&2; echo "README shows:" >&2; echo "$expected" >&2; exit 1; }
echo "the README walk-through runs as written"
