#!/usr/bin/env bash
# An outside oracle for the workbook's formulas: LibreOffice Calc opens the Excel report of the real
# cases, recalculates every formula on load and exports every sheet; then the same with one line's
# amount changed in the workbook (HA02's first permanent line in 2019, its formulas' stored values
# left stale), so that only a recalculation can show the change in the subtotal, net impact,
# cumulative row, overview and I ALT. Every number of both exports is kept in
# src/test/resources/oracle/workbook-libreoffice.csv, which LibreOfficeWorkbookOracleTest compares
# with the workbook payback writes, for the cases as they are and as changed, on every test run (no
# LibreOffice needed there).
#
# Run from anywhere after changing the cases or the workbook's layout:
#   bash src/scripts/workbook-oracle.sh
# Needs LibreOffice Calc: apt-get update && apt-get install -y libreoffice-calc-nogui
set -euo pipefail
cd "$(dirname "$0")/../.."

soffice=$(command -v soffice || command -v libreoffice || true)
if [ -z "$soffice" ]; then
  echo "workbook-oracle: LibreOffice is not installed; install it with:" >&2
  echo "  apt-get update && apt-get install -y libreoffice-calc-nogui" >&2
  exit 2
fi

# The one change, read by the test too.
sheet=HA02 cell=D7 value=-4766

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mvn -B -q -DskipTests package
java -jar target/payback.jar report -o "$work/report.xlsx" cases
java src/scripts/WorkbookOracle.java change "$work/report.xlsx" "$work/changed.xlsx" "$sheet" "$cell" "$value"

# A private profile, so that a running LibreOffice or a first-start dialog cannot get in the way,
# set to recalculate an Excel file on load: LibreOffice's default is never to, whatever the file
# asks (it shows the stored values).
mkdir -p "$work/profile/user"
cat > "$work/profile/user/registrymodifications.xcu" <<'XCU'
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
XCU
# CSV of every sheet (the last option, -1), figures as values rather than as shown.
csv='csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1'
for book in report changed; do
  "$soffice" -env:UserInstallation="file://$work/profile" --headless --convert-to "$csv" \
    --outdir "$work/$book" "$work/$book.xlsx" >/dev/null
done

{
  "$soffice" --version | grep . | sed 's/^/# /'
  echo "# changed: $sheet!$cell = $value"
  echo "workbook,sheet,cell,value"
  java src/scripts/WorkbookOracle.java collect as-written "$work/report"
  java src/scripts/WorkbookOracle.java collect changed "$work/changed"
} > "$work/golden.csv"

mkdir -p src/test/resources/oracle
mv "$work/golden.csv" src/test/resources/oracle/workbook-libreoffice.csv
echo "workbook-oracle: wrote src/test/resources/oracle/workbook-libreoffice.csv; comparing with the tool:"
mvn -B -q test -Dtest=LibreOfficeWorkbookOracleTest,WorkbookFormulasTest -Dsurefire.failIfNoSpecifiedTests=false
echo "workbook-oracle: LibreOffice Calc computes the workbook's formulas as payback does"
