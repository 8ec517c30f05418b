#!/bin/sh
# format-check.sh: the sources follow .clang-format (GNU style).
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top" || exit 1
cf=${CLANG_FORMAT:-clang-format}
if ! command -v "$cf" >/dev/null 2>&1; then
    echo "leakwatch: clang-format is missing (apt-get install clang-format)" >&2
    exit 1
fi
if "$cf" --dry-run -Werror plugin/*.c include/*.h testsuite/plugins/*.c; then
    echo "format: ok"
else
    echo "format: run 'make format'" >&2
    exit 1
fi
