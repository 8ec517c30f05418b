#!/bin/sh
# fuzz.sh CC PLUGIN [N]: random programs compiled with leakwatch at -O0
# and -O2; N programs of each kind (default 50; make fuzz N=1000).
#
#   csmith: csmith --seed S (seeds FUZZ_SEED .. FUZZ_SEED+N-1, default
#     from 1).  These programs have no threads, no cleanup attributes and
#     no must-check functions: any leakwatch diagnostic, any crash, any
#     compile that fails with the plugin but not without it is a bug.
#   gen-correct: scripts/gen-correct.py S, programs that create and join
#     threads, use cleanup variables and must-check results correctly in
#     random nestings: any leakwatch diagnostic is a false positive.  The
#     first FUZZ_RUN (default 10) of them are also built with
#     -fsanitize=address and run, which checks the generator: such a
#     program must run to the end and leak nothing.
#
# Results in $FUZZ_OUT (default build/fuzz): summary.txt, findings.txt
# (every failure with its reproducer), and the failing programs.  The
# last line is "N passed, N failed" (programs).  csmith comes from the
# Debian packages csmith and libcsmith-dev (installed when run as root).
set -u

# One program: fuzz.sh --one csmith|gen SEED (called by xargs below).
if [ "${1:-}" = --one ]; then
    kind=$2 seed=$3
    dir=$(mktemp -d)
    src=$dir/$kind-$seed.c
    inc=
    if [ "$kind" = csmith ]; then
        (cd "$dir" && timeout 120 csmith --seed "$seed" --output "$src") >/dev/null 2>&1 ||
            { echo "skip csmith $seed: csmith failed" >>"$FUZZ_OUT/results.txt"; rm -rf "$dir"; exit 0; }
        inc=-I$FUZZ_CSMITH_INC
    else
        python3 "$FUZZ_TOP/scripts/gen-correct.py" "$seed" -o "$src" ||
            { echo "fail gen $seed: gen-correct.py failed" >>"$FUZZ_OUT/results.txt"; rm -rf "$dir"; exit 0; }
    fi
    bad=
    for lvl in -O0 -O2; do
        flags="$inc $lvl -Wall -fdiagnostics-plain-output -pthread"
        # shellcheck disable=SC2086 # option lists
        (cd "$dir" && timeout "$FUZZ_TIMEOUT" "$FUZZ_CC" $flags \
            -fplugin="$FUZZ_PLUGIN" -c "$src" -o /dev/null) >"$dir/with" 2>&1
        s1=$?
        what=
        if grep -qE 'internal compiler error|Segmentation fault|please submit' "$dir/with"; then
            what="crash"
        elif grep -qE '\[-W(error=)?(thread-leak|cleanup-[a-z]+|unused-result)\]|leakwatch[ :]' "$dir/with"; then
            what="diagnostic"
        elif [ "$s1" != 0 ]; then
            # shellcheck disable=SC2086 # option lists
            (cd "$dir" && timeout "$FUZZ_TIMEOUT" "$FUZZ_CC" $flags -c "$src" \
                -o /dev/null) >/dev/null 2>&1
            s0=$?
            if [ "$s0" != "$s1" ]; then
                what="status $s1 with the plugin, $s0 without"
            elif [ "$kind" = gen ]; then
                what="generator: does not compile (status $s1)"
            fi
        fi
        if [ -n "$what" ]; then
            bad=yes
            {
                echo "### $kind $seed $lvl: $what"
                echo "### $FUZZ_CC $flags -fplugin=PLUGIN -c $kind-$seed.c"
                grep -E 'warning|error|note|internal|Segmentation|submit' "$dir/with" | head -n 40
            } >>"$FUZZ_OUT/findings-$kind-$seed.txt"
        fi
    done
    # Check the generator: the program runs and leaks nothing.
    if [ "$kind" = gen ] && [ "$seed" -lt "$((FUZZ_FIRST + FUZZ_RUN))" ]; then
        if "$FUZZ_CC" -O1 -g -fsanitize=address -pthread "$src" -o "$dir/a.out" \
            >"$dir/build" 2>&1; then
            if ! ASAN_OPTIONS=detect_leaks=1 timeout 60 "$dir/a.out" >"$dir/run" 2>&1; then
                bad=yes
                {
                    echo "### gen $seed: generator: the program fails or leaks under -fsanitize=address"
                    head -n 40 "$dir/run"
                } >>"$FUZZ_OUT/findings-$kind-$seed.txt"
            fi
        fi
    fi
    if [ -n "$bad" ]; then
        cp "$src" "$FUZZ_OUT/"
        echo "fail $kind $seed" >>"$FUZZ_OUT/results.txt"
    else
        echo "pass $kind $seed" >>"$FUZZ_OUT/results.txt"
    fi
    rm -rf "$dir"
    exit 0
fi

cc=${1:-gcc} plugin=${2:-} n=${3:-50}
top=$(cd "$(dirname "$0")/.." && pwd)
[ -f "$plugin" ] || { echo "fuzz: no plugin '$plugin'" >&2; exit 1; }
case "$n" in '' | *[!0-9]*) echo "fuzz: N must be a number, not '$n'" >&2; exit 1 ;; esac
first=${FUZZ_SEED:-1}
jobs=${FUZZ_JOBS:-2}
if ! command -v csmith >/dev/null 2>&1 || [ ! -f /usr/include/csmith/csmith.h ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "fuzz: installing csmith libcsmith-dev" >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q csmith libcsmith-dev >/dev/null 2>&1 ||
            { apt-get update -q >/dev/null 2>&1 &&
                DEBIAN_FRONTEND=noninteractive apt-get install -y -q csmith libcsmith-dev >/dev/null; }
    fi
fi
command -v csmith >/dev/null 2>&1 ||
    { echo "fuzz: csmith is missing; run: sudo apt-get install csmith libcsmith-dev" >&2; exit 1; }
csinc=${FUZZ_CSMITH_INC:-/usr/include/csmith}
[ -f "$csinc/csmith.h" ] ||
    { echo "fuzz: no csmith.h in $csinc; run: sudo apt-get install libcsmith-dev" >&2; exit 1; }

out=${FUZZ_OUT:-$top/build/fuzz}
rm -rf "$out"
mkdir -p "$out" || exit 1
: >"$out/results.txt"
export FUZZ_CC="$cc" FUZZ_PLUGIN="$plugin" FUZZ_OUT="$out" FUZZ_TOP="$top" \
    FUZZ_CSMITH_INC="$csinc" FUZZ_TIMEOUT="${FUZZ_TIMEOUT:-120}" \
    FUZZ_FIRST="$first" FUZZ_RUN="${FUZZ_RUN:-10}"
last=$((first + n - 1))
echo "fuzz: $n csmith and $n gen-correct programs (seeds $first to $last), -O0 and -O2, $jobs jobs"
for kind in csmith gen; do
    t0=$(date +%s)
    seq "$first" "$last" | sed "s/^/$kind /" |
        nice -n 10 xargs -P "$jobs" -n 2 sh "$top/scripts/fuzz.sh" --one
    eval "t_$kind=$(($(date +%s) - t0))"
done
cat "$out"/findings-*.txt >"$out/findings.txt" 2>/dev/null
rm -f "$out"/findings-*.txt
count() { grep -c "^$1 $2 " "$out/results.txt"; }
{
    # shellcheck disable=SC2154 # set by eval above
    echo "csmith: $(count pass csmith) passed, $(count fail csmith) failed, $(count skip csmith) not generated ($t_csmith s)"
    # shellcheck disable=SC2154 # set by eval above
    echo "gen-correct: $(count pass gen) passed, $(count fail gen) failed ($t_gen s)"
} >"$out/summary.txt"
cat "$out/summary.txt"
if [ -s "$out/findings.txt" ]; then
    echo "findings (programs in $out):"
    head -n 60 "$out/findings.txt"
fi
passed=$(grep -c '^pass ' "$out/results.txt")
failed=$(grep -c '^fail ' "$out/results.txt")
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
