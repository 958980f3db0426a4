#!/usr/bin/env bash
# An outside oracle for the net present values: LibreOffice Calc's NPV function computes the same
# present values as `payback` (every real case, at 3.5 % and 4 %, horizons 10 and 0, and the
# sensitivity scenarios at 3.5 %), and its results are kept in
# src/test/resources/oracle/npv-libreoffice.csv, which LibreOfficeNpvOracleTest compares with the tool
# on every test run (no LibreOffice needed there).
#
# Run from anywhere after changing the cases or the present-value rules:
#   bash src/scripts/npv-oracle.sh
# Needs LibreOffice Calc: apt-get update && apt-get install -y libreoffice-calc
set -euo pipefail
cd "$(dirname "$0")/../.."

soffice=$(command -v soffice || command -v libreoffice || true)
if [ -z "$soffice" ]; then
  echo "npv-oracle: LibreOffice is not installed; install it with:" >&2
  echo "  apt-get update && apt-get install -y libreoffice-calc" >&2
  exit 2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mvn -B -q -DskipTests package
java -cp target/payback.jar src/scripts/NpvOracleSheet.java cases "$work/npv.fods"
# A private profile, so that a running LibreOffice or a first-start dialog cannot get in the way.
"$soffice" -env:UserInstallation="file://$work/profile" --headless --convert-to csv --outdir "$work" "$work/npv.fods" >/dev/null
"$soffice" --version | grep . | sed 's/^/# /' > "$work/golden.csv"
cat "$work/npv.csv" >> "$work/golden.csv"

mkdir -p src/test/resources/oracle
mv "$work/golden.csv" src/test/resources/oracle/npv-libreoffice.csv
echo "npv-oracle: wrote src/test/resources/oracle/npv-libreoffice.csv ($(($(wc -l < src/test/resources/oracle/npv-libreoffice.csv) - 2)) rows); comparing with the tool:"
mvn -B -q test -Dtest=LibreOfficeNpvOracleTest -Dsurefire.failIfNoSpecifiedTests=false
echo "npv-oracle: the tool agrees with LibreOffice Calc"
