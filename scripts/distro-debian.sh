#!/bin/sh
# distro-debian.sh [PACKAGE] [WORKDIR]: the Debian recipe of
# docs/distro.md, end to end, on a real Debian package (default
# memcached), as root on Debian 12:
#   1. leakwatch-gcc-N and leakwatch, built from HEAD (scripts/deb-build.sh,
#      nocheck) and installed, unless already installed;
#   2. the package's source and build dependencies, from deb-src lines
#      made at run time from this machine's own apt sources, in a private
#      apt state under WORKDIR (the system's apt configuration is not
#      changed);
#   3. dpkg-buildpackage -b without the plugin, then with it injected by
#      dpkg-buildflags' configuration file (distro/buildflags.conf, read
#      from $XDG_CONFIG_HOME, the per-user twin of /etc/dpkg/buildflags.conf),
#      logging to WORKDIR/campaign/PACKAGE.jsonl (LEAKWATCH_OPTIONS);
#      both timed;
#   4. checks: the flag is on the compile lines, the package built, the
#      log parses; then leakwatch-report writes text, HTML and SARIF.
# The packages installed in step 1 are removed at the end unless
# LEAKWATCH_KEEP=1.  Sources and builds stay in WORKDIR (default
# /tmp/leakwatch-distro-PACKAGE), never in the tree.
set -eu
pkg=${1:-memcached}
work=${2:-/tmp/leakwatch-distro-$pkg}
top=$(cd "$(dirname "$0")/.." && pwd)
export DEBIAN_FRONTEND=noninteractive
[ "$(id -u)" = 0 ] || { echo "distro-debian: needs root (apt-get build-dep, dpkg -i)" >&2; exit 1; }
say() { echo "distro-debian: $*"; }
rm -rf "$work"
mkdir -p "$work/campaign"
t_all=$(date +%s)

# 1. The plugin, installed as a distribution would install it.
major=$(gcc -dumpversion | cut -d. -f1)
installed=
if ! dpkg -s "leakwatch-gcc-$major" >/dev/null 2>&1; then
    DEB_BUILD_OPTIONS=nocheck sh "$top/scripts/deb-build.sh" gcc "$work/debs" >"$work/deb-build.log" 2>&1 ||
        { cat "$work/deb-build.log"; exit 1; }
    apt-get install -y -q "$work"/debs/leakwatch_*_all.deb \
        "$work"/debs/leakwatch-gcc-"$major"_*.deb >"$work/install.log" 2>&1 ||
        { cat "$work/install.log"; exit 1; }
    installed="leakwatch-gcc-$major leakwatch"
    say "installed $installed from HEAD"
fi
cleanup() {
    if [ -n "$installed" ] && [ "${LEAKWATCH_KEEP:-0}" != 1 ]; then
        # shellcheck disable=SC2086 # a list of package names
        dpkg -r $installed >/dev/null 2>&1 || true
    fi
}
trap cleanup EXIT

# 2. deb-src from this machine's own sources, in a private apt state.
mkdir -p "$work/apt/sources.list.d" "$work/apt/lists/partial"
# The system's own Debian sources (debian.sources, or the one-line
# sources.list), each also as deb-src; other files are left out.
for f in /etc/apt/sources.list.d/debian.sources; do
    [ -r "$f" ] || continue
    sed 's/^Types:.*/Types: deb deb-src/' "$f" >"$work/apt/sources.list.d/${f##*/}"
done
for f in /etc/apt/sources.list; do
    [ -r "$f" ] || continue
    sed -n 's/^deb\([[:space:]]\)/deb\1/p; s/^deb\([[:space:]]\)/deb-src\1/p' "$f" \
        >"$work/apt/sources.list.d/${f##*/}.list"
done
apt_() {
    apt-get -q -o Dir::Etc::SourceList=/dev/null \
        -o Dir::Etc::SourceParts="$work/apt/sources.list.d" \
        -o Dir::State::Lists="$work/apt/lists" "$@"
}
apt_ update >"$work/apt.log" 2>&1 || { tail "$work/apt.log"; exit 1; }
apt_ install -y --no-install-recommends build-essential fakeroot >>"$work/apt.log" 2>&1
apt_ build-dep -y "$pkg" >>"$work/apt.log" 2>&1 || { tail "$work/apt.log"; exit 1; }
(cd "$work" && apt_ source "$pkg" >>"$work/apt.log" 2>&1) || { tail "$work/apt.log"; exit 1; }
# The unpacked source: named after the source package, which may differ
# from the binary package named on the command line (zstd: libzstd).
src=$(find "$work" -maxdepth 3 -path "$work/*/debian/changelog" \
    -not -path "$work/debs/*" | head -n 1)
src=${src%/debian/changelog}
version=$(cd "$src" && dpkg-parsechangelog -S Version)
say "$pkg $version: source in $src"

# build NAME: dpkg-buildpackage -b in a fresh copy of the source; wall
# seconds in $secs, CPU seconds (user + system, all processes) in $cpu:
# on a shared machine the CPU time is the fairer comparison.
build() {
    rm -rf "$work/$1"
    mkdir -p "$work/$1"
    cp -a "$src" "$work/$1/src"
    # Not our make's flags: 'make -s distro-check' would silence the
    # package's compile lines, which step 4 reads.
    (cd "$work/$1/src" && unset MAKEFLAGS MFLAGS MAKELEVEL &&
        DEB_BUILD_OPTIONS="nocheck parallel=2 ${DEB_BUILD_OPTIONS:-}" \
            /usr/bin/time -f '%e %U %S' -o "$work/$1/time" \
            nice dpkg-buildpackage -b -uc -us) >"$work/$1/build.log" 2>&1 ||
        { tail -30 "$work/$1/build.log"; say "$1 build FAILED"; exit 1; }
    secs=$(awk '{ printf "%.0f", $1 }' "$work/$1/time")
    cpu=$(awk '{ printf "%.1f", $2 + $3 }' "$work/$1/time")
}

# 3. Without, then with the plugin.
build plain
plain=$secs plain_cpu=$cpu
say "built without leakwatch in $plain s ($cpu s CPU)"

# The recipe as docs/distro.md gives it (distro/buildflags.conf); the
# builder names each package's log in the environment.
log=$work/campaign/$pkg.jsonl
mkdir -p "$work/xdg/dpkg"
cp "$top/distro/buildflags.conf" "$work/xdg/dpkg/buildflags.conf"
export XDG_CONFIG_HOME="$work/xdg" LEAKWATCH_OPTIONS="log=$log"
dpkg-buildflags --get CFLAGS | grep -q -- "-fplugin=leakwatch" ||
    { say "dpkg-buildflags does not carry the flag"; exit 1; }
build leakwatch
with=$secs with_cpu=$cpu
unset XDG_CONFIG_HOME LEAKWATCH_OPTIONS
say "built with leakwatch in $with s ($cpu s CPU)"

# 4. Checks and the report.
# A compile line: the compiler first (after libtool's prefix), with -c
# or with a C or C++ source file (compile and link in one step).
cre='^[[:space:]]*(libtool: compile: *)?(gcc|cc|g\+\+|c\+\+|x86_64-linux-gnu-(gcc|g\+\+)(-[0-9]+)?)[[:space:]](.*[[:space:]])?(-c|[^[:space:]]+\.(c|cc|cpp|cxx|C))([[:space:]]|$)'
compiles=$(grep -cE "$cre" "$work/leakwatch/build.log" || true)
flagged=$(grep -E "$cre" "$work/leakwatch/build.log" | grep -c -- '-fplugin=leakwatch' || true)
say "compile lines: $compiles, with -fplugin=leakwatch: $flagged"
[ "$compiles" -gt 0 ] && [ "$compiles" = "$flagged" ] ||
    { say "the flag is not on every compile line"; exit 1; }
debs=$(find "$work/leakwatch" -maxdepth 1 -name '*.deb' | wc -l)
[ "$debs" -gt 0 ] || { say "no package built"; exit 1; }
say "packages built with leakwatch: $debs"
touch "$log"
python3 "$top/testsuite/leakwatch.driver/logcheck.py" "$log" "$(wc -l <"$log")" >/dev/null ||
    { say "the log does not parse"; exit 1; }
report=$top/tools/leakwatch-report
python3 "$report" "$work/campaign" >"$work/report.txt"
python3 "$report" --format=html -o "$work/report.html" "$work/campaign"
python3 "$report" --format=sarif -o "$work/report.sarif" "$work/campaign"
printed=$(grep -c 'warning: .*\[-W\(thread-leak\|cleanup-[a-z]*\|unused-result\)\]' "$work/leakwatch/build.log" || true)
say "findings logged: $(wc -l <"$log") lines; warnings in the build log: $printed"
sed -n '1,/^Findings:/p' "$work/report.txt" | sed 's/^/  /'
sed -n '/^Findings:/,$p' "$work/report.txt" | tail -n +2 | head -40 | sed 's/^/  /'
say "ok: $pkg $version: $plain s ($plain_cpu s CPU) without, $with s ($with_cpu s CPU) with leakwatch; total $(($(date +%s) - t_all)) s; reports in $work"
