#!/bin/sh
# demo.sh CC PLUGIN: compile examples/jobserver.c with leakwatch and show
# what it reports.
set -u
cc=$1 plugin=$2
top=$(cd "$(dirname "$0")/.." && pwd)
out=$(mktemp -d)
# The flags of a Debian package build.
flags="-Wall -O2 -D_FORTIFY_SOURCE=2"
echo "\$ $cc -fplugin=leakwatch $flags -c examples/jobserver.c"
# shellcheck disable=SC2086 # $flags is a list of words
"$cc" -fplugin="$plugin" $flags -I"$top/include" -c "$top/examples/jobserver.c" -o "$out/jobserver.o"
status=$?
rm -rf "$out"
exit $status
