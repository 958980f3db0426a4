#!/usr/bin/env bash
# Opens an Excel report in LibreOffice Calc (headless) and prints it to PDF, with its pages as PNG
# images: proof that the workbook opens outside Excel and that its figures show as numbers.
#
# Usage:  src/scripts/xlsx-to-pdf.sh REPORT.xlsx [OUTDIR]
#   writes OUTDIR/REPORT.pdf and OUTDIR/page-N.png (OUTDIR defaults to a new temp dir)
# Needs:  apt-get install -y libreoffice-calc poppler-utils   (Debian; not needed by the build or the tests)
set -euo pipefail

if [[ $# -lt 1 || ! -f "$1" ]]; then
  echo "usage: $0 REPORT.xlsx [OUTDIR]" >&2
  exit 2
fi
xlsx="$(realpath "$1")"
out="${2:-$(mktemp -d)}"
mkdir -p "$out"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT

for tool in libreoffice pdftoppm; do
  command -v "$tool" >/dev/null || { echo "$0: $tool is missing: apt-get install -y libreoffice-calc poppler-utils" >&2; exit 2; }
done

# A profile of its own, so that a running LibreOffice or an old profile cannot get in the way.
libreoffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$out" "$xlsx" >/dev/null
pdf="$out/$(basename "${xlsx%.*}").pdf"
[[ -s "$pdf" ]] || { echo "$0: LibreOffice wrote no PDF for $xlsx" >&2; exit 1; }
pdftoppm -png -r 60 "$pdf" "$out/page"

echo "pdf: $pdf ($(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages:/ {print $2}') pages)"
ls "$out"/page-*.png
