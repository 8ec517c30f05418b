#!/bin/sh
# run.sh CC PLUGIN: how the plugin's cost grows with function size.
#
# For each shape of gen.sh and each size (statements in the one
# generated function), compiled at -O0 to assembly: the instructions cc1
# executes without and with the plugin (valgrind --tool=cachegrind
# --cache-sim=no, exact and repeatable, unlike wall time on a shared
# machine), the instructions the plugin adds per statement, and the
# peak memory (maximum resident set) of cc1 without and with it.
# Linear analyses keep "added/stmt" flat as the size grows.
#
#   BENCH_SIZES   statement counts (default "1000 10000")
#   BENCH_FULL=1  sizes 1000 10000 100000 (GCC alone needs minutes under
#                 valgrind at 100000; see docs/performance.md)
#   BENCH_SHAPES  shapes (default: all of gen.sh's)
set -u
cc=$1 plugin=$2
dir=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ "${BENCH_FULL:-0}" = 1 ]; then
    sizes=${BENCH_SIZES:-1000 10000 100000}
else
    sizes=${BENCH_SIZES:-1000 10000}
fi
shapes=${BENCH_SHAPES:-blocks array pairs nested loops leaky wide reassign helpers threadarg takes places}
for t in valgrind /usr/bin/time; do
    command -v "$t" >/dev/null 2>&1 || {
        echo "bench needs valgrind and GNU time (apt-get install valgrind time)" >&2
        exit 1
    }
done

# cc1's command line for compiling FILE (and FLAGS), one word per line.
cc1_cmd() {
    "$cc" -### "$@" 2>&1 | grep '/cc1\(plus\)\? '
}
# instructions CMD...: instructions cc1 executes.
instructions() {
    valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
        "$@" 2>&1 >/dev/null | sed -n 's/.*I *refs: *//p' | tr -d ,
}
# peak CMD...: cc1's maximum resident set, in KB.
peak() {
    /usr/bin/time -f %M -o "$tmp/m" "$@" >/dev/null 2>&1
    cat "$tmp/m"
}
# measure OUT FLAGS...: "instructions peak-KB" of cc1 into file OUT.
measure() {
    out=$1
    shift
    line=$(cc1_cmd "$@")
    eval "set -- $line"
    echo "$(instructions "$@") $(peak "$@")" >"$out"
}

printf "%-7s %6s %7s %9s %9s %9s %7s %7s %6s %5s\n" shape N stmts \
    "gcc(Mi)" "+lw(Mi)" "added/st" "gcc(MB)" "+lw(MB)" "mem+%" warn
for shape in $shapes; do
    # Units of the shape (creations, blocks) per statement.
    per=$(sh "$dir/gen.sh" "$shape" 100 | sed -n '1s/.*: \([0-9]*\) statements.*/\1/p')
    per=$((per / 100))
    for size in $sizes; do
        n=$((size / per))
        sh "$dir/gen.sh" "$shape" "$n" >"$tmp/b.c"
        stmts=$(sed -n '1s/.*: \([0-9]*\) statements.*/\1/p' "$tmp/b.c")
        # Both runs at once: instruction counts do not depend on the load.
        measure "$tmp/base" -O0 -S "$tmp/b.c" -o "$tmp/b0.s" &
        measure "$tmp/with" -O0 -fplugin="$plugin" -S "$tmp/b.c" -o "$tmp/b1.s" &
        wait
        w=$("$cc" -O0 -fplugin="$plugin" -S "$tmp/b.c" -o "$tmp/b1.s" 2>&1 | grep -c 'warning:')
        read -r bi bm <"$tmp/base"
        read -r wi wm <"$tmp/with"
        awk -v s="$shape" -v n="$n" -v st="$stmts" -v bi="$bi" -v wi="$wi" \
            -v bm="$bm" -v wm="$wm" -v w="$w" 'BEGIN {
            printf "%-7s %6d %7d %9.1f %9.1f %9.0f %7.1f %7.1f %6.1f %5d\n",
                s, n, st, bi / 1e6, wi / 1e6, (wi - bi) / st,
                bm / 1024, wm / 1024, 100 * (wm - bm) / bm, w
        }'
    done
done
