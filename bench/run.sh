#!/bin/sh
# run.sh CC PLUGIN: how the plugin's cost grows with function size.
# For each shape and size, the compile time of a generated function
# without and with the plugin (best of 3, user+sys seconds of cc1 at
# -O0) and the ratio.  Linear analyses keep the ratio flat as N grows.
set -u
cc=$1 plugin=$2
dir=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
sizes=${BENCH_SIZES:-250 500 1000 2000 4000}
best() {
    b=
    for _ in 1 2 3; do
        /usr/bin/time -f "%U %S" -o "$tmp/t" "$@" >/dev/null 2>&1
        t=$(awk '{ printf "%.3f", $1 + $2 }' "$tmp/t")
        if [ -z "$b" ] || [ "$(echo "$t < $b" | bc)" = 1 ]; then b=$t; fi
    done
    echo "$b"
}
command -v bc >/dev/null 2>&1 || { echo "bench needs bc and GNU time (apt-get install bc time)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "bench needs GNU time (apt-get install time)" >&2; exit 1; }
printf "%-8s %6s %10s %10s %7s %8s\n" shape N "gcc(s)" "+plugin(s)" ratio warnings
for shape in pairs nested loops leaky helpers; do
    for n in $sizes; do
        sh "$dir/gen.sh" "$shape" "$n" >"$tmp/b.c"
        base=$(best "$cc" -O0 -c "$tmp/b.c" -o "$tmp/b.o")
        with=$(best "$cc" -O0 -fplugin="$plugin" -c "$tmp/b.c" -o "$tmp/b.o")
        w=$("$cc" -O0 -fplugin="$plugin" -c "$tmp/b.c" -o "$tmp/b.o" 2>&1 | grep -c 'warning:')
        ratio=$(echo "scale=2; $with / ($base + 0.001)" | bc)
        printf "%-8s %6s %10s %10s %7s %8s\n" "$shape" "$n" "$base" "$with" "$ratio" "$w"
    done
done
rm -rf "$tmp"
