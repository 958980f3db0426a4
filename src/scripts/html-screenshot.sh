#!/usr/bin/env bash
# Looks at an HTML report as a person would, in headless Chromium: screenshots of the page on screens
# of the given widths, and the printed PDF (A4) with its pages as PNG images, to check that tables and
# charts show and print cleanly. On screen it also measures what can be measured, and fails if it is
# not so: at 1280 pixels or wider no title of the overview takes more than two lines; at every width
# no table is wider than the page, and the overview's header is at the top of the window while its
# rows are scrolled under it.
#
# Usage:  src/scripts/html-screenshot.sh REPORT.html [OUTDIR] [WIDTH...]
#   WIDTH defaults to 1280 and 800. For each width it writes
#     OUTDIR/screen-WIDTH-NN.png      the first screens of the page (WIDTH x 900), top down
#     OUTDIR/screen-WIDTH-full.png    the whole page in one image
#     OUTDIR/screen-WIDTH-sticky.png  scrolled to the overview's 12th row: the header must show above it
#     OUTDIR/screen-WIDTH-NAME.png    the top of the sensitivity grid, the first proposal and the findings
#   and once OUTDIR/print.pdf and OUTDIR/page-N.png (OUTDIR defaults to a new temp dir).
#   SCREENS=N sets how many screens from the top (default 3).
# Needs:  apt-get install -y chromium poppler-utils python3   (Debian; not needed by the build or the tests)
set -euo pipefail

if [[ $# -lt 1 || ! -f "$1" ]]; then
  echo "usage: $0 REPORT.html [OUTDIR] [WIDTH...]" >&2
  exit 2
fi
html="$(realpath "$1")"
out="${2:-$(mktemp -d)}"
shift $(($# >= 2 ? 2 : 1))
widths=("$@")
[[ ${#widths[@]} -gt 0 ]] || widths=(1280 800)
for w in "${widths[@]}"; do
  [[ "$w" =~ ^[1-9][0-9]{2,3}$ ]] || { echo "$0: width '$w' is not a number of pixels (100-9999)" >&2; exit 2; }
done
mkdir -p "$out"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT

for tool in chromium pdftoppm python3; do
  command -v "$tool" >/dev/null || { echo "$0: $tool is missing: apt-get install -y chromium poppler-utils python3" >&2; exit 2; }
done

# No network, no first-run work: the report is one self-contained file.
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
       --disable-component-update --disable-sync --user-data-dir="$profile")

# Chromium's --screenshot cannot scroll, so the screens are taken through the DevTools protocol over
# a pipe (--remote-debugging-pipe: no port, no network).
status=0
for w in "${widths[@]}"; do
  python3 - "$html" "$w" "$out" "${SCREENS:-3}" "${flags[@]}" <<'PY' || status=1
import base64, json, os, subprocess, sys, time

html, width, out, screens, flags = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4]), sys.argv[5:]
height = 900
to_chromium, from_us = os.pipe()
to_us, from_chromium = os.pipe()

def fds():
    os.dup2(to_chromium, 3)
    os.dup2(from_chromium, 4)

browser = subprocess.Popen(["chromium", *flags, "--remote-debugging-pipe"], pass_fds=(3, 4), preexec_fn=fds,
                           stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
os.close(to_chromium)
os.close(from_chromium)
writer, reader = os.fdopen(from_us, "wb"), os.fdopen(to_us, "rb")
pending, last = b"", 0

def call(method, params=None, session=None):
    global pending, last
    last += 1
    message = {"id": last, "method": method, "params": params or {}}
    if session:
        message["sessionId"] = session
    writer.write(json.dumps(message).encode() + b"\0")
    writer.flush()
    while True:
        while b"\0" not in pending:
            chunk = reader.read1(1 << 16)
            if not chunk:
                sys.exit("chromium closed the pipe")
            pending += chunk
        raw, pending = pending.split(b"\0", 1)
        answer = json.loads(raw)
        if answer.get("id") == last:
            if "error" in answer:
                sys.exit(f"{method}: {answer['error']}")
            return answer["result"]

target = call("Target.createTarget", {"url": "about:blank"})["targetId"]
page = call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
call("Emulation.setDeviceMetricsOverride", {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False}, page)
call("Page.navigate", {"url": "file://" + html}, page)

def js(expression):
    return call("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True}, page)["result"].get("value")

for _ in range(200):
    if js("document.readyState") == "complete":
        break
    time.sleep(0.05)

def shot(name, y, full=False):
    js(f"scrollTo(0, {y}); new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")
    params = {"format": "png"}
    if full:
        params.update(captureBeyondViewport=True,
                      clip={"x": 0, "y": 0, "width": width, "height": js("document.documentElement.scrollHeight"), "scale": 1})
    path = f"{out}/screen-{width}-{name}.png"
    with open(path, "wb") as f:
        f.write(base64.b64decode(call("Page.captureScreenshot", params, page)["data"]))
    print(path)

def top_of(selector):
    return js(f"(() => {{ const e = document.querySelector({json.dumps(selector)}); return e ? Math.round(e.getBoundingClientRect().top + scrollY) : null; }})()")

total = js("document.documentElement.scrollHeight")
for i in range(min(screens, -(-total // height))):
    shot(f"{i + 1:02d}", i * height)
for name, selector in [("sensitivity", "section.sensitivity"), ("proposal", "section.proposal"), ("findings", "section.findings")]:
    y = top_of(selector)
    if y is not None:
        shot(name, y)

# The lines of each overview title: the distinct tops of its text's boxes.
lines = js("""Math.max(0, ...[...document.querySelectorAll('table.overview tbody td:nth-child(2)')].map(td => {
  const r = document.createRange(); r.selectNodeContents(td);
  return new Set([...r.getClientRects()].map(b => Math.round(b.top))).size; }))""")
print(f"{width} px: overview titles take at most {lines} lines" if lines else f"{width} px: no overview")
failed = width >= 1280 and lines > 2

# No table wider than the page, which would scroll the whole page sideways.
wide = js("""[...document.querySelectorAll('table')].filter(t => t.offsetWidth > t.parentElement.clientWidth)
  .map(t => t.className + ' ' + t.offsetWidth + ' px in ' + t.parentElement.clientWidth)""")
print(f"{width} px: tables wider than the page: {', '.join(wide) if wide else 'none'}")
failed |= bool(wide)

y = top_of("table.overview tbody tr:nth-child(12)")
if y is not None:
    shot("sticky", y)
    # The cells stick, not the thead: measure the first and last header cells.
    header = js("""(() => { const cells = document.querySelectorAll('table.overview thead th');
      const h = {top: cells[0].getBoundingClientRect().top, bottom: cells[cells.length - 1].getBoundingClientRect().bottom};
      const row = document.querySelector('table.overview tbody tr:nth-child(12)').getBoundingClientRect();
      return [Math.round(h.top), Math.round(h.bottom), Math.round(row.top)]; })()""")
    print(f"{width} px: scrolled to row 12 (now at {header[2]} px), the overview's header is at {header[0]}-{header[1]} px of the window")
    failed |= header[0] != 0
shot("full", 0, full=True)
call("Browser.close")
browser.wait(10)
sys.exit(1 if failed else 0)
PY
done

chromium "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$out/print.pdf" "file://$html" 2>/dev/null
pdftoppm -png -r 60 "$out/print.pdf" "$out/page"

echo "pdf:        $out/print.pdf ($(pdfinfo "$out/print.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}') pages)"
ls "$out"/page-*.png
exit "$status"
