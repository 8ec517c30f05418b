#!/bin/sh
# torture.sh CC CXX PLUGIN [full]: compile GCC's own tests with and
# without leakwatch, side by side, and report every difference.
#
# The tests come from the Debian source package of the same GCC
# (apt-get source gcc-MAJOR), downloaded and unpacked once outside the
# tree, in $LEAKWATCH_SRC (default /var/cache/leakwatch/src).  When apt
# has no deb-src entry, one is added at run time (root needed) from the
# mirror and suites this machine's apt already uses, in
# /etc/apt/sources.list.d/leakwatch-src.sources.
#
# The corpus: gcc.c-torture/compile/*.c, gcc.c-torture/execute/*.c,
# gcc.dg/*.c (top level) and g++.dg/*.C (top level).  By default a
# fixed sample of it: every 25th file of the sorted list (about 360
# files, CI-sized); "full" (make torture FULL=1) compiles every file.
#
# Each file is compiled at -O0 and at -O2 (after the file's own
# dg-options, so the level is ours), with -c -o out.o in a temporary
# directory, once without and once with the plugin, each under timeout
# $TORTURE_TIMEOUT (default 60 s; a pair with a timeout is tried again
# with five times that, as a loaded machine can pass the limit by
# chance).  No -w: leakwatch's warnings must show.  Reported:
#   - files that compile without the plugin but not with it (any change
#     of exit status);
#   - internal compiler errors and crashes with the plugin only;
#   - every leakwatch diagnostic: lines tagged [-Wthread-leak],
#     [-Wcleanup-*] or naming leakwatch, and [-Wunused-result] lines that
#     appear only with the plugin.  Those on a FILE -WCHECK pair listed
#     in scripts/torture-explained.txt are explained in
#     docs/robustness.md and do not fail the run; any other does.
# Files that fail the same way with and without the plugin (a test that
# needs other files, options of another target, a dg-error test) count
# as "fail both" and are otherwise ignored: only differences matter.
# Results go to $TORTURE_OUT (default build/torture-sample or
# build/torture-full): summary.txt, diagnostics.txt, differences.txt,
# ices.txt, unexplained.txt and one log per compile pair that differs
# or warns.  The last line is "N passed, N failed" (compile pairs that
# behave the same with and without the plugin, or differ only by
# explained diagnostics, and the others).  Exit status 0 when none
# failed.
set -u

# One compile pair: torture.sh --one FILE (called by xargs below).
if [ "${1:-}" = --one ]; then
    f=$2
    case "$f" in
    *.C) cc=$TORTURE_CXX ;;
    *) cc=$TORTURE_CC ;;
    esac
    # The file's own options, as GCC's testsuite would give them: its
    # dg-options and dg-additional-options (at most 3), but none
    # limited to other targets.  Options that write files next to the
    # output, change what is compiled or how diagnostics look are dropped
    # (-Werror is kept: that is how distributions build).
    opts=$(awk '/dg-(additional-)?options/ {
        if (match ($0, /\{ *target [^}]*\}/)) {
            sel = substr ($0, RSTART, RLENGTH)
            if (sel !~ /x86_64|i\?86|\*-\*-\*|linux|lp64|native/ || sel ~ /!/)
                next
        }
        if (match ($0, /options "[^"]*"/)) {
            o = substr ($0, RSTART + 9, RLENGTH - 10)
            print o
            if (++n == 3) exit
        }
    }' "$f" | tr '\n' ' ')
    clean=
    for o in $opts; do
        case "$o" in
        -o | -o* | -fdump-* | -save-temps* | -fplugin* | -fcompare-debug* | \
            -x | -E | -S | -c | -M* | -fdiagnostics-format=* | \
            -fdiagnostics-plain-output | -fmax-errors=* | "'"* | *"'") ;;
        *) clean="$clean $o" ;;
        esac
    done
    dir=$(mktemp -d)
    # pair LIMIT: compile without and with the plugin, statuses in s0, s1.
    pair() {
        # shellcheck disable=SC2086 # option lists
        (cd "$dir" && timeout "$1" "$cc" $clean $lvl \
            -fdiagnostics-plain-output -c "$f" -o out.o) \
            >"$dir/without" 2>&1
        s0=$?
        # shellcheck disable=SC2086 # option lists
        (cd "$dir" && timeout "$1" "$cc" $clean $lvl \
            -fdiagnostics-plain-output -fplugin="$TORTURE_PLUGIN" -c "$f" \
            -o out.o) >"$dir/with" 2>&1
        s1=$?
    }
    for lvl in -O0 -O2; do
        pair "$TORTURE_TIMEOUT"
        # A timeout: on a loaded machine a slow file can pass the limit by
        # chance.  Again with five times the limit.
        if [ "$s0" = 124 ] || [ "$s1" = 124 ]; then
            pair "$((TORTURE_TIMEOUT * 5))"
        fi
        # leakwatch's own lines (the tests' directory, whose path may say
        # leakwatch, left out; so is the list of plugins GCC prints with
        # an internal error), and -Wunused-result lines only it printed.
        sed "s|$TORTURE_TESTS/||g" "$dir/with" |
            grep -vE '^(PLUGIN_[A-Z_]* +\||Event +\|)' |
            grep -E '\[-W(error=)?(thread-leak|cleanup-[a-z]+)\]|leakwatch[ :]' >"$dir/lw"
        grep -F -e '-Wunused-result]' -e '-Werror=unused-result]' "$dir/without" |
            sort >"$dir/ur0"
        grep -F -e '-Wunused-result]' -e '-Werror=unused-result]' "$dir/with" |
            sort | comm -13 "$dir/ur0" - | sed "s|$TORTURE_TESTS/||g" >>"$dir/lw"
        # Diagnostics explained in docs/robustness.md: FILE -WCHECK pairs
        # listed in scripts/torture-explained.txt.
        new=$(sed -n 's/^\([^:]*\):[0-9]*:[0-9]*: [a-z]*: .*\[-W\(error=\)\{0,1\}\([a-z-]*\)\]$/\1 -W\3/p' "$dir/lw" |
            sort -u | grep -vxF -f "$TORTURE_EXPLAINED")
        other=$(grep -cvE '\[-W(error=)?[a-z-]+\]$' "$dir/lw")
        ice=no
        grep -qE 'internal compiler error|Segmentation fault|please submit' \
            "$dir/with" && ice=yes
        ice0=no
        grep -qE 'internal compiler error|Segmentation fault|please submit' \
            "$dir/without" && ice0=yes
        if [ "$s0" = "$s1" ] && [ ! -s "$dir/lw" ] && [ "$ice" = no ]; then
            if [ "$s0" = 0 ]; then r=same; else r=fail-both; fi
        else
            r=differs
            [ "$s0" = "$s1" ] && r=warns
            [ "$r" = warns ] && [ -z "$new" ] && [ "$other" = 0 ] && r=explained
            [ "$ice" = yes ] && [ "$ice0" = no ] && r=ice
            [ "$ice" = yes ] && [ "$ice0" = yes ] && r="ice-both"
            log=$TORTURE_OUT/logs/$(printf '%s' "$f$lvl" | cksum | cut -d' ' -f1).log
            {
                echo "### $f $lvl: without the plugin $s0, with it $s1"
                echo "### options:$clean $lvl"
                echo "### without the plugin:"
                cat "$dir/without"
                echo "### with the plugin:"
                cat "$dir/with"
            } >"$log"
            sed "s|^|$f $lvl: |" "$dir/lw" >>"$TORTURE_OUT/diagnostics.txt"
        fi
        echo "$r $s0 $s1 $lvl $f" >>"$TORTURE_OUT/results.txt"
    done
    rm -rf "$dir"
    exit 0
fi

cc=${1:-gcc} cxx=${2:-g++} plugin=${3:-}
mode=${4:-sample}
top=$(cd "$(dirname "$0")/.." && pwd)
[ -f "$plugin" ] || { echo "torture: no plugin '$plugin'" >&2; exit 1; }
major=$("$cc" -dumpversion | cut -d. -f1)
src=${LEAKWATCH_SRC:-/var/cache/leakwatch/src}
tests=$src/gcc-$major-testsuite
jobs=${TORTURE_JOBS:-2}

die() {
    echo "torture: $*" >&2
    exit 1
}

# fetch: GCC's testsuite, from Debian's source package, once.
fetch() {
    [ -f "$tests/.complete" ] && return 0
    mkdir -p "$src/dl" || die "cannot create $src"
    cd "$src/dl" || exit 1
    if ! ls gcc-"$major"_*.orig.tar.* >/dev/null 2>&1; then
        sh "$top/scripts/deb-src.sh" "gcc-$major" || exit 1
        echo "torture: downloading the source of gcc-$major into $src/dl" >&2
        apt-get source -q --download-only "gcc-$major" >/dev/null ||
            die "apt-get source gcc-$major failed"
    fi
    # shellcheck disable=SC2012 # names from apt, no odd characters
    orig=$(ls gcc-"$major"_*.orig.tar.* | head -n 1)
    # Debian's orig tarball holds GCC's own tarball; take the tests only.
    echo "torture: unpacking GCC's testsuite from $orig" >&2
    rm -rf "$src/unpack" && mkdir -p "$src/unpack" || exit 1
    inner=$(tar -tf "$orig" | grep -E '/gcc-[0-9.]+[^/]*\.tar\.[a-z]+$' | head -n 1)
    [ -n "$inner" ] || die "no GCC tarball inside $orig"
    tar -xf "$orig" -C "$src/unpack" "$inner" || die "cannot unpack $orig"
    rm -rf "$tests.tmp" && mkdir -p "$tests.tmp" || exit 1
    tar -xf "$src/unpack/$inner" -C "$tests.tmp" --strip-components=3 \
        --wildcards '*/gcc/testsuite/gcc.c-torture' '*/gcc/testsuite/gcc.dg' \
        '*/gcc/testsuite/g++.dg' || die "cannot unpack $inner"
    rm -rf "$src/unpack" "$tests"
    mv "$tests.tmp" "$tests" && touch "$tests/.complete"
}

fetch
cd "$top" || exit 1
out=${TORTURE_OUT:-$top/build/torture-$mode}
rm -rf "$out"
mkdir -p "$out/logs" || exit 1
: >"$out/results.txt"
: >"$out/diagnostics.txt"

# shellcheck disable=SC2012 # GCC's test names, no odd characters
ls "$tests"/gcc.c-torture/compile/*.c "$tests"/gcc.c-torture/execute/*.c \
    "$tests"/gcc.dg/*.c "$tests"/g++.dg/*.C 2>/dev/null | LC_ALL=C sort >"$out/all.txt"
case "$mode" in
full) cp "$out/all.txt" "$out/files.txt" ;;
sample) awk 'NR % 25 == 1' "$out/all.txt" >"$out/files.txt" ;;
*) die "unknown mode '$mode' (sample or full)" ;;
esac
n=$(wc -l <"$out/files.txt")
[ "$n" -gt 0 ] || die "no test files under $tests"
echo "torture: $n of $(wc -l <"$out/all.txt") files, -O0 and -O2, with and without the plugin, $jobs jobs"
t0=$(date +%s)
export TORTURE_CC="$cc" TORTURE_CXX="$cxx" TORTURE_PLUGIN="$plugin" \
    TORTURE_OUT="$out" TORTURE_TESTS="$tests" \
    TORTURE_EXPLAINED="$top/scripts/torture-explained.txt" TORTURE_TIMEOUT="${TORTURE_TIMEOUT:-60}"
nice -n 10 xargs -P "$jobs" -n 1 sh "$top/scripts/torture.sh" --one <"$out/files.txt"
t=$(($(date +%s) - t0))

count() { grep -c "^$1 " "$out/results.txt"; }
grep -E '^(differs|ice) ' "$out/results.txt" | LC_ALL=C sort -k5 >"$out/differences.txt"
grep -E '^ice ' "$out/results.txt" | LC_ALL=C sort -k5 >"$out/ices.txt"
grep -E '^warns ' "$out/results.txt" | LC_ALL=C sort -k5 >"$out/unexplained.txt"
compiles=$(wc -l <"$out/results.txt")
bad=$(grep -cvE '^(same|fail-both|ice-both|explained) ' "$out/results.txt")
{
    echo "files: $n (of $(wc -l <"$out/all.txt") in $tests)"
    echo "compile pairs: $compiles in $t s ($jobs jobs, $(nproc) cores)"
    echo "same: $(count same), fail both ways: $(count fail-both), ICE both ways (GCC's own): $(count ice-both)"
    echo "compile without the plugin but not with it, or another status: $(count differs)"
    echo "internal compiler errors or crashes with the plugin only: $(count ice)"
    echo "compiles with leakwatch diagnostics: $(($(count warns) + $(count explained))), explained in docs/robustness.md: $(count explained)"
    echo "leakwatch diagnostic lines: $(wc -l <"$out/diagnostics.txt") ($(grep -c 'warning:\|error:' "$out/diagnostics.txt") warnings or errors)"
} >"$out/summary.txt"
cat "$out/summary.txt"
if [ -s "$out/differences.txt" ]; then
    echo "differences (logs in $out/logs):"
    head -n 50 "$out/differences.txt"
fi
if [ -s "$out/unexplained.txt" ]; then
    echo "compiles with leakwatch diagnostics not explained in scripts/torture-explained.txt:"
    head -n 50 "$out/unexplained.txt"
fi
if [ -s "$out/diagnostics.txt" ]; then
    echo "leakwatch diagnostics (all in $out/diagnostics.txt):"
    grep 'warning:\|error:' "$out/diagnostics.txt" | sed "s|^[^ ]* -O[02]: ||" | LC_ALL=C sort -u | head -n 60
fi
echo "$((compiles - bad)) passed, $bad failed"
[ "$bad" = 0 ]
