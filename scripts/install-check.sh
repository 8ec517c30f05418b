#!/bin/sh
# install-check.sh: 'make install' into a staging DESTDIR, then load the
# staged plugin by its short name (-iplugindir points GCC at it).
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cd "$top"
make --no-print-directory install DESTDIR="$stage" PREFIX=/usr >/dev/null
plugdir="$stage$(gcc -print-file-name=plugin)"
test -f "$plugdir/leakwatch.so"
test -f "$stage/usr/include/leakwatch.h"
test -f "$stage/usr/share/man/man1/leakwatch.1"
test -f "$stage/usr/share/man/man1/leakwatch-report.1"
"$stage/usr/bin/leakwatch-report" --version | grep -q "^leakwatch-report "
out=$(gcc -iplugindir="$plugdir" -fplugin=leakwatch -I"$stage/usr/include" \
    -c testsuite/leakwatch.driver/leak.c -o "$stage/leak.o" 2>&1)
echo "$out" | grep -q 'warning: .*\[-Wthread-leak\]' ||
    { echo "install-check: staged plugin did not load by short name" >&2; echo "$out" >&2; exit 1; }
make --no-print-directory uninstall DESTDIR="$stage" PREFIX=/usr >/dev/null
test ! -e "$plugdir/leakwatch.so"
test ! -e "$stage/usr/bin/leakwatch-report"
echo "install-check: ok"
