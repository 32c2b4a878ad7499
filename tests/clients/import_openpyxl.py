#!/usr/bin/env python3
"""French workbook templates (the Convention and the trafficking Protocol)
filled by openpyxl the way a focal point would (a drop-down label, the
question of a citation picked from its drop-down and that of a need typed as
its article, a date
cell, a number typed as text, a table row, a citation, several choices, a
technical-assistance need, court cases with a date cell or a year typed as
text) import to exactly the expected responses, which validate; a court case
left without its summary is found at its summary's cell of the Court cases sheet.

usage: /usr/bin/python3 import_openpyxl.py IRM
"""
import datetime
import os
import sys
import tempfile

import openpyxl

from workbook_support import cell, findings, places, report, run

EXPECTED = """\
# Importé par irm depuis filled.xlsx ; vérifiez-le avec : irm validate filled.xlsx
format: irm-response/1
questionnaire: untoc-c1
version: "2026.1"
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
  q5_cases:
    - court: Cour d'appel de la capitale
      date: 2023-03-09
      reference: n° 22/01127
      summary: Condamnations confirmées ; l'entente se déduit des communications chiffrées saisies.
      sherloc: https://sherloc.example/case/freedonia/2023/ca-capitale-22-01127
    - court: Tribunal correctionnel de la capitale
      year: 2022
      summary: Onze membres d'un réseau de vols de véhicules condamnés.
      url: https://justice.freedonia.example/decisions/tc-capitale-21-04518
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
  q23_cases:
    - court: Cour d'appel de la capitale
      year: 2023
      summary: Menaces contre un témoin protégé.
"""


EXPECTED_TIP = """\
# Importé par irm depuis filled.xlsx ; vérifiez-le avec : irm validate filled.xlsx
format: irm-response/1
questionnaire: tip-c1
version: "2026.1"
state: Freedonia
language: fr
status: draft
answers:
  q3_a_act: "yes"
  q3_a_act_law:
    - title: Code pénal
      provision: art. 225-4-1
      year: 2019
  q5_stats:
    - year: 2023
      cases: 7
      convicted: 3
"""


def offered(book, target):
    """The labels the drop-down of a cell offers, from the hidden list sheet."""
    for validation in target.parent.data_validations.dataValidation:
        if target.coordinate in validation.sqref and validation.formula1:
            sheet, cells = validation.formula1.lstrip("=").replace("$", "").split("!")
            return [c.value for row in book[sheet][cells] for c in row if c.value is not None]
    return []


def layout_problems(book, questionnaire):
    """Tables on sheets named by article, questions of the list sheets named by provision and label."""
    problems = []
    names = book.sheetnames
    tables = [n for n in names if n.startswith("Art. ")]
    if not tables or any(len(n) > 31 for n in tables) or any(n.startswith("q") and "_" in n for n in names):
        problems.append(f"{questionnaire}: sheets {names}, expected tables named by article")
    if "Art. 5 \u2014 statistiques" not in names and not any(n.startswith("Art. 5 \u2014 ") for n in names):
        problems.append(f"{questionnaire}: no sheet for the statistics of article 5: {names}")
    # The waiver of a question no warning can come from is locked; that of a conditional one is open.
    if questionnaire == "untoc-c1":
        rows = list(book["irm"].iter_rows(values_only=True))
        waivers = {row[0]: row[3] for row in rows if row and row[0] and row[3]}
        if not cell(book, waivers["q2_a"]).protection.locked or cell(book, waivers["q2_a_gap"]).protection.locked:
            problems.append("the waiver of q2_a must be locked and that of q2_a_gap open")
        if "Une dérogation écarte un avertissement" not in (book["Réponses"]["F1"].comment.text if book["Réponses"]["F1"].comment else ""):
            problems.append("the waiver column's header has no note saying what a waiver is")
    labels = offered(book, book["Législation"]["A2"])
    if not labels or any(not label.startswith("article ") or " \u2014 " not in label for label in labels):
        problems.append(f"{questionnaire}: the questions of the Législation sheet are offered as {labels[:5]}")
    return problems


def fill_convention(book, where):
    cell(book, where["q2_a"]).value = "Oui, en partie"  # the French label of the drop-down
    cell(book, where["q2_a_gap"]).value = "La loi ne couvre pas encore les groupes sans structure."
    cell(book, where["q2_b_threshold"]).value = "4"  # a number typed as text
    date = cell(book, where["q2_main_law_date"])
    date.value = datetime.date(2003, 9, 1)
    date.number_format = "dd/mm/yyyy"
    cell(book, where["q5_ta_needed"]).value = "oui"  # a label in other letter case
    cell(book, where["q9_measures"]).value = "Codes de conduite ; Formation à l'éthique et à l'intégrité"

    law = book["Législation"]
    # The question picked from the drop-down, as a person does: its provision and label.
    question = next(label for label in offered(book, law["A2"]) if label.startswith("article 2 a) \u2014 "))
    for column, value in zip("ABCDE", (question, "Code pénal", "art. 450-1", 2019,
                                       "https://lois.freedonia.example/code-penal#art-450-1")):
        law[f"{column}2"] = value
    # The Court cases sheet: question, court, date, year, reference, summary, link, SHERLOC id.
    cases = book["Affaires judiciaires"]
    rows = (("q5_cases", "Cour d'appel de la capitale", datetime.date(2023, 3, 9), None, "n° 22/01127",
             "Condamnations confirmées ; l'entente se déduit des communications chiffrées saisies.", None,
             "https://sherloc.example/case/freedonia/2023/ca-capitale-22-01127"),
            ("q5_cases", "Tribunal correctionnel de la capitale", None, "2022", None,
             "Onze membres d'un réseau de vols de véhicules condamnés.",
             "https://justice.freedonia.example/decisions/tc-capitale-21-04518", None),
            ("q23_cases", "Cour d'appel de la capitale", None, 2023, None, "Menaces contre un témoin protégé.",
             None, None))
    for number, values in enumerate(rows, start=2):
        for column, value in zip("ABCDEFGH", values):
            if value is not None:
                cases[f"{column}{number}"] = value
    cases["C2"].number_format = "dd/mm/yyyy"
    needs = book["Assistance technique"]
    # The question typed by its article, as a person may type it instead of picking it.
    for column, value in zip("ABCD", ("art. 5", "Collecte de données",
                                      "Un registre national des affaires de criminalité organisée.", "Élevée")):
        needs[f"{column}2"] = value
    stats = cell(book, where["q5_stats"])
    table = stats.parent
    row = stats.row
    for column, value in zip("ABCDEF", (2022, 12, None, "5", 4, 1)):
        if value is not None:
            table[f"{column}{row}"] = value


def fill_trafficking(book, where):
    cell(book, where["q3_a_act"]).value = "Oui"
    for column, value in zip("ABCD", ("q3_a_act_law", "Code pénal", "art. 225-4-1", 2019)):
        book["Législation"][f"{column}2"] = value
    stats = cell(book, where["q5_stats"])
    for column, value in zip("ABF", (2023, "7", 3)):
        stats.parent[f"{column}{stats.row}"] = value


def scenario(irm, questionnaire, fill, expected):
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        template = os.path.join(tmp, "template.xlsx")
        proc = run([irm, "template", questionnaire, "--lang", "fr", "--state", "Freedonia", "-o", template])
        if proc.returncode != 0:
            return [f"template {questionnaire}: exit {proc.returncode}: {proc.stderr}"]
        book = openpyxl.load_workbook(template)
        problems += layout_problems(book, questionnaire)
        fill(book, places(book))
        filled = os.path.join(tmp, "filled.xlsx")
        book.save(filled)

        proc = run([irm, "import", filled])
        if proc.returncode != 0:
            return [f"import {questionnaire}: exit {proc.returncode}: {proc.stderr}"]
        if proc.stdout != expected:
            problems.append(f"import of {questionnaire} gave:\n" + proc.stdout + "\nexpected:\n" + expected)
        # Written to a file, the response's first comment names that file for irm validate.
        response = os.path.join(tmp, "réponse.yaml")
        proc = run([irm, "import", filled, "-o", response])
        with open(response, encoding="utf-8") as f:
            first = f.readline()
        if proc.returncode != 0 or not first.endswith(": irm validate réponse.yaml\n"):
            problems.append(f"import -o réponse.yaml: exit {proc.returncode}, first line {first!r}")
        actual, status = findings(irm, filled)
        if status != 0 or actual:
            problems.append(f"validate of the {questionnaire} workbook: exit {status}, findings {actual}")
    return problems


def case_without_summary(irm):
    """A case whose summary was left empty is IRM018 at the summary's cell, where it is to be typed."""
    with tempfile.TemporaryDirectory() as tmp:
        template = os.path.join(tmp, "template.xlsx")
        proc = run([irm, "template", "untoc-c1", "--state", "Freedonia", "-o", template])
        if proc.returncode != 0:
            return [f"template untoc-c1: exit {proc.returncode}: {proc.stderr}"]
        book = openpyxl.load_workbook(template)
        cases = book["Court cases"]
        for column, value in zip("ABCD", ("q6_cases", "Financial Crimes Court", None, 2022)):
            if value is not None:
                cases[f"{column}3"] = value
        filled = os.path.join(tmp, "filled.xlsx")
        book.save(filled)
        actual, status = findings(irm, filled)
        wanted = [d for d in actual if d["code"] == "IRM018" and d.get("question") == "q6_cases"]
        if status != 1 or len(actual) != 1 or len(wanted) != 1:
            return [f"a case without its summary: exit {status}, findings {actual}"]
        if wanted[0].get("cell") != "'Court cases'!F3" or "Summary of the case" not in wanted[0]["message"]:
            return [f"a case without its summary, at {wanted[0].get('cell')}: {wanted[0]['message']}"]
    return []


def main(irm):
    problems = scenario(irm, "untoc-c1", fill_convention, EXPECTED)
    problems += scenario(irm, "tip-c1", fill_trafficking, EXPECTED_TIP)
    problems += case_without_summary(irm)
    return report(problems, "openpyxl-filled workbooks → import")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
