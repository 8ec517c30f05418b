#!/bin/sh
# distro-check.sh CC PLUGIN: the distribution checks that are too heavy
# for every CI run, each timed, then the total "N passed, N failed".
# Root on Debian 12; installs what it needs (rpm, icecc, distcc, ccache,
# chromium, python3-jsonschema, the SARIF tools from npm).
#   sarif+html  the report tests with the OASIS schema and chromium
#   recipes     docs/distro.md's injection recipes (scripts/distro-recipes.sh)
#   ccache, distcc, icecc   (scripts/*-check.sh, on loopback)
#   deb, rpm    the packages from a clean export of HEAD
#   memcached   the Debian recipe end to end on a real package
# LEAKWATCH_DISTRO_SKIP="memcached rpm" leaves steps out.
set -u
cc=$1
plugin=$2
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top" || exit 1
export DEBIAN_FRONTEND=noninteractive
pass=0 fail=0
skip=" ${LEAKWATCH_DISTRO_SKIP:-} "
# step NAME COMMAND...: run it, add its "N passed, N failed" (or 1 pass
# or fail by its status), print its time.
step() {
    name=$1
    shift
    case "$skip" in *" $name "*) echo "distro-check: $name: skipped"; return ;; esac
    t0=$(date +%s)
    out=$("$@" 2>&1)
    st=$?
    echo "$out" | sed "s/^/  [$name] /" | tail -n 25
    line=$(echo "$out" | grep -E '^[0-9]+ passed, [0-9]+ failed' | tail -n 1)
    if [ -n "$line" ]; then
        p=${line%% passed*}
        f=${line#*passed, }
        f=${f%% failed*}
    elif [ $st = 0 ]; then p=1 f=0; else p=0 f=1; fi
    [ $st != 0 ] && [ "$f" = 0 ] && f=1
    pass=$((pass + p)) fail=$((fail + f))
    echo "distro-check: $name: $p passed, $f failed, $(($(date +%s) - t0)) s"
}
tools() {
    # npm only where it is missing: Debian's npm conflicts with a
    # nodejs that brings its own.
    apt-get install -y -q --no-install-recommends rpm icecc distcc ccache chromium \
        fonts-dejavu-core python3-jsonschema debhelper lintian fakeroot >/dev/null &&
        sh scripts/sarif-tools.sh
}
step tools tools
step sarif+html make --no-print-directory check CC="$cc" RUNTESTFLAGS="log.exp report.exp"
step recipes sh scripts/distro-recipes.sh "$plugin"
step ccache sh scripts/ccache-check.sh "$cc" "$plugin"
step distcc sh scripts/distcc-check.sh "$cc" "$plugin"
step icecc sh scripts/icecc-check.sh "$cc" "$plugin"
step deb sh scripts/deb-build.sh "$cc"
step rpm sh scripts/rpm-build.sh
step memcached sh scripts/distro-debian.sh memcached
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
