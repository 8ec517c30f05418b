#!/bin/sh
# rpm-build.sh [OUTDIR]: build leakwatch.spec with rpmbuild against the
# installed GCC, from a clean git archive of HEAD, outside the tree.
# On Debian (rpm package) the BuildRequires name RPM packages that dpkg
# does not know, hence --nodeps; debuginfo extraction is off there.
# RPMBUILD_FLAGS adds flags (e.g. "--nocheck").
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$(mktemp -d /tmp/leakwatch-rpm.XXXXXX)}
command -v rpmbuild >/dev/null 2>&1 ||
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends rpm >/dev/null
version=$(sed -n 's/^Version: *//p' "$top/leakwatch.spec")
mkdir -p "$out/SOURCES"
git -C "$top" archive --prefix="leakwatch-$version/" -o "$out/SOURCES/leakwatch-$version.tar.gz" HEAD
t0=$(date +%s)
deps=
command -v dpkg >/dev/null 2>&1 && deps=--nodeps
# shellcheck disable=SC2086 # flag lists
nice rpmbuild -bb $deps ${RPMBUILD_FLAGS:-} --define "_topdir $out" \
    --define 'debug_package %{nil}' "$top/leakwatch.spec" >"$out/build.log" 2>&1 ||
    { tail -30 "$out/build.log"; echo "rpm-build: rpmbuild failed, see $out/build.log" >&2; exit 1; }
echo "rpm-build: built in $(($(date +%s) - t0)) s"
grep -E "^[0-9]+ passed, [0-9]+ failed" "$out/build.log" | sed "s/^/rpm-build: make check in the build: /" || true
for r in "$out"/RPMS/*/*.rpm; do
    echo "== $(basename "$r")"
    rpm -qp --requires "$r" | grep -v '^rpmlib(' | sed 's/^/  requires: /'
    rpm -qlp "$r" | sed 's/^/  /'
done
