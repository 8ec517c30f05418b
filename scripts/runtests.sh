#!/bin/sh
# runtests.sh CC CXX PLUGIN BUILDDIR [RUNTEST ARGS...]: run the DejaGnu
# suite against the plugin just built.  Its last line is
# "N passed, N failed", counted from the .sum file: a DejaGnu ERROR (a
# test file that could not run) counts as a failure.
set -u
cc=$1 cxx=$2 plugin=$3 build=$4
shift 4
top=$(cd "$(dirname "$0")/.." && pwd)
# BUILDDIR is relative to the tree, or absolute (make BUILD=/tmp/x).
case "$build" in
/*) out="$build/testsuite" ;;
*) out="$top/$build/testsuite" ;;
esac
mkdir -p "$out"
cd "$out" || exit 1
rm -f leakwatch.sum
# A plugin built for another GCC major, if one was built here, to test
# the version policy.
# The nearest major is tried first: one built on the same system, whose
# C library it can load.
major=$("$cc" -dumpversion | cut -d. -f1)
other=
for d in -1 1 -2 2 -3 3; do
    for p in "$top"/build/gcc-$((major + d))-*/leakwatch.so; do
        # Not an ASAN=1 build: it loads only with libasan preloaded.
        case "$p" in */*-asan/leakwatch.so) continue ;; esac
        [ -z "$other" ] && [ -f "$p" ] && other=$p
    done
done
# LEAKWATCH_ASAN=1 (make check ASAN=1): the plugin was built with
# -fsanitize=address,undefined.  cc1 is not, so the ASan runtime must be
# loaded first: LD_PRELOAD for everything the suite runs.  GCC frees
# little on purpose (leak checking off); every plugin must export
# plugin_is_GPL_compatible, which ASan's ODR check takes for a clash
# when two plugins are loaded (off too).  Each report goes to a file in
# asan/, and every report counts as a failure.
asan=$out/asan
rm -rf "$asan"
if [ "${LEAKWATCH_ASAN:-}" = 1 ]; then
    lib=$("$cc" -print-file-name=libasan.so)
    [ -f "$lib" ] || { echo "leakwatch: no libasan.so for $cc" >&2; exit 1; }
    mkdir -p "$asan"
    LD_PRELOAD=$lib
    ASAN_OPTIONS=detect_leaks=0:detect_odr_violation=0:log_path=$asan/asan
    UBSAN_OPTIONS=print_stacktrace=1:log_path=$asan/ubsan
    export LD_PRELOAD ASAN_OPTIONS UBSAN_OPTIONS
fi
runtest --tool leakwatch --srcdir "$top/testsuite" --outdir "$out" \
    LEAKWATCH_CC="$cc" LEAKWATCH_CXX="$cxx" LEAKWATCH_PLUGIN="$plugin" \
    LEAKWATCH_OTHER_PLUGIN="$other" \
    LEAKWATCH_PEER_PLUGIN="$(dirname "$plugin")/lwpeer.so" "$@"
if [ ! -f leakwatch.sum ]; then
    echo "0 passed, 1 failed"
    exit 1
fi
unset LD_PRELOAD
# What each failure logged (its command's output, what did not match),
# so that a CI run that shows only this output can still be diagnosed:
# the log lines since the previous result, at most 40 per failure and
# 10 failures, each prefixed with "| ".
awk '/^(PASS|XFAIL|XPASS|UNSUPPORTED|UNTESTED|KFAIL|KPASS):/ { n = 0; next }
     /^(FAIL|UNRESOLVED|ERROR):/ {
         if (++shown <= 10) {
             print "| --- " $0
             for (i = (n > 40 ? n - 40 : 0); i < n; i++) print "| " buf[i % 40]
         }
         n = 0; next
     }
     { buf[n % 40] = $0; n++ }' leakwatch.log 2>/dev/null
passed=$(grep -cE '^(PASS|XFAIL):' leakwatch.sum)
failed=$(grep -cE '^(FAIL|XPASS|UNRESOLVED|ERROR):' leakwatch.sum)
if [ -d "$asan" ]; then
    reports=$(find "$asan" -type f | wc -l)
    echo "sanitizer reports: $reports (in $asan)"
    find "$asan" -type f | head -n 5 | xargs -r head -n 30
    failed=$((failed + reports))
fi
echo "$passed passed, $failed failed"
[ "$failed" = 0 ] && [ "$passed" != 0 ]
