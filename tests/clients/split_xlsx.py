#!/usr/bin/env python3
"""Sharing a response between ministries as workbooks: `irm split --format xlsx`
writes one workbook per authority; one part is filled with openpyxl (a choice
label, a citation row, a text), another is re-saved by LibreOffice; `irm merge`
brings the answers back onto the base, and two copies of a part that disagree
are a conflict (IRM030) with no output.

usage: split_xlsx.py IRM RESPONSE.yaml   (an English draft of untoc-c1)
"""
import os
import shutil
import sys
import tempfile

import openpyxl

from workbook_support import cell, findings, load, normal, places, report, run, soffice


def first_label(book, place):
    """The first label the drop-down of an answer cell offers."""
    target = cell(book, place)
    for validation in target.parent.data_validations.dataValidation:
        if target.coordinate in validation.sqref and validation.formula1:
            return cell(book, validation.formula1.replace("$", "")).value
    return None


def main(irm, base):
    problems = []
    original = load(base)
    with tempfile.TemporaryDirectory() as tmp:
        parts = os.path.join(tmp, "parts")
        proc = run([irm, "split", base, "--by", "authority", "--format", "xlsx", "-o", parts])
        if proc.returncode != 0:
            return report([f"split exit {proc.returncode}: {proc.stdout} {proc.stderr}"], "split --format xlsx")
        names = sorted(os.listdir(parts))
        if not names or any(not n.endswith(".xlsx") for n in names):
            problems.append(f"split wrote {names}, expected workbooks only")
        proc = run([irm, "validate", parts])
        if proc.returncode != 0:
            problems.append(f"the parts of a clean draft do not validate (exit {proc.returncode}): {proc.stdout}")

        # A part holds its own questions and, locked, the answers of other parts it depends on.
        foreign = openpyxl.load_workbook(os.path.join(parts, "ministry-of-foreign-affairs.xlsx"))
        where = places(foreign)
        map_header = {row[0]: row[1] for row in foreign["irm"].iter_rows(max_row=7, values_only=True)}
        if map_header.get("part") != "Ministry of Foreign Affairs":
            problems.append(f"the map names the part {map_header.get('part')!r}")
        # The notification of article 5(3) is the foreign ministry's; whether it is owed follows from
        # the Ministry of Justice's answer on the involvement of a group.
        if "q5_3_applies" not in where or "q5_3_notified" not in where:
            problems.append("the foreign-affairs part lacks q5_3_notified or its context q5_3_applies: "
                            f"{sorted(where)}")
        else:
            context = cell(foreign, where["q5_3_applies"])
            if not context.protection.locked or context.value != "Yes":
                problems.append("q5_3_applies (another part's answer) must be shown, locked, as 'Yes'")
            if cell(foreign, where["q5_3_notified"]).protection.locked:
                problems.append("q5_3_notified, the part's own question, must be open to edit")
        if "q9_1" in where:
            problems.append("the foreign-affairs part holds q9_1, a question of another authority")

        # The anti-corruption body fills its part in a program.
        filled = os.path.join(parts, "anti-corruption-body.xlsx")
        book = openpyxl.load_workbook(filled)
        where = places(book)
        label = first_label(book, where["q9_1"])
        cell(book, where["q9_1"]).value = label
        cell(book, where["q8_examples"]).value = (
            "In 2023 the anti-corruption body referred 14 cases to the prosecution service.")
        laws = cell(book, where["q9_1_law"]).parent
        laws["A2"], laws["B2"], laws["C2"], laws["D2"] = "q9_1_law", "Public Service Integrity Act", "ss. 4-9", 2016
        book.save(filled)
        added = {
            "q9_1": "yes",
            "q8_examples": "In 2023 the anti-corruption body referred 14 cases to the prosecution service.",
            "q9_1_law": [{"title": "Public Service Integrity Act", "provision": "ss. 4-9", "year": "2016"}],
        }
        if label != "Yes":
            problems.append(f"the first label of q9_1's drop-down is {label!r}, expected 'Yes'")

        # The foreign ministry opens its part in LibreOffice and saves it as it is.
        resaved = os.path.join(tmp, "resaved")
        os.mkdir(resaved)
        proc = soffice(["--convert-to", "xlsx", "--outdir", resaved,
                        os.path.join(parts, "ministry-of-foreign-affairs.xlsx")], tmp)
        out = os.path.join(resaved, "ministry-of-foreign-affairs.xlsx")
        if proc.returncode != 0 or not os.path.exists(out):
            return report(problems + [f"LibreOffice could not re-save a part: {proc.stdout} {proc.stderr}"],
                          "split --format xlsx")
        shutil.copyfile(out, os.path.join(parts, "ministry-of-foreign-affairs.xlsx"))
        proc = soffice(["--convert-to", "pdf", "--outdir", tmp, filled], tmp)
        if proc.returncode != 0 or not os.path.exists(os.path.join(tmp, "anti-corruption-body.pdf")):
            problems.append(f"LibreOffice could not open the filled part: {proc.stdout} {proc.stderr}")

        merged = os.path.join(tmp, "merged.yaml")
        proc = run([irm, "merge", base, parts, "-o", merged])
        if proc.returncode != 0:
            return report(problems + [f"merge exit {proc.returncode}: {proc.stdout} {proc.stderr}"], "merge")
        result = load(merged)
        want = dict(original.get("answers") or {})
        want.update(added)
        got = result.get("answers") or {}
        for qid in sorted(set(want) | set(got)):
            if normal(want.get(qid)) != normal(got.get(qid)):
                problems.append(f"merged {qid}: {got.get(qid)!r}, expected {want.get(qid)!r}")
        for key in ("questionnaire", "version", "state", "language", "status"):
            if result.get(key) != original.get(key):
                problems.append(f"merged {key}: {result.get(key)!r}, expected {original.get(key)!r}")
        found, status = findings(irm, merged)
        if status != 0:
            problems.append(f"the merged response does not validate: {found}")

        # Two copies of one part that answer a question differently: a conflict, nothing written.
        other = os.path.join(tmp, "anti-corruption-body-copy.xlsx")
        book = openpyxl.load_workbook(filled)
        cell(book, where["q8_examples"]).value = "No case was referred in 2023."
        book.save(other)
        conflict = os.path.join(tmp, "conflict.yaml")
        proc = run([irm, "merge", base, filled, other, "-o", conflict])
        if proc.returncode != 1 or "IRM030" not in proc.stdout:
            problems.append(f"conflicting parts: exit {proc.returncode}, expected 1 with IRM030: {proc.stdout}")
        for name in ("anti-corruption-body.xlsx:" + where["q8_examples"],
                     "anti-corruption-body-copy.xlsx:" + where["q8_examples"],
                     "No case was referred"):
            if name not in proc.stdout:
                problems.append(f"the conflict does not name {name!r}: {proc.stdout}")
        if os.path.exists(conflict):
            problems.append("merge wrote its output despite a conflict")
    return report(problems, "split --format xlsx → openpyxl and LibreOffice → merge")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2]))
