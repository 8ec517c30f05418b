#!/bin/sh
# distcc-check.sh CC PLUGIN: what distcc does with -fplugin.  In a
# private network namespace with only loopback, a distccd on 127.0.0.1
# serves one client.  A plain compile is distributed (the setup works);
# a compile with -fplugin= is sent, refused by distccd ("-fplugin=
# and/or -specs= passed, which are insecure and not supported"), and
# compiled locally by the client, with the same warning as a local
# compile plus distcc's own warning; with DISTCC_FALLBACK=0 it fails.  Root needed (unshare).  Prints "N passed, N failed".
set -eu
cc=$1
plugin=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
top=$(cd "$(dirname "$0")/.." && pwd)
[ "$(id -u)" = 0 ] || { echo "distcc-check: needs root" >&2; exit 1; }
command -v distccd >/dev/null 2>&1 ||
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends distcc >/dev/null
tmp=$(mktemp -d /tmp/leakwatch-distcc.XXXXXX)
chmod 755 "$tmp"
mkdir -p "$tmp/distcc" "$tmp/log"
chmod 777 "$tmp/log"
exec unshare --net --fork sh -s "$cc" "$plugin" "$top" "$tmp" <<'NETNS'
set -u
cc=$1 plugin=$2 top=$3 tmp=$4
pass=0 fail=0
ok() { echo "PASS: $1"; pass=$((pass + 1)); }
ko() { echo "FAIL: $1"; fail=$((fail + 1)); }
ip link set lo up
distccd --no-detach --daemon --allow 127.0.0.1 --listen 127.0.0.1 --port 3632 \
    --log-file "$tmp/log/distccd.log" --log-level info --user nobody &
dpid=$!
trap 'kill $dpid 2>/dev/null; wait 2>/dev/null; [ "${LEAKWATCH_KEEP:-0}" = 1 ] || rm -rf "$tmp"' EXIT
sleep 1
export DISTCC_HOSTS=127.0.0.1:3632/2 DISTCC_DIR=$tmp/distcc DISTCC_SKIP_LOCAL_RETRY=1
cp "$top/testsuite/leakwatch.driver/leak.c" "$tmp/leak.c"
cd "$tmp"
# The compiler by its full name: distccd runs only allowed compilers.
ccp=$(command -v "$cc")
DISTCC_VERBOSE=1 distcc "$ccp" -c leak.c -o plain.o 2>plain.err
grep -q 'compile .* on 127.0.0.1' plain.err && ok "a plain compile is distributed" ||
    { ko "a plain compile is distributed"; tail -5 plain.err; }
"$ccp" -fplugin="$plugin" -fdiagnostics-plain-output -c leak.c -o local.o 2>local.err
DISTCC_VERBOSE=1 distcc "$ccp" -fplugin="$plugin" -fdiagnostics-plain-output -c leak.c -o dist.o 2>dist.verbose
grep -q 'exec on 127.0.0.1' dist.verbose && ok "-fplugin: the client still sends the job" ||
    ko "-fplugin: the client still sends the job"
grep -q 'fplugin= and/or -specs= passed, which are insecure and not supported' log/distccd.log &&
    ok "-fplugin: distccd refuses it" || { ko "-fplugin: distccd refuses it"; tail -3 log/distccd.log; }
grep -q 'running locally instead' dist.verbose && ok "-fplugin: the client falls back to a local compile" ||
    ko "-fplugin: the client falls back to a local compile"
distcc "$ccp" -fplugin="$plugin" -fdiagnostics-plain-output -c leak.c -o dist.o 2>dist.err
grep -v '^distcc\[' dist.err >dist.stripped
cmp -s local.err dist.stripped && grep -q 'Wthread-leak' dist.err &&
    ok "-fplugin: the warning as in a local compile (plus distcc's own warning)" ||
    { ko "-fplugin: the warning as in a local compile"; diff local.err dist.err | head; }
grep '^distcc\[' dist.err | sed 's/^/  distcc says: /'
if DISTCC_FALLBACK=0 distcc "$ccp" -fplugin="$plugin" -c leak.c -o nofb.o 2>nofb.err; then
    ko "-fplugin with DISTCC_FALLBACK=0: the compile fails"
else
    ok "-fplugin with DISTCC_FALLBACK=0: the compile fails"
fi
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
NETNS
