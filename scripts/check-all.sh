#!/bin/sh
# check-all.sh: the test suite with every supported GCC this machine has
# or can get (11 and 12 natively on Debian 12, 13 and 14 in a Debian 13
# chroot), then one line with the totals.
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top" || exit 1
versions=${LEAKWATCH_GCC_VERSIONS:-11 12 13 14}
passed=0 failed=0 status=0
log=$(mktemp)
for v in $versions; do
    echo "=== GCC $v"
    if [ "$v" -ge 13 ]; then
        sh scripts/chroot.sh check "$v" >"$log" 2>&1
    else
        if ! command -v "gcc-$v" >/dev/null 2>&1 && [ "$(id -u)" = 0 ] &&
            command -v apt-get >/dev/null 2>&1; then
            DEBIAN_FRONTEND=noninteractive apt-get install -y -q "gcc-$v" "g++-$v" >/dev/null 2>&1
        fi
        if ! command -v "gcc-$v" >/dev/null 2>&1; then
            echo "GCC $v: not available, skipped"
            continue
        fi
        make --no-print-directory check CC="gcc-$v" CXX="g++-$v" >"$log" 2>&1
    fi
    rc=$?
    grep -E "^(FAIL|XPASS|UNRESOLVED|ERROR)" "$log" | head -50
    line=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$log" | tail -n 1)
    if [ -z "$line" ]; then
        tail -n 30 "$log"
        echo "GCC $v: the test suite did not run"
        failed=$((failed + 1))
        status=1
        continue
    fi
    echo "GCC $v: $line"
    p=${line%% passed*}
    f=${line#*passed, }
    f=${f%% failed*}
    passed=$((passed + p))
    failed=$((failed + f))
    [ "$rc" = 0 ] || status=1
done
rm -f "$log"
echo "$passed passed, $failed failed"
exit $status
