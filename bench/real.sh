#!/bin/sh
# real.sh CC PLUGIN: the plugin's cost on real sources from Debian.
#
# Each file below is taken from its Debian source package (apt-get
# source, into a cache outside the tree), preprocessed once per level
# with the package's own -D/-I flags and Debian's CPPFLAGS
# (-D_FORTIFY_SOURCE=2, which glibc ignores at -O0), then compiled to
# assembly at that level with and without the plugin.  For each: the
# instructions cc1 (cc1plus) executes (valgrind --tool=cachegrind
# --cache-sim=no, as bench/run.sh counts them), its peak memory (GNU
# time %M), and the warnings the plugin adds (its findings, kept in
# $cache/real/out/FILE-LEVEL.warnings).  The last line says whether
# every goal of issue 12 is met: at most 1 % more instructions at -O1
# and above, 3 % at -O0, 2 % more memory.
#
#   BENCH_REAL_FILES   files to measure (default: all of those below)
#   BENCH_REAL_LEVELS  levels (default "-O0 -O2")
#   LEAKWATCH_CACHE    cache directory (default /var/cache/leakwatch);
#                      sources go to $LEAKWATCH_CACHE/src/real
#
# Files (name: Debian source package, file):
#   sqlite3    sqlite3    the amalgamation sqlite3.c (-DSQLITE_THREADSAFE=1;
#                         made by its configure and 'make sqlite3.c', tclsh)
#   memcached  memcached  memcached.c (its configure; libevent-dev)
#   fio        fio        backend.c (its configure)
#   zstdmt     libzstd    lib/compress/zstdmt_compress.c (-DZSTD_MULTITHREAD)
#   pbzip2     pbzip2     pbzip2.cpp (C++; libbz2-dev)
#   ostree     ostree     src/libostree/ostree-repo.c (g_autoptr and
#                         g_autofree throughout; its configure without
#                         optional libraries; libglib2.0-dev)
# A package apt cannot download is reported and left out.  Without a
# deb-src entry, one is added as root from this machine's mirror
# (scripts/apt-mirror.sh), as scripts/torture.sh does.
set -u
cc=$1 plugin=$2
top=$(cd "$(dirname "$0")/.." && pwd)
cache=${LEAKWATCH_CACHE:-/var/cache/leakwatch}
src=$cache/src/real
files=${BENCH_REAL_FILES:-sqlite3 memcached fio zstdmt pbzip2 ostree}
levels=${BENCH_REAL_LEVELS:--O0 -O2}
major=$("$cc" -dumpversion | cut -d. -f1)
pre=$src/pre-gcc-$major
out=$src/out
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

die() {
    echo "real: $*" >&2
    exit 1
}
[ -f "$plugin" ] || die "no plugin '$plugin'"
for t in valgrind /usr/bin/time apt-get; do
    command -v "$t" >/dev/null 2>&1 ||
        die "needs valgrind, GNU time and apt (apt-get install valgrind time)"
done
mkdir -p "$src" "$pre" "$out" || die "cannot create $src"

# debsrc: make sure apt can fetch sources (scripts/deb-src.sh).
debsrc() {
    sh "$top/scripts/deb-src.sh" sqlite3 || exit 1
}

# unpacked PKG: the unpacked source directory of PKG, if any.
unpacked() {
    for d in "$src/$1"-[0-9]*/; do
        [ -d "$d" ] && ls "$src/$1"_*.dsc >/dev/null 2>&1 && {
            echo "${d%/}"
            return 0
        }
    done
    return 1
}
# fetch PKG: download and unpack PKG once; print its directory.
fetch() {
    unpacked "$1" && return 0
    debsrc
    echo "real: apt-get source $1 into $src" >&2
    (cd "$src" && apt-get source -q "$1" >"$out/get-$1.log" 2>&1) || {
        echo "real: apt-get source $1 failed (see $out/get-$1.log); left out" >&2
        return 1
    }
    unpacked "$1"
}
# version PKG: the Debian version of the unpacked source.
version() {
    # shellcheck disable=SC2012 # names from apt, no odd characters
    sed -n 's/^Version: //p' "$(ls "$src/$1"_*.dsc | head -n 1)"
}

# Per file: its package, its source file, the flags it is compiled with
# (besides the level), and prep NAME DIR OUT, which preprocesses it.
pkg_of() {
    case $1 in
    zstdmt) echo libzstd ;;
    *) echo "$1" ;;
    esac
}
file_of() {
    case $1 in
    sqlite3) echo sqlite3.c ;;
    memcached) echo memcached.c ;;
    fio) echo backend.c ;;
    zstdmt) echo lib/compress/zstdmt_compress.c ;;
    pbzip2) echo pbzip2.cpp ;;
    ostree) echo src/libostree/ostree-repo.c ;;
    *) return 1 ;;
    esac
}
std_of() {
    case $1 in
    fio | ostree) echo -std=gnu99 ;;
    *) echo ;;
    esac
}
# configure DIR ARGS...: run DIR's configure once (log in $out).
configure() {
    d=$1
    shift
    [ -f "$d/.lw-configured" ] && return 0
    (cd "$d" && CC=$cc ./configure "$@") >"$out/configure-${d##*/}.log" 2>&1 ||
        {
            echo "real: configure in $d failed (see $out/configure-${d##*/}.log)" >&2
            return 1
        }
    touch "$d/.lw-configured"
}
prep() {
    name=$1 d=$2 o=$3
    # Debian's CPPFLAGS; glibc's fortified headers only with optimisation
    # (they do not compile at -O0).
    case $4 in
    -O0) debcpp=-O0 ;;
    *) debcpp="$4 -D_FORTIFY_SOURCE=2" ;;
    esac
    # shellcheck disable=SC2086,SC2046 # $debcpp, pkg-config's output: words
    case $name in
    sqlite3)
        b=$src/sqlite3-build
        if [ ! -f "$b/sqlite3.c" ]; then
            command -v tclsh >/dev/null 2>&1 || {
                echo "real: sqlite3.c is made with tclsh (apt-get install tcl)" >&2
                return 1
            }
            mkdir -p "$b" || return 1
            (cd "$b" && CC=$cc "$d/configure" && make sqlite3.c) \
                >"$out/make-sqlite3.log" 2>&1 || {
                echo "real: make sqlite3.c failed (see $out/make-sqlite3.log)" >&2
                return 1
            }
        fi
        "$cc" -E $debcpp -DSQLITE_THREADSAFE=1 "$b/sqlite3.c" -o "$o"
        ;;
    memcached)
        configure "$d" && (cd "$d" &&
            "$cc" -E $debcpp -DHAVE_CONFIG_H -I. -DNDEBUG -pthread memcached.c -o "$o")
        ;;
    fio)
        configure "$d" && (cd "$d" &&
            "$cc" -E $debcpp -std=gnu99 -DFIO_VERSION='"fio"' -D_GNU_SOURCE \
                -include config-host.h -I. -D_LARGEFILE_SOURCE \
                -D_FILE_OFFSET_BITS=64 -DFIO_INTERNAL -DFIO_INC_DEBUG \
                -DBITS_PER_LONG=64 backend.c -o "$o")
        ;;
    zstdmt)
        (cd "$d" && "$cc" -E $debcpp -DZSTD_MULTITHREAD -Ilib -Ilib/common \
            -pthread lib/compress/zstdmt_compress.c -o "$o")
        ;;
    pbzip2)
        (cd "$d" && "$cc" -E -x c++ $debcpp -D_LARGEFILE64_SOURCE \
            -D_FILE_OFFSET_BITS=64 -DUSE_STACKSIZE_CUSTOMIZATION -pthread \
            pbzip2.cpp -o "$o")
        ;;
    ostree)
        # The flags of libostree's Makefile, without the optional libraries.
        configure "$d" --without-gpgme --without-libarchive \
            --without-selinux --without-curl --without-soup --without-soup3 \
            --without-avahi --disable-gtk-doc --without-libsystemd \
            --without-openssl --disable-man --without-libmount \
            --without-composefs &&
            (cd "$d" && make libglnx-config.h src/libostree/ostree-enumtypes.h \
                >>"$out/configure-${d##*/}.log" 2>&1 &&
                "$cc" -E $debcpp -std=gnu99 -DHAVE_CONFIG_H -I. \
                    -DDATADIR='"/usr/share"' -DLIBEXECDIR='"/usr/libexec"' \
                    -DLOCALEDIR='"/usr/share/locale"' -DSYSCONFDIR='"/etc"' \
                    -DTARGET_PREFIX='"/usr"' -DSHORTENED_SYSCONFDIR='"etc"' \
                    -DOSTREE_FEATURES='""' -DOSTREE_COMPILATION \
                    -DG_LOG_DOMAIN='"OSTree"' -DOSTREE_GITREV='""' \
                    -DGLIB_VERSION_MIN_REQUIRED=GLIB_VERSION_2_66 \
                    '-DGLIB_VERSION_MAX_ALLOWED=G_ENCODE_VERSION(2,70)' \
                    -I./bsdiff -I./libglnx -I./src/libotutil -I./src/libostree \
                    $(pkg-config --cflags gio-unix-2.0) -pthread \
                    '-D_OSTREE_PUBLIC=__attribute__((visibility("default"))) extern' \
                    -DPKGLIBEXECDIR='"/usr/libexec/libostree"' \
                    src/libostree/ostree-repo.c -o "$o")
        ;;
    esac
}

# cc1's command line for compiling FILE (and FLAGS), one word per line.
cc1_cmd() {
    "$cc" -### "$@" 2>&1 | grep '/cc1\(plus\)\? '
}
# instructions CMD...: instructions cc1 executes.
instructions() {
    valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
        "$@" 2>&1 >/dev/null | sed -n 's/.*I *refs: *//p' | tr -d ,
}
# peak ERR CMD...: cc1's exit status and maximum resident set, in KB;
# its stderr to ERR.
peak() {
    err=$1
    shift
    /usr/bin/time -f '%x %M' -o "$err.m" "$@" >/dev/null 2>"$err"
    tail -n 1 "$err.m"
}
# measure OUT FLAGS...: "instructions status peak-KB" of cc1 into file
# OUT, cc1's diagnostics into OUT.err.
measure() {
    mo=$1
    shift
    line=$(cc1_cmd "$@")
    eval "set -- $line"
    echo "$(instructions "$@") $(peak "$mo.err" "$@")" >"$mo"
}

printf "%-10s %7s %5s %9s %9s %7s %7s %6s %6s %5s\n" file lines level \
    "gcc(Mi)" "+lw(Mi)" ratio% "MB" "+MB" mem% warn
: >"$tmp/missed"
for name in $files; do
    f=$(file_of "$name") || die "unknown file '$name' (see the top of $0)"
    p=$(pkg_of "$name")
    d=$(fetch "$p") || continue
    std=$(std_of "$name")
    for lvl in $levels; do
        case $f in
        *.cpp) i=$pre/$name$lvl.ii ;;
        *) i=$pre/$name$lvl.i ;;
        esac
        if [ ! -s "$i" ]; then
            prep "$name" "$d" "$i.tmp" "$lvl" 2>"$out/prep-$name$lvl.log" || {
                echo "real: cannot preprocess $f of $p (see $out/prep-$name$lvl.log)" >&2
                continue
            }
            mv "$i.tmp" "$i"
        fi
        if [ "$name" = sqlite3 ]; then
            lines=$(wc -l <"$src/sqlite3-build/sqlite3.c")
        else
            lines=$(wc -l <"$d/$f")
        fi
        echo "$name$lvl: $p $(version "$p"), $f, $(wc -l <"$i") lines preprocessed" \
            >"$out/$name$lvl.about"
        # Both runs at once: instruction counts do not depend on the load.
        # shellcheck disable=SC2086 # $std is empty or one word
        measure "$tmp/base" $lvl $std -S "$i" -o /dev/null &
        # shellcheck disable=SC2086 # $std is empty or one word
        measure "$tmp/with" $lvl $std -fplugin="$plugin" -S "$i" -o /dev/null &
        wait
        read -r bi bx bm <"$tmp/base"
        read -r wi wx wm <"$tmp/with"
        if [ "$bx" != 0 ] || [ "$wx" != 0 ]; then
            echo "real: cc1 failed on $i at $lvl (exit $bx without, $wx with the plugin):" >&2
            grep -m 5 'error' "$tmp/base.err" "$tmp/with.err" >&2
            echo "$name $lvl (the compilation failed)" >>"$tmp/missed"
            continue
        fi
        # The plugin's findings: the warnings only the run with it has.
        grep 'warning:' "$tmp/base.err" | sort >"$tmp/bw"
        grep 'warning:' "$tmp/with.err" | sort | comm -13 "$tmp/bw" - \
            >"$out/$name$lvl.warnings"
        w=$(wc -l <"$out/$name$lvl.warnings")
        case $lvl in
        -O0) goal=3 ;;
        *) goal=1 ;;
        esac
        awk -v n="$name" -v l="$lines" -v lvl="$lvl" -v bi="$bi" -v wi="$wi" \
            -v bm="$bm" -v wm="$wm" -v w="$w" -v goal="$goal" \
            -v missed="$tmp/missed" 'BEGIN {
            r = 100 * (wi - bi) / bi
            m = 100 * (wm - bm) / bm
            printf "%-10s %7d %5s %9.1f %9.1f %7.2f %7.1f %6.1f %6.2f %5d\n",
                n, l, lvl, bi / 1e6, wi / 1e6, r, bm / 1024, (wm - bm) / 1024, m, w
            if (r > goal || m > 2)
                printf "%s %s (%.2f %% instructions, %.2f %% memory)\n",
                    n, lvl, r, m >>missed
        }'
    done
done
if [ -s "$tmp/missed" ]; then
    echo "goals (1 % instructions at -O1 and up, 3 % at -O0, 2 % memory): missed by"
    sed 's/^/  /' "$tmp/missed"
    exit 1
fi
echo "goals (1 % instructions at -O1 and up, 3 % at -O0, 2 % memory): all met"
