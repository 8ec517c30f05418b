#!/bin/sh
# demo.sh CC PLUGIN: compile examples/jobserver.c with leakwatch and show
# what it reports.
set -u
cc=$1 plugin=$2
top=$(cd "$(dirname "$0")/.." && pwd)
out=$(mktemp -d)
echo "\$ $cc -fplugin=leakwatch -Wall -O2 -c examples/jobserver.c"
"$cc" -fplugin="$plugin" -Wall -O2 -I"$top/include" -c "$top/examples/jobserver.c" -o "$out/jobserver.o"
status=$?
rm -rf "$out"
exit $status
