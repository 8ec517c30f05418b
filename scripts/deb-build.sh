#!/bin/sh
# deb-build.sh [GCC] [OUTDIR]: build the Debian packages from a clean
# export of the committed tree (git archive HEAD), as a distribution
# builder would: dpkg-buildpackage -b -uc -us, then lintian.  GCC is the
# compiler to build for (default gcc; e.g. gcc-14 in the sid chroot).
# The .debs land in OUTDIR (default: a new directory under /tmp), never
# next to the work tree.  DEB_BUILD_OPTIONS passes through (nocheck).
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
gcc=${1:-gcc}
out=${2:-$(mktemp -d /tmp/leakwatch-deb.XXXXXX)}
mkdir -p "$out/src"
git -C "$top" archive HEAD | tar -x -C "$out/src"
cd "$out/src"
t0=$(date +%s)
LEAKWATCH_GCC=$gcc nice dpkg-buildpackage -b -uc -us >"$out/build.log" 2>&1 ||
    { tail -40 "$out/build.log"; echo "deb-build: dpkg-buildpackage failed, see $out/build.log" >&2; exit 1; }
echo "deb-build: built in $(($(date +%s) - t0)) s: $(cd "$out" && ls ./*.deb | tr '\n' ' ')"
# Prefixed, so that distro-check counts the package as one step.
if grep -qE "^[0-9]+ passed, [0-9]+ failed" "$out/build.log"; then
    grep -E "^[0-9]+ passed, [0-9]+ failed" "$out/build.log" | sed "s/^/deb-build: make check in the build: /"
else
    echo "deb-build: make check did not run (nocheck?)"
fi
if command -v lintian >/dev/null 2>&1; then
    lintian --info "$out"/*.changes >"$out/lintian.log" 2>&1 || true
    echo "deb-build: lintian: $(grep -cE '^[EW]:' "$out/lintian.log") errors/warnings, see $out/lintian.log"
    grep -E '^[EWI]:' "$out/lintian.log" | sort -u || true
fi
echo "deb-build: $out"
