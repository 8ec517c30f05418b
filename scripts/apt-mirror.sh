#!/bin/sh
# apt-mirror.sh: print the Debian mirror this machine's apt already uses
# (from /etc/apt/sources.list and /etc/apt/sources.list.d/*), so that
# chroots are made from the same place.  No mirror is ever named here:
# LEAKWATCH_MIRROR overrides the lookup.
set -u
if [ -n "${LEAKWATCH_MIRROR:-}" ]; then
    echo "$LEAKWATCH_MIRROR"
    exit 0
fi
for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list \
    /etc/apt/sources.list.d/*.sources; do
    [ -r "$f" ] || continue
    case "$f" in
    *.sources)
        # deb822: "URIs: a b" lines; the main archive, not -security.
        sed -n 's/^URIs:[[:space:]]*//p' "$f" | tr ' ' '\n' ;;
    *)
        # One-line form: "deb [options] URI suite components".
        sed -n 's/^deb[[:space:]]\+\(\[[^]]*\][[:space:]]\+\)\?\([^[:space:]]\+\).*/\2/p' "$f" ;;
    esac
done | grep -v -e '-security' -e '^$' | grep -E '^(https?|file)://' | head -n 1 | grep . ||
    { echo "leakwatch: no Debian mirror in /etc/apt/sources.list*; set LEAKWATCH_MIRROR" >&2; exit 1; }
