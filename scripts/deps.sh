#!/bin/sh
# deps.sh build|check: make sure what building or testing leakwatch
# needs is there.  Names the exact package when it is missing and
# installs it when run as root on Debian/Ubuntu (apt-get) or Fedora (dnf).
set -u
what=${1:-build}
CC=${CC:-gcc}
CXX=${CXX:-g++}

major=$("$CC" -dumpversion 2>/dev/null | cut -d. -f1)
if [ -z "$major" ]; then
    echo "leakwatch: cannot run the compiler '$CC'" >&2
    exit 1
fi

if command -v apt-get >/dev/null 2>&1; then
    pm=apt
elif command -v dnf >/dev/null 2>&1; then
    pm=dnf
else
    pm=
fi

# pkgs_for NEED: the package names for this package manager.
pkgs_for() {
    case "$pm:$1" in
    apt:headers) echo "gcc-$major-plugin-dev" ;;
    apt:cxx) echo "g++-$major" ;;
    apt:runtest) echo "dejagnu" ;;
    dnf:headers) echo "gcc-plugin-devel" ;;
    dnf:cxx) echo "gcc-c++" ;;
    dnf:runtest) echo "dejagnu" ;;
    *:headers) echo "the GCC $major plugin headers" ;;
    *:cxx) echo "the C++ compiler for GCC $major" ;;
    *:runtest) echo "DejaGnu" ;;
    esac
}

missing=
have_headers() {
    d=$("$CC" -print-file-name=plugin)
    [ -f "$d/include/plugin-version.h" ]
}
have_cxx() { command -v "$CXX" >/dev/null 2>&1; }
have_runtest() { command -v runtest >/dev/null 2>&1; }

if [ "$what" = build ]; then
    have_headers || missing="$missing headers"
    have_cxx || missing="$missing cxx"
else
    have_runtest || missing="$missing runtest"
fi
[ -z "$missing" ] && exit 0

pkgs=
for m in $missing; do pkgs="$pkgs $(pkgs_for "$m")"; done

if [ "$(id -u)" = 0 ] && [ -n "$pm" ]; then
    echo "leakwatch: installing$pkgs" >&2
    # shellcheck disable=SC2086 # $pkgs is a list of words
    if [ "$pm" = apt ]; then
        export DEBIAN_FRONTEND=noninteractive
        apt-get install -y -q $pkgs >/dev/null 2>&1 ||
            { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q $pkgs; }
    else
        dnf install -y $pkgs
    fi
    # Check again: the install may have failed.
    for m in $missing; do
        if ! "have_$m"; then
            echo "leakwatch: could not install $(pkgs_for "$m")" >&2
            exit 1
        fi
    done
    exit 0
fi

case "$pm" in
apt) cmd="sudo apt-get install$pkgs" ;;
dnf) cmd="sudo dnf install$pkgs" ;;
*) cmd="install$pkgs" ;;
esac
echo "leakwatch: missing$pkgs (for $CC); run: $cmd" >&2
exit 1
