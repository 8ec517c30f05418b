#!/bin/sh
# distro-recipes.sh: the injection recipes of docs/distro.md (files in
# distro/), each checked with the real tool where this Debian machine
# has it, and each with its opt-out:
#   Debian  dpkg-buildflags with distro/buildflags.conf (as
#           $XDG_CONFIG_HOME/dpkg/buildflags.conf, the same syntax as
#           /etc/dpkg/buildflags.conf) and with DEB_CFLAGS_MAINT_APPEND;
#   RPM     rpm --eval with distro/macros.leakwatch over a redhat-rpm-config
#           style %optflags, and an rpmbuild of a small spec;
#   Arch    distro/makepkg.conf sourced by bash as makepkg does (makepkg
#           itself is not in Debian);
#   Gentoo  distro/make.conf sourced by bash (portage is not in Debian).
# Each resulting CFLAGS compiles a file with a known leak: the warning
# must come out (and not with the opt-out).  PLUGIN: the plugin to use
# (default: the installed one, by its short name).  Prints one line per
# recipe and "N passed, N failed".
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
plugin=${1:-leakwatch}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
leak=$top/testsuite/leakwatch.driver/leak.c
ok() { echo "PASS: $1"; pass=$((pass + 1)); }
ko() { echo "FAIL: $1"; fail=$((fail + 1)); }
sub() { printf '%s' "$1" | sed "s|-fplugin=leakwatch|-fplugin=$plugin|g"; }

# warns NAME FLAGS [ENV]: compiling leak.c with FLAGS warns.
warns() {
    if env ${3:-} gcc $2 -c "$leak" -o "$tmp/x.o" 2>&1 | grep -q '\[-Wthread-leak\]'; then
        ok "$1"
    else
        ko "$1"
    fi
}
silent() {
    out=$(env ${3:-} gcc $2 -c "$leak" -o "$tmp/x.o" 2>&1)
    if [ $? = 0 ] && ! echo "$out" | grep -q 'Wthread-leak'; then ok "$1"; else ko "$1"; fi
}

# Debian.
mkdir -p "$tmp/xdg/dpkg"
sub "$(cat "$top/distro/buildflags.conf")" >"$tmp/xdg/dpkg/buildflags.conf"
f=$(XDG_CONFIG_HOME=$tmp/xdg dpkg-buildflags --get CFLAGS)
fx=$(XDG_CONFIG_HOME=$tmp/xdg dpkg-buildflags --get CXXFLAGS)
case "$fx" in *-fplugin=*) ok "debian: buildflags.conf sets CXXFLAGS" ;; *) ko "debian: buildflags.conf sets CXXFLAGS" ;; esac
warns "debian: buildflags.conf CFLAGS warn" "$f"
silent "debian: opt-out LEAKWATCH_OPTIONS=disable" "$f" "LEAKWATCH_OPTIONS=disable"
f=$(DEB_CFLAGS_MAINT_APPEND="$(sub -fplugin=leakwatch)" dpkg-buildflags --get CFLAGS)
warns "debian: DEB_CFLAGS_MAINT_APPEND" "$f"
silent "debian: opt-out -fplugin-arg-leakwatch-disable" "$f -fplugin-arg-leakwatch-disable"

# RPM (redhat-rpm-config style): %optflags as Fedora defines it, then
# the snippet.
if command -v rpm >/dev/null 2>&1; then
    sub "$(cat "$top/distro/macros.leakwatch")" >"$tmp/macros.leakwatch"
    printf '%%optflags -O2 -g -Wall\n' >"$tmp/macros.base"
    m="$tmp/macros.base:$tmp/macros.leakwatch"
    f=$(rpm --macros="$m" --eval '%{build_cflags}')
    warns "rpm: %build_cflags" "$f"
    f=$(rpm --macros="$m" --eval '%{build_cxxflags}')
    case "$f" in *-fplugin=*) ok "rpm: %build_cxxflags" ;; *) ko "rpm: %build_cxxflags" ;; esac
    f=$(rpm --macros="$m" --undefine _leakwatch_build --eval '%{build_cflags}')
    case "$f" in *-fplugin*) ko "rpm: opt-out %undefine _leakwatch_build" ;; *) ok "rpm: opt-out %undefine _leakwatch_build" ;; esac
    f=$(rpm --macros="$m" --define '_leakwatch_log /tmp/x.jsonl' --eval '%{build_cflags}')
    case "$f" in *"-fplugin-arg-leakwatch-log=/tmp/x.jsonl"*) ok "rpm: %_leakwatch_log" ;; *) ko "rpm: %_leakwatch_log" ;; esac
    # A whole rpmbuild whose %build compiles with %{build_cflags}.
    mkdir -p "$tmp/rpm/SOURCES"
    cp "$leak" "$tmp/rpm/SOURCES/leak.c"
    cat >"$tmp/rpm/t.spec" <<'SPEC'
Name: lwrecipe
Version: 1
Release: 1
Summary: recipe test
License: MIT
Source0: leak.c
%description
recipe test
%build
gcc %{build_cflags} -c %{SOURCE0} -o leak.o
%files
SPEC
    if rpmbuild -bb --nodeps --define "_topdir $tmp/rpm" --define 'debug_package %{nil}' \
        --load "$tmp/macros.base" --load "$tmp/macros.leakwatch" \
        "$tmp/rpm/t.spec" >"$tmp/rpm.log" 2>&1 &&
        grep -q '\[-Wthread-leak\]' "$tmp/rpm.log"; then
        ok "rpm: rpmbuild %build warns"
    else
        ko "rpm: rpmbuild %build warns"; tail -5 "$tmp/rpm.log"
    fi
else
    echo "UNSUPPORTED: rpm (apt-get install rpm)"
fi

# Arch and Gentoo: their configuration files are bash, sourced after
# the defaults.
sub "$(cat "$top/distro/makepkg.conf")" >"$tmp/mk"
f=$(bash -c 'CFLAGS="-march=x86-64 -O2 -pipe"; CXXFLAGS="$CFLAGS"; . "$1"; echo "$CFLAGS"' sh "$tmp/mk")
warns "arch: makepkg.conf CFLAGS" "$f"
f=$(bash -c 'CFLAGS="-O2"; CXXFLAGS="-O2"; . "$1"; echo "$CXXFLAGS"' sh "$tmp/mk")
case "$f" in *-fplugin=*) ok "arch: makepkg.conf CXXFLAGS" ;; *) ko "arch: makepkg.conf CXXFLAGS" ;; esac
sub "$(cat "$top/distro/make.conf")" >"$tmp/mc"
f=$(bash -c 'CFLAGS="-O2 -pipe"; CXXFLAGS="-O2 -pipe"; . "$1"; echo "$CFLAGS"' sh "$tmp/mc")
warns "gentoo: make.conf CFLAGS" "$f"
silent "gentoo: opt-out package.env LEAKWATCH_OPTIONS=disable" "$f" "LEAKWATCH_OPTIONS=disable"

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
