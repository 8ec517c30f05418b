#!/bin/sh
# mutation.sh CC CXX FILE... [-- RUNTEST-ARGS...]: the conditions of the
# plugin's FILEs (plugin/*.c) that no test needs.  The tree is copied
# (its tracked files as they are now) to a scratch directory, the FILEs
# are instrumented by scripts/mutation.py so that each mutant (one
# condition deleted) is switched on at run time, the plugin is built
# once, and the tests (RUNTEST-ARGS, default the whole suite) run once
# with no mutant (they must pass) and once per mutant.  A mutant the
# tests do not notice "survives": its condition needs a test, or is not
# needed.  A mutant that makes a test hang is stopped after
# MUT_TIMEOUT seconds (default 600) and counts as noticed.
#
# Results in $MUT_OUT (default build/mutation): mutants.jsonl,
# results.txt (id, passed, failed), survivors.txt (file:line, kind,
# condition).  MUT_FROM and MUT_TO pick a range of mutant ids.
set -u
[ $# -ge 3 ] || { echo "usage: $0 CC CXX FILE... [-- RUNTEST-ARGS...]" >&2; exit 2; }
cc=$1 cxx=$2
shift 2
top=$(cd "$(dirname "$0")/.." && pwd)
files=
while [ $# -gt 0 ] && [ "$1" != -- ]; do
    files="$files $1"
    shift
done
[ $# -gt 0 ] && shift
out=${MUT_OUT:-$top/build/mutation}
mkdir -p "$out"
out=$(cd "$out" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The tree as it is now (tracked files, with their changes).
(cd "$top" && git ls-files -z | xargs -0 tar cf -) | (cd "$work" && tar xf -) ||
    exit 1
: >"$out/mutants.jsonl"
for f in $files; do
    base=$(wc -l <"$out/mutants.jsonl")
    python3 "$top/scripts/mutation.py" instrument "$work/$f" "$base" |
        sed "s|\"$work/|\"|" >>"$out/mutants.jsonl" || exit 1
done
n=$(wc -l <"$out/mutants.jsonl")
make -s -C "$work" CC="$cc" CXX="$cxx" BUILD=build/mut >/dev/null || exit 1
plugin=$work/build/mut/leakwatch.so

# run ID: the suite's last line with mutant ID on ("-1": none).
run() {
    id=$1
    shift
    LEAKWATCH_MUT=$id timeout "${MUT_TIMEOUT:-600}" sh "$work/scripts/runtests.sh" \
        "$cc" "$cxx" "$plugin" build/mut "$@" 2>&1 | tail -n 1
}
base=$(run -1 "$@")
echo "no mutant: $base"
case "$base" in *" passed, 0 failed") ;; *) echo "mutation: the tests fail without mutants" >&2; exit 1 ;; esac
from=${MUT_FROM:-0}
to=${MUT_TO:-$((n - 1))}
: >"$out/results.txt"
i=$from
while [ "$i" -le "$to" ]; do
    echo "$i $(run "$i" "$@")" >>"$out/results.txt"
    i=$((i + 1))
done
python3 - "$out" <<'PY'
import json, sys
out = sys.argv[1]
muts = {m['id']: m for m in map(json.loads, open(out + '/mutants.jsonl'))}
surv = []
for line in open(out + '/results.txt'):
    p = line.split()
    if len(p) >= 4 and p[2] == 'passed,' and p[3] == '0':
        m = muts[int(p[0])]
        surv.append('%s:%d %d %s %s' % (m['file'], m['line'], m['id'], m['kind'],
                                       ' '.join(m['old'].split())))
open(out + '/survivors.txt', 'w').write(''.join(s + '\n' for s in surv))
done = sum(1 for _ in open(out + '/results.txt'))
print('mutation: %d mutants run, %d survive (%s/survivors.txt)' % (done, len(surv), out))
PY
