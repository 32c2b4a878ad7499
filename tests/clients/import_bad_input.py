#!/usr/bin/env python3
"""Bad workbooks given to `irm import` and `irm validate`: each gives findings
that name the sheet and cell, or exit status 2 with one clear line; never a
crash, never an output file.

usage: /usr/bin/python3 import_bad_input.py IRM
"""
import json
import os
import sys
import tempfile
import zipfile

import openpyxl

from workbook_support import cell, places, report, run


def edit(template, path, change):
    book = openpyxl.load_workbook(template)
    change(book, places(book))
    book.save(path)


def set_answer(question, value):
    def change(book, where):
        cell(book, where[question]).value = value
    return change


def main(irm):
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        def path(name):
            return os.path.join(tmp, name)

        template = path("template.xlsx")
        proc = run([irm, "template", "untoc-c1", "--lang", "fr", "--state", "Freedonia", "-o", template])
        if proc.returncode != 0:
            return report([f"template exit {proc.returncode}: {proc.stderr}"], "template")

        foreign = openpyxl.Workbook()
        foreign.active["A1"] = "Réponses"
        foreign.save(path("foreign.xlsx"))
        edit(template, path("other-version.xlsx"), lambda book, where: book["irm"].cell(3, 2, "2019.1"))
        with open(template, "rb") as f:
            data = f.read()
        with open(path("damaged.xlsx"), "wb") as f:
            f.write(data[: len(data) // 2])
        with open(path("text.xlsx"), "w") as f:
            f.write("question,answer\nq2_a,yes\n")
        with zipfile.ZipFile(path("bomb.xlsx"), "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("[Content_Types].xml", "<Types/>")
            with z.open("xl/workbook.xml", "w", force_zip64=True) as member:
                chunk = b" " * (1 << 20)
                for _ in range(48):  # 48 MiB of spaces: a few dozen kilobytes once compressed
                    member.write(chunk)
        edit(template, path("formula-error.xlsx"), set_answer("q2_b_threshold", "#DIV/0!"))
        edit(template, path("formula-uncomputed.xlsx"), set_answer("q2_b_threshold", "=1/0"))
        edit(template, path("bad-label.xlsx"), set_answer("q2_a", "Peut-être"))
        edit(template, path("unknown-question.xlsx"),
             lambda book, where: [book["Législation"].cell(2, 1, "q2_z_law"), book["Législation"].cell(2, 2, "Code pénal")])
        edit(template, path("no-question.xlsx"), lambda book, where: book["Législation"].cell(3, 2, "Code pénal"))
        # A whole questionnaire's workbook must hold every question (only a part of a split response may not).
        edit(template, path("missing-question.xlsx"), lambda book, where: book["irm"].delete_rows(9))
        edit(template, path("stray.xlsx"), lambda book, where: book["Réponses"].cell(5, 9, "une note à côté"))

        cases = [
            ("foreign.xlsx", "IRM050", None),
            ("other-version.xlsx", "IRM003", "irm!B3"),
            ("damaged.xlsx", "IRM051", None),
            ("text.xlsx", "IRM051", None),
            ("bomb.xlsx", "IRM051", None),
            ("formula-error.xlsx", "IRM052", "Réponses!E"),
            ("formula-uncomputed.xlsx", "IRM052", "Réponses!E"),
            ("bad-label.xlsx", "IRM053", "Réponses!E4"),  # q2_a, under the general guidance of row 3
            ("stray.xlsx", "IRM054", "Réponses!I5"),
            ("missing-question.xlsx", "IRM050", None),
            ("unknown-question.xlsx", "IRM053", "Législation!A2"),
            ("no-question.xlsx", "IRM054", "Législation!A3"),
        ]
        for name, code, cell in cases:
            out = path(name + ".yaml")
            proc = run([irm, "import", path(name), "-o", out])
            where = f"import {name}"
            if proc.returncode != 1:
                problems.append(f"{where}: exit {proc.returncode}, expected 1; stderr: {proc.stderr}")
            if f"[{code}]" not in proc.stderr:
                problems.append(f"{where}: stderr lacks {code}: {proc.stderr}")
            if cell and f"{name}:{cell}" not in proc.stderr:
                problems.append(f"{where}: stderr does not point at {name}:{cell}: {proc.stderr}")
            if os.path.exists(out) or proc.stdout:
                problems.append(f"{where}: wrote an output although it failed")
            if "internal error" in proc.stderr:
                problems.append(f"{where}: {proc.stderr}")
            proc = run([irm, "validate", "--format", "json", path(name)])
            try:
                found = [d for r in json.loads(proc.stdout)["results"] for d in r["diagnostics"]]
            except (ValueError, KeyError) as e:
                problems.append(f"validate {name}: no JSON report ({e}): {proc.stderr}")
                continue
            if proc.returncode != 1 or not any(d["code"] == code for d in found):
                problems.append(f"validate {name}: exit {proc.returncode}, findings {found}")
            if cell and not any(d["code"] == code and d.get("cell", "").startswith(cell) for d in found):
                problems.append(f"validate {name}: no {code} at {cell}: {found}")

        # A folder of them: every workbook is one result, and the run goes on.
        proc = run([irm, "validate", "--format", "json", tmp])
        try:
            results = json.loads(proc.stdout)["results"]
            if proc.returncode != 1 or len(results) < len(cases) + 1:
                problems.append(f"validate of the folder: exit {proc.returncode}, {len(results)} results")
        except (ValueError, KeyError) as e:
            problems.append(f"validate of the folder: no JSON report ({e}): {proc.stderr}")

        # The command cannot run at all: exit 2, one line.
        for args in (["import", path("missing.xlsx")], ["import", template, "-o", template]):
            proc = run([irm] + args)
            if proc.returncode != 2 or len(proc.stderr.splitlines()) != 1 or proc.stdout:
                problems.append(f"irm {' '.join(args)}: exit {proc.returncode}, stderr {proc.stderr!r}")
        if os.path.getsize(template) != len(data):
            problems.append("the template was overwritten")
    return report(problems, "bad workbooks")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
