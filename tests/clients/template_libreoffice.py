#!/usr/bin/env python3
"""A workbook template, prefilled from a response, re-saved by LibreOffice,
imports to exactly the answers it was filled with; it also opens cleanly
(LibreOffice converts it to PDF and CSV).

usage: template_libreoffice.py IRM RESPONSE.yaml
"""
import os
import sys
import tempfile

import openpyxl

from workbook_support import findings, load, normal, report, run, soffice


def main(irm, response):
    problems = []
    original = load(response)
    with tempfile.TemporaryDirectory() as tmp:
        book = os.path.join(tmp, "book.xlsx")
        proc = run([irm, "template", original["questionnaire"], "--from", response, "-o", book])
        if proc.returncode != 0:
            return report([f"template exit {proc.returncode}: {proc.stderr}"], "template")
        if proc.stderr:
            problems.append("template said on stderr: " + proc.stderr)

        os.mkdir(os.path.join(tmp, "resaved"))
        for target, folder in (("xlsx", "resaved"), ("pdf", "."), ("csv", ".")):
            proc = soffice(["--convert-to", target, "--outdir", folder, "book.xlsx"], tmp)
            out = os.path.join(tmp, folder, "book." + target)
            if proc.returncode != 0 or not os.path.exists(out) or os.path.getsize(out) == 0:
                problems.append(f"LibreOffice could not convert the template to {target}: {proc.stdout} {proc.stderr}")
        resaved = os.path.join(tmp, "resaved", "book.xlsx")
        if not os.path.exists(resaved):
            return report(problems, "template → LibreOffice → import")

        # What LibreOffice saved keeps the sheets named by article, and the questions of the list sheets
        # by provision and label, as irm wrote them.
        book = openpyxl.load_workbook(resaved)
        tables = [n for n in book.sheetnames if n.startswith("Art. ")]
        if not tables or any(n.startswith("q") and "_" in n for n in book.sheetnames):
            problems.append(f"the re-saved workbook's sheets: {book.sheetnames}")
        questions = [row[0] for name in ("Legislation", "Législation") if name in book.sheetnames
                     for row in book[name].iter_rows(min_row=2, max_col=1, values_only=True) if row[0]]
        if not questions or any(not q.startswith("article ") for q in questions):
            problems.append(f"the citations' questions after LibreOffice: {questions[:5]}")

        back = os.path.join(tmp, "back.yaml")
        proc = run([irm, "import", resaved, "-o", back])
        if proc.returncode != 0:
            return report(problems + [f"import exit {proc.returncode}: {proc.stderr}"], "import")
        imported = load(back)
        for key in ("questionnaire", "version", "state", "language"):
            if imported.get(key) != original.get(key):
                problems.append(f"{key}: {imported.get(key)!r}, expected {original.get(key)!r}")
        want, got = original.get("answers") or {}, imported.get("answers") or {}
        for qid in sorted(set(want) | set(got)):
            if normal(want.get(qid)) != normal(got.get(qid)):
                problems.append(f"answer {qid}: imported {got.get(qid)!r}, expected {want.get(qid)!r}")
        if normal(original.get("waivers") or {}) != normal(imported.get("waivers") or {}):
            problems.append(f"waivers: {imported.get('waivers')!r}, expected {original.get('waivers')!r}")

        # The re-saved workbook is a response too, with as few findings as the original.
        expected, _ = findings(irm, response)
        expected_codes = sorted(d["code"] for d in expected if d["code"] != "IRM013")
        for path in (back, resaved):
            actual, _ = findings(irm, path)
            codes = sorted(d["code"] for d in actual)
            if codes != expected_codes:
                problems.append(f"validate {os.path.basename(path)}: {codes}, expected {expected_codes}")
            if path == resaved and any(not d.get("cell") or d.get("line") is not None for d in actual):
                problems.append(f"workbook findings must point at cells: {actual}")
    return report(problems, "template → LibreOffice → import " + os.path.basename(response))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
