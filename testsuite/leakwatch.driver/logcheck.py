#!/usr/bin/env python3
"""logcheck.py LOG COUNT [KEY=JSON ...]: LOG holds exactly COUNT
findings, every line is one JSON object, and each record has every
KEY=JSON (JSON is a JSON literal, or a bare string).  #notes=N and
#path>=N test the lengths of those lists.  Prints "ok" or the first
problem.

logcheck.py LOG --print KEY,KEY...: one line per record, its KEYs
joined by ':' (#notes: the number of notes; notes.0.message: the first
note's message)."""
import json
import sys


def field(r, key):
    if key.startswith("#"):
        return str(len(r.get(key[1:], [])))
    for part in key.split("."):
        r = r[int(part)] if isinstance(r, list) else r.get(part)
    return json.dumps(r, ensure_ascii=False) if not isinstance(r, str) else r


def main():
    if sys.argv[2] == "--print":
        with open(sys.argv[1], encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                print(":".join(field(r, k) for k in sys.argv[3].split(",")))
        return 0
    path, count, tests = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    else:
        print(f"{path}: does not end with a newline")
        return 1
    recs = []
    for n, line in enumerate(lines, 1):
        try:
            recs.append(json.loads(line))
        except ValueError as e:
            print(f"{path}:{n}: not JSON: {e}")
            return 1
    if len(recs) != count:
        print(f"{path}: {len(recs)} records, expected {count}")
        return 1
    for t in tests:
        for i, r in enumerate(recs, 1):
            if t.startswith("#"):
                op = ">=" if ">=" in t else "="
                key, want = t[1:].split(op)
                have = len(r.get(key, []))
                ok = have >= int(want) if op == ">=" else have == int(want)
                if not ok:
                    print(f"{path}:{i}: {key} has {have} entries, want {op}{want}")
                    return 1
                continue
            key, want = t.split("=", 1)
            try:
                want = json.loads(want)
            except ValueError:
                pass
            if r.get(key, "<missing>") != want:
                print(f"{path}:{i}: {key} is {r.get(key, '<missing>')!r}, want {want!r}")
                return 1
    print("ok")
    return 0


sys.exit(main())
