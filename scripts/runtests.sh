#!/bin/sh
# runtests.sh CC CXX PLUGIN BUILDDIR [RUNTEST ARGS...]: run the DejaGnu
# suite against the plugin just built.  Its last line is
# "N passed, N failed", counted from the .sum file: a DejaGnu ERROR (a
# test file that could not run) counts as a failure.
set -u
cc=$1 cxx=$2 plugin=$3 build=$4
shift 4
top=$(cd "$(dirname "$0")/.." && pwd)
out="$top/$build/testsuite"
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
        [ -z "$other" ] && [ -f "$p" ] && other=$p
    done
done
runtest --tool leakwatch --srcdir "$top/testsuite" --outdir "$out" \
    LEAKWATCH_CC="$cc" LEAKWATCH_CXX="$cxx" LEAKWATCH_PLUGIN="$plugin" \
    LEAKWATCH_OTHER_PLUGIN="$other" \
    LEAKWATCH_PEER_PLUGIN="$(dirname "$plugin")/lwpeer.so" "$@"
if [ ! -f leakwatch.sum ]; then
    echo "0 passed, 1 failed"
    exit 1
fi
passed=$(grep -cE '^(PASS|XFAIL):' leakwatch.sum)
failed=$(grep -cE '^(FAIL|XPASS|UNRESOLVED|ERROR):' leakwatch.sum)
echo "$passed passed, $failed failed"
[ "$failed" = 0 ] && [ "$passed" != 0 ]
