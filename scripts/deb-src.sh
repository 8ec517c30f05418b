#!/bin/sh
# deb-src.sh PKG: make sure apt can fetch the source of PKG.  If it
# cannot and this is root, add a deb-src entry for this machine's own
# mirror (scripts/apt-mirror.sh) and release, in
# /etc/apt/sources.list.d/leakwatch-src.sources, then update apt.
# Used by scripts/torture.sh and bench/real.sh.
set -u
pkg=$1
top=$(cd "$(dirname "$0")/.." && pwd)
die() {
    echo "deb-src: $*" >&2
    exit 1
}
apt-cache showsrc "$pkg" 2>/dev/null | grep -q '^Package:' && exit 0
[ "$(id -u)" = 0 ] || die "apt has no deb-src entry for $pkg; as root this script adds one"
list=/etc/apt/sources.list.d/leakwatch-src.sources
if [ ! -f "$list" ]; then
    mirror=$(sh "$top/scripts/apt-mirror.sh") || exit 1
    # shellcheck disable=SC1091 # the system's release file
    suite=$(. /etc/os-release && echo "${VERSION_CODENAME:-}")
    [ -n "$suite" ] || die "no VERSION_CODENAME in /etc/os-release"
    key=/usr/share/keyrings/debian-archive-keyring.gpg
    {
        echo "Types: deb-src"
        echo "URIs: $mirror"
        echo "Suites: $suite $suite-updates"
        echo "Components: main"
        [ -f "$key" ] && echo "Signed-By: $key"
    } >"$list"
    echo "deb-src: added $list (deb-src from $mirror)" >&2
fi
apt-get update -q >/dev/null || die "apt-get update failed"
