#!/usr/bin/env bash
# The benchmark of src/bench/BENCHMARKS.md: builds the jar, writes synthetic case sets from cases/,
# times `check`, `summary` and the Jackson parse floor on each, measures start-up with and without
# AppCDS and a few JVM flags, and prints Markdown tables ready to paste into BENCHMARKS.md.
#
#   bash src/bench/run.sh                       # N = 19, 1,000, 10,000, 100,000; 5 runs each
#   bash src/bench/run.sh --quick               # N = 19, 1,000, 10,000; 3 runs each
#   bash src/bench/run.sh --sizes "19 10000" --runs 7 --skip-startup
#
# Figures are medians. Wall time is what a user waits; CPU is user+sys of the process (both cores
# count), which is steadier than wall time on a busy machine. The tables also go to
# target/bench/results.md.
set -euo pipefail

SIZES="19 1000 10000 100000"
RUNS=5
STARTUP_RUNS=15
STARTUP=1
BUILD=1

while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) SIZES="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    --startup-runs) STARTUP_RUNS="$2"; shift 2 ;;
    --quick) SIZES="19 1000 10000"; RUNS=3; STARTUP_RUNS=7; shift ;;
    --skip-startup) STARTUP=0; shift ;;
    --no-build) BUILD=0; shift ;;
    -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run.sh: unknown option '$1' (try --help)" >&2; exit 2 ;;
  esac
done

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
WORK="$ROOT/target/bench"
JAR="$ROOT/target/payback.jar"
CLASSES="$WORK/classes"
RESULTS="$WORK/results.md"
mkdir -p "$WORK"

say() { echo "$*" >&2; }

# GNU time gives the peak resident set size; Debian ships it as the package 'time'.
if [ ! -x /usr/bin/time ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    say "installing GNU time (apt-get install -y time)"
    apt-get install -y -q time >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q time >/dev/null; }
  else
    say "run.sh: needs GNU time at /usr/bin/time (Debian/Ubuntu: apt-get install time)"; exit 2
  fi
fi

if [ "$BUILD" = 1 ] || [ ! -f "$JAR" ]; then
  say "building target/payback.jar"
  mvn -B -q -ntp -DskipTests package ${MVN_ARGS:-} >&2
fi
say "compiling the benchmark's helpers"
mkdir -p "$CLASSES"
javac -nowarn -cp "$JAR" -d "$CLASSES" src/bench/java/dk/payback/bench/*.java

# ---- case sets: N = 19 is cases/ itself; larger sets are generated once and reused while cases/ is unchanged.
stamp="$(cat cases/*.yaml | cksum | cut -d' ' -f1)"
set_for() {
  local n="$1"
  if [ "$n" = 19 ]; then echo "cases"; return; fi
  local dir="$WORK/cases-$n"
  if [ "$(cat "$dir/.stamp" 2>/dev/null)" != "$stamp" ]; then
    say "generating $n synthetic proposals in ${dir#"$ROOT"/}"
    rm -rf "$dir"
    java -cp "$CLASSES" dk.payback.bench.Generate cases "$dir" "$n" >&2
    echo "$stamp" > "$dir/.stamp"
  fi
  echo "${dir#"$ROOT"/}"
}

# ---- measuring
has_check=0
if java -jar "$JAR" --help 2>/dev/null | grep -q '^  check '; then has_check=1; fi

median() { sort -n | awk '{a[NR]=$1} END {if (NR == 0) print "nan"; else if (NR % 2) print a[(NR+1)/2]; else printf "%.3f\n", (a[NR/2]+a[NR/2+1])/2}'; }

# measure RUNS OK_CODES CMD... -> "wall_s cpu_s rss_mb" (medians), or "failed CODE"
measure() {
  local runs="$1" ok="$2"; shift 2
  local t="$WORK/time.out" walls="" cpus="" rsss="" i code start end
  for ((i = 0; i < runs; i++)); do
    start=$(date +%s%N)
    set +e
    /usr/bin/time -f "%U %S %M" -o "$t" "$@" >/dev/null 2>"$WORK/last.err"
    code=$?
    set -e
    end=$(date +%s%N)
    if [[ " $ok " != *" $code "* ]]; then
      echo "failed $code"
      say "  exit $code from: $*"; sed -n '1,5p' "$WORK/last.err" >&2
      return
    fi
    walls+="$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.3f", (b - a) / 1e9}')"$'\n'
    cpus+="$(awk '{printf "%.2f", $1 + $2}' "$t")"$'\n'
    rsss+="$(awk '{printf "%.0f", $3 / 1024}' "$t")"$'\n'
  done
  echo "$(printf '%s' "$walls" | median) $(printf '%s' "$cpus" | median) $(printf '%s' "$rsss" | median)"
}

# Per-file cost only means something once start-up is a small part of the time.
per_k() { if [ "$2" -ge 1000 ]; then awk -v w="$1" -v n="$2" 'BEGIN {printf "%.0f", w * 1e6 / n}'; else echo "–"; fi; }

fmt_n() { printf "%'d" "$1" 2>/dev/null || echo "$1"; }

exec 3> >(tee "$RESULTS")
out() { echo "$*" >&3; }

out "## Benchmark, $(date -u +%Y-%m-%d)"
out ""
out "- machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), $(free -g | awk '/^Mem:/ {print $2}') GB memory, $(uname -sr)"
out "- java: $(java -version 2>&1 | sed -n 2p)"
out "- jar: target/payback.jar at $(git rev-parse --short HEAD 2>/dev/null || echo '?'), JAVA_OPTS='${JAVA_OPTS:-}'"
out "- load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
out "- command: \`bash src/bench/run.sh$( [ "$SIZES" != "19 1000 10000 100000" ] && echo " --sizes \"$SIZES\"")$( [ "$RUNS" != 5 ] && echo " --runs $RUNS")\`, medians of $RUNS runs"
[ "$has_check" = 1 ] || out "- note: this build has no \`check\` command; its rows are left out"
out ""
out "### Scale: wall time, CPU time (user+sys) and peak memory (max RSS)"
out ""
out "| proposals | command | wall s | CPU s | max RSS MB | wall ms per 1,000 | × floor |"
out "| ---: | --- | ---: | ---: | ---: | ---: | ---: |"

declare -A WALL
for n in $SIZES; do
  dir="$(set_for "$n")"
  # Warm the page cache so that no run pays for the first read from disk.
  cat $(find "$dir" -name '*.yaml') >/dev/null 2>&1 || true
  say "N=$n: floor"
  read -r fw fc fr <<<"$(measure "$RUNS" "0" java ${JAVA_OPTS:-} -cp "$JAR:$CLASSES" dk.payback.bench.ParseFloor "$dir")"
  cmds=(summary)
  [ "$has_check" = 1 ] && cmds=(check summary)
  for cmd in "${cmds[@]}"; do
    say "N=$n: $cmd"
    ok="0"; [ "$cmd" = check ] && ok="0 1"  # check exits 1 with findings, which the real cases have
    read -r w c r <<<"$(measure "$RUNS" "$ok" java ${JAVA_OPTS:-} -jar "$JAR" "$cmd" "$dir")"
    [ "$cmd" = summary ] && WALL[$n]="$w"
    if [ "$w" = failed ]; then
      out "| $(fmt_n "$n") | \`$cmd\` | failed (exit $c) | | | | |"
    else
      out "| $(fmt_n "$n") | \`$cmd\` | $w | $c | $r | $(per_k "$w" "$n") | $(awk -v w="$w" -v f="$fw" 'BEGIN {printf "%.2f", w / f}') |"
    fi
  done
  out "| $(fmt_n "$n") | floor: Jackson \`readTree\` | $fw | $fc | $fr | $(per_k "$fw" "$n") | 1.00 |"
  WALL[floor$n]="$fw"
done

biggest="${SIZES##* }"
out ""
if [ "$biggest" -ge 10000 ]; then
  say "N=$biggest: summary with -Xmx512m"
  read -r w c r <<<"$(measure 1 "0" java ${JAVA_OPTS:-} -Xmx512m -jar "$JAR" summary "$(set_for "$biggest")")"
  XMX512="$w"
  if [ "$w" = failed ]; then
    out "- \`-Xmx512m\`, \`summary\` of $(fmt_n "$biggest") proposals: **failed** (exit $c)"
  else
    out "- \`-Xmx512m\`, \`summary\` of $(fmt_n "$biggest") proposals: $w s wall, $c s CPU, $r MB max RSS (one run)"
  fi
fi
# The loader parses on a parallel stream: one core against two shows whether that pays.
mid=""
for n in $SIZES; do [ "$n" -le 10000 ] && mid="$n"; done
if [ -n "$mid" ] && [ "$mid" -ge 1000 ]; then
  say "N=$mid: summary on one core"
  read -r w c r <<<"$(measure "$RUNS" "0" java ${JAVA_OPTS:-} -XX:ActiveProcessorCount=1 -jar "$JAR" summary "$(set_for "$mid")")"
  out "- \`-XX:ActiveProcessorCount=1\`, \`summary\` of $(fmt_n "$mid") proposals: $w s wall, $c s CPU (against ${WALL[$mid]} s on $(nproc) cores)"
fi
out "- load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"

# ---- start-up and JVM options
if [ "$STARTUP" = 1 ]; then
  JSA="$WORK/app.jsa"
  rm -f "$JSA"
  java -XX:ArchiveClassesAtExit="$JSA" -jar "$JAR" summary cases >/dev/null 2>&1 || true
  big=""
  [[ " $SIZES " == *" 10000 "* ]] && big="$(set_for 10000)"
  out ""
  out "### Start-up and JVM options"
  out ""
  out "Wall time, median of $STARTUP_RUNS runs for the real cases and of $RUNS for 10,000 proposals."
  out ""
  if [ -n "$big" ]; then
    out "| JVM options | \`--version\` ms | \`summary cases\` ms | RSS MB | \`summary\` 10,000 s | CPU s | floor 10,000 s | × floor |"
    out "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  else
    out "| JVM options | \`--version\` ms | \`summary cases\` ms | RSS MB |"
    out "| --- | ---: | ---: | ---: |"
  fi
  variants=(
    ""
    "-Xshare:off"
    "-XX:SharedArchiveFile=$JSA"
    "-XX:TieredStopAtLevel=1"
    "-XX:+UseSerialGC"
    "-XX:+UseParallelGC"
    "-XX:TieredStopAtLevel=1 -XX:+UseParallelGC"
    "-XX:SharedArchiveFile=$JSA -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
  )
  ms() { awk -v w="$1" 'BEGIN {printf "%.0f", w * 1000}'; }
  for v in "${variants[@]}"; do
    say "JVM options: ${v:-default}"
    read -r vw _ _ <<<"$(measure "$STARTUP_RUNS" "0" java $v -jar "$JAR" --version)"
    read -r sw _ sr <<<"$(measure "$STARTUP_RUNS" "0" java $v -jar "$JAR" summary cases)"
    label="${v:-(none)}"
    label="${label//$JSA/app.jsa}"
    row="| \`$label\` | $(ms "$vw") | $(ms "$sw") | $sr |"
    if [ -n "$big" ]; then
      read -r bw bc _ <<<"$(measure "$RUNS" "0" java $v -jar "$JAR" summary "$big")"
      read -r fw _ _ <<<"$(measure "$RUNS" "0" java $v -cp "$JAR:$CLASSES" dk.payback.bench.ParseFloor "$big")"
      row+=" $bw | $bc | $fw | $(awk -v a="$bw" -v b="$fw" 'BEGIN {printf "%.2f", a / b}') |"
    fi
    out "$row"
  done
  out ""
  out "- \`app.jsa\`: an AppCDS archive made once by \`java -XX:ArchiveClassesAtExit=app.jsa -jar target/payback.jar summary cases\`"
  out "- load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
fi

# ---- targets
out ""
out "### Targets"
out ""
verdict() { if awk "BEGIN {exit !($1)}"; then echo "met"; else echo "**missed**"; fi; }
if [ -n "${WALL[19]:-}" ] && [ "${WALL[19]}" != failed ]; then
  out "- real cases end to end (\`summary cases\`) under 0.4 s: ${WALL[19]} s, $(verdict "${WALL[19]} < 0.4")"
fi
if [ -n "${WALL[10000]:-}" ] && [ "${WALL[10000]}" != failed ]; then
  out "- 10,000 proposals under 3 s: ${WALL[10000]} s, $(verdict "${WALL[10000]} < 3")"
  ratio="$(awk -v a="${WALL[10000]}" -v b="${WALL[floor10000]}" 'BEGIN {printf "%.2f", a / b}')"
  out "- 10,000 proposals at most 1.2 × the floor: ${ratio} ×, $(verdict "$ratio <= 1.2")"
fi
if [ -n "${XMX512:-}" ]; then
  out "- $(fmt_n "$biggest") proposals with \`-Xmx512m\`: $([ "$XMX512" = failed ] && echo "**failed**" || echo "met ($XMX512 s)")"
fi
if [ -n "${WALL[10000]:-}" ] && [ -n "${WALL[100000]:-}" ] && [ "${WALL[100000]}" != failed ]; then
  per10="$(awk -v w="${WALL[10000]}" 'BEGIN {printf "%.3f", w / 10}')"
  per100="$(awk -v w="${WALL[100000]}" 'BEGIN {printf "%.3f", w / 100}')"
  out "- linear cost: ${per10} s per 1,000 at 10,000 against ${per100} s per 1,000 at 100,000, $(verdict "$per100 <= 1.25 * $per10")"
fi
exec 3>&-
wait
say "tables written to ${RESULTS#"$ROOT"/}"
