#!/bin/sh
# chroot.sh setup|check|shell MAJOR: GCC 13, 14, 15 and 16 from one
# Debian sid chroot, outside the tree: $LEAKWATCH_CHROOT, by default
# /var/cache/leakwatch/sid.  Needs root (debootstrap, mount, chroot).
#
# The chroot is made from the mirror this machine's apt already uses
# (scripts/apt-mirror.sh; LEAKWATCH_MIRROR overrides it), and every GCC
# is installed at once; later runs install again only when something is
# missing.  Each work tree is bind-mounted at its own
# /srv/leakwatch-HASH (HASH: of the tree's path), so several trees, and
# several GCCs of one tree, can use the chroot at the same time.  Locks
# in $LEAKWATCH_CHROOT.locks/ serialise the setup; the last user of a
# mount unmounts it.
set -u
cmd=${1:-check}
major=${2:-14}
root=${LEAKWATCH_CHROOT:-/var/cache/leakwatch/sid}
top=$(cd "$(dirname "$0")/.." && pwd -P)
versions="13 14 15 16"

usage() {
    echo "usage: $0 setup|check|shell MAJOR (MAJOR: one of $versions)" >&2
    exit 2
}
die() {
    echo "leakwatch: $*" >&2
    exit 1
}

case "$cmd" in setup | check | shell) ;; *) usage ;; esac
case " $versions " in *" $major "*) ;; *) usage ;; esac
case "$root" in
/*/*) root=${root%/} ;;
*) die "LEAKWATCH_CHROOT must be an absolute directory such as /var/cache/leakwatch/sid, not '$root'" ;;
esac
[ "$(id -u)" = 0 ] || die "GCC $major is tested in a chroot, which needs root"
# Canonical, as /proc/PID/root shows it (see busy below).
mkdir -p "${root%/*}" || die "cannot create ${root%/*}"
root=$(cd "${root%/*}" && pwd -P)/${root##*/}
command -v flock >/dev/null 2>&1 || die "flock (util-linux) is missing"

# Everything for all four GCCs, installed by one apt-get.
pkgs=
for v in $versions; do
    pkgs="$pkgs gcc-$v g++-$v gcc-$v-plugin-dev"
done
pkgs="${pkgs# } make dejagnu libc6-dev python3"

id=$(printf '%s' "$top" | sha256sum | cut -c1-12)
srv=/srv/leakwatch-$id
mnt=$root$srv
locks=$root.locks

# Locks (flock): fd 8 shared while this script uses the chroot's /proc,
# fd 9 shared while it uses this tree's mount, fd 7 exclusive while it
# creates, installs or mounts.  Taken in this order (8, 9, then 7), and
# only non-blocking attempts while holding 7 or at the end: no deadlock.
mkdir -p "$locks" || die "cannot create $locks"
exec 8>"$locks/proc" 9>"$locks/tree-$id"
flock -s 8
flock -s 9

# busy: a process lives in the chroot (maybe one started without these
# locks, by hand or by an older chroot.sh): /proc stays mounted for it.
busy() {
    for p in /proc/[0-9]*; do
        [ "$(readlink "$p/root" 2>/dev/null)" = "$root" ] && return 0
    done
    return 1
}

# The last user of the tree's mount (or of /proc) unmounts it.  A
# non-blocking exclusive lock succeeds only when nobody else holds it.
teardown() {
    trap - EXIT HUP INT TERM
    if flock -n -x 9; then
        while mountpoint -q "$mnt"; do
            umount "$mnt" 2>/dev/null || umount -l "$mnt" || break
        done
        rmdir "$mnt" 2>/dev/null
    fi
    if flock -n -x 8 && ! busy; then
        while mountpoint -q "$root/proc"; do
            umount "$root/proc" 2>/dev/null || umount -l "$root/proc" || break
        done
    fi
}
trap teardown EXIT
trap 'exit 130' HUP INT TERM

# in_chroot CMD...: run CMD in the chroot, without the lock descriptors.
in_chroot() {
    chroot "$root" "$@" 7>&- 8>&- 9>&-
}

# missing: the packages of $pkgs not installed in the chroot (empty if none).
missing() {
    # shellcheck disable=SC2016,SC2086 # a dpkg format; a list of words
    ok=$(in_chroot dpkg-query -W -f '${db:Status-Abbrev} ${Package}\n' $pkgs 2>/dev/null |
        sed -n 's/^ii  *//p' | tr '\n' ' ')
    for p in $pkgs; do
        case " $ok" in *" $p "*) ;; *) printf '%s ' "$p" ;; esac
    done
}

setup() {
    exec 7>"$locks/setup"
    flock -x 7
    # A finished debootstrap removes its work directory $root/debootstrap.
    if [ ! -x "$root/usr/bin/apt-get" ] || [ -d "$root/debootstrap" ]; then
        command -v debootstrap >/dev/null 2>&1 ||
            DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap >/dev/null ||
            die "cannot install debootstrap"
        mirror=$(sh "$top/scripts/apt-mirror.sh") || exit 1
        mountpoint -q "$root/proc" && umount -l "$root/proc"
        mkdir -p "$root"
        echo "leakwatch: creating the Debian sid chroot $root (log: $root.log)" >&2
        debootstrap --variant=minbase sid "$root" "$mirror" >"$root.log" 2>&1 ||
            die "debootstrap failed, see $root.log"
    fi
    mountpoint -q "$root/proc" || mount -t proc proc "$root/proc" ||
        die "cannot mount $root/proc"
    need=$(missing)
    if [ -n "$need" ]; then
        echo "leakwatch: installing in $root: $need" >&2
        # The mirror's sid Release is often past its Valid-Until date.
        # shellcheck disable=SC2086 # $pkgs is a list of words
        { in_chroot apt-get -q -o Acquire::Check-Valid-Until=false update &&
            in_chroot env DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
                --no-install-recommends $pkgs; } >>"$root.log" 2>&1 ||
            die "cannot install the GCCs in $root, see $root.log"
        need=$(missing)
        [ -z "$need" ] || die "still missing in $root: $need"
    fi
    # This tree, as it is now (never a stale copy).  A mount left by an
    # interrupted run of this tree is reused; one of another directory
    # (a tree re-created at the same path) is replaced.
    mkdir -p "$mnt" || die "cannot create $mnt"
    if mountpoint -q "$mnt" &&
        [ "$(stat -c %d:%i "$mnt")" != "$(stat -c %d:%i "$top")" ]; then
        while mountpoint -q "$mnt"; do
            umount "$mnt" 2>/dev/null || umount -l "$mnt" || break
        done
    fi
    mountpoint -q "$mnt" || mount --bind "$top" "$mnt" ||
        die "cannot mount $top on $mnt"
    flock -u 7
    exec 7>&-
}

setup
case "$cmd" in
setup)
    # Nothing stays mounted: check and shell mount what they need.
    ;;
check)
    # RUNTESTFLAGS reaches make through the environment.
    # shellcheck disable=SC2016 # expanded by the shell in the chroot
    in_chroot sh -c 'cd "$1" && exec make --no-print-directory \
        CC="gcc-$2" CXX="g++-$2" check' sh "$srv" "$major"
    ;;
shell)
    # shellcheck disable=SC2016 # expanded by the shell in the chroot
    in_chroot sh -c 'cd "$1" && exec bash' sh "$srv"
    ;;
esac
