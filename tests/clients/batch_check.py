#!/usr/bin/env python3
"""Batch validation and its reports, read back by other clients.

usage: batch_check.py --irm IRM --examples DIR [--soffice]

Builds a folder of 120 responses (copies of the examples under other State
names, some with a State name that looks like a spreadsheet formula, and
malformed files: empty, binary, not UTF-8, deeply nested, an alias bomb), then:
- validate --jobs 1, 2 and 8 give byte-identical JSON, and the same reports;
- every file has a result, exit status 1;
- the CSV report parses (RFC 4180), one row per file, formula-looking text defused;
- the XLSX report read by openpyxl has Summary and Findings sheets, frozen header,
  autofilter, and formula-looking text stored as text;
- with --soffice, LibreOffice converts the XLSX report to CSV.
Runs under /usr/bin/python3 for Debian's openpyxl.
"""
import argparse
import csv
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile


def build_folder(examples, folder):
    os.makedirs(os.path.join(folder, "nested", "deeper"))
    sources = sorted(glob.glob(os.path.join(examples, "*.yaml")))
    n = 0
    while n < 110:
        for source in sources:
            with open(source, encoding="utf-8") as f:
                text = f.read()
            state = f"State {n:03d}" if n % 7 else f"=HYPERLINK(\"x\",\"State {n:03d}\")"
            lines = [f"state: {json.dumps(state)}" if line.startswith("state:") else line
                     for line in text.splitlines()]
            sub = "nested/deeper" if n % 5 == 0 else "nested" if n % 3 == 0 else ""
            with open(os.path.join(folder, sub, f"r{n:03d}.yaml"), "w", encoding="utf-8") as f:
                f.write("\n".join(lines) + "\n")
            n += 1
    bad = {
        "bad-empty.yaml": b"",
        "bad-binary.yaml": bytes(range(256)),
        "bad-latin1.yaml": "state: Fr\xe9donia\n".encode("latin-1"),
        "bad-deep.yaml": b"a: " + b"[" * 3000 + b"]" * 3000 + b"\n",
        "bad-bomb.yaml": b"a: &a [x,x,x,x,x,x,x,x,x,x]\n" + b"".join(
            f"{chr(98 + i)}: &{chr(98 + i)} [{','.join(['*' + chr(97 + i)] * 10)}]\n".encode() for i in range(8)),
    }
    for name, data in bad.items():
        with open(os.path.join(folder, name), "wb") as f:
            f.write(data)
    with open(os.path.join(folder, "notes.txt"), "w") as f:
        f.write("not a response\n")
    return n + len(bad)


def run(irm, args):
    return subprocess.run([irm] + args, capture_output=True, timeout=600, env=dict(os.environ, NO_COLOR="1"))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--irm", required=True)
    parser.add_argument("--examples", required=True)
    parser.add_argument("--soffice", action="store_true")
    args = parser.parse_args()
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = os.path.join(tmp, "cycle")
        total = build_folder(args.examples, folder)
        outputs = {}
        for jobs in ("1", "2", "8"):
            reports = [os.path.join(tmp, f"report-{jobs}.{ext}") for ext in ("json", "csv")]
            proc = run(args.irm, ["validate", "--jobs", jobs, "--format", "json", "--report", reports[0], folder])
            if proc.returncode != 1:
                problems.append(f"--jobs {jobs}: exit {proc.returncode}, expected 1: {proc.stderr.decode()[:300]}")
            proc_csv = run(args.irm, ["validate", "--jobs", jobs, "--report", reports[1], folder])
            with open(reports[0], "rb") as f:
                json_report = f.read()
            with open(reports[1], "rb") as f:
                csv_report = f.read()
            outputs[jobs] = (proc.stdout, json_report, csv_report, proc_csv.stdout)
        if len(set(outputs.values())) != 1:
            problems.append("outputs or reports differ between --jobs 1, 2 and 8")
        stdout, json_report, csv_report, _ = outputs["1"]
        # notes.txt is no response format: counted, never skipped in silence.
        text = run(args.irm, ["validate", folder]).stdout
        if b"1 other file skipped" not in text:
            problems.append(f"the summary line does not count notes.txt: {text.splitlines()[-1:]}")
        doc = json.loads(stdout)
        if doc != json.loads(json_report):
            problems.append("the JSON report differs from the JSON on stdout")
        results = doc["results"]
        if len(results) != total:
            problems.append(f"{len(results)} results, expected {total}")
        if [r["file"] for r in results] != sorted(r["file"] for r in results):
            problems.append("results are not sorted by path")
        for r in results:
            if os.path.basename(r["file"]).startswith("bad-") and r["errors"] == 0:
                problems.append(f"{r['file']} has no error")
        rows = list(csv.reader(csv_report.decode("utf-8-sig").splitlines()))
        if rows[0][:3] != ["file", "state", "questionnaire"] or len(rows) != total + 1:
            problems.append(f"CSV: header {rows[0]}, {len(rows) - 1} rows")
        formulas = [row[1] for row in rows[1:] if row[1].lstrip("'").startswith("=")]
        if not formulas or any(not f.startswith("'=") for f in formulas):
            problems.append(f"CSV: formula-looking states not defused: {formulas[:3]}")

        xlsx = os.path.join(tmp, "report.xlsx")
        proc = run(args.irm, ["validate", "--jobs", "2", "--report", xlsx, folder])
        try:
            import openpyxl
        except ImportError:
            problems.append("openpyxl is missing: run this script with /usr/bin/python3 after `make test`")
        else:
            book = openpyxl.load_workbook(xlsx)
            if book.sheetnames != ["Summary", "Findings"]:
                problems.append(f"XLSX sheets {book.sheetnames}")
            summary = book["Summary"]
            if summary.max_row != total + 1 or summary.freeze_panes != "A2" or not summary.auto_filter.ref:
                problems.append(f"XLSX Summary: {summary.max_row} rows, panes {summary.freeze_panes}, "
                                f"filter {summary.auto_filter.ref}")
            states = [row[1] for row in summary.iter_rows(min_row=2, values_only=True)]
            cells = [c for c in summary["B"][1:] if isinstance(c.value, str) and c.value.startswith("=")]
            if not cells or any(c.data_type != "s" for c in cells):
                problems.append("XLSX: formula-looking text is not stored as text")
            findings = book["Findings"]
            expected = sum(len(r["diagnostics"]) for r in results)
            if findings.max_row != expected + 1:
                problems.append(f"XLSX Findings: {findings.max_row - 1} rows, expected {expected}")
            if len(states) != total:
                problems.append("XLSX Summary row count")
            headers = [c.value for c in findings[1]]
            if headers[:5] != ["File", "Severity", "Code", "Question", "Cell"]:
                problems.append(f"XLSX Findings headers {headers}")
            # The secretariat prints the summary on one page width, its header on each page.
            if not summary.sheet_properties.pageSetUpPr.fitToPage or summary.page_setup.fitToWidth not in (None, 1) \
                    or summary.page_setup.fitToHeight != 0 or summary.print_title_rows not in ("1:1", "$1:$1"):
                problems.append(f"XLSX Summary page setup: fit {summary.page_setup.fitToWidth}x"
                                f"{summary.page_setup.fitToHeight}, titles {summary.print_title_rows}")
            french = os.path.join(tmp, "rapport.xlsx")
            run(args.irm, ["validate", "--lang", "fr", "--report", french, folder])
            book = openpyxl.load_workbook(french)
            if book.sheetnames != ["Synthèse", "Constats"] or book["Constats"]["E1"].value != "Cellule":
                problems.append(f"French XLSX report: sheets {book.sheetnames}")
        if args.soffice:
            profile = os.path.join(tmp, "lo-profile")
            proc = subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{profile}",
                                   "--convert-to", "csv", "--outdir", tmp, xlsx], capture_output=True, timeout=300)
            converted = os.path.join(tmp, "report.csv")
            if proc.returncode != 0 or not os.path.exists(converted):
                problems.append(f"LibreOffice could not convert the XLSX report: {proc.stderr.decode()[:300]}")
            else:
                with open(converted, encoding="utf-8", errors="replace") as f:
                    first = f.readline()
                if "File" not in first:
                    problems.append(f"LibreOffice's CSV starts {first!r}")
    for p in problems:
        print("FAIL: " + p)
    print(f"{0 if problems else 1} passed, {1 if problems else 0} failed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
