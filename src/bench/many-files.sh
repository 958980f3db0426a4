#!/usr/bin/env bash
# Benchmark: payback pointed at a folder of N small case files (default 100,000); with more than
# 200,000 (load.InputBounds) it must stop at once with a message. Too slow for the unit tests (creating
# 100,000 files alone takes seconds); the unit tests load 10,000 files and test the bounds with small
# numbers (load.InputBoundsTest).
#
# Usage: src/bench/many-files.sh [N]    (after: mvn -q -B -DskipTests package)
# Prints the wall time, the peak memory, the exit code and the first lines payback wrote.
set -euo pipefail
cd "$(dirname "$0")/../.."
n="${1:-100000}"
jar=target/payback.jar
[ -f "$jar" ] || { echo "build first: mvn -q -B -DskipTests package" >&2; exit 2; }
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
start=$SECONDS
for ((i = 1; i <= n; i++)); do
  printf -v id 'P%06d' "$i"
  printf 'kind: proposal\nid: %s\ntype: investment\ntitle: Forslag %d\nyears: [2018, 2019]\npermanent: [{text: Besparelse, amounts: {2019: -2}}]\nimplementation: [{text: Udgift, amounts: {2018: 1}}]\n' "$id" "$i" > "$dir/$id.yaml"
done
echo "created $n files in $((SECONDS - start)) s"
set +e
/usr/bin/time -o "$dir.time" -f "payback: %e s wall, %M kB peak memory" java -jar "$jar" summary "$dir" > "$dir.out" 2> "$dir.err"
code=$?
set -e
echo "exit $code"
head -3 "$dir.err" | sed "s|$dir|DIR|g"
tail -1 "$dir.out" | sed "s|$dir|DIR|g"
grep -v "^Command exited" "$dir.time"
rm -f "$dir.out" "$dir.err" "$dir.time"
