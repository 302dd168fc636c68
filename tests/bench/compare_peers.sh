#!/usr/bin/env bash
# Benchmark: scopekeeper-cli against git's word diff, wdiff and dwdiff, in one run, on the same generated inputs.
#
#   tests/bench/compare_peers.sh BUILD_DIR [OUT.md]
#
# Builds nothing. Expects BUILD_DIR/src/cli/scopekeeper-cli and BUILD_DIR/tests/bench/scopekeeper-bench-gen
# (or the paths in $SCOPEKEEPER_CLI and $SCOPEKEEPER_BENCH_GEN, which the `bench` CMake target sets).
# Needs hyperfine and GNU time (/usr/bin/time); git, wdiff and dwdiff are each skipped when missing.
# Prints a Markdown report (table + checks against the targets of issue 3) on stdout and writes it to OUT.md if
# given; progress goes to stderr. See docs/performance.md.
#
# Environment:
#   BENCH_ONLY="id id ..."  run only these inputs (ids: en100k-1 en1.3m-0.2 en100k-rw30 en200k-unrelated
#                           ko100k-1 ro100k-1)
#   BENCH_TIMEOUT=600       seconds before a single call is given up (reported as a timeout)
#   BENCH_KEEP=1            keep the temporary directory with the inputs and outputs
#   BENCH_STRICT=1          exit 1 when a check fails (default: exit 0, the report says FAIL)
set -euo pipefail
# The peers run in a UTF-8 locale, as a user would run them (C.UTF-8 is built into glibc).
if locale -a 2>/dev/null | grep -qix 'c\.utf-\{0,1\}8'; then export LC_ALL=C.UTF-8; else export LC_ALL=C; fi

usage() {
  sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//' >&2
  exit 1
}
[[ $# -ge 1 && $# -le 2 ]] || usage
[[ $1 == -h || $1 == --help ]] && usage
build_dir=$1
out_md=${2:-}

cli=${SCOPEKEEPER_CLI:-$build_dir/src/cli/scopekeeper-cli}
gen=${SCOPEKEEPER_BENCH_GEN:-$build_dir/tests/bench/scopekeeper-bench-gen}
timeout_s=${BENCH_TIMEOUT:-600}
time_bin=/usr/bin/time

die() {
  echo "compare_peers.sh: $*" >&2
  exit 2
}
[[ -x $cli ]] || die "no CLI at $cli (build the scopekeeper-cli target first)"
[[ -x $gen ]] || die "no generator at $gen (build the scopekeeper-bench-gen target first)"
command -v hyperfine >/dev/null || die "hyperfine is not installed (apt-get install hyperfine)"
[[ -x $time_bin ]] || die "GNU time is not installed at $time_bin (apt-get install time)"
command -v timeout >/dev/null || die "timeout (coreutils) is missing"
cli=$(cd "$(dirname "$cli")" && pwd)/$(basename "$cli")
gen=$(cd "$(dirname "$gen")" && pwd)/$(basename "$gen")

work=$(mktemp -d "${TMPDIR:-/tmp}/scopekeeper-bench.XXXXXX")
if [[ ${BENCH_KEEP:-0} == 1 ]]; then
  echo "keeping $work" >&2
else
  trap 'rm -rf "$work"' EXIT
fi

log() { echo "[bench] $*" >&2; }

# ---------------------------------------------------------------------------------------------------------------
# Inputs: id | label | generator arguments. The 1.3M-word text is sized to ~9.5 MB (the generator writes about
# 7.3 bytes per English word).
inputs=(
  "en100k-1|100k words, 1% scattered edits|--words 100000 --seed 101 --edit scattered --rate 0.01"
  "en1.3m-0.2|1.3M words (~9.5 MB), 0.2% scattered edits|--words 1300000 --seed 102 --edit scattered --rate 0.002"
  "en100k-rw30|100k words, 30% rewrite|--words 100000 --seed 103 --edit rewrite --rate 0.30"
  "en200k-unrelated|two unrelated 200k-word texts|--words 200000 --seed 104 --edit unrelated"
  "ko100k-1|Korean 100k words, 1% scattered edits|--lang ko --words 100000 --seed 105 --edit scattered --rate 0.01"
  "ro100k-1|Romanian 100k words, 1% scattered edits|--lang ro --words 100000 --seed 106 --edit scattered --rate 0.01"
)

tools=(ours)
for t in git wdiff dwdiff; do
  if command -v "$t" >/dev/null; then tools+=("$t"); else log "$t not installed: skipped"; fi
done

# The command line timed for a tool (a shell command: hyperfine runs it through sh).
command_for() { # tool old new
  local q_old q_new
  q_old=$(printf %q "$2")
  q_new=$(printf %q "$3")
  case $1 in
    ours) printf '%q diff %s %s --json' "$cli" "$q_old" "$q_new" ;;
    git) printf 'git diff --no-index --word-diff=porcelain %s %s' "$q_old" "$q_new" ;;
    wdiff) printf 'wdiff -s %s %s' "$q_old" "$q_new" ;;
    dwdiff) printf 'dwdiff -s %s %s' "$q_old" "$q_new" ;;
  esac
}
display_name() {
  case $1 in
    ours) echo "scopekeeper-cli diff --json" ;;
    git) echo "git diff --word-diff=porcelain" ;;
    wdiff) echo "wdiff -s" ;;
    dwdiff) echo "dwdiff -s" ;;
  esac
}

# The changed share a tool reports, as max(deleted, inserted) / old words (docs/measuring.md), printed with 4
# decimals, or "?" when it cannot be read. wdiff and dwdiff print "old: N words  C x% common  D y% deleted  K z%
# changed" and the same for new; their non-common words are N - C. git reports no statistics: its share is counted
# from the porcelain output ('-' and '+' lines) against the whitespace-separated words of OLD.
share_of() { # tool stdout stderr old
  local tool=$1 out=$2 err=$3 old=$4
  case $tool in
    ours)
      grep -o '"changed_share"[[:space:]]*:[[:space:]]*[-0-9.eE+]*' "$out" | head -n 1 |
        sed 's/.*:[[:space:]]*//' | awk 'NF { printf "%.4f\n", $1; ok = 1 } END { if (!ok) print "?" }'
      ;;
    wdiff | dwdiff)
      cat "$out" "$err" | awk '
        BEGIN { k = 0 }
        / words +[0-9]+ +[0-9]+% common/ {
          for (i = 2; i <= NF; i++) if ($i == "words") { n[k] = $(i - 1); c[k] = $(i + 1); k++; break }
        }
        END {
          if (k < 2 || n[k - 2] == 0) { print "?"; exit }
          d = n[k - 2] - c[k - 2]; a = n[k - 1] - c[k - 1]
          printf "%.4f\n", (d > a ? d : a) / n[k - 2]
        }'
      ;;
    git)
      local words
      words=$(awk '{ n += NF } END { print n + 0 }' "$old")
      awk -v words="$words" '
        /^@@/ { hunk = 1; next }
        !hunk { next }
        /^-/ { del += split(substr($0, 2), f) }
        /^\+/ { ins += split(substr($0, 2), f) }
        END {
          if (words == 0) { print "?"; exit }
          printf "%.4f\n", (del > ins ? del : ins) / words
        }' "$out"
      ;;
  esac
}

# Results, keyed by "id/tool".
declare -A mean sd runs rss share status
declare -A label bytes

fmt_time() { # seconds
  awk -v t="$1" 'BEGIN { if (t < 1) printf "%.1f ms", t * 1000; else printf "%.2f s", t }'
}

json_field() { # file field: the first numeric value of "field" in hyperfine's JSON
  grep -o "\"$2\"[[:space:]]*:[[:space:]]*[-0-9.eE+]*" "$1" | head -n 1 | sed 's/.*:[[:space:]]*//' || true
}

run_tool() { # id tool old new
  local id=$1 tool=$2 old=$3 new=$4 key="$1/$2" base="$work/$1.$2"
  local cmd
  cmd=$(command_for "$tool" "$old" "$new")

  # 1. One call under GNU time: peak RSS, wall time, and the output for the share. It also warms the caches.
  log "$id: $tool: probe"
  local rc=0 start end
  start=$(date +%s.%N)
  timeout "$timeout_s" "$time_bin" -f %M -o "$base.rss" bash -c "exec $cmd" >"$base.out" 2>"$base.err" || rc=$?
  end=$(date +%s.%N)
  local wall
  wall=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }')
  if [[ $rc == 124 || $rc == 137 ]]; then
    status[$key]="timeout"
    mean[$key]=$timeout_s
    rss[$key]="?"
    share[$key]="?"
    log "$id: $tool: timed out after ${timeout_s}s"
    return
  fi
  # git, wdiff and dwdiff exit 1 when the files differ; ours must exit 0.
  if [[ $tool == ours && $rc != 0 ]] || ((rc > 1)); then
    status[$key]="error (exit $rc)"
    log "$id: $tool: exit $rc: $(head -c 300 "$base.err")"
  else
    status[$key]=ok
  fi
  rss[$key]=$(grep -E '^[0-9]+$' "$base.rss" | tail -n 1 || true)
  share[$key]=$(share_of "$tool" "$base.out" "$base.err" "$old")
  rm -f "$base.out" # can be large (the 1.3M-word pair)

  # 2. hyperfine: many runs for short calls, few for slow ones (dwdiff takes tens of seconds on 1.3M words).
  local -a opts
  if awk -v w="$wall" 'BEGIN { exit !(w < 1) }'; then
    opts=(--warmup 1 --min-runs 10 --max-runs 100)
  elif awk -v w="$wall" 'BEGIN { exit !(w < 10) }'; then
    opts=(--warmup 1 --runs 3)
  else
    opts=(--runs 1) # the probe above was the warm-up
  fi
  [[ $tool == ours ]] || opts+=(--ignore-failure)
  log "$id: $tool: hyperfine ${opts[*]} (probe ${wall}s)"
  if hyperfine --style none "${opts[@]}" --export-json "$base.json" "$cmd >/dev/null" >&2; then
    mean[$key]=$(json_field "$base.json" mean)
    sd[$key]=$(json_field "$base.json" stddev)
  else
    status[$key]="error (hyperfine)"
    mean[$key]=$wall
  fi
  [[ -f $base.json ]] && runs[$key]=$(awk '/"times"/ { t = 1; next } t && /\]/ { exit } t { n++ } END { print n + 0 }' "$base.json")
}

load=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')
ids=()
for spec in "${inputs[@]}"; do
  IFS='|' read -r id lab args <<<"$spec"
  if [[ -n ${BENCH_ONLY:-} && " ${BENCH_ONLY//,/ } " != *" $id "* ]]; then continue; fi
  ids+=("$id")
  label[$id]=$lab
  old="$work/$id.old.txt"
  new="$work/$id.new.txt"
  log "$id: generating ($args)"
  # shellcheck disable=SC2086 # word splitting of the argument list is intended
  "$gen" $args --out-old "$old" --out-new "$new" >&2
  bytes[$id]=$(($(wc -c <"$old") + $(wc -c <"$new")))
  for tool in "${tools[@]}"; do
    run_tool "$id" "$tool" "$old" "$new"
  done
  rm -f "$old" "$new"
done
((${#ids[@]})) || die "BENCH_ONLY matched no input"

# ---------------------------------------------------------------------------------------------------------------
# Report

report="$work/report.md"
mb() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1e6 }'; }
{
  cpu=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | sed 's/.*: //' || true)
  echo "## Benchmark run $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "Machine: $(nproc) cores${cpu:+, $cpu}, $(awk '/MemTotal/ { printf "%.1f GB RAM", $2 / 1048576 }' /proc/meminfo)." \
    "Load average before the run: $load. Locale: $LC_ALL." \
    "Peers: $(git --version 2>/dev/null || echo 'git missing'), $(wdiff --version 2>/dev/null | head -n 1 || echo 'wdiff missing')," \
    "$(dwdiff --version 2>/dev/null | head -n 1 || echo 'dwdiff missing'), $(hyperfine --version)."
  echo
  echo "| Input | Tool | Mean time | × ours | Peak RSS (MiB) | Reported share |"
  echo "|---|---|---:|---:|---:|---:|"
  for id in "${ids[@]}"; do
    first=1
    for tool in "${tools[@]}"; do
      key="$id/$tool"
      if ((first)); then
        in="${label[$id]} ($(mb "${bytes[$id]}") MB in)"
        first=0
      else
        in=""
      fi
      t=$(fmt_time "${mean[$key]}")
      [[ -n ${sd[$key]:-} && ${runs[$key]:-0} -gt 1 ]] && t="$t ± $(fmt_time "${sd[$key]}")"
      n=${runs[$key]:-0}
      t="$t ($n run$( ((n == 1)) || echo s))"
      [[ ${status[$key]} == ok ]] || t="${status[$key]}: $t"
      [[ ${status[$key]} == timeout ]] && t="> ${timeout_s} s (timeout)"
      ratio=$(awk -v a="${mean[$key]}" -v b="${mean[$id/ours]}" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "?" }')
      r="${rss[$key]:-?}"
      [[ $r =~ ^[0-9]+$ ]] && r=$(awk -v k="$r" 'BEGIN { printf "%.1f", k / 1024 }')
      echo "| $in | $(display_name "$tool") | $t | $ratio | $r | ${share[$key]:-?} |"
    done
  done
  echo
  echo "Mean time: hyperfine, after one untimed call (the RSS probe) and \`--warmup 1\` for short calls;" \
    "output to /dev/null. × ours: the tool's mean time over ours. Peak RSS: \`/usr/bin/time -f %M\` (largest" \
    "process; wdiff runs diff as a child). Reported share: max(deleted, inserted) / old words from each tool's" \
    "own counts (ours: \`changed_share\`; wdiff/dwdiff: their \`-s\` statistics; git: words on its porcelain" \
    "\`-\`/\`+\` lines over the old text's whitespace-separated words). The peers split words at whitespace, so punctuation" \
    "sticks to a word for them; the generator writes no other punctuation, so all tools count the same words."
  echo
  echo "### Checks"
  echo
  fails=0
  check() { # name verdict detail
    echo "- **$2** $1: $3"
    [[ $2 != FAIL ]] || fails=$((fails + 1))
  }
  verdict() { # awk condition (t = true)
    if awk "BEGIN { exit !($1) }"; then echo PASS; else echo FAIL; fi
  }
  have() { [[ ${status[$1]:-} == ok && -n ${mean[$1]:-} ]]; }

  id=en100k-1
  if have "$id/ours" && have "$id/git"; then
    check "100k words, 1% edits: ours ≤ 2 × git" "$(verdict "${mean[$id/ours]} <= 2 * ${mean[$id/git]}")" \
      "ours $(fmt_time "${mean[$id/ours]}"), git $(fmt_time "${mean[$id/git]}")"
  else
    check "100k words, 1% edits: ours ≤ 2 × git" SKIP "not measured"
  fi
  id=en1.3m-0.2
  if have "$id/ours" && have "$id/git"; then
    check "1.3M words, 0.2% edits: ours ≤ git" "$(verdict "${mean[$id/ours]} <= ${mean[$id/git]}")" \
      "ours $(fmt_time "${mean[$id/ours]}"), git $(fmt_time "${mean[$id/git]}")"
  else
    check "1.3M words, 0.2% edits: ours ≤ git" SKIP "not measured"
  fi
  if have "$id/ours" && [[ -n ${status[$id/dwdiff]:-} ]]; then
    # A dwdiff timeout counts as at least the timeout.
    check "1.3M words, 0.2% edits: ours ≥ 50 × faster than dwdiff" \
      "$(verdict "${mean[$id/dwdiff]} >= 50 * ${mean[$id/ours]}")" \
      "dwdiff $(fmt_time "${mean[$id/dwdiff]}") = $(awk -v a="${mean[$id/dwdiff]}" -v b="${mean[$id/ours]}" 'BEGIN { printf "%.0f", a / b }') × ours"
  else
    check "1.3M words, 0.2% edits: ours ≥ 50 × faster than dwdiff" SKIP "not measured"
  fi
  id=en200k-unrelated
  if have "$id/ours"; then
    check "unrelated 200k-word texts: ours ≤ 1.5 s" "$(verdict "${mean[$id/ours]} <= 1.5")" \
      "ours $(fmt_time "${mean[$id/ours]}")"
  else
    check "unrelated 200k-word texts: ours ≤ 1.5 s" SKIP "not measured"
  fi
  # Input size = both files (what the CLI reads).
  worst="" detail=""
  for id in "${ids[@]}"; do
    r=${rss[$id/ours]:-}
    [[ $r =~ ^[0-9]+$ ]] || continue
    limit_kb=$(((3 * bytes[$id] + 32 * 1048576) / 1024))
    detail+="${detail:+; }$id $(awk -v k="$r" 'BEGIN { printf "%.1f", k / 1024 }') ≤ $(awk -v k="$limit_kb" 'BEGIN { printf "%.1f", k / 1024 }') MiB"
    if ((r > limit_kb)); then worst+=" $id"; fi
  done
  if [[ -z $detail ]]; then
    check "peak RSS ≤ 3 × input size + 32 MB" SKIP "not measured"
  elif [[ -z $worst ]]; then
    check "peak RSS ≤ 3 × input size + 32 MiB (input = old + new, MiB)" PASS "$detail"
  else
    check "peak RSS ≤ 3 × input size + 32 MiB (input = old + new, MiB)" FAIL "over on$worst ($detail)"
  fi
  # Not a target, a sanity check: an exact LCS never reports a larger share than a tool that finds some common
  # subsequence of the same words.
  bad=""
  for id in "${ids[@]}"; do
    s=${share[$id/ours]:-?}
    [[ $s != "?" ]] || { bad+=" $id(ours?)"; continue; }
    for tool in "${tools[@]}"; do
      [[ $tool != ours ]] || continue
      p=${share[$id/$tool]:-?}
      [[ $p != "?" ]] || continue
      awk -v a="$s" -v b="$p" 'BEGIN { exit !(a <= b + 1e-4) }' || bad+=" $id/$tool"
    done
  done
  if [[ -z $bad ]]; then
    check "sanity (not a target): ours' share ≤ every peer's share" PASS "on every input"
  else
    check "sanity (not a target): ours' share ≤ every peer's share" FAIL "not on:$bad"
  fi
  echo
  for key in "${!status[@]}"; do
    [[ ${status[$key]} == ok ]] || echo "Note: $key: ${status[$key]}."
  done
  echo "$fails" >"$work/fails"
} >"$report"

cat "$report"
if [[ -n $out_md ]]; then
  cp "$report" "$out_md"
  log "report written to $out_md"
fi
fails=$(cat "$work/fails")
if ((fails > 0)) && [[ ${BENCH_STRICT:-0} == 1 ]]; then exit 1; fi
exit 0
