#!/bin/sh
# sarif-tools.sh: the SARIF 2.1.0 validators the tests use, outside the
# tree: the SARIF Multitool (npm @microsoft/sarif-multitool, which ships
# its Linux binary and the OASIS SARIF 2.1.0 JSON schema) and Debian's
# python3-jsonschema.  Installs what is missing (root for apt-get; npm
# into $LEAKWATCH_SARIF_TOOLS, by default /var/cache/leakwatch/sarif-tools)
# and prints the directory that holds sarif-2.1.0.json and
# Sarif.Multitool.  No Debian package ships the schema (apt-file finds
# none), hence npm.
set -eu
dir=${LEAKWATCH_SARIF_TOOLS:-/var/cache/leakwatch/sarif-tools}
version=5.7.0
bin=$dir/node_modules/@microsoft/sarif-multitool-linux
if ! /usr/bin/python3 -c 'import jsonschema' 2>/dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
        python3-jsonschema >/dev/null
fi
if [ ! -x "$bin/Sarif.Multitool" ] || [ ! -f "$bin/sarif-2.1.0.json" ]; then
    command -v npm >/dev/null 2>&1 ||
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
            npm >/dev/null
    mkdir -p "$dir"
    npm install --prefix "$dir" --no-audit --no-fund --silent \
        "@microsoft/sarif-multitool@$version" >&2
    # npm does not run the package's postinstall (chmod) by default.
    chmod u+x "$bin/Sarif.Multitool"
fi
echo "$bin"
