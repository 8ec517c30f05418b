#!/bin/sh
# chroot.sh setup|check|shell MAJOR: GCC 13 and 14 from a Debian 13
# ("trixie") chroot, outside the tree: $LEAKWATCH_CHROOT, by default
# /var/cache/leakwatch/trixie.  Needs root (debootstrap, mount, chroot).
set -u
cmd=${1:-check}
major=${2:-14}
root=${LEAKWATCH_CHROOT:-/var/cache/leakwatch/trixie}
mirror=${LEAKWATCH_MIRROR:-http://deb.debian.org/debian}
top=$(cd "$(dirname "$0")/.." && pwd)
mnt="$root/srv/leakwatch"

if [ "$(id -u)" != 0 ]; then
    echo "leakwatch: GCC $major is tested in a chroot, which needs root" >&2
    exit 1
fi

setup() {
    if [ ! -x "$root/usr/bin/apt-get" ]; then
        command -v debootstrap >/dev/null 2>&1 ||
            DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap >/dev/null ||
            { echo "leakwatch: cannot install debootstrap" >&2; exit 1; }
        mkdir -p "$root"
        debootstrap --variant=minbase trixie "$root" "$mirror" >"$root.log" 2>&1 ||
            { echo "leakwatch: debootstrap failed, see $root.log" >&2; exit 1; }
    fi
    mountpoint -q "$root/proc" || mount -t proc proc "$root/proc"
    if [ ! -x "$root/usr/bin/gcc-$major" ] ||
        [ ! -f "$root/usr/lib/gcc/x86_64-linux-gnu/$major/plugin/include/plugin-version.h" ] ||
        [ ! -x "$root/usr/bin/runtest" ]; then
        chroot "$root" sh -c "DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
            --no-install-recommends gcc-$major g++-$major gcc-$major-plugin-dev \
            make dejagnu libc6-dev >/dev/null" ||
            { chroot "$root" apt-get update -q >/dev/null 2>&1 &&
              chroot "$root" sh -c "DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
                --no-install-recommends gcc-$major g++-$major gcc-$major-plugin-dev \
                make dejagnu libc6-dev >/dev/null"; } ||
            { echo "leakwatch: cannot install GCC $major in $root" >&2; exit 1; }
    fi
    mkdir -p "$mnt"
    # The tree under test, as it is now (never a stale copy).
    if mountpoint -q "$mnt"; then
        umount "$mnt" 2>/dev/null || umount -l "$mnt"
    fi
    mount --bind "$top" "$mnt"
}

case "$cmd" in
setup)
    setup
    ;;
check)
    setup
    chroot "$root" sh -c "cd /srv/leakwatch && make --no-print-directory \
        CC=gcc-$major CXX=g++-$major check ${RUNTESTFLAGS:+RUNTESTFLAGS=\"$RUNTESTFLAGS\"}"
    ;;
shell)
    setup
    chroot "$root" sh -c "cd /srv/leakwatch && exec bash"
    ;;
*)
    echo "usage: $0 setup|check|shell MAJOR" >&2
    exit 2
    ;;
esac
