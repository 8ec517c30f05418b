#!/bin/sh
# log-hammer.sh CC PLUGIN [COMPILES] [PARALLEL]: many compiler processes
# append to one campaign log at once (log=FILE); every line must parse
# and none may be lost or torn.  Each compile reports FINDINGS findings
# whose lines are longer than PIPE_BUF (long function names), so the
# test also covers writes that a pipe would split.  Prints
# "log-hammer: ok: N lines from M compiles" or the problem; status 0/1.
set -eu
cc=$1
plugin=$2
compiles=${3:-64}
parallel=${4:-8}
findings=20
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
long=$(printf 'x%.0s' $(seq 1 3000))
{
    echo '#include <pthread.h>'
    echo 'static void *work (void *p) { return p; }'
    i=1
    while [ "$i" -le "$findings" ]; do
        echo "void f${i}_$long (void) { pthread_t t; pthread_create (&t, 0, work, 0); }"
        i=$((i + 1))
    done
} >"$tmp/hammer.c"
log=$tmp/campaign.jsonl
# The compile number reaches each compiler as a positional parameter,
# never by text replacement: xargs -I would also replace the letters of
# the random temporary directory's name.
# shellcheck disable=SC2016 # expanded by the shell xargs starts
seq 1 "$compiles" | xargs -P "$parallel" -n 1 sh -c \
    '"$1" -fplugin="$2" -fplugin-arg-leakwatch-log="$3" -w -c "$4/hammer.c" -o "$4/$5.o"' \
    sh "$cc" "$plugin" "$log" "$tmp"
python3 - "$log" "$compiles" "$findings" <<'PY'
import collections, json, sys
log, compiles, findings = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
seen = collections.Counter()
longest = 0
with open(log, "rb") as f:
    for n, raw in enumerate(f, 1):
        longest = max(longest, len(raw))
        try:
            rec = json.loads(raw)
        except ValueError as e:
            sys.exit(f"log-hammer: line {n} does not parse: {e}")
        seen[rec["function"]] += 1
want = compiles * findings
total = sum(seen.values())
if total != want or len(seen) != findings or set(seen.values()) != {compiles}:
    sys.exit(f"log-hammer: {total} lines, expected {want} ({len(seen)} functions)")
if longest <= 4096:
    sys.exit(f"log-hammer: lines of {longest} bytes do not exceed PIPE_BUF")
print(f"log-hammer: ok: {total} lines of up to {longest} bytes from {compiles} compiles")
PY
