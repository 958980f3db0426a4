#!/usr/bin/env bash
# Looks at an HTML report as a person would: a screenshot of the page in headless Chromium, and the
# printed PDF (A4) with its pages as PNG images, to check that tables and charts show and print cleanly.
#
# Usage:  src/scripts/html-screenshot.sh REPORT.html [OUTDIR]
#   writes OUTDIR/screen.png, OUTDIR/print.pdf and OUTDIR/page-N.png (OUTDIR defaults to a new temp dir)
# Needs:  apt-get install -y chromium poppler-utils   (Debian; not needed by the build or the tests)
set -euo pipefail

if [[ $# -lt 1 || ! -f "$1" ]]; then
  echo "usage: $0 REPORT.html [OUTDIR]" >&2
  exit 2
fi
html="$(realpath "$1")"
out="${2:-$(mktemp -d)}"
mkdir -p "$out"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT

for tool in chromium pdftoppm; do
  command -v "$tool" >/dev/null || { echo "$0: $tool is missing: apt-get install -y chromium poppler-utils" >&2; exit 2; }
done

# No network, no first-run work: the report is one self-contained file.
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
       --disable-component-update --disable-sync --user-data-dir="$profile")

chromium "${flags[@]}" --screenshot="$out/screen.png" --window-size=1200,3000 "file://$html" 2>/dev/null
chromium "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$out/print.pdf" "file://$html" 2>/dev/null
pdftoppm -png -r 60 "$out/print.pdf" "$out/page"

echo "screenshot: $out/screen.png"
echo "pdf:        $out/print.pdf ($(pdfinfo "$out/print.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}') pages)"
ls "$out"/page-*.png
