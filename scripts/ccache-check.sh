#!/bin/sh
# ccache-check.sh CC PLUGIN: what ccache does with leakwatch, and the
# fix docs/distro.md gives.  ccache replays a cached compile's warnings;
# loaded by its short name (-fplugin=leakwatch, as a distribution does)
# the plugin's .so is not hashed, so a rebuilt plugin would go on
# replaying the old plugin's warnings; CCACHE_EXTRAFILES (the
# extra_files_to_hash setting) naming the .so makes a changed plugin a
# cache miss.  (With -fplugin=PATH ccache hashes the file itself.)  Also shows that a cache hit writes no campaign log line
# and that LEAKWATCH_OPTIONS is not part of the hash.  Private cache in
# a temporary directory.  Prints "N passed, N failed".
set -u
cc=$1
src_plugin=$2
command -v ccache >/dev/null 2>&1 ||
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends ccache >/dev/null
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export CCACHE_DIR="$tmp/cache" CCACHE_NOHASHDIR=1
unset CCACHE_DISABLE CCACHE_EXTRAFILES LEAKWATCH_OPTIONS
pass=0 fail=0
ok() { echo "PASS: $1"; pass=$((pass + 1)); }
ko() { echo "FAIL: $1"; fail=$((fail + 1)); }
plugin=$tmp/leakwatch.so
cp "$src_plugin" "$plugin"
cp "$(dirname "$0")/../testsuite/leakwatch.driver/leak.c" "$tmp/leak.c"
cd "$tmp"
# cc_ LABEL [ENV...]: compile leak.c through ccache; the stats tell
# whether it was a hit.
cc_() {
    label=$1
    shift
    ccache -z >/dev/null
    env "$@" ccache "$cc" $load -fplugin-arg-leakwatch-log="$tmp/log.jsonl" \
        -c leak.c -o leak.o 2>"$tmp/$label.err"
    hits=$(ccache --print-stats | awk '$1 ~ /^(direct|preprocessed)_cache_hit$/ { n += $2 } END { print n + 0 }')
}
lines() { [ -f "$tmp/log.jsonl" ] && wc -l <"$tmp/log.jsonl" || echo 0; }

# As a distribution loads it: by its short name from the plugin
# directory (-iplugindir stands in for GCC's own directory here).
load="-iplugindir=$tmp -fplugin=leakwatch"
cc_ first
[ "$hits" = 0 ] && grep -q 'Wthread-leak' first.err && ok "first compile: miss, warning" || ko "first compile: miss, warning"
n=$(lines)
cc_ second
[ "$hits" = 1 ] && cmp -s first.err second.err && ok "second compile: hit, the same warning replayed" ||
    ko "second compile: hit, the same warning replayed"
[ "$(lines)" = "$n" ] && ok "a cache hit writes no log line (campaigns: CCACHE_DISABLE=1)" ||
    ko "a cache hit writes no log line"
cc_ env LEAKWATCH_OPTIONS=disable
[ "$hits" = 1 ] && grep -q 'Wthread-leak' env.err && ok "LEAKWATCH_OPTIONS is not hashed: hit, stale warning" ||
    ko "LEAKWATCH_OPTIONS is not hashed"

# A rebuilt plugin (here: other bytes, same behaviour).
printf '\n' >>"$plugin"
cc_ rebuilt
[ "$hits" = 1 ] && ok "rebuilt plugin without extra_files_to_hash: still a hit (stale)" ||
    ko "rebuilt plugin without extra_files_to_hash: still a hit (stale)"
cc_ extra1 CCACHE_EXTRAFILES="$plugin"
[ "$hits" = 0 ] && ok "CCACHE_EXTRAFILES=plugin: the first compile is a miss" ||
    ko "CCACHE_EXTRAFILES=plugin: the first compile is a miss"
cc_ extra2 CCACHE_EXTRAFILES="$plugin"
[ "$hits" = 1 ] && ok "CCACHE_EXTRAFILES=plugin: unchanged plugin, hit" ||
    ko "CCACHE_EXTRAFILES=plugin: unchanged plugin, hit"
printf '\n' >>"$plugin"
cc_ extra3 CCACHE_EXTRAFILES="$plugin"
[ "$hits" = 0 ] && grep -q 'Wthread-leak' extra3.err && ok "CCACHE_EXTRAFILES=plugin: rebuilt plugin, miss" ||
    ko "CCACHE_EXTRAFILES=plugin: rebuilt plugin, miss"
# The same through the configuration file.
printf 'extra_files_to_hash = %s\n' "$plugin" >"$CCACHE_DIR/ccache.conf"
printf '\n' >>"$plugin"
cc_ conf
[ "$hits" = 0 ] && ok "extra_files_to_hash in ccache.conf: rebuilt plugin, miss" ||
    ko "extra_files_to_hash in ccache.conf: rebuilt plugin, miss"
# By its path, ccache hashes the plugin file itself.
rm -f "$CCACHE_DIR/ccache.conf"
load="-fplugin=$plugin"
cc_ path1
printf '\n' >>"$plugin"
cc_ path2
[ "$hits" = 0 ] && ok "-fplugin=PATH: ccache hashes the plugin itself, rebuilt plugin, miss" ||
    ko "-fplugin=PATH: ccache hashes the plugin itself, rebuilt plugin, miss"
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
