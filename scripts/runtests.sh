#!/bin/sh
# runtests.sh CC CXX PLUGIN BUILDDIR [RUNTEST ARGS...]: run the DejaGnu
# suite against the plugin just built.  Its last line is
# "N passed, N failed".
set -u
cc=$1 cxx=$2 plugin=$3 build=$4
shift 4
top=$(cd "$(dirname "$0")/.." && pwd)
out="$top/$build/testsuite"
mkdir -p "$out"
cd "$out" || exit 1
runtest --tool leakwatch --srcdir "$top/testsuite" --outdir "$out" \
    LEAKWATCH_CC="$cc" LEAKWATCH_CXX="$cxx" LEAKWATCH_PLUGIN="$plugin" "$@"
