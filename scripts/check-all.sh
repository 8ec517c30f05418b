#!/bin/sh
# check-all.sh: the test suite with every supported GCC: 11 and 12
# natively (Debian 12), 13, 14, 15 and 16 in one Debian sid chroot
# (scripts/chroot.sh, root needed).  LEAKWATCH_GCC_VERSIONS picks the
# GCCs (default "11 12 13 14 15 16").  Prints one line per GCC with its
# time, and last the totals "N passed, N failed"; a GCC whose suite did
# not run (no compiler, a plugin that does not build) counts as 1 failed.
# The GCCs run one after another: the suite of one GCC uses the plugin
# built for the nearest other one (version policy test), so running them
# side by side would make the counts depend on timing.
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top" || exit 1
versions=${LEAKWATCH_GCC_VERSIONS:-11 12 13 14 15 16}
passed=0 failed=0 status=0
chroot_ready=
log=$(mktemp)
trap 'rm -f "$log"' EXIT
trap 'exit 130' HUP INT TERM
start_all=$(date +%s)

# report V SECONDS: the result of GCC V's run in $log.
report() {
    line=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$log" | tail -n 1)
    if [ -z "$line" ]; then
        if grep -q '^Test run by' "$log"; then
            tail -n 30 "$log"
            echo "GCC $1: the test suite did not finish ($2 s)"
        elif grep -q 'error:' "$log"; then
            grep 'error:' "$log" | head -n 10
            echo "GCC $1: the plugin does not build, $(grep -c 'error:' "$log") error lines; suite not run ($2 s)"
        else
            tail -n 30 "$log"
            echo "GCC $1: the test suite did not run ($2 s)"
        fi
        failed=$((failed + 1))
        status=1
        return
    fi
    grep -E "^(FAIL|XPASS|UNRESOLVED|ERROR)" "$log" | head -n 50
    grep '^| ' "$log" | head -n 200
    echo "GCC $1: $line ($2 s)"
    p=${line%% passed*}
    f=${line#*passed, }
    f=${f%% failed*}
    passed=$((passed + p))
    failed=$((failed + f))
    [ "$rc" = 0 ] || status=1
}

for v in $versions; do
    echo "=== GCC $v"
    t0=$(date +%s)
    case "$v" in
    11 | 12)
        if ! command -v "gcc-$v" >/dev/null 2>&1 && [ "$(id -u)" = 0 ] &&
            command -v apt-get >/dev/null 2>&1; then
            DEBIAN_FRONTEND=noninteractive apt-get install -y -q "gcc-$v" "g++-$v" >/dev/null 2>&1
        fi
        if ! command -v "gcc-$v" >/dev/null 2>&1; then
            echo "GCC $v: gcc-$v is not installed; suite not run"
            failed=$((failed + 1))
            status=1
            continue
        fi
        make --no-print-directory check CC="gcc-$v" CXX="g++-$v" >"$log" 2>&1
        ;;
    13 | 14 | 15 | 16)
        # Create or complete the chroot once, timed on its own.
        if [ -z "$chroot_ready" ]; then
            sh scripts/chroot.sh setup "$v" >"$log" 2>&1
            rc=$?
            t1=$(date +%s)
            cat "$log"
            if [ "$rc" = 0 ]; then
                chroot_ready=yes
                echo "sid chroot: ready ($((t1 - t0)) s)"
            else
                chroot_ready=no
                echo "sid chroot: not available ($((t1 - t0)) s)"
            fi
            t0=$t1
        fi
        if [ "$chroot_ready" = no ]; then
            echo "GCC $v: no chroot; suite not run"
            failed=$((failed + 1))
            status=1
            continue
        fi
        sh scripts/chroot.sh check "$v" >"$log" 2>&1
        ;;
    *)
        echo "GCC $v: not supported (11 to 16)"
        failed=$((failed + 1))
        status=1
        continue
        ;;
    esac
    rc=$?
    report "$v" "$(($(date +%s) - t0))"
done
echo "all GCCs: $(($(date +%s) - start_all)) s"
echo "$passed passed, $failed failed"
exit $status
