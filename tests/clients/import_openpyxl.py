#!/usr/bin/env python3
"""A French workbook template filled by openpyxl the way a focal point would
(a drop-down label, a date cell, a number typed as text, a table row, a
citation, several choices, a technical-assistance need) imports to exactly
the expected response, which validates.

usage: /usr/bin/python3 import_openpyxl.py IRM
"""
import datetime
import os
import sys
import tempfile

import openpyxl

from workbook_support import findings, report, run

EXPECTED = """\
# Imported by irm from filled.xlsx; check it with: irm validate FILE
format: irm-response/1
questionnaire: untoc-c1
version: "2020.1"
state: Freedonia
language: fr
status: draft
answers:
  q2_a: yes_in_part
  q2_a_law:
    - title: Code pénal
      provision: art. 450-1
      year: 2019
      url: https://lois.freedonia.example/code-penal#art-450-1
  q2_a_gap: La loi ne couvre pas encore les groupes sans structure.
  q2_b_threshold: 4
  q2_main_law_date: 2003-09-01
  q5_ta_needed: "yes"
  q5_ta:
    - category: data_collection
      description: Un registre national des affaires de criminalité organisée.
      priority: high
  q5_stats:
    - year: 2022
      investigations: 12
      convictions: 5
      convicted_men: 4
      convicted_women: 1
  q9_measures:
    - code_of_conduct
    - training
"""


def places(book):
    """Question id -> answer place, from the hidden map sheet irm writes."""
    sheet = book["irm"]
    out = {}
    for row in sheet.iter_rows(min_row=9, values_only=True):
        if not row[0]:
            break
        out[row[0]] = row[2]
    return out


def cell(book, place):
    sheet, ref = place.rsplit("!", 1)
    return book[sheet.strip("'")][ref.split(":")[0]]


def main(irm):
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        template = os.path.join(tmp, "template.xlsx")
        proc = run([irm, "template", "untoc-c1", "--lang", "fr", "--state", "Freedonia", "-o", template])
        if proc.returncode != 0:
            return report([f"template exit {proc.returncode}: {proc.stderr}"], "template")
        book = openpyxl.load_workbook(template)
        where = places(book)
        cell(book, where["q2_a"]).value = "Oui, en partie"  # the French label of the drop-down
        cell(book, where["q2_a_gap"]).value = "La loi ne couvre pas encore les groupes sans structure."
        cell(book, where["q2_b_threshold"]).value = "4"  # a number typed as text
        date = cell(book, where["q2_main_law_date"])
        date.value = datetime.date(2003, 9, 1)
        date.number_format = "dd/mm/yyyy"
        cell(book, where["q5_ta_needed"]).value = "oui"  # a label in other letter case
        cell(book, where["q9_measures"]).value = "Codes de conduite ; Formation à l'éthique et à l'intégrité"

        law = book["Législation"]
        for column, value in zip("ABCDE", ("q2_a_law", "Code pénal", "art. 450-1", 2019,
                                           "https://lois.freedonia.example/code-penal#art-450-1")):
            law[f"{column}2"] = value
        needs = book["Assistance technique"]
        for column, value in zip("ABCD", ("q5_ta", "Collecte de données",
                                          "Un registre national des affaires de criminalité organisée.", "Élevée")):
            needs[f"{column}2"] = value
        stats = cell(book, where["q5_stats"])
        table = stats.parent
        row = stats.row
        for column, value in zip("ABCDEF", (2022, 12, None, "5", 4, 1)):
            if value is not None:
                table[f"{column}{row}"] = value
        filled = os.path.join(tmp, "filled.xlsx")
        book.save(filled)

        proc = run([irm, "import", filled])
        if proc.returncode != 0:
            return report([f"import exit {proc.returncode}: {proc.stderr}"], "import")
        if proc.stdout != EXPECTED:
            problems.append("import gave:\n" + proc.stdout + "\nexpected:\n" + EXPECTED)
        actual, status = findings(irm, filled)
        if status != 0 or actual:
            problems.append(f"validate of the workbook: exit {status}, findings {actual}")
    return report(problems, "openpyxl-filled workbook → import")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
