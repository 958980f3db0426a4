#!/usr/bin/env bash
# The benchmark of src/bench/BENCHMARKS.md: builds the jar, writes synthetic case sets from cases/,
# times `summary`, `check`, `diff` and `report` against the Jackson parse floor on each (on both
# cores, and on one thread: the floor `check` is held to), measures start-up and a few JVM
# options, and prints Markdown tables ready to paste into BENCHMARKS.md.
#
#   bash src/bench/run.sh                       # N = 19, 1,000, 10,000, 100,000; 5 runs each
#   bash src/bench/run.sh --quick               # N = 19, 1,000, 10,000; 3 runs each
#   bash src/bench/run.sh --sizes "19 10000" --runs 7 --skip-options
#   bash src/bench/run.sh --startup-only --no-build   # only the start-up against a bare JVM
#   JAVA_OPTS="-XX:TieredStopAtLevel=1" bash src/bench/run.sh   # options for every scale run
#
# Figures are medians. Commands compared with each other run in turn (tool, floor, tool, floor ...)
# so that a change of load on the machine hits both alike. Wall time is what a user waits; CPU is
# user+sys of the process (both cores count), steadier than wall time on a busy machine. The
# tables also go to target/bench/results.md.
set -euo pipefail

SIZES="19 1000 10000 100000"
RUNS=5
STARTUP_RUNS=15
OPTIONS=1
BUILD=1
STARTUP_ONLY=0

while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) SIZES="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    --startup-runs) STARTUP_RUNS="$2"; shift 2 ;;
    --quick) SIZES="19 1000 10000"; RUNS=3; STARTUP_RUNS=7; shift ;;
    --skip-options) OPTIONS=0; shift ;;
    --no-build) BUILD=0; shift ;;
    --startup-only) STARTUP_ONLY=1; OPTIONS=0; shift ;;
    -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run.sh: unknown option '$1' (try --help)" >&2; exit 2 ;;
  esac
done

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
# Paths below are relative to ROOT, so that commands can be kept as plain strings.
WORK="target/bench"
JAR="target/payback.jar"
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
  say "building $JAR"
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
    say "generating $n synthetic proposals in $dir"
    rm -rf "$dir"
    java -cp "$CLASSES" dk.payback.bench.Generate cases "$dir" "$n" >&2
    echo "$stamp" > "$dir/.stamp"
  fi
  echo "$dir"
}

# A revision of a set: a copy with every 50th case's first amount of 2019 raised by 1, for `diff`.
revised_for() {
  local dir="$1" rev="$WORK/$(basename "$1")-revised"
  if [ "$(cat "$rev/.stamp" 2>/dev/null)" != "$stamp" ]; then
    say "revising $dir into $rev"
    rm -rf "$rev"
    cp -r "$dir" "$rev"
    find "$rev" -name '*.yaml' | sort | awk 'NR % 50 == 0' \
      | xargs -r sed -i '0,/2019: -\?[0-9]/s/2019: \(-\?\)\([0-9]\)/2019: \11\2/'
    echo "$stamp" > "$rev/.stamp"
  fi
  echo "$rev"
}

has_check=0
if java -jar "$JAR" --help 2>/dev/null | grep -q '^  check '; then has_check=1; fi

# ---- measuring
median() { sort -n | awk '{a[NR]=$1} END {if (NR == 0) print "nan"; else if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

# once OK_CODES CMD... -> "wall_s cpu_s rss_mb", or "failed CODE"
once() {
  local ok="$1"; shift
  local t="$WORK/time.out" code start end
  start=$(date +%s%N)
  set +e
  # On a non-zero exit (check's 1: findings) GNU time writes a line of its own first; the figures are last.
  /usr/bin/time -f "%U %S %M" -o "$t" "$@" >/dev/null 2>"$WORK/last.err"
  code=$?
  set -e
  end=$(date +%s%N)
  if [[ " $ok " != *" $code "* ]]; then
    echo "failed $code"
    say "  exit $code from: $*"; sed -n '1,5p' "$WORK/last.err" >&2
    return
  fi
  echo "$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.3f", (b - a) / 1e9}') $(tail -n 1 "$t" | awk '{printf "%.2f %.0f", $1 + $2, $3 / 1024}')"
}

# Named commands: CMD[name] is the command line, OK[name] the exit codes that count as success.
declare -A CMD OK WALL CPU RSS FAILED

# interleave RUNS NAME...: RUNS rounds, each running every named command once; sets the medians.
interleave() {
  local runs="$1" name i res
  shift
  for name in "$@"; do : >"$WORK/m.$name"; FAILED[$name]=""; done
  for ((i = 0; i < runs; i++)); do
    for name in "$@"; do
      [ -n "${FAILED[$name]}" ] && continue
      # shellcheck disable=SC2086 # CMD holds words without spaces
      res="$(once "${OK[$name]:-0}" ${CMD[$name]})"
      if [[ "$res" == failed* ]]; then FAILED[$name]="${res#failed }"; else echo "$res" >>"$WORK/m.$name"; fi
    done
  done
  for name in "$@"; do
    WALL[$name]="$(cut -d' ' -f1 "$WORK/m.$name" | median)"
    CPU[$name]="$(cut -d' ' -f2 "$WORK/m.$name" | median)"
    RSS[$name]="$(cut -d' ' -f3 "$WORK/m.$name" | median)"
  done
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%.2f", a / b; else print "–"}'; }
ms() { awk -v w="$1" 'BEGIN {printf "%.0f", w * 1000}'; }
# Per-file cost only means something once start-up is a small part of the time.
per_k() { if [ "$2" -ge 1000 ]; then awk -v w="$1" -v n="$2" 'BEGIN {printf "%.0f", w * 1e6 / n}'; else echo "–"; fi; }
fmt_n() { echo "$1" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta'; }

exec 3> >(tee "$RESULTS")
out() { echo "$*" >&3; }

out "## Benchmark, $(date -u +%Y-%m-%d)"
out ""
out "- machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), $(free -g | awk '/^Mem:/ {print $2}') GB memory, $(uname -sr)"
out "- java: $(java -version 2>&1 | sed -n 2p)"
out "- jar: $JAR at $(git rev-parse --short HEAD 2>/dev/null || echo '?'), JAVA_OPTS='${JAVA_OPTS:-}'"
out "- load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
out "- command: \`bash src/bench/run.sh$( [ "$SIZES" != "19 1000 10000 100000" ] && echo " --sizes \"$SIZES\"")$( [ "$RUNS" != 5 ] && echo " --runs $RUNS")$( [ "$STARTUP_ONLY" = 1 ] && echo " --startup-only")\`; medians of $RUNS runs ($STARTUP_RUNS for the 19 real cases)"
[ "$has_check" = 1 ] || out "- note: this build has no \`check\` command; its rows are left out"
out ""
declare -A SUMMARY_WALL FLOOR_WALL SUMMARY_CPU FLOOR_CPU REPORT_WALL REPORT_CPU CHECK_WALL DIFF_WALL
declare -A CHECK_CPU CHECKL_WALL CHECKL_CPU FLOOR1_WALL FLOOR1_CPU
XMX512=""
if [ "$STARTUP_ONLY" = 0 ]; then
out "### Scale: wall time, CPU time (user+sys) and peak memory (max RSS)"
out ""
out "| proposals | command | wall s | CPU s | max RSS MB | wall ms per 1,000 | × floor, wall | × floor, CPU |"
out "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |"

for n in $SIZES; do
  dir="$(set_for "$n")"
  # Warm the page cache so that no run pays for the first read from disk.
  find "$dir" -name '*.yaml' -exec cat {} + >/dev/null 2>&1 || true
  names=(floor summary)
  CMD[floor]="java ${JAVA_OPTS:-} -cp $JAR:$CLASSES dk.payback.bench.ParseFloor $dir"
  CMD[summary]="java ${JAVA_OPTS:-} -jar $JAR summary $dir"
  if [ "$has_check" = 1 ]; then
    names+=(check)
    CMD[check]="java ${JAVA_OPTS:-} -jar $JAR check $dir"
    OK[check]="0 1"  # check exits 1 with findings, which the real cases have
    # check is held to Jackson's parse on one thread, run with java -jar and with the launcher.
    names+=(checkl floor1)
    CMD[checkl]="src/bin/payback check $dir"
    OK[checkl]="0 1"
    CMD[floor1]="java ${JAVA_OPTS:-} -cp $JAR:$CLASSES dk.payback.bench.ParseFloor --one-thread $dir"
  fi
  # diff reads, analyses and checks both sets: its cost against check's over one is the target.
  if java -jar "$JAR" --help 2>/dev/null | grep -q '^  diff '; then
    names+=(diff)
    CMD[diff]="java ${JAVA_OPTS:-} -jar $JAR diff --format json $dir $(revised_for "$dir")"
  fi
  # report computes every view (present values, the sensitivity grid, the findings) from one analysis:
  # its cost over summary's is what the views add, measured in the same rounds.
  names+=(report)
  CMD[report]="java ${JAVA_OPTS:-} -jar $JAR report --format json $dir"
  runs="$RUNS"; [ "$n" -lt 1000 ] && runs="$STARTUP_RUNS"
  say "N=$n: ${names[*]}, $runs rounds"
  interleave "$runs" "${names[@]}"
  for name in "${names[@]}"; do
    [ "$name" = floor ] || [ "$name" = floor1 ] && continue
    label="\`$name\`"
    [ "$name" = checkl ] && label="\`check\` (\`src/bin/payback\`)"
    if [ -n "${FAILED[$name]}" ]; then
      out "| $(fmt_n "$n") | $label | failed (exit ${FAILED[$name]}) | | | | | |"
    else
      out "| $(fmt_n "$n") | $label | ${WALL[$name]} | ${CPU[$name]} | ${RSS[$name]} | $(per_k "${WALL[$name]}" "$n") | $(ratio "${WALL[$name]}" "${WALL[floor]}") | $(ratio "${CPU[$name]}" "${CPU[floor]}") |"
    fi
  done
  out "| $(fmt_n "$n") | floor: Jackson \`readTree\` | ${WALL[floor]} | ${CPU[floor]} | ${RSS[floor]} | $(per_k "${WALL[floor]}" "$n") | 1.00 | 1.00 |"
  if [ -n "${WALL[floor1]:-}" ] && [ -z "${FAILED[floor1]:-}" ]; then
    out "| $(fmt_n "$n") | floor on one thread | ${WALL[floor1]} | ${CPU[floor1]} | ${RSS[floor1]} | $(per_k "${WALL[floor1]}" "$n") | $(ratio "${WALL[floor1]}" "${WALL[floor]}") | $(ratio "${CPU[floor1]}" "${CPU[floor]}") |"
    if [ -z "${FAILED[check]:-}" ] && [ -z "${FAILED[checkl]:-}" ]; then
      CHECK_CPU[$n]="${CPU[check]}"; CHECKL_WALL[$n]="${WALL[checkl]}"; CHECKL_CPU[$n]="${CPU[checkl]}"
      FLOOR1_WALL[$n]="${WALL[floor1]}"; FLOOR1_CPU[$n]="${CPU[floor1]}"
    fi
  fi
  if [ -z "${FAILED[summary]}" ]; then
    SUMMARY_WALL[$n]="${WALL[summary]}"; SUMMARY_CPU[$n]="${CPU[summary]}"
  fi
  if [ -z "${FAILED[report]}" ]; then
    REPORT_WALL[$n]="${WALL[report]}"; REPORT_CPU[$n]="${CPU[report]}"
  fi
  if [ -n "${WALL[diff]:-}" ] && [ -z "${FAILED[diff]:-}" ] && [ -z "${FAILED[check]:-}" ]; then
    CHECK_WALL[$n]="${WALL[check]}"; DIFF_WALL[$n]="${WALL[diff]}"
  fi
  [ -z "${FAILED[check]:-}" ] && [ -n "${WALL[check]:-}" ] && CHECK_WALL[$n]="${WALL[check]}"
  unset 'WALL[floor1]' 'WALL[check]' 'WALL[diff]'
  FLOOR_WALL[$n]="${WALL[floor]}"; FLOOR_CPU[$n]="${CPU[floor]}"
done
out ""

biggest="${SIZES##* }"
if [ "$biggest" -ge 10000 ]; then
  say "N=$biggest: summary with -Xmx512m"
  res="$(once 0 java ${JAVA_OPTS:-} -Xmx512m -jar "$JAR" summary "$(set_for "$biggest")")"
  if [[ "$res" == failed* ]]; then
    XMX512="failed"
    out "- \`-Xmx512m\`, \`summary\` of $(fmt_n "$biggest") proposals: **failed** (exit ${res#failed })"
  else
    read -r w c r <<<"$res"
    XMX512="$w"
    out "- \`-Xmx512m\`, \`summary\` of $(fmt_n "$biggest") proposals: $w s wall, $c s CPU, $r MB max RSS (one run)"
  fi
fi
# The loader parses on a parallel stream: one core against all shows whether that pays. taskset
# pins the whole JVM (compiler and collector threads too); -XX:ActiveProcessorCount alone would not.
mid=""
for n in $SIZES; do [ "$n" -le 10000 ] && mid="$n"; done
if [ -n "$mid" ] && [ "$mid" -ge 1000 ] && command -v taskset >/dev/null && [ "$(nproc)" -gt 1 ]; then
  say "N=$mid: summary on one core against $(nproc)"
  CMD[one]="taskset -c 0 java ${JAVA_OPTS:-} -jar $JAR summary $(set_for "$mid")"
  CMD[all]="java ${JAVA_OPTS:-} -jar $JAR summary $(set_for "$mid")"
  interleave "$RUNS" one all
  out "- \`summary\` of $(fmt_n "$mid") proposals pinned to one core (\`taskset -c 0\`): ${WALL[one]} s wall, ${CPU[one]} s CPU; on $(nproc) cores: ${WALL[all]} s wall, ${CPU[all]} s CPU"
fi
out "- load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
fi

# ---- start-up against a bare JVM: the fixed cost of every run, as a ratio to `java -version` in the
# same rounds, with `java -jar` and with the launcher (src/bin/payback, as the README runs the tool),
# which maps a class-data archive made for its JVM; without it (PAYBACK_ARCHIVE=off) for what the
# archive pays. Where a JDK 25 is installed beside (PAYBACK_BENCH_JDK25, by default Temurin's path),
# the launcher on it with its AOT cache, against that JVM's own `java -version`.
JDK25="${PAYBACK_BENCH_JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
say "start-up: java -version, --version and summary cases, $STARTUP_RUNS rounds"
# The launcher makes its archive on a first run where the build did not: not in the rounds.
src/bin/payback --version >/dev/null
CMD[jvm]="java -version"
CMD[version]="java -jar $JAR --version"
CMD[cases]="java -jar $JAR summary cases"
CMD[noarchive]="env PAYBACK_ARCHIVE=off src/bin/payback summary cases"
CMD[launcher]="src/bin/payback summary cases"
startup=(jvm version cases noarchive launcher)
# The floors of start-up (StartupFloor): picocli alone printing a version, SnakeYAML alone reading
# the cases, and a picocli command reading them; each with the launcher's options and a static
# class-data archive made as the launcher makes its own. No tool on this stack starts below them.
BENCH_JAR="$WORK/bench.jar"
jar cf "$BENCH_JAR" -C "$CLASSES" .
for floor in version yaml read; do
  list="$WORK/floor-$floor.classes"
  java -XX:DumpLoadedClassList="$list" -cp "$JAR:$BENCH_JAR" dk.payback.bench.StartupFloor \
    "$floor" cases >/dev/null
  java -Xshare:dump -XX:SharedClassListFile="$list" -XX:SharedArchiveFile="$WORK/floor-$floor.jsa" \
    -cp "$JAR:$BENCH_JAR" >/dev/null 2>&1
  CMD[floor$floor]="java -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -XX:SharedArchiveFile=$WORK/floor-$floor.jsa -cp $JAR:$BENCH_JAR dk.payback.bench.StartupFloor $floor cases"
  startup+=("floor$floor")
done
if [ -x "$JDK25" ]; then
  env PAYBACK_JAVA="$JDK25" src/bin/payback --version >/dev/null
  CMD[jvm25]="$JDK25 -version"
  CMD[launcher25]="env PAYBACK_JAVA=$JDK25 src/bin/payback summary cases"
  startup+=(jvm25 launcher25)
fi
load_start="$(cut -d' ' -f1-3 /proc/loadavg)"
interleave "$STARTUP_RUNS" "${startup[@]}"
out ""
out "### Start-up against a bare JVM"
out ""
out "Medians of $STARTUP_RUNS rounds, each running the ${#startup[@]} in turn; load average at start $load_start."
out ""
out "| command | wall ms | CPU ms | × \`java -version\`, wall | × \`java -version\`, CPU |"
out "| --- | ---: | ---: | ---: | ---: |"
for name in "${startup[@]}"; do
  base=jvm
  [[ "$name" == *25 ]] && base=jvm25
  label="\`${CMD[$name]//$JDK25/jdk25/bin/java}\`"
  [[ "$name" == floor* ]] && label="floor: \`StartupFloor ${name#floor}\` (archive, launcher's options)"
  out "| $label | $(ms "${WALL[$name]}") | $(ms "${CPU[$name]}") | $(ratio "${WALL[$name]}" "${WALL[$base]}") | $(ratio "${CPU[$name]}" "${CPU[$base]}") |"
done
STARTUP_RATIO="$(ratio "${WALL[launcher]}" "${WALL[jvm]}")"
out "- load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"

# ---- start-up and JVM options
if [ "$OPTIONS" = 1 ]; then
  JSA="$WORK/app.jsa"
  rm -f "$JSA"
  java -XX:ArchiveClassesAtExit="$JSA" -jar "$JAR" summary cases >/dev/null 2>&1 || true
  big=""
  [[ " $SIZES " == *" 10000 "* ]] && big="$(set_for 10000)"
  out ""
  out "### Start-up and JVM options"
  out ""
  out "Medians of $STARTUP_RUNS runs for the real cases and of $RUNS for 10,000 proposals."
  out ""
  if [ -n "$big" ]; then
    out "| JVM options | \`--version\` ms | \`summary cases\` ms | CPU ms | RSS MB | \`summary\` 10,000 s | CPU s | × floor, wall | × floor, CPU |"
    out "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  else
    out "| JVM options | \`--version\` ms | \`summary cases\` ms | CPU ms | RSS MB |"
    out "| --- | ---: | ---: | ---: | ---: |"
  fi
  variants=(
    ""
    "-Xshare:off"
    "-XX:SharedArchiveFile=$JSA"
    "-XX:TieredStopAtLevel=1"
    "-XX:+UseSerialGC"
    "-XX:+UseParallelGC"
    "-XX:TieredStopAtLevel=1 -XX:+UseParallelGC"
    "-XX:SharedArchiveFile=$JSA -XX:TieredStopAtLevel=1 -XX:+UseParallelGC"
  )
  for v in "${variants[@]}"; do
    say "JVM options: ${v:-default}"
    CMD[version]="java $v -jar $JAR --version"
    CMD[cases]="java $v -jar $JAR summary cases"
    interleave "$STARTUP_RUNS" version cases
    label="${v:-(none)}"
    label="${label//$JSA/app.jsa}"
    row="| \`$label\` | $(ms "${WALL[version]}") | $(ms "${WALL[cases]}") | $(ms "${CPU[cases]}") | ${RSS[cases]} |"
    if [ -n "$big" ]; then
      CMD[big]="java $v -jar $JAR summary $big"
      CMD[bigfloor]="java $v -cp $JAR:$CLASSES dk.payback.bench.ParseFloor $big"
      interleave "$RUNS" big bigfloor
      row+=" ${WALL[big]} | ${CPU[big]} | $(ratio "${WALL[big]}" "${WALL[bigfloor]}") | $(ratio "${CPU[big]}" "${CPU[bigfloor]}") |"
    fi
    out "$row"
  done
  out ""
  out "- \`app.jsa\`: an AppCDS archive made once by \`java -XX:ArchiveClassesAtExit=app.jsa -jar target/payback.jar summary cases\`"
  out "- × floor: against the floor run with the same options"
  out "- load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
fi

# ---- targets
out ""
out "### Targets"
out ""
verdict() { if awk "BEGIN {exit !($1)}"; then echo "met"; else echo "**missed**"; fi; }
if [ -n "${SUMMARY_WALL[19]:-}" ]; then
  out "- the real cases end to end (\`summary cases\`) under 0.4 s: ${SUMMARY_WALL[19]} s, $(verdict "${SUMMARY_WALL[19]} < 0.4")"
fi
if [ -n "${SUMMARY_WALL[10000]:-}" ]; then
  out "- 10,000 proposals under 3 s: ${SUMMARY_WALL[10000]} s, $(verdict "${SUMMARY_WALL[10000]} < 3")"
  r="$(ratio "${SUMMARY_WALL[10000]}" "${FLOOR_WALL[10000]}")"
  out "- 10,000 proposals at most 1.2 × the floor: $r × in wall time ($(ratio "${SUMMARY_CPU[10000]}" "${FLOOR_CPU[10000]}") × in CPU time), $(verdict "$r <= 1.2")"
fi
if [ -n "${SUMMARY_WALL[10000]:-}" ] && [ -n "${REPORT_WALL[10000]:-}" ]; then
  r="$(ratio "${REPORT_WALL[10000]}" "${SUMMARY_WALL[10000]}")"
  out "- \`report\` of 10,000 proposals at most 1.5 × \`summary\`: $r × in wall time ($(ratio "${REPORT_CPU[10000]}" "${SUMMARY_CPU[10000]}") × in CPU time), $(verdict "$r <= 1.5")"
fi
if [ -n "${FLOOR1_WALL[10000]:-}" ]; then
  for via in jar launcher; do
    if [ "$via" = jar ]; then w="${CHECK_WALL[10000]}"; c="${CHECK_CPU[10000]}"; how="\`java -jar\`"; else w="${CHECKL_WALL[10000]}"; c="${CHECKL_CPU[10000]}"; how="\`src/bin/payback\`"; fi
    r="$(ratio "$w" "${FLOOR1_WALL[10000]}")"
    out "- \`check\` of 10,000 proposals with $how at most 1.0 × the floor on one thread: $r × in wall time ($(ratio "$c" "${FLOOR1_CPU[10000]}") × in CPU time), $(verdict "$r <= 1.0")"
  done
fi
if [ -n "${DIFF_WALL[10000]:-}" ]; then
  r="$(ratio "${DIFF_WALL[10000]}" "${CHECK_WALL[10000]}")"
  out "- \`diff\` of two sets of 10,000 proposals at most 2 × \`check\` of one: $r × in wall time, $(verdict "$r <= 2")"
fi
out "- the real cases end to end as the README's first command runs them (\`src/bin/payback summary cases\`) at most 3 × \`java -version\`, medians of $STARTUP_RUNS rounds: $STARTUP_RATIO ×, $(verdict "$STARTUP_RATIO <= 3")"
if [ -n "$XMX512" ]; then
  out "- $(fmt_n "$biggest") proposals with \`-Xmx512m\`: $([ "$XMX512" = failed ] && echo "**failed**" || echo "met ($XMX512 s)")"
fi
if [ -n "${SUMMARY_WALL[10000]:-}" ] && [ -n "${SUMMARY_WALL[100000]:-}" ]; then
  per10="$(awk -v w="${SUMMARY_WALL[10000]}" 'BEGIN {printf "%.3f", w / 10}')"
  per100="$(awk -v w="${SUMMARY_WALL[100000]}" 'BEGIN {printf "%.3f", w / 100}')"
  out "- cost linear in the number of files: ${per10} s per 1,000 at 10,000, ${per100} s per 1,000 at 100,000, $(verdict "$per100 <= 1.25 * $per10")"
fi
exec 3>&-
wait
say "tables written to $RESULTS"
