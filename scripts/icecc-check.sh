#!/bin/sh
# icecc-check.sh CC PLUGIN: leakwatch through icecream (Debian icecc),
# with a real remote compile.  Two network namespaces made here, joined
# by a veth pair on a private /24 that exists only between them (no
# other host is ever reached): node A runs icecc-scheduler and an
# iceccd that takes no jobs (-m 0), node B an iceccd that takes them;
# each iceccd has its own /var/cache/icecc and /var/run/icecc (tmpfs in
# a private mount namespace).  On A the compiler and the plugin are
# packed with icecc-create-env --addfile, and a file with a known leak
# is compiled through icecc: the environment goes to B, B compiles it in
# a chroot made of it, and the diagnostics come back.  Checks that they
# are those of a local compile, and where the findings log goes.
# icecream recompiles locally any file whose remote compile printed
# something, unless ICECC_CARET_WORKAROUND=0 (see docs/distro.md); both
# cases are checked.  Root needed.  Prints "N passed, N failed".
set -u
cc=$1
plugin=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
top=$(cd "$(dirname "$0")/.." && pwd)
[ "$(id -u)" = 0 ] || { echo "icecc-check: needs root" >&2; exit 1; }
command -v icecc-create-env >/dev/null 2>&1 ||
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends icecc >/dev/null
pass=0 fail=0
ok() { echo "PASS: $1"; pass=$((pass + 1)); }
ko() { echo "FAIL: $1"; fail=$((fail + 1)); }
id=$$
a=lwiceA$id b=lwiceB$id
net=10.231.$((id % 200 + 20))
tmp=$(mktemp -d /tmp/leakwatch-icecc.XXXXXX)
chmod 755 "$tmp"
cleanup() {
    for p in "$tmp"/*.pid; do [ -f "$p" ] && kill "$(cat "$p")" 2>/dev/null; done
    sleep 1
    ip netns del "$a" 2>/dev/null
    ip netns del "$b" 2>/dev/null
    [ "${LEAKWATCH_KEEP:-0}" = 1 ] || rm -rf "$tmp"
}
trap cleanup EXIT
ip netns add "$a" && ip netns add "$b" || { ko "network namespaces"; exit 1; }
ip link add "lwa$id" type veth peer name "lwb$id"
ip link set "lwa$id" netns "$a"
ip link set "lwb$id" netns "$b"
ip -n "$a" addr add "$net.1/24" dev "lwa$id"
ip -n "$b" addr add "$net.2/24" dev "lwb$id"
for n in "$a" "$b"; do ip -n "$n" link set lo up; done
ip -n "$a" link set "lwa$id" up
ip -n "$b" link set "lwb$id" up

# private_dirs: in a new mount namespace, the daemon's own state.
private_dirs='for d in /var/cache/icecc /var/run/icecc; do mkdir -p $d; mount -t tmpfs none $d; chown icecc:icecc $d; done'
ip netns exec "$a" sh -c "icecc-scheduler -vv >$tmp/scheduler.log 2>&1 & echo \$! >$tmp/scheduler.pid"
ip netns exec "$b" unshare --mount sh -c "$private_dirs
    iceccd -s $net.1 -vv -N node-b -m 2 >$tmp/node-b.log 2>&1 & echo \$! >$tmp/node-b.pid
    wait" &
echo $! >"$tmp/node-b-sh.pid"

# Everything on node A happens in one mount namespace: its daemon's
# socket is in its private /var/run/icecc.
ip netns exec "$a" unshare --mount sh -s "$cc" "$plugin" "$top" "$tmp" "$net" >"$tmp/node-a.out" 2>&1 <<NODEA
set -u
cc=\$1 plugin=\$2 top=\$3 tmp=\$4 net=\$5
$private_dirs
iceccd -s \$net.1 -vv -N node-a --no-remote -m 0 >\$tmp/node-a.log 2>&1 &
echo \$! >\$tmp/node-a.pid
i=0
until [ "\$(grep -l 'Connected to scheduler' \$tmp/node-a.log \$tmp/node-b.log 2>/dev/null | wc -l)" = 2 ] || [ \$i -ge 120 ]; do
    sleep 1; i=\$((i + 1))
done
echo "daemons: \$(grep -l 'Connected to scheduler' \$tmp/node-a.log \$tmp/node-b.log 2>/dev/null | wc -l) connected after \$i s"
sleep 3
cd \$tmp
cxx=\$(printf '%s' "\$cc" | sed 's/gcc/g++/')
icecc-create-env --gcc "\$(command -v "\$cc")" "\$(command -v "\$cxx")" --addfile "\$plugin" >create-env.log 2>&1
env=\$(ls \$tmp/*.tar.gz | head -n 1)
echo "env: \$env"
tar -tzf "\$env" | grep -q leakwatch.so && echo "env has the plugin"
src=\$top/testsuite/leakwatch.driver/leak.c
flags="-fplugin=\$plugin -fdiagnostics-plain-output -c \$src"
# The node compiles in the C locale (its environment is not ours), so
# GCC quotes 'like this' there: the reference compile uses it too.
export LC_ALL=C
"\$cc" \$flags -o local.o 2>local.err
for caret in 0 1; do
    [ \$caret = 1 ] && ! grep -qs 'Have to use host' \$tmp/icecc-0.log && break
    ICECC_VERSION=\$env ICECC_CARET_WORKAROUND=\$caret ICECC_DEBUG=debug ICECC_LOGFILE=\$tmp/icecc-\$caret.log \
        icecc "\$cc" \$flags -fplugin-arg-leakwatch-log=\$tmp/remote-\$caret.jsonl -o remote-\$caret.o 2>remote-\$caret.err
    echo "icecc caret=\$caret status \$?"
done
NODEA
cat "$tmp/node-a.out" | sed 's/^/  /'

grep -q 'env has the plugin' "$tmp/node-a.out" && ok "icecc-create-env --addfile packs the plugin" ||
    { ko "icecc-create-env --addfile packs the plugin"; cat "$tmp/create-env.log"; }
log0=$tmp/icecc-0.log
log1=$tmp/icecc-1.log
if ! grep -qs "Have to use host $net.2" "$log0" "$log1"; then
    # The scheduler gives jobs only to nodes that report spare CPU; on
    # a loaded machine node B never does, and icecc builds locally
    # after its timeout.  Nothing about leakwatch can be seen then.
    echo "UNRESOLVED: icecc: the scheduler never chose node B (load average: $(cut -d' ' -f1-3 /proc/loadavg)); run again on an idle machine"
    cmp -s "$tmp/local.err" "$tmp/remote-0.err" && ok "icecc: local fallback prints the local warning" ||
        ko "icecc: local fallback prints the local warning"
    echo "$pass passed, $fail failed"
    [ "$fail" = 0 ]
    exit
fi
if grep -q "Have to use host $net.2" "$log0" && grep -q 'Transfer Environment\|has env: true' "$log0" &&
    ! grep -q 'invoking: ' "$log0"; then
    ok "ICECC_CARET_WORKAROUND=0: compiled on node B, in the environment"
else
    ko "ICECC_CARET_WORKAROUND=0: compiled on node B, in the environment"
    grep -v '^\s*$' "$log0" | grep -i 'host\|remote\|invoking\|local' | cut -c1-200 | head
fi
# Less the note that the log's directory does not exist on node B
# (checked below).
grep -v 'leakwatch: cannot open log file' "$tmp/remote-0.err" >"$tmp/remote-0.warn"
grep -q 'Wthread-leak' "$tmp/local.err" && cmp -s "$tmp/local.err" "$tmp/remote-0.warn" &&
    ok "ICECC_CARET_WORKAROUND=0: the remote warning is the local one" ||
    { ko "ICECC_CARET_WORKAROUND=0: the remote warning is the local one"; diff "$tmp/local.err" "$tmp/remote-0.warn" | head; }
[ -s "$tmp/remote-0.o" ] && ok "ICECC_CARET_WORKAROUND=0: object file" || ko "ICECC_CARET_WORKAROUND=0: object file"
if [ -s "$tmp/remote-0.jsonl" ]; then
    ko "ICECC_CARET_WORKAROUND=0: the findings log stays on node B"
else
    ok "ICECC_CARET_WORKAROUND=0: the findings log stays on node B (not on the submitting machine)"
fi
if grep -q 'needs stdout/stderr workaround, recompiling locally' "$log1" && grep -q 'invoking: ' "$log1"; then
    ok "default: a remote compile that warned is recompiled locally"
else
    ko "default: a remote compile that warned is recompiled locally"
    grep -v '^\s*$' "$log1" | grep -i 'host\|remote\|invoking\|local' | cut -c1-200 | head
fi
cmp -s "$tmp/local.err" "$tmp/remote-1.err" && [ -s "$tmp/remote-1.jsonl" ] &&
    ok "default: the local warning, and the log line on the submitting machine" ||
    ko "default: the local warning, and the log line on the submitting machine"
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
