#!/bin/sh
# report-browser.sh HTML [PNG]: open a leakwatch-report HTML page in
# headless Chromium (Debian's chromium; installed when missing, as
# root), check that the rendered DOM holds the summary table, the check
# filter and every finding of the page, and, with PNG, take a
# screenshot.  Prints "report-browser: ok: N findings rendered".
set -eu
page=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
png=${2:-}
if ! command -v chromium >/dev/null 2>&1; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
        chromium fonts-dejavu-core >/dev/null
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# A private profile and no network: the page must need nothing else.
run() {
    timeout 120 chromium --headless --no-sandbox --disable-gpu \
        --user-data-dir="$tmp/profile" --no-first-run \
        --proxy-server=127.0.0.1:9 "$@" 2>"$tmp/err"
}
run --dump-dom "file://$page" >"$tmp/dom.html"
want=$(grep -o 'class="finding' "$page" | wc -l)
got=$(grep -o 'class="finding' "$tmp/dom.html" | wc -l)
grep -q 'id="summary"' "$tmp/dom.html" ||
    { echo "report-browser: no summary table in the rendered page" >&2; exit 1; }
grep -q 'id="filters"' "$tmp/dom.html" ||
    { echo "report-browser: no check filter in the rendered page" >&2; exit 1; }
[ "$got" -gt 0 ] && [ "$got" = "$want" ] ||
    { echo "report-browser: $got of $want findings rendered" >&2; exit 1; }
if [ -n "$png" ]; then
    run --screenshot="$png" --window-size=1200,1600 --hide-scrollbars \
        "file://$page" >/dev/null
    [ -s "$png" ] || { echo "report-browser: no screenshot" >&2; exit 1; }
fi
echo "report-browser: ok: $got findings rendered${png:+, screenshot $png}"
