#!/usr/bin/env python3
"""SARIF from irm validate and irm lint, as a code-scanning tool reads it.

usage: sarif_check.py IRM SOURCE_DIR

Writes the SARIF logs of: the example of common mistakes; a workbook whose
answer cell holds a label not in its list (a finding with a sheet and cell);
a broken questionnaire. Each must validate against the SARIF 2.1.0 schema
(ajv, from the test clients npm installs), and each result must name a rule
of the run by id and index, with the level of its severity, its file as a
relative URI, its line and column where it has them, and its cell as a
logical location.
"""
import json
import os
import subprocess
import sys
import tempfile

import openpyxl

problems = []


def sarif(irm, args, cwd, out):
    proc = subprocess.run([irm] + args, cwd=cwd, capture_output=True)
    if proc.returncode not in (0, 1):
        problems.append(f"irm {' '.join(args)}: exit {proc.returncode}: {proc.stderr.decode()}")
    with open(out, "wb") as f:
        f.write(proc.stdout)
    return json.loads(proc.stdout)


def check_log(log, name):
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    if run["tool"]["driver"]["name"] != "irm":
        problems.append(f"{name}: the tool is not irm")
    for result in run["results"]:
        index = result.get("ruleIndex")
        if index is None or rules[index]["id"] != result["ruleId"]:
            problems.append(f"{name}: {result['ruleId']} does not point at its rule")
        if result["level"] not in ("error", "warning", "note"):
            problems.append(f"{name}: level {result['level']}")
        uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        if uri.startswith("/") or " " in uri:
            problems.append(f"{name}: uri {uri!r} is not a relative URI reference")
    return run["results"]


def main(irm, source):
    checker = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "node", "sarif_check.js")
    with tempfile.TemporaryDirectory() as work:
        logs = []
        # Answers with mistakes: findings with lines and columns.
        examples = os.path.join(source, "examples")
        out = os.path.join(work, "mistakes.sarif")
        results = check_log(sarif(irm, ["validate", "--format", "sarif", "mistakes-untoc-c1.yaml"], examples, out),
                            "mistakes")
        logs.append(out)
        if not any(r["level"] == "error" and "region" in r["locations"][0]["physicalLocation"] for r in results):
            problems.append("mistakes: no error with a line and column")

        # A workbook: a finding at a cell.
        book = os.path.join(work, "filled copy.xlsx")
        made = subprocess.run([irm, "template", "untoc-c1", "--from", "freedonia-untoc-c1-final.yaml", "-o", book],
                              cwd=examples, capture_output=True)
        if made.returncode != 0:
            problems.append("cannot write the workbook: " + made.stderr.decode())
        else:
            workbook = openpyxl.load_workbook(book)
            sheet = workbook["Réponses"]  # the example answers in French
            target = None
            for row in sheet.iter_rows():
                for cell in row:
                    if cell.value == "Oui":
                        target = cell
                        break
                if target:
                    break
            target.value = "Peut-être"
            workbook.save(book)
            out = os.path.join(work, "workbook.sarif")
            results = check_log(sarif(irm, ["validate", "--format", "sarif", "filled copy.xlsx"], work, out),
                                "workbook")
            logs.append(out)
            cells = [loc.get("fullyQualifiedName") for r in results for loc in r["locations"][0].get("logicalLocations", [])]
            if f"Réponses!{target.coordinate}" not in cells:
                problems.append(f"workbook: no result at the cell Réponses!{target.coordinate}: {cells}")
            uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results}
            if uris != {"filled%20copy.xlsx"}:
                problems.append(f"workbook: uris {uris}")

        # A broken questionnaire, through lint.
        broken = os.path.join(source, "tests", "cli", "broken-questionnaire-skipped", "q")
        out = os.path.join(work, "lint.sarif")
        results = check_log(sarif(irm, ["lint", "--format", "sarif", "broken.yaml"], broken, out), "lint")
        logs.append(out)
        if not any(r["ruleId"] == "IRM101" for r in results):
            problems.append("lint: no IRM101 result")

        checked = subprocess.run(["node", checker] + logs, capture_output=True, text=True)
        if checked.returncode != 0:
            problems.append("the SARIF 2.1.0 schema refuses a log:\n" + checked.stdout + checked.stderr)
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
